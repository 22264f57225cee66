"""Analyses, entities, claims and stories in the store, on both backends."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import create_engine, func, insert, select

from khabar.model import Analysis, Document, Mention
from khabar.pipeline import analyze
from khabar.store import Store, open_store
from khabar.store.database import alembic_config
from khabar.store.schema import ClaimRow, Entity, EntitySpelling, MentionRow, Story
from khabar.stories.group import Assignment

SEOUL = "تشير سيول إلى أن بيونغ يانغ أرسلت نحو 15 ألف عنصر إلى الجبهة."
KIM_G = "التقى فلاديمير بوتين وكيم جونغ أون في بكين."
KIM_J = "وصل كيم جونج أون إلى بكين، واستقبل الزعيم كيم جونج أون بحفاوة."
DAY = datetime(2025, 9, 3, 9, 0, tzinfo=UTC)


def stored(store: Store, text: str, **fields: object) -> tuple[int, Analysis]:
    """Store ``text`` and save its full analysis (with NER mentions given by hand)."""
    values: dict[str, object] = {"source": "seed.txt", "outlet": "skynews"} | fields
    document = Document(text=text, **values)  # type: ignore[arg-type]
    analysis = analyze(text, document.published)
    analysis.entities = kims(text)
    article_id = store.add(document, analysis).article_id
    store.save_analysis(article_id, analysis)
    return article_id, analysis


def kims(text: str) -> list[Mention]:
    """Mentions of Kim Jong Un in ``text``, as the NER stage gives them."""
    found = []
    for spelling in ("كيم جونغ أون", "كيم جونج أون"):
        start = text.find(spelling)
        while start >= 0:
            found.append(Mention(start, start + len(spelling), spelling, "PERSON", "Kim Jong Un"))
            start = text.find(spelling, start + 1)
    return sorted(found, key=lambda m: m.start)


def rows(store: Store, model: type) -> int:
    with store.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(model)).scalar_one())


def test_save_analysis_stores_claims_with_figure_source_and_sentence(store: Store) -> None:
    article_id, _ = stored(store, SEOUL)
    [claim] = store.claims()
    assert (claim.article_id, claim.outlet, claim.topic) == (article_id, "skynews", "sent")
    assert (claim.text, claim.value, claim.qualifier) == ("نحو 15 ألف", 15000.0, "approx")
    assert claim.cited == "سيول"
    assert claim.sentence == SEOUL


def test_save_analysis_keeps_the_analysis_json(store: Store) -> None:
    article_id, analysis = stored(store, SEOUL)
    article = store.get(article_id)
    assert article is not None and article.analyzed_at is not None
    assert article.analysis == analysis.to_dict()


def test_save_analysis_twice_leaves_the_same_rows(store: Store) -> None:
    article_id, analysis = stored(store, SEOUL + "\n" + KIM_J)
    before = [rows(store, model) for model in (ClaimRow, MentionRow, Entity)]
    store.save_analysis(article_id, analysis)
    assert [rows(store, model) for model in (ClaimRow, MentionRow, Entity)] == before
    assert before == [1, 2, 1]


def test_one_entity_for_every_spelling_with_counts_and_articles(store: Store) -> None:
    stored(store, KIM_G)
    stored(store, KIM_J)
    [kim] = store.entities()
    assert (kim.key, kim.english, kim.type) == ("Kim Jong Un", "Kim Jong Un", "PERSON")
    assert kim.spellings == {"كيم جونج أون": 2, "كيم جونغ أون": 1}
    assert (kim.display, kim.mentions, kim.articles) == ("كيم جونج أون", 3, 2)


def display(store: Store) -> str:
    with store.engine.connect() as connection:
        return str(connection.execute(select(Entity.display)).scalar_one())


def test_display_name_follows_the_commonest_spelling(store: Store) -> None:
    stored(store, KIM_G)
    assert display(store) == "كيم جونغ أون"
    article_id, analysis = stored(store, KIM_J)
    assert display(store) == "كيم جونج أون"
    analysis.entities = []
    store.save_analysis(article_id, analysis)
    assert display(store) == "كيم جونغ أون"
    assert store.entity("Kim Jong Un").spellings == {"كيم جونغ أون": 1}  # type: ignore[union-attr]


def test_a_person_is_shown_by_a_full_name_the_short_one_is_commoner(store: Store) -> None:
    text = "استقبل كيم جونغ أون الوفد. وقال كيم إن بلاده مستعدة، وأكد كيم أن كيم يثق بموسكو."
    analysis = analyze(text)
    article_id = store.add(Document(text=text, source="a.txt"), analysis).article_id
    store.save_analysis(article_id, analysis)
    kim = store.entity("Kim Jong Un")
    assert kim is not None and kim.spellings == {"كيم": 3, "كيم جونغ أون": 1}
    assert kim.display == "كيم جونغ أون"
    moscow = store.entity("Moscow")
    assert moscow is not None and moscow.display == "موسكو"


def test_spelling_counts_of_a_batch_are_written_when_it_commits(store: Store) -> None:
    with store.batch():
        stored(store, KIM_G)
        stored(store, KIM_J)
    [kim] = store.entities()
    assert kim.spellings == {"كيم جونج أون": 2, "كيم جونغ أون": 1}
    assert kim.display == "كيم جونج أون"


def test_a_rolled_back_batch_leaves_no_spelling_counts(store: Store) -> None:
    with pytest.raises(RuntimeError), store.batch():
        stored(store, KIM_J)
        raise RuntimeError("crash mid-batch")
    stored(store, KIM_G)
    assert store.entity("Kim Jong Un").spellings == {"كيم جونغ أون": 1}  # type: ignore[union-attr]


def test_a_save_failing_in_a_batch_after_its_mentions_counts_no_spelling(store: Store) -> None:
    text = KIM_J + "\n" + SEOUL
    analysis = analyze(text)
    analysis.entities = kims(text)
    analysis.claims = [replace(c, quantity=99) for c in analysis.claims]  # names no figure
    with store.batch():
        stored(store, KIM_G)
        article_id = store.add(Document(text=text, source="bad.txt"), analysis).article_id
        with pytest.raises(IndexError):
            store.save_analysis(article_id, analysis)
    assert store.entity("Kim Jong Un").spellings == {"كيم جونغ أون": 1}  # type: ignore[union-attr]


def test_entities_filter_by_type(store: Store) -> None:
    stored(store, KIM_G)
    assert store.entities(type="PLACE") == []
    assert [e.key for e in store.entities(type="PERSON")] == ["Kim Jong Un"]


def test_entity_found_by_any_spelling_or_english_name(store: Store) -> None:
    stored(store, KIM_G)
    for name in ("كيم جونج أون", "كيم جونغ-أون", "kim jong un", "Kim Jong Un"):
        found = store.entity(name)
        assert found is not None and found.key == "Kim Jong Un", name
    assert store.entity("ترامب") is None


def analysed(store: Store, text: str) -> None:
    """Store ``text`` with its whole analysis, the tagger's mentions included."""
    document = Document(text=text, source="ant.jsonl")
    store.save_analysis(store.add(document, analyze(text)).article_id, analyze(text))


