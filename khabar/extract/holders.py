"""Who holds the seats a figure counts: "حصل ائتلاف السوداني على 46 مقعداً، يليه «تقدم»
بـ36 مقعداً".  Each party's count is a figure of its own, to be compared only with the same
party's count in another outlet's report of the results.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from khabar.extract.entities import is_english_name
from khabar.model import Mention, Quantity
from khabar.text.normalize import fold

# Words that open the holder's count: a verb of winning or of ranking, or what lists the
# next party ("يليه", "ثم", "متبوعة بـ").
_WINNING = (
    "حصل|حصلت|حصد|حصدت|فاز|فازت|نال|نالت|تصدر|تصدرت|حل|حلت|جاء|جاءت|احتل|احتلت|"
    "يليه|تليه|يليها|تليها|تلاه|تلته|ثم|متبوعا|متبوعة|متبوعه|بينما|فيما"
)
_OPENER = re.compile(rf"(?<!\w)[وف]?(?:{_WINNING})(?!\w)")
# How the count follows its holder: "على 46", "بـ36", "بحصوله على 5612", "بأكثر من".
_LEAD_IN = re.compile(r"\s*(?:ب(?:حصول(?:ه|ها)\s+)?على|على|بـ?)\s*$")
_EDGE = re.compile(r"[،,؛:.]")
# Where a clause whose subject comes before its verb begins: "فإن", "إن", "أن".
_CLAUSE_START = re.compile(r"(?<!\w)(?:[وف]?[إأا]ن(?:ه)?)\s+(?!.*(?<!\w)[وف]?[إأا]ن\s)")
# A clause of the list joined by و: "والحزب الديمقراطي الكردستاني بـ27".
_JOINED = re.compile(r"\s*و(?=\S)")
_QUOTES = "«»\"“”'"
# Words that name the kind of list, not which one: "ائتلاف «دولة القانون»".
_HEADS = frozenset(fold(w) for w in ("حزب", "الحزب", "ائتلاف", "تحالف", "حركة", "قائمة", "كتلة"))
_MAX_WORDS = 6


def seat_holder(
    text: str, quantity: Quantity, mentions: Sequence[Mention], start: int
) -> str | None:
    """Who holds the seats ``quantity`` counts, read in its sentence from ``start``: the
    English name of a known party or leader named between a verb of winning and the figure
    ("حلّ ائتلاف الإعمار والتنمية بزعامة محمد شياع السوداني أولا بـ47": al-Sudani), else
    the words there without the kind of list ("الديمقراطي الكردستاني"), which another
    outlet's spelling of them lines up with; None when no holder is written there ("تنافس
    7768 مرشحا على 329 مقعدا")."""
    edges = [edge.end() for edge in _EDGE.finditer(text, start, quantity.start)]
    segment = edges[-1] if edges else start
    lead_in = _LEAD_IN.search(text, segment, quantity.start)
    if lead_in is None:
        return None
    begin, end = _holder_span(text, start, segment, lead_in.start())
    known = [
        m
        for m in mentions
        if begin <= m.start
        and m.end <= end
        and is_english_name(m.canonical)
        and m.type in ("ORG", "PERSON")
    ]
    if known:
        return min(known, key=lambda m: (m.type != "ORG", m.start)).canonical
    words = [fold(w.strip(_QUOTES)) for w in text[begin:end].split()]
    words = [w for w in words if w]
    if words and _glued_to(words[0]):
        words[0] = words[0][1:]  # "متبوعة بحركة مجتمع السلم"
    kept = [w for w in words if w not in _HEADS]
    return " ".join(kept) if kept and len(kept) <= _MAX_WORDS else None


def _holder_span(text: str, start: int, segment: int, lead_in: int) -> tuple[int, int]:
    """Where the holder is written before the count's lead-in: after the last verb of
    winning ("يليه «تقدم» بـ36"), else before it ("فإن ائتلاف السوداني حصل على 46"),
    else the whole of a clause of the sentence (from ``start``) joined by و after a comma
    ("، والحزب الديمقراطي الكردستاني بـ27")."""
    openers = list(_OPENER.finditer(text, segment, lead_in))
    if openers and text[openers[-1].end() : lead_in].strip():
        return openers[-1].end(), lead_in
    if openers:
        clause = _CLAUSE_START.search(text, segment, openers[-1].start())
        return (clause.end() if clause else segment), openers[-1].start()
    joined = _JOINED.match(text, segment) if segment > start else None
    return (joined.end(), lead_in) if joined else (lead_in, lead_in)


def _glued_to(word: str) -> bool:
    """Whether ``word`` carries a glued ب before a kind of list or a definite name."""
    return word.startswith("ب") and (word[1:] in _HEADS or word[1:].startswith("ال"))
