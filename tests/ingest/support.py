"""Shared helpers for the reader tests."""

from __future__ import annotations

from pathlib import Path

from khabar.errors import BadInput
from khabar.model import Document

SEEDS = Path("/work/shared/seeds")
ANT = Path("/work/shared/data/ant/ant-v2.1.jsonl.gz")
SAUDINEWSNET = Path("/work/shared/data/saudinewsnet/saudinewsnet-2015.jsonl.gz")


def documents(items: list[Document | BadInput]) -> list[Document]:
    """The Documents among ``items``."""
    return [item for item in items if isinstance(item, Document)]


def problems(items: list[Document | BadInput]) -> list[str]:
    """The BadInput messages among ``items``."""
    return [str(item) for item in items if isinstance(item, BadInput)]
