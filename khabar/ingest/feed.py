"""RSS and Atom feeds (``.rss``, ``.atom``, ``.xml`` that parses as a feed): one
Document per entry, its text from the entry's content or summary."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import feedparser

from khabar.errors import BadInput
from khabar.ingest.files import read_bytes
from khabar.ingest.html import fragment_text, host_of
from khabar.ingest.metadata import parse_published
from khabar.model import Document


def read_feed(path: Path) -> Iterator[Document | BadInput]:
    """One Document per entry of the feed ``path`` (source ``PATH#N``); a BadInput
    for each entry without text.  The outlet is the feed's title.

    Raises BadInput when the file is empty or is not an RSS/Atom feed.
    """
    source = str(path)
    data = read_bytes(path)
    if not data.strip():
        raise BadInput(source, "empty file")
    parsed = feedparser.parse(data)
    if not parsed.version and not parsed.entries:
        raise BadInput(source, "not an RSS or Atom feed")
    channel = parsed.feed
    outlet = channel.get("title") or host_of(channel.get("link")) or path.stem
    for number, entry in enumerate(parsed.entries, start=1):
        yield _entry_document(entry, f"{source}#{number}", outlet)


def _entry_document(entry: Any, source: str, outlet: str) -> Document | BadInput:
    """The Document of one feed entry, or a BadInput when it has no text."""
    body = _entry_body(entry)
    text = fragment_text(body)
    if not text:
        return BadInput(source, "empty article text")
    extra = {key: entry[key] for key in ("id", "author") if entry.get(key)}
    tags = [tag.get("term") for tag in entry.get("tags", []) if tag.get("term")]
    if tags:
        extra["tags"] = tags
    return Document(
        text=text,
        source=source,
        title=entry.get("title") or None,
        outlet=outlet,
        url=entry.get("link") or None,
        published=_entry_published(entry),
        html=body if "<" in body else None,
        fmt="feed",
        extra=extra,
    )


def _entry_body(entry: Any) -> str:
    """The fullest text an entry carries: its content, else its summary."""
    for content in entry.get("content", []):
        if content.get("value", "").strip():
            return str(content["value"])
    return str(entry.get("summary", ""))


def _entry_published(entry: Any) -> datetime | None:
    """The entry's publication (else update) time, with the offset the feed wrote."""
    for key in ("published", "updated"):
        parsed = parse_published(entry.get(key))
        if parsed is not None:
            return parsed
        struct = entry.get(f"{key}_parsed")
        if struct is not None:
            return datetime.fromtimestamp(calendar.timegm(struct), tz=UTC)
    return None
