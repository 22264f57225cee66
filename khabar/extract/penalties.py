"""The penalty a court gave the people a figure counts: life, death, or a prison term.

A verdict sentences its defendants in tiers ("بالسجن المؤبد لـ5 متهمين، والسجن المشدد 15
عاما لـ9 آخرين"); each tier's count is a figure of its own, to be compared only with the
same tier in another outlet's report of the verdict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from khabar.model import Quantity

# "بالسجن", "والحبس", "المؤبد", "بإعدام": what kind of penalty a phrase opens.
_PENALTY = re.compile(r"(?<!\w)(?:[وف]?[بل]?)(?:ال)?(سجن|حبس|مؤبد|[اإ]عدام)(?!\w)")
# The penalty after the counted people: "5 متهمين بالسجن المؤبد", "و9 بالسجن المشدد".
_PENALTY_AFTER = re.compile(r"(?:\s+[^\s\d،,؛.]+){0,3}?\s+ب(?:ال)?(?:سجن|حبس|مؤبد|[اإ]عدام)(?!\w)")
# What may stand between a prison penalty and its term: "السجن المشدد لمدة 15 عاما".
_TERM_GAP = re.compile(r"(?:\s+(?:ال)?(?:مشدد|لمده|لمدة|مدة|مده))*\s+$")
# A term written right before the people it befell: "و10 سنوات لـ6 متهمين".
_FOR_THEM = re.compile(r"\s*(?:لـ?|بحق|على)\s*")
_SEGMENT_EDGE = re.compile(r"[،,؛]")
_DURATIONS = {"year": ("سنة", "سنتين", "سنوات"), "month": ("شهرا", "شهرين", "أشهر")}
_LIFE, _DEATH = "السجن المؤبد", "الإعدام"


def penalty(
    text: str, quantity: Quantity, quantities: Sequence[Quantity], start: int
) -> str | None:
    """The penalty of the people ``quantity`` counts, read in its sentence from ``start``:
    written after them ("5 متهمين بالسجن المؤبد"), else the last one before them in their
    part of the sentence ("بالسجن المؤبد لـ5", "والسجن 10 سنوات لـ6"); None when the
    sentence gives none, or prison without its term."""
    terms = [other for other in quantities if other.unit in _DURATIONS]
    after = _PENALTY_AFTER.match(text, quantity.end)
    if after is not None:
        return _term(text, _PENALTY.search(text, after.start(), after.end()), terms)
    edges = [edge.end() for edge in _SEGMENT_EDGE.finditer(text, start, quantity.start)]
    segment = edges[-1] if edges else start
    before = [term for term in terms if segment <= term.start and term.end <= quantity.start]
    if before and _FOR_THEM.fullmatch(text, before[-1].end, quantity.start):
        return _prison(before[-1])
    penalties = list(_PENALTY.finditer(text, segment, quantity.start))
    found = _term(text, penalties[-1], terms) if penalties else None
    if found is None and penalties:  # "وسجن 7 آخرين 10 سنوات": the term after them
        later = [term for term in terms if quantity.end < term.start <= quantity.end + 12]
        return _prison(later[0]) if later else None
    return found


def _term(text: str, found: re.Match[str] | None, terms: Sequence[Quantity]) -> str | None:
    """The penalty a phrase opens: life, death, or prison with the term written after it."""
    if found is None:
        return None
    kind = found.group(1)
    if kind == "مؤبد" or text.startswith("المؤبد", found.end() + 1):
        return _LIFE
    if kind.endswith("عدام"):
        return _DEATH
    for term in terms:
        if term.start > found.end() and _TERM_GAP.fullmatch(text, found.end(), term.start):
            return _prison(term)
    return None


def _prison(term: Quantity) -> str:
    """A prison term in words that read the same whatever the outlet wrote: "السجن 15 سنة"."""
    one, two, few = _DURATIONS[term.unit or "year"]
    value = term.value or 0
    if value == 2:
        return f"السجن {two}"
    return f"السجن {value:g} {few if 3 <= value <= 10 else one}"
