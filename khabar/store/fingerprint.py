"""The content hash that finds exact duplicates across outlets.

``content_hash(text)`` is sha256 of the UTF-8 of ``fold(text)`` with every run of
whitespace made one space and the ends stripped.  Folding with ``str.translate``
costs ~0.3 ms per ANT article (a dict lookup per character), a third of the
ingest budget, so the same fold is applied here as one numpy table lookup: the
table is built once by running ``fold`` itself on every BMP character, so it
can never drift from ``khabar.text.normalize``.
"""

from __future__ import annotations

import hashlib
from functools import cache

import numpy as np
import numpy.typing as npt

from khabar.text.normalize import fold

_BMP = 0x10000
_DROPPED = 0xFFFFFFFF  # table value of a character fold removes
_SPACE = ord(" ")


def content_hash(text: str) -> str:
    """sha256 (hex) of the folded, whitespace-collapsed ``text``."""
    table = _fold_table()
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    if codes.size and codes.max() >= _BMP:  # beyond the BMP fold changes nothing
        mapped = np.where(codes < _BMP, table[np.minimum(codes, _BMP - 1)], codes)
    else:
        mapped = table[codes]
    mapped = mapped[mapped != _DROPPED]
    # A space is kept only after a non-space; then the ends are stripped.
    space = mapped == _SPACE
    keep = ~space
    keep[1:] |= keep[:-1].copy()
    mapped = mapped[keep]
    start = 1 if mapped.size and mapped[0] == _SPACE else 0
    end = mapped.size - 1 if mapped.size > start and mapped[-1] == _SPACE else mapped.size
    collapsed = mapped[start:end].tobytes().decode("utf-32-le", "surrogatepass")
    return hashlib.sha256(collapsed.encode("utf-8", "surrogatepass")).hexdigest()


@cache
def _fold_table() -> npt.NDArray[np.uint32]:
    """What ``fold`` makes of each BMP character: one code, a space, or dropped."""
    characters = [chr(code) for code in range(1, _BMP)]
    # fold maps each character to one character or drops it, and keeps "\x00".
    results = fold("\x00".join(characters)).split("\x00")
    if len(results) != len(characters) or any(len(r) > 1 for r in results):
        raise RuntimeError("fold is no longer one character to at most one character")
    results.insert(0, "\x00")
    codes = [_SPACE if r.isspace() else ord(r) if r else _DROPPED for r in results]
    return np.array(codes, dtype="<u4")