def test_another_outlets_spelling_of_an_unknown_name_joins_its_entity(store: Store) -> None:
    analysed(store, "أكد الرئيس التنفيذي للشركة مارك زوكربرغ الجمعة، أن الشركة ستبدأ.")
    analysed(store, "ولكن رئيس الشركة ومؤسسها مارك زوكربيرغ، قال إن التغييرات تساعد الشركة.")
    found = store.entity("مارك زوكربيرغ")
    assert found is not None and found.english is None
    assert found.spellings == {"مارك زوكربرغ": 1, "مارك زوكربيرغ": 1}
    assert found.articles == 2


def test_a_surname_with_or_without_its_article_joins_its_entity(store: Store) -> None:
    analysed(store, "وقال مدير الدفاع المدني السوري رائد الصالح إن الحرائق امتدت إلى الغابات.")
    analysed(store, "وأضاف مدير الدفاع المدني رائد صالح أن فرق الإطفاء تعمل منذ الفجر.")
    found = store.entity("رائد صالح")
    assert found is not None and found.english is None
    assert found.spellings == {"رائد الصالح": 1, "رائد صالح": 1}


def test_names_that_differ_by_a_nisba_stay_two_entities(store: Store) -> None:
    analysed(store, "وشنت المقاتلات غارتين في المنصورية والدريهمي.")
    analysed(store, "وتظاهر المئات في المنصورة شمال القاهرة.")
    mansouriya, mansoura = store.entity("المنصورية"), store.entity("المنصورة")
    assert mansouriya is not None and mansoura is not None
    assert mansouriya.key != mansoura.key


def test_entity_articles_are_those_that_mention_it(store: Store) -> None:
    first, _ = stored(store, KIM_G)
    stored(store, SEOUL)
    found = store.entity("كيم جونغ أون")
    assert found is not None
    assert [a.id for a in store.entity_articles(found.id)] == [first]


def test_claims_filter_by_topic_outlet_and_entity(store: Store) -> None:
    stored(store, SEOUL)
    stored(store, KIM_J + "\n" + "وقال كيم جونج أون إن 600 جندي قتلوا.", outlet="bbc")
    assert [c.topic for c in store.claims(topic="sent")] == ["sent"]
    assert [c.outlet for c in store.claims(outlet="bbc")] == ["bbc"]
    assert [c.outlet for c in store.claims(entity="Kim Jong Un")] == ["bbc"]


