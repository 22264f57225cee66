"""Arabic date expressions, resolved to ISO values against the publication date.

News dates come in many forms: day-month-year in words or digits, three naming
systems for the Gregorian months (يونيو، حزيران، جوان) often doubled
("شباط/فبراير"), Hijri months and years, and words that only mean something
once the publication date is known (أمس، الثلاثاء الماضي، منذ شهرين).  One
compiled regex (``_PATTERN``, an alternative per form) is tried on the
normalized text around each number or date word; each match is then resolved by
a small function for its form.  The lexicons are the TSV files of
``khabar/data/dates``.

Resolution against the publication date:
- a month without a year ("في يونيو") is the latest one on or before the
  publication month; with الماضي strictly before it, with المقبل strictly after;
- a day-month without a year is the latest such day no more than ``_DAYS_AHEAD``
  days after publication (with الماضي/المقبل: strictly before/after it);
- a weekday is the latest on or before publication (الماضي/المقبل exclude that day;
  after حتى, until, the first one on or after it);
- "قبل/منذ/بعد + count + unit" counts from publication, at the unit's resolution;
  followed by "من" (after "بعد" also "على") it counts from an event ("بعد خمس سنوات
  من الحريق", "بعد أسبوع على قصف المطار"): value None;
- a Hijri month is the Gregorian month it starts in, a Hijri year the Gregorian
  year of its first day (hijridate, Umm al-Qura: 1343-1500 AH, else value None).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from hijridate import Gregorian, Hijri

from khabar.errors import DataFileError
from khabar.extract.lexicon import read_rows
from khabar.model import DateRef
from khabar.text.normalize import Normalized, fold, normalize

__all__ = ["find_dates", "month_words", "pins_month"]


# How far after publication a day-month without a year may fall before it is read as the
# previous year's date: news cites past dates far more often than coming ones, but coming
# events within about a quarter ("الانتخابات في 3 نوفمبر", written in September) are common.
_DAYS_AHEAD = 92


def _rows(name: str, columns: int) -> list[list[str]]:
    """The rows of a TSV lexicon of ``khabar/data/dates``, each padded to ``columns`` fields."""
    rows = []
    for number, fields in read_rows(f"dates/{name}", 1):
        if len(fields) > columns or not fields[0]:
            raise DataFileError(f"khabar/data/dates/{name}", f"expected {columns} fields", number)
        rows.append(fields + [""] * (columns - len(fields)))
    return rows


def _key(text: str) -> str:
    """Lookup key of a folded phrase: spacing inside a phrase varies ("كانون 2", "كانون2")."""
    return "".join(text.split())


def _table(name: str) -> dict[str, str]:
    """A two-column lexicon as {key of the folded word: value}."""
    return {_key(fold(word)): value for word, value in _rows(name, 2)}


def _alternation(words: Iterable[str]) -> str:
    """A regex matching any of the folded ``words``, spaces flexible.

    Built as a trie ("ماي(?:و|س)?") rather than a flat list: Python's regex engine tries
    a list's branches one by one at every word, which made the whole scan four times slower.
    Greedy optional tails keep longest-first matching.
    """
    trie: dict[str, dict] = {}
    for word in {" ".join(fold(word).split()) for word in words}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, dict]) -> str:
    branches = [
        (r"\s*" if char == " " else re.escape(char)) + _trie_regex(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    if len(branches) > 1:
        body = "(?:" + "|".join(branches) + ")"
    elif "" in node and len(branches[0]) > 1:
        body = f"(?:{branches[0]})"
    else:
        body = branches[0]
    return f"{body}?" if "" in node else body


_MONTH_ROWS = _rows("months.tsv", 4)
_MONTHS = {_key(fold(name)): (int(month), calendar) for name, month, calendar, _ in _MONTH_ROWS}
_NEEDS_SHAHR = {_key(fold(name)) for name, _, _, bare in _MONTH_ROWS if bare == "0"}
_WEEKDAYS: dict[str, int] = {k: int(v) for k, v in _table("weekdays.tsv").items()}
_RELATIVE_DAYS: dict[str, int] = {k: int(v) for k, v in _table("relative_days.tsv").items()}
_MODIFIERS = _table("modifiers.tsv")
_PERIODS = _table("periods.tsv")
_NUMBERS: dict[str, int] = {k: int(v) for k, v in _table("numbers.tsv").items()}
_ORDINALS: dict[str, int] = {k: int(v) for k, v in _table("ordinals.tsv").items()}
_UNITS = {_key(fold(w)): (unit, int(n) if n else None) for w, unit, n in _rows("units.tsv", 3)}
_WORDS: dict[str, set[str]] = {}
for _role, _word in _rows("words.tsv", 2):
    _WORDS.setdefault(_role, set()).add(fold(_word))


def _names(calendar: str) -> str:
    return _alternation(name for name, _, cal, _ in _MONTH_ROWS if cal == calendar)


_GREGORIAN = _names("gregorian")
_HIJRI = _names("hijri")
# A doubled name is one month: "شباط/فبراير", "فبراير (شباط)".
_MONTH = rf"{_GREGORIAN}(?!\w)(?:\s*(?:/|\()?\s*{_GREGORIAN}(?!\w)(?:\s*\))?)?"
_WEEKDAY = _alternation(word for word, _ in _rows("weekdays.tsv", 2))
_MOD = _alternation(word for word, _ in _rows("modifiers.tsv", 2))
_POS = _alternation(_WORDS["position"])
_TRIGGER = _alternation(_WORDS["trigger"])
_MONTH_TRIGGER = _alternation(_WORDS["range"] | _WORDS["month_trigger"])
_YEAR_WORD = _alternation(_WORDS["year_word"])
_HIJRI_MARK = _alternation(_WORDS["hijri_mark"])
_THIS = _alternation(_WORDS["this"])
_APPROX = _alternation(_WORDS["approx"])
_PERIOD = _alternation(word for word, _ in _rows("periods.tsv", 2))
_UNIT = _alternation(word for word, _, _ in _rows("units.tsv", 3))
_NUMBER = _alternation(word for word, _ in _rows("numbers.tsv", 2))
_ORDINAL = _alternation(word for word, _ in _rows("ordinals.tsv", 2))
_RELATIVE_DAY = _alternation(word for word, _ in _rows("relative_days.tsv", 2))
_DIGITS_START = r"(?<![.,/:])"
_DIGITS_END = r"(?!\d|[.,/:]\d)"
# What may stand between a month and its year: "يونيو 2024", "يونيو، من عام 2024".
_YEAR_GLUE = rf"\s*[,،]?\s*(?:من\s+)?(?:{_YEAR_WORD}\s+)?"


def _year(prefix: str) -> str:
    """A four-digit year with an optional era mark ("2025م", "1446 هـ") as ``<prefix>_y``."""
    return (
        rf"(?P<{prefix}_y>\d{{4}}){_DIGITS_END}"
        rf"(?:\s*(?P<{prefix}_hm>{_HIJRI_MARK})|\s*م)?(?!\w)"
    )


def _era(prefix: str) -> str:
    """An optional era mark after a date written in digits ("1436/10/3هـ", "20/7/2015م"),
    the Hijri one as ``<prefix>_hm``."""
    return rf"(?:\s*(?P<{prefix}_hm>{_HIJRI_MARK})(?!\w)|\s*م(?!\w))?"


def _month(prefix: str) -> str:
    """A Gregorian (``<prefix>_m``) or Hijri (``<prefix>_h``) month name."""
    return rf"(?:(?P<{prefix}_m>{_MONTH})|(?P<{prefix}_h>{_HIJRI})(?!\w))"


# One alternative per form, tried in this order at each word start; a group named
# ``<form>_s`` narrows the span to leave out a leading preposition ("في").
_SHAHR = r"[بل]?شهري?\s+"  # "شهر يونيو", "لشهر يوليو", "شهري يناير وفبراير"
_LEAD = rf"(?:ب?{_POS}\s+)?"  # "مطلع", "بنهاية"
_DAY = rf"(?:ال\s*)?{_DIGITS_START}(?P<{{p}}_d>\d\d?)(?!\d)"  # "15", "الـ15"
_WEEKDAY_LEAD = rf"(?:(?:يوم\s+)?{_WEEKDAY}\s*[,،]?\s*)?"  # "الثلاثاء، 2 سبتمبر"

# One alternative per form, tried in this order at each word start; a group named
# ``<form>_s`` narrows the span to leave out a leading preposition ("في").
_FORMS = {
    "iso": (
        rf"{_DIGITS_START}(?P<iso_y>\d{{4}})(?P<iso_sep>[-/.])(?P<iso_m>\d\d?)(?P=iso_sep)"
        rf"(?P<iso_d>\d\d?){_DIGITS_END}{_era('iso')}"
    ),
    "num": (
        rf"{_DIGITS_START}(?P<num_d>\d\d?) ?(?P<num_sep>[/.-]) ?(?P<num_m>\d\d?) ?(?P=num_sep) ?"
        rf"(?P<num_y>\d{{4}}){_DIGITS_END}{_era('num')}"
    ),
    "dm": (
        rf"{_WEEKDAY_LEAD}(?:{_DAY.format(p='dm')}\s*(?:من\s+)?|(?P<dm_o>{_ORDINAL})\s+من\s+"
        rf"|(?P<dm_first>اول)\s+(?:من\s+)?)(?:{_SHAHR})?"
        rf"{_month('dm')}(?:{_YEAR_GLUE}{_year('dm')}|\s+(?P<dm_mod>{_MOD})(?!\w))?"
    ),
    "dp": (
        rf"{_WEEKDAY_LEAD}{_DAY.format(p='dp')}\s+(?P<dp_of>من\s+)?(?P<dp_p>الشهر\s+)?"
        rf"(?P<dp_mod>{_MOD})(?!\w)"
    ),
    "my": rf"{_LEAD}(?:{_SHAHR})?{_month('my')}{_YEAR_GLUE}{_year('my')}",
    "yr": rf"{_LEAD}{_YEAR_WORD}\s+{_year('yr')}",
    "hy": rf"{_DIGITS_START}(?P<hy_y>1[3-5]\d\d|[1-9]\d\d)\s*{_HIJRI_MARK}(?!\w)",
    # A bare year after a trigger ("في 2019"), a position ("مطلع 2024", kept in the span)
    # or another year and و ("عامي 2011 و2015"), not a percentage or the whole part of a
    # decimal ("في 2019.5").
    "ty": (
        rf"(?:(?=(?:{_TRIGGER}|ب?{_POS})\s)(?:{_TRIGGER}\s+)?|(?<=(?:19|20)\d\d\sو))"
        rf"(?P<ty_s>(?:ب?{_POS}\s+)?"
        rf"(?P<ty_y>(?:19|20)\d\d)(?:\s*م)?)(?!\w|\s*[%٪]|[.,/-]\d)"
    ),
    "pr": (
        rf"{_LEAD}(?:{_THIS}\s+(?P<pr_a>{_PERIOD})|(?P<pr_b>{_PERIOD})\s+(?P<pr_mod>{_MOD}))"
        rf"(?!\w)|ب?{_POS}\s+(?P<pr_c>{_PERIOD})(?!\w)"  # "منذ بداية العام": the current one
    ),
    "off": (
        rf"(?P<off_dir>قبل|منذ|بعد)\s+(?:{_APPROX}\s+)?"
        rf"(?:(?P<off_n>\d{{1,3}}|{_NUMBER})\s+)?(?P<off_u>{_UNIT})(?!\w|\s*\d)"
    ),
    "rd": rf"(?P<rd_w>{_RELATIVE_DAY})(?:\s+(?P<rd_wd>{_WEEKDAY}))?(?!\w)",
    "bm": (
        rf"(?P<bm_t>(?:{_TRIGGER}|{_MONTH_TRIGGER})\s+)?"
        rf"(?P<bm_s>(?P<bm_p>ب?{_POS}\s+)?(?P<bm_sh>{_SHAHR})?{_month('bm')}"
        rf"(?!{_YEAR_GLUE}\d{{4}}(?!\d))(?:\s+(?P<bm_mod>{_MOD})(?!\w))?)"
    ),
    "wd": rf"(?:يوم\s+)?(?P<wd_w>{_WEEKDAY})(?!\w)(?:\s+(?P<wd_mod>{_MOD})(?!\w))?",
}
# A form may follow proclitics left out of the span: و/ف (وفي، فالثلاثاء), and ب before
# the article (بالأمس، بالسنة الماضية).
_PATTERN = re.compile(
    r"(?<!\w)(?:[وف](?=\w))?(?:ب(?=ال))?(?:"
    + "|".join(f"(?P<{k}>{v})" for k, v in _FORMS.items())
    + ")"
)
# Every form holds a number or one of these words; ``_PATTERN`` is only tried at the few
# word starts before each (trying it at every word start was three times slower).
_CORE = re.compile(
    r"(?<!\d)\d|(?<!\w)[وف]?ب?"
    + _alternation(
        word
        for name in ("months.tsv", "weekdays.tsv", "relative_days.tsv", "periods.tsv", "units.tsv")
        for word, *_ in _rows(name, 4)
    )
    + r"(?!\w)"
)
_WORD_START = re.compile(r"(?<!\w)\w")
# Tatweel and marks after a span's last letter belong to it ("هـ", "غداً").
_MARKS = "\u0640\u0670" + "".join(map(chr, range(0x064B, 0x0660)))
# The longest lead before a core word: "اعتبارا من مطلع شهر يونيو", within 60 characters.
_LEAD_WORDS = 4
_LEAD_CHARS = 60
_FIRST_GREGORIAN = re.compile(_GREGORIAN)

Resolved = tuple[str | None, str, bool]
"""What a form resolves to: (ISO value or None, resolution, relative)."""


@dataclass(frozen=True, slots=True)
class _Context:
    """What a resolver may look at besides its match."""

    text: str
    normalized: Normalized
    anchor: date | None


def find_dates(text: str, published: date | datetime | None = None) -> list[DateRef]:
    """Every date expression of ``text``, sorted by start.

    ``published`` anchors relative expressions (أمس، في يونيو الماضي، منذ شهرين); without
    it they are still found, with ``value`` None, never guessed from today's date.  Values
    are ISO at the expression's resolution: ``YYYY-MM-DD``, ``YYYY-Www``, ``YYYY-MM``,
    ``YYYY``; ``relative`` is true when the value depended on the publication date.
    """
    anchor = published.date() if isinstance(published, datetime) else published
    normalized = normalize(text)
    context = _Context(text, normalized, anchor)
    found = []
    for match in _matches(normalized.text):
        kind = match.lastgroup
        assert kind is not None
        resolved = _RESOLVERS[kind](match, context)
        if resolved is None:
            continue
        value, resolution, relative = resolved
        span = f"{kind}_s" if f"{kind}_s" in _PATTERN.groupindex else kind
        start, end = normalized.span(*match.span(span))
        end = _after_marks(text, end)
        found.append(DateRef(start, end, text[start:end], value, resolution, relative))
    return found


def _after_marks(text: str, end: int) -> int:
    tail = text[end : end + 8]
    return end + len(tail) - len(tail.lstrip(_MARKS))


def _matches(text: str) -> Iterator[re.Match[str]]:
    """Non-overlapping matches of ``_PATTERN``: around each core word, the longest one."""
    consumed = 0
    for core in _CORE.finditer(text):
        if core.start() < consumed:
            continue
        window = max(consumed, core.start() - _LEAD_CHARS)
        starts = [w.start() for w in _WORD_START.finditer(text, window, core.start() + 1)]
        best = None
        for start in starts[-_LEAD_WORDS - 1 :]:
            match = _PATTERN.match(text, start)
            if match and match.end() > core.start() and (best is None or match.end() > best.end()):
                best = match
        if best:
            consumed = best.end()
            yield best


# --- calendar arithmetic -------------------------------------------------------------


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Hijri one; None outside hijridate's table (1343-1500 AH)."""
    try:
        gregorian = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(gregorian.year, gregorian.month, gregorian.day)


