"""Web archives (``.warc``, ``.warc.gz``): each HTML ``response`` record is read as a
web page.  WARC-Date is when the page was crawled, not published: it goes to
``extra["warc_date"]``, never to ``published``."""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from khabar.errors import BadInput
from khabar.ingest.files import decode_bytes, open_binary
from khabar.ingest.html import declared_charset, document_from_html
from khabar.model import Document

_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_SUCCESS = re.compile(r"2\d\d")


def read_warc(path: Path) -> Iterator[Document | BadInput]:
    """One Document per successful HTML response record (source ``PATH#N``, N
    counting every record); a BadInput for each such page without article text.
    Other records (requests, metadata, images, redirects) are skipped.

    Raises BadInput when the file is not a WARC archive; yields one, after the records
    read, when a compressed archive is cut short.
    """
    source = str(path)
    with open_binary(path) as handle:
        try:
            for number, record in enumerate(ArchiveIterator(handle), start=1):
                if _is_html_page(record):
                    yield _record_document(record, f"{source}#{number}")
        except ArchiveLoadFailed as error:
            raise BadInput(source, f"not a WARC file: {error.msg}") from None
    if _gzip_cut_short(path):
        # warcio stops at a cut gzip member without a word: what was read is kept
        yield BadInput(source, "archive cut short: its last records are missing or incomplete")


def _gzip_cut_short(path: Path) -> bool:
    """Whether ``path`` is gzip-compressed and ends before its compressed stream does."""
    with path.open("rb") as raw:
        if raw.read(2) != b"\x1f\x8b":
            return False
    try:
        with gzip.open(path, "rb") as stream:
            while stream.read(1 << 20):
                pass
    except (EOFError, OSError, zlib.error):
        return True
    return False


def _is_html_page(record: ArcWarcRecord) -> bool:
    """True for a 2xx HTTP response whose body is HTML."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = record.http_headers.get_header("Content-Type") or ""
    status = record.http_headers.get_statuscode() or ""
    return "html" in content_type.lower() and _SUCCESS.fullmatch(status) is not None


def _record_document(record: ArcWarcRecord, source: str) -> Document | BadInput:
    """The Document of one HTML response, or the BadInput saying why there is none."""
    data = record.content_stream().read()
    content_type = record.http_headers.get_header("Content-Type") or ""
    match = _HTTP_CHARSET.search(content_type)
    charset = match.group(1) if match else declared_charset(data)
    extra = {
        "warc_date": record.rec_headers.get_header("WARC-Date"),
        "warc_record_id": record.rec_headers.get_header("WARC-Record-ID"),
    }
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        html = decode_bytes(data, source, charset)
        return document_from_html(html, source, url=url, fmt="warc", extra=extra)
    except BadInput as problem:
        return problem
