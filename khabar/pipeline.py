"""The analysis stages, in the order data flows through them.

Each stage is a small function that fills one part of an ``Analysis`` from the
parts filled before it; ``STAGES`` is the explicit order (never import order).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TypeVar

from khabar.extract.claims import find_claims
from khabar.extract.dates import find_dates
from khabar.extract.entities import resolve_mentions
from khabar.extract.known_names import find_known_names, merge_spans
from khabar.extract.ner import EntitySpan, tag
from khabar.extract.numbers import find_quantities
from khabar.model import Analysis, DateRef, Debris, Quantity
from khabar.text.debris import find_debris
from khabar.text.sentences import split_sentences

Stage = Callable[[Analysis], None]
_Spanned = TypeVar("_Spanned", DateRef, Quantity, EntitySpan)


def clean(analysis: Analysis) -> None:
    """Mark the page-debris lines of the text."""
    analysis.debris = find_debris(analysis.text)


def segment(analysis: Analysis) -> None:
    """Split what is not debris into sentences and headings."""
    analysis.sentences = split_sentences(analysis.text, analysis.debris)


def dates(analysis: Analysis) -> None:
    """Dates outside the debris, resolved against the publication date."""
    found = find_dates(analysis.text, analysis.published)
    analysis.dates = _outside_debris(found, analysis.debris)


def quantities(analysis: Analysis) -> None:
    """Figures outside the debris, less the day and year numbers of absolute dates."""
    taken = [(d.start, d.end) for d in analysis.dates if not d.relative]
    found = find_quantities(analysis.text, skip=taken)
    analysis.quantities = _outside_debris(found, analysis.debris)


def entities(analysis: Analysis) -> None:
    """Named entities outside the debris: the tagger's and the known names, spellings unified."""
    spans = merge_spans(tag(analysis.text), find_known_names(analysis.text))
    analysis.entities = resolve_mentions(analysis.text, _outside_debris(spans, analysis.debris))


def claims(analysis: Analysis) -> None:
    """Which figures are claims, cited to whom."""
    analysis.claims = find_claims(analysis)


def _outside_debris(items: list[_Spanned], debris: Sequence[Debris]) -> list[_Spanned]:
    """What page debris holds ("اقرأ أيضاً: مقتل 40 …") is not the article's."""
    if not debris:
        return items
    return [i for i in items if not any(d.start <= i.start < d.end for d in debris)]


STAGES: list[tuple[str, Stage]] = [
    ("clean", clean),
    ("segment", segment),
    ("dates", dates),
    ("quantities", quantities),
    ("entities", entities),
    ("claims", claims),
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
