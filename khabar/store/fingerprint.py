"""The content hash that finds exact duplicates across outlets."""

from __future__ import annotations

import hashlib
from functools import lru_cache

from khabar.text.normalize import fold


@lru_cache(maxsize=2048)
def content_hash(text: str) -> str:
    """sha256 (hex) of the folded text with every run of whitespace made one space.

    Cached: ``khabar run`` asks for a document's hash when it reads a batch (is it
    analysed already?) and again when it stores the document, a batch later.
    """
    collapsed = " ".join(fold(text).split())
    return hashlib.sha256(collapsed.encode("utf-8", "surrogatepass")).hexdigest()