def _to_hijri(day: date) -> tuple[int, int] | None:
    """(Hijri year, month) of a Gregorian day; None outside hijridate's table."""
    try:
        hijri = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return int(hijri.year), int(hijri.month)


def _current_month_start(day: date, calendar: str) -> date | None:
    """The Gregorian first day of the month (of ``calendar``) that contains ``day``."""
    if calendar == "gregorian":
        return day.replace(day=1)
    hijri = _to_hijri(day)
    return _hijri_to_gregorian(*hijri, 1) if hijri else None


def _shift(anchor: date, resolution: str, amount: int) -> str:
    """ISO value ``amount`` days/weeks/months/years away from ``anchor``."""
    if resolution == "day":
        return (anchor + timedelta(days=amount)).isoformat()
    if resolution == "week":
        return _iso_week(anchor + timedelta(weeks=amount))
    if resolution == "month":
        index = anchor.year * 12 + anchor.month - 1 + amount
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return f"{anchor.year + amount:04d}"


def _month_value(start: date | None) -> str | None:
    return f"{start.year:04d}-{start.month:02d}" if start else None


def _pick(candidates: list[date], reference: date, mod: str | None, latest: date) -> date | None:
    """The candidate a modifier designates: the last before ``reference`` (past), the first
    after it (next), the one in its year (current), else the last on or before ``latest``."""
    if mod == "past":
        chosen = [c for c in candidates if c < reference]
    elif mod == "next":
        return min((c for c in candidates if c > reference), default=None)
    elif mod == "current":
        chosen = [c for c in candidates if c.year == reference.year]
    else:
        chosen = [c for c in candidates if c <= latest]
    return max(chosen, default=None)


