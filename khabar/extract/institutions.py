"""Institutions named by their kind and what they do, beside the tagger and the known names.

ANERcorp (2007) tags few ministries and authorities, and no list names them all: every
country has its "وزارة الصحة والسكان", "المديرية العامة لمكافحة المخدرات" and "مديرية أمن
الإسكندرية".  Such a name opens with a noun of an institution (``institution_heads.txt``)
and goes on with what it does: a definite noun, after indefinite nouns of a construct
("مديرية أمن الإسكندرية"), then adjectives (of a place, or ``institution_adjectives.txt``),
definite nouns joined by و ("والسكان") and phrases with لـ ("للتخطيط", "لمكافحة
المخدرات").  An
object after the name stops it: "أعلنت وزارة الصحة الحصيلة" is the ministry, then what it
announced.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from khabar.extract.entities import is_derived_form, is_known_as, lookup
from khabar.extract.lexicon import alternation, read_rows
from khabar.extract.ner import EntitySpan
from khabar.text.normalize import fold, normalize

_LETTERS = "\u0621-\u064a\u0671-\u06d3"
# Words of a name: at most this many after its head.
_LONGEST = 8
# Indefinite nouns of a construct before its definite noun ("جهاز خفر السواحل").
_CONSTRUCT_NOUNS = 2
_PREPOSITIONS = frozenset(
    fold(w, ta_marbuta=False)
    for w in (
        *("في", "من", "على", "إلى", "عن", "مع", "حول", "ضد", "نحو", "قرب", "لدى", "عند"),
        *("بعد", "قبل", "خلال", "منذ", "حتى", "بين", "أمام", "وراء", "داخل", "خارج", "عبر"),
    )
)
_PRONOUNS = ("ه", "ها", "هم", "هن", "هما", "كم", "نا")
# Heads that are also a team's line ("الدفاع الأرجنتيني"): an adjective of the list first.
_LISTED_FIRST = frozenset({fold("الدفاع", ta_marbuta=False)})
# A definite singular nisba adjective: "النقدية", "الجوية", "الوطني" (a plural one is as
# often a noun: "مجلس الشيوخ الديمقراطيين").
_NISBA = re.compile(f"^ال[{_LETTERS}]{{3,}}(?:ية|ي)$")
# Nouns and ordinals spelt like a nisba, that follow a name without describing it ("بدأت
# وزارة الدفاع العملية", "المركز الحادي عشر", "محكمة القضاء الإداري القاضي").
_NOUNS_LIKE_NISBAS = frozenset(
    fold(w, ta_marbuta=False)
    for w in (
        *("العملية", "القضية", "الضحية", "الأغلبية", "الأقلية", "الهدية", "الحرية"),
        *("الجنسية", "الهوية", "الإمكانية", "الاتفاقية", "الشخصية", "الميزانية", "الأولوية"),
        *("المسؤولية", "العضوية", "الكمية", "الأرضية", "الخلفية", "الكرسي", "الماضي"),
        *("الحالي", "الجاري", "الذي", "الثاني", "الثالث", "الأولي", "النهائي", "التالي"),
        *("الحالية", "الماضية", "الجارية", "الثانية", "الثالثة", "النهائية", "التالية"),
        *("الحادي", "القاضي", "المحامي", "النادي", "الوادي", "الجاني", "الراعي", "الساعي"),
        *("المباني", "الأراضي", "الأيدي", "المعاني", "الأغاني", "الأهالي", "المواشي"),
    )
)
_MINISTER_BEFORE = re.compile(r"(?<!\S)[وفلب]?(?:وزير|وزيرة|وزراء|وزيري|وزيرا) $")


@cache
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    """The heads that open a name without the article, and those that open one only with
    it (folded)."""
    words = [_fold(fields[0]) for _, fields in read_rows("entities/institution_heads.txt", 1)]
    bare = frozenset(w for w in words if not w.startswith("ال"))
    return bare, frozenset(w for w in words if w.startswith("ال"))


@cache
def _head_pattern() -> re.Pattern[str]:
    """A head (a clitic before it left out), and the words after it up to punctuation
    (looked ahead at: a head among them may open a name of its own)."""
    bare, definite = _heads()
    heads = alternation([*bare, *("ال" + w for w in bare), *definite])
    return re.compile(
        f"(?<![{_LETTERS}])(?:[وف]?[بل]|[وف])?(?P<head>{heads})"
        f"(?=(?P<rest>(?: [{_LETTERS}]+){{1,{_LONGEST}}}))"
    )


@cache
def _adjectives() -> frozenset[str]:
    rows = read_rows("entities/institution_adjectives.txt", 1)
    return frozenset(_fold(fields[0]) for _, fields in rows)


def find_institutions(text: str, known: Sequence[EntitySpan] = ()) -> list[EntitySpan]:
    """Spans of ``text`` naming an institution by its kind and what it does, as ORG; none
    where a ``known`` name opens the span, which keeps its name ("حزب الله اللبناني" is
    Hezbollah), or the word after its head ("قوات الجيش الإسرائيلي" is the Israel
    Defense Forces, "مجلس الاتحاد الأوروبي" the European Union)."""
    opening = {span.start for span in known}
    organisations = {span.start for span in known if span.type == "ORG"}
    norm = normalize(text, ta_marbuta=False)
    found = []
    taken = 0  # where the last name found ends: a head inside it opens none
    for match in _head_pattern().finditer(norm.text):
        name = None if match.start("head") < taken else _name_at(norm.text, match)
        if name is None:
            continue
        start, end = norm.span(name[0], name[1])
        if start not in opening and norm.start(name[2]) not in organisations:
            found.append(EntitySpan(start, end, "ORG", text[start:end]))
            taken = name[1]
    return found


def _name_at(folded: str, match: re.Match[str]) -> tuple[int, int, int] | None:
    """The name the head of ``match`` opens in the folded text: its start, its end and
    where the word after its head starts; None when the words after make no name."""
    if _MINISTER_BEFORE.search(folded, max(0, match.start() - 8), match.start()):
        return None  # "وزير الدفاع الإسرائيلي": a minister's portfolio
    rest, offset = match.group("rest"), match.start("rest")
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", rest)]
    size = _name_size(match.group("head"), [rest[a:b] for a, b in words])
    if not size:
        return None
    return match.start("head"), offset + words[size - 1][1], offset + words[0][0]


def _name_size(head: str, words: list[str]) -> int:
    """How many of ``words`` after ``head`` belong to the name (0: no name).  "الدفاع"
    takes an adjective of the list first ("الدفاع المدني"; not a team's "الدفاع
    الأرجنتيني"); after an adjective, no noun joined by و goes on ("جهاز الاستخبارات
    الأميركي والمدير")."""
    if head in _LISTED_FIRST and (not words or words[0] not in _adjectives()):
        return 0
    size = 0 if head.startswith("ال") else _core(words, 0)
    if size == 0 and not head.startswith("ال"):
        return 0
    described = False
    while size < len(words):
        step = _modifier(words, size)
        if step == 0 or (described and words[size].startswith("و")):
            break
        described = described or _is_adjective(words[size])
        size += step
    return size


def _core(words: list[str], at: int) -> int:
    """Words from ``at`` that end with a definite noun after at most ``_CONSTRUCT_NOUNS``
    indefinite ones ("الصحة", "أمن الإسكندرية", "خفر السواحل"), or a known place
    ("شرطة دبي"); 0 when none."""
    for size in range(1, min(_CONSTRUCT_NOUNS + 1, len(words) - at) + 1):
        word = words[at + size - 1]
        if _is_definite(word) or is_known_as(word, "PLACE"):
            return size
        if not _may_be_construct_noun(word):
            return 0
    return 0


@lru_cache(maxsize=1 << 14)
def _may_be_construct_noun(word: str) -> bool:
    """Whether an indefinite word may stand inside a name before its definite noun
    ("جنايات" in "محكمة جنايات القاهرة"): not a preposition or a word glued to one, not
    a word with a pronoun ("مقرها", "بلاده"), not a known name ("إدارة ترامب حول ...")."""
    return (
        len(word) > 2
        and word not in _PREPOSITIONS
        and not word.startswith(("ب", "ل", "و", "ف", "ك"))
        and not word.endswith(_PRONOUNS)
        and lookup(word, fuzzy=False) is None
    )


def _modifier(words: list[str], at: int) -> int:
    """How many words from ``at`` go on the name: an adjective, a definite noun joined by
    و ("والسكان"), a phrase with لـ ("للتخطيط", "لمكافحة المخدرات")."""
    word = words[at]
    if _is_adjective(word):
        return 1
    if not word.startswith(("و", "ل")) or len(word) <= 3 or _names_another(word[1:]):
        return 0  # "وزارة الصحة والجيش", "قالت الوزارة لوكالة الأنباء", "للأناضول"
    if word.startswith("لل"):
        return 1
    if word.startswith("و"):
        return 1 if _is_definite(word[1:]) else 0  # "والسكان"; not "وتوفر الأمن"
    following = [word[1:], *words[at + 1 :]]
    size = _core(following, 0)
    # "لمكافحة المخدرات"; no other body's name goes on this one
    return size if not any(_names_another(w) for w in following[1:size]) else 0


@lru_cache(maxsize=1 << 14)
def _names_another(word: str) -> bool:
    """Whether ``word`` (after و or لـ) opens another institution or a known name, or is
    whom a statement was made to ("للصحفيين"), rather than going on this name."""
    definite = "ال" + word[1:] if word.startswith("ل") else word  # للجزيرة: ل + الجزيرة
    bare = definite.removeprefix("ال")
    bare_heads, definite_heads = _heads()
    return (
        bare in bare_heads
        or definite in definite_heads
        or definite in _addressees()
        or lookup(definite, fuzzy=False) is not None
    )


def _is_definite(word: str) -> bool:
    return word.startswith("ال") and len(word) > 3 and word not in _not_names()


@lru_cache(maxsize=1 << 14)
def _is_adjective(word: str) -> bool:
    """An adjective that goes on a name: of a place ("السعودية", "الروسي"), of the list, or
    any definite singular nisba ("النقدية", "المعدنية") but nouns spelt like one."""
    if word in _adjectives():
        return True
    if _NISBA.match(word) and word not in _NOUNS_LIKE_NISBAS:
        return True  # "لجنة السياسة النقدية", "الديوان الوطني للأرصاد الجوية"
    return word.startswith("ال") and (is_known_as(word, "PLACE") or is_derived_form(word))


def _fold(word: str) -> str:
    """Folded as the text is here: the ta marbuta kept, so "مقره" is no "مقرة"."""
    return fold(word, ta_marbuta=False)


@cache
def _not_names() -> frozenset[str]:
    """Definite words that end a name rather than go on it: days, times, relatives."""
    return frozenset(
        _fold(w)
        for w in (
            *("اليوم", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس"),
            *("الجمعة", "السبت", "الماضي", "الماضية", "الجاري", "الحالي", "المقبل"),
            *("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"),
        )
    )


@cache
def _addressees() -> frozenset[str]:
    """Whom a statement is made to, after لـ: "قالت الوزارة للصحفيين"."""
    return frozenset(
        _fold(w)
        for w in ("الصحفيين", "الصحافيين", "الصحافة", "الإعلام", "الصحيفة", "القناة", "الموقع")
    )