def test_claims_of_an_unknown_entity_is_a_lookup_error(store: Store) -> None:
    stored(store, SEOUL)
    try:
        store.claims(entity="ترامب")
    except LookupError as error:
        assert "ترامب" in str(error)
    else:
        raise AssertionError("expected LookupError")


def test_assign_story_titles_it_by_the_earliest_article(store: Store) -> None:
    late, _ = stored(store, SEOUL, title="متأخر", published=DAY + timedelta(hours=5))
    early, _ = stored(store, KIM_G, title="مبكر", published=DAY, source="b.txt")
    store.assign_story(Assignment(late, 1))
    store.assign_story(Assignment(early, 1, score=0.4))
    [story] = store.stories()
    assert (story.id, story.title, story.articles) == (1, "مبكر", [late, early])
    assert (story.first_published, story.last_published) == (DAY, DAY + timedelta(hours=5))


def test_story_title_follows_later_members_and_merges(store: Store) -> None:
    middle, _ = stored(store, SEOUL, title="أوسط", published=DAY)
    late, _ = stored(store, KIM_G, title="متأخر", published=DAY + timedelta(hours=5))
    early, _ = stored(store, KIM_J, title="مبكر", published=DAY - timedelta(hours=5))
    store.assign_story(Assignment(middle, 1))
    store.assign_story(Assignment(late, 1))
    assert store.stories()[0].title == "أوسط"
    store.assign_story(Assignment(early, 2))
    store.assign_story(Assignment(late, 1, merged=(2,)))
    assert [(s.id, s.title) for s in store.stories()] == [(1, "مبكر")]


def test_a_rolled_back_assignment_leaves_the_title(store: Store) -> None:
    middle, _ = stored(store, SEOUL, title="أوسط", published=DAY)
    early, _ = stored(store, KIM_J, title="مبكر", published=DAY - timedelta(hours=5))
    between, _ = stored(store, KIM_G, title="بين", published=DAY - timedelta(hours=2))
    store.assign_story(Assignment(middle, 1))
    with pytest.raises(RuntimeError), store.batch():
        store.assign_story(Assignment(early, 1))
        raise RuntimeError("crash")
    assert store.stories()[0].title == "أوسط"
    store.assign_story(Assignment(between, 1))
    assert store.stories()[0].title == "بين"


def test_untitled_story_takes_the_first_line(store: Store) -> None:
    article, _ = stored(store, SEOUL + "\n" + KIM_J)
    store.assign_story(Assignment(article, 7))
    assert store.stories()[0].title == SEOUL


def test_merge_moves_the_absorbed_stories_articles(store: Store) -> None:
    a, _ = stored(store, SEOUL)
    b, _ = stored(store, KIM_G)
    c, _ = stored(store, KIM_J)
    store.assign_story(Assignment(a, 1))
    store.assign_story(Assignment(b, 2))
    store.assign_story(Assignment(c, 1, score=0.3, merged=(2,)))
    assert [(s.id, s.articles) for s in store.stories()] == [(1, [a, b, c])]
    assert rows(store, Story) == 1
    assert store.stories_of([b]) == {1}


def test_reassigning_an_article_replaces_its_story(store: Store) -> None:
    a, _ = stored(store, SEOUL)
    store.assign_story(Assignment(a, 1))
    store.assign_story(Assignment(a, 1, score=0.5))
    assert [s.articles for s in store.stories()] == [[a]]


def test_analysed_articles_wait_for_a_story_in_publication_order(store: Store) -> None:
    late, _ = stored(store, SEOUL, published=DAY + timedelta(days=30))
    undated, _ = stored(store, KIM_J)
    early, _ = stored(store, KIM_G, published=DAY)
    assert store.ungrouped() == [(early, DAY), (late, DAY + timedelta(days=30)), (undated, None)]
    store.assign_story(Assignment(early, 4))
    assert [article for article, _ in store.ungrouped()] == [late, undated]
    assert store.last_story() == 4


def test_reanalysing_keeps_the_articles_story(store: Store) -> None:
    article_id, analysis = stored(store, KIM_G, published=DAY)
    store.assign_story(Assignment(article_id, 2))
    store.save_analysis(article_id, analysis)
    assert store.ungrouped() == []
    assert store.stories_of([article_id]) == {2}


def test_grouped_between_takes_the_window_and_the_undated(store: Store) -> None:
    near, _ = stored(store, KIM_G, published=DAY)
    far, _ = stored(store, SEOUL, published=DAY + timedelta(days=30))
    undated, _ = stored(store, KIM_J)
    for story, article in enumerate((near, far, undated), start=1):
        store.assign_story(Assignment(article, story))
    window = store.grouped_between(DAY - timedelta(days=1), DAY + timedelta(days=1))
    assert window == [(near, 1), (undated, 3)]


