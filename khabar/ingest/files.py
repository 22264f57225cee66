"""Reading an input file's bytes, with the OS's complaints turned into BadInput."""

from __future__ import annotations

from pathlib import Path

from khabar.errors import BadInput
from khabar.ingest.encoding import DecodeError, decode


def read_bytes(path: Path) -> bytes:
    """The bytes of ``path``; raises BadInput "no such file" / "permission denied" /
    "cannot read: …" naming the file."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise BadInput(str(path), "no such file") from None
    except PermissionError:
        raise BadInput(str(path), "permission denied") from None
    except OSError as error:
        raise BadInput(str(path), f"cannot read: {error.strerror or error}") from None


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> str:
    """``encoding.decode`` with its DecodeError turned into BadInput for ``source``."""
    try:
        return decode(data, declared)
    except DecodeError as error:
        raise BadInput(source, error.problem) from None
