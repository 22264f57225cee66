"""The analysis stages, in the order data flows through them.

Each stage is a small function that fills one part of an ``Analysis`` from the
parts filled before it; ``STAGES`` is the explicit order (never import order).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from khabar.model import Analysis

Stage = Callable[[Analysis], None]

STAGES: list[tuple[str, Stage]] = []


def analyze(
    text: str,
    published: datetime | None = None,
    *,
    stages: Sequence[tuple[str, Stage]] | None = None,
) -> Analysis:
    """Run every stage on ``text``; offsets in the result index ``text`` as given."""
    analysis = Analysis(text=text, published=published)
    for _name, stage in STAGES if stages is None else stages:
        stage(analysis)
    return analysis
