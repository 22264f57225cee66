"""``khabar report``: a story written as an HTML page.

``khabar.stories.ledger`` is replaced here by a stand-in returning the seed
ledger, so these tests check the command itself: the file it writes, the
articles it fills in from the store, and the error for an unknown story.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest

from khabar.store import open_store
from tests.cli.support import run, store_seed_with_debris
from tests.report.seed_ledger import seed_ledger


@pytest.fixture
def ledger(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The seed ledger served as story 1, its articles given as ids like the store does."""
    served = seed_ledger() | {"articles": [1]}

    def story_ledger(store: Any, story_id: int) -> dict[str, Any]:
        if story_id != served["id"]:
            raise LookupError(f"no story with id {story_id}")
        return dict(served)

    stand_in = types.SimpleNamespace(story_ledger=story_ledger)
    monkeypatch.setitem(sys.modules, "khabar.stories.ledger", stand_in)
    return served


def test_report_writes_the_page(ledger: dict[str, Any], tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'k.db'}"
    store_seed_with_debris(db)
    out = tmp_path / "story.html"
    result = run("report", "1", "-o", str(out), "--db", db)
    assert result.exit_code == 0
    assert result.stderr == f"wrote {out}\n"
    page = out.read_text(encoding="utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">')
    assert page.count('<tr id="claim-') == len(ledger["claims"])


def test_report_fills_in_articles_from_the_store(ledger: dict[str, Any], tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'k.db'}"
    store_seed_with_debris(db)
    out = tmp_path / "story.html"
    run("report", "1", "-o", str(out), "--db", db)
    articles = out.read_text(encoding="utf-8").split('id="articles"')[1].split("</section>")[0]
    assert '<a href="https://www.skynewsarabia.com/world/1"' in articles
    assert "كيم جونج أون</a>" in articles
    assert "<bdi>skynews</bdi>" in articles
    assert "3 سبتمبر 2025" in articles


def test_report_of_unknown_story_fails_clearly(ledger: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "story.html"
    open_store(str(tmp_path / "k.db")).close()
    result = run("report", "7", "-o", str(out), "--db", str(tmp_path / "k.db"))
    assert result.exit_code == 1
    assert result.stderr == "Error: no story with id 7 in this database\n"
    assert not out.exists()


def test_report_needs_an_output_file() -> None:
    result = run("report", "1")
    assert result.exit_code == 2
    assert "Missing option '-o' / '--output'" in result.stderr
