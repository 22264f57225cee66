"""Arabic quantities: figures in digits or words, with their qualifier, unit and counted noun.

``find_quantities`` reads "نحو 15 ألف عنصر", "أكثر من 6 آلاف", "ثلاثمائة وعشرون ألفاً",
"بين 4 و5 آلاف", "30 في المائة", "2.5 مليار دولار", "ثلاثة أشهر", "آلاف العمال" and
leaves out what only looks like a count: ordinals, the day and year of a date, times of
day, phone numbers and reference numbers (القرار 2401، المادة 5).

Conventions: ``value`` is None for ranges (``low``/``high`` hold the ends) and for vague
amounts, whose bounds come from ``vague.tsv`` (عشرات 20-99, مئات 200-999, آلاف 2000-9999,
عشرات الآلاف 20000-99999, بضعة/عدة 3-9); a trailing "على الأقل" wins over a leading
"نحو" and the span then runs through the counted noun.  A bare currency noun takes the
default code of ``units.tsv`` (ريال SAR, دينار KWD, ...) unless a country adjective follows.

Matching runs on ``normalize(text).text`` (folded letters, ASCII digits); every span is
mapped back to the original text.  Word lists live in ``khabar/data/numbers/``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from khabar.errors import DataFileError
from khabar.extract.lexicon import alternation, folded_words, read_rows, read_words
from khabar.extract.ner_features import key, lexicon
from khabar.model import Quantity
from khabar.text.normalize import Normalized, fold, normalize

__all__ = [
    "MONTH_NAMES",
    "OF_THEM",
    "find_quantities",
    "is_currency",
    "rounding_step",
    "singular_of_dual",
    "words_to_number",
]

_LETTER = "\u0621-\u064a"
_NO_LETTER_BEFORE = f"(?<![{_LETTER}])"
_NO_LETTER_AFTER = f"(?![{_LETTER}])"


@dataclass(frozen=True, slots=True)
class _Word:
    """A number word: its value and grammatical kind (see ``data/numbers/words.tsv``)."""

    value: float
    kind: str


@dataclass(frozen=True, slots=True)
class _Unit:
    """A unit phrase: ISO/unit code, kind (percent, currency, measure, duration, dual)."""

    code: str
    kind: str
    family: str


def _load_words() -> dict[str, _Word]:
    kinds = {"unit", "teen_head", "ten", "hundred", "scale", "scale_a", "scale_dual"}
    kinds |= {"scale_plural", "fraction"}
    words: dict[str, _Word] = {}
    for line, fields in read_rows("numbers/words.tsv", 3):
        form, value, kind = fields[:3]
        if kind not in kinds:
            raise DataFileError("khabar/data/numbers/words.tsv", f"unknown kind {kind!r}", line)
        words[fold(form)] = _Word(float(value), kind)
    return words


def _load_vague() -> dict[str, tuple[float, float]]:
    return {fold(f[0]): (float(f[1]), float(f[2])) for _, f in read_rows("numbers/vague.tsv", 3)}


def _load_units() -> dict[str, _Unit]:
    return {fold(f[0]): _Unit(f[1], f[2], f[3]) for _, f in read_rows("numbers/units.tsv", 4)}


def _load_countries() -> dict[tuple[str, str], str]:
    """(currency family, adjective form) -> code, with the article and ة/ا endings."""
    table: dict[tuple[str, str], str] = {}
    for _, fields in read_rows("numbers/currency_countries.tsv", 3):
        family, adjective, code = fields[:3]
        stem = fold(adjective)
        for form in (stem, stem + "ا", stem + "ه", stem + "ين"):
            table[family, form] = code
            table[family, "ال" + form] = code
    return table


def _load_country_names() -> dict[str, tuple[re.Pattern[str], dict[str, str]]]:
    """Per currency family: a pattern of its countries' names and adjectives ("الجزائر",
    "جزائرية", from the adjectives of currency_countries.tsv less their ي), and each
    name's currency code."""
    names: dict[str, dict[str, str]] = {}
    for _, (family, adjective, code, *_) in read_rows("numbers/currency_countries.tsv", 3):
        stem = fold(adjective).removesuffix("ي")
        if family in _NAMED_BY_COUNTRY and " " not in stem:
            names.setdefault(family, {})[stem] = code
    return {
        family: (
            re.compile(
                rf"(?<![{_LETTER}])(?:ال)?({alternation(codes)})(?:ي|يه|يا|يين|يون)?(?![{_LETTER}])"
            ),
            codes,
        )
        for family, codes in names.items()
    }


def _load_qualifiers() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """Qualifiers before and after a figure, and the verbs among those before it."""
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    verbs = set()
    for _, fields in read_rows("numbers/qualifiers.tsv", 3):
        phrase, qualifier, position = fields[:3]
        (after if position == "after" else before)[fold(phrase)] = qualifier
        if position == "verb":
            verbs.add(fold(phrase))
    return before, after, frozenset(verbs)


_WORDS = _load_words()
_VAGUE = _load_vague()
_UNITS = _load_units()
_COUNTRIES = _load_countries()
_BEFORE, _AFTER, _QUALIFYING_VERBS = _load_qualifiers()
_STOPWORDS = frozenset(read_words("numbers/stopwords.txt"))
_ORDINALS = frozenset(read_words("numbers/ordinals.txt"))
_TEN = frozenset({fold("عشر"), fold("عشرة")})
_TWO_AFTER_NOUN = frozenset(fold(w) for w in ("اثنان", "اثنين", "اثنتان", "اثنتين"))
_HUNDRED = frozenset({fold("مائة"), fold("مئة")})
_NOT_A_WORD = _Word(0.0, "")
_SCALE_KINDS = frozenset({"scale", "scale_a", "scale_dual", "scale_plural"})
_SCALE_WORDS = frozenset(form for form, entry in _WORDS.items() if entry.kind in _SCALE_KINDS)
_DUALS = {form: unit for form, unit in _UNITS.items() if unit.kind == "dual"}
_CURRENCIES = frozenset(unit.code for unit in _UNITS.values() if unit.kind == "currency")
_CURRENCIES |= frozenset(_COUNTRIES.values())
# Currency nouns that several countries name theirs: a bare one is the text's country's.
_NAMED_BY_COUNTRY = frozenset({"riyal", "pound", "dinar", "dirham", "lira"})
_COUNTRY_NAMES = _load_country_names()
_MORE_NAMED = 3


def is_currency(unit: str | None) -> bool:
    """Whether the unit code ``unit`` names a currency ("USD", "EGP"; not "MW", "km")."""
    return unit in _CURRENCIES


def _dual_forms(singular: str) -> tuple[str, str]:
    """The two dual forms of a folded singular: شخص -> شخصان, شخصين; سياره -> سيارتان,
    سيارتين (the ta marbuta, folded to ه, is written ت before the ending)."""
    stem = singular[:-1] + "ت" if singular.endswith("ه") else singular
    return stem + "ان", stem + "ين"


# Duals that count two of a noun on their own ("مقتل شخصين"): dual form -> singular.
_COUNTED_DUALS = {
    dual: singular
    for singular in map(fold, read_words("numbers/dual_nouns.txt"))
    for dual in _dual_forms(singular)
}
# Relative adjectives counted two by their nominative dual only ("قتل فلسطينيان"); after
# a dual or "هما" they are its adjective ("مسؤولان أميركيان", "أنهما سوريان").
_NISBA_DUALS = {nisba + "ان": nisba for nisba in read_words("numbers/nisba_duals.txt")}
_COUNTED_DUALS |= _NISBA_DUALS
_AFTER_A_DUAL = re.compile(f"(?:ان|هما){_NO_LETTER_AFTER}[^{_LETTER}]*$")
# "لست" (I am not) is ل + ست only on paper.
_CLITIC_CLASHES = frozenset({fold("لست")})

