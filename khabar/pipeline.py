"""The analysis stages, in the order data flows through them.

Each stage is a small function that fills one part of an ``Analysis`` from the
parts filled before it; ``STAGES`` is the explicit order (never import order).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from khabar.model import Analysis
from khabar.text.debris import find_debris
from khabar.text.sentences import split_sentences

Stage = Callable[[Analysis], None]


def clean(analysis: Analysis) -> None:
    """Mark the page-debris lines of the text."""
    analysis.debris = find_debris(analysis.text)


def segment(analysis: Analysis) -> None:
    """Split what is not debris into sentences and headings."""
    analysis.sentences = split_sentences(analysis.text, analysis.debris)


STAGES: list[tuple[str, Stage]] = [
    ("clean", clean),
    ("segment", segment),
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
