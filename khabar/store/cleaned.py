"""The cleaned text of an article: its lines with the debris cut out.

The analysis keeps offsets into the text as given; the store also keeps the
text a reader wants (``clean_text``) and ``khabar show`` prints it with the
sub-headings marked.  Both come from ``clean_lines`` so they never disagree.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from khabar.model import Debris, Sentence


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the cleaned text; ``heading`` when a sub-heading sentence covers it."""

    text: str
    heading: bool = False


def clean_text(text: str, debris: Sequence[Debris]) -> str:
    """``text`` without its debris; exactly ``text`` when there is none."""
    if not debris:
        return text
    return "\n".join(line.text for line in clean_lines(text, debris))


def clean_lines(
    text: str, debris: Sequence[Debris], sentences: Sequence[Sentence] = ()
) -> Iterator[Line]:
    """The lines of ``text`` minus debris; a line emptied by debris is dropped.

    Blank lines are kept one at a time between paragraphs, never at the start
    or the end, so cutting a debris paragraph leaves no hole.
    """
    cuts = sorted((d.start, d.end) for d in debris)
    headings = [(s.start, s.end) for s in sentences if s.heading]
    kept: list[Line] = []
    position = 0
    for raw in text.split("\n"):
        start, end = position, position + len(raw)
        position = end + 1
        line = _cut(text, start, end, cuts)
        if not line.strip() and (line != raw or not kept or not kept[-1].text.strip()):
            continue
        heading = any(s < end and start < e for s, e in headings)
        kept.append(Line(line.rstrip() if line != raw else line, heading))
    while kept and not kept[-1].text.strip():
        kept.pop()
    yield from kept


def _cut(text: str, start: int, end: int, cuts: Sequence[tuple[int, int]]) -> str:
    """``text[start:end]`` without the parts inside any of ``cuts``."""
    pieces: list[str] = []
    position = start
    for cut_start, cut_end in cuts:
        if cut_end <= position or cut_start >= end:
            continue
        if cut_start > position:
            pieces.append(text[position:cut_start])
        position = max(position, cut_end)
    if position < end:
        pieces.append(text[position:end])
    return "".join(pieces)
