"""Web pages (``.html``/``.htm``, and the HTML inside JSONL lines and WARC records):
main text, title, date and site name via trafilatura and htmldate.

The page's paragraphs are joined by blank lines, as in the plain-text scrapes, so
every reader gives the later stages the same shape of text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import Document as Extracted

from khabar.errors import BadInput
from khabar.ingest.files import decode_bytes, read_bytes
from khabar.ingest.metadata import parse_published
from khabar.model import Document

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
# Browsers look for the charset in the first 1024 bytes; 4096 also covers pages whose
# <head> starts with long scripts.
_CHARSET_WINDOW = 4096
# htmldate: meta tags and the page's own markup first (original_date), no guessing
# from free text (extensive_search), and the time and offset when the page gives them.
_DATE_PARAMS = {
    "original_date": True,
    "extensive_search": False,
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
}
# Meta tags that carry a publication time.  htmldate prefers a date in the URL, which has
# no time of day; when it returns a bare date, the time and offset are taken from these.
_PUBLISHED_META = frozenset(
    ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate")
)
# U+2029 marks block boundaries while the fragment's own whitespace collapses, as in HTML.
_BLOCK_END = "\u2029"
_WHITESPACE = re.compile(r"[^\S\u2029]+")
_BLOCK_TAGS = ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote")


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its top, if any."""
    match = _META_CHARSET.search(data[:_CHARSET_WINDOW])
    return match.group(1).decode("ascii") if match else None


def read_html(path: Path) -> Iterator[Document | BadInput]:
    """The article of the web page ``path``; raises BadInput when the file cannot be
    read or decoded or has no article text."""
    source = str(path)
    data = read_bytes(path)
    html = decode_bytes(data, source, declared_charset(data))
    yield document_from_html(html, source, fallback_outlet=path.stem)


def document_from_html(
    html: str,
    source: str,
    *,
    url: str | None = None,
    fmt: str = "html",
    fallback_outlet: str | None = None,
    extra: dict[str, Any] | None = None,
) -> Document:
    """A Document from a page's HTML: trafilatura's main text without comments,
    title, site name (else the URL's host, else ``fallback_outlet``) and htmldate's
    publication date.  The raw HTML is kept in ``html``.

    Raises BadInput "no article text found" when the page has no main text.
    """
    if not html.strip():
        raise BadInput(source, "empty file")
    result = trafilatura.bare_extraction(
        html,
        url=url,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        date_extraction_params=_DATE_PARAMS,
    )
    text = _paragraphs(result.text or "") if isinstance(result, Extracted) else ""
    if not isinstance(result, Extracted) or not text:
        raise BadInput(source, "no article text found")
    page_url = url or result.url
    return Document(
        text=text,
        source=source,
        title=result.title or None,
        outlet=result.sitename or host_of(page_url) or fallback_outlet,
        url=page_url,
        published=_published(html, parse_published(result.date)),
        html=html,
        fmt=fmt,
        extra=dict(extra or {}),
    )


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content), one block a paragraph."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment.strip()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = _BLOCK_END + (element.tail or "")
    blocks = _WHITESPACE.sub(" ", root.text_content()).split(_BLOCK_END)
    return "\n\n".join(block.strip() for block in blocks if block.strip())


def _published(html: str, found: datetime | None) -> datetime | None:
    """htmldate's date ``found``, with the time and offset of a publication meta tag of
    the same day when htmldate gave a bare date."""
    if found is None or found.tzinfo is not None or found.time() != time():
        return found
    try:
        tree = lxml.html.document_fromstring(html.encode("utf-8"))
    except (etree.ParserError, ValueError):
        return found
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        if key.lower() in _PUBLISHED_META:
            precise = parse_published(meta.get("content"))
            if precise is not None and precise.date() == found.date():
                return precise
    return found


def _paragraphs(text: str) -> str:
    """``text`` with its lines stripped and joined by one blank line each."""
    lines = (line.strip() for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def host_of(url: str | None) -> str | None:
    """The host of ``url`` without ``www.``, or None."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None
