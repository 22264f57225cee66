"""Comparing the claims of one story: the seed case and each qualifier's edge."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from khabar.stories.compare import LedgerClaim, compare, interval, judge, line_ups
from tests.shared_data import SEEDS

EXPECTED = SEEDS / "expected.json"
QUALIFIERS = {"vague_thousands": "vague"}
# When the seed claims were said, as the text tells (000: "في يناير", "بعد شهرين").
SAID = {"A2": "2025-01", "A4": "2025-03"}


def claim(value: float | None, qualifier: str, *, topic: str = "killed", **extra) -> LedgerClaim:
    fields = {
        "article_id": 1,
        "outlet": None,
        "published": None,
        "topic": topic,
        "subject": None,
        "value": value,
        "low": None,
        "high": None,
        "qualifier": qualifier,
        "unit": "person",
        "cited": None,
        "said": None,
        "sentence": "",
    }
    return LedgerClaim(**(fields | extra))


def seed_claims() -> tuple[list[str], list[LedgerClaim]]:
    """The seed claims of expected.json as ledger claims (A6 "آلاف" as 1000-10000)."""
    rows = json.loads(EXPECTED.read_text(encoding="utf-8"))["claims"]
    names, claims = [], []
    for row in rows:
        qualifier = QUALIFIERS.get(row["qualifier"], row["qualifier"])
        vague = qualifier == "vague"
        names.append(row["id"])
        claims.append(
            claim(
                row["value"],
                qualifier,
                topic=row["topic"],
                article_id=0 if row["article"].startswith("000") else 2,
                low=1000.0 if vague else None,
                high=10000.0 if vague else None,
                cited=row["cited"],
                said=SAID.get(row["id"]),
                sentence=row["evidence"],
            )
        )
    return names, claims


def test_seed_troops_sent_is_a_small_disagreement_of_about_seven_percent() -> None:
    names, claims = seed_claims()
    [sent] = [d for d in compare(claims).disagreements if d.topic == "sent"]
    assert sorted(names[i] for i in sent.claims) == ["A1", "A5", "B1"]
    assert sent.severity == "small"
    assert sent.gap == pytest.approx(1 / 15, abs=0.005)


def test_seed_killed_is_a_large_disagreement_read_as_a_development() -> None:
    names, claims = seed_claims()
    [killed] = [d for d in compare(claims).disagreements if d.topic == "killed"]
    assert sorted(names[i] for i in killed.claims) == ["A2", "A4", "B2"]
    assert killed.severity == "large"
    assert killed.development


def test_figures_dated_only_by_different_words_may_be_a_development() -> None:
    # An article without a publication date: "في يناير" and "بعد شهرين" give no date.
    earlier = claim(1000, "at_least", said_text="يناير")
    later = claim(600, "approx", said_text="بعد شهرين")
    other = claim(6000, "more_than", article_id=2)
    [killed] = compare([earlier, later, other]).disagreements
    assert killed.development
    [killed] = compare([earlier, replace(later, said_text="يناير"), other]).disagreements
    assert not killed.development


def test_seed_topics_with_one_figure_have_no_disagreement() -> None:
    _, claims = seed_claims()
    assert {d.topic for d in compare(claims).disagreements} == {"sent", "killed"}


def test_seed_killed_timeline_orders_by_date_said_undated_last() -> None:
    names, claims = seed_claims()
    timeline = compare(claims).timelines["killed"]
    assert [names[e.claim] for e in timeline] == ["A2", "A4", "B2"]
    assert [e.when for e in timeline] == ["2025-01", "2025-03", None]


def test_timeline_falls_back_on_publication_date() -> None:
    early = claim(600, "approx", published=datetime(2018, 3, 5, 9, tzinfo=UTC))
    late = claim(6000, "more_than", published=datetime(2018, 4, 21, 9, tzinfo=UTC))
    timeline = compare([late, early]).timelines["killed"]
    assert [(e.claim, e.when) for e in timeline] == [(1, "2018-03-05"), (0, "2018-04-21")]


def test_approx_and_exact_of_one_round_figure_agree() -> None:
    assert judge(claim(15000, "approx"), claim(15000, "exact")) == ("agree", 0.0)


def test_approx_neighbouring_round_figures_differ() -> None:
    verdict, gap = judge(claim(15000, "approx"), claim(14000, "approx"))
    assert verdict == "small"
    assert gap == pytest.approx(1 / 15)


def test_at_least_agrees_with_a_larger_figure() -> None:
    assert judge(claim(1000, "at_least"), claim(1200, "exact")) == ("agree", 0.0)


def test_at_least_and_more_than_are_compatible() -> None:
    assert judge(claim(1000, "at_least"), claim(6000, "more_than")) == ("agree", 0.0)


def test_at_most_against_a_larger_figure_is_a_large_disagreement() -> None:
    verdict, gap = judge(claim(100, "at_most"), claim(300, "exact"))
    assert verdict == "large"
    assert gap == pytest.approx(2 / 3)


def test_overlapping_ranges_agree() -> None:
    first = claim(None, "range", low=10, high=20)
    second = claim(None, "range", low=18, high=30)
    assert judge(first, second) == ("agree", 0.0)
    assert interval(first) == (10, 20)


def test_vague_figure_never_makes_a_disagreement() -> None:
    thousands = claim(None, "vague", low=1000, high=10000)
    assert judge(thousands, claim(50, "exact"))[0] == "vague"
    assert compare([thousands, claim(50, "exact", article_id=2)]).disagreements == []


def test_vague_figure_agrees_within_its_range() -> None:
    assert judge(claim(None, "vague", low=1000, high=10000), claim(4700, "approx"))[0] == "agree"


def test_different_units_are_not_compared() -> None:
    dollars = claim(15000, "exact", unit="USD", article_id=2)
    people = claim(14000, "exact")
    assert judge(dollars, people)[0] == "small"
    assert compare([dollars, people]).disagreements == []


def test_clearly_different_subjects_are_not_compared_but_unnamed_joins_both() -> None:
    claims = [
        claim(600, "approx", subject="جنود كوريون"),
        claim(6000, "exact", subject="مدنيون أوكرانيون"),
        claim(610, "exact"),
    ]
    assert sorted(indices for _, _, indices in line_ups(claims)) == [[0, 2], [1, 2]]


def test_a_part_is_not_compared_with_the_totals_of_other_articles() -> None:
    # "مقتل 11 شخصا، من بينهم 7 مدنيين" against another outlet's "مقتل 11 شخصا".
    total = claim(11, "exact", subject="شخصا")
    civilians = claim(7, "exact", subject="مدنيين", part=True)
    other = claim(11, "exact", subject="شخصا", article_id=2)
    assert compare([total, civilians, other]).disagreements == []
    assert sorted(indices for _, _, indices in line_ups([total, civilians, other])) == [[0, 2]]


def test_parts_of_one_subject_are_compared_with_each_other() -> None:
    civilians = claim(7, "exact", subject="مدنيين", part=True)
    other = claim(9, "exact", subject="مدنيين", part=True, article_id=2)
    (disagreement,) = compare([civilians, other]).disagreements
    assert disagreement.claims == [0, 1]


def test_a_part_without_a_subject_of_its_own_is_compared_with_nothing() -> None:
    claims = [claim(3, "exact", part=True), claim(30, "exact", article_id=2)]
    assert compare(claims).disagreements == []


def test_unknown_qualifier_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown qualifier 'about'"):
        claim(10, "about")


def test_gap_is_the_largest_between_articles_not_within_one() -> None:
    first, update = claim(100, "exact"), claim(400, "exact")
    other = claim(110, "exact", article_id=2)
    (disagreement,) = compare([first, update, other]).disagreements
    assert disagreement.claims == [0, 1, 2]
    assert disagreement.gap == pytest.approx(290 / 400)
    assert disagreement.severity == "large"
    assert compare([first, update]).disagreements == []


def test_figures_published_days_apart_are_a_timeline_not_a_disagreement() -> None:
    """Two strikes of one long story: 43 killed in one, 16 in another a week later."""
    first = claim(43, "exact", published=datetime(2018, 3, 1, 9, tzinfo=UTC))
    week_later = claim(16, "exact", article_id=2, published=datetime(2018, 3, 8, 9, tzinfo=UTC))
    same_day = claim(30, "exact", article_id=3, published=datetime(2018, 3, 1, 20, tzinfo=UTC))
    assert compare([first, week_later]).disagreements == []
    (disagreement,) = compare([first, week_later, same_day]).disagreements
    assert disagreement.claims == [0, 2]
    assert [entry.claim for entry in compare([first, week_later]).timelines["killed"]] == [0, 1]


def test_a_figure_of_an_earlier_event_is_compared_only_with_figures_of_that_event() -> None:
    """ "ففي مايو 2015، لقي 15 شخصا حتفهم" beside today's fire, which killed 24."""
    day = datetime(2018, 3, 2, 9, tzinfo=UTC)
    today = claim(24, "exact", published=day)
    in_2015 = claim(15, "exact", article_id=2, published=day, earlier="2015-05")
    also_2015 = claim(17, "exact", article_id=3, published=day, earlier="2015-05")
    assert compare([today, in_2015]).disagreements == []
    (disagreement,) = compare([today, in_2015, also_2015]).disagreements
    assert disagreement.claims == [1, 2]


