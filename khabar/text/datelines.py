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

from khabar.extract.entities import is_known_as
from khabar.extract.lexicon import read_words
from khabar.extract.ner_features import lexicon
from khabar.text.normalize import fold

# A dateline has at most this many words, and each part after the place at most this many.
_DATELINE_WORDS = 8
_DATELINE_CHARS = 80
_SEPARATOR_CHARS = frozenset("/:-–ـ")
_PART_WORDS = 4
_SEPARATORS = re.compile(r"\s*(?:/|:|\s[-–ـ]+\s|(?<=\w)-(?=\w))\s*")
# "الإسكندرية (أ ش أ)", "«عكاظ» (الرياض)": a place or an outlet, the other in brackets.
_BRACKETED = re.compile(r"^(.+?)\s*\(([^()]+)\)$")
# A byline after the place: "بغداد: فاضل النشمي" (a known first name and one or two more).
_NAME_WORDS = (2, 3)
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
    if len(text) > _DATELINE_CHARS:
        return False  # most lines: too long (a cheap test first), or with no separator
    if not _SEPARATOR_CHARS.intersection(text) and not text.endswith(")"):
        return False
    if len(text.split()) > _DATELINE_WORDS or _DIGIT.search(text) or text.endswith((".", "؟")):
        return False
    if bracketed := _BRACKETED.match(text):
        return _place_and_outlet(*bracketed.groups())
    place, *rest = (part.strip() for part in _SEPARATORS.split(text))
    if not rest or any(not part or len(part.split()) > _PART_WORDS for part in rest):
        return False
    last = rest[-1]
    if _QUOTED.match(last):  # a paper's name: "«الشرق الأوسط»"; not "بريطانيا: "جمعة الفرن""
        return len(place.split()) <= 2 and _outlet(last)
    if not is_known_as(place, "PLACE"):
        return False
    return "/" in text or is_known_as(last, "ORG") or _a_journalist(last)


def _place_and_outlet(first: str, bracketed: str) -> bool:
    """ "الإسكندرية (أ ش أ)": a place and its agency; "«عكاظ» (الرياض)": a paper and its
    place."""
    if is_known_as(first, "PLACE"):
        return is_known_as(bracketed, "ORG")
    return _outlet(first) and is_known_as(bracketed, "PLACE")


def _outlet(name: str) -> bool:
    """Whether ``name`` (quoted or not) is a known outlet: "«الشرق الأوسط»" is the paper."""
    name = name.strip('«»"“” ')
    return is_known_as(name, "ORG") or is_known_as(f"صحيفة {name}", "ORG")


def _a_journalist(part: str) -> bool:
    """Whether ``part`` is a journalist's name: two or three words, the first a known
    first name ("فاضل النشمي", "عثمان لحياني")."""
    words = part.split()
    low, high = _NAME_WORDS
    return low <= len(words) <= high and "PERS" in lexicon().gazetteer.get(fold(words[0]), "")


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


def is_tag_line(text: str) -> bool:
    """Whether ``text`` is only hashtags ("#حادث_طريق_الهجرة #المدينة_المنورة")."""
    words = text.split()
    return bool(words) and all(word.startswith("#") for word in words)


@cache
def _notices() -> tuple[str, ...]:
    return tuple(read_words("debris_notices.txt"))


@cache
def _notice_openers() -> frozenset[str]:
    return frozenset(notice.split()[0] for notice in _notices())
