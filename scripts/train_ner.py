"""Train khabar's Arabic NER CRF (khabar/data/ner/anercorp.crfsuite) on ANERcorp's train file.

Run ``scripts/build_gazetteer.py`` and ``scripts/build_clusters.py`` first (their outputs are
features).  ``--tune`` picks the L1/L2 penalties on a held-out tail of the train file (the
last 10% of its sentences); the final model is then trained on the whole train file.  The
test file is never read.  LBFGS is deterministic, so the same data give the same model:

    OMP_NUM_THREADS=1 PYTHONPATH=. python scripts/train_ner.py --tune
"""

from __future__ import annotations

import argparse
import itertools
import time
from collections.abc import Sequence
from pathlib import Path

import pycrfsuite

from khabar.extract.ner import MODEL
from khabar.extract.ner_corpus import Sentence, f1, match_counts, read_conll
from khabar.extract.ner_features import DATA, sentence_features

TRAIN = Path("/work/shared/data/anercorp/anercorp.train.conll")


def micro_f1(gold: Sequence[Sequence[str]], guess: Sequence[Sequence[str]]) -> float:
    """Entity-level micro F1 (exact span and type), in percent."""
    right, predicted, expected = match_counts(gold, guess)
    return f1(sum(right.values()), sum(predicted.values()), sum(expected.values()))[2]


def train(data: Sequence[Sentence], path: Path, c1: float, c2: float, iterations: int) -> None:
    """Fit a CRF with LBFGS on ``data`` and write it to ``path``."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, tags in data:
        trainer.append(sentence_features(tokens), tags)
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True}
    )
    trainer.train(str(path))


def evaluate(data: Sequence[Sentence], path: Path) -> float:
    """Micro F1 of the model at ``path`` on ``data``."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    guesses = [tagger.tag(sentence_features(tokens)) for tokens, _ in data]
    return micro_f1([tags for _, tags in data], guesses)


def tune(data: Sequence[Sentence], iterations: int, scratch: Path) -> tuple[float, float]:
    """The (c1, c2) with the best F1 on the last 10% of ``data`` when trained on the rest."""
    cut = len(data) * 9 // 10
    best = (0.0, 0.0, 0.0)
    for c1, c2 in itertools.product((0.05, 0.1), (0.05, 0.2, 0.5)):
        started = time.monotonic()
        train(data[:cut], scratch, c1, c2, iterations)
        score = evaluate(data[cut:], scratch)
        print(f"c1={c1} c2={c2}: held-out F1 {score:.2f} ({time.monotonic() - started:.0f}s)")
        best = max(best, (score, c1, c2))
    return best[1], best[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, default=TRAIN)
    parser.add_argument("--out", type=Path, default=Path(str(DATA / MODEL)))
    parser.add_argument("--tune", action="store_true", help="choose c1/c2 on held-out train")
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.2)
    parser.add_argument("--iterations", type=int, default=150)
    args = parser.parse_args()
    data = read_conll(args.train)
    c1, c2 = args.c1, args.c2
    if args.tune:
        c1, c2 = tune(data, args.iterations, args.out.with_suffix(".tuning"))
        args.out.with_suffix(".tuning").unlink()
    started = time.monotonic()
    train(data, args.out, c1, c2, args.iterations)
    size = args.out.stat().st_size / 1e6
    print(f"c1={c1} c2={c2}: {args.out} {size:.1f} MB ({time.monotonic() - started:.0f}s)")


if __name__ == "__main__":
    main()