def test_a_figure_of_last_year_is_compared_with_a_near_figure_of_no_event() -> None:
    """The seeds published in September 2025: "أرسلت في عام 2024 حوالي 14 ألف جندي"
    against "أرسلت نحو 15 ألف عنصر" (7% apart), but not against a figure far from it."""
    day = datetime(2025, 9, 3, 10, tzinfo=UTC)
    in_2024 = claim(14000, "approx", topic="sent", published=day, earlier="2024")
    undated = claim(15000, "approx", topic="sent", article_id=2, published=day)
    (disagreement,) = compare([in_2024, undated]).disagreements
    assert disagreement.severity == "small"
    assert compare([in_2024, replace(undated, value=40000)]).disagreements == []
    assert compare([replace(in_2024, earlier="2023"), undated]).disagreements == []


def test_an_undated_figure_is_compared_with_every_other() -> None:
    dated = claim(43, "exact", published=datetime(2018, 3, 1, 9, tzinfo=UTC))
    undated = claim(16, "exact", article_id=2)
    (disagreement,) = compare([dated, undated]).disagreements
    assert disagreement.claims == [0, 1]


def test_a_part_is_not_compared_with_a_total_of_the_same_noun() -> None:
    # "طرد دبلوماسيون من 21 دولة، منها 16 دولة أوروبية" against "من 21 دولة".
    total = claim(21, "exact", subject="دولة")
    european = claim(16, "exact", subject="دولة", part=True)
    other = claim(21, "exact", subject="دولة", article_id=2)
    assert compare([total, european, other]).disagreements == []


