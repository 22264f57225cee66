"""``khabar articles`` and ``khabar show``."""

from __future__ import annotations

import json
from pathlib import Path

from khabar.store import open_store
from tests.cli.support import (
    HEADINGS,
    SEED_000,
    SEED_002,
    run,
    seed_copies,
    store_seed_with_debris,
)
from tests.shared_data import SEEDS


def test_articles_json_lists_each_article(store_url: str) -> None:
    store_seed_with_debris(store_url)
    result = run("articles", "--db", store_url, "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [
        {
            "id": 1,
            "outlet": "skynews",
            "url": "https://www.skynewsarabia.com/world/1",
            "title": "كيم جونج أون",
            "published": "2025-09-03T09:15:00+04:00",
            "source": "seeds/002.txt",
            "language": "ar",
            "sources": 1,
        }
    ]


def test_articles_table_shows_id_outlet_title_and_language(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    run("ingest", *map(str, seed_copies(tmp_path, SEED_000)), "--db", db)
    result = run("articles", "--db", db)
    assert result.exit_code == 0
    header = result.stdout.splitlines()[1]
    assert [cell.strip() for cell in header.strip("┃").split("┃")] == [
        "id",
        "outlet",
        "published",
        "title",
        "language",
    ]
    assert "000_75b14adfd6e8883b" in result.stdout
    assert "بوتين يشكر كيم" in result.stdout


def test_articles_filter_by_outlet_and_dates(store_url: str) -> None:
    store_seed_with_debris(store_url)
    assert _ids(run("articles", "--db", store_url, "--json", "--outlet", "bbc").stdout) == []
    assert _ids(run("articles", "--db", store_url, "--json", "--since", "2025-09-03").stdout) == [1]
    assert _ids(run("articles", "--db", store_url, "--json", "--since", "2025-09-04").stdout) == []
    # --until DATE includes that whole day; 09:15 +04:00 is 05:15 UTC on 3 September.
    assert _ids(run("articles", "--db", store_url, "--json", "--until", "2025-09-03").stdout) == [1]
    assert _ids(run("articles", "--db", store_url, "--json", "--until", "2025-09-02").stdout) == []


def _ids(output: str) -> list[int]:
    return [item["id"] for item in json.loads(output)]


def test_show_prints_metadata_clean_text_with_headings_then_debris(store_url: str) -> None:
    article_id = store_seed_with_debris(store_url)
    result = run("show", str(article_id), "--db", store_url)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[:5] == [
        "id: 1",
        "title: كيم جونج أون",
        "language: ar",
        "source: skynews https://www.skynewsarabia.com/world/1 seeds/002.txt "
        "(2025-09-03T09:15:00+04:00)",
        "",
    ]
    assert lines[5].startswith("تفقد\u00a0زعيم كوريا الشمالية كيم جونج أون")
    assert [line for line in lines if line.startswith("## ")] == [f"## {h}" for h in HEADINGS]
    assert lines[-3:] == ["", "Removed debris:", "  [2640:2647] شاركها."]
    assert "شاركها." not in lines[:-1]


def test_show_without_debris_says_none(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    text = (SEEDS / SEED_002).read_text(encoding="utf-8").rstrip().rsplit("\n", 1)[0]
    (tmp_path / "clean.txt").write_text(text, encoding="utf-8")
    run("ingest", str(tmp_path / "clean.txt"), "--db", db)
    result = run("show", "1", "--db", db)
    assert result.stdout.endswith("\nRemoved debris: none\n")


def test_show_unknown_id_is_an_error(store_url: str) -> None:
    open_store(store_url).close()
    result = run("show", "42", "--db", store_url)
    assert result.exit_code == 1
    assert result.stderr == "Error: no article with id 42\n"


def test_show_id_must_be_a_number(tmp_path: Path) -> None:
    result = run("show", "abc", "--db", str(tmp_path / "k.db"))
    assert result.exit_code == 2
    assert "'abc' is not a valid integer" in result.stderr


def test_a_database_that_does_not_exist_is_an_error_not_an_empty_one(tmp_path: Path) -> None:
    missing = tmp_path / "typo.bd"
    result = run("articles", "--db", str(missing))
    assert result.exit_code == 1
    assert f"no khabar database at {missing}" in result.stderr
    assert not missing.exists()


def test_export_to_a_folder_that_does_not_exist_is_a_clear_error(tmp_path: Path) -> None:
    db = str(tmp_path / "k.db")
    open_store(db).close()
    result = run("export", "--format", "csv", "-o", str(tmp_path / "no" / "x.csv"), "--db", db)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: cannot write {tmp_path / 'no' / 'x.csv'}")
