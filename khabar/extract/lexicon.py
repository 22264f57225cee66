"""Loading khabar's word lists (``khabar/data``) and turning them into fast regexes.

Lexicons are data so users can extend them; each row is checked when loaded and a
bad row raises ``DataFileError`` naming the file and line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources

from khabar.errors import DataFileError
from khabar.text.normalize import fold


def read_rows(name: str, columns: int) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(line number, fields)`` of ``khabar/data/<name>``, skipping comments and blanks.

    Raises ``DataFileError`` when a row has fewer than ``columns`` fields.
    """
    path = resources.files("khabar").joinpath("data", *name.split("/"))
    text = path.read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < columns:
            raise DataFileError(
                f"khabar/data/{name}", f"expected {columns} fields: {line!r}", number
            )
        yield number, [field.strip() for field in fields]


def read_words(name: str) -> list[str]:
    """The folded entries of a one-entry-per-line data file."""
    return [fold(fields[0]) for _, fields in read_rows(name, 1)]


@cache
def folded_phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """Each entry of a phrase list as a tuple of folded words, longest phrases first (then
    alphabetical: the order never depends on the process's string hashing)."""
    phrases = {tuple(word.split()) for word in read_words(name)}
    return tuple(sorted(phrases, key=lambda phrase: (-len(phrase), phrase)))


@cache
def folded_words(name: str) -> frozenset[str]:
    """A one-word-a-line list as a set of folded words."""
    return frozenset(read_words(name))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` built as a trie, so ``re`` branches on each letter.

    A flat ``a|b|c`` of hundreds of words is tried word by word at every position; the
    trie form is several times faster on long texts.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    """The regex for one trie node (longest branches first, end-of-word last)."""
    branches = [re.escape(char) + _trie_pattern(child) for char, child in node.items() if char]
    optional = "" in node
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if optional else body
