"""Which files to read: folders walked recursively in name order, each file matched
to its reader by extension."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from khabar.errors import BadInput
from khabar.ingest.feed import read_feed
from khabar.ingest.html import read_html
from khabar.ingest.jsonl import read_jsonl
from khabar.ingest.text import SIDECAR_SUFFIX, read_text
from khabar.ingest.warc import read_warc
from khabar.model import Document

Reader = Callable[[Path], Iterator[Document | BadInput]]

# Longest suffixes first, so ".jsonl.gz" wins over ".gz".
READERS: dict[str, Reader] = {
    ".jsonl.gz": read_jsonl,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".txt.gz": read_text,
    ".txt": read_text,
    ".html.gz": read_html,
    ".html": read_html,
    ".htm": read_html,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml.gz": read_feed,
    ".xml": read_feed,
    ".warc.gz": read_warc,
    ".warc": read_warc,
}


def reader_for(path: Path) -> Reader | None:
    """The reader for ``path`` by its (case-insensitive) extension, or None."""
    name = path.name.lower()
    if name.endswith(SIDECAR_SUFFIX):
        return None
    for suffix, reader in READERS.items():
        if name.endswith(suffix):
            return reader
    return None


def is_sidecar(path: Path) -> bool:
    """True for a ``NAME.meta.json`` next to its ``NAME.txt`` (read with it)."""
    name = path.name
    if not name.lower().endswith(SIDECAR_SUFFIX):
        return False
    return path.with_name(name[: -len(SIDECAR_SUFFIX)] + ".txt").is_file()


def discover(paths: Iterable[str | Path]) -> Iterator[tuple[Path, Reader] | BadInput]:
    """Each readable file under ``paths`` with its reader, in a deterministic order.

    Files inside folders with no reader (images, sidecars, hidden files) are skipped
    silently; a path given explicitly that is missing or has no reader is a BadInput.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path)
        elif not path.exists():
            yield BadInput(str(path), "no such file")
        elif (reader := reader_for(path)) is not None:
            yield path, reader
        elif not is_sidecar(path):
            yield BadInput(str(path), f"unsupported file type (expected {_expected()})")


def _walk(folder: Path) -> Iterator[tuple[Path, Reader] | BadInput]:
    """The files of ``folder`` and its sub-folders that have a reader, by name."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        problem = "permission denied" if isinstance(error, PermissionError) else str(error)
        yield BadInput(str(folder), problem)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        if entry.is_dir():
            yield from _walk(path)
        elif entry.is_file() and (reader := reader_for(path)) is not None:
            yield path, reader


def _expected() -> str:
    """The supported extensions, for error messages."""
    return ", ".join(READERS)
