"""Web archives through ``read_paths``: HTML responses become Documents."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from khabar.ingest import read_paths
from tests.ingest.support import documents, problems

PAGE = """<html><head><meta property="og:site_name" content="صحيفة الأفق">
<meta property="article:published_time" content="2025-03-11T09:30:00+03:00">
<title>ارتفاع عدد ضحايا انهيار مبنى الزيتون</title></head><body>
<nav><a href="/">الرئيسية</a></nav><article><h1>ارتفاع عدد ضحايا انهيار مبنى الزيتون</h1>
<p>أعلنت وزارة الصحة، أمس الثلاثاء، ارتفاع عدد ضحايا انهيار المبنى السكني في حي الزيتون
إلى 31 شخصاً، فيما لا تزال فرق الإنقاذ تبحث عن مفقودين تحت الأنقاض.</p>
<p>وقال المتحدث باسم الوزارة إن 12 مصاباً ما زالوا في المستشفيات.</p></article></body></html>
"""
UNDATED = PAGE.replace(
    '<meta property="article:published_time" content="2025-03-11T09:30:00+03:00">', ""
)
URL = "https://alofoq.example/news/1"


def _record(writer: WARCWriter, url: str, body: bytes, content_type: str, status: str) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=headers
    )
    writer.write_record(record)


def _archive(path: Path, gzip: bool = True) -> Path:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        _record(writer, URL, PAGE.encode("utf-8"), "text/html; charset=utf-8", "200 OK")
        _record(writer, "https://alofoq.example/logo.png", b"\x89PNG", "image/png", "200 OK")
        _record(writer, "https://alofoq.example/old", b"", "text/html", "301 Moved Permanently")
        _record(
            writer,
            "https://alofoq.example/ad",
            b"<html><body></body></html>",
            "text/html",
            "200 OK",
        )
        page = UNDATED.encode("cp1256")
        _record(writer, URL + "?p=2", page, "text/html; charset=windows-1256", "200 OK")
    return path


def test_html_responses_become_documents(tmp_path: Path) -> None:
    path = _archive(tmp_path / "crawl.warc.gz")
    first, second = documents(list(read_paths([path])))
    assert first.source == f"{path}#1"
    assert first.url == URL
    assert first.outlet == "صحيفة الأفق"
    assert first.fmt == "warc"
    assert first.published == datetime(2025, 3, 11, 9, 30, tzinfo=timezone(timedelta(hours=3)))
    assert "ارتفاع عدد ضحايا انهيار المبنى السكني" in first.text
    assert first.html is not None and first.html.startswith("<html>")
    assert second.text == first.text


def test_warc_date_is_not_the_publication_date(tmp_path: Path) -> None:
    path = _archive(tmp_path / "crawl.warc")
    docs = documents(list(read_paths([path])))
    undated = docs[1]
    assert undated.published is None
    assert undated.extra["warc_date"].startswith(str(datetime.now(UTC).year))


def test_page_without_text_is_bad_and_archive_continues(tmp_path: Path) -> None:
    path = _archive(tmp_path / "crawl.warc.gz", gzip=True)
    items = list(read_paths([path]))
    assert problems(items) == [f"{path}#4: no article text found"]
    assert len(documents(items)) == 2


def test_file_that_is_not_warc_is_bad(tmp_path: Path) -> None:
    path = tmp_path / "x.warc"
    path.write_text("hello\n")
    [problem] = problems(list(read_paths([path])))
    assert problem.startswith(f"{path}: not a WARC file: ")


def test_a_compressed_archive_cut_short_is_reported(tmp_path: Path) -> None:
    whole = _archive(tmp_path / "whole.warc.gz")
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole.read_bytes()[:-11])
    assert problems(list(read_paths([cut]))) == [
        f"{cut}: archive cut short: its last records are missing or incomplete"
    ]
    assert not any("cut short" in problem for problem in problems(list(read_paths([whole]))))
