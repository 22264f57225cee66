"""``khabar ingest``: summaries, failures, exit codes, and surviving a kill."""

from __future__ import annotations

import gzip
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text

from khabar.cli import main
from khabar.model import Analysis, Debris
from khabar.store import open_store
from tests.cli.support import ENGLISH, SEED_000, SEED_002, run, seed_copies
from tests.shared_data import ANT

# Enough ANT articles that the kill lands mid-way (~3 s of ingest on this machine).
ARTICLES = 2000


def test_ingest_seeds(tmp_path: Path, store_url: str) -> None:
    paths = seed_copies(tmp_path / "in", SEED_000, SEED_002)
    result = run("ingest", *map(str, paths), "--db", store_url)
    assert result.exit_code == 0
    assert result.stdout == "ingested 2 new articles, 0 failed\n"
    assert result.stderr == ""
    with open_store(store_url) as store:
        assert [(a.outlet, a.language) for a in store.articles()] == [
            ("000_75b14adfd6e8883b", "ar"),
            ("002_811bdf774ddb3adb", "ar"),
        ]


def test_reingest_adds_nothing(tmp_path: Path, store_url: str) -> None:
    folder = tmp_path / "in"
    seed_copies(folder, SEED_000, SEED_002)
    run("ingest", str(folder), "--db", store_url)
    again = run("ingest", str(folder), "--db", store_url)
    assert again.exit_code == 0
    assert again.stdout == "ingested 0 new articles, 0 failed, 2 already stored\n"
    with open_store(store_url) as store:
        assert store.counts().articles == 2
        assert store.counts().sources == 2


def test_same_text_from_another_outlet_is_a_new_source(tmp_path: Path, store_url: str) -> None:
    (first,) = seed_copies(tmp_path / "a", SEED_000)
    run("ingest", str(first), "--db", store_url)
    result = run("ingest", str(first), "--db", store_url, "--outlet", "skynews")
    assert result.stdout == "ingested 0 new articles, 1 new source of stored articles, 0 failed\n"
    with open_store(store_url) as store:
        stored = store.get(1)
        assert stored is not None
        assert [s.outlet for s in stored.sources] == ["000_75b14adfd6e8883b", "skynews"]


def test_bad_inputs_are_listed_and_exit_1(tmp_path: Path) -> None:
    (good,) = seed_copies(tmp_path, SEED_000)
    missing = tmp_path / "missing.txt"
    result = run("ingest", str(good), str(missing), "--db", str(tmp_path / "k.db"))
    assert result.exit_code == 1
    assert result.stderr == f"{missing}: no such file\n"
    assert result.stdout == "ingested 1 new article, 1 failed\n"


def test_bad_jsonl_line_is_named_with_its_line_number(tmp_path: Path) -> None:
    with gzip.open(ANT, "rt", encoding="utf-8") as lines:
        record = next(lines)
    feed = tmp_path / "ant.jsonl"
    feed.write_text(record + "{broken\n", encoding="utf-8")
    result = run("ingest", str(feed), "--db", str(tmp_path / "k.db"))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{feed}:2: ")
    assert result.stdout == "ingested 1 new article, 1 failed\n"


def test_non_arabic_article_is_reported_and_skipped(tmp_path: Path) -> None:
    english = tmp_path / "reuters.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    (seed,) = seed_copies(tmp_path, SEED_002)
    result = run("ingest", str(english), str(seed), "--db", str(tmp_path / "k.db"))
    assert result.exit_code == 1
    assert result.stderr == f"{english}: not Arabic text (English): khabar analyses Arabic news\n"
    with open_store(str(tmp_path / "k.db")) as store:
        assert [a.language for a in store.articles()] == ["ar"]


def test_published_applies_to_inputs_without_a_date(tmp_path: Path) -> None:
    (seed,) = seed_copies(tmp_path, SEED_002)
    run("ingest", str(seed), "--db", str(tmp_path / "k.db"), "--published", "2025-09-03")
    with open_store(str(tmp_path / "k.db")) as store:
        assert [a.published for a in store.articles()] == [datetime(2025, 9, 3)]


