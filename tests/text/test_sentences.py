"""Tests of khabar.text.sentences: sentences and headings of the kept lines."""

from __future__ import annotations

import pytest

from khabar.model import Sentence
from khabar.text.debris import find_debris
from khabar.text.sentences import split_sentences
from tests.text.seeds import expected, seed_text

TITLE = "الصحة المصرية تعلن تراجع الإصابات"


def pieces(text: str) -> list[str]:
    """The body sentences of ``text`` under a title line, as strings."""
    whole = f"{TITLE}\n\n{text}"
    return [whole[s.start : s.end] for s in split_sentences(whole) if not s.heading]


@pytest.mark.parametrize("name", expected()["articles"])
def test_seed_sentences_skip_debris_and_are_trimmed(name: str) -> None:
    text = seed_text(name)
    sentences = split_sentences(text, find_debris(text))
    assert sentences
    for sentence in sentences:
        piece = text[sentence.start : sentence.end]
        assert piece == piece.strip() and piece
    joined = " ".join(text[s.start : s.end] for s in sentences)
    for line in expected()["boilerplate_lines"][name]:
        assert line not in joined


def test_seed_002_headings_are_the_expected_subheadings() -> None:
    text = seed_text("002_811bdf774ddb3adb.txt")
    headings = [
        text[s.start : s.end] for s in split_sentences(text, find_debris(text)) if s.heading
    ]
    assert headings == ["“واجب أخوي”", "شراكة استراتيجية"]
    for heading, wanted in zip(
        headings, expected()["headings"]["002_811bdf774ddb3adb.txt"], strict=True
    ):
        assert wanted in heading


def test_seed_000_title_is_a_heading_and_first_body_line_is_not() -> None:
    text = seed_text("000_75b14adfd6e8883b.txt")
    first, second = split_sentences(text, find_debris(text))[:2]
    assert first.heading and text[first.start : first.end].startswith("بوتين يشكر كيم")
    assert not second.heading


def test_seed_002_quoted_ellipsis_does_not_split() -> None:
    text = seed_text("002_811bdf774ddb3adb.txt")
    sentences = [text[s.start : s.end] for s in split_sentences(text)]
    (praise,) = [sentence for sentence in sentences if "“أبطال…" in sentence]
    assert praise.startswith("ووصف كيم") and praise.endswith("ضحوا بأنفسهم دون تردد”.")


def test_empty_text() -> None:
    assert split_sentences("") == []


def test_text_of_only_debris_has_no_sentences() -> None:
    text = "شارك الخبر\nأضف تعليق"
    assert split_sentences(text, find_debris(text)) == []


def test_splits_at_full_stop_question_mark_and_exclamation() -> None:
    assert pieces("وصل الوفد. هل سيتفقون؟ نأمل ذلك! ربما?") == [
        "وصل الوفد.",
        "هل سيتفقون؟",
        "نأمل ذلك!",
        "ربما?",
    ]


def test_splits_at_arabic_semicolon() -> None:
    assert pieces("تراجعت الأسعار؛ فقد زاد الإنتاج.") == ["تراجعت الأسعار؛", "فقد زاد الإنتاج."]


def test_decimal_numbers_do_not_split() -> None:
    assert pieces("بلغ النمو 2.5 في المئة وعدد الزوار 14.000 زائر.") == [
        "بلغ النمو 2.5 في المئة وعدد الزوار 14.000 زائر."
    ]


def test_arabic_indic_decimals_do_not_split() -> None:
    assert pieces("بلغ النمو ٢٫٥ في المئة، والعدد ١٤.٠٠٠ شخص. ثم تراجع.") == [
        "بلغ النمو ٢٫٥ في المئة، والعدد ١٤.٠٠٠ شخص.",
        "ثم تراجع.",
    ]


def test_abbreviations_do_not_split() -> None:
    assert pieces(
        "قال د. أحمد زويل إن المعبد بني عام 300 ق.م في الجنوب. وأضاف م. علي أنه قديم."
    ) == [
        "قال د. أحمد زويل إن المعبد بني عام 300 ق.م في الجنوب.",
        "وأضاف م. علي أنه قديم.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ونقلت وكالة الأنباء الألمانية (د.ب.أ) عن ممثل المنظمة قوله إن المبلغ مطلوب.",
        "وقال تاماس فارغا من شركة بي.في.إم للوساطة إن الفائض يتجاوز مليون برميل.",
    ],
)
def test_letters_joined_by_dots_do_not_split(text: str) -> None:
    assert pieces(text + " ثم تراجع.") == [text, "ثم تراجع."]


def test_ellipsis_mid_sentence_does_not_split() -> None:
    assert pieces("السعودية.. جاهزية كاملة لقوات الأمن… في موسم الحج.") == [
        "السعودية.. جاهزية كاملة لقوات الأمن… في موسم الحج."
    ]


def test_quotation_stays_whole() -> None:
    assert pieces("وقال: «سنواصل القتال. لن نستسلم» مضيفاً أن الجيش مستعد. وانتهى المؤتمر.") == [
        "وقال: «سنواصل القتال. لن نستسلم» مضيفاً أن الجيش مستعد.",
        "وانتهى المؤتمر.",
    ]


def test_missing_space_after_full_stop_still_splits() -> None:
    assert pieces("انتهى الاجتماع.وقال الوزير إن النتائج جيدة.") == [
        "انتهى الاجتماع.",
        "وقال الوزير إن النتائج جيدة.",
    ]


def test_web_address_does_not_split() -> None:
    assert pieces("نشر موقع aljazeera.net التقرير كاملاً.") == [
        "نشر موقع aljazeera.net التقرير كاملاً."
    ]


def test_offsets_survive_diacritics() -> None:
    assert pieces("قُتِلَ خمسة أشخاصٍ. وأُصيبَ آخرون.") == ["قُتِلَ خمسة أشخاصٍ.", "وأُصيبَ آخرون."]


def test_title_and_subheading_are_headings() -> None:
    arrived = "وصل الوفد إلى القاهرة صباح اليوم."
    text = f"{TITLE}\n\n{arrived}\n\nمطالب المعارضة\n\nوطالب المعارضون بالإفراج عن المعتقلين."
    assert split_sentences(text) == [
        Sentence(0, len(TITLE), heading=True),
        Sentence(len(TITLE) + 2, len(TITLE) + 2 + len(arrived)),
        Sentence(text.index("مطالب"), text.index("مطالب") + len("مطالب المعارضة"), heading=True),
        Sentence(text.index("وطالب"), len(text)),
    ]


def test_debris_lines_are_left_out() -> None:
    text = f"{TITLE}\n\nوصل الوفد إلى القاهرة صباح اليوم.\n\nأضف تعليق"
    debris = find_debris(text)
    assert [text[s.start : s.end] for s in split_sentences(text, debris)] == [
        TITLE,
        "وصل الوفد إلى القاهرة صباح اليوم.",
    ]