def test_percentages_line_up_only_as_shares_of_one_thing() -> None:
    """A percentage says nothing of what it measures but for "من X": 0.2% of the dollar
    index and 0.9% of consumer prices are not one figure told two ways."""
    claims = [
        claim(0.2, "exact", topic="percent", unit="percent", article_id=1),
        claim(0.9, "exact", topic="percent", unit="percent", article_id=2),
        claim(5, "exact", topic="percent", unit="percent", subject="أرامكو", article_id=3),
        claim(3, "approx", topic="percent", unit="percent", subject="أرامكو", article_id=4),
        claim(80, "exact", topic="percent", unit="percent", subject="منتجات", article_id=5),
    ]
    [only] = compare(claims).disagreements
    assert sorted(only.claims) == [2, 3]


def test_two_outlets_giving_the_same_two_figures_agree() -> None:
    """Both say 50 and 14 (injured and killed, on a topic too coarse to tell them apart)."""
    same = [claim(v, "exact", article_id=a) for a in (1, 2) for v in (50, 14)]
    assert compare(same).disagreements == []
    other = [*same[:2], claim(60, "exact", article_id=2), claim(14, "exact", article_id=2)]
    [dispute] = compare(other).disagreements
    assert {other[i].value for i in dispute.claims} >= {50, 60}


def test_a_figure_against_one_its_own_article_also_states_is_no_disagreement() -> None:
    """BBC: "بمقتل 17 شخصا على الأقل ... وقد توفي شخصان لاحقا"; another outlet: 17. The two
    who died later are part of BBC's 17, not a second toll."""
    bbc = [claim(17, "exact"), claim(2, "exact", subject="شخصان")]
    other = claim(17, "exact", article_id=2, subject="شخصاً")
    assert compare([*bbc, other]).disagreements == []
    [dispute] = compare([*bbc, claim(25, "exact", article_id=2)]).disagreements
    assert dispute.claims == [0, 1, 2]


def test_an_overtaken_toll_is_on_the_timeline_but_no_disagreement() -> None:
    """France 24: at least 14 killed, "وكانت الحصيلة السابقة أشارت إلى مقتل شخصين";
    another outlet: 15 killed."""
    latest, earlier = claim(14, "at_least"), claim(2, "exact", overtaken=True)
    other = claim(15, "exact", article_id=2)
    comparison = compare([latest, earlier, other])
    assert comparison.disagreements == []
    assert [entry.claim for entry in comparison.timelines["killed"]] == [0, 1, 2]