# what may follow a dash range ("3-4 آلاف", "20-30%"); not durations: "6-1 يوم السبت"
_SCALES_AND_UNITS = alternation(
    [*_SCALE_WORDS]
    + [u for u, unit in _UNITS.items() if unit.kind in ("percent", "currency", "measure")]
)
# Scale words with the article count too: "تجاوزت الخسائر المليون دولار", "نحو المليارين"
# (not "المليوني", an adjective: "الحشد المليوني"; not "الألفين", the year 2000 in "سنوات
# الألفين").
_DEFINITE_SCALES = {
    "ال" + form: form
    for form, entry in _WORDS.items()
    if entry.kind == "scale"
    or (entry.kind == "scale_dual" and not form.endswith("ي") and entry.value > 1000)
}
# Tens with the article are ordinals ("الذكرى الأربعين") unless a qualifier says they
# count: "قرابة الأربعين شخصا", "أكثر من الخمسين بالمئة".
_DEFINITE_TENS = {"ال" + form: form for form, entry in _WORDS.items() if entry.kind == "ten"}
_ANCHOR_WORDS = set(_WORDS) | set(_VAGUE) | set(_DUALS) | {"ال" + d for d in _DUALS}
_ANCHOR_WORDS |= set(_COUNTED_DUALS) | set(_DEFINITE_SCALES) | set(_DEFINITE_TENS)
# Digit runs that are dates, times, phone numbers or identifiers as a whole: read first,
# so that their digits are never figures.
_BLOCKED_RUN = (
    r"\d{1,4}(?P<sep>[/.\-])\d{1,2}(?P=sep)\d{1,4}"
    r"|\d{1,2}:\d{2}(?::\d{2})?"
    r"|\d{4}/\d{2,4}"
    r"|(?:\+ *|(?<!\d)00)\d[\d -]{6,}\d"
    r"|(?<![\d.,])0\d{7,}"
    r"|(?:1\d|20)\d\d ?[-–] ?(?:1\d|20)\d\d(?!\d)"  # years "(1798-1801)"
    # a score "5-1", "(4-2)", "1-صفر" unless a scale or unit follows ("3-4 آلاف", "20-30%")
    f"|(?<![\\d.,])\\d{{1,2}} *[-–] *(?:\\d{{1,2}}|صفر)(?!\\d|[.,]\\d| *(?:{_SCALES_AND_UNITS}))"
)
# Digits with thousands or decimal separators.  The Arabic comma, which also separates list
# items, groups thousands before three digits ("1،250،000") and is a decimal point before
# one or two followed by a scale or unit ("2،6 مليون", "96،9%": 68 figures of ANT).
_DIGIT_GROUPS = f"(?:[.,]\\d+|،\\d{{3}}(?!\\d)|،\\d{{1,2}}(?!\\d)(?= *(?:{_SCALES_AND_UNITS})))*"
# Digits around ر, as AFP's Arabic service and the papers that take its copy type the decimal
# separator, stored fraction first: "8ر15" is 15.8 (see ``_reversed_value``).
_REVERSED = r"\d+(?:ر\d+)+(?![\d.,])"
# The digit branch is gated by one lookahead: without it every alternative is tried at
# every character, which made the scan nine times slower (bench/numbers_speed.py).
_ANCHOR = re.compile(
    f"(?=[\\d+])(?:(?P<blocked>{_BLOCKED_RUN})|(?P<num>(?<![\\d.,])(?:{_REVERSED}|\\d+{_DIGIT_GROUPS})))"
    f"|{_NO_LETTER_BEFORE}(?P<clitic>[وف]?[بلك]?)(?P<word>{alternation(_ANCHOR_WORDS)})"
    f"{_NO_LETTER_AFTER}"
)
_ROUNDED = re.compile(
    f"\\d+(?:[.,،](?P<decimals>\\d+))? *(?P<scale>{alternation(_SCALE_WORDS)}){_NO_LETTER_AFTER}"
)
# Digits that could not be read, with the scale word after them: skipped whole.
_UNREAD_SCALE = re.compile(f"[\\d.,،]* *(?:(?:{alternation(_SCALE_WORDS)}){_NO_LETTER_AFTER})?")
# How much commoner the word after و must be for و to be the conjunction.
_CONJOINED_RATIO = 3
# Verbs that open the next clause after و ("مقتل 30 وأصيب 50", "قتل 30 وقال"): the verbs
# of what happened to a figure, and of saying.
_CLAUSE_VERBS = frozenset(
    fold(fields[0])
    for _, fields in read_rows("claims/topics.tsv", 3)
    if fields[2] == "predicate" and " " not in fields[0]  # not "الدين العام"
) | folded_words("claims/report_verbs.txt")
_DECIMALS = re.compile(r"\d[.,،](\d+)")
_TOKEN = re.compile(
    f" *(?:(?P<num>{_REVERSED}|\\d+{_DIGIT_GROUPS})|(?P<word>[{_LETTER}]+)|(?P<sym>[-–]))"
)
_UNIT_AFTER = re.compile(f" *(?P<unit>{alternation(_UNITS)}){_NO_LETTER_AFTER}")
_COUNTRY_AFTER = re.compile(f" *(?P<adj>[{_LETTER}]+)")
# A qualifier may stand before the article glued to the figure: "قرابة الـ500 قتيل".
# An adverb may stand between a qualifier and its figure: "يتجاوز حاليا 5 آلاف موظف".
_BEFORE_RE = re.compile(
    f"{_NO_LETTER_BEFORE}[وفبل]?(?P<q>{alternation(_BEFORE)})"
    r"(?: +(?:حاليا|الان|فعلا|حتي الان|بالفعل))? *(?:ال)?$"
)
# A qualifying verb, its subject between it and the figure: "تجاوز عدد القتلى في غزة 40 ألفا",
# "لم تتعد نسبة ملئه 8".  The subject opens with the article or a noun of measure.
_SUBJECT_HEADS = (
    *("عدد", "نسبة", "حجم", "قيمة", "سعر", "مخزون", "حصيلة", "إجمالي", "مجموع", "معدل"),
    *("مستوى", "رصيد", "متوسط", "منسوب", "كمية", "مساحة", "طول", "ارتفاع", "وزن", "درجة"),
    "درجات",
)
_GAP_WORD = '[^\\s\\d،,.؛;:!?؟()«»"]+'
_SUBJECT_WORDS = 8  # after its head: "عدد الإصابات بحمى الضنك في ولاية كسلا، شرقي السودان،"


def _before_a_pronoun(noun: str) -> str:
    """A folded noun as written before a possessive pronoun: its ta marbuta open ("قيمت")."""
    folded = fold(noun)
    return folded[:-1] + "ت" if folded.endswith("ه") else folded