def _candidates(month: int, day: int, calendar: str, anchor: date) -> list[date]:
    """The Gregorian dates of day ``day`` of ``month`` in the years around ``anchor``."""
    if calendar == "gregorian":
        found = (_valid_day(y, month, day) for y in range(anchor.year - 1, anchor.year + 2))
    else:
        hijri = _to_hijri(anchor)
        if hijri is None:
            return []
        found = (_hijri_to_gregorian(y, month, day) for y in range(hijri[0] - 1, hijri[0] + 2))
    return [d for d in found if d]


# --- one resolver per form -----------------------------------------------------------


def _month_number(match: re.Match[str], prefix: str) -> tuple[int, str]:
    """(month number, calendar) of the month group of form ``prefix``."""
    gregorian = match[f"{prefix}_m"]
    if gregorian is not None:
        first = _FIRST_GREGORIAN.match(gregorian)
        assert first is not None
        return _MONTHS[_key(first.group())][0], "gregorian"
    return _MONTHS[_key(match[f"{prefix}_h"])][0], "hijri"


def _modifier(match: re.Match[str], group: str) -> str | None:
    word = match[group]
    return _MODIFIERS[_key(word)] if word else None


def _year_calendar(year: int, calendar: str, mark: str | None) -> str | None:
    """The calendar of a written year; None when it fits none (then it is no date)."""
    if calendar == "hijri" or mark:
        return "hijri" if 1300 <= year < 1600 else None
    return "gregorian" if 1800 <= year < 2200 else None


