"""The content hash that finds exact duplicates across outlets."""

from __future__ import annotations

import hashlib

from khabar.text.normalize import fold


def content_hash(text: str) -> str:
    """sha256 (hex) of the folded text with every run of whitespace made one space."""
    collapsed = " ".join(fold(text).split())
    return hashlib.sha256(collapsed.encode("utf-8", "surrogatepass")).hexdigest()
