"""The penalty of each tier of a verdict, on real-style Arabic court reports."""

from __future__ import annotations

import pytest

from khabar import analyze
from khabar.extract.penalties import penalty

CAIRO_VERDICT = (
    "وقضت محكمة جنايات القاهرة، أمس الأحد، بالسجن المؤبد لـ5 متهمين، والسجن المشدد 15 عاما "
    "لـ9 آخرين، والسجن 10 سنوات لـ6 متهمين في قضية الرشوة الكبرى."
)


def _penalties(text: str) -> dict[str, str | None]:
    """Each figure that is no term, with the penalty read for it."""
    analysis = analyze(text)
    figures = [q for q in analysis.quantities if q.unit not in ("year", "month")]
    return {q.text: penalty(text, q, analysis.quantities, 0) for q in figures}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CAIRO_VERDICT, {"5": "السجن المؤبد", "9": "السجن 15 سنة", "6": "السجن 10 سنوات"}),
        (  # the penalty after the people it befell
            "وعاقبت المحكمة 5 متهمين بالسجن المؤبد و9 بالسجن المشدد لمدة 15 سنة.",
            {"5": "السجن المؤبد", "9": "السجن 15 سنة"},
        ),
        (  # death, and prison whose term follows the people
            "قضت المحكمة بإعدام 3 متهمين وسجن 7 آخرين 10 سنوات.",
            {"3": "الإعدام", "7": "السجن 10 سنوات"},
        ),
        (  # a term written right before the people, after another tier
            "حكمت المحكمة بالسجن المؤبد على 4 متهمين و3 سنوات على 8 آخرين.",
            {"4": "السجن المؤبد", "8": "السجن 3 سنوات"},
        ),
        (  # prison without a term says no tier
            "قضت المحكمة بسجن 20 متهما في القضية.",
            {"20": None},
        ),
    ],
)
def test_each_tier_of_a_verdict_has_its_own_penalty(
    text: str, expected: dict[str, str | None]
) -> None:
    assert _penalties(text) == expected


def test_a_sentenced_claim_s_subject_is_its_penalty() -> None:
    analysis = analyze(CAIRO_VERDICT)
    subjects = {
        analysis.quantities[c.quantity].text: c.subject
        for c in analysis.claims
        if c.topic == "sentenced"
    }
    assert subjects == {"5": "السجن المؤبد", "9": "السجن 15 سنة", "6": "السجن 10 سنوات"}
