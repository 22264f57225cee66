"""The analysis stages, in the order data flows through them.

Each stage is a small function that fills one part of the ``Analysis`` of each
text of a batch from the parts filled before it; ``STAGES`` is the explicit
order (never import order).  Stages take a batch because the statistical ones
(page debris, named entities) score all its lines or sentences in a few array
operations, much faster than text by text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TypeVar

from khabar.extract.claims import find_claims
from khabar.extract.dates import find_dates
from khabar.extract.entities import resolve_mentions
from khabar.extract.institutions import find_institutions
from khabar.extract.known_names import find_echoes, find_known_names, merge_spans
from khabar.extract.ner import EntitySpan, tag_many
from khabar.extract.numbers import find_quantities
from khabar.model import Analysis, DateRef, Debris, Quantity
from khabar.text.debris import find_debris_many
from khabar.text.sentences import split_sentences

Stage = Callable[[Sequence[Analysis]], None]
_Spanned = TypeVar("_Spanned", DateRef, Quantity, EntitySpan)


def clean(batch: Sequence[Analysis]) -> None:
    """Mark the page-debris lines of each text."""
    for analysis, debris in zip(batch, find_debris_many([a.text for a in batch]), strict=True):
        analysis.debris = debris


def segment(batch: Sequence[Analysis]) -> None:
    """Split what is not debris into sentences and headings."""
    for analysis in batch:
        analysis.sentences = split_sentences(analysis.text, analysis.debris)


def dates(batch: Sequence[Analysis]) -> None:
    """Dates outside the debris, resolved against the publication date."""
    for analysis in batch:
        found = find_dates(analysis.text, analysis.published)
        analysis.dates = _outside_debris(found, analysis.debris)


def quantities(batch: Sequence[Analysis]) -> None:
    """Figures outside the debris, less the day and year numbers of absolute dates."""
    for analysis in batch:
        taken = [(d.start, d.end) for d in analysis.dates if not d.relative]
        found = find_quantities(analysis.text, skip=taken)
        analysis.quantities = _outside_debris(found, analysis.debris)


def entities(batch: Sequence[Analysis]) -> None:
    """Named entities outside the debris: the tagger's, the known names and the institutions
    named by their kind, spellings unified."""
    for analysis, tagged in zip(batch, tag_many([a.text for a in batch]), strict=True):
        known = find_known_names(analysis.text)
        known = merge_spans(find_institutions(analysis.text, known), known)
        spans = merge_spans(tagged, known)
        spans = sorted([*spans, *find_echoes(analysis.text, spans)], key=lambda s: s.start)
        analysis.entities = resolve_mentions(analysis.text, _outside_debris(spans, analysis.debris))


def claims(batch: Sequence[Analysis]) -> None:
    """Which figures are claims, cited to whom."""
    for analysis in batch:
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
    return analyze_many([(text, published)], stages=stages)[0]


def analyze_many(
    texts: Sequence[tuple[str, datetime | None]],
    *,
    stages: Sequence[tuple[str, Stage]] | None = None,
) -> list[Analysis]:
    """``analyze`` of each ``(text, published)``, every stage running on the whole batch."""
    batch = [Analysis(text=text, published=published) for text, published in texts]
    for _name, stage in STAGES if stages is None else stages:
        stage(batch)
    return batch
