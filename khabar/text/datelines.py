"""Datelines, bylines and publishers' notices: lines that are never the article.

Agencies and papers open a report with where it was filed and by whom: "تونس/ عادل
الثابتي/ الأناضول", "إسطنبول/ الأناضول", "الرياض: «الشرق الأوسط»"; and some close it with a
notice ("الأخبار المنشورة على الموقع الإلكتروني لوكالة الأناضول، هي جزء مختصر ...").  The
debris model knows their layout but not these words, and let some through, so that the
journalist became a person of the story and the notice's "الأخبار" an organisation.
"""

from __future__ import annotations

import re
from functools import cache

from khabar.extract.entities import is_known_as, lookup
from khabar.extract.lexicon import read_words
from khabar.text.normalize import fold

# A dateline has at most this many words, and each part after the place at most this many.
_DATELINE_WORDS = 8
_DATELINE_CHARS = 80
_SEPARATOR_CHARS = frozenset("/:-–")
_PART_WORDS = 4
_SEPARATORS = re.compile(r"\s*(?:/|:|\s[-–]\s)\s*")
_QUOTED = re.compile(r"^[«\"“].+[»\"”]$")
_DIGIT = re.compile(r"[0-9\u0660-\u0669]")
_BYLINE = re.compile(
    r"^(?:كتب|كتبت|بقلم|إعداد|متابعة)\s*[-–:]?\s*[^\W\d]+(?:\s+[^\W\d]+){0,3}\s*:?$"
)


def is_dateline(text: str) -> bool:
    """Whether the line ``text`` is a place with who filed the report: parts split by "/"
    ("تونس/ عادل الثابتي/ الأناضول"), or by ":" or " - " before a known organisation, quoted
    or not ("الرياض: «الشرق الأوسط»"); not a heading ("سوريا: مقتل 20 في غارة")."""
    text = text.strip()
    if len(text) > _DATELINE_CHARS or not _SEPARATOR_CHARS.intersection(text):
        return False  # most lines: too long, or no separator (a cheap test first)
    if len(text.split()) > _DATELINE_WORDS or _DIGIT.search(text) or text.endswith((".", "؟")):
        return False
    place, *rest = (part.strip() for part in _SEPARATORS.split(text))
    if not rest or any(not part or len(part.split()) > _PART_WORDS for part in rest):
        return False
    if not is_known_as(place, "PLACE"):
        return False
    if "/" in text:
        return True
    last = rest[-1]
    if _QUOTED.match(last):  # a paper's name: "«الشرق الأوسط»"; not "بريطانيا: "جمعة الفرن""
        return lookup(last.strip('«»"“”')) is not None
    return is_known_as(last, "ORG")


def is_byline(text: str) -> bool:
    """Whether the line ``text`` names who wrote the report: "كتب أحمد شعبان", "كتب -
    محمود رمضان:", "بقلم: سامي كليب" (up to four words of a name, nothing else)."""
    return _BYLINE.match(text.strip()) is not None


def is_notice(text: str) -> bool:
    """Whether ``text`` opens with a publisher's notice (``debris_notices.txt``)."""
    first = text.split(maxsplit=1)[:1]
    if not first or fold(first[0]) not in _notice_openers():
        return False  # most lines: their first word opens no notice
    return " ".join(fold(text).split()).startswith(_notices())


@cache
def _notices() -> tuple[str, ...]:
    return tuple(read_words("debris_notices.txt"))


@cache
def _notice_openers() -> frozenset[str]:
    return frozenset(notice.split()[0] for notice in _notices())
