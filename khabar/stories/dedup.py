"""Near-duplicate detection: wire copy reprinted by several outlets.

Each text is a set of word 3-shingles of its folded form, sketched by a MinHash;
a MinHash LSH index finds earlier texts whose estimated Jaccard similarity
passes the threshold.  0.8 was measured on ANT March 2018
(``bench/stories_duplicates.py``, 4,922 articles): the 161 pairs at 0.8 or more
are all reprints of one dispatch (France 24 files an article under two
categories; two outlets running one agency text), while from 0.7 down
different updates of one story appear (an outlet's "voting extended" and "count
begins", 0.73) beside edited wire copy, which the TF-IDF score still joins to
the same story without calling it a copy.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from khabar.text.normalize import fold

SHINGLE = 3
NUM_PERM = 128
THRESHOLD = 0.8
# Odd multipliers mixing the codes of a shingle's three words into one 32-bit value.
_MIX = (np.uint64(0x9E3779B1), np.uint64(0x85EBCA77))
_LOW_32 = np.uint64(0xFFFFFFFF)


@lru_cache(maxsize=1 << 18)
def _word_code(word: str) -> int:
    """A 32-bit code of a word, the same in every process (``hash`` is salted)."""
    return zlib.crc32(word.encode())


def shingle_codes(text: str) -> np.ndarray:
    """32-bit codes of the distinct word 3-shingles of the folded text (a shorter text is
    one shingle; no words, none): word codes mixed with array arithmetic instead of hashing
    joined strings."""
    words = fold(text).split()
    codes = np.fromiter(map(_word_code, words), dtype=np.uint64, count=len(words))
    if not words:
        return codes
    if len(codes) < SHINGLE:
        codes = np.concatenate((codes, np.zeros(SHINGLE - len(codes), dtype=np.uint64)))
    size = len(codes) - SHINGLE + 1
    mixed = codes[:size] * _MIX[0] + codes[1 : size + 1] * _MIX[1] + codes[2:]
    return np.unique((mixed ^ (mixed >> np.uint64(32))) & _LOW_32)


def _same(code: np.uint64) -> np.uint64:
    """The identity: shingle codes are already hashed."""
    return code


# One MinHash whose permutations every sketch reuses: drawing them is the slow part.
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=1)


def sketch(text: str) -> LeanMinHash | None:
    """The MinHash of ``text``'s shingles, or None for a text without words."""
    codes = shingle_codes(text)
    if not len(codes):
        return None
    minhash = MinHash(
        num_perm=NUM_PERM,
        seed=1,
        hashfunc=_same,
        permutations=_TEMPLATE.permutations,
        scheme=_TEMPLATE.scheme,
    )
    minhash.update_batch(codes)
    return LeanMinHash(minhash)


@dataclass
class DuplicateIndex:
    """Earlier texts by MinHash LSH; ``find`` names the earliest near-duplicate."""

    threshold: float = THRESHOLD
    _lsh: MinHashLSH = field(init=False)
    _sketches: dict[int, LeanMinHash] = field(init=False, default_factory=dict)
    _order: dict[int, int] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"duplicate threshold must be in (0, 1], got {self.threshold}")
        self._lsh = MinHashLSH(threshold=self.threshold, num_perm=NUM_PERM)

    def find(self, minhash: LeanMinHash | None) -> tuple[int, float] | None:
        """``(id, estimated Jaccard)`` of the earliest indexed near-duplicate, if any."""
        if minhash is None:
            return None
        matches = [
            (self._order[key], key, self._sketches[key].jaccard(minhash))
            for key in self._lsh.query(minhash)
        ]
        kept = [(order, key, score) for order, key, score in matches if score >= self.threshold]
        if not kept:
            return None
        _, key, score = min(kept)
        return key, score

    def remove(self, key: int) -> None:
        """Forget ``key`` (a text too old to be reprinted within the grouping window)."""
        if self._sketches.pop(key, None) is not None:
            self._lsh.remove(key)
            del self._order[key]

    def add(self, key: int, minhash: LeanMinHash | None) -> None:
        """Index ``minhash`` under ``key`` (an empty text is not indexed)."""
        if minhash is None or key in self._sketches:
            return
        self._lsh.insert(key, minhash)
        self._sketches[key] = minhash
        self._order[key] = len(self._order)
