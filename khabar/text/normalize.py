"""Arabic normalization for matching, with a map back to the original offsets.

Outlets write the same word with different alef forms, ya/alef maqsura, ta
marbuta/ha, diacritics, tatweel, Arabic-Indic digits and odd spaces.  Matching
runs on one folded form; ``Normalized.span`` maps any span of that form back to
the exact characters of the text as given.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# One-to-one replacements: they keep the length, so offsets are unchanged.
_DIGITS = {ord(d): str(i) for i, d in enumerate("٠١٢٣٤٥٦٧٨٩")}
_DIGITS |= {ord(d): str(i) for i, d in enumerate("۰۱۲۳۴۵۶۷۸۹")}
_LETTERS = {
    ord("أ"): "ا",
    ord("إ"): "ا",
    ord("آ"): "ا",
    ord("ٱ"): "ا",
    ord("ى"): "ي",
    ord("ی"): "ي",  # Persian ya
    ord("ک"): "ك",  # Persian kaf
}
_SEPARATORS = {ord("٫"): ".", ord("٬"): ","}
_SPACES = {
    ord(c): " "
    for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u202f\u205f\u3000\t\u000b\u000c"
}
_BASE_TABLE = _DIGITS | _LETTERS | _SEPARATORS | _SPACES
_TABLE_WITH_TA = _BASE_TABLE | {ord("ة"): "ه"}

# Characters dropped altogether: diacritics, tatweel, zero-width and bidi controls.
_DROPPED = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c]+"
)


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalized text and, for each of its characters, the original index."""

    text: str
    origin: Sequence[int]
    original_length: int

    def start(self, index: int) -> int:
        """Original index of normalized position ``index`` (may equal the length)."""
        if index >= len(self.text):
            return self.original_length
        return self.origin[index]

    def end(self, index: int) -> int:
        """Original end offset of a span that ends at normalized ``index`` (exclusive)."""
        if index <= 0:
            return 0
        return self.origin[index - 1] + 1

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized span back to ``(start, end)`` in the original text."""
        if end <= start:
            position = self.start(start)
            return position, position
        return self.start(start), self.end(end)


def fold(text: str, *, ta_marbuta: bool = True) -> str:
    """The normalized form without an offset map: for keys and lexicon entries."""
    table = _TABLE_WITH_TA if ta_marbuta else _BASE_TABLE
    return _DROPPED.sub("", text.translate(table))


def normalize(text: str, *, ta_marbuta: bool = True) -> Normalized:
    """Normalize ``text`` for matching and keep the way back to every original offset."""
    table = _TABLE_WITH_TA if ta_marbuta else _BASE_TABLE
    translated = text.translate(table)
    if not _DROPPED.search(translated):
        return Normalized(translated, range(len(text)), len(text))
    pieces: list[str] = []
    origin: list[int] = []
    position = 0
    for match in _DROPPED.finditer(translated):
        pieces.append(translated[position : match.start()])
        origin.extend(range(position, match.start()))
        position = match.end()
    pieces.append(translated[position:])
    origin.extend(range(position, len(translated)))
    return Normalized("".join(pieces), origin, len(text))
