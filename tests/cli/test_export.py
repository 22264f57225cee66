"""``khabar export``: one row per article, JSONL or CSV, to stdout or a file."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.cli.support import SEED_000, SEEDS, run, seed_copies, store_seed_with_debris


def _seed_002_without_last_line() -> str:
    text = (SEEDS / "002_811bdf774ddb3adb.txt").read_text(encoding="utf-8")
    return text.rstrip().rsplit("\n", 1)[0].rstrip()


def test_jsonl_row_has_cleaned_text_and_debris_offsets(store_url: str) -> None:
    store_seed_with_debris(store_url)
    result = run("export", "--format", "jsonl", "--db", store_url)
    assert result.exit_code == 0
    (line,) = result.stdout.splitlines()
    row = json.loads(line)
    assert list(row) == [
        "id",
        "outlet",
        "url",
        "title",
        "published",
        "source",
        "text",
        "debris",
        "language",
    ]
    assert row["id"] == 1
    assert row["published"] == "2025-09-03T09:15:00+04:00"
    assert row["source"] == "seeds/002.txt"
    assert row["text"] == _seed_002_without_last_line()
    assert row["debris"] == [{"start": 2640, "end": 2647, "text": "شاركها."}]
    assert row["language"] == "ar"


def test_csv_debris_is_a_json_list_of_texts(store_url: str) -> None:
    store_seed_with_debris(store_url)
    result = run("export", "--format", "csv", "--db", store_url)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 1
    assert rows[0]["debris"] == '["شاركها."]'
    assert rows[0]["text"] == _seed_002_without_last_line()
    assert rows[0]["outlet"] == "skynews"


def test_output_file_and_one_row_per_article(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    (seed,) = seed_copies(tmp_path / "a", SEED_000)
    run("ingest", str(seed), "--db", db)
    run("ingest", str(seed), "--db", db, "--outlet", "bbc")  # a second source, same article
    target = tmp_path / "out.jsonl"
    result = run("export", "--format", "jsonl", "-o", str(target), "--db", db)
    assert result.exit_code == 0
    assert result.stdout == ""
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["outlet"]) for r in rows] == [(1, "000_75b14adfd6e8883b")]
    assert [d["text"] for d in rows[0]["debris"]][-1] == "أضف تعليق"


def test_format_is_required(tmp_path: Path) -> None:
    result = run("export", "--db", str(tmp_path / "k.db"))
    assert result.exit_code == 2
    assert "Missing option '--format'" in result.stderr
