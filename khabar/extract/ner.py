"""Arabic named entities (person, place, organisation, other) with a CRF trained on ANERcorp.

``tag(text)`` splits the text into tokens and sentences, tags them with the CRF of
``khabar/data/ner/anercorp.crfsuite`` (built by ``scripts/train_ner.py``) and returns spans
into the original text.  A leading conjunction or preposition glued to a name is left out
of the span ("بأوكرانيا" -> "أوكرانيا") unless it belongs to the name ("بكين", "لبنان").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from functools import cache, lru_cache
from typing import Any

import numpy as np

from khabar.extract.crf import LinearChain
from khabar.extract.ner_features import (
    BIAS,
    DATA,
    DIGIT,
    TOKEN,
    WINDOW,
    clitic,
    edge_feature,
    key,
    opens_phrase,
    phrase_feature,
    phrase_tags,
    word_features,
)
from khabar.text.normalize import normalize

MODEL = "anercorp.crfsuite"
# ANERcorp's types -> khabar's.
TYPES = {"PERS": "PERSON", "LOC": "PLACE", "ORG": "ORG", "MISC": "MISC"}
# A sentence for the tagger: up to a line break or sentence-final punctuation, where a dot
# between digits is a decimal point (TOKEN reads "2.5" as one number).
_SENTENCE = re.compile(rf"(?:[^\n.!?؟]|(?<={DIGIT})\.(?={DIGIT}))+[.!?؟]?|[.!?؟]")
_ARABIC = re.compile(r"[\u0621-\u064a]")
# Words whose label scores are kept (~27 MB of scores at this bound).
_CACHED_WORDS = 150_000


@dataclass(frozen=True, slots=True)
class EntitySpan:
    """A named entity: ``text == original[start:end]``, ``type`` PERSON, PLACE, ORG or MISC."""

    start: int
    end: int
    type: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@cache
def _model() -> LinearChain:
    """The CRF, read once."""
    return LinearChain.load(str(DATA / MODEL))


class _WordTable:
    """For each word seen, the label scores of its own features and of its features as
    seen from -2, -1, +1, +2, and whether it may open a gazetteer phrase.

    A sentence's state scores are then array sums over word rows instead of a Python
    pass over every feature of every token.  When the table is full it keeps the half of
    its words used most since the last clear-out: starting afresh made a long run compute
    four times as many words again.
    """

    def __init__(self, model: LinearChain, capacity: int) -> None:
        self.model = model
        self.capacity = capacity
        self.rows: dict[str, int] = {}
        self.words: list[str] = []
        self.scores = np.zeros((0, 1 + len(WINDOW), len(model.labels)), dtype=np.float32)
        self.opens_phrase = np.zeros(0, dtype=bool)
        self.uses = np.zeros(0, dtype=np.int64)

    def ids(self, tokens: Sequence[str]) -> np.ndarray:
        """The row of each token, adding rows for the tokens not seen yet."""
        new = [token for token in dict.fromkeys(tokens) if token not in self.rows]
        if new:
            if len(self.rows) + len(new) > self.capacity:
                self._keep_most_used(self.capacity // 2)
                new = [token for token in dict.fromkeys(tokens) if token not in self.rows]
            self._add(new)
        ids = np.fromiter(map(self.rows.__getitem__, tokens), dtype=np.intp, count=len(tokens))
        self.uses[: len(self.rows)] += np.bincount(ids, minlength=len(self.rows))
        return ids

    def _keep_most_used(self, size: int) -> None:
        """Keep the ``size`` words used most, in their order, with their use counts halved."""
        kept = np.sort(np.argsort(-self.uses[: len(self.rows)], kind="stable")[:size])
        self.words = [self.words[row] for row in kept]
        self.rows = {word: row for row, word in enumerate(self.words)}
        self.scores[: len(kept)] = self.scores[kept]
        self.opens_phrase[: len(kept)] = self.opens_phrase[kept]
        self.uses[: len(kept)] = self.uses[kept] // 2
        self.uses[len(kept) :] = 0

    def _add(self, words: list[str]) -> None:
        first, parts = len(self.rows), 1 + len(WINDOW)
        needed = first + len(words)
        if needed > len(self.scores):
            size = max(needed, min(2 * len(self.scores), self.capacity))
            self.scores = np.resize(self.scores, (size, *self.scores.shape[1:]))
            self.opens_phrase = np.resize(self.opens_phrase, size)
            self.uses = np.resize(self.uses, size)
            self.uses[first:] = 0
        sums = self.model.weights([group for word in words for group in word_features(word)])
        self.scores[first:needed] = sums.reshape(len(words), parts, -1)
        self.opens_phrase[first:needed] = [opens_phrase(word) for word in words]
        self.rows.update(zip(words, range(first, needed), strict=True))
        self.words.extend(words)


@cache
def _words() -> _WordTable:
    return _WordTable(_model(), _CACHED_WORDS)


@lru_cache(maxsize=256)
def _feature_scores(feature: str) -> np.ndarray:
    """Label scores of one sentence-level feature (bias, edge, gazetteer phrase)."""
    return _model().weights([(feature,)])[0]


def _emissions(sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
    """State scores (tokens x labels) of each sentence: the sum of its feature weights,
    computed for all sentences at once."""
    lengths = np.array([len(tokens) for tokens in sentences], dtype=np.intp)
    table = _words()
    ids = table.ids([token for tokens in sentences for token in tokens])
    words = table.scores[ids]
    position = np.arange(len(ids)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    remaining = np.repeat(lengths, lengths) - position - 1
    emission = words[:, 0] + _feature_scores(BIAS)
    for slot, offset in enumerate(WINDOW, 1):
        inside = np.flatnonzero(position >= -offset if offset < 0 else remaining >= offset)
        emission[inside] += words[inside + offset, slot]
        edge = (position + offset == -1) | (remaining == offset - 1)
        emission[edge] += _feature_scores(edge_feature(offset))
    _add_phrases(emission, sentences, table.opens_phrase[ids])
    return np.split(emission, np.cumsum(lengths)[:-1]) if len(sentences) else []


def _add_phrases(
    emission: np.ndarray, sentences: Sequence[Sequence[str]], opens: np.ndarray
) -> None:
    """Add the gazetteer-phrase features of the sentences that hold a phrase's first word."""
    first = 0
    for tokens in sentences:
        starts = np.flatnonzero(opens[first : first + len(tokens)])
        if len(starts):
            for j, phrase in enumerate(phrase_tags(tokens, starts.tolist())):
                if phrase is None:
                    continue
                for offset in (-1, 0, 1):
                    if 0 <= j - offset < len(tokens):
                        emission[first + j - offset] += _feature_scores(
                            phrase_feature(offset, phrase)
                        )
        first += len(tokens)


