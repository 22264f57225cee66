"""Which language an article is in: khabar analyses Arabic, and marks the rest.

A letter count, not a model: Arabic letters against Latin letters, then
function words (``khabar/data/language_words.json``) to tell English from French.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

# Letters are counted on the UTF-8 bytes, in C, not with a regex (which cost 70 µs an
# article, most of the ANT read time): Arabic characters (U+0600-06FF, U+0750-077F)
# start with bytes D8-DB or DD; accented Latin letters (U+00C0-00FF) with C3.
_ARABIC_LEADS = b"\xd8\xd9\xda\xdb\xdd"
_NOT_ASCII_LETTER = bytes(b for b in range(256) if not chr(b).isascii() or not chr(b).isalpha())
_LATIN_WORD = re.compile("[a-z\u00e0-\u00ff\u0153]+")
# Enough text to decide: about 300 words.
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
    data = sample.encode("utf-8", "surrogatepass")
    arabic = len(data) - len(data.translate(None, _ARABIC_LEADS))
    latin = len(data.translate(None, _NOT_ASCII_LETTER)) + data.count(b"\xc3")
    if arabic == 0 and latin == 0:
        return "und"
    if arabic > latin:
        return "ar"
    words = _LATIN_WORD.findall(sample.lower())
    scores = {lang: sum(w in vocab for w in words) for lang, vocab in _function_words().items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] > 0 else "und"
