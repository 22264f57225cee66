"""Split the kept lines of a scrape into sentences and headings.

Sentences end at . ! ? ؟ ؛ and at line breaks, but not at the dot of a number
(2.5, ٢٫٥, 14.000), after an abbreviation listed in ``data/abbreviations.txt``
(د. م. ق.م ...), at an ellipsis ("…", "..") that the sentence runs on after,
nor inside a quotation («…», “…”, "…"), which stays whole with the words that
introduce it.  Debris lines are left out; heading-shaped lines (the title, the
sub-headings) are ``Sentence(heading=True)``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

from khabar.model import Debris, Sentence
from khabar.text.lines import TITLE_MAX_WORDS, Line, looks_like_heading, split_lines
from khabar.text.normalize import Normalized, fold, normalize

# A run of final punctuation and the closing quotes/brackets after it.
_TERMINAL = re.compile(r"[.!?؟؛…]+[\"'”’»)\]]*")
_ELLIPSIS = re.compile(r"(?:\.{2,}|…+)[\"'”’»)\]]*")
# What may follow a sentence end: a space, the end of the line, or an Arabic
# letter when the writer left out the space ("الحزب.وقال").
_NEXT = re.compile(r"\s|$|[\u0621-\u064a]")
# The word (with inner dots, as in "ق.م") just before a dot.
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(«\"“]))([^\W_](?:[\w.]*[^\W_])?)$")
# Letters or letter names joined by dots: "د.ب", "بي.في" (before the dot of "د.ب.أ").
_LETTERS = re.compile(r"[^\W\d_]{1,2}")
_DOTTED_LETTERS = re.compile(r"[^\W\d_]{1,2}(?:\.[^\W\d_]{1,2})+")
_LETTERS_AFTER = re.compile(r"[^\W\d_]{1,2}\.")
_QUOTES = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")
_LIST_NUMBER = re.compile(r"^\s*\d+$")


@cache
def _abbreviations() -> frozenset[str]:
    """The abbreviations of ``data/abbreviations.txt`` in matching form."""
    source = resources.files("khabar.data").joinpath("abbreviations.txt")
    entries = source.read_text(encoding="utf-8").splitlines()
    return frozenset(
        fold(entry.strip()).lower() for entry in entries if entry.strip() and entry[0] != "#"
    )


def _is_abbreviation(before: str, after: str) -> bool:
    """Whether the text ``before`` a dot ends with an abbreviation or a list number, or
    the dot joins letters: an agency ("د.ب.أ", "أ.ف.ب") or a firm ("بي.في.إم")."""
    if _LIST_NUMBER.match(before):
        return True
    match = _WORD_BEFORE.search(before)
    if match is None:
        return False
    word = match.group(1).lower()
    if word in _abbreviations() or _DOTTED_LETTERS.fullmatch(word):
        return True
    return _LETTERS.fullmatch(word) is not None and _LETTERS_AFTER.match(after) is not None


def _sentence_ends(line: str) -> list[int]:
    """Offsets in the normalized ``line`` just after each sentence end inside it."""
    quoted = [match.span() for match in _QUOTES.finditer(line)]
    ends = []
    for match in _TERMINAL.finditer(line):
        start, end = match.span()
        if end < len(line) and (
            not _NEXT.match(line, end)
            or _ELLIPSIS.fullmatch(match.group())
            or any(low < start < high - 1 for low, high in quoted)
            or (match.group()[0] == "." and _is_abbreviation(line[:start], line[end:]))
        ):
            continue
        ends.append(end)
    return ends


def _line_sentences(text: str, normalized: Normalized, line: Line) -> list[Sentence]:
    """The sentences of one body line of ``text`` (``normalized`` is its normalized form),
    trimmed of surrounding whitespace."""
    first, last = normalized.position(line.start), normalized.position(line.end)
    sentences = []
    begin = first
    for end in [*(first + e for e in _sentence_ends(normalized.text[first:last])), last]:
        low, high = normalized.span(begin, end)
        piece = text[low:high]
        stripped = piece.strip()
        if stripped:
            offset = low + len(piece) - len(piece.lstrip())
            sentences.append(Sentence(offset, offset + len(stripped)))
        begin = end
    return sentences


def _is_debris(line: Line, debris: Sequence[Debris]) -> bool:
    return any(item.start < line.end and line.start < item.end for item in debris)


def split_sentences(text: str, debris: Sequence[Debris] = ()) -> list[Sentence]:
    """The sentences and headings of ``text`` in order, leaving out the lines in ``debris``.

    Offsets index ``text`` as given, trimmed of surrounding whitespace.  The
    first kept line is a heading when it is shaped like a title (at most
    ``TITLE_MAX_WORDS`` words, no final punctuation); later lines when they are
    shaped like sub-headings (``lines.looks_like_heading``).
    """
    kept = [line for line in split_lines(text) if not _is_debris(line, debris)]
    normalized = normalize(text)
    sentences: list[Sentence] = []
    for index, line in enumerate(kept):
        limit = {"max_words": TITLE_MAX_WORDS} if index == 0 else {}
        if looks_like_heading(line, **limit):
            sentences.append(Sentence(line.start, line.end, heading=True))
        else:
            sentences.extend(_line_sentences(text, normalized, line))
    return sentences
