"""Reading an input file's bytes, with the OS's complaints turned into BadInput."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from contextlib import contextmanager
from io import BufferedReader
from pathlib import Path

from khabar.errors import BadInput
from khabar.ingest.encoding import DecodeError, decode


def read_bytes(path: Path) -> bytes:
    """The bytes of ``path``, gunzipped when it ends in ``.gz``; raises BadInput "no such
    file" / "permission denied" / "cannot read: …" / "not a gzip file" naming the file."""
    if path.suffix == ".gz":
        with open_binary(path) as handle:
            return handle.read()
    try:
        return path.read_bytes()
    except OSError as error:
        raise _bad_file(path, error) from None


@contextmanager
def open_binary(path: Path) -> Iterator[BufferedReader | gzip.GzipFile]:
    """``path`` opened for streaming, gunzipped when it ends in ``.gz``; OS and gzip
    errors, also while reading, become BadInput naming the file."""
    try:
        with gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb") as handle:
            yield handle
    except gzip.BadGzipFile:
        raise BadInput(str(path), "not a gzip file") from None
    except EOFError:
        raise BadInput(str(path), "truncated gzip file") from None
    except OSError as error:
        raise _bad_file(path, error) from None


def _bad_file(path: Path, error: OSError) -> BadInput:
    """The BadInput for an OS error on ``path``."""
    if isinstance(error, FileNotFoundError):
        return BadInput(str(path), "no such file")
    if isinstance(error, PermissionError):
        return BadInput(str(path), "permission denied")
    return BadInput(str(path), f"cannot read: {error.strerror or error}")


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> str:
    """``encoding.decode`` with its DecodeError turned into BadInput for ``source``."""
    try:
        return decode(data, declared)
    except DecodeError as error:
        raise BadInput(source, error.problem) from None
