"""RSS and Atom feeds (``.rss``, ``.atom``, ``.xml`` that parses as a feed): one
Document per entry, its text from the entry's content or summary."""

from __future__ import annotations

import calendar
import html
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.sax import SAXParseException

import feedparser

from khabar.errors import BadInput
from khabar.ingest.files import read_bytes
from khabar.ingest.html import fragment_text, host_of
from khabar.ingest.metadata import parse_published
from khabar.model import Document

_DECLARED_ENCODING = re.compile(rb"""<\?xml[^>]*encoding=["']([\w.-]+)""")
# What separates an outlet's name from its section in a feed's title.
_TITLE_SECTION = re.compile(r"\s+[-|–—:]+\s+")
# Markup a feed escaped twice: after feedparser's unescaping it still reads "&lt;p&gt;".
_ESCAPED_MARKUP = re.compile(r"&lt;/?(?:p|br|div|span|strong|a)\b", re.IGNORECASE)


def read_feed(path: Path) -> Iterator[Document | BadInput]:
    """One Document per entry of the feed ``path`` (source ``PATH#N``); a BadInput
    for each entry without text, and one for a feed cut short or broken (after the
    entries read).  The outlet is the feed's title, less its section.

    Raises BadInput when the file is empty or is not an RSS/Atom feed.
    """
    source = str(path)
    data = read_bytes(path)
    if not data.strip():
        raise BadInput(source, "empty file")
    parsed = feedparser.parse(_as_utf8_text(data))
    if not parsed.version and not parsed.entries:
        raise BadInput(source, "not an RSS or Atom feed")
    channel = parsed.feed
    outlet = _outlet_name(channel.get("title")) or host_of(channel.get("link")) or path.stem
    for number, entry in enumerate(parsed.entries, start=1):
        yield _entry_document(entry, f"{source}#{number}", outlet)
    if isinstance(parsed.get("bozo_exception"), SAXParseException):
        # a feed cut short or broken: what was read is kept, the file is reported
        problem = parsed.bozo_exception.getMessage()
        yield BadInput(
            source, f"malformed feed ({problem}); entries read before it: {len(parsed.entries)}"
        )


def _as_utf8_text(data: bytes) -> str | bytes:
    """The feed as text when it is UTF-8 with a few bad bytes, which feedparser would
    otherwise read whole as another encoding (every Arabic letter garbled); else the
    bytes, for feedparser to decode as they declare."""
    try:
        data.decode("utf-8")
        return data
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_ENCODING.match(data.lstrip())
    if declared and declared.group(1).lower().replace(b"-", b"") != b"utf8":
        return data
    text = data.decode("utf-8", errors="replace")
    return text if text.count("\ufffd") <= max(3, len(text) // 1000) else data


def _outlet_name(title: str | None) -> str | None:
    """The outlet a feed's title names, without its section: "العربية.نت - أخبار العالم
    العربي" is العربية.نت."""
    if not title:
        return None
    return _TITLE_SECTION.split(title, maxsplit=1)[0].strip() or title


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
    """The fullest text an entry carries: its content, else its summary; its markup
    unescaped once more where the feed escaped it twice ("&lt;p&gt;قرر المحافظ")."""
    bodies = [c["value"] for c in entry.get("content", []) if c.get("value", "").strip()]
    body = str(bodies[0] if bodies else entry.get("summary", ""))
    return html.unescape(body) if _ESCAPED_MARKUP.search(body) else body


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
