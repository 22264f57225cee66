"""Viterbi decoding of a crfsuite linear-chain CRF with numpy.

python-crfsuite trains the model; decoding it here instead of with ``Tagger.tag`` is several
times faster: the tagger sums each word's feature weights once (then caches them) instead of
passing every feature to C++ as a string at every occurrence, and Viterbi runs on batches.
The tags are the same as crfsuite's (``bench/ner.py --check`` compares them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, repeat

import numpy as np
import pycrfsuite


@dataclass(frozen=True, slots=True)
class LinearChain:
    """A first-order CRF: one weight row per attribute (then a zero row, read for features
    the model does not know), and label-to-label transitions."""

    labels: tuple[str, ...]
    attributes: dict[str, int]
    state: np.ndarray
    transition: np.ndarray

    @classmethod
    def load(cls, path: str) -> LinearChain:
        """Read the weights of the crfsuite model at ``path``."""
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
        labels = tuple(tagger.labels())
        label_index = {label: i for i, label in enumerate(labels)}
        attributes: dict[str, int] = {}
        for attribute, _ in info.state_features:
            attributes.setdefault(attribute, len(attributes))
        state = np.zeros((len(attributes) + 1, len(labels)))
        for (attribute, label), weight in info.state_features.items():
            state[attributes[attribute], label_index[label]] = weight
        transition = np.zeros((len(labels), len(labels)))
        for (source, target), weight in info.transitions.items():
            transition[label_index[source], label_index[target]] = weight
        return cls(labels, attributes, state, transition)

    def weights(self, groups: Sequence[Sequence[str]]) -> np.ndarray:
        """Summed label scores of each group of features (groups x labels); features the
        model does not know weigh nothing."""
        sizes = np.fromiter(map(len, groups), dtype=np.intp, count=len(groups))
        features = list(chain.from_iterable(groups))
        unknown = len(self.attributes)  # the zero row
        rows = np.fromiter(
            map(self.attributes.get, features, repeat(unknown)), dtype=np.intp, count=len(features)
        )
        sums = np.zeros((len(groups), len(self.labels)))
        present = sizes > 0
        if len(rows):
            starts = (np.cumsum(sizes) - sizes)[present]
            sums[present] = np.add.reduceat(self.state[rows], starts, axis=0)
        return sums

    def decode(self, emissions: Sequence[np.ndarray], batch: int = 64) -> list[list[str]]:
        """The best label sequence of each sentence given its state scores (tokens x labels).

        Sentences of similar length are decoded together: each Viterbi step runs once per
        position over a batch of them.
        """
        paths: list[list[str]] = [[] for _ in emissions]
        order = sorted(range(len(emissions)), key=lambda n: len(emissions[n]))
        order = [n for n in order if len(emissions[n])]
        for first in range(0, len(order), batch):
            group = order[first : first + batch]
            lengths = np.array([len(emissions[n]) for n in group])
            padded = np.zeros((len(group), lengths.max(), len(self.labels)))
            for row, n in enumerate(group):
                padded[row, : lengths[row]] = emissions[n]
            for n, path, length in zip(group, self._viterbi(padded, lengths), lengths, strict=True):
                paths[n] = [self.labels[i] for i in path[:length]]
        return paths

    def _viterbi(self, emission: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """Highest-scoring label paths (sentences x positions) through ``emission``."""
        batch, positions, labels = emission.shape
        stay = np.broadcast_to(np.arange(labels), (batch, labels))
        score = emission[:, 0]
        back = np.zeros((batch, positions, labels), dtype=np.intp)
        for t in range(1, positions):
            candidates = score[:, :, None] + self.transition
            best = candidates.argmax(axis=1)
            active = (t < lengths)[:, None]
            back[:, t] = np.where(active, best, stay)
            score = np.where(active, candidates.max(axis=1) + emission[:, t], score)
        paths = np.zeros((batch, positions), dtype=np.intp)
        current = score.argmax(axis=1)
        everyone = np.arange(batch)
        for t in range(positions - 1, -1, -1):
            paths[:, t] = current
            current = back[everyone, t, current]
        return paths
