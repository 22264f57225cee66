"""Incremental story grouping on real Arabic text: the seeds and a few ANT articles."""

from __future__ import annotations

import gzip
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from khabar.stories.dedup import DuplicateIndex, sketch
from khabar.stories.group import (
    GroupingParams,
    StoryArticle,
    StoryGrouper,
    text_form,
    time_factor,
)
from khabar.stories.vectors import IdfTable
from tests.shared_data import ANT, SEEDS

SPORT = "BB-sport-60-20180305"  # Manchester City beat Chelsea
ECONOMY = "BB-economy-53-20180305"  # China on trade disputes with the US
RAIDS = "FR-internationalNews-259-20180305"  # regime raids on Eastern Ghouta
RAIDS_AGAIN = "FR-middleEast-104-20180305"  # the same dispatch filed under a second category
CONVOY_BBC = "BB-middleEast-133-20180305"  # aid convoy enters Eastern Ghouta (BBC)
CONVOY_F24 = "FR-internationalNews-261-20180305"  # the same convoy (France 24)
MARCH_5 = datetime(2018, 3, 5, tzinfo=UTC)


def seed(prefix: str) -> str:
    [path] = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def ant() -> dict[str, dict]:
    """The few ANT articles the tests use (all of 5 March 2018, early in the file)."""
    wanted = {SPORT, ECONOMY, RAIDS, RAIDS_AGAIN, CONVOY_BBC, CONVOY_F24}
    found = {}
    with gzip.open(ANT, "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["id"] in wanted:
                found[row["id"]] = row
                if len(found) == len(wanted):
                    break
    return found


def from_ant(row: dict, number: int) -> StoryArticle:
    return StoryArticle(
        id=number,
        text=row["text"],
        title=row["title"],
        outlet=row["outlet"],
        published=datetime.fromisoformat(row["published"]),
    )


def test_seed_reports_from_two_outlets_form_one_story() -> None:
    grouper = StoryGrouper()
    first = grouper.add(StoryArticle(0, seed("000")))
    second = grouper.add(StoryArticle(2, seed("002")))
    assert second.story_id == first.story_id
    assert second.duplicate_of is None
    assert second.score >= grouper.params.join


def test_unrelated_sport_and_economy_articles_start_their_own_stories(ant) -> None:
    grouper = StoryGrouper()
    korea = grouper.add(StoryArticle(0, seed("000"))).story_id
    grouper.add(StoryArticle(2, seed("002")))
    sport = grouper.add(from_ant(ant[SPORT], 10))
    economy = grouper.add(from_ant(ant[ECONOMY], 11))
    assert len({korea, sport.story_id, economy.story_id}) == 3
    assert sport.score < grouper.params.join
    assert grouper.stories()[korea] == [0, 2]


def test_two_outlets_on_one_aid_convoy_join(ant) -> None:
    grouper = StoryGrouper()
    bbc = grouper.add(from_ant(ant[CONVOY_BBC], 1))
    france24 = grouper.add(from_ant(ant[CONVOY_F24], 2))
    assert france24.story_id == bbc.story_id
    assert france24.duplicate_of is None


def test_reprint_is_a_duplicate_of_the_original(ant) -> None:
    grouper = StoryGrouper()
    original = grouper.add(from_ant(ant[RAIDS], 1))
    reprint = grouper.add(from_ant(ant[RAIDS_AGAIN], 2))
    assert reprint.duplicate_of == 1
    assert reprint.story_id == original.story_id
    assert reprint.score == pytest.approx(1.0)


def test_a_text_form_computed_beforehand_stands_for_the_text(ant) -> None:
    grouper = StoryGrouper()
    grouper.add(from_ant(ant[RAIDS], 1))
    formed = replace(from_ant(ant[SPORT], 2), form=text_form(ant[RAIDS]["text"]))
    assert grouper.add(formed).duplicate_of == 1


def test_a_text_form_is_not_read_by_a_grouper_with_its_own_idf_table(ant) -> None:
    grouper = StoryGrouper(idf=IdfTable(10, {}))
    grouper.add(from_ant(ant[RAIDS], 1))
    formed = replace(from_ant(ant[SPORT], 2), form=text_form(ant[RAIDS]["text"]))
    assert grouper.add(formed).story_id != grouper.story_of(1)


def test_reprint_with_a_new_headline_and_credit_line_is_still_a_duplicate(ant) -> None:
    grouper = StoryGrouper()
    grouper.add(from_ant(ant[RAIDS], 1))
    row = ant[RAIDS]
    edited = StoryArticle(
        2,
        text=row["text"] + "\nالمصدر: وكالات",
        title="غارات جديدة على الغوطة",
        outlet="other",
        published=datetime.fromisoformat(row["published"]) + timedelta(hours=3),
    )
    assert grouper.add(edited).duplicate_of == 1


def test_bridging_article_merges_two_stories() -> None:
    strict = GroupingParams(join=0.6, merge=0.6)
    grouper = StoryGrouper(strict)
    meeting = grouper.add(StoryArticle(0, seed("000"))).story_id
    memorial = grouper.add(StoryArticle(2, seed("002"))).story_id
    assert memorial != meeting
    bridge = grouper.add(StoryArticle(5, seed("000") + "\n" + seed("002")))
    assert bridge.story_id == meeting
    assert bridge.merged == (memorial,)
    assert grouper.story_of(2) == meeting
    assert grouper.stories() == {meeting: [0, 2, 5]}


def test_same_text_ten_days_apart_is_another_story(ant) -> None:
    grouper = StoryGrouper()
    first = grouper.add(from_ant(ant[CONVOY_BBC], 1))
    later = ant[CONVOY_F24] | {"published": "2018-03-15T11:15:25+00:00"}
    assert grouper.add(from_ant(later, 2)).story_id != first.story_id


def test_time_factor_decays_inside_the_window_and_ignores_unknown_dates() -> None:
    params = GroupingParams()
    day = datetime(2018, 3, 5, tzinfo=UTC)
    assert time_factor(day, day + timedelta(hours=20), params) == 1.0
    assert time_factor(day, day + timedelta(days=2), params) == pytest.approx(0.75)
    assert time_factor(day, day + timedelta(days=4), params) == 0.0
    assert time_factor(None, day, params) == 1.0


def test_restore_continues_stored_stories() -> None:
    grouper = StoryGrouper.restore([StoryArticle(0, seed("000"))], {0: 7})
    assert grouper.add(StoryArticle(2, seed("002"))).story_id == 7
    assert grouper.add(StoryArticle(3, "انتخابات الرئاسة الروسية تبدأ في أقصى الشرق")).story_id == 8


def test_adding_an_article_twice_is_rejected() -> None:
    grouper = StoryGrouper()
    grouper.add(StoryArticle(0, seed("000")))
    with pytest.raises(ValueError, match="article 0 was already grouped"):
        grouper.add(StoryArticle(0, seed("000")))


def test_merge_below_join_is_rejected() -> None:
    with pytest.raises(ValueError, match="need 0 <= join <= merge"):
        GroupingParams(join=0.4, merge=0.3)


def _ghouta_members(ant, days: list[float]) -> list[StoryArticle]:
    """Five Eastern Ghouta reports published ``days`` after 5 March 2018."""
    rows = [ant[RAIDS], ant[CONVOY_BBC], ant[CONVOY_F24], ant[RAIDS_AGAIN], ant[RAIDS]]
    return [
        StoryArticle(n, row["text"], row["title"], row["outlet"], MARCH_5 + timedelta(days=day))
        for n, (row, day) in enumerate(zip(rows, days, strict=True))
    ]


def _ghouta_story(ant, days: list[float], began: datetime | None = None) -> StoryGrouper:
    """A grouper holding one stored story (id 7) of the five ``_ghouta_members`` (the story
    begun at ``began``, if given)."""
    members = _ghouta_members(ant, days)
    stories = dict.fromkeys(range(len(members)), 7)
    return StoryGrouper.restore(members, stories, began={7: began} if began else None)


def _sport_with_ghouta_teaser(ant) -> StoryArticle:
    """A sport report of 8 March whose page ends with the opening of a Ghouta report
    (a teaser for another article)."""
    teaser = "\n".join(ant[CONVOY_BBC]["text"].split("\n")[:3])
    text = ant[SPORT]["text"] + "\n" + teaser
    return StoryArticle(20, text, ant[SPORT]["title"], "BBC", MARCH_5 + timedelta(days=3))


def test_a_young_story_takes_an_article_matching_one_member(ant) -> None:
    grouper = _ghouta_story(ant, [2.5, 2.6, 2.7, 2.8, 2.9])
    assert grouper.add(_sport_with_ghouta_teaser(ant)).story_id == 7


def test_a_long_running_story_needs_support_from_several_members(ant) -> None:
    grouper = _ghouta_story(ant, [-1, 0, 1, 2, 2.9])
    assert grouper.add(_sport_with_ghouta_teaser(ant)).story_id != 7
    follow_up = ant[CONVOY_F24] | {"published": (MARCH_5 + timedelta(days=3)).isoformat()}
    assert grouper.add(from_ant(follow_up, 21)).story_id == 7


def test_a_large_undated_story_needs_support_from_several_members(ant) -> None:
    """Undated, a story's age is unknown: five members are enough to ask for support, or
    a pile of undated scrapes chains into one story through pages like this one."""
    undated = StoryGrouper.restore(
        [replace(article, published=None) for article in _ghouta_members(ant, [0] * 5)],
        dict.fromkeys(range(5), 7),
    )
    teaser = replace(_sport_with_ghouta_teaser(ant), published=None)
    assert undated.add(teaser).story_id != 7
    follow_up = from_ant(ant[CONVOY_F24], 21)
    assert undated.add(replace(follow_up, published=None)).story_id == 7


def test_a_restored_story_keeps_its_start_from_before_the_restored_window(ant) -> None:
    grouper = _ghouta_story(ant, [2.5, 2.6, 2.7, 2.8, 2.9], began=MARCH_5 - timedelta(days=5))
    assert grouper.add(_sport_with_ghouta_teaser(ant)).story_id != 7


def test_bridging_article_does_not_merge_unrelated_stories(ant) -> None:
    grouper = StoryGrouper(GroupingParams(join=0.2, merge=0.2))
    sport = grouper.add(from_ant(ant[SPORT], 1)).story_id
    economy = grouper.add(from_ant(ant[ECONOMY], 2)).story_id
    both = ant[SPORT]["text"] + "\n" + ant[ECONOMY]["text"]
    bridge = grouper.add(StoryArticle(3, both, published=MARCH_5))
    assert bridge.story_id in (sport, economy)
    assert bridge.merged == ()
    assert bridge.score >= 0.2


def test_a_copy_published_after_the_window_is_not_a_duplicate(ant) -> None:
    grouper = StoryGrouper()
    original = grouper.add(from_ant(ant[RAIDS], 1))
    reprint = ant[RAIDS_AGAIN] | {"published": "2018-03-15T11:15:25+00:00"}
    late = grouper.add(from_ant(reprint, 2))
    assert late.duplicate_of is None
    assert late.story_id != original.story_id


def test_forgotten_texts_leave_the_duplicate_index(ant) -> None:
    index = DuplicateIndex()
    raids = sketch(ant[RAIDS]["text"])
    index.add(1, raids)
    assert index.find(sketch(ant[RAIDS_AGAIN]["text"])) is not None
    index.remove(1)
    index.remove(1)  # already gone: nothing to do
    assert index.find(raids) is None


QUAKE_MOROCCO = (
    "قالت وزارة الداخلية المغربية إن حصيلة ضحايا الزلزال الذي ضرب إقليم تارودانت ليلة السبت "
    "ارتفعت إلى 64 قتيلا و205 مصابين، فيما دمرت الهزة مئات المنازل في الدواوير الجبلية. "
    "وأضافت أن فرق الوقاية المدنية تواصل البحث عن ناجين وسط مخاوف من ارتفاع الحصيلة."
)
QUAKE_AFGHANISTAN = (
    "أعلنت سلطات طالبان ارتفاع عدد قتلى الزلزال في ولاية هرات إلى أكثر من ألف شخص، "
    "وقال متحدث باسم وزارة إدارة الكوارث إن آلاف المنازل الطينية انهارت في القرى، "
    "وإن فرق الإنقاذ ما زالت تنتشل الجثث وسط مخاوف من ارتفاع الحصيلة."
)


def test_two_events_of_one_kind_naming_no_place_in_common_are_two_stories() -> None:
    """Two earthquakes told in like words (their bodies' cosine is about 0.23, above a join
    of 0.2), each naming several people and places (the store's entity keys), none shared."""
    grouper = StoryGrouper(params=GroupingParams(join=0.2))
    morocco = StoryArticle(
        1, QUAKE_MOROCCO, published=MARCH_5, entities=frozenset({"Morocco", "تارودانت", "Rabat"})
    )
    afghanistan = StoryArticle(
        2, QUAKE_AFGHANISTAN, published=MARCH_5, entities=frozenset({"Afghanistan", "هرات"})
    )
    afghanistan = replace(afghanistan, entities=afghanistan.entities | {"Taliban"})
    first, second = grouper.add(morocco), grouper.add(afghanistan)
    assert first.story_id != second.story_id
    # with a place in common, the same two texts are one event's
    again = StoryGrouper(params=GroupingParams(join=0.2))
    shared = replace(afghanistan, entities=afghanistan.entities | {"Morocco"})
    assert again.add(morocco).story_id == again.add(shared).story_id
