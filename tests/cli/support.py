"""Helpers for the CLI tests: a runner, seed copies, articles put in a store."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner, Result

from khabar.cli import main

SEEDS = Path("/work/shared/seeds")
ANT = Path("/work/shared/data/ant/ant-v2.1.jsonl.gz")

SEED_000 = "000_75b14adfd6e8883b.txt"
SEED_002 = "002_811bdf774ddb3adb.txt"
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