def test_a_figure_rounded_to_its_scale_word_agrees_with_a_finer_one() -> None:
    """ "28 مليار" (one outlet) and "28.3 مليار" (another) are one profit, rounded; 14 and
    15 thousand stay apart (the seeds' troops)."""
    rounded = claim(28e9, "exact", step=1e9)
    finer = claim(28.3e9, "exact", article_id=2, step=1e8)
    assert compare([rounded, finer]).disagreements == []
    assert compare([claim(15e3, "exact", step=1e3), claim(14e3, "exact", article_id=2, step=1e3)])
    # neighbouring rounded figures differ, however their margins meet
    assert compare([rounded, claim(29e9, "exact", article_id=2, step=1e9)]).disagreements


def test_points_of_different_teams_are_not_compared() -> None:
    """ "63 نقطة" (Liverpool) and "81 نقطة" (City): a noun that measures names no subject."""
    points = [
        claim(63, "exact", topic="نقطه", unit=None, subject="نقطة", article_id=1),
        claim(81, "exact", topic="نقطه", unit=None, subject="نقطة", article_id=2),
    ]
    assert compare(points).disagreements == []
    soldiers = [
        claim(63, "exact", topic="جندي", unit=None, subject="جندي", article_id=1),
        claim(81, "exact", topic="جندي", unit=None, subject="جندي", article_id=2),
    ]
    assert len(compare(soldiers).disagreements) == 1


def test_a_running_total_is_not_compared_with_one_days_toll() -> None:
    claims = [
        claim(8, "exact", article_id=1),
        claim(40, "exact", article_id=2, running=True),
        claim(200, "exact", article_id=3, running=True),
    ]
    [dispute] = compare(claims).disagreements
    assert sorted(dispute.claims) == [1, 2]


def test_a_forecast_is_compared_only_with_forecasts_for_its_time() -> None:
    claims = [
        claim(33.3, "exact", topic="inflation", article_id=1, unit="percent"),
        claim(33.1, "exact", topic="inflation", article_id=2, unit="percent"),
        claim(25, "exact", topic="inflation", article_id=2, unit="percent", forecast="to come"),
        claim(24, "exact", topic="inflation", article_id=3, unit="percent", forecast="2026"),
    ]
    [dispute] = compare(claims).disagreements
    assert sorted(dispute.claims) == [0, 1]


def test_a_rate_is_compared_only_with_rates_of_its_period() -> None:
    claims = [
        claim(600, "exact", topic="aid", article_id=1, rate="day"),
        claim(400, "exact", topic="aid", article_id=2),
        claim(500, "exact", topic="aid", article_id=3, rate="day"),
    ]
    [dispute] = compare(claims).disagreements
    assert sorted(dispute.claims) == [0, 2]


@pytest.mark.parametrize(
    ("topic", "unit", "listed", "single", "pair"),
    [
        pytest.param("price", "USD", (63.59, 67.28), 63.76, (100.0, 110.0), id="oil-benchmarks"),
        pytest.param("votes", "percent", (97.08, 2.92), 97.08, (12.0, 13.5), id="candidates"),
        pytest.param("loan", "USD", (2e9, 1e9), 3e9, (5e8, 6e8), id="pledges-of-countries"),
        pytest.param("مدينه", None, (16.0, 10.0), 12.0, (40.0, 50.0), id="a-counted-noun"),
    ],
)
def test_an_article_listing_several_figures_is_left_out_of_the_line_up(
    topic: str, unit: str, listed: tuple[float, ...], single: float, pair: tuple[float, float]
) -> None:
    """WTI at 63.59 and Brent at 67.28 in one article, or each candidate's share, are a
    list, not one figure told twice; two articles giving one figure each still disagree."""
    listing = [claim(value, "exact", topic=topic, unit=unit, article_id=1) for value in listed]
    listing.append(claim(single, "exact", topic=topic, unit=unit, article_id=2))
    assert compare(listing).disagreements == []
    two = [
        claim(value, "exact", topic=topic, unit=unit, article_id=article)
        for article, value in enumerate(pair)
    ]
    assert len(compare(two).disagreements) == 1