def _dated(match: re.Match[str], prefix: str, month: int, day: int) -> tuple[bool, date | None]:
    """(is a date, its Gregorian day) for a form with an explicit year.

    A Hijri date outside hijridate's table is a date without a value; an impossible
    Gregorian one (31 June) or a year of the wrong calendar is no date.
    """
    _, calendar = _month_number(match, prefix)
    year = int(match[f"{prefix}_y"])
    if _year_calendar(year, calendar, match[f"{prefix}_hm"]) != calendar:
        return False, None
    if calendar == "hijri":
        return True, _hijri_to_gregorian(year, month, day)
    found = _valid_day(year, month, day)
    return found is not None, found


def _resolve_iso(match: re.Match[str], ctx: _Context) -> Resolved | None:
    return _digits_date(match, "iso")


def _resolve_num(match: re.Match[str], ctx: _Context) -> Resolved | None:
    """Day first, as Arab outlets write it (03/09/2025 is 3 September)."""
    return _digits_date(match, "num")


def _digits_date(match: re.Match[str], prefix: str) -> Resolved | None:
    """A day written in digits.  It is Hijri when marked so or when its year can only be
    Hijri (1300-1599: "3/10/1436" is 3 Shawwal 1436, 19 July 2015); an impossible day
    is no date."""
    year, month, day = (int(match[f"{prefix}_{part}"]) for part in "ymd")
    if not (match[f"{prefix}_hm"] or 1300 <= year < 1600):
        found = _valid_day(year, month, day)
        return (found.isoformat(), "day", False) if found else None
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    found = _hijri_to_gregorian(year, month, day)
    return (found.isoformat() if found else None), "day", False