# The subject: a definite word, a noun of measure, or one with its possessor ("قيمتها",
# "وزنها", "عددهم"), perhaps after "فيها" ("تجاوزت فيها درجات الحرارة 50").
_SUBJECT = (
    f"(?:(?:فيها|فيه|بها|منها) )?"
    f"(?:ال{_GAP_WORD}|{alternation(map(fold, _SUBJECT_HEADS))}{_NO_LETTER_AFTER}"
    f"|{alternation(map(_before_a_pronoun, _SUBJECT_HEADS))}(?:ها|هما|هم|ه){_NO_LETTER_AFTER})"
)
_VERB_BEFORE_RE = re.compile(
    f"{_NO_LETTER_BEFORE}[وف]?(?P<q>{alternation(_QUALIFYING_VERBS)}) {_SUBJECT}"
    f"(?:،? {_GAP_WORD}){{0,{_SUBJECT_WORDS}}} *،? *$"  # "في ولاية كسلا، شرقي السودان،"
)
# "يزيد وزنها على 220 كيلوغراما": a verb of exceeding whose subject على or عن closes;
# without them "زاد عدد السكان 5 ملايين" says by how much it grew.
_EXCEEDING = frozenset(fold(w) for w in ("يزيد", "تزيد", "زاد", "زادت"))
_EXCEEDING_RE = re.compile(
    f"{_NO_LETTER_BEFORE}[وف]?(?P<neg>(?:لا|لم|الا) )?(?P<q>{alternation(_EXCEEDING)}) "
    f"{_SUBJECT}(?: {_GAP_WORD}){{0,3}} (?:علي|عن) *$"
)
_PREPOSITIONS = frozenset(
    fold(w)
    for w in ("في", "من", "على", "إلى", "عن", "خلال", "منذ", "بعد", "قبل", "حتى", "مع", "كل")
)
_AMOUNTING = frozenset(fold(w) for w in ("البالغ", "البالغة", "البالغين", "البالغتين"))
_BY_MEASURE = frozenset(
    fold("ب" + w)
    for w in ("نسبة", "قيمة", "مقدار", "معدل", "واقع", "عمق", "طول", "ارتفاع", "حجم", "مبلغ")
)
_AFTER_RE = re.compile(f" *(?P<q>{alternation(_AFTER)}){_NO_LETTER_AFTER}")
_RANGE_JOIN = {
    "range_between": re.compile(" *(?:و|الي|حتي|-|–) *"),
    "range_from": re.compile(" *(?:الي|حتي|-|–) *"),
}
_BARE_RANGE_JOIN = re.compile(" *(?:-|–|الي|حتي|او) *")
# A verb or noun of change earlier in the clause makes "من X إلى Y" a change from X to Y,
# two figures, not a range ("ارتفع التضخم من 5.2% إلى 6.8%"; "تراوحت من 300 إلى 400" is one).
_CHANGE_BEFORE = re.compile(
    f"{_NO_LETTER_BEFORE}[وف]?(?:{alternation(read_words('numbers/change_words.txt'))})"
    f"{_NO_LETTER_AFTER}[^.,،؛]{{0,60}}$"
)
# Month names as one regex alternation (claims reads "منذ 30 مارس" with it too).
MONTH_NAMES = alternation(read_words("numbers/months.txt"))
_LABEL_BEFORE = re.compile(
    f"{_NO_LETTER_BEFORE}(?:[وبلف]|لل)?(?:{alternation(read_words('numbers/labels.txt'))})"
    r"(?: *رقم)? *[-:]? *(?:\d+ *(?:و|الي|حتي|-|–|،) *)*(?:ال *)?$"  # "الجولة الـ12"
)
# A model's name and number after "طراز": "من طراز أنتونوف 148", "طراز بوينغ 737",
# "من طراز "إيه تي آر 72"".
_MODEL_BEFORE = re.compile(
    f"{_NO_LETTER_BEFORE}(?:ال)?طراز +"
    f'(?:(?:[{_LETTER}A-Za-z]+[ -]){{1,2}}|["«“](?:[{_LETTER}A-Za-z]+[ -]){{1,3}}) *$'
)
_MONTH_BEFORE = re.compile(f"{_NO_LETTER_BEFORE}(?:{MONTH_NAMES}) *[,،]? *$")
_MONTH_AFTER = re.compile(f" *(?:من )?(?:{MONTH_NAMES}|الشهر){_NO_LETTER_AFTER}")
_DAY_PART_AFTER = re.compile(
    f" *(?:{alternation(read_words('numbers/day_parts.txt'))}){_NO_LETTER_AFTER}"
)
_YEAR_BEFORE = re.compile(
    f"(?:{_NO_LETTER_BEFORE}[وبل]?(?:{alternation(read_words('numbers/year_markers.txt'))})"
    r"|\d{4} *(?:و|-|–|/|الي|حتي)) *$"
)
_YEAR_SUFFIX = re.compile(f" *(?:م|ه){_NO_LETTER_AFTER}")
# A definite plural of time before a figure with the article: "الساعات الـ24".
_TIME_SPANS = ("الساعات", "الأيام", "الأسابيع", "الأشهر", "الشهور", "السنوات", "الأعوام")
_TIME_SPAN_BEFORE = re.compile(
    f"{_NO_LETTER_BEFORE}(?:{alternation(map(fold, (*_TIME_SPANS, 'الدقائق')))}) +ال *$"
)
# A half after a dual unit, its unit written again or not: "مترين ونصف المتر".
_AND_A_HALF = re.compile(f" +ونصف(?: +ال(?P<unit>[{_LETTER}]+))?{_NO_LETTER_AFTER}")
_FIGURE_AHEAD = re.compile(
    f" *(?:\\d|(?:{alternation(q for q, k in _BEFORE.items() if not k.startswith('range'))})"
    f"{_NO_LETTER_AFTER})"
)
# Words that may be glued to digits: clitics, and prepositions typed without a space ("من1,7").
_GLUE_OK = frozenset(
    {"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "ال", "بال", "وال", "لل"}
    | {"من", "عن", "في", "الي", "علي", "نحو", "حوالي"}
)
# "F-16", "S-400", "سوخوي-35", "5G": digits that belong to a model name
_NAME_BEFORE = re.compile(f"(?:[A-Za-z]|[{_LETTER}]-)-?$")
_NAME_AFTER = re.compile("[A-Za-z]")
# "of them" after a figure: "22 منهم على الأقل" (claims reads a part of a total by it).
OF_THEM = "(?:منهم|منهن|منها|منهما)"
# A number that ends a short quoted name: "«التآمر 3»", ""خليجي 23"".
_QUOTE_CLOSES = re.compile('[»”"]')
_QUOTED_NAME_BEFORE = re.compile(f'[«“"](?:[{_LETTER}]+ +){{1,2}}$')
_OF_THEM_AFTER = re.compile(f" *{OF_THEM}(?![{_LETTER}])")
# An outlet whose name holds a number: "فرانس 24", "عربي 21", and "اليوم 24" where it is
# quoted or named as a paper or a site (not "قتل اليوم 5 أشخاص").
_OUTLET_BEFORE = re.compile(
    r"(?:(?<![^\s\"«“])(?:فرانس|عربي) *"
    r"|(?:[\"«“]|(?<!\S)(?:ل|لـ|موقع|صحيفه|جريده|قناه) *[\"«“]?) *(?:اليوم|اخبار) +)$"
)
_DUAL_TIME_AFTER = re.compile(
    " *(?:الماضيين|المقبلين|الاخيرين|القادمين|الاولين|المنصرمين|السابقين|التاليين)"
)
_PREVIOUS_WORD = re.compile(f"([{_LETTER}]+) *$")
# Before a scale word with the article (folded): a pronoun makes its noun definite
# ("مباراته"), a sound plural counts ("الإصابات المليون").
_PRONOUNS = ("ته", "ها", "هم", "هما")
# Before it, a ratio ("جزء في المليون", "واحد على الألف") or the letter ("حرف الألف").
_NOT_BEFORE_A_COUNT = frozenset({"في", "علي", "حرف"})
_SOUND_PLURALS = ("ين", "ون", "ات")
_DEFINITE = re.compile("(?:[وف]?[بك]?ال|[وف]?لل)")
_TO_THE_LAST_LETTER = re.compile(" *(?:الي ال|لل)ياء")
_SEPARATOR = re.compile("[.,،]")
# Digits with one dot before three more: a decimal, or thousands before people.
_ONE_DOT_GROUP = re.compile(r"\d{1,3}\.\d{3}")
_INDEX_BEFORE = re.compile("مؤشر")
_INDEX_CHARS = 160
# Nouns that count people (shared with the claims: ``claims/people.txt``).
_PEOPLE = folded_words("claims/people.txt")
_TRAILING_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]*")
_WINDOW = 32  # characters of left context read for qualifiers, labels and markers
# Qualifiers that mean "reaching" after لـ (see ``_qualifier_before``).
_REACHING = frozenset(fold(phrase) for phrase in ("يصل إلى", "تصل إلى"))
# After a time of day: "(0800 بتوقيت جرينتش)", "(05,30 ت غ)", "0930 GMT".
_TIME_ZONE_AFTER = re.compile(r"(?i) *(?:بتوقيت|توقيت|ت\.? *غ\b|gmt|utc)")
# A side of a ratio or score written with a colon between digits: "1:5", "3:1".
_RATIO_AFTER = re.compile(r":\d")
_RATIO_BEFORE = re.compile(r"\d:$")
# After the number of a list item: "1- ", "2) ", "3. " (not "15-20").
_ENUMERATOR = re.compile(r" *[-–.)] +(?!\d)")
# Number words that begin a compound with عشر: with the article they are a name or an
# adjective ("دور الستة عشر", "الأبيات الأحد عشر").
_TEEN_HEADS = ("unit", "teen_head")


