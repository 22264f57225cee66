"""The analysis stages, in the order data flows through them.

Each stage is a small function that fills one part of an ``Analysis`` from the
parts filled before it; ``STAGES`` is the explicit order (never import order).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from khabar.extract.claims import find_claims
from khabar.extract.dates import find_dates
from khabar.extract.numbers import find_quantities
from khabar.model import Analysis

Stage = Callable[[Analysis], None]


def _dates(analysis: Analysis) -> None:
    analysis.dates = find_dates(analysis.text, analysis.published)


def _quantities(analysis: Analysis) -> None:
    """Figures, leaving out the day and year numbers that absolute dates already hold."""
    taken = [(d.start, d.end) for d in analysis.dates if not d.relative]
    analysis.quantities = find_quantities(analysis.text, skip=taken)


def _claims(analysis: Analysis) -> None:
    analysis.claims = find_claims(analysis)


STAGES: list[tuple[str, Stage]] = [
    ("dates", _dates),
    ("quantities", _quantities),
    ("claims", _claims),
]


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