def test_bad_published_is_a_usage_error(tmp_path: Path) -> None:
    (seed,) = seed_copies(tmp_path, SEED_002)
    result = run("ingest", str(seed), "--published", "3/9/2025", "--db", str(tmp_path / "k.db"))
    assert result.exit_code == 2
    assert (
        "Invalid value for '--published': '3/9/2025' is not a date: use YYYY-MM-DD "
        "or an ISO datetime such as 2025-09-03T10:00:00+03:00" in result.stderr
    )


def test_database_that_cannot_be_opened_is_one_clear_line(tmp_path: Path) -> None:
    (seed,) = seed_copies(tmp_path, SEED_002)
    db = tmp_path / "no" / "k.db"
    result = run("ingest", str(seed), "--db", str(db))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: cannot open database URL sqlite:///{db}: unable to open database file "
        "(set --db or KHABAR_DB)\n"
    )


def test_db_comes_from_khabar_db(tmp_path: Path) -> None:
    (seed,) = seed_copies(tmp_path, SEED_002)
    db = tmp_path / "env.db"
    result = CliRunner().invoke(main, ["ingest", str(seed)], env={"KHABAR_DB": str(db)})
    assert result.exit_code == 0
    with open_store(str(db)) as store:
        assert store.counts().articles == 1


def _articles_in(db: Path) -> int:
    if not db.exists():
        return 0
    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT count(*) FROM articles")).scalar_one()
    except Exception:  # the tables may not exist yet
        return 0
    finally:
        engine.dispose()


@pytest.mark.slow
def test_killed_ingest_loses_nothing_and_rerun_stores_each_article_once(tmp_path: Path) -> None:
    feed = tmp_path / "ant.jsonl"
    with gzip.open(ANT, "rt", encoding="utf-8") as lines, feed.open("w") as out:
        for number, line in enumerate(lines):
            if number == ARTICLES:
                break
            out.write(line)
    db = tmp_path / "k.db"
    command = [sys.executable, "-m", "khabar", "ingest", str(feed), "--db", str(db)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while _articles_in(db) < 20 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "ingest finished before it could be killed"
    stored = _articles_in(db)
    assert stored >= 20
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    with open_store(str(db)) as store:
        counts = store.counts()
        assert counts.sources == ARTICLES
        with store.engine.connect() as connection:
            orphans = connection.execute(
                text(
                    "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM sources)"
                )
            ).scalar_one()
    assert orphans == 0
    assert f"ingested {counts.articles - stored} new articles" in result.stdout


def test_ingest_runs_only_the_clean_and_segment_stages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[str] = []

    def clean(batch: Sequence[Analysis]) -> None:
        ran.append("clean")
        for analysis in batch:
            start = analysis.text.rindex("شاركها.")
            analysis.debris.append(Debris(start, start + len("شاركها."), "شاركها."))

    def segment(batch: Sequence[Analysis]) -> None:
        ran.append("segment")

    def numbers(batch: Sequence[Analysis]) -> None:
        ran.append("numbers")

    stages = [("clean", clean), ("segment", segment), ("numbers", numbers)]
    # The analysis runs in khabar.runner (inline for a batch this small).
    monkeypatch.setattr(sys.modules["khabar.runner"], "STAGES", stages)
    db = str(tmp_path / "k.db")
    run("ingest", *map(str, seed_copies(tmp_path, SEED_002)), "--db", db)
    assert ran == ["clean", "segment"]
    with open_store(db) as store:
        stored = store.get(1)
    assert stored is not None
    assert [d.text for d in stored.debris] == ["شاركها."]
    assert stored.clean_text.endswith(
        "لـ”روسيا قوية من أجل الحفاظ على الاستقرار والتوازن في العالم”."
    )
