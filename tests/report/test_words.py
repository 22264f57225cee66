"""The Arabic wording of figures, qualifiers and dates on the story page."""

from __future__ import annotations

import pytest

from khabar.extract.lexicon import read_rows
from khabar.report.words import (
    date_words,
    day,
    number,
    percent,
    short_number,
    source_name,
    stated_value,
    topic_name,
    with_unit,
)


@pytest.mark.parametrize(
    ("value", "text"), [(15000, "15,000"), (600.0, "600"), (2.5, "2.5"), (1234567, "1,234,567")]
)
def test_number_groups_thousands(value: float, text: str) -> None:
    assert number(value) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (15000, "15 ألف"),
        (4700, "4.7 ألف"),
        (600, "600"),
        (2_500_000, "2.5 مليون"),
        (3e9, "3 مليار"),
    ],
)
def test_short_number_uses_words_for_large_figures(value: float, text: str) -> None:
    assert short_number(value) == text


@pytest.mark.parametrize(
    ("qualifier", "text"),
    [
        ("exact", "15,000"),
        ("approx", "نحو 15,000"),
        ("at_least", "15,000 على الأقل"),
        ("more_than", "أكثر من 15,000"),
        ("at_most", "15,000 على الأكثر"),
        ("less_than", "أقل من 15,000"),
    ],
)
def test_stated_value_words_each_qualifier(qualifier: str, text: str) -> None:
    assert stated_value({"value": 15000, "qualifier": qualifier}) == text


def test_stated_value_of_a_range() -> None:
    claim = {"value": None, "low": 4000, "high": 5000, "qualifier": "range"}
    assert stated_value(claim) == "بين 4,000 و5,000"


def test_stated_value_of_a_vague_figure() -> None:
    assert stated_value({"value": None, "low": 3000, "qualifier": "vague"}) == "عدد غير محدد"


def test_stated_value_names_the_unit() -> None:
    assert stated_value({"value": 7, "qualifier": "approx", "unit": "percent"}) == "نحو 7%"
    assert stated_value({"value": 300, "qualifier": "exact", "unit": "USD"}) == "300 دولار"
    assert stated_value({"value": 3, "qualifier": "exact", "unit": "XYZ"}) == "3 XYZ"


@pytest.mark.parametrize(
    ("iso", "text"),
    [
        ("2025-09-03", "3 سبتمبر 2025"),
        ("2025-09-03T09:15:00+04:00", "3 سبتمبر 2025"),
        ("2025-01", "يناير 2025"),
        ("2024", "2024"),
        ("الأسبوع الماضي", "الأسبوع الماضي"),
        (None, None),
    ],
)
def test_date_words(iso: str | None, text: str | None) -> None:
    assert date_words(iso) == text


def test_day_drops_the_time() -> None:
    assert day("2025-09-03T09:15:00+04:00") == "2025-09-03"
    assert day("2025-03") == "2025-03"


def test_percent_rounds_and_never_shows_zero() -> None:
    assert percent(1 / 15) == "7%"
    assert percent(0.9) == "90%"
    assert percent(0.0019) == "0.2%"
    assert percent(0.0001) == "0.1%"


def test_every_topic_the_claims_find_has_an_arabic_name() -> None:
    topics = {topic for _, (_form, topic, _role) in read_rows("claims/topics.tsv", 3)}
    assert {topic for topic in topics if topic_name(topic) == topic} == set()


def test_every_unit_the_numbers_find_has_an_arabic_name() -> None:
    units = {unit for _, (_form, unit, _kind, _family) in read_rows("numbers/units.tsv", 4)}
    units |= {
        code for _, (_family, _adjective, code) in read_rows("numbers/currency_countries.tsv", 3)
    }
    units -= {"percent"}
    assert {unit for unit in units if with_unit("1", unit) == f"1 {unit}"} == set()


def test_topic_names_are_arabic_unless_unknown() -> None:
    assert topic_name("killed") == "القتلى"
    assert topic_name("new_topic") == "new_topic"
    assert topic_name(None) == "دون موضوع"


def test_source_name_reads_strings_and_records() -> None:
    assert source_name("سيول") == "سيول"
    assert source_name({"text": "نواب سيول", "canonical": None}) == "نواب سيول"
    assert source_name(None) is None
