"""Metadata field aliases and publication dates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from khabar.ingest.metadata import parse_published, read_metadata

PLUS3 = timezone(timedelta(hours=3))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2018-02-26T13:05:00+03:00", datetime(2018, 2, 26, 13, 5, tzinfo=PLUS3)),
        ("2018-02-26T10:05:00Z", datetime(2018, 2, 26, 10, 5, tzinfo=UTC)),
        ("2015-07-21 02:51:32", datetime(2015, 7, 21, 2, 51, 32)),
        ("2018-02-26", datetime(2018, 2, 26)),
        ("Mon, 26 Feb 2018 13:05:00 +0300", datetime(2018, 2, 26, 13, 5, tzinfo=PLUS3)),
        (1519639500, datetime(2018, 2, 26, 10, 5, tzinfo=UTC)),
        (1519639500000, datetime(2018, 2, 26, 10, 5, tzinfo=UTC)),
        ("03/09/2025", datetime(2025, 9, 3, tzinfo=UTC)),
        ("3 سبتمبر 2025", datetime(2025, 9, 3, tzinfo=UTC)),
        ("الأربعاء 3 أيلول 2025", datetime(2025, 9, 3, tzinfo=UTC)),
        # the quirks of Arab sites' feeds
        ("Mon, 15 Sept 2025 10:00:00 +0300", datetime(2025, 9, 15, 10, tzinfo=PLUS3)),
        ("Thu, 18 Sep 2025 08:40:00 PM +0300", datetime(2025, 9, 18, 20, 40, tzinfo=PLUS3)),
        ("Sat, 20 Sep 2025 17:10:00 AST", datetime(2025, 9, 20, 17, 10, tzinfo=PLUS3)),
        ("Sat, 20 Sep 2025 17:10:00 GMT+3", datetime(2025, 9, 20, 17, 10, tzinfo=PLUS3)),
        ("الاثنين, 15 سبتمبر 2025 10:30:00 +0300", datetime(2025, 9, 15, 10, 30, tzinfo=PLUS3)),
        ("16/09/2025 09:00", datetime(2025, 9, 16, 9, tzinfo=UTC)),
        ("السبت 20 سبتمبر 2025 - 02:15 م", datetime(2025, 9, 20, 14, 15, tzinfo=UTC)),
        ("نشر الخبر في العدد الأسبوعي من الصحيفة يوم 3 سبتمبر 2025", None),
        ("أمس", None),
        ("", None),
        (None, None),
        (True, None),
    ],
)
def test_parse_published(value: object, expected: datetime | None) -> None:
    assert parse_published(value) == expected


def test_first_non_empty_alias_wins_and_the_rest_is_extra() -> None:
    meta = read_metadata({"text": "", "body": "نص الخبر", "Source": "النهار", "id": 7})
    assert meta.text == "نص الخبر"
    assert meta.outlet == "النهار"
    assert meta.extra == {"text": "", "id": 7}


def test_field_names_are_case_insensitive() -> None:
    meta = read_metadata({"Title": "عنوان", "PubDate": "2025-03-11", "Link": "https://x.example/1"})
    assert (meta.title, meta.published, meta.url) == (
        "عنوان",
        datetime(2025, 3, 11),
        "https://x.example/1",
    )