@dataclass(slots=True)
class _Figure:
    """A number read from the normalized text, before its qualifier and unit."""

    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    scale: float = 1.0
    digits: bool = False
    words: int = 1


@dataclass(slots=True)
class _Expression:
    """A figure with its qualifier, unit and counted noun, in normalized offsets."""

    start: int
    end: int
    core_start: int
    core_end: int
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: str | None = None
    counted: tuple[int, int] | None = None


def find_quantities(text: str, *, skip: Sequence[tuple[int, int]] = ()) -> list[Quantity]:
    """Every quantity of ``text``, sorted by start, with offsets into ``text`` as given.

    ``skip`` holds original spans already taken (absolute dates): a figure overlapping one
    is not a quantity.  Dates, times, ordinals and reference numbers are left out even
    with an empty ``skip``.
    """
    norm = normalize(text)
    s = norm.text
    taken = sorted(skip)
    found: list[Quantity] = []
    position = 0
    for anchor in _ANCHOR.finditer(s):
        if anchor.start() < position or anchor.group("blocked"):
            continue
        expression = _read_expression(s, anchor)
        if isinstance(expression, int):  # a figure that is a date or a name: skip it whole
            position = expression
            continue
        if expression is None:
            if anchor.group("num"):  # "1,2.5 مليون" is no million
                skipped = _UNREAD_SCALE.match(s, anchor.start())
                position = skipped.end() if skipped else position
            continue
        core = norm.span(expression.core_start, expression.core_end)
        if any(a < core[1] and core[0] < b for a, b in taken):
            continue
        found.append(_quantity(text, norm, expression))
        position = expression.end
    return found


def words_to_number(words: str) -> float | None:
    """The value of a whole number expression ("خمسة وعشرون ألفاً", "3 ملايين"), else None."""
    s = normalize(words.strip()).text
    anchor = _ANCHOR.match(s)
    if anchor is None:
        return None
    figure = _read_figure(s, anchor.start("word") if anchor.group("word") else 0)
    if figure is None or figure.end != len(s):
        return None
    return figure.value


def _quantity(text: str, norm: Normalized, e: _Expression) -> Quantity:
    start, end = norm.span(e.start, e.end)
    end = _past_marks(text, end)
    counted = None
    if e.counted:
        c_start, c_end = norm.span(*e.counted)
        counted = text[c_start : _past_marks(text, c_end)]
    return Quantity(
        start, end, text[start:end], e.value, e.low, e.high, e.qualifier, e.unit, counted
    )


def _past_marks(text: str, end: int) -> int:
    """Extend an end offset over the marks that normalization dropped ("ألفاً", "آلافٍ")."""
    marks = _TRAILING_MARKS.match(text, end)
    return marks.end() if marks else end


# --- reading one figure -------------------------------------------------------------------


def _lookup(word: str) -> tuple[_Word | None, bool]:
    """The number word ``word`` is, and whether it carried a leading و."""
    entry = _WORDS.get(word)
    if entry is None and word.startswith("و"):
        return _WORDS.get(word[1:]), True
    return entry, False


def _number_value(s: str, number: re.Match[str]) -> float | None:
    """The value of the digits of ``number`` (the group ``num`` of an ``_ANCHOR`` or
    ``_TOKEN`` match in ``s``)."""
    digits = number.group("num")
    before_scale = _next_is(s, number.end(), _SCALE_WORDS) is not None
    if "ر" in digits:
        return _reversed_value(digits, before_scale)
    return _digits_value(digits, before_scale)


def _reversed_value(digits: str, before_scale: bool) -> float | None:
    """Digits typed around ر, the parts stored in reverse: "5ر2 مليار" is 2.5 billion,
    "03ر33" 33.03.  Three digits after the first ر group thousands unless a scale word
    follows: "225ر29 غارة" is 29,225 strikes, "540ر999ر45" 45,999,540, but "423ر2 مليون" is
    2.423 million."""
    groups = digits.split("ر")[::-1]
    grouped = all(len(group) == 3 for group in groups[1:])
    if len(groups) > 2 or (grouped and not before_scale):
        return float("".join(groups)) if grouped else None
    return float(f"{groups[0]}.{groups[1]}")


def _digits_value(digits: str, before_scale: bool) -> float | None:
    """14,000, 3،000 and 1.000.000 group thousands; 2.5 and 2,5 are decimals, and so is
    1.500 (a price of 1.500 dinars), but not 200.000: a decimal is not written with three
    zeros ("200.000 شخص", "10.000 ريال"), unless a scale word follows ("1.000 مليار")."""
    groups = _SEPARATOR.split(digits)
    if _grouped_with_decimals(digits, groups):
        return float("".join(groups[:-1]) + "." + groups[-1])
    grouped = all(len(g) == 3 for g in groups[1:])
    zeros = groups[-1] == "000" and not before_scale
    if grouped and (len(groups) > 2 or "," in digits or "،" in digits or zeros):
        return float("".join(groups))
    if len(groups) > 2:
        return None
    return float(_SEPARATOR.sub(".", digits))


def _grouped_with_decimals(digits: str, groups: Sequence[str]) -> bool:
    """Whether ``digits`` group thousands with one separator and end in decimals after the
    other: "11,284.63" (an index's close), "١١٬٢٨٤٫٦٣", the European "1.234,56"."""
    separators = _SEPARATOR.findall(digits)
    last = separators[-1] if separators else None
    return (
        len(set(separators)) == 2
        and last not in separators[:-1]
        and all(len(group) == 3 for group in groups[1:-1])
    )


def _next_is(s: str, end: int, forms: frozenset[str]) -> int | None:
    """End of the next token when it is one of ``forms`` (folded words), else None."""
    token = _TOKEN.match(s, end)
    if token and token.group("word") in forms:
        return token.end()
    return None


def _read_figure(s: str, start: int) -> _Figure | None:
    """The number that begins at ``start`` (digits or a word without its clitic)."""
    token = _TOKEN.match(s, start)
    if token is None or token.group("sym"):
        return None
    if token.group("num"):
        value = _number_value(s, token)
        if value is None:
            return None
        figure = _Figure(start, token.end(), value, digits=True)
        return _continue_figure(s, figure, current=value, last="digits")
    word = token.group("word")
    if word in _VAGUE:
        return _read_vague(s, start, token.end(), word)
    entry = _WORDS.get(_DEFINITE_SCALES.get(word) or _DEFINITE_TENS.get(word, word))
    if entry is None:
        return None
    figure = _Figure(start, token.end(), None)
    if entry.kind == "teen_head":
        # after a glued و, "احد وعشرون" is "واحد وعشرون": read from the و
        teen = _teen(s, entry, token.end(), tens=s[start - 1 : start] != "و")
        if teen is None:
            return None
        current, figure.end, last = teen
        return _continue_figure(s, figure, current=current, last=last)
    if entry.kind in ("unit", "ten", "hundred"):
        current, figure.end, last = _read_small(s, entry, token.end())
        return _continue_figure(s, figure, current=current, last=last)
    if entry.kind == "fraction":
        after = _TOKEN.match(s, token.end())
        scale = _scale_word(after.group("word")) if after else None
        if after is None or scale is None or scale.kind not in _SCALE_KINDS:
            return None
        figure.end = after.end()
        figure.scale = scale.value
        return _continue_figure(s, figure, total=entry.value * scale.value, last="scale")
    multiple = 2.0 if entry.kind == "scale_dual" or _construct_dual(s, entry, token.end()) else 1.0
    figure.scale = entry.value
    return _continue_figure(s, figure, total=multiple * entry.value, last="scale")


