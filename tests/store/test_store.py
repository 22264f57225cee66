"""The store on both backends: dedupe, idempotence, one transaction per article or batch."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from khabar.errors import StoreError
from khabar.model import Analysis, Debris, Document, Sentence
from khabar.store import Store, content_hash, open_store
from khabar.store.schema import Base

KIM = "التقى فلاديمير بوتين وكيم جونغ أون للمرة الثالثة خلال عامين، في بكين."
SEOUL = "تشير سيول إلى أن بيونغ يانغ أرسلت نحو 15 ألف عنصر إلى الجبهة."
KURSK = "وقد خاض هؤلاء الجنود اشتباكات في محاولات موسكو لاستعادة أجزاء من غرب كورسك."
GULF = timezone(timedelta(hours=4))


def document(text: str, **fields: object) -> Document:
    values: dict[str, object] = {"source": "seed.txt", "outlet": "skynews"} | fields
    return Document(text=text, **values)  # type: ignore[arg-type]


def plain(doc: Document) -> Analysis:
    return Analysis(text=doc.text, published=doc.published)


def add(store: Store, doc: Document) -> int:
    return store.add(doc, plain(doc)).article_id


def test_open_store_migrates_to_the_newest_revision(store: Store) -> None:
    with store.engine.connect() as connection:
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == "0006"
    assert store.counts().articles == 0


def test_migrations_build_the_schema_the_code_declares(store: Store) -> None:
    with store.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_reopening_a_store_keeps_its_articles(store_url: str) -> None:
    with open_store(store_url) as first:
        article_id = add(first, document(KIM))
    with open_store(store_url) as again:
        assert again.get(article_id) is not None
        assert again.counts().articles == 1


def test_first_add_is_a_new_article_and_source(store: Store) -> None:
    added = store.add(document(KIM), plain(document(KIM)))
    assert added.new_article
    assert added.new_source


def test_exact_duplicate_from_another_outlet_adds_a_source(store: Store) -> None:
    first = store.add(document(KIM), plain(document(KIM)))
    copy = document(KIM, outlet="bbc", source="bbc.txt", url="https://bbc.com/arabic/1")
    second = store.add(copy, plain(copy))
    assert second.article_id == first.article_id
    assert not second.new_article
    assert second.new_source
    stored = store.get(first.article_id)
    assert stored is not None
    assert [s.outlet for s in stored.sources] == ["skynews", "bbc"]
    assert stored.sources[1].url == "https://bbc.com/arabic/1"
    assert store.counts().articles == 1
    assert store.counts().sources == 2


def test_duplicate_differing_in_spelling_variants_and_spaces_is_the_same_article(
    store: Store,
) -> None:
    variant = "التقى فلاديمير بوتين  وكيم جونغ اون للمرة الثالثة خلال عامين، في بكين.\n"
    assert content_hash(variant) == content_hash(KIM)
    first = add(store, document(KIM))
    assert add(store, document(variant, outlet="cnn", source="cnn.txt")) == first


def test_different_texts_are_different_articles(store: Store) -> None:
    assert add(store, document(KIM)) != add(store, document(SEOUL, source="b.txt"))
    assert store.counts().articles == 2


def test_reingesting_the_same_inputs_changes_nothing(store: Store) -> None:
    docs = [document(KIM), document(SEOUL, source="b.txt"), document(KIM, outlet="bbc")]
    first = [store.add(d, plain(d)) for d in docs]
    again = [store.add(d, plain(d)) for d in docs]
    assert [a.article_id for a in again] == [a.article_id for a in first]
    assert not any(a.new_article or a.new_source for a in again)
    assert store.counts().articles == 2
    assert store.counts().sources == 3


def test_unknown_outlet_url_and_file_still_dedupe(store: Store) -> None:
    doc = Document(text=KIM, source="")
    store.add(doc, plain(doc))
    store.add(doc, plain(doc))
    assert store.counts().sources == 1
    stored = store.articles()[0]
    assert (stored.outlet, stored.url, stored.source_file) == (None, None, None)


def _crashing(docs: list[Document], after: int) -> Iterator[Document]:
    for number, doc in enumerate(docs):
        if number == after:
            raise RuntimeError("killed mid-batch")
        yield doc


def test_crash_mid_batch_keeps_committed_articles_and_rerun_stores_each_once(
    store_url: str,
) -> None:
    docs = [
        document(f"{sentence} ({number})", source=f"{number}.txt")
        for number, sentence in enumerate([KIM, SEOUL, KURSK, KIM, SEOUL])
    ]
    with open_store(store_url) as crashed, pytest.raises(RuntimeError):
        for doc in _crashing(docs, after=3):
            crashed.add(doc, plain(doc))
    with open_store(store_url) as store:
        assert store.counts().articles == 3
        before = {a.source_file: a.id for a in store.articles()}
        for doc in docs:
            store.add(doc, plain(doc))
        after = {a.source_file: a.id for a in store.articles()}
        assert store.counts().articles == 5
        assert store.counts().sources == 5
    assert {name: after[name] for name in before} == before


def test_a_batch_commits_its_articles_together(store_url: str) -> None:
    docs = [document(sentence, source=f"{n}.txt") for n, sentence in enumerate([KIM, SEOUL])]
    with open_store(store_url) as store, open_store(store_url) as reader:
        with store.batch():
            for doc in docs:
                store.add(doc, plain(doc))
            assert store.analysis_state(SEOUL)[0] is not None  # the writer sees its batch
            assert reader.counts().articles == 0  # others see nothing before the commit
        assert reader.counts().articles == 2


def test_a_failing_batch_keeps_nothing_of_itself_and_all_before_it(store: Store) -> None:
    add(store, document(KURSK))
    with pytest.raises(RuntimeError), store.batch():
        add(store, document(KIM))
        raise RuntimeError("crash mid-batch")
    assert store.counts().articles == 1
    with store.batch():
        assert store.add(document(KIM), plain(document(KIM))).new_article
    assert store.counts().articles == 2


def test_failed_source_write_leaves_no_half_article(store: Store) -> None:
    add(store, document(KIM))
    bad = document(SEOUL, source="bad.txt", extra={"not json": object()})
    with pytest.raises(StoreError, match=r"cannot store bad\.txt: .*object"):
        store.add(bad, plain(bad))
    assert store.counts().articles == 1
    assert store.counts().sources == 1
    assert store.add(document(SEOUL), plain(document(SEOUL))).new_article


def test_a_refused_write_in_a_batch_is_undone_alone(store: Store) -> None:
    bad = document(SEOUL, source="bad.txt", extra={"not json": object()})
    with store.batch():
        add(store, document(KIM))
        with pytest.raises(StoreError, match=r"cannot store bad\.txt: .*object"):
            store.add(bad, plain(bad))
        add(store, document(KURSK))
    assert (store.counts().articles, store.counts().sources) == (2, 2)
    assert store.add(document(SEOUL), plain(document(SEOUL))).new_article


def test_published_keeps_the_outlets_offset(store: Store) -> None:
    published = datetime(2018, 3, 1, 23, 30, tzinfo=GULF)
    article_id = add(store, document(KIM, published=published))
    stored = store.get(article_id)
    assert stored is not None
    assert stored.sources[0].published == published
    assert stored.sources[0].published.utcoffset() == timedelta(hours=4)


def test_published_without_zone_stays_naive(store: Store) -> None:
    article_id = add(store, document(KIM, published=datetime(2025, 9, 3)))
    stored = store.get(article_id)
    assert stored is not None
    assert stored.sources[0].published == datetime(2025, 9, 3)


def test_articles_filter_by_outlet(store: Store) -> None:
    add(store, document(KIM, outlet="bbc"))
    seoul = add(store, document(SEOUL, outlet="cnn"))
    assert [a.id for a in store.articles(outlet="cnn")] == [seoul]


def test_articles_filter_by_publication_time_across_zones(store: Store) -> None:
    # 2018-03-01 23:30 +04:00 is 19:30 UTC: inside 1 March UTC.
    add(store, document(KIM, published=datetime(2018, 3, 1, 23, 30, tzinfo=GULF)))
    later = add(store, document(SEOUL, published=datetime(2018, 3, 5, tzinfo=UTC)))
    add(store, document(KURSK))
    since = datetime(2018, 3, 2, tzinfo=UTC)
    assert [a.id for a in store.articles(since=since)] == [later]
    until = datetime(2018, 3, 1, 20, tzinfo=UTC)
    assert [a.published for a in store.articles(until=until)] == [
        datetime(2018, 3, 1, 23, 30, tzinfo=GULF)
    ]


def test_article_listed_once_under_its_first_source(store: Store) -> None:
    add(store, document(KIM, outlet="skynews"))
    add(store, document(KIM, outlet="bbc", source="bbc.txt"))
    listed = store.articles()
    assert [(a.outlet, a.sources) for a in listed] == [("skynews", 2)]
    assert [a.outlet for a in store.articles(outlet="bbc")] == ["skynews"]


def test_get_unknown_id_is_none(store: Store) -> None:
    assert store.get(999) is None


def test_analysis_parts_are_stored_and_clean_text_drops_debris(store: Store) -> None:
    body = f"{KIM}\nأضف تعليق"
    analysis = Analysis(
        text=body,
        sentences=[Sentence(0, len(KIM))],
        debris=[Debris(len(KIM) + 1, len(body), "أضف تعليق")],
    )
    article_id = store.add(document(body), analysis).article_id
    stored = store.get(article_id)
    assert stored is not None
    assert stored.text == body
    assert stored.clean_text == KIM
    assert stored.debris == [Debris(len(KIM) + 1, len(body), "أضف تعليق")]
    assert stored.sentences == [Sentence(0, len(KIM))]
    assert stored.analysis is None


def test_export_streams_every_article_in_id_order(store: Store) -> None:
    ids = [add(store, document(t, source=f"{n}.txt")) for n, t in enumerate([KIM, SEOUL, KURSK])]
    exported = list(store.export())
    assert [e.summary.id for e in exported] == ids
    assert [e.clean_text for e in exported] == [KIM, SEOUL, KURSK]


def test_two_writers_at_once_store_each_article_once(store_url: str) -> None:
    docs = [
        document(f"{sentence} ({number})", source=f"{number}.txt")
        for number, sentence in enumerate([KIM, SEOUL, KURSK] * 10)
    ]

    errors: list[Exception] = []

    def write_all() -> None:
        try:
            with open_store(store_url) as writer:
                for doc in docs:
                    writer.add(doc, plain(doc))
        except Exception as error:
            errors.append(error)

    threads = [threading.Thread(target=write_all) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with open_store(store_url) as store:
        assert store.counts().articles == 30
        assert store.counts().sources == 30
