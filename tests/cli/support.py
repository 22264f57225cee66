"""Helpers for the CLI tests: a runner, seed copies, articles put in a store."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

from click.testing import CliRunner, Result

from khabar.cli import main
from khabar.model import Analysis, Debris, Document, Sentence
from khabar.store import open_store
from tests.shared_data import SEEDS

SEED_000 = "000_75b14adfd6e8883b.txt"
SEED_002 = "002_811bdf774ddb3adb.txt"
HEADINGS = ("“واجب أخوي”", "شراكة استراتيجية")
ENGLISH = (
    "North Korean leader Kim Jong Un met Russian President Vladimir Putin in Beijing "
    "on Wednesday, on the sidelines of a military parade.\n"
)


def run(*args: str) -> Result:
    """``khabar ARGS...`` with stdout and stderr kept apart."""
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def seed_copies(folder: Path, *names: str) -> list[Path]:
    """The seed files copied into ``folder`` (their stems become the outlets)."""
    folder.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copy(SEEDS / name, folder / name)) for name in names]


def store_seed_with_debris(url: str) -> int:
    """Store seed 002 with its last line as debris and its sub-headings marked.

    The analysis is built here, not by the debris detector, so these tests do
    not depend on what the detector finds.
    """
    text = (SEEDS / SEED_002).read_text(encoding="utf-8")
    last = text.rstrip().rsplit("\n", 1)[1]
    end = text.rstrip().rindex(last) + len(last)
    headings = [text.index(h) for h in HEADINGS]
    analysis = Analysis(
        text=text,
        sentences=[
            Sentence(start, start + len(h), heading=True)
            for start, h in zip(headings, HEADINGS, strict=True)
        ],
        debris=[Debris(end - len(last), end, last)],
    )
    document = Document(
        text=text,
        source="seeds/002.txt",
        title="كيم جونج أون",
        outlet="skynews",
        url="https://www.skynewsarabia.com/world/1",
        published=datetime(2025, 9, 3, 9, 15, tzinfo=timezone(timedelta(hours=4))),
        language="ar",
    )
    with open_store(url) as store:
        return store.add(document, analysis).article_id