def test_a_figure_of_an_earlier_event_makes_no_list() -> None:
    """A transfer's 90 million beside the 222 million the player cost in 2017 is no list of
    deals: it still disagrees with another outlet's 100 million."""
    claims = [
        claim(90e6, "exact", topic="deal", unit="EUR", article_id=1),
        claim(222e6, "exact", topic="deal", unit="EUR", article_id=1, earlier="2017"),
        claim(100e6, "approx", topic="deal", unit="EUR", article_id=2),
    ]
    [dispute] = compare(claims).disagreements
    assert sorted(dispute.claims) == [0, 2]


def test_an_earlier_event_dated_to_its_year_and_to_its_month_is_one() -> None:
    """14 policemen killed "عام 2013" and 13 killed "في أغسطس 2013": one attack, told two
    ways; a figure of 2014 is another event."""
    killed = [
        claim(14, "exact", article_id=1, earlier="2013"),
        claim(13, "exact", article_id=2, earlier="2013-08"),
    ]
    assert len(compare(killed).disagreements) == 1
    other_year = [killed[0], replace(killed[1], earlier="2014-08")]
    assert compare(other_year).disagreements == []


def test_figures_of_no_toll_four_times_apart_count_different_things() -> None:
    """600 warplanes in all and 50 of one model; a toll may grow tenfold as it is counted."""
    planes = [
        claim(600, "exact", topic="missiles", article_id=1),
        claim(50, "exact", topic="missiles", article_id=2),
    ]
    assert compare(planes).disagreements == []
    tolls = [claim(600, "approx", article_id=1), claim(6000, "more_than", article_id=2)]
    assert len(compare(tolls).disagreements) == 1


def test_people_in_general_are_not_compared() -> None:
    """ "400 ألف شخص" besieged and "1800 شخص" evacuated: a bare شخص says not what befell them."""
    people = [
        claim(400000, "exact", topic="شخص", unit=None, subject="شخص", article_id=1),
        claim(1800, "approx", topic="شخص", unit=None, subject="شخص", article_id=2),
    ]
    assert compare(people).disagreements == []


def test_tolls_of_places_apart_are_two_incidents() -> None:
    # ANT: "قتل 4 آخرون في مواجهات مباشرة في مدينة الشيخ زويد" against "قتل ثلاثة مسلحين
    # في مدينة العريش" (entity ids 1 and 2; 3 is North Sinai, 4 Baghdad).
    zuweid = claim(4, "exact", article_id=1, places=frozenset({1}), named_places=frozenset({1}))
    arish = claim(3, "exact", article_id=2, places=frozenset({2}), named_places=frozenset({2, 3}))
    assert compare([zuweid, arish]).disagreements == []
    # One sentence says where, the other does not: they may be one incident.
    unplaced = replace(arish, places=frozenset(), named_places=frozenset())
    assert len(compare([zuweid, unplaced]).disagreements) == 1
    # "في حي الشعلة في العاصمة العراقية بغداد" against "في شمال بغداد": one incident.
    shula = claim(3, "exact", article_id=1, places=frozenset({1}), named_places=frozenset({1, 4}))
    baghdad = claim(4, "exact", article_id=2, places=frozenset({4}), named_places=frozenset({4}))
    assert len(compare([shula, baghdad]).disagreements) == 1


def test_one_outlet_s_own_figures_in_two_articles_are_no_dispute() -> None:
    # ANT, alarabia on one day's Yemen fronts: a week's toll and one battle's.
    week = claim(130, "exact", article_id=1, outlet="alarabia")
    battle = claim(7, "exact", article_id=2, outlet="alarabia")
    assert compare([week, battle]).disagreements == []
    # Another outlet's figure, or two sources the outlet cites, are compared.
    assert len(compare([week, replace(battle, outlet="skynews")]).disagreements) == 1
    witnesses = replace(week, value=5, cited="شهود عيان")
    government = replace(battle, value=4, cited="بيان للحكومة")
    assert len(compare([witnesses, government]).disagreements) == 1
    assert compare([witnesses, replace(government, cited="شهود عيان")]).disagreements == []
    # Unnamed sources are the outlet's own reporting: one battle's toll and another's.
    field = replace(week, value=8, cited="مصادر ميدانية")
    military = replace(battle, value=20, cited="مصادر عسكرية")
    assert compare([field, military]).disagreements == []


def test_a_headline_figure_its_article_cites_below_is_shown_once() -> None:
    # "مقتل 21 شخصا بقصف إسرائيلي" over "قتل 21 فلسطينيا ... بحسب الدفاع المدني"
    headline = claim(21, "exact", article_id=1, outlet="alarabiya")
    cited = replace(headline, cited="الدفاع المدني الفلسطيني")
    other = claim(25, "at_least", article_id=2, outlet="aljazeera", cited="مصادر طبية")
    (disagreement,) = compare([headline, cited, other]).disagreements
    assert disagreement.claims == [1, 2]


