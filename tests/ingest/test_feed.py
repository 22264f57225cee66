"""RSS and Atom feeds through ``read_paths``: one Document per entry."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from khabar.ingest import read_paths
from khabar.model import Document
from tests.ingest.support import documents, problems

RSS = """<?xml version="1.0" encoding="{encoding}"?>
<rss version="2.0"><channel>
<title>شبكة الرصد الإخبارية</title><link>https://alrasd.example/</link>
<item>
<title>ارتفاع حصيلة انهيار مبنى الزيتون إلى 31 قتيلاً</title>
<link>https://alrasd.example/news/101</link>
<pubDate>Wed, 12 Mar 2025 10:05:00 +0300</pubDate>
<category>محليات</category>
<description><![CDATA[<p>بحسب وزارة الصحة، ارتفع عدد القتلى إلى 31.</p>
<p>وتتواصل أعمال البحث.</p>]]></description>
</item>
<item>
<title>خبر بلا نص</title><link>https://alrasd.example/news/102</link>
<description></description>
</item>
<item>
<title>الأرصاد تتوقع أمطاراً غزيرة</title>
<description>تتوقع هيئة الأرصاد هطول أمطار غزيرة يوم الخميس.</description>
</item>
</channel></rss>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>وكالة النهار</title>
<entry><title>23 قتيلاً في انهيار مبنى</title>
<link href="https://alnahar.example/a/9"/>
<id>tag:alnahar.example,2025:9</id>
<updated>2025-03-11T08:15:00+02:00</updated>
<content type="html">&lt;p&gt;قال المتحدث باسم الدفاع المدني
إن 23 شخصاً لقوا حتفهم.&lt;/p&gt;</content>
</entry></feed>
"""


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_rss_entries_become_documents(tmp_path: Path) -> None:
    path = _write(tmp_path / "feed.rss", RSS.format(encoding="utf-8"))
    items = list(read_paths([path]))
    first, last = documents(items)
    assert first.source == f"{path}#1"
    assert first.text == "بحسب وزارة الصحة، ارتفع عدد القتلى إلى 31.\n\nوتتواصل أعمال البحث."
    assert first.title == "ارتفاع حصيلة انهيار مبنى الزيتون إلى 31 قتيلاً"
    assert first.outlet == "شبكة الرصد الإخبارية"
    assert first.url == "https://alrasd.example/news/101"
    assert first.published == datetime(2025, 3, 12, 10, 5, tzinfo=timezone(timedelta(hours=3)))
    assert first.extra["tags"] == ["محليات"]
    assert first.fmt == "feed"
    assert last.text == "تتوقع هيئة الأرصاد هطول أمطار غزيرة يوم الخميس."
    assert last.published is None


def test_entry_without_text_is_bad_and_feed_continues(tmp_path: Path) -> None:
    path = _write(tmp_path / "feed.rss", RSS.format(encoding="utf-8"))
    items = list(read_paths([path]))
    assert problems(items) == [f"{path}#2: empty article text"]
    assert len(documents(items)) == 2


def test_atom_content_and_updated_time(tmp_path: Path) -> None:
    [doc] = read_paths([_write(tmp_path / "feed.atom", ATOM)])
    assert isinstance(doc, Document)
    assert doc.text == "قال المتحدث باسم الدفاع المدني إن 23 شخصاً لقوا حتفهم."
    assert doc.outlet == "وكالة النهار"
    assert doc.published == datetime(2025, 3, 11, 8, 15, tzinfo=timezone(timedelta(hours=2)))
    assert doc.extra["id"] == "tag:alnahar.example,2025:9"


def test_xml_feed_in_windows_1256(tmp_path: Path) -> None:
    path = _write(tmp_path / "feed.xml", RSS.format(encoding="windows-1256"), "cp1256")
    titles = [doc.title for doc in documents(list(read_paths([path])))]
    assert titles[0] == "ارتفاع حصيلة انهيار مبنى الزيتون إلى 31 قتيلاً"


def test_xml_that_is_not_a_feed_is_bad(tmp_path: Path) -> None:
    path = _write(tmp_path / "sitemap.xml", '<?xml version="1.0"?><urlset><url/></urlset>')
    assert problems(list(read_paths([path]))) == [f"{path}: not an RSS or Atom feed"]


def test_empty_feed_file_is_bad(tmp_path: Path) -> None:
    path = _write(tmp_path / "feed.rss", "")
    items = list(read_paths([path, _write(tmp_path / "b.atom", ATOM)]))
    assert problems(items) == [f"{path}: empty file"]
    assert len(documents(items)) == 1


def test_a_utf8_feed_with_a_stray_byte_stays_arabic(tmp_path: Path) -> None:
    data = RSS.format(encoding="UTF-8").encode("utf-8").replace(b"<p>", b"<p>\xff", 1)
    path = tmp_path / "feed.xml"
    path.write_bytes(data)
    first = documents(list(read_paths([path])))[0]
    assert first.outlet == "شبكة الرصد الإخبارية"
    assert "ارتفع عدد القتلى إلى 31" in first.text


def test_a_feed_cut_short_keeps_its_entries_and_is_reported(tmp_path: Path) -> None:
    text = RSS.format(encoding="utf-8")
    path = _write(tmp_path / "feed.rss", text[: text.index("<item>", text.index("</item>"))])
    items = list(read_paths([path]))
    assert [d.title for d in documents(items)] == ["ارتفاع حصيلة انهيار مبنى الزيتون إلى 31 قتيلاً"]
    [problem] = problems(items)
    assert problem.startswith(f"{path}: malformed feed (")


def test_a_feed_s_outlet_is_its_title_less_its_section(tmp_path: Path) -> None:
    text = RSS.format(encoding="utf-8").replace(
        "شبكة الرصد الإخبارية", "العربية.نت - أخبار العالم العربي"
    )
    path = _write(tmp_path / "feed.rss", text)
    assert {d.outlet for d in documents(list(read_paths([path])))} == {"العربية.نت"}


def test_markup_escaped_twice_is_read_as_markup(tmp_path: Path) -> None:
    twice = RSS.replace(
        "<description>تتوقع هيئة الأرصاد هطول أمطار غزيرة يوم الخميس.</description>",
        "<description>&amp;lt;p&amp;gt;تتوقع هيئة الأرصاد هطول أمطار غزيرة يوم الخميس."
        "&amp;lt;/p&amp;gt;</description>",
    )
    path = _write(tmp_path / "feed.rss", twice.format(encoding="utf-8"))
    *_, last = documents(list(read_paths([path])))
    assert last.text == "تتوقع هيئة الأرصاد هطول أمطار غزيرة يوم الخميس."
