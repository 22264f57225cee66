"""JSON Lines through ``read_paths``: ANT and SaudiNewsNet as they are, field
aliases, embedded HTML, and one BadInput per bad line."""

from __future__ import annotations

import gzip
import itertools
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from khabar.errors import BadInput
from khabar.ingest import read_paths
from khabar.model import Document
from tests.ingest.support import documents, problems
from tests.shared_data import ANT, SAUDINEWSNET

ARTICLE = "قال المتحدث باسم الدفاع المدني إن 23 شخصاً على الأقل لقوا حتفهم في الانهيار."


def _real_lines(path: Path, count: int) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return list(itertools.islice(handle, count))


def _write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line if line.endswith("\n") else line + "\n" for line in lines))
    return path


def test_ant_lines_read_as_they_are(tmp_path: Path) -> None:
    lines = _real_lines(ANT, 3)
    path = _write_lines(tmp_path / "ant.jsonl", lines)
    docs = list(read_paths([path]))
    assert len(docs) == 3
    first, record = docs[0], json.loads(lines[0])
    assert isinstance(first, Document)
    assert first.text == record["text"]
    assert (first.outlet, first.url, first.title) == (
        record["outlet"],
        record["url"],
        record["title"],
    )
    assert first.published == datetime.fromisoformat(record["published"])
    assert first.published is not None and first.published.utcoffset() is not None
    assert set(first.extra) == {"id", "category", "author", "abstract"}
    assert first.source == f"{path}:1"
    assert first.fmt == "jsonl"
    assert first.language == "ar"


def test_gzipped_ant_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "ant.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.writelines(_real_lines(ANT, 2))
    assert [doc.source for doc in documents(list(read_paths([path])))] == [
        f"{path}:1",
        f"{path}:2",
    ]


def test_saudinewsnet_extracted_is_not_a_publication_date(tmp_path: Path) -> None:
    [line] = _real_lines(SAUDINEWSNET, 1)
    [doc] = read_paths([_write_lines(tmp_path / "snn.jsonl", [line])])
    assert isinstance(doc, Document)
    record = json.loads(line)
    assert doc.published is None
    assert doc.extra["extracted"] == record["extracted"]
    assert doc.outlet == record["outlet"]


def test_field_aliases(tmp_path: Path) -> None:
    record = {
        "body": ARTICLE,
        "site": "وكالة النهار",
        "link": "https://alnahar.example/a/9",
        "pubDate": "Tue, 11 Mar 2025 08:15:00 +0200",
        "headline": "23 قتيلاً في انهيار مبنى",
    }
    [doc] = read_paths([_write_lines(tmp_path / "a.jsonl", [json.dumps(record)])])
    assert isinstance(doc, Document)
    assert (doc.text, doc.outlet, doc.url, doc.title) == (
        ARTICLE,
        "وكالة النهار",
        "https://alnahar.example/a/9",
        "23 قتيلاً في انهيار مبنى",
    )
    assert doc.published == datetime(2025, 3, 11, 8, 15, tzinfo=timezone(timedelta(hours=2)))


def test_more_field_aliases_and_a_title_from_the_text_head(tmp_path: Path) -> None:
    """NewsAPI's "publishedAt", a scraper's "newspaper" and "datetime"; with no title
    field, the first line of the text when it reads as a headline (as for .txt)."""
    lines = [
        {"content": ARTICLE, "publishedAt": "2025-03-11T06:15:00Z", "newspaper": "النهار"},
        {"text": "انهيار مبنى في حي الزيتون\n" + ARTICLE, "datetime": "11/03/2025"},
    ]
    path = _write_lines(tmp_path / "a.jsonl", [json.dumps(line) for line in lines])
    first, second = read_paths([path])
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.outlet, first.published) == ("النهار", datetime(2025, 3, 11, 6, 15, tzinfo=UTC))
    assert (second.title, second.published) == (
        "انهيار مبنى في حي الزيتون",
        datetime(2025, 3, 11, tzinfo=UTC),
    )


def test_source_object_gives_its_name(tmp_path: Path) -> None:
    record = {"content": ARTICLE, "source": {"id": "nahar", "name": "وكالة النهار"}}
    [doc] = read_paths([_write_lines(tmp_path / "a.jsonl", [json.dumps(record)])])
    assert isinstance(doc, Document)
    assert doc.outlet == "وكالة النهار"


