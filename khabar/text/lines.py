"""The line layout of a plain-text scrape, shared by cleaning and segmentation.

A scrape keeps one paragraph, heading or piece of page furniture per line, so
both the debris detector and the sentence splitter work line by line.  The
heading test lives here, once: a line shaped like a heading is kept as a
heading by ``sentences`` and is one of the debris detector's features.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"\w+")
# Sentence-final punctuation, possibly followed by closing quotes/brackets.
_FINAL = re.compile(r"[.!?؟…؛][\s\"'”’»)\]]*$")

# A heading is at most this many words; ANT titles are 3-14 words, body
# paragraphs rarely under 15 (measured on the ANT corpus).
HEADING_MAX_WORDS = 14
# The first line of a scrape may be a longer title (SaudiNewsNet titles run to 20+ words).
TITLE_MAX_WORDS = 25


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line: ``start``/``end`` index the text, surrounding whitespace excluded;
    ``words`` counts its words (counted once: cleaning and splitting both ask)."""

    start: int
    end: int
    text: str
    words: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", len(_WORD.findall(self.text)))


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, trimmed of surrounding whitespace, in order."""
    lines = []
    for match in _LINE.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = match.start() + len(raw) - len(raw.lstrip())
        lines.append(Line(start, start + len(stripped), stripped))
    return lines


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with sentence-final punctuation (. ! ? ؟ … ؛)."""
    return _FINAL.search(text) is not None


def looks_like_heading(line: Line, *, max_words: int = HEADING_MAX_WORDS) -> bool:
    """A short line without final punctuation: a title or a sub-heading when it is not debris."""
    return 0 < line.words <= max_words and not ends_sentence(line.text)