def _resolve_dm(match: re.Match[str], ctx: _Context) -> Resolved | None:
    if match["dm_d"]:
        day = int(match["dm_d"])
    else:
        day = _ORDINALS[_key(match["dm_o"])] if match["dm_o"] else 1  # "أول يوليو"
    month, calendar = _month_number(match, "dm")
    if not 1 <= day <= 31:
        return None
    if match["dm_y"]:
        is_date, found = _dated(match, "dm", month, day)
        if not is_date:
            return None
        return (found.isoformat() if found else None), "day", False
    if ctx.anchor is None:
        return None, "day", True
    mod = _modifier(match, "dm_mod")
    latest = ctx.anchor + timedelta(days=_DAYS_AHEAD)
    picked = _pick(_candidates(month, day, calendar, ctx.anchor), ctx.anchor, mod, latest)
    return (picked.isoformat() if picked else None), "day", True


def _resolve_dp(match: re.Match[str], ctx: _Context) -> Resolved | None:
    """A day of a month named by its place: "15 الجاري", "20 من الشهر الماضي"."""
    mod = _modifier(match, "dp_mod")
    if mod != "current" and not (match["dp_of"] or match["dp_p"]):
        return None  # "الساعات الـ24 الماضية": hours, not a day
    if ctx.anchor is None:
        return None, "day", True
    year, month = map(int, _shift(ctx.anchor, "month", _STEP[mod or "current"]).split("-"))
    day = _valid_day(year, month, int(match["dp_d"]))
    return (day.isoformat(), "day", True) if day else None