def chunks(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(first, end, type)`` token ranges of the BIO ``tags``, read as seqeval does.

    An I- tag that does not continue an entity of its type starts a new one.
    """
    if tags.count("O") == len(tags):  # most sentences name nothing
        return []
    found: list[tuple[int, int, str]] = []
    first, kind = -1, ""
    for i, tag in enumerate((*tags, "O")):
        prefix, _, label = tag.partition("-")
        if first >= 0 and (prefix != "I" or label != kind):
            found.append((first, i, kind))
            first = -1
        if prefix == "B" or (prefix == "I" and first < 0):
            first, kind = i, label
    return found


def tag_tokens(tokens: Sequence[str]) -> list[str]:
    """ANERcorp BIO tags (B-PERS, I-LOC, O, …) of one tokenized sentence."""
    return tag_sentences([tokens])[0]


def tag_sentences(sentences: Sequence[Sequence[str]]) -> list[list[str]]:
    """``tag_tokens`` of each sentence, decoded together (faster than one by one)."""
    return _model().decode(_emissions(sentences))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence with Arabic in it: lines cut after sentence-final
    punctuation (as ANERcorp's sentences are), never inside a number (2.5)."""
    return [
        match.span()
        for match in _SENTENCE.finditer(text)
        if _ARABIC.search(text, match.start(), match.end())
    ]


def _without_clitic(token: str) -> int:
    """How many leading characters of ``token`` are a clitic, not part of the name."""
    prefix = clitic(key(token))
    return normalize(token).start(len(prefix)) if prefix else 0


def tag(text: str) -> list[EntitySpan]:
    """Named entities of ``text``, in order, with offsets into ``text`` as given."""
    return tag_many([text])[0]


def tag_many(texts: Iterable[str]) -> list[list[EntitySpan]]:
    """``tag`` of each text; the sentences of all texts are decoded together."""
    texts = list(texts)
    spans = [(n, span) for n, text in enumerate(texts) for span in split_sentences(text)]
    labels = tag_sentences([TOKEN.findall(texts[n], *span) for n, span in spans])
    found: list[list[EntitySpan]] = [[] for _ in texts]
    for (n, span), sentence_labels in zip(spans, labels, strict=True):
        entities = chunks(sentence_labels)
        if not entities:
            continue
        tokens = list(TOKEN.finditer(texts[n], *span))  # offsets only where entities are
        for first, end, kind in entities:
            start = tokens[first].start() + _without_clitic(tokens[first].group())
            stop = tokens[end - 1].end()
            found[n].append(EntitySpan(start, stop, TYPES.get(kind, kind), texts[n][start:stop]))
    return found
