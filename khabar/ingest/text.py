"""Plain-text scrapes (``.txt``), with an optional ``NAME.meta.json`` sidecar.

The text is kept exactly as decoded: every later offset indexes it.  Plain scrapes
carry no outlet, so the file stem names the outlet unless the sidecar does.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from khabar.errors import BadInput
from khabar.ingest.files import decode_bytes, read_bytes
from khabar.ingest.html import declared_charset, document_from_html
from khabar.ingest.metadata import Metadata, read_metadata
from khabar.model import Document
from khabar.text.debris import find_debris
from khabar.text.lines import split_lines

SIDECAR_SUFFIX = ".meta.json"
# A first line longer than this is a lead paragraph, not a headline: of ANT's 31,525
# titles the median has 8 words, 99.9% at most 17, the longest 21.
_TITLE_MAX_WORDS = 25
_FINAL_PUNCTUATION = tuple(".!?؟:؛…,،")
_HTML_START = re.compile(r"\s*(<!doctype html|<html)", re.IGNORECASE)


def sidecar_path(path: Path) -> Path:
    """Where the metadata sidecar of the text file ``path`` lives."""
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def looks_like_html(text: str) -> bool:
    """True when a file named ``.txt`` is in fact a saved web page."""
    return _HTML_START.match(text[:200]) is not None


def guess_title(text: str) -> str | None:
    """The first line after the page debris that opens a scrape (a breadcrumb, a date
    stamp; when all but the last line look like debris, the first line) when it reads as
    a headline (short, no final punctuation, more text after it), else None."""
    lines = split_lines(text)
    if len(lines) < 2:
        return None
    debris = {item.start for item in find_debris(text)}
    kept = [index for index, line in enumerate(lines[:-1]) if line.start not in debris]
    title = lines[kept[0] if kept else 0].text
    if len(title.split()) > _TITLE_MAX_WORDS or title.endswith(_FINAL_PUNCTUATION):
        return None
    return title


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
    yield Document(
        text=text,
        source=source,
        title=meta.title or guess_title(text),
        outlet=meta.outlet or path.stem,
        url=meta.url,
        published=meta.published,
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
