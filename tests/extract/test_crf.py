"""Tests for khabar.extract.crf: numpy Viterbi gives crfsuite's own tags."""

from __future__ import annotations

import pycrfsuite

from khabar.extract.crf import LinearChain
from khabar.extract.ner import MODEL, tag_sentences
from khabar.extract.ner_features import DATA, TOKEN, sentence_features

SENTENCES = [
    "التقى فلاديمير بوتين وكيم جونغ أون للمرة الثالثة خلال عامين، في بكين.",
    "تشير سيول إلى أن بيونغ يانغ أرسلت نحو 15 ألف عنصر إلى الجبهة.",
    "قالت وكالة الأنباء المركزية الكورية الشمالية إن كيم التقى جو آي.",
    "روسيا",
]


def test_same_tags_as_crfsuite() -> None:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(DATA / MODEL))
    tokenized = [TOKEN.findall(sentence) for sentence in SENTENCES]
    expected = [tagger.tag(sentence_features(tokens)) for tokens in tokenized]
    assert tag_sentences(tokenized) == expected


def test_empty_sentences_give_empty_paths() -> None:
    model = LinearChain.load(str(DATA / MODEL))
    assert model.decode([]) == []
    assert tag_sentences([[], TOKEN.findall("بكين")])[0] == []


def test_unknown_features_weigh_nothing() -> None:
    model = LinearChain.load(str(DATA / MODEL))
    assert not model.weights([["no-such-feature"]]).any()
