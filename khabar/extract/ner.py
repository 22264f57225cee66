"""Arabic named entities (person, place, organisation, other) with a CRF trained on ANERcorp.

``tag(text)`` splits the text into tokens and sentences, tags them with the CRF of
``khabar/data/ner/anercorp.crfsuite`` (built by ``scripts/train_ner.py``) and returns spans
into the original text.  A leading conjunction or preposition glued to a name is left out
of the span ("بأوكرانيا" -> "أوكرانيا") unless it belongs to the name ("بكين", "لبنان").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from functools import cache, lru_cache
from typing import Any

import numpy as np

from khabar.extract.crf import LinearChain
from khabar.extract.ner_features import (
    DATA,
    TOKEN,
    WINDOW,
    clitic,
    key,
    sentence_extras,
    word_features,
)
from khabar.text.normalize import normalize

MODEL = "anercorp.crfsuite"
# ANERcorp's types -> khabar's.
TYPES = {"PERS": "PERSON", "LOC": "PLACE", "ORG": "ORG", "MISC": "MISC"}
_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = frozenset(".!?؟")
_ARABIC = re.compile(r"[\u0621-\u064a]")
# Label scores of the words seen so far, by token (about 20 MB at this bound).
_WEIGHTS: dict[str, np.ndarray] = {}
_CACHED_WORDS = 50_000


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


def _word_weights(tokens: Sequence[str]) -> None:
    """Cache, for each new token, the label scores of its own features and of its features
    seen from -2, -1, +1, +2: computed for all new tokens at once, then reused."""
    new = list(dict.fromkeys(token for token in tokens if token not in _WEIGHTS))
    if not new:
        return
    if len(_WEIGHTS) + len(new) > _CACHED_WORDS:
        _WEIGHTS.clear()
        new = list(dict.fromkeys(tokens))
    parts = 1 + len(WINDOW)
    sums = _model().weights([group for token in new for group in word_features(token)])
    for n, token in enumerate(new):
        _WEIGHTS[token] = sums[n * parts : (n + 1) * parts]


@lru_cache(maxsize=1 << 12)
def _extra_weights(features: tuple[str, ...]) -> np.ndarray:
    """Label scores of sentence-level features (bias, edges, gazetteer phrases)."""
    return _model().weights([features])[0]


def _emission(tokens: Sequence[str]) -> np.ndarray:
    """State scores (tokens x labels) of one sentence: the sum of its feature weights."""
    if not tokens:
        return np.zeros((0, len(_model().labels)))
    words = np.stack([_WEIGHTS[token] for token in tokens])
    emission = words[:, 0] + np.stack([_extra_weights(x) for x in sentence_extras(tokens)])
    size = len(tokens)
    for slot, offset in enumerate(WINDOW, 1):
        if offset < 0:
            emission[-offset:] += words[: size + offset, slot]
        else:
            emission[: size - offset] += words[offset:, slot]
    return emission


def chunks(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(first, end, type)`` token ranges of the BIO ``tags``, read as seqeval does.

    An I- tag that does not continue an entity of its type starts a new one.
    """
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
    _word_weights([token for tokens in sentences for token in tokens])
    return _model().decode([_emission(tokens) for tokens in sentences])


def split_sentences(text: str) -> Iterator[list[re.Match[str]]]:
    """Token matches of each sentence with Arabic in it: lines cut after sentence-final
    punctuation (as ANERcorp's sentences are)."""
    for line in _LINE.finditer(text):
        sentence: list[re.Match[str]] = []
        for match in TOKEN.finditer(text, line.start(), line.end()):
            sentence.append(match)
            if match.group() in _SENTENCE_END:
                if _arabic(sentence):
                    yield sentence
                sentence = []
        if sentence and _arabic(sentence):
            yield sentence


def _arabic(sentence: list[re.Match[str]]) -> bool:
    """Whether a sentence has an Arabic word (the model knows nothing of other languages)."""
    return any(_ARABIC.match(match.group()) for match in sentence)


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
    split = [(n, sentence) for n, text in enumerate(texts) for sentence in split_sentences(text)]
    labels = tag_sentences([[match.group() for match in sentence] for _, sentence in split])
    found: list[list[EntitySpan]] = [[] for _ in texts]
    for (n, sentence), sentence_labels in zip(split, labels, strict=True):
        for first, end, kind in chunks(sentence_labels):
            start = sentence[first].start() + _without_clitic(sentence[first].group())
            stop = sentence[end - 1].end()
            found[n].append(EntitySpan(start, stop, TYPES.get(kind, kind), texts[n][start:stop]))
    return found