def _construct_dual(s: str, entry: _Word, end: int) -> bool:
    """ "مليونا دولار" is two million; "ألفاً" alone is one thousand."""
    if entry.kind != "scale_a":
        return False
    token = _TOKEN.match(s, end)
    word = token.group("word") if token else None
    return bool(word) and word not in _STOPWORDS and _lookup(word or "")[0] is None


def _read_small(s: str, entry: _Word, end: int) -> tuple[float, int, str]:
    """A unit, ten or hundred word with a following عشر (teen) or مائة (ثلاث مائة)."""
    if entry.kind == "unit" and entry.value < 10:
        teen_end = _next_is(s, end, _TEN)
        if teen_end is not None:
            return entry.value + 10, teen_end, "teen"
        hundred_end = _next_is(s, end, _HUNDRED)
        if hundred_end is not None and entry.value >= 3:
            return entry.value * 100, hundred_end, "hundred"
    return entry.value, end, entry.kind


def _continue_figure(
    s: str, figure: _Figure, *, current: float = 0.0, total: float = 0.0, last: str
) -> _Figure:
    """Add scale words and و-joined parts: "3 ملايين و500 ألف", "أربعة آلاف وسبعمائة"."""
    top_scale = figure.scale if last == "scale" else float("inf")
    while True:
        token = _TOKEN.match(s, figure.end)
        if token is None or token.group("sym"):
            break
        word = token.group("word")
        # inside a figure "وأحد" (folded "واحد") is و + أحد: the conjunction reading first
        entry, waw = (_WORDS.get(word[1:]), True) if word and word[1:] in _WORDS else (None, False)
        if entry is None and word in _WORDS:
            entry, waw = _WORDS[word], False
        if word == "و":
            following = _TOKEN.match(s, token.end())
            if following is None or following.group("sym"):
                break
            token, waw = following, True
            word = following.group("word")
            entry = _WORDS.get(word) if word else None
        if not waw:
            if entry is None or entry.kind not in _SCALE_KINDS or current == 0:
                break
            if entry.value >= top_scale:
                break
            total += current * entry.value
            current, last, top_scale = 0.0, "scale", entry.value
            figure.scale, figure.end, figure.words = entry.value, token.end(), figure.words + 1
            continue
        joined = _join(s, token, entry, last, top_scale)
        if joined is None:
            break
        value, end, kind = joined
        if kind == "fraction":
            total += value * top_scale
            figure.end = end
            break
        if kind == "scale":
            total += value
        else:
            current += value
        last, figure.end, figure.words = kind, end, figure.words + 1
    figure.value = float(f"{total + current:.12g}")  # 4.1 × 1e9 is 4100000000, not …99.9995
    figure.low = figure.high = figure.value
    return figure


def _join(
    s: str, token: re.Match[str], entry: _Word | None, last: str, top_scale: float
) -> tuple[float, int, str] | None:
    """The part after و when it may continue the figure, as (value, end, kind)."""
    if last == "scale":
        joined = _join_after_scale(s, token, entry, top_scale)
        # "300 ألف و500 ألف" is two figures (a range's ends), not 300,500
        return joined if joined and _next_scale(s, joined[1]) < top_scale else None
    if entry is None or token.group("num"):
        return None
    if last == "unit" and entry.kind == "ten":
        return entry.value, token.end(), "ten"
    if last == "hundred" and entry.kind in ("unit", "ten"):
        return _read_small(s, entry, token.end())
    if last == "hundred" and entry.kind == "teen_head":
        return _teen(s, entry, token.end())
    return None


def _join_after_scale(
    s: str, token: re.Match[str], entry: _Word | None, top_scale: float
) -> tuple[float, int, str] | None:
    """After a scale word: "مليون و200 ألف", "آلاف وسبعمائة", "مليون ونصف"."""
    if token.group("num"):
        value = _number_value(s, token)
        return (value, token.end(), "digits") if value is not None and value < top_scale else None
    if entry is None:
        return None
    if entry.kind == "fraction":
        return entry.value, _past_scale_again(s, token.end(), top_scale), "fraction"
    if entry.kind in ("scale", "scale_dual") and entry.value < top_scale:
        multiple = 2.0 if entry.kind == "scale_dual" else 1.0
        return multiple * entry.value, token.end(), "scale"
    if entry.kind in ("unit", "ten", "hundred"):
        return _read_small(s, entry, token.end())
    if entry.kind == "teen_head":
        return _teen(s, entry, token.end())
    return None


def _scale_word(word: str | None) -> _Word | None:
    """The scale ``word`` is, with or without the article ("مليون", "المليون")."""
    entry = _WORDS.get(_DEFINITE_SCALES.get(word, word)) if word else None
    return entry if entry and entry.kind in _SCALE_KINDS else None


def _past_scale_again(s: str, end: int, scale: float) -> int:
    """After a fraction, past its scale written again: "مليون ونصف المليون" is 1.5 million
    ("ونصف مليون" as well), and the noun after it is the counted one."""
    token = _TOKEN.match(s, end)
    entry = _scale_word(token.group("word")) if token else None
    return token.end() if token and entry and entry.value == scale else end


def _teen(s: str, entry: _Word, end: int, *, tens: bool = True) -> tuple[float, int, str] | None:
    """ "أحد عشر", "اثنتا عشرة": a teen head needs its عشر; with ``tens``, "أحد وعشرون"
    and "إحدى وثلاثين" are 21 and 31."""
    teen_end = _next_is(s, end, _TEN)
    if teen_end:
        return entry.value + 10, teen_end, "teen"
    following = _TOKEN.match(s, end)
    word = following.group("word") if following else None
    ten = _WORDS.get(word[1:]) if word and word.startswith("و") else None
    if tens and following and entry.value == 1 and ten and ten.kind == "ten":
        return ten.value + 1, following.end(), "ten"
    return None


def _next_scale(s: str, end: int) -> float:
    """The value of the scale word right after ``end``, or 0."""
    token = _TOKEN.match(s, end)
    entry = _WORDS.get(token.group("word") or "") if token else None
    return entry.value if entry and entry.kind in _SCALE_KINDS else 0.0


def _read_vague(s: str, start: int, end: int, word: str) -> _Figure:
    """ "آلاف", "عشرات الآلاف", "بضعة ملايين": no value, bounds from ``vague.tsv``."""
    low, high = _VAGUE[word]
    token = _TOKEN.match(s, end)
    following = token.group("word") if token else None
    scale = _WORDS.get(_strip_article(following or ""))
    if token and scale and scale.kind == "scale_plural":  # "عشرات الآلاف"
        low, high = low * scale.value, (high + 1) * scale.value - 1
        end = token.end()
    elif token and following in _VAGUE:  # "بضع عشرات": the second word counts
        low, high = _VAGUE[following]
        end = token.end()
    return _Figure(start, end, None, low, high)


def _strip_article(word: str) -> str:
    """ "الآلاف" -> "آلاف", but "آلاف" (folded "الاف") stays whole."""
    return word[2:] if word.startswith("ال") and word not in _WORDS else word