def _resolve_my(match: re.Match[str], ctx: _Context) -> Resolved | None:
    month, _ = _month_number(match, "my")
    is_date, found = _dated(match, "my", month, 1)
    return (_month_value(found), "month", False) if is_date else None


def _year_value(year: int, calendar: str) -> str | None:
    """The Gregorian year (for a Hijri one: the year its first day falls in)."""
    if calendar == "gregorian":
        return f"{year:04d}"
    start = _hijri_to_gregorian(year, 1, 1)
    return f"{start.year:04d}" if start else None


# A year after a reference number names a case or a law: "القضية رقم 1245 لسنة 2024".
_NUMBERED_BEFORE = re.compile(r"رقم\s*\d+\s*$")


def _numbers_a_reference(match: re.Match[str], ctx: _Context) -> bool:
    return (
        _NUMBERED_BEFORE.search(ctx.normalized.text, max(0, match.start() - 16), match.start())
        is not None
    )


def _resolve_yr(match: re.Match[str], ctx: _Context) -> Resolved | None:
    if _numbers_a_reference(match, ctx):
        return None
    year = int(match["yr_y"])
    calendar = _year_calendar(year, "gregorian", match["yr_hm"])
    return None if calendar is None else (_year_value(year, calendar), "year", False)


def _resolve_hy(match: re.Match[str], ctx: _Context) -> Resolved | None:
    return _year_value(int(match["hy_y"]), "hijri"), "year", False


def _resolve_ty(match: re.Match[str], ctx: _Context) -> Resolved | None:
    return None if _numbers_a_reference(match, ctx) else (match["ty_y"], "year", False)


_STEP = {"past": -1, "next": 1, "current": 0}


def _resolve_pr(match: re.Match[str], ctx: _Context) -> Resolved | None:
    resolution = _PERIODS[_key(match["pr_a"] or match["pr_b"] or match["pr_c"])]
    step = _STEP[_modifier(match, "pr_mod") or "current"]
    return (_shift(ctx.anchor, resolution, step) if ctx.anchor else None), resolution, True


