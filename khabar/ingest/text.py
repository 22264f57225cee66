"""Plain-text scrapes (``.txt``), with an optional ``NAME.meta.json`` sidecar.

The text is kept exactly as decoded: every later offset indexes it.  Plain scrapes
carry no outlet, so the file stem names the outlet unless the sidecar does; without a
sidecar title or date, the page head gives them when it has a headline or a date stamp.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from khabar.errors import BadInput
from khabar.extract.entities import lookup
from khabar.ingest.files import decode_bytes, read_bytes
from khabar.ingest.html import declared_charset, document_from_html
from khabar.ingest.metadata import Metadata, read_metadata, written_stamp
from khabar.model import Document
from khabar.text.debris import find_debris, opens_with_debris_phrase
from khabar.text.lines import Line, split_lines

SIDECAR_SUFFIX = ".meta.json"
# A first line longer than this is a lead paragraph, not a headline: of ANT's 31,525
# titles the median has 8 words, 99.9% at most 17, the longest 21.
_TITLE_MAX_WORDS = 25
_FINAL_PUNCTUATION = tuple(".!?؟:؛…,،")
# A headline found among the debris of a page head has at least this many words.
_HEAD_TITLE_WORDS = 4
# An outlet's name above a headline has at most this many words.
_MASTHEAD_WORDS = 3
# A date stamp line of a page head has at most this many words.
_STAMP_MAX_WORDS = 8
# Debris lines after a headline that may hold its date stamp ("مصرع 8 ...\nالسبت 20 سبتمبر").
_STAMP_LINES_AFTER = 3
_HTML_START = re.compile(r"\s*(<!doctype html|<html)", re.IGNORECASE)


def sidecar_path(path: Path) -> Path:
    """Where the metadata sidecar of the text file ``path`` (gzipped or not) lives."""
    return path.with_name(Path(path.name.removesuffix(".gz")).stem + SIDECAR_SUFFIX)


def looks_like_html(text: str) -> bool:
    """True when a file named ``.txt`` is in fact a saved web page."""
    return _HTML_START.match(text[:200]) is not None


@dataclass(frozen=True, slots=True)
class Header:
    """What the head of a plain scrape tells when no sidecar does: its headline and the
    date stamp of its page."""

    title: str | None
    published: datetime | None


def read_header(text: str) -> Header:
    """The headline and the publication date stamp of a scrape, read off the lines before
    its body (the first line that is no page debris)."""
    lines = split_lines(text)
    if len(lines) < 2:
        return Header(None, None)
    debris = {item.start for item in find_debris(text)}
    kept = [index for index, line in enumerate(lines[:-1]) if line.start not in debris]
    body = kept[0] if kept else 0
    # the stamp stands before the body, or right after a headline: among the debris
    # lines, or on a line of its own ("الأحد 2 تشرين الثاني 2025")
    after = lines[body + 1 : body + 1 + _STAMP_LINES_AFTER]
    stamps = [
        *lines[:body],
        *(line for line in after if line.start in debris or written_stamp(line.text, whole=True)),
    ]
    return Header(_headline(lines, body, debris), _date_stamp(stamps))


def _headline(lines: Sequence[Line], body: int, debris: set[int]) -> str | None:
    """The first line of the body when it reads as a headline (short, no final
    punctuation, more text after it), else the nearest line before the body that does
    and is neither a date stamp nor a share or follow bar: a headline among the
    breadcrumbs and stamps of a page head may be taken for debris ("عاجل: مقتل 12 شخصا في
    انفجار بالعاصمة")."""
    while body + 1 < len(lines) and _is_ticker(lines[body].text):
        body += 1  # "أسعار العملات: الدولار 52.40 | اليورو 61.85 | ..."
    body = _past_masthead(lines, body, debris)
    if _reads_as_headline(lines[body].text):
        return lines[body].text
    headlines = (line.text for line in reversed(lines[:body]) if _may_head_the_page(line))
    return next(headlines, None)


def _may_head_the_page(line: Line) -> bool:
    """Whether a line of the page head, taken for debris, may be the headline: long
    enough, not a date stamp nor a share, follow or breadcrumb bar."""
    return (
        line.words >= _HEAD_TITLE_WORDS
        and _reads_as_headline(line.text)
        and not opens_with_debris_phrase(line.text)
        and not _date_stamp([line])
    )


def _past_masthead(lines: Sequence[Line], body: int, debris: set[int]) -> int:
    """The line after an outlet's name and the breadcrumbs, tickers and date stamps under
    it, else ``body``: a known organisation's name ("سكاي نيوز عربية"), or a short name
    (before its tagline: "صدى العاصمة | أخبار مصر والعالم") over a headline of
    ``_HEAD_TITLE_WORDS`` words or more ("حدود نيوز")."""
    name = lines[body].text.split("|")[0].strip()
    if len(name.split()) > _MASTHEAD_WORDS or any(ch.isdigit() for ch in name):
        return body
    after = body + 1
    while after + 1 < len(lines) and _under_masthead(lines[after], debris):
        after += 1
    if after >= len(lines):
        return body
    known = lookup(name, "ORG", fuzzy=False)
    headline = lines[after].words >= _HEAD_TITLE_WORDS and _reads_as_headline(lines[after].text)
    return after if (known is not None and known.type == "ORG") or headline else body


def _under_masthead(line: Line, debris: set[int]) -> bool:
    """Whether ``line`` may stand between a masthead and the headline: page debris (a
    breadcrumb), a ticker or a date stamp."""
    if line.start in debris:
        return not _may_head_the_page(line)
    return _is_ticker(line.text) or bool(_date_stamp([line]))


def _is_ticker(line: str) -> bool:
    """Whether ``line`` lists items between bars, as a page's price ticker does."""
    return line.count("|") >= 2


def _reads_as_headline(line: str) -> bool:
    """Short, with no final punctuation, and no ticker ("الدولار 52.40 | اليورو 61.85")."""
    return (
        len(line.split()) <= _TITLE_MAX_WORDS
        and not line.endswith(_FINAL_PUNCTUATION)
        and not _is_ticker(line)
    )


def _date_stamp(head: Sequence[Line]) -> datetime | None:
    """The day of the first short line (or part between "|") of ``head`` that gives a
    full date ("الثلاثاء 12 مارس 2024 - 10:45 صباحا", "نشر في 12/03/2018", "نشر في: 19
    يونيو 2024 - 15:20 | آخر تحديث: ..."), at the time it writes (else midnight), UTC
    unless it writes an offset."""
    parts = (part for line in head for part in line.text.split("|"))
    days = (written_stamp(part) for part in parts if len(part.split()) <= _STAMP_MAX_WORDS)
    return next((day for day in days if day is not None), None)


def read_text(path: Path) -> Iterator[Document | BadInput]:
    """One Document for the text file ``path``, preceded by a BadInput when its
    sidecar exists but is not a JSON object (the article is still read).  A saved
    web page named ``.txt`` is read as HTML.

    Raises BadInput for an unreadable, empty, binary or undecodable file.
    """
    source = str(path)
    data = read_bytes(path)
    text = decode_bytes(data, source)
    if not text.strip():
        raise BadInput(source, "empty file")
    if looks_like_html(text):
        text = decode_bytes(data, source, declared_charset(data))
        yield document_from_html(text, source, fallback_outlet=path.stem)
        return
    meta = Metadata()
    sidecar = sidecar_path(path)
    if sidecar.is_file():
        try:
            meta = read_metadata(_read_sidecar(sidecar))
        except BadInput as problem:
            yield problem
    header = read_header(text) if not (meta.title and meta.published) else Header(None, None)
    yield Document(
        text=text,
        source=source,
        title=meta.title or header.title,
        outlet=meta.outlet or path.stem,
        url=meta.url,
        published=meta.published or header.published,
        language=meta.language,
        fmt="txt",
        extra=meta.extra,
    )


def _read_sidecar(path: Path) -> dict[str, object]:
    """The metadata object of a sidecar; raises BadInput when it is not one."""
    source = str(path)
    try:
        meta = json.loads(decode_bytes(read_bytes(path), source))
    except json.JSONDecodeError as error:
        raise BadInput(source, f"not valid JSON: {error.msg}", error.lineno) from None
    if not isinstance(meta, dict):
        raise BadInput(source, "not a JSON object")
    return meta
