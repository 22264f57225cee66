"""Which language an article is in: khabar analyses Arabic, and marks the rest.

A letter count, not a model: Arabic letters against Latin letters, then
function words (``khabar/data/language_words.json``) to tell English from French.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

_ARABIC_LETTER = re.compile("[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u00ff\u0152\u0153]")
_LATIN_WORD = re.compile("[a-z\u00e0-\u00ff\u0153]+")
# Enough text to decide; a whole ANT article is ~300 words, so this reads the first ~150.
_SAMPLE = 2000


@cache
def _function_words() -> dict[str, frozenset[str]]:
    """The function-word lists, loaded once."""
    path = resources.files("khabar").joinpath("data/language_words.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {lang: frozenset(words) for lang, words in data.items() if not lang.startswith("_")}


def guess_language(text: str) -> str:
    """ "ar" when Arabic letters are most of the letters, else "en"/"fr" by function
    words among Latin letters, else "und" (undetermined)."""
    sample = text[:_SAMPLE]
    arabic = len(_ARABIC_LETTER.findall(sample))
    latin = len(_LATIN_LETTER.findall(sample))
    if arabic == 0 and latin == 0:
        return "und"
    if arabic > latin:
        return "ar"
    words = _LATIN_WORD.findall(sample.lower())
    scores = {lang: sum(w in vocab for w in words) for lang, vocab in _function_words().items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] > 0 else "und"
