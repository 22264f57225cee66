"""The language guess that marks non-Arabic articles."""

from __future__ import annotations

import pytest

from khabar.ingest.language import guess_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("قال المتحدث باسم الدفاع المدني إن 23 شخصاً على الأقل لقوا حتفهم.", "ar"),
        ("The civil defence spokesman said at least 23 people were killed.", "en"),
        ("Selon le ministère de la Santé, le bilan est passé à 31 morts.", "fr"),
        ("2025-03-11 — 31 / 23 !", "und"),
        ("", "und"),
        ("التقى Putin و Kim في بكين الثلاثاء بحضور قادة آخرين", "ar"),
        ("Kim Jong Un (كيم جونغ أون) met Vladimir Putin in Beijing on Tuesday.", "en"),
    ],
)
def test_guess_language(text: str, language: str) -> None:
    assert guess_language(text) == language


def test_latin_text_without_function_words_is_undetermined() -> None:
    assert guess_language("Xyzzy qwerty plugh") == "und"