def _resolve_off(match: re.Match[str], ctx: _Context) -> Resolved | None:
    """Offsets ("قبل ثلاثة أيام", "منذ شهرين", "بعد 5 سنوات") count from publication.

    Followed by "من", and "بعد" by "على", they count from an event ("بعد خمس سنوات من
    الحريق", "بعد أسبوع على قصف المطار"): a date expression whose value the text alone
    cannot give.  ("قبل أسبوع على مديرية" is a week ago, on a district.)
    """
    resolution, count = _UNITS[_key(match["off_u"])]
    number = match["off_n"]
    if number:
        count = int(number) if number.isdigit() else _NUMBERS[_key(number)]
    if not count:
        return None  # "منذ أيام": no count, no date
    following = _next_word(ctx, match.end())
    if following == "من" or (following == _ON and match["off_dir"] == "بعد"):
        return None, resolution, True
    sign = 1 if match["off_dir"] == "بعد" else -1
    return (_shift(ctx.anchor, resolution, sign * count) if ctx.anchor else None), resolution, True


_EDGE_PUNCTUATION = re.compile(r"^\W+|\W+$")


def _previous_word(ctx: _Context, position: int) -> str:
    """The word before ``position``, without punctuation or a proclitic و/ف ("وفي" -> "في")."""
    words = ctx.normalized.text[max(0, position - 20) : position].split()
    word = _EDGE_PUNCTUATION.sub("", words[-1]) if words else ""
    return word[1:] if len(word) > 2 and word[0] in "وف" else word


def _next_text(ctx: _Context, position: int) -> str:
    return ctx.normalized.text[position : position + 20].lstrip()


def _next_word(ctx: _Context, position: int) -> str:
    """The word after ``position``, without the punctuation that ends it ("ومارس." -> "ومارس")."""
    words = _next_text(ctx, position).split(maxsplit=1)
    return _EDGE_PUNCTUATION.sub("", words[0]) if words else ""


_TANWEEN = "\u064b"
_ON = fold("على")
_TODAY = _key(fold("اليوم"))
_TOMORROW = _key(fold("غدا"))


def _resolve_rd(match: re.Match[str], ctx: _Context) -> Resolved | None:
    word = _key(match["rd_w"])
    if not match["rd_wd"]:
        after = _next_text(ctx, match.end())
        if word == _TODAY and (
            after.startswith("ال")
            or _next_word(ctx, match.end()) in _WORDS["not_today_after"]
            or _previous_word(ctx, match.start()) in _WORDS["not_today"]
        ):
            return None  # "اليوم الوطني", "في ذلك اليوم", "اليوم ذاته": a day, not today
        if word == _TOMORROW and not _plainly_tomorrow(match, ctx, after):
            return None
    offset = _RELATIVE_DAYS[word]
    if ctx.anchor is None:
        return None, "day", True
    day = ctx.anchor + timedelta(days=offset)
    if match["rd_wd"]:
        # the weekday named wins over a publication date read in another time zone: "أمس
        # السبت" in a report stamped Saturday 22:30 GMT (Sunday in Damascus) is Saturday
        named = _WEEKDAYS[_key(match["rd_wd"])]
        shift = (named - day.weekday() + 3) % 7 - 3
        day += timedelta(days=shift if abs(shift) == 1 else 0)
    return day.isoformat(), "day", True


def _plainly_tomorrow(match: re.Match[str], ctx: _Context, after: str) -> bool:
    """Whether "غدا" is tomorrow, not the verb "became": by its tanween or a clause end."""
    start, end = ctx.normalized.span(*match.span("rd_w"))
    return _TANWEEN in ctx.text[start : end + 1] or not after or not after[0].isalpha()


