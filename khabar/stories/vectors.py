"""Sparse TF-IDF vectors of folded Arabic text, with a fixed background IDF table.

Story grouping is incremental, so nothing may be refit when an article
arrives: term weights are sublinear tf times an IDF read once from
``khabar/data/stories/idf.tsv.gz`` (document frequencies counted over the ANT
corpus by ``scripts/build_story_idf.py``).  Terms are folded words with the
article prefix (ال and its clitic forms وال بال فال كال لل) stripped, so
"الغوطة", "بالغوطة" and "غوطة" meet.
"""

from __future__ import annotations

import gzip
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

import numpy as np

from khabar.text.normalize import fold

Vector = dict[str, float]

# A word of two letters or more (digits and 1-letter words are no terms).
WORD = re.compile(r"[^\W\d_]{2,}")
_ARTICLE_PREFIX = re.compile(r"^(?:[وف]?[بك]?ال|[وف]?لل)(?=\w{2,})")
# Transliterated "ng" is written نغ or نج (بيونغ يانغ / بيونج يانج, جونغ / جونج).
_FINAL_NG = re.compile(r"نغ$")
# A final ا/ه (accusative tanween alef, ta marbuta) does not change the word for matching:
# "جنودا"/"جنود", "اوكرانيا"/"اوكرانيه".
_FINAL_VOWEL = re.compile(r"(?<=\w{3})[اه]$")
_CLITICS = "وفبل"
# "وزير" stays (زير is rare), "وبيونج" becomes بيونج (three times commoner).
_CLITIC_RATIO = 3
IDF_FILE = "stories/idf.tsv.gz"
# Terms whose weight an IdfTable remembers before it starts afresh.
_REMEMBERED_TERMS = 300_000


@lru_cache(maxsize=1 << 18)
def stem(word: str) -> str:
    """A folded word without its article prefix, final vowel letter and ng spelling."""
    word = _ARTICLE_PREFIX.sub("", word)
    return _FINAL_VOWEL.sub("", _FINAL_NG.sub("نج", word))


def terms(text: str) -> list[str]:
    """The stemmed words of ``text`` (digits and 1-letter words dropped)."""
    return [stem(word) for word in WORD.findall(fold(text))]


@dataclass(frozen=True, slots=True)
class IdfTable:
    """Inverse document frequencies; unseen terms weigh as a term seen in one document."""

    documents: int
    frequencies: dict[str, int]
    # term as written -> (the term it counts as, its IDF), filled as terms are met.
    _weights: dict[str, tuple[str, float]] = field(default_factory=dict, compare=False)

    def idf(self, term: str) -> float:
        """Smoothed IDF ``log((1 + N) / (1 + df)) + 1``, as scikit-learn computes it."""
        return math.log((1 + self.documents) / (1 + self.frequencies.get(term, 1))) + 1

    def vector(self, text: str) -> Vector:
        """L2-normalized ``(1 + log tf) * idf`` weights of the terms of ``text``."""
        counts = Counter(map(self._weighed, terms(text)))
        weights = {term: (1 + math.log(count)) * idf for (term, idf), count in counts.items()}
        return normalized(weights)

    def _weighed(self, term: str) -> tuple[str, float]:
        """``(known(term), its idf)``, remembered (a text repeats its terms, a corpus too)."""
        found = self._weights.get(term)
        if found is None:
            if len(self._weights) > _REMEMBERED_TERMS:
                self._weights.clear()
            known = self.known(term)
            found = self._weights[term] = (known, self.idf(known))
        return found

    def known(self, term: str) -> str:
        """``term`` without a clitic و ف ب ل when the rest is a far commoner term ("وبيونج")."""
        if term[0] not in _CLITICS:
            return term
        rest = self.frequencies.get(term[1:], 0)
        return term[1:] if rest > _CLITIC_RATIO * self.frequencies.get(term, 0) else term


def normalized(weights: Vector) -> Vector:
    """``weights`` scaled to unit length (empty stays empty)."""
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {t: w / norm for t, w in weights.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    """Dot product of two unit vectors, iterating over the shorter one."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


@dataclass(frozen=True, slots=True)
class Sparse:
    """A vector as arrays: term ids (of a ``Vocabulary``) and their weights."""

    ids: np.ndarray
    weights: np.ndarray


@dataclass
class Vocabulary:
    """Term ids for ``Sparse`` vectors, and a scratch row to take many dot products at once."""

    ids: dict[str, int] = field(default_factory=dict)
    _scratch: np.ndarray = field(default_factory=lambda: np.zeros(1 << 16))

    def sparse(self, vector: Vector) -> Sparse:
        """``vector`` as arrays, new terms taking the next ids."""
        ids = self.ids
        for term in vector:
            ids.setdefault(term, len(ids))
        rows = np.fromiter(map(ids.__getitem__, vector), dtype=np.intp, count=len(vector))
        return Sparse(rows, np.fromiter(vector.values(), dtype=float, count=len(vector)))

    def cosines(self, query: Sparse, others: Sequence[Sparse]) -> np.ndarray:
        """Dot product of ``query`` with each of ``others`` (unit vectors: their cosines),
        in a few array operations: ``query`` is spread on the scratch row, the others'
        weights multiply their terms' cells, and the products are summed per vector."""
        if not others:
            return np.zeros(0)
        if len(self._scratch) < len(self.ids):
            self._scratch = np.zeros(2 * len(self.ids))
        scratch = self._scratch
        scratch[query.ids] = query.weights
        terms = np.concatenate([other.ids for other in others])
        weights = np.concatenate([other.weights for other in others])
        owner = np.repeat(np.arange(len(others)), [len(other.ids) for other in others])
        found = np.bincount(owner, weights=scratch[terms] * weights, minlength=len(others))
        scratch[query.ids] = 0.0
        return found


def top_terms(vector: Vector, k: int) -> list[str]:
    """The ``k`` heaviest terms: the keys under which an article is indexed."""
    return sorted(vector, key=vector.__getitem__, reverse=True)[:k]


def read_idf(lines: list[str]) -> IdfTable:
    """Parse the IDF file: a ``#documents<TAB>N`` header, then ``term<TAB>df`` lines."""
    header, *rows = lines
    name, count = header.split("\t")
    if name != "#documents":
        raise ValueError(f"IDF file must start with '#documents<TAB>N', got {header!r}")
    frequencies = {}
    for row in rows:
        term, df = row.split("\t")
        frequencies[term] = int(df)
    return IdfTable(int(count), frequencies)


@cache
def background_idf() -> IdfTable:
    """The IDF table shipped with khabar, loaded once."""
    data = resources.files("khabar").joinpath("data", IDF_FILE).read_bytes()
    return read_idf(gzip.decompress(data).decode("utf-8").splitlines())
