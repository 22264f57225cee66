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
from functools import cache
from typing import Any

import pycrfsuite

from khabar.extract.ner_features import DATA, TOKEN, clitic, key, sentence_features
from khabar.text.normalize import normalize

MODEL = "anercorp.crfsuite"
# ANERcorp's types -> khabar's.
TYPES = {"PERS": "PERSON", "LOC": "PLACE", "ORG": "ORG", "MISC": "MISC"}
_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = frozenset(".!?؟")


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
def _tagger() -> pycrfsuite.Tagger:
    """The CRF, opened once."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(DATA / MODEL))
    return tagger


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
    if not tokens:
        return []
    return _tagger().tag(sentence_features(tokens))


def sentences(text: str) -> Iterator[list[re.Match[str]]]:
    """Token matches of each sentence: lines cut after sentence-final punctuation."""
    for line in _LINE.finditer(text):
        sentence: list[re.Match[str]] = []
        for match in TOKEN.finditer(text, line.start(), line.end()):
            sentence.append(match)
            if match.group() in _SENTENCE_END:
                yield sentence
                sentence = []
        if sentence:
            yield sentence


def _without_clitic(token: str) -> int:
    """How many leading characters of ``token`` are a clitic, not part of the name."""
    prefix = clitic(key(token))
    return normalize(token).start(len(prefix)) if prefix else 0


def tag(text: str) -> list[EntitySpan]:
    """Named entities of ``text``, in order, with offsets into ``text`` as given."""
    found: list[EntitySpan] = []
    for sentence in sentences(text):
        labels = tag_tokens([match.group() for match in sentence])
        for first, end, kind in chunks(labels):
            start = sentence[first].start() + _without_clitic(sentence[first].group())
            stop = sentence[end - 1].end()
            found.append(EntitySpan(start, stop, TYPES.get(kind, kind), text[start:stop]))
    return found


def tag_many(texts: Iterable[str]) -> list[list[EntitySpan]]:
    """``tag`` of each text."""
    return [tag(text) for text in texts]