def _resolve_bm(match: re.Match[str], ctx: _Context) -> Resolved | None:
    """A month without a year: "في يونيو", "شهر رمضان", "أبريل الماضي"."""
    name = match["bm_m"] or match["bm_h"]
    first = _FIRST_GREGORIAN.match(name) if match["bm_m"] else None
    needs_shahr = _key(first.group() if first else name) in _NEEDS_SHAHR
    mod = _modifier(match, "bm_mod")
    if needs_shahr and not match["bm_sh"]:
        return None
    after_month = _key(_previous_word(ctx, match.start())) in _MONTHS  # "مايو ويوليو"
    if not (match["bm_t"] or match["bm_p"] or match["bm_sh"] or mod or after_month):
        return None  # a bare "مارس" may be the verb "practised"
    if _key(match["bm_t"] or "") in _WORDS["range"] and not (
        match["bm_p"] or match["bm_sh"] or mod or _range_goes_on(ctx, match.end())
    ):
        return None  # see "range" in words.tsv
    if ctx.anchor is None:
        return None, "month", True
    month, calendar = _month_number(match, "bm")
    this_month = _current_month_start(ctx.anchor, calendar)
    if this_month is None:
        return None, "month", True
    picked = _pick(_candidates(month, 1, calendar, ctx.anchor), this_month, mod, this_month)
    return _month_value(picked), "month", True


def _range_goes_on(ctx: _Context, position: int) -> bool:
    """Whether a month after من/إلى/بين is followed by the rest of a range ("إلى مايو")."""
    word = _next_word(ctx, position)
    return word in _WORDS["range_end"] or (word[:1] == "و" and _key(word[1:]) in _MONTHS)


def _resolve_wd(match: re.Match[str], ctx: _Context) -> Resolved | None:
    """A weekday: the last one on or before publication; الماضي/المقبل exclude that day, and
    after حتى (until) it is the first one on or after publication."""
    weekday = _WEEKDAYS[_key(match["wd_w"])]
    if weekday == 0 and _previous_word(ctx, match.start()) in _WORDS["not_monday"]:
        return None  # "بين الاثنين": the two
    if _next_word(ctx, match.end()) == "عشر":
        return None  # "الأحد عشر": eleven
    if ctx.anchor is None:
        return None, "day", True
    mod = _modifier(match, "wd_mod")
    back = (ctx.anchor.weekday() - weekday) % 7
    if mod == "past":
        back = back or 7
    elif mod == "next":
        back = -((weekday - ctx.anchor.weekday()) % 7 or 7)
    elif _previous_word(ctx, match.start()) in _WORDS["forward"]:
        back = -((weekday - ctx.anchor.weekday()) % 7)  # "حتى الجمعة": on or after
    return (ctx.anchor - timedelta(days=back)).isoformat(), "day", True


# A month name and, after it, a year or a modifier that fixes the year.
_PINNED_MONTH = re.compile(
    rf"(?<!\w)(?:{_GREGORIAN}|{_HIJRI})(?!\w).*?(?:(?<!\d)\d{{4}}(?!\d)|(?<!\w)(?:{_MOD})(?!\w))"
)


def month_words() -> frozenset[str]:
    """The folded words of month names, Gregorian, Levantine and Hijri ("كانون", "الثاني")."""
    return frozenset(word for name, *_ in _MONTH_ROWS for word in fold(name).split())


def pins_month(ref: DateRef) -> bool:
    """Whether ``ref`` is a resolved month (or day of one) whose year the text fixes, by
    writing it ("يونيو 2024") or by a modifier ("يونيو الماضي"): not a bare month whose
    year is a guess from the publication date.  Only such dates of one event are compared
    across outlets (``khabar.stories.event_dates``)."""
    return (
        ref.value is not None
        and ref.resolution in ("month", "day")
        and _PINNED_MONTH.search(normalize(ref.text).text) is not None
    )


_RESOLVERS: dict[str, Callable[[re.Match[str], _Context], Resolved | None]] = {
    "iso": _resolve_iso,
    "num": _resolve_num,
    "dm": _resolve_dm,
    "dp": _resolve_dp,
    "my": _resolve_my,
    "yr": _resolve_yr,
    "hy": _resolve_hy,
    "ty": _resolve_ty,
    "pr": _resolve_pr,
    "off": _resolve_off,
    "rd": _resolve_rd,
    "bm": _resolve_bm,
    "wd": _resolve_wd,
}
