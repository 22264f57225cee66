"""One outlet's copies of one page: the latest stands for the article."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from khabar.stories.revisions import page_key, superseded

MORNING = datetime(2025, 9, 14, 9, tzinfo=UTC)
EVENING = datetime(2025, 9, 14, 19, tzinfo=UTC)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youm7.com/story/2025/9/14/karmouz/7123456",
        "http://youm7.com/story/2025/9/14/karmouz/7123456/",
        "https://www.youm7.com/story/2025/9/14/karmouz/7123456?utm_source=rss&utm_medium=feed",
        "https://m.youm7.com/story/2025/9/14/karmouz/7123456/amp",
    ],
)
def test_one_page_reached_in_many_ways_has_one_key(url: str) -> None:
    assert page_key(url) == page_key("https://youm7.com/story/2025/9/14/karmouz/7123456")


def test_pages_that_differ_in_what_they_ask_for_have_different_keys() -> None:
    assert page_key("https://site.com/news?id=12") != page_key("https://site.com/news?id=13")
    assert page_key("") is None


def test_the_earlier_copies_of_a_page_are_superseded_by_the_latest() -> None:
    url = "https://youm7.com/story/7123456"
    copies = [
        (1, "اليوم السابع", url + "?utm_source=rss", None),
        (2, "اليوم السابع", url, None),
        (3, "الأهرام", "https://gate.ahram.org.eg/News/5123456.aspx", None),
    ]
    assert superseded(copies, {1: MORNING, 2: EVENING, 3: MORNING}) == {1}


def test_an_outlet_reprinting_its_own_article_supersedes_it_but_not_another_outlets() -> None:
    copies = [
        (1, "اليوم السابع", "", None),
        (2, "اليوم السابع", "", 1),  # its feed item, one line more
        (3, "مصراوي", "", 1),  # a wire copy another outlet printed
    ]
    assert superseded(copies, {1: MORNING, 2: EVENING, 3: EVENING}) == {1}
