"""Error pages and texts in other languages are refused, each with its reason."""

from __future__ import annotations

import pytest

from khabar.ingest.language import guess_language
from khabar.ingest.screen import not_an_article
from khabar.model import Document

ARTICLE = (
    "قالت وزارة الصحة اليمنية، الأربعاء، إن حصيلة ضحايا السيول في وادي حضرموت ارتفعت إلى 9 "
    "قتلى، فيما لا يزال ثلاثة أشخاص في عداد المفقودين."
)


def _document(text: str, title: str | None = None) -> Document:
    return Document(text=text, source="page.html", title=title, language=guess_language(text))


@pytest.mark.parametrize(
    ("title", "text", "reason"),
    [
        (
            "404",
            "الصفحة التي تحاول الوصول إليها غير موجودة أو ربما تم نقلها أو حذفها.",
            "an error page, not an article (title '404')",
        ),
        (
            "الصفحة غير موجودة - اليوم السابع",
            "عفوا، لم نجد ما تبحث عنه. العودة إلى الرئيسية",
            "an error page, not an article ('الصفحة غير موجودة')",
        ),
        (
            "Just a moment...",
            "www.alarabiya.net Checking if the site connection is secure. Enable JavaScript "
            "and cookies to continue.",
            "an error page, not an article ('just a moment...')",
        ),
    ],
)
def test_an_error_page_is_no_article(title: str, text: str, reason: str) -> None:
    assert not_an_article(_document(text, title)) == reason


def test_a_news_article_is_one_even_with_a_number_for_its_title() -> None:
    assert not_an_article(_document(ARTICLE, "404 قتلى في السيول")) is None
    assert not_an_article(_document(ARTICLE, "ارتفاع حصيلة السيول")) is None


def test_an_article_that_quotes_an_error_page_late_is_one() -> None:
    text = ARTICLE * 3 + " وظهرت على حساب الوزارة عبارة «الصفحة غير موجودة» بعد حذفه."
    assert not_an_article(_document(text)) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Officials said on Tuesday that the death toll had risen to 31.", "English"),
        ("Les autorités ont annoncé mardi que le bilan est passé à 31 morts.", "French"),
    ],
)
def test_a_text_in_another_language_is_no_arabic_article(text: str, language: str) -> None:
    reason = not_an_article(_document(text))
    assert reason == f"not Arabic text ({language}): khabar analyses Arabic news"


def test_an_arabic_article_among_many_latin_letters_is_one() -> None:
    films = "\n".join(
        f"{n}. The Godfather Part {n} | Francis Ford Coppola (1972)" for n in range(9)
    )
    document = _document(f"{films}\n{ARTICLE} {ARTICLE}")
    assert document.language != "ar"
    assert not_an_article(document) is None
