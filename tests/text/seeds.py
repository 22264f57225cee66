"""The seed scrapes of ../shared/seeds and their expected facts, for tests."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from tests.shared_data import SEEDS


@cache
def expected() -> dict[str, Any]:
    """The parsed ``expected.json``."""
    return json.loads((SEEDS / "expected.json").read_text(encoding="utf-8"))


def seed_text(name: str) -> str:
    """The text of one seed file, exactly as stored."""
    return (SEEDS / name).read_text(encoding="utf-8")
