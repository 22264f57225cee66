"""Loading the word lists under ``khabar/data``: one place, folded the same way as the text."""

from __future__ import annotations

from functools import cache
from importlib import resources

from khabar.text.normalize import fold


def data_lines(relative_path: str) -> list[str]:
    """Non-empty, non-comment lines of a data file shipped in ``khabar/data``."""
    text = resources.files("khabar").joinpath("data", relative_path).read_text(encoding="utf-8")
    return [
        line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


@cache
def folded_phrases(relative_path: str) -> tuple[tuple[str, ...], ...]:
    """Each line of a phrase list as a tuple of folded words, longest phrases first."""
    phrases = {tuple(fold(line).split()) for line in data_lines(relative_path)}
    return tuple(sorted(phrases, key=len, reverse=True))


@cache
def folded_words(relative_path: str) -> frozenset[str]:
    """A one-word-a-line list as a set of folded words."""
    return frozenset(fold(line.strip()) for line in data_lines(relative_path))
