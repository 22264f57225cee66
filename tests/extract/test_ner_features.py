"""Tests for khabar.extract.ner_features: tokens, clitics, features."""

from __future__ import annotations

import pytest

from khabar.extract.ner_features import (
    TOKEN,
    clitic,
    key,
    opens_phrase,
    phrase_tags,
    sentence_features,
)


def test_key_folds_alef_and_diacritics() -> None:
    assert key("بأوكرانيا") == "باوكرانيا"
    assert key("بوتينُ") == "بوتين"


def test_tokens_split_words_numbers_and_punctuation() -> None:
    tokens = TOKEN.findall("أرسلت نحو 15 ألف عنصر، (CNN).")
    assert tokens == ["أرسلت", "نحو", "15", "ألف", "عنصر", "،", "(", "CNN", ")", "."]


def test_tatweel_stays_inside_the_word() -> None:
    assert TOKEN.findall("لـروسيا") == ["لـروسيا"]


def test_preposition_before_a_known_place_is_a_clitic() -> None:
    assert clitic(key("بأوكرانيا")) == "ب"


def test_conjunction_and_preposition_together() -> None:
    assert clitic(key("وبأوكرانيا")) == "وب"


def test_conjunction_before_a_frequent_name_is_a_clitic() -> None:
    assert clitic(key("وكيم")) == "و"


@pytest.mark.parametrize(("word", "whole"), [("كسلا", True), ("ولايتي", True), ("لمصر", False)])
def test_a_word_of_its_own_is_no_clitic_and_a_rarer_name(word: str, whole: bool) -> None:
    """كسلا (Kassala) is seen far more often than سلا (Salé) behind a ك; لمصر is ل + مصر."""
    assert (clitic(key(word)) == "") is whole


def test_names_beginning_with_a_clitic_letter_keep_it() -> None:
    for name in ("بوتين", "واشنطن", "لبنان", "بكين", "باريس", "كيري", "فلاديمير"):
        assert clitic(key(name)) == "", name


def test_word_too_short_to_strip() -> None:
    assert clitic(key("بل")) == ""


def test_every_token_gets_bias_and_word_features() -> None:
    rows = sentence_features(["التقى", "بوتين", "وكيم"])
    assert len(rows) == 3
    assert all("b" in row for row in rows)
    assert "w=بوتين" in rows[1]
    assert "st=كيم" in rows[2]
    assert "-1:w=التقي" in rows[1]


def test_multi_word_gazetteer_phrase_is_marked() -> None:
    rows = sentence_features(["في", "كوريا", "الشمالية"])
    assert "0:G=B-LOC" in rows[1]
    assert "0:G=I-LOC" in rows[2]


def test_phrases_read_from_their_possible_starts_are_those_read_from_every_word() -> None:
    tokens = TOKEN.findall(
        "التقى رئيس كوريا الجنوبية في الولايات المتحدة الأمريكية بوزير خارجية كوريا الشمالية"
    )
    starts = [i for i, token in enumerate(tokens) if opens_phrase(token)]
    tags = phrase_tags(tokens)
    assert phrase_tags(tokens, starts) == tags
    assert tags.count("B-LOC") >= 3