def test_a_headline_figure_takes_the_qualifier_its_article_cites_it_with() -> None:
    # "مقتل 250 شخصا" over "قتل 250 شخصا على الأقل ... بحسب وزارة الداخلية"
    headline = claim(250, "exact", article_id=1, outlet="agency")
    cited = replace(headline, qualifier="at_least", cited="وزارة الداخلية")
    later = claim(800, "more_than", article_id=2, outlet="paper", cited="المتحدث")
    assert compare([headline, cited, later]).disagreements == []


def test_martyrs_and_the_wounded_are_no_subject_of_their_own() -> None:
    killed = claim(21, "exact", article_id=1, subject="فلسطينيا")
    martyrs = claim(18, "exact", article_id=2, subject="شهيدا")
    (disagreement,) = compare([killed, martyrs]).disagreements
    assert disagreement.claims == [0, 1]


def test_each_candidate_s_share_of_the_vote_lines_up_on_its_own() -> None:
    """An article giving two percentages is a list, but not when they are two candidates'."""
    erdogan = claim(52.5, "exact", topic="votes", unit="percent", subject="Recep Tayyip Erdogan")
    ince = replace(erdogan, value=30.7, subject="محرمانجه")
    other = replace(erdogan, value=52.6, article_id=2)
    (disagreement,) = compare([erdogan, ince, other]).disagreements
    assert disagreement.claims == [0, 2]
    assert compare([erdogan, replace(ince, subject=None), other]).disagreements == []


def test_a_magnitude_with_or_without_richter_is_on_one_scale() -> None:
    richter = claim(6.8, "exact", topic="magnitude", unit="richter")
    degrees = claim(7.1, "exact", topic="magnitude", unit=None, article_id=2)
    (disagreement,) = compare([richter, degrees]).disagreements
    assert (disagreement.unit, disagreement.severity) == ("richter", "small")


def test_a_dispute_two_subjects_line_ups_share_is_shown_once() -> None:
    """ "47 متهما" and "آلاف المتهمين" are two subjects; "48 شخصا" and "47 شخصا" join both."""
    arrests = [
        claim(47, "exact", topic="arrested", subject="متهما", article_id=1),
        claim(48, "exact", topic="arrested", subject="شخصا", article_id=2),
        claim(47, "exact", topic="arrested", subject="شخصا", article_id=3),
        claim(None, "vague", topic="arrested", subject="المتهمين", article_id=2),
    ]
    [found] = compare(arrests).disagreements
    assert found.claims == [0, 1, 2]


def test_seats_line_up_by_party_spelt_either_way_and_a_total_with_none() -> None:
    claims = [
        claim(39, "exact", topic="seats", article_id=1, subject="الديموقراطي الكوردستاني"),
        claim(23, "exact", topic="seats", article_id=1, subject="الاتحاد الوطني"),
        claim(100, "exact", topic="seats", article_id=1),
        claim(41, "exact", topic="seats", article_id=2, subject="الديمقراطي الكردستاني"),
        claim(23, "exact", topic="seats", article_id=2, subject="الاتحاد الوطني"),
        claim(39, "exact", topic="seats", article_id=2),
    ]
    [disagreement] = compare(claims).disagreements
    assert disagreement.claims == [0, 3]


@pytest.mark.parametrize(("morning", "evening", "grew"), [(14, 17, True), (17, 14, False)])
def test_a_toll_larger_only_hours_later_the_same_day_is_a_development(
    morning: int, evening: int, grew: bool
) -> None:
    claims = [
        claim(morning, "exact", article_id=1, published=datetime(2026, 11, 21, 6, tzinfo=UTC)),
        claim(evening, "exact", article_id=2, published=datetime(2026, 11, 21, 17, tzinfo=UTC)),
    ]
    [disagreement] = compare(claims).disagreements
    assert disagreement.development is grew


def test_a_figure_an_article_repeats_is_listed_once_in_a_disagreement() -> None:
    claims = [
        claim(630, "exact", topic="aid", unit=None, article_id=1),  # the headline line
        claim(630, "exact", topic="aid", unit=None, article_id=1),  # the body
        claim(560, "exact", topic="aid", unit=None, article_id=2),
    ]
    [disagreement] = compare(claims).disagreements
    assert disagreement.claims == [0, 2]
