"""Accuracy and speed of khabar's NER on the ANERcorp test file (never used for training).

Prints entity-level micro precision, recall and F1 (exact span and type, BIO read as seqeval
does), the same per type, and sentences per second on one core, tagging the test tokens as
ANERcorp gives them.

    OMP_NUM_THREADS=1 PYTHONPATH=. python bench/ner.py
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from khabar.extract.ner import tag_tokens
from khabar.extract.ner_corpus import f1, match_counts, read_conll

TEST = Path("/work/shared/data/anercorp/anercorp.test.conll")


def scores(right: int, predicted: int, expected: int) -> str:
    """P, R, F1 in percent, and the gold count."""
    precision, recall, f = f1(right, predicted, expected)
    return f"P {precision:5.1f}  R {recall:5.1f}  F1 {f:5.1f}  ({expected} gold)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--test", type=Path, default=TEST)
    args = parser.parse_args()
    data = read_conll(args.test)
    tag_tokens(data[0][0])  # load the model outside the timing

    started = time.perf_counter()
    guesses = [tag_tokens(tokens) for tokens, _ in data]
    elapsed = time.perf_counter() - started

    right, predicted, expected = match_counts([tags for _, tags in data], guesses)
    total = (sum(right.values()), sum(predicted.values()), sum(expected.values()))
    print(f"ANERcorp test, {len(data)} sentences, {sum(len(t) for t, _ in data)} tokens")
    print(f"micro     {scores(*total)}")
    for kind in sorted(expected):
        print(f"{kind:<9} {scores(right[kind], predicted[kind], expected[kind])}")
    print(f"speed     {len(data) / elapsed:,.0f} sentences/s on one core ({elapsed:.2f}s)")


if __name__ == "__main__":
    main()
