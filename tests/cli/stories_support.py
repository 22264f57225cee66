"""Helpers for the run/stories/claims CLI tests: the seeds run into a store."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

from click.testing import Result

from tests.cli.support import run
from tests.shared_data import ANT, SEEDS

SEED_OUTLETS = ["000_75b14adfd6e8883b", "002_811bdf774ddb3adb"]


def run_seeds(store_url: str, *extra: str) -> Result:
    """``khabar run SEEDS EXTRA... --db STORE_URL`` (inline: the seeds are two texts)."""
    return run("run", str(SEEDS), *extra, "--db", store_url, "--workers", "1")


def json_of(*args: str) -> Any:
    result = run(*args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def sport_article(folder: Path) -> Path:
    """The first ANT sport article, written to ``folder`` as a .txt file."""
    with gzip.open(ANT, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["category"] == "sport":
                break
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "ant_sport.txt"
    path.write_text(f"{record['title']}\n\n{record['text']}\n", encoding="utf-8")
    return path


def article_ids(store_url: str, *outlets: str) -> list[int]:
    """The ids of the stored articles of ``outlets`` (PostgreSQL ids may have gaps)."""
    listed = json_of("articles", "--json", "--db", store_url)
    return [article["id"] for article in listed if article["outlet"] in outlets]


def dated_seeds(folder: Path) -> Path:
    """The seeds as a JSONL file with outlets and the publication date EXPECTED.md §6
    supposes (September 2025), so that "في يونيو الماضي" resolves."""
    path = folder / "seeds.jsonl"
    rows = [
        {"text": (SEEDS / f"{name}.txt").read_text(encoding="utf-8"), "outlet": outlet,
         "published": "2025-09-03T10:00:00+00:00"}
        for name, outlet in zip(SEED_OUTLETS, ("skynews", "alyaum"), strict=True)
    ]  # fmt: skip
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), "utf-8")
    return path