# --- the expression around a figure ------------------------------------------------------


def _read_expression(s: str, anchor: re.Match[str]) -> _Expression | int | None:
    """Qualifier, figure (or range), unit, counted noun and trailing qualifier at ``anchor``.

    None when nothing at ``anchor`` is a figure; the end of the figure when it is one
    but names or dates something ("العام ألفين وأحد عشر", "المادة 5").
    """
    if anchor.group("word"):
        word_start = anchor.start("word")
        clitic = anchor.group("clitic")
        if clitic + anchor.group("word") in _CLITIC_CLASHES:
            return None
        word = anchor.group("word")
        if _strip_article(word) in _DUALS and _WORDS.get(word) is None:
            return _dual_unit(s, anchor, _DUALS[_strip_article(word)].code)
        if word in _COUNTED_DUALS:
            return _counted_dual(s, anchor)
        if word in _DEFINITE_TENS and not _counts_as_definite_ten(s, word_start, clitic):
            return None
    else:
        word_start, clitic = anchor.start(), ""
    figure = _read_figure(s, word_start)
    if figure is None and clitic and clitic + anchor.group("word") in _WORDS:
        # "واحد وعشرون" opens with واحد, where و + أحد would need its عشر
        word_start, clitic = anchor.start("clitic"), ""
        figure = _read_figure(s, word_start)
    if figure is None:
        return None
    if _not_a_count(s, figure):
        return figure.end
    if figure.value is None:
        return _vague_expression(s, figure)
    before = _qualifier_before(s, figure.start) if not clitic else None
    qualifier = _qualifier_of(before) if before else "exact"
    start = _qualified_start(before, figure.start)
    low: float | None = figure.value
    high: float | None = figure.value
    last = figure
    # "ارتفع التضخم من 5.2% إلى 6.8%": two figures
    changes = (
        before is not None
        and qualifier == "range_from"
        and _CHANGE_BEFORE.search(s, 0, before.start("q")) is not None
    )
    if changes:
        before, qualifier, start = None, "exact", figure.start
    if qualifier.startswith("range"):
        second = _range_end(s, figure, _RANGE_JOIN[qualifier])
        if second is None:
            before, qualifier, start = None, "exact", figure.start
        elif _year_range(figure, second) or _MONTH_AFTER.match(s, second.end):
            return second.end
        elif _reads_as_year(figure):  # "إيرادات النصف الأول من 2015 إلى 6.5 مليار"
            return figure.end
        else:
            low, high, last = _range_bounds(figure, second), second.value, second
            qualifier = "range"
    elif not changes and (second := _bare_range(s, figure)) is not None:
        low, high, last, qualifier = _range_bounds(figure, second), second.value, second, "range"
    end = last.end
    unit, end = _unit_after(s, end)
    if unit is None and figure.start > 0 and s[figure.start - 1] in "%٪$":
        unit = "percent" if s[figure.start - 1] != "$" else "USD"
        start = min(start, figure.start - 1)
    # a verb's subject between (no qualifier right before) leaves a year a year: "فاق
    # العجز في موازنة 2017"
    qualified = before is not None and before.re is _BEFORE_RE
    year_may_be = qualifier == "exact" or not qualified
    if year_may_be and unit is None and _is_year(s, figure, qualified, end):
        return figure.end
    counted = _counted_after(s, end) if unit is None and not _follows_its_noun(s, figure) else None
    if counted and qualifier != "range" and _dot_groups_thousands(s, figure):
        figure.value *= 1000
        low = high = figure.value
    following = counted[1] if counted else end
    of_them = _OF_THEM_AFTER.match(s, following)  # "22 منهم على الأقل قتلوا"
    after = _AFTER_RE.match(s, of_them.end() if of_them else following)
    if after and qualifier in ("exact", "approx"):
        qualifier, end = _AFTER[after.group("q")], after.end()
    value = None if qualifier == "range" else figure.value
    low, high = _bounds(qualifier, value, low, high)
    return _Expression(
        start, end, figure.start, last.end, value, low, high, qualifier, unit, counted
    )


def _counts_as_definite_ten(s: str, start: int, clitic: str) -> bool:
    """Whether a ten with the article counts: after a qualifier that is no range opener
    ("قرابة الأربعين"; not "بين السبعين والرابعة والسبعين", ages)."""
    before = None if clitic else _qualifier_before(s, start)
    return before is not None and not _qualifier_of(before).startswith("range")


def _dot_groups_thousands(s: str, figure: _Figure) -> bool:
    """Whether the dot of a figure such as "1.500" before a counted noun groups thousands:
    1.5 persons or polling centres is no count ("78.282 حاجا", "13.326 مركز اقتراع";
    "1.500 دينار" has a unit, not a counted noun)."""
    if figure.value is None or figure.value.is_integer():
        return False  # read as thousands already ("200.000 شخص")
    if _INDEX_BEFORE.search(s, max(0, figure.start - _INDEX_CHARS), figure.start):
        return False  # "ونزل مؤشر الدولار إلى 88.660 بعدما": an index's decimals
    return _ONE_DOT_GROUP.fullmatch(s, figure.start, figure.end) is not None


def _counts_people(word: str) -> bool:
    """Whether ``word`` (folded) names people, as written or without its accusative alef."""
    return word in _PEOPLE or word.rstrip("ا") in _PEOPLE


def _bounds(
    qualifier: str, value: float | None, low: float | None, high: float | None
) -> tuple[float | None, float | None]:
    if qualifier in ("at_least", "more_than"):
        return value, None
    if qualifier in ("at_most", "less_than"):
        return None, value
    return low, high


def _vague_expression(s: str, figure: _Figure) -> _Expression:
    counted = _counted_after(s, figure.end, vague=True)
    return _Expression(
        figure.start,
        figure.end,
        figure.start,
        figure.end,
        None,
        figure.low,
        figure.high,
        "vague",
        None,
        counted,
    )


def _dual_unit(s: str, anchor: re.Match[str], unit: str) -> _Expression | None:
    """ "عامين", "شهرين", "كيلومترين": a figure of two in a unit."""
    start, end = anchor.start("word"), anchor.end("word")
    if _FIGURE_AHEAD.match(s, end):  # "بين العامين 2016 و2017" names the years
        return None
    if anchor.group("word").startswith("ال") and not _DUAL_TIME_AFTER.match(s, end):
        return None  # "المحامين العامين" (general); "العامين الماضيين" is two years
    before = _qualifier_before(s, start) if not anchor.group("clitic") else None
    qualifier = _qualifier_of(before) if before else "exact"
    if qualifier.startswith("range"):
        before, qualifier = None, "exact"
    value = 2.0
    half = _AND_A_HALF.match(s, end)  # "مترين ونصف المتر", "عامين ونصف"
    again = half.group("unit") if half else None
    if half and (again is None or getattr(_UNITS.get(again), "code", None) == unit):
        value, end = 2.5, half.end()
    low, high = _bounds(qualifier, value, value, value)
    return _Expression(
        _qualified_start(before, start), end, start, end, value, low, high, qualifier, unit
    )


def _counted_dual(s: str, anchor: re.Match[str]) -> _Expression | None:
    """ "شخصين", "جنديان": two of the noun, which is also the counted noun; none when a
    number word follows that counts them itself ("جنديين اثنين")."""
    start, end = anchor.start("word"), anchor.end("word")
    following = _TOKEN.match(s, end)
    if following and (following.group("num") or following.group("word") in _WORDS):
        return None
    if anchor.group("word") in _NISBA_DUALS and _AFTER_A_DUAL.search(s, max(0, start - 8), start):
        return None
    return _Expression(start, end, start, end, 2.0, 2.0, 2.0, "exact", None, (start, end))