def test_unparsable_date_is_kept_in_extra(tmp_path: Path) -> None:
    record = {"text": ARTICLE, "date": "الثلاثاء الماضي"}
    [doc] = read_paths([_write_lines(tmp_path / "a.jsonl", [json.dumps(record)])])
    assert isinstance(doc, Document)
    assert doc.published is None
    assert doc.extra == {"published_raw": "الثلاثاء الماضي"}


def test_line_with_html_only_is_extracted(tmp_path: Path) -> None:
    html = f"<html><body><nav>الرئيسية</nav><article><p>{ARTICLE}</p></article></body></html>"
    record = {"html": html, "url": "https://alnahar.example/a/9", "outlet": "وكالة النهار"}
    [doc] = read_paths([_write_lines(tmp_path / "a.jsonl", [json.dumps(record)])])
    assert isinstance(doc, Document)
    assert doc.text.endswith(ARTICLE)
    assert doc.html == html
    assert doc.outlet == "وكالة النهار"


def test_line_without_outlet_names_the_url_host(tmp_path: Path) -> None:
    record = {"text": ARTICLE, "url": "https://www.alnahar.example/a/9"}
    [doc] = read_paths([_write_lines(tmp_path / "a.jsonl", [json.dumps(record)])])
    assert isinstance(doc, Document)
    assert doc.outlet == "alnahar.example"


def test_bad_lines_are_reported_with_their_number_and_batch_continues(tmp_path: Path) -> None:
    good = json.dumps({"text": ARTICLE})
    lines = [good, "{not json", good, "", json.dumps({"text": "  "}), "[1, 2]", good]
    path = _write_lines(tmp_path / "mixed.jsonl", lines)
    items = list(read_paths([path]))
    assert problems(items) == [
        f"{path}:2: not valid JSON: Expecting property name enclosed in double quotes (column 2)",
        f"{path}:5: empty article text",
        f"{path}:6: not a JSON object",
    ]
    assert [doc.source for doc in documents(items)] == [f"{path}:1", f"{path}:3", f"{path}:7"]


def test_bad_line_number_is_on_the_badinput(tmp_path: Path) -> None:
    path = _write_lines(tmp_path / "a.jsonl", [json.dumps({"text": ARTICLE})] * 6 + ["oops"])
    bad = [item for item in read_paths([path]) if isinstance(item, BadInput)]
    assert [(item.source, item.line, item.problem) for item in bad] == [
        (str(path), 7, "not valid JSON: Expecting value (column 1)")
    ]


def test_line_that_is_not_utf8_is_bad(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(json.dumps({"text": ARTICLE}, ensure_ascii=False).encode("cp1256") + b"\n")
    assert problems(list(read_paths([path]))) == [f"{path}:1: not valid UTF-8"]


def test_utf8_bom_and_utf16_files_are_read(tmp_path: Path) -> None:
    line = json.dumps({"text": ARTICLE}, ensure_ascii=False) + "\n"
    (tmp_path / "a.jsonl").write_bytes(line.encode("utf-8-sig"))
    (tmp_path / "b.jsonl").write_bytes((line * 2).encode("utf-16"))
    assert [doc.text for doc in documents(list(read_paths([tmp_path])))] == [ARTICLE] * 3


def test_broken_gzip_is_bad(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(b"this is not gzip")
    assert problems(list(read_paths([path]))) == [f"{path}: not a gzip file"]


def test_empty_jsonl_gives_nothing(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"")
    assert list(read_paths([path])) == []


def test_unpaired_surrogate_escapes_become_replacement_characters(tmp_path: Path) -> None:
    broken = ARTICLE.replace("الدفاع", "الدفاع \\ud83d")  # half of an emoji's escape
    paired = ARTICLE + " \\ud83d\\ude00"  # a whole emoji stays
    lines = [f'{{"text": "{broken}", "title": "\\udc00عنوان"}}', f'{{"text": "{paired}"}}']
    path = _write_lines(tmp_path / "surrogates.jsonl", lines)
    first, second = documents(list(read_paths([path])))
    assert first.text == ARTICLE.replace("الدفاع", "الدفاع \ufffd")
    assert first.title == "\ufffdعنوان"
    assert second.text == ARTICLE + " \U0001f600"
    first.text.encode("utf-8")  # storable
