"""When did it happen: outlets of one story that date one event to different years.

Two outlets name the same month for an event, but one fixes it to another year: "ففي
يونيو الماضي وقّع بوتين وكيم اتفاقية" in a September 2025 report is June 2025, while
"وقعت موسكو وبيونج في يونيو 2024 اتفاقية" says 2024.  Only dates whose year the text
fixes are compared (``pins_month``: written, or "الماضي"/"المقبل"), never a bare month
whose year was guessed, nor "الماضي" after the month of publication itself ("نيسان
الماضي" on 14 April: this April or last year's?).  And only when the words next to
both dates say the same thing happened: two or more uncommon words in common ("وقع",
"اتفاقية"), rare enough together (their IDF summed); or, for two dates of the same day
of the month ("15 مارس 2016" / "15 آذار/مارس 2015"), one.  Names of people, places
and organisations do not count: a story is about them, whatever the date.  A word is
the stemmed term story grouping uses, and an inflected verb meets its stem ("وقعت" /
"وقع").

Two articles that each also give the other's date (both tell "from March 2015 to March
2018") do not disagree, as two figures that both articles give do not.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import combinations

from khabar.extract.dates import month_words
from khabar.store import EventDateRecord
from khabar.stories.vectors import WORD, background_idf, stem, terms
from khabar.text.normalize import normalize

# Uncommon words on each side of a date that say what happened then ("وقّع ... اتفاقية"
# right after "في يونيو الماضي"); farther ones tell of other clauses: with eight, a US
# strike of April 2017 and an Israeli raid of April 2001 shared "شنت" and "جوي".
WORDS_AROUND = 3
# Words two dates must share, and their IDF summed: the seeds' June agreement shares
# "وقع" and "اتفاقية" (9.0), the Iran deal's entry into force "حيز" and "تنفيذ" (9.6).
MIN_SHARED_WORDS = 2
MIN_SHARED_WEIGHT = 8.0
# A word in more than this share of ANT's articles says nothing of the event ("قال").
COMMON_WORD_SHARE = 0.1
# An inflected form meets its stem when it adds at most this many letters ("وقعت").
_INFLECTION_LETTERS = 2
_STEM_LETTERS = 3
# Characters between two dates that bound one period (" إلى ", " وحتى ", " - ").
_RANGE_GAP = 8
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


@dataclass(frozen=True, slots=True)
class DateDisagreement:
    """Dates of one event, by different articles, in different years: ``dates`` index the
    story's event dates; ``words`` are words around them that their sentences share."""

    dates: list[int]
    words: list[str]


def date_disagreements(dates: Sequence[EventDateRecord]) -> list[DateDisagreement]:
    """The disagreements among a story's event dates: dates of one month in different
    years, from different articles and outlets, whose sentences tell one event; dates
    linked through a common one form one disagreement."""
    group = list(range(len(dates)))
    shared: dict[int, set[str]] = {}
    words: dict[int, list[str]] = {}  # read only for the few dates that may contradict
    for i, j in _contradicting(dates):
        for index in (i, j):
            if index not in words:
                words[index] = _event_words(dates[index])
        common = _same_event(words[i], words[j], same_day=_same_day(dates[i], dates[j]))
        if common:
            root_i, root_j = _root(group, i), _root(group, j)
            group[root_j] = root_i
            shared[root_i] = shared.pop(root_i, set()) | shared.pop(root_j, set()) | common
    members: dict[int, list[int]] = {}
    for index in range(len(dates)):
        members.setdefault(_root(group, index), []).append(index)
    return [
        DateDisagreement(members[root], _as_written(dates[members[root][0]], found))
        for root, found in sorted(shared.items())
    ]


def _contradicting(dates: Sequence[EventDateRecord]) -> list[tuple[int, int]]:
    """The pairs of dates that would contradict each other were they of one event: the
    same month of different years from different articles and outlets, each year certain
    (``_comparable``), neither the bound of a period, and not both given by one article."""
    months = {(date.article_id, date.value[:7]) for date in dates}
    by_month: defaultdict[str, list[int]] = defaultdict(list)
    for index, date in enumerate(dates):
        by_month[date.value[5:7]].append(index)
    pairs = [
        (i, j)
        for same_month in by_month.values()
        for i, j in combinations(same_month, 2)
        if _contradict(dates[i], dates[j])
        and (dates[i].article_id, dates[j].value[:7]) not in months
        and (dates[j].article_id, dates[i].value[:7]) not in months
    ]
    if not pairs:
        return []
    bounds = _period_bounds(dates)
    fit = {
        i for i in {i for pair in pairs for i in pair} if i not in bounds and _comparable(dates[i])
    }
    return [(i, j) for i, j in pairs if i in fit and j in fit]


