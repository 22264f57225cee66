"""Accuracy and speed of khabar's NER on the ANERcorp test file (never used for training).

Prints entity-level micro precision, recall and F1 (exact span and type, BIO read as seqeval
does), the same per type, and sentences per second on one core, tagging the test tokens as
ANERcorp gives them (first with an empty cache, then again), and how many of the seed
articles' expected entity spellings ``tag`` finds with the right type.  ``--check`` also tags with
python-crfsuite's own tagger and counts the sentences tagged the same.

    OMP_NUM_THREADS=1 PYTHONPATH=. python bench/ner.py --check
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import pycrfsuite

from khabar.extract.ner import MODEL, tag, tag_sentences, tag_tokens
from khabar.extract.ner_corpus import Sentence, f1, match_counts, read_conll
from khabar.extract.ner_features import DATA, sentence_features

TEST = Path("/work/shared/data/anercorp/anercorp.test.conll")
SEEDS = Path("/work/shared/seeds")


def scores(right: int, predicted: int, expected: int) -> str:
    """P, R, F1 in percent, and the gold count."""
    precision, recall, f = f1(right, predicted, expected)
    return f"P {precision:5.1f}  R {recall:5.1f}  F1 {f:5.1f}  ({expected} gold)"


def same_as_crfsuite(data: list[Sentence], guesses: list[list[str]]) -> int:
    """How many sentences python-crfsuite's own tagger labels exactly as khabar's decoder."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(DATA / MODEL))
    reference = [tagger.tag(sentence_features(tokens)) for tokens, _ in data]
    return sum(ours == theirs for ours, theirs in zip(guesses, reference, strict=True))


def seed_recall(seeds: Path) -> tuple[list[str], list[str]]:
    """Spellings of the seeds' expected entities found, and missed, with their type, as a
    whole span somewhere in the seed articles (expected.json lists them)."""
    expected = json.loads((seeds / "expected.json").read_text(encoding="utf-8"))
    spans = {
        (span.text, span.type) for path in seeds.glob("*.txt") for span in tag(path.read_text())
    }
    found: list[str] = []
    missed: list[str] = []
    for entity in expected["entities"]:
        for spelling in entity["spellings"]:
            (found if (spelling, entity["type"]) in spans else missed).append(spelling)
    return found, missed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--test", type=Path, default=TEST)
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    parser.add_argument("--check", action="store_true", help="compare with crfsuite's tagger")
    args = parser.parse_args()
    data = read_conll(args.test)
    tag_tokens(["تجربة"])  # load the model outside the timing
    sentences = [tokens for tokens, _ in data]

    started = time.perf_counter()
    guesses = tag_sentences(sentences)
    cold = time.perf_counter() - started
    started = time.perf_counter()
    tag_sentences(sentences)
    warm = time.perf_counter() - started

    right, predicted, expected = match_counts([tags for _, tags in data], guesses)
    total = (sum(right.values()), sum(predicted.values()), sum(expected.values()))
    print(f"ANERcorp test, {len(data)} sentences, {sum(len(t) for t in sentences)} tokens")
    print(f"micro     {scores(*total)}")
    for kind in sorted(expected):
        print(f"{kind:<9} {scores(right[kind], predicted[kind], expected[kind])}")
    print(f"speed     {len(data) / cold:,.0f} sentences/s on one core, first pass ({cold:.2f}s)")
    print(f"          {len(data) / warm:,.0f} sentences/s again, words' weights cached")
    found, missed = seed_recall(args.seeds)
    print(f"seeds     {len(found)}/{len(found) + len(missed)} expected spellings found;", end=" ")
    print(f"missed: {', '.join(missed) or 'none'}")
    if args.check:
        print(f"crfsuite  same tags for {same_as_crfsuite(data, guesses)}/{len(data)} sentences")


if __name__ == "__main__":
    main()
