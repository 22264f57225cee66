"""ANERcorp-style data (token<TAB>BIO tag) and entity-level scoring, for training and bench."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from khabar.extract.ner import chunks

Sentence = tuple[list[str], list[str]]


def read_conll(path: Path) -> list[Sentence]:
    """(tokens, tags) of each blank-line-separated sentence of a token<TAB>tag file."""
    found: list[Sentence] = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        rows = [line.split("\t") for line in block.splitlines() if line.strip()]
        if rows:
            found.append(([row[0] for row in rows], [row[1] for row in rows]))
    return found


def match_counts(
    gold: Iterable[Sequence[str]], guess: Iterable[Sequence[str]]
) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Per type: entities found right (exact span and type), predicted, and in the gold tags."""
    right: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    expected: Counter[str] = Counter()
    for gold_tags, guess_tags in zip(gold, guess, strict=True):
        gold_set, guess_set = set(chunks(gold_tags)), set(chunks(guess_tags))
        expected.update(kind for _, _, kind in gold_set)
        predicted.update(kind for _, _, kind in guess_set)
        right.update(kind for _, _, kind in gold_set & guess_set)
    return right, predicted, expected


def f1(right: int, predicted: int, expected: int) -> tuple[float, float, float]:
    """Precision, recall and F1, in percent."""
    precision = 100 * right / predicted if predicted else 0.0
    recall = 100 * right / expected if expected else 0.0
    both = precision + recall
    return precision, recall, 2 * precision * recall / both if both else 0.0