def rounding_step(figure: str, unit: str | None = None) -> float | None:
    """The step a figure written in digits and a scale word is rounded to: "28 مليار" is
    28 billion give or take half a billion (step 1e9), "28.3 مليار" has step 1e8; a share
    or measure with decimals to its last one ("44.5 في المئة": 0.1, so 44.52% agrees), and
    a whole percentage to one.  None for other figures: "1400" may well be an exact count,
    "1.93 دولار" an exact price."""
    text = normalize(figure).text
    match = _ROUNDED.search(text)
    if match is not None:
        scale = _WORDS[match.group("scale")].value
        return float(scale * 10.0 ** -len(match.group("decimals") or ""))
    if unit is None or is_currency(unit):
        return None
    decimals = _DECIMALS.search(text)
    if decimals is not None:
        return 10.0 ** -len(decimals.group(1))
    return 1.0 if unit == "percent" else None  # "77%" of a vote of 76.69%


def singular_of_dual(word: str) -> str:
    """The singular of a folded dual that counts two on its own ("شخصين" -> "شخص"); any
    other word as it is."""
    return _COUNTED_DUALS.get(word, word)


def _qualifier_before(s: str, start: int) -> re.Match[str] | None:
    """The qualifier written right before ``start`` ("نحو", "أكثر من"), if any.  "يصل إلى"
    caps a figure ("غرامة تصل إلى 10 آلاف"), but with لـ it says what a figure reached
    ("ارتفع ليصل إلى 31.3 مليار"): no qualifier then."""
    before = _BEFORE_RE.search(s, max(0, start - _WINDOW), start)
    if before and before.group("q") in _REACHING and s[before.start("q") - 1] == "ل":
        return None
    if before is None:
        before = _VERB_BEFORE_RE.search(s, max(0, start - 2 * _WINDOW), start)
        if before and not _subject_between(before.group().split()[1:]):
            return None
    return before or _EXCEEDING_RE.search(s, max(0, start - _WINDOW), start)


def _qualifier_of(before: re.Match[str]) -> str:
    """The qualifier a match of ``_qualifier_before`` gives its figure."""
    if before.re is _EXCEEDING_RE:
        return "at_most" if before.group("neg") else "more_than"
    return _BEFORE[before.group("q")]


def _subject_between(words: list[str]) -> bool:
    """Whether the words between a qualifying verb and a figure may be the verb's subject:
    no number among them ("لا يتجاوز المعدل واحدا من كل 27"), and not ending in a
    preposition, whose object the figure is ("خلال ثلاثة مواسم"), or in a noun of measure
    after ب, which says by how much ("تجاوز الإنفاق بنسبة 5")."""
    bare = [word.strip("،,") for word in words]
    bare = [word for word in bare if word]
    last = bare[-1]
    after_comma = {following for word, following in pairwise(words) if word[-1] in "،,"}
    return (
        last not in _BY_MEASURE
        and last not in _PREPOSITIONS
        and last not in _AMOUNTING  # "فاق معدل النمو ... البالغة 25%": the 25% is another's
        and not after_comma & _PREPOSITIONS  # "تخطى التوقعات، على مدى العامين"
        and not any(_lookup(_strip_article(word))[0] for word in bare)
    )


def _qualified_start(before: re.Match[str] | None, figure_start: int) -> int:
    """Where a qualified figure starts: at its qualifier, unless a verb's subject stands
    between them ("تجاوز عدد القتلى 100" starts at 100; the subject says what it counts)."""
    return before.start("q") if before and before.re is _BEFORE_RE else figure_start


def _range_end(s: str, first: _Figure, join: re.Pattern[str]) -> _Figure | None:
    # "ما بين 600 ريال إلى 1000 ريال": the unit may be written on both ends
    joined = join.match(s, first.end) or join.match(s, _unit_after(s, first.end)[1])
    if joined is None:
        return None
    second = _read_figure(s, joined.end())
    if second is None or second.value is None or first.value is None:
        return None
    return second


def _bare_range(s: str, first: _Figure) -> _Figure | None:
    """ "20-30%", "300 إلى 400 مليار", "ستة أو سبعة أسابيع": a range without بين/من.

    Only when a scale, unit or counted noun follows (a score "3-1" is read as a whole
    before this).
    """
    joined = _BARE_RANGE_JOIN.match(s, first.end)
    if joined is None:
        return None
    second = _read_figure(s, joined.end())
    if second is None or second.value is None or first.value is None:
        return None
    unit = _unit_after(s, second.end)[0]
    if second.scale == 1 and unit is None and _counted_after(s, second.end) is None:
        return None
    return second if _range_bounds(first, second) < second.value else None


def _range_bounds(first: _Figure, second: _Figure) -> float:
    """Low end of a range; "بين 4 و5 آلاف" carries the second scale to the first figure."""
    assert first.value is not None and second.value is not None
    if first.scale == 1 and second.scale > 1 and first.value * second.scale <= second.value:
        return first.value * second.scale
    return first.value


# "يوم" before a day of the week (the names of khabar/data/dates, folded).
_DAY_OF_WEEK = re.compile(rf"يوم\s+(?:{alternation(read_words('dates/weekdays.tsv'))})(?!\w)")


def _names_a_weekday(s: str, position: int) -> bool:
    """Whether "يوم" at ``position`` names a day of the week ("يوم الأحد")."""
    return _DAY_OF_WEEK.match(s, position) is not None


def _unit_after(s: str, end: int) -> tuple[str | None, int]:
    """The unit written after a figure, with a currency's country adjective."""
    match = _UNIT_AFTER.match(s, end)
    if match is None:
        return None, end
    unit = _UNITS[match.group("unit")]
    if unit.kind == "dual" or _names_a_weekday(s, match.start("unit")):
        return None, end  # "و150 يوم الأحد": 150 on Sunday, not 150 days
    code, end = unit.code, match.end()
    if unit.family != "-":
        adjective = _COUNTRY_AFTER.match(s, end)
        if adjective and (unit.family, adjective.group("adj")) in _COUNTRIES:
            code, end = _COUNTRIES[unit.family, adjective.group("adj")], adjective.end()
        elif unit.family in _NAMED_BY_COUNTRY:
            code = _country_currency(s, unit.family, code)
    return code, end


@lru_cache(maxsize=64)
def _country_currency(s: str, family: str, default: str) -> str:
    """The currency a bare "دينار"/"درهم"/"ريال"/"جنيه"/"ليرة" of text ``s`` is in: that of
    the country of its family the text names most ("3 مليارات دينار" in a report from
    Algeria is in Algerian dinars), else ``default``."""
    pattern, codes = _COUNTRY_NAMES[family]
    counts = Counter(codes[stem] for stem in pattern.findall(s))
    named_default = counts.pop(default, 0)
    if not counts:
        return default
    (code, named), *rest = counts.most_common(2)
    # named three times as often as the default's country, and more than any other: an
    # Egyptian report on matches against Sudanese clubs still counts in Egyptian pounds
    clear = named >= _MORE_NAMED * named_default and not (rest and rest[0][1] == named)
    return code if clear else default


def _follows_its_noun(s: str, figure: _Figure) -> bool:
    """Whether the figure is "اثنان"/"اثنين", which follows the noun it counts as an
    adjective ("فلسطينيين اثنين قضيا"): the word after it is no counted noun."""
    return figure.words == 1 and s[figure.start : figure.end] in _TWO_AFTER_NOUN