def test_grouping_articles_carry_clean_text_title_and_entity_keys(store: Store) -> None:
    article_id, _ = stored(store, KIM_G, published=DAY, title="قمة")
    [article] = store.grouping_articles([article_id])
    assert (article.id, article.text, article.title) == (article_id, KIM_G, "قمة")
    assert (article.published, article.entities) == (DAY, frozenset({"Kim Jong Un"}))


def test_unanalyzed_lists_articles_stored_without_analysis(store: Store) -> None:
    document = Document(text=SEOUL, source="a.txt", published=DAY)
    article_id = store.add(document, Analysis(text=SEOUL)).article_id
    assert store.unanalyzed() == [(article_id, SEOUL, DAY)]
    assert store.analysis_state(SEOUL) == (article_id, False)
    store.save_analysis(article_id, analyze(SEOUL, DAY))
    assert store.unanalyzed() == []
    assert store.analysis_state(SEOUL) == (article_id, True)
    assert store.analysis_state(KIM_G) == (None, False)


def test_story_starts_are_the_earliest_dated_members(store: Store) -> None:
    early, _ = stored(store, KIM_G, published=DAY)
    late, _ = stored(store, SEOUL, published=DAY + timedelta(days=2))
    undated, _ = stored(store, KIM_J)
    store.assign_story(Assignment(late, 1))
    store.assign_story(Assignment(early, 1))
    store.assign_story(Assignment(undated, 2))
    assert store.story_starts([1, 2, 3]) == {1: DAY}


def test_upgrading_a_store_lets_its_unknown_names_take_new_spellings(store_url: str) -> None:
    engine = create_engine(store_url)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        connection.execute(
            insert(Entity.__table__).values(
                id=1, key="ماركزوكربرج", display="مارك زوكربرغ", type="PERSON"
            )
        )
        connection.execute(
            insert(EntitySpelling.__table__).values(entity_id=1, text="مارك زوكربرغ", count=1)
        )
    engine.dispose()
    with open_store(store_url) as store:
        analysed(store, "ولكن رئيس الشركة ومؤسسها مارك زوكربيرغ، قال إن التغييرات تساعد الشركة.")
        found = store.entity("مارك زوكربيرغ")
    assert found is not None
    assert found.spellings == {"مارك زوكربرغ": 1, "مارك زوكربيرغ": 1}


def test_event_dates_are_stored_with_their_sentence_and_replaced_on_resave(store: Store) -> None:
    text = (
        "تأتي الزيارة في وقت يتصاعد فيه التعاون. ففي يونيو الماضي وقّع بوتين وكيم اتفاقية."
        " ووعدت بيونغ يانغ بإرسال عمال في يونيو."
    )
    article_id, analysis = stored(store, text, published=DAY)
    store.assign_story(Assignment(article_id, 1))
    [june] = store.event_dates([1])  # the bare "في يونيو" has a guessed year: not stored
    assert (june.text, june.value, june.outlet) == ("يونيو الماضي", "2025-06", "skynews")
    assert june.sentence == "ففي يونيو الماضي وقّع بوتين وكيم اتفاقية."
    assert june.sentence[slice(*june.in_sentence)] == "يونيو الماضي"
    store.save_analysis(article_id, analysis)
    assert len(store.event_dates([1])) == 1


def test_place_mentions_of_claim_sentences_with_the_text_before_them(store: Store) -> None:
    text = "وقال مسؤولون من بغداد إن 4 أشخاص قتلوا في الموصل. وأصيب 3 آخرون بمدينة أربيل."
    document = Document(text=text, source="a.txt")
    analysis = analyze(text)
    article_id = store.add(document, analysis).article_id
    store.save_analysis(article_id, analysis)
    store.assign_story(Assignment(article_id, 1))
    ids = {e.display: store_id(store, e.key) for e in store.entities()}
    found = sorted(store.place_mentions([1]))
    assert [(a, o, e) for a, o, e, _ in found] == sorted(
        [(article_id, 0, ids["بغداد"]), (article_id, 0, ids["الموصل"]),
         (article_id, 1, ids["أربيل"])]
    )  # fmt: skip
    before = {e: context for _, _, e, context in found}
    assert before[ids["الموصل"]].endswith("قتلوا في ")
    assert before[ids["أربيل"]].endswith("آخرون بمدينة ")
    assert len(before[ids["بغداد"]]) == 16


def store_id(store: Store, key: str) -> int:
    with store.engine.connect() as connection:
        return int(connection.execute(select(Entity.id).where(Entity.key == key)).scalar_one())
