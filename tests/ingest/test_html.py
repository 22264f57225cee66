"""Web pages through ``read_paths``: trafilatura text, htmldate date, site name."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import trafilatura

from khabar.ingest import read_paths
from khabar.ingest.html import declared_charset, fragment_text
from khabar.model import Document
from tests.ingest.support import SEEDS, documents, problems

PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="{charset}">
<title>ارتفاع عدد ضحايا انهيار مبنى الزيتون | صحيفة الأفق</title>
<meta property="og:site_name" content="صحيفة الأفق">
<meta property="article:published_time" content="2025-03-11T09:30:00+03:00">
<meta property="og:title" content="ارتفاع عدد ضحايا انهيار مبنى الزيتون">
</head><body>
<nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a> <a href="/eco">اقتصاد</a></nav>
<article><h1>ارتفاع عدد ضحايا انهيار مبنى الزيتون</h1>
<p>أعلنت وزارة الصحة، أمس الثلاثاء، ارتفاع عدد ضحايا انهيار المبنى السكني في حي الزيتون
إلى 31 شخصاً، فيما لا تزال فرق الإنقاذ تبحث عن مفقودين تحت الأنقاض.</p>
<p>وقال المتحدث باسم الوزارة في مؤتمر صحفي إن 12 مصاباً ما زالوا في المستشفيات، بينهم
أربعة في حالة حرجة.</p>
<p>وأمر المحافظ بتشكيل لجنة للتحقيق في أسباب الانهيار، على أن ترفع تقريرها خلال أسبوعين.</p>
</article>
<section class="comments"><h3>التعليقات</h3><p>رحم الله الضحايا وألهم ذويهم الصبر</p></section>
<footer>جميع الحقوق محفوظة لصحيفة الأفق 2025</footer>
</body></html>
"""
LEAD = "أعلنت وزارة الصحة، أمس الثلاثاء، ارتفاع عدد ضحايا انهيار المبنى السكني في حي الزيتون"


def _page(tmp_path: Path, name: str = "page.html", charset: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(PAGE.format(charset=charset).encode(charset))
    return path


def test_page_gives_text_title_outlet_and_date(tmp_path: Path) -> None:
    [doc] = read_paths([_page(tmp_path)])
    assert isinstance(doc, Document)
    assert doc.title == "ارتفاع عدد ضحايا انهيار مبنى الزيتون"
    assert doc.outlet == "صحيفة الأفق"
    assert doc.published == datetime(2025, 3, 11, 9, 30, tzinfo=timezone(timedelta(hours=3)))
    assert doc.fmt == "html"
    assert doc.language == "ar"
    assert LEAD in doc.text


def test_paragraphs_are_separated_by_blank_lines(tmp_path: Path) -> None:
    [doc] = read_paths([_page(tmp_path)])
    assert isinstance(doc, Document)
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "ارتفاع عدد ضحايا انهيار مبنى الزيتون"
    assert paragraphs[-1].startswith("وأمر المحافظ بتشكيل لجنة")


def test_navigation_comments_and_footer_are_left_out(tmp_path: Path) -> None:
    [doc] = read_paths([_page(tmp_path)])
    assert isinstance(doc, Document)
    for debris in ("الرئيسية", "رحم الله الضحايا", "جميع الحقوق محفوظة"):
        assert debris not in doc.text


def test_raw_html_is_kept(tmp_path: Path) -> None:
    path = _page(tmp_path)
    [doc] = read_paths([path])
    assert isinstance(doc, Document)
    assert doc.html == path.read_text(encoding="utf-8")


def test_meta_charset_windows_1256_is_trusted(tmp_path: Path) -> None:
    [utf8] = read_paths([_page(tmp_path, "a.html")])
    [legacy] = read_paths([_page(tmp_path, "b.html", charset="windows-1256")])
    assert isinstance(utf8, Document) and isinstance(legacy, Document)
    assert legacy.text == utf8.text


def test_truncated_page_still_gives_its_text(tmp_path: Path) -> None:
    html = PAGE.format(charset="utf-8")
    path = tmp_path / "cut.htm"
    path.write_text(html[: html.index("<p>وقال")], encoding="utf-8")
    [doc] = read_paths([path])
    assert isinstance(doc, Document)
    assert LEAD in doc.text


def test_page_without_article_text_is_bad_and_batch_continues(tmp_path: Path) -> None:
    empty = tmp_path / "a.html"
    empty.write_text("<html><head><title>x</title></head><body><nav></nav></body>", "utf-8")
    _page(tmp_path, "b.html")
    items = list(read_paths([tmp_path]))
    assert problems(items) == [f"{empty}: no article text found"]
    assert len(documents(items)) == 1


def test_saved_page_named_txt_is_read_as_html(tmp_path: Path) -> None:
    [doc] = read_paths([_page(tmp_path, "saved.txt")])
    assert isinstance(doc, Document)
    assert doc.fmt == "html"
    assert doc.outlet == "صحيفة الأفق"


def test_declared_charset_forms() -> None:
    assert declared_charset(b'<meta charset="windows-1256">') == "windows-1256"
    assert (
        declared_charset(
            b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-6">'
        )
        == "ISO-8859-6"
    )
    assert declared_charset(b"<p>no charset</p>") is None


def test_fragment_text_keeps_one_paragraph_per_block() -> None:
    fragment = "<p>قال المتحدث إن <b>23</b> شخصاً لقوا حتفهم.</p><p>وتتواصل عمليات البحث.</p>"
    assert fragment_text(fragment) == "قال المتحدث إن 23 شخصاً لقوا حتفهم.\n\nوتتواصل عمليات البحث."
    assert fragment_text("  نص بلا وسوم  ") == "نص بلا وسوم"


def test_fragment_text_joins_lines_inside_a_paragraph() -> None:
    fragment = "<div>ارتفع عدد القتلى\n   إلى 31<br>بحسب وزارة الصحة</div>"
    assert fragment_text(fragment) == "ارتفع عدد القتلى إلى 31\n\nبحسب وزارة الصحة"


def test_time_of_day_is_kept_when_the_url_carries_the_date(tmp_path: Path) -> None:
    canonical = '<link rel="canonical" href="https://alofoq.example/news/2025/03/11/zaytoun">'
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(charset="utf-8").replace("</head>", canonical + "</head>"))
    [doc] = read_paths([path])
    assert isinstance(doc, Document)
    assert doc.url == "https://alofoq.example/news/2025/03/11/zaytoun"
    assert doc.published == datetime(2025, 3, 11, 9, 30, tzinfo=timezone(timedelta(hours=3)))


def test_page_with_a_date_only_keeps_a_bare_date(tmp_path: Path) -> None:
    html = PAGE.format(charset="utf-8").replace(
        '<meta property="article:published_time" content="2025-03-11T09:30:00+03:00">',
        '<meta name="date" content="2025-03-11">',
    )
    path = tmp_path / "page.html"
    path.write_text(html)
    [doc] = read_paths([path])
    assert isinstance(doc, Document)
    assert doc.published == datetime(2025, 3, 11)


def test_parser_crash_is_bad_and_batch_continues(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(tmp_path)

    def crash(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(trafilatura, "bare_extraction", crash)
    items = list(read_paths([page, SEEDS / "000_75b14adfd6e8883b.txt"]))
    assert problems(items) == [
        f"{page}: unexpected error: RecursionError: maximum recursion depth exceeded"
    ]
    assert len(documents(items)) == 1