def _counted_after(s: str, end: int, *, vague: bool = False) -> tuple[int, int] | None:
    """The noun counted by a figure: the next word, unless a particle or another figure."""
    token = _TOKEN.match(s, end)
    word = token.group("word") if token else None
    if not word or len(word) < 2 or word in _STOPWORDS or _lookup(word)[0] is not None:
        return None
    if word.startswith("ال") and not vague:
        return None
    if word.startswith(("وال", "فال")) or _conjoined(word):
        return None  # "2248 والإصابات", "الـ65 وأفراد طاقمها": the next item, not the noun
    if _names_a_weekday(s, token.start("word")):  # type: ignore[union-attr]
        return None
    if _AFTER_RE.match(s, end) or _MONTH_AFTER.match(s, end):
        return None
    return token.start("word"), token.end()  # type: ignore[union-attr]


def _conjoined(word: str) -> bool:
    """Whether ``word`` is و glued to a verb that opens the next clause ("وأصيب"), or to a
    word at least ``_CONJOINED_RATIO`` times as common in ANT ("وأفراد"; not "ولايات",
    "وزراء", "وحدات")."""
    rest = word[1:]
    if not word.startswith("و") or len(rest) < 2:  # "29 وهي"
        return False
    if rest in _CLAUSE_VERBS:
        return True
    counts = lexicon().counts
    return counts.get(key(rest), 0) > _CONJOINED_RATIO * counts.get(key(word), 0)


# --- what only looks like a count --------------------------------------------------------


def _names_by_a_definite_scale(s: str, figure: _Figure, previous: str) -> bool:
    """Whether a figure that opens with a scale word and its article is an ordinal, a
    ratio or the letter: after a definite singular noun ("اليوم الألف", "الزائر المليون",
    "مباراته الألف"; "عدد اللاجئين المليون" counts), in "جزء في المليون", after "حرف", or
    in "من الألف إلى الياء"."""
    first = _TOKEN.match(s, figure.start)
    if first is None or first.group("word") not in _DEFINITE_SCALES:
        return False
    if previous in _NOT_BEFORE_A_COUNT or _TO_THE_LAST_LETTER.match(s, first.end()):
        return True
    definite = bool(_DEFINITE.match(previous)) or previous.endswith(_PRONOUNS)
    return definite and not previous.endswith(_SOUND_PLURALS)


def _not_a_count(s: str, figure: _Figure) -> bool:
    """True for a number that names or dates something (المادة 5، 3 سبتمبر، الحادي عشر)."""
    window = max(0, figure.start - _WINDOW)
    if not figure.digits:
        previous = _PREVIOUS_WORD.search(s, window, figure.start)
        word = previous.group(1) if previous else ""
        if word in _ORDINALS or (word.startswith("و") and word[1:] in _ORDINALS):
            return True
        if word.startswith("ال") and _WORDS.get(word[2:], _NOT_A_WORD).kind in _TEEN_HEADS:
            return True  # "دور الستة عشر", "الأحد عشر": a name, or its عشر alone is no 10
        if _names_by_a_definite_scale(s, figure, word):
            return True
        # "تسع 500 شخص", "ألف نحو 50 لحنا": one word right before a figure or a qualifier
        # is a verb or a name; "واحد" alone is an adjective.
        return figure.words == 1 and (figure.value == 1 or bool(_FIGURE_AHEAD.match(s, figure.end)))
    if _NAME_BEFORE.search(s, window, figure.start) or _NAME_AFTER.match(s, figure.end):
        return True
    if _OUTLET_BEFORE.search(s, window, figure.start):  # "لـ"اليوم 24"", "فرانس 24"
        return True
    if _TIME_SPAN_BEFORE.search(s, window, figure.start):
        return True  # "خلال الساعات الـ24 الماضية": how long, not how many
    glued = _PREVIOUS_WORD.search(s, window, figure.start)
    if glued and glued.end(1) == figure.start and glued.group(1) not in _GLUE_OK:
        return True  # "فرانس24": digits glued to a word that is not a clitic (ب15 is)
    if _LABEL_BEFORE.search(s, window, figure.start) and not _UNIT_AFTER.match(s, figure.end):
        return True  # "الجلسة 31" names a session; "الجلسة 61.94 دولار" is a price
    if _MODEL_BEFORE.search(s, window, figure.start):
        return True
    if _MONTH_BEFORE.search(s, window, figure.start) and _may_date(s, figure):
        return True  # "مارس 15", "أغسطس 2018"; not "تسليم أغسطس 0.1 بالمئة"
    if _TIME_ZONE_AFTER.match(s, figure.end):
        return True  # "(0800 بتوقيت جرينتش)": a time of day
    if _RATIO_AFTER.match(s, figure.end) or _RATIO_BEFORE.search(s, window, figure.start):
        return True  # "من 1:5 إلى 1:2", "فاز 3:1": a ratio or a score
    if _QUOTE_CLOSES.match(s, figure.end) and _QUOTED_NAME_BEFORE.search(s, window, figure.start):
        return True  # "قضية «التآمر 3»", ""خليجي 23"": the number of a quoted name
    if _numbers_an_item(s, figure):
        return True  # "1- تدني مستوى النظافة": the number of an item in a list
    day = figure.value is not None and figure.value <= 31 and figure.words == 1
    return day and bool(_MONTH_AFTER.match(s, figure.end) or _DAY_PART_AFTER.match(s, figure.end))


def _may_date(s: str, figure: _Figure) -> bool:
    """Whether a figure after a month may be its year ("مارس 2018 يوما") or its day, a
    whole number with no unit after it ("مارس 15"; not "أبريل 20 دولارا")."""
    value = figure.value
    if value is None or not value.is_integer():
        return False
    return 1000 <= value <= 2100 or (value <= 31 and not _UNIT_AFTER.match(s, figure.end))


def _numbers_an_item(s: str, figure: _Figure) -> bool:
    """Whether ``figure`` numbers an item of a list: "1- ", "2) ", "3. " opening a line
    (spaces or an opening bracket aside), or "1- " right after a colon ("في المجالات
    التالية: 1- تطوير"; not "بلغ العدد: 15 - وهو رقم قياسي")."""
    marked = _ENUMERATOR.match(s, figure.end)
    if not marked:
        return False
    before = s[s.rfind("\n", 0, figure.start) + 1 : figure.start].strip(" (")
    return not before or (before.endswith(":") and marked.group().startswith(("-", "–")))


def _is_year(s: str, figure: _Figure, qualified: bool, end: int) -> bool:
    """A bare four-digit number that reads as a year: "في عام 2024"، "2018م"، "انتخابات 2018"."""
    value = figure.value
    if value is None:
        return False
    if not figure.digits:  # "منذ العام ألفين وأحد عشر"
        marked = _YEAR_BEFORE.search(s, max(0, figure.start - _WINDOW), figure.start)
        return 1900 <= value <= 2100 and bool(marked)
    if figure.words != 1 or figure.end - figure.start != 4:
        return False
    if _YEAR_SUFFIX.match(s, end) and 1300 <= value <= 2100:
        return True
    if not 1000 <= value <= 2100:
        return False
    if _YEAR_BEFORE.search(s, max(0, figure.start - _WINDOW), figure.start):
        return True
    # unmarked: "انتخابات 2018"، "يكون 2018 أفضل عام"; a round "2000 متظاهر" is a count,
    # and so is a figure of people ("2012 قتيلا"): no year is followed by them
    counted = _counted_after(s, end)
    if counted is not None and _counts_people(s[counted[0] : counted[1]]):
        return False
    return value >= 1900 and not qualified and (counted is None or value % 100 != 0)


def _year_range(first: _Figure, second: _Figure) -> bool:
    """ "من 1958 حتى 1987": both ends are years ("بين 1500 و2000 مقاتل" is a count)."""
    return _reads_as_year(first) and _reads_as_year(second)


def _reads_as_year(figure: _Figure) -> bool:
    """Four bare digits of a year of modern news (1900-2100)."""
    return (
        figure.digits
        and figure.words == 1
        and figure.end - figure.start == 4
        and 1900 <= (figure.value or 0) <= 2100
    )
