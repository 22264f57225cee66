"""Shared helpers for the reader tests."""

from __future__ import annotations

from khabar.errors import BadInput
from khabar.model import Document


def documents(items: list[Document | BadInput]) -> list[Document]:
    """The Documents among ``items``."""
    return [item for item in items if isinstance(item, Document)]


def problems(items: list[Document | BadInput]) -> list[str]:
    """The BadInput messages among ``items``."""
    return [str(item) for item in items if isinstance(item, BadInput)]