def _as_written(date: EventDateRecord, found: set[str]) -> list[str]:
    """The words of the date's sentence that are the terms ``found``, as written there
    ("وقّع", "اتفاقية"), each once, in sentence order."""
    idf = background_idf()
    folded = normalize(date.sentence)
    written = []
    for word in WORD.finditer(folded.text):
        if idf.known(stem(word.group())) in found:
            start, end = folded.span(*word.span())
            written.append(date.sentence[start:end])
    return list(dict.fromkeys(written))


def _period_bounds(dates: Sequence[EventDateRecord]) -> set[int]:
    """The dates that open or close a period with another ("من 1 يناير 1997 إلى 31 ديسمبر
    2006"): a first term and a whole tenure end on different dates, and neither is wrong."""
    bounds = set()
    for i, j in combinations(range(len(dates)), 2):
        first, second = dates[i], dates[j]
        if first.article_id == second.article_id and first.sentence == second.sentence:
            (_, end), (start, _) = sorted((first.in_sentence, second.in_sentence))
            if 0 <= start - end <= _RANGE_GAP:
                bounds |= {i, j}
    return bounds


def _comparable(date: EventDateRecord) -> bool:
    """Whether the date's year is certain: written, or fixed by a modifier of a month
    other than the month of publication."""
    if _YEAR.search(normalize(date.text).text) or date.published is None:
        return True
    return int(date.value[5:7]) != date.published.month


def _contradict(first: EventDateRecord, second: EventDateRecord) -> bool:
    """Dates (of one month) in different years, from different articles of different
    outlets."""
    return (
        first.article_id != second.article_id
        and (first.outlet is None or first.outlet != second.outlet)
        and first.value[:4] != second.value[:4]
    )


def _same_day(first: EventDateRecord, second: EventDateRecord) -> bool:
    """Both dates give a day, the same day of the same month."""
    return len(first.value) == len(second.value) == 10 and first.value[5:] == second.value[5:]


def _event_words(date: EventDateRecord) -> list[str]:
    """The uncommon words next to the date on each side in its sentence."""
    start, end = date.in_sentence
    sentence = _without_names(date.sentence, date.names)
    before = _uncommon(terms(sentence[:start]))[-WORDS_AROUND:]
    return before + _uncommon(terms(sentence[end:]))[:WORDS_AROUND]


def _without_names(sentence: str, names: Sequence[tuple[int, int]]) -> str:
    """``sentence`` with its named entities blanked out (same length): sharing names
    ("فيدل وراؤول", "النبي صالح") is no sign of one event, a story is about them."""
    for start, end in names:
        sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return sentence


def _uncommon(words: list[str]) -> list[str]:
    """The words that may say what happened: neither common nor a month's name."""
    idf = background_idf()
    common = COMMON_WORD_SHARE * idf.documents
    known = map(idf.known, words)
    return [w for w in known if idf.frequencies.get(w, 0) < common and w not in _month_terms()]


@cache
def _month_terms() -> frozenset[str]:
    return frozenset(map(stem, month_words()))


def _same_event(first: list[str], second: list[str], *, same_day: bool) -> set[str]:
    """The words of ``first`` that ``second`` shares when they tell one event: enough of
    them and rare enough, or any for dates of the same day; else nothing."""
    pairs = [(a, b) for a in first for b in second if _same_word(a, b)]
    ours = {a for a, _ in pairs}
    fewer = min(ours, {b for _, b in pairs}, key=len)  # "حوثي", "حوثيون" and "حوثي": one
    if same_day and fewer:
        return ours
    idf = background_idf()
    if len(fewer) >= MIN_SHARED_WORDS and sum(map(idf.idf, fewer)) >= MIN_SHARED_WEIGHT:
        return ours
    return set()


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return (
        len(short) >= _STEM_LETTERS
        and long.startswith(short)
        and len(long) - len(short) <= _INFLECTION_LETTERS
    )


def _root(group: list[int], index: int) -> int:
    """The representative of ``index``'s group (union-find, with path halving)."""
    while group[index] != index:
        group[index] = group[group[index]]
        index = group[index]
    return index
