"""JSON Lines (``.jsonl``, ``.jsonl.gz``, ``.ndjson``): one article a line, streamed.

Field names are mapped by ``metadata.read_metadata``, so ANT (id, outlet,
category, url, title, published, author, abstract, text) and SaudiNewsNet
(outlet, url, extracted, title, author, text) read as they are; ``extracted``
is a crawl time, not a publication date, and stays in ``extra``.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from gzip import GzipFile
from pathlib import Path
from typing import Any

from khabar.errors import BadInput
from khabar.ingest.encoding import bom_encoding
from khabar.ingest.files import open_binary
from khabar.ingest.html import document_from_html, host_of
from khabar.ingest.metadata import Metadata, read_metadata
from khabar.ingest.text import Header, read_header
from khabar.model import Document

SUFFIXES = (".jsonl.gz", ".jsonl", ".ndjson")
# Bytes looked at to tell text from binary and find a byte-order mark.
_PEEK = 4096


# A JSON escape of a UTF-16 surrogate (\ud800-\udfff): the only way a line can carry one.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def read_jsonl(path: Path) -> Iterator[Document | BadInput]:
    """One Document per line of ``path``; a BadInput with the line number for each
    line that is not a JSON object with article text.  Blank lines are skipped.

    Raises BadInput when the file cannot be opened, is binary or a broken gzip.
    """
    source = str(path)
    default_outlet = _stem(path)
    with open_binary(path) as handle:
        for number, line in _numbered_lines(handle, source):
            if line is None:
                yield BadInput(source, "not valid UTF-8", number)
            elif line.strip():
                yield _article(line, source, number, default_outlet)


def _numbered_lines(
    reader: io.BufferedReader | GzipFile, source: str
) -> Iterator[tuple[int, str | None]]:
    """(line number, text) for each line; text is None when the line cannot be decoded."""
    head = reader.peek(_PEEK)[:_PEEK]
    encoding = bom_encoding(head)
    if encoding is None and b"\x00" in head:
        raise BadInput(source, "binary file")
    if encoding not in (None, "utf-8-sig"):
        text_lines = io.TextIOWrapper(reader, encoding=encoding, newline="\n")
        yield from enumerate(text_lines, start=1)
        return
    for number, raw in enumerate(reader, start=1):
        try:
            yield number, raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            yield number, None


def _article(line: str, source: str, number: int, default_outlet: str) -> Document | BadInput:
    """The Document of one JSON line, or the BadInput saying why there is none."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return BadInput(source, f"not valid JSON: {error.msg} (column {error.colno})", number)
    if not isinstance(record, dict):
        return BadInput(source, "not a JSON object", number)
    if _SURROGATE_ESCAPE.search(line):
        record = _without_lone_surrogates(record)
    meta = read_metadata(record)
    where = f"{source}:{number}"
    if meta.text and meta.text.strip():
        document = Document(text=meta.text, source=where, html=meta.html, fmt="jsonl")
    elif meta.html:
        try:
            document = document_from_html(meta.html, where, url=meta.url, fmt="jsonl")
        except BadInput as problem:
            return BadInput(source, problem.problem, number)
    else:
        return BadInput(source, "empty article text", number)
    return _with_metadata(document, meta, default_outlet)


def _without_lone_surrogates(value: Any) -> Any:
    """``value`` with each unpaired surrogate (a JSON escape such as \\ud800 that no
    database or UTF-8 file can hold) replaced by U+FFFD, one character for one so
    offsets stay; json.loads has already joined the valid pairs."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {key: _without_lone_surrogates(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_without_lone_surrogates(item) for item in value]
    return value


def _with_metadata(document: Document, meta: Metadata, default_outlet: str) -> Document:
    """``document`` with the line's own metadata, which wins over what a page says."""
    header = Header(None, None)
    if meta.text and not (meta.title and meta.published):
        header = read_header(document.text)  # a plain scrape's head, as in a .txt file
    document.title = meta.title or document.title or header.title
    document.outlet = meta.outlet or document.outlet or host_of(meta.url) or default_outlet
    document.url = meta.url or document.url
    document.published = meta.published or document.published or header.published
    document.language = meta.language
    document.extra = meta.extra
    return document


def _stem(path: Path) -> str:
    """The file name without its JSONL suffixes (``ant-v2.1.jsonl.gz`` -> ``ant-v2.1``)."""
    name = path.name
    for suffix in SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem
