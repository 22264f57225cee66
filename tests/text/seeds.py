"""The seed scrapes of /work/shared/seeds and their expected facts, for tests."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve()
SEEDS = next(
    (base / "shared" / "seeds" for base in _HERE.parents if (base / "shared" / "seeds").is_dir()),
    Path("/work/shared/seeds"),
)


@cache
def expected() -> dict[str, Any]:
    """The parsed ``expected.json``."""
    return json.loads((SEEDS / "expected.json").read_text(encoding="utf-8"))


def seed_text(name: str) -> str:
    """The text of one seed file, exactly as stored."""
    return (SEEDS / name).read_text(encoding="utf-8")
