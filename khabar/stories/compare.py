"""Compare the quantitative claims of one story: which figures agree, which do not.

Claims are lined up by (topic, unit), and by subject when two claims name clearly
different subjects.  A topic that only names the unit (``UNIT_ONLY_TOPICS``: a
percentage, a sum of money, a distance, with no word saying of what) or a bare noun
(``bare_nouns``: points, goals, matches; people in general) lines up only figures of one
subject ("5% من أرامكو"): a poll's 42% and 46% answer different questions.  Of a sum
an article often lists several of (``LISTED_TOPICS``: prices, values, costs, deals, loans),
of percentages (a poll's answers), and of a counted noun that is no topic of the lexicon
("مدينة"), an article giving two different figures takes no part,
unless they are shares of the vote of two candidates it names.  A magnitude is on one
scale (``ONE_SCALE``) whether or not its figure names it.

Each figure is read as the interval its qualifier allows ("أكثر من 6 آلاف" is 6000 or
more, "نحو 15 ألف" is 15000 ± APPROX, "28 مليار" is 28 billion rounded: 27.5 to 28.5
billion) and two figures AGREE when their intervals meet.
Figures that do not agree differ by a relative gap ``|a - b| / max(a, b)`` of their
stated values: SMALL up to SMALL_GAP, LARGE beyond.  A vague figure ("آلاف") agrees
with anything in its implied range and is never the basis of a disagreement, and
neither are two figures that each agree with a figure of the other's article, nor a
figure against one its own article also states (a part or an earlier toll beside it), nor
one outlet's figures in two articles unless it cites two sources for them, nor
figures of no toll four times apart (``FAR_APART``: different things), nor figures
published days apart (``SAME_NEWS_DAYS``) or of different events (a figure of
an earlier event, ``LedgerClaim.earlier``, is compared only with figures of its date, or,
when that is the year before its article's, with near figures of no earlier event;
figures of places apart, ``LedgerClaim.places``, are two incidents).
Per topic, a timeline orders the claims by the date they were said (else published),
so "about 600 in March, more than 6,000 later" reads as a development.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from itertools import combinations
from typing import Literal

import numpy as np

from khabar.extract.claims import singular_noun
from khabar.extract.entities import variant_key
from khabar.extract.lexicon import folded_words
from khabar.text.normalize import fold

Qualifier = Literal[
    "exact", "approx", "at_least", "more_than", "at_most", "less_than", "range", "vague"
]
Verdict = Literal["agree", "small", "large", "vague"]

# "About N" is read as N ± 2.5%: wide enough for approx and exact statements of one
# round figure to agree (نحو 15 ألف / 15 ألفاً), narrow enough that neighbouring round
# figures (14 vs 15 thousand: 6.7% apart) stay distinct.  A design choice checked on
# the seed pair, not fitted to a labelled set of claim pairs (none exists yet).
APPROX = 0.025
# A rounded figure allows a little under half its step either way, so that neighbouring
# rounded figures (52.5% and 52.6%, 28 and 29 billion) stay apart and never just touch.
ROUNDING = 0.49
# Up to 20% apart is a SMALL disagreement (14,000 vs 15,000 sent); beyond, LARGE.
SMALL_GAP = 0.20
# Figures published further apart than this are no disagreement: in a story that runs
# for weeks they count different incidents or a toll that grew (the timeline shows them).
# Undated figures are compared with all.  On the first 8,000 ANT articles, 170 of 1,124
# disagreements spanned more than 3 days; the ones read were different strikes or days.
SAME_NEWS_DAYS = 2.0
# Topics khabar.extract.claims gives a figure from its unit (and, for distance, from a word
# such as "مسافة"), which say nothing of what the figure measures (see the module docstring):
# a storm's winds and a plane's speed, two cities' heat.  An earthquake's magnitude is one.
UNIT_ONLY_TOPICS = frozenset({"percent", "money", "distance", "speed", "temperature", "capacity"})
# Topics of sums an article often lists several of (oil benchmarks, deals, players' values,
# a fire's hectares and a forest's):
# an article giving two different figures of one is left out of its line-up, as it is
# from a line-up of percentages (each candidate's share of the vote).
LISTED_TOPICS = frozenset(
    {"price", "value", "cost", "budget", "spending", "investment", "losses", "aid"}
    | {"deal", "loan", "imports", "exports", "revenue", "profit", "exchange_rate", "area"}
    | {"rainfall", "reserves"}  # a town's rain and the country's, a dam's store and all
)
# Figures of a topic that is no toll of people more than this far apart (four times one
# another) count different things, not one thing told two ways: 600 warplanes and 50 of
# one model, 400 thousand barrels a day from three sites and a country's 4.7 million.
# A toll may grow tenfold as it is counted ("نحو 600" in March, "أكثر من 6 آلاف" later).
FAR_APART = 0.75
# Hours between two reports of one day after which a larger toll is one that grew.
GROWTH_HOURS = 3
TOLL_TOPICS = frozenset(
    {"killed", "injured", "casualties", "arrested", "displaced", "missing", "bodies"}
    | {"cases", "captured", "sentenced", "survivors", "recovered", "sent", "rescued"}
    | {"returned"}
)
# Topics measured on one scale, whether or not the figure names it: "بقوة 7.1 درجات" and
# "بقوة 6.8 درجات على مقياس ريختر" are two magnitudes of one quake.
ONE_SCALE = {"magnitude": "richter"}
# Topics of what a party or a candidate holds, lined up by holder (``_by_holder``).
HELD_TOPICS = frozenset({"seats"})
# Topics of an amount of something, lined up by what it is of (``_by_what_is_weighed``).
AMOUNT_TOPICS = frozenset({"weight", "volume"})
_KIND_WORDS = frozenset(
    fold(w) for w in ("مخدر", "مخدرات", "ماده", "مواد", "نبته", "نبات", "كميه", "شحنه")
)
_KNOWN = {"exact", "approx", "at_least", "more_than", "at_most", "less_than", "range", "vague"}


@dataclass(frozen=True, slots=True)
class LedgerClaim:
    """One quantitative claim of a story, as the ledger stores it."""

    article_id: int
    outlet: str | None
    published: datetime | None
    topic: str
    subject: str | None
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: str | None
    cited: str | None
    said: str | None
    sentence: str
    # The words that date it when ``said`` has no date ("يناير", "بعد شهرين": an article
    # without a publication date).
    said_text: str | None = None
    # The figure counts part of a total: a sub-count ("بينهم 7 مدنيين") or new ones added
    # to it ("ثماني جثث جديدة").
    part: bool = False
    # A running total since an operation or a year began ("منذ بدء الهجوم"): compared
    # only with running totals, not with one day's toll.
    running: bool = False
    # The period it counts per ("600 شاحنة يوميا": "day"): a rate lines up only with
    # rates of its period, never with a total.
    rate: str | None = None
    # When an expected figure is expected ("بنهاية العام": "to come"; "بحلول 2020":
    # "2020"): it lines up only with forecasts for that time, never with what was counted.
    forecast: str | None = None
    # The date of an earlier event the figure counts ("ففي مايو 2015، لقي 15 شخصا حتفهم"
    # in a 2018 report: "2015-05"); it is compared only with figures of that date.
    earlier: str | None = None
    # What an exact figure written with a scale word is rounded to ("28 مليار": 1e9, so
    # 28.3 billion agrees with it); None for an exact count.
    step: float | None = None
    # An earlier or first toll its article reports as overtaken ("وكانت الحصيلة السابقة
    # أشارت إلى مقتل شخصين"): on the timeline, never the basis of a disagreement.
    overtaken: bool = False
    # The places its sentence says it happened in, and every place the sentence names
    # (entity ids): figures of places apart, neither named by the other's sentence, count
    # different incidents.
    places: frozenset[int] = frozenset()
    named_places: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        if self.qualifier not in _KNOWN:
            raise ValueError(f"unknown qualifier {self.qualifier!r}; expected one of {_KNOWN}")
        if self.qualifier != "vague" and self.value is None and self.low is None:
            raise ValueError(f"a {self.qualifier} claim needs a value or a low bound")


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Claims on one topic whose figures do not all agree.

    ``gap`` is the largest relative gap between figures that disagree;
    ``development`` says the claims were said (or published) on different
    dates, or dated by different words where the date is unknown ("يناير", "بعد شهرين"),
    or that a toll was larger only in reports published hours later, so the difference
    may be a figure that grew rather than a contradiction.
    """

    topic: str
    unit: str | None
    claims: list[int]
    gap: float
    severity: Literal["small", "large"]
    development: bool


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One claim of a topic's timeline; ``when`` is the ISO date said, else published."""

    claim: int
    when: str | None


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything ``compare`` finds in a story's claims (indices into its input)."""

    disagreements: list[Disagreement]
    timelines: dict[str, list[TimelineEntry]]


def interval(claim: LedgerClaim) -> tuple[float, float]:
    """The values ``claim`` allows, as a closed interval (open ends are infinite)."""
    value = _point(claim)
    match claim.qualifier:
        case "exact":
            margin = claim.step * ROUNDING if claim.step else 0.0
            return value - margin, value + margin
        case "approx":
            return value * (1 - APPROX), value * (1 + APPROX)
        case "at_least" | "more_than":
            return value, math.inf
        case "at_most" | "less_than":
            return 0.0, value
        case _:  # range, vague
            low = claim.low if claim.low is not None else 0.0
            high = claim.high if claim.high is not None else math.inf
            return low, high


def _point(claim: LedgerClaim) -> float:
    """The figure a claim states: its value, else the middle of its bounds."""
    if claim.value is not None:
        return claim.value
    if claim.low is not None and claim.high is not None:
        return (claim.low + claim.high) / 2
    return claim.low if claim.low is not None else (claim.high or 0.0)


def judge(a: LedgerClaim, b: LedgerClaim) -> tuple[Verdict, float]:
    """Whether two claims' figures agree, and if not how far apart they are."""
    apart, gaps = _pairwise([a, b])
    if not apart[0, 1]:
        return "agree", 0.0
    gap = float(gaps[0, 1])
    if "vague" in (a.qualifier, b.qualifier):
        return "vague", gap
    return ("small" if gap <= SMALL_GAP else "large"), gap


def _pairwise(claims: Sequence[LedgerClaim]) -> tuple[np.ndarray, np.ndarray]:
    """For every pair of ``claims``: whether the values they allow do not meet, and the
    relative gap ``|a - b| / max(|a|, |b|)`` of their figures (0 when both are 0).  As
    matrices, so that a story with hundreds of figures on one topic is compared at once."""
    bounds = np.array([interval(claim) for claim in claims], dtype=float).reshape(-1, 2)
    low, high = bounds[:, 0], bounds[:, 1]
    apart = (low[:, None] > high[None, :]) | (low[None, :] > high[:, None])
    points = np.array([_point(claim) for claim in claims], dtype=float)
    scale = np.maximum(np.abs(points)[:, None], np.abs(points)[None, :])
    gaps = np.abs(points[:, None] - points[None, :]) / np.where(scale > 0, scale, 1.0)
    return apart, gaps


def when(claim: LedgerClaim) -> str | None:
    """The ISO date a claim was said, else the date its article was published."""
    if claim.said:
        return claim.said
    return claim.published.date().isoformat() if claim.published else None


# What claims must share to line up: topic, unit, running total or not, rate, forecast.
_LineUpKey = tuple[str, str | None, bool, str | None, str | None]


def line_ups(claims: Sequence[LedgerClaim]) -> list[tuple[str, str | None, list[int]]]:
    """Claim indices grouped by (topic, unit), running totals, rates of each period and
    forecasts apart from the rest, split by subject where subjects differ.

    A claim without a subject joins every subject's line-up of its topic.  A part is
    no total ("21 دولة، منها 16 دولة أوروبية": the 16): it lines up only with the parts
    of the same subject (generic or not), and one without a subject with none.
    """
    by_topic: defaultdict[_LineUpKey, list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        unit = ONE_SCALE.get(claim.topic, claim.unit)
        by_topic[(claim.topic, unit, claim.running, claim.rate, claim.forecast)].append(index)
    groups = []
    for (topic, unit, *_apart), indices in by_topic.items():
        wholes = [index for index in indices if not claims[index].part]
        if topic in LISTED_TOPICS or unit == "percent" or _names_a_noun(topic):
            wholes = _from_single_figure_articles(claims, wholes, by_subject=topic == "votes")
        elif topic in HELD_TOPICS:  # a parliament's 329 seats are nobody's
            held = [index for index in wholes if claims[index].subject]
            wholes = _from_single_figure_articles(claims, held, by_subject=True)
        if wholes and topic in HELD_TOPICS:
            groups += [(topic, unit, members) for members in _by_holder(claims, wholes)]
        elif wholes and topic in AMOUNT_TOPICS:
            groups += [(topic, unit, members) for members in _by_what_is_weighed(claims, wholes)]
        elif wholes and (topic in UNIT_ONLY_TOPICS or topic in bare_nouns()):
            named = _of_one_subject(claims, wholes, topic)
            groups += [(topic, unit, members) for members in named]
        elif wholes:
            groups += [(topic, unit, members) for members in _by_subject(claims, wholes)]
        parts: defaultdict[str, list[int]] = defaultdict(list)
        for index in indices:
            subject = _folded(claims[index].subject)
            if claims[index].part and subject:
                parts[subject].append(index)
        groups += [(topic, unit, members) for members in parts.values() if len(members) > 1]
    return groups


def _names_a_noun(topic: str) -> bool:
    """Whether ``topic`` is a counted noun rather than a topic of the lexicon (whose names
    are English): "مدينة", "لاعبين" say too little for an article's several figures of
    them to be one thing (16 host cities of one bid, 12 of another)."""
    return not topic.isascii()


def _from_single_figure_articles(
    claims: Sequence[LedgerClaim], indices: list[int], *, by_subject: bool = False
) -> list[int]:
    """``indices`` less the claims of articles that give two or more different figures
    among them: a list of sums (two oil benchmarks, a dozen players' values).  With
    ``by_subject``, only different figures of one subject (or of none) make a list: each
    candidate's share of the vote ("حصل أردوغان على 52.5%"، "حصل إنجه على 30.7%")."""
    points: defaultdict[tuple[int, str | None], list[float]] = defaultdict(list)
    for index in indices:
        claim = claims[index]
        if claim.earlier:
            continue  # a figure of an earlier event is no item of today's list
        subject = _folded(claim.subject) if by_subject else None
        points[(claim.article_id, subject)].append(_point(claim))
    unnamed = {article: figures for (article, subject), figures in points.items() if not subject}
    listing = {
        article
        for (article, subject), figures in points.items()
        if _spread_out(figures + (unnamed.get(article, []) if subject else []))
    }
    return [index for index in indices if claims[index].article_id not in listing]


def _spread_out(figures: list[float]) -> bool:
    """Whether ``figures`` hold two that are more than rounding apart."""
    return max(figures) > min(figures) * (1 + 2 * APPROX)


def _by_what_is_weighed(claims: Sequence[LedgerClaim], indices: list[int]) -> list[list[int]]:
    """``indices`` grouped by what they are amounts of, where their subjects share a word
    ("الحشيش المخدر", "مخدر الحشيش" and "الحشيش" are one, "نبتة القات" another); a claim
    that names nothing joins every group."""
    words = {index: _weighed_words(claims[index].subject) for index in indices}
    groups: list[tuple[set[str], list[int]]] = []
    for index in (i for i in indices if words[i]):
        joined = [group for group in groups if group[0] & words[index]]
        merged = (set(words[index]), [index])
        for group in joined:
            merged[0].update(group[0])
            merged[1].extend(group[1])
            groups.remove(group)
        groups.append(merged)
    unnamed = [i for i in indices if not words[i]]
    if not groups:
        return [indices]
    return [sorted(members + unnamed) for _words, members in groups]


def _weighed_words(subject: str | None) -> set[str]:
    """The words of what an amount is of, without the article or a word of kind ("مخدر",
    "مادة", "نبتة")."""
    found = {word.removeprefix("ال") for word in (_folded(subject) or "").split()}
    return {word for word in found if len(word) > 2} - _KIND_WORDS


def _by_holder(claims: Sequence[LedgerClaim], indices: list[int]) -> list[list[int]]:
    """``indices`` grouped by who holds them, spellings of one name together ("الديمقراطي
    الكردستاني", "الديموقراطي الكوردستاني")."""
    holders: defaultdict[str, list[int]] = defaultdict(list)
    for index in indices:
        holders[variant_key(claims[index].subject or "")].append(index)
    return list(holders.values())


def _of_one_subject(
    claims: Sequence[LedgerClaim], indices: list[int], topic: str
) -> list[list[int]]:
    """``indices`` grouped by subject, leaving out the claims that name none (the counted
    noun alone, "63 نقطة", names no more than the topic)."""
    subjects: defaultdict[str, list[int]] = defaultdict(list)
    for index in indices:
        subject = _folded(claims[index].subject)
        if subject and subject not in (topic, topic + "ا"):
            subjects[subject].append(index)
    return list(subjects.values())


def _by_subject(claims: Sequence[LedgerClaim], indices: list[int]) -> list[list[int]]:
    """``indices`` split by distinguishing subject, the claims without one in every part."""
    subjects: defaultdict[str, list[int]] = defaultdict(list)
    unnamed: list[int] = []
    for index in indices:
        subject = _distinguishing_subject(claims[index].subject)
        (subjects[subject] if subject else unnamed).append(index)
    if len(subjects) <= 1:
        return [indices]
    return [sorted(members + unnamed) for members in subjects.values()]


def _distinguishing_subject(subject: str | None) -> str | None:
    """The folded subject, or None when it is one word too generic to tell claims apart
    ("شخصاً"; "جنود كوريون" still names a group)."""
    folded = _folded(subject)
    return None if folded in generic_subjects() else folded


def _folded(subject: str | None) -> str | None:
    """The subject's folded words, plurals of its nouns as their singular ("طائرات" as
    "طائره"), single-spaced; None for no subject."""
    return " ".join(map(singular_noun, fold(subject or "").split())) or None


@cache
def bare_nouns() -> frozenset[str]:
    """Counted nouns that say too little to line figures up by: nouns that measure, and
    people in general (data file).  Their topics line up like ``UNIT_ONLY_TOPICS``."""
    return folded_words("stories/bare_nouns.txt")


@cache
def generic_subjects() -> frozenset[str]:
    """Counted nouns that name no particular group (data file, users may extend it)."""
    return folded_words("stories/generic_subjects.txt")


def compare(claims: Sequence[LedgerClaim]) -> Comparison:
    """Disagreements and per-topic timelines of one story's claims."""
    disagreements = []
    for topic, unit, indices in line_ups(claims):
        disagreement = _disagreement(topic, unit, claims, indices)
        if disagreement is not None:
            disagreements.append(disagreement)
    return Comparison(_without_repeats(disagreements), timelines(claims))


def _without_repeats(disagreements: list[Disagreement]) -> list[Disagreement]:
    """The disagreements less those whose claims another of their topic holds: the line-ups
    of two subjects share the claims of no subject ("47 شخصا" joins "47 متهما" and "آلاف
    المتهمين"), and may find one dispute twice."""
    kept: list[Disagreement] = []
    for index, found in enumerate(disagreements):
        members = set(found.claims)
        if not any(
            other.topic == found.topic
            and other.unit == found.unit
            and (members < set(other.claims) or (members == set(other.claims) and at < index))
            for at, other in enumerate(disagreements)
        ):
            kept.append(found)
    return kept


def _disagreement(
    topic: str, unit: str | None, claims: Sequence[LedgerClaim], indices: list[int]
) -> Disagreement | None:
    """The line-up's disagreement, when two non-vague claims of one event from different
    articles published about the same time (``SAME_NEWS_DAYS``) differ: those claims and
    the others published about the same time as them.  One article's figures of one
    topic are parts or updates of each other (52 injured, 14 of them still in hospital)."""
    if len(indices) < 2:
        return None
    lined = [claims[i] for i in indices]
    apart, gaps = _pairwise(lined)
    # Neither a vague figure nor an overtaken toll is the basis of a disagreement, nor an
    # uncited figure its article also gives cited: the cited one, with its qualifier, stands
    # for both (a headline's "مقتل 250 شخصا" is the body's "250 على الأقل").
    unfit = np.array([claim.qualifier == "vague" or claim.overtaken for claim in lined])
    unfit |= _repeats_cited(lined)
    articles = np.array([claim.article_id for claim in lined])
    same_event = _same_event(lined) | (_last_year_or_now(lined) & (gaps <= SMALL_GAP))
    close = _published_close(lined) & same_event & ~_places_apart(lined)
    if topic not in TOLL_TOPICS:
        close &= gaps <= FAR_APART
    stated = ~unfit[:, None] & ~unfit[None, :] & (articles[:, None] != articles[None, :]) & close
    stated &= _told_apart(lined)
    told = _told_in_article_of(~apart & stated, articles)
    echoed = _told_in_article_of((gaps < 1e-9) & stated, articles)
    # Two figures that each agree with a figure of the other's article are no dispute:
    # two outlets that both give 50 and 14 (injured and killed, on a topic too coarse to
    # tell them apart).  Nor is a figure against one its own article also states, the
    # same number: "17 killed" against another outlet's "17 killed ... two died later" (a
    # part), or against its "the earlier toll was two" (an update).
    differing = apart & stated & ~(told & told.T) & ~(echoed | echoed.T)
    if not differing.any():
        return None
    # The claims that differ, and those published about the same time (and of the same
    # event) as them.
    around = ~unfit & close[:, differing.any(axis=1)].any(axis=1)
    members = _once_each(
        [index for index, kept in zip(indices, around, strict=True) if kept], claims
    )
    gap = float(gaps[differing].max())
    dates = {when(claims[i]) or claims[i].said_text for i in members}
    grew = topic in TOLL_TOPICS and _grew_later(lined, differing)
    return Disagreement(
        topic=topic,
        unit=unit,
        claims=members,
        gap=gap,
        severity="small" if gap <= SMALL_GAP else "large",
        development=len(dates - {None}) > 1 or grew,
    )


def _once_each(members: list[int], claims: Sequence[LedgerClaim]) -> list[int]:
    """``members`` less the repeats of a figure its article gave before with the same
    source: a scrape's headline line says the body's "630 شاحنة" again."""
    seen: set[tuple[int, float, str | None]] = set()
    kept = []
    for index in members:
        figure = (claims[index].article_id, _point(claims[index]), claims[index].cited)
        if figure not in seen:
            seen.add(figure)
            kept.append(index)
    return kept


def _grew_later(claims: Sequence[LedgerClaim], differing: np.ndarray) -> bool:
    """Whether every toll that differs from another is the larger one only when published
    hours later: a morning's 14 dead and an evening's 17 are a count that grew the same
    day, not a contradiction (a smaller one published later is)."""
    hours = np.array(
        [c.published.timestamp() / 3600 if c.published else np.nan for c in claims], dtype=float
    )
    values = np.array([_point(c) for c in claims], dtype=float)
    later = hours[:, None] - hours[None, :] >= GROWTH_HOURS
    earlier = hours[None, :] - hours[:, None] >= GROWTH_HOURS
    larger = values[:, None] > values[None, :]
    grew = (later & larger) | (earlier & ~larger)
    return bool(grew[differing].all())


def _same_event(claims: Sequence[LedgerClaim]) -> np.ndarray:
    """For every pair of claims: whether both count no earlier event, or earlier events of
    one date, one date possibly finer than the other ("عام 2013" and "أغسطس 2013")."""
    events = np.array([claim.earlier or "" for claim in claims], dtype=str)
    a, b = events[:, None], events[None, :]
    finer = np.char.startswith(a, b) | np.char.startswith(b, a)
    return (a == b) | ((a != "") & (b != "") & finer)


def _last_year_or_now(claims: Sequence[LedgerClaim]) -> np.ndarray:
    """For every pair of claims: whether one counts an event of the year before its
    article's ("أرسلت في عام 2024 حوالي 14 ألف جندي" in 2025) and the other no earlier
    event: near figures of the two may count one thing."""
    last_year = np.array(
        [
            c.earlier is not None
            and len(c.earlier) == 4
            and c.published is not None
            and int(c.earlier) == c.published.year - 1
            for c in claims
        ]
    )
    now = np.array([c.earlier is None for c in claims])
    return (last_year[:, None] & now[None, :]) | (now[:, None] & last_year[None, :])


def _repeats_cited(claims: Sequence[LedgerClaim]) -> np.ndarray:
    """For each claim: whether it is an uncited figure its article also gives cited, the
    same number ("مقتل 21 شخصا" in a headline, "قتل 21 ... بحسب الدفاع المدني" below):
    the cited one stands for both among a disagreement's claims."""
    cited = {(c.article_id, _point(c)) for c in claims if c.cited}
    return np.array([not c.cited and (c.article_id, _point(c)) in cited for c in claims])


def _told_apart(claims: Sequence[LedgerClaim]) -> np.ndarray:
    """For every pair of claims: whether two outlets, or two sources one outlet cites,
    give them.  One outlet's own figures in two articles are its updates or its reports
    of different incidents (a front's weekly toll and one day's), not a dispute."""
    outlets = np.array([c.outlet or f"article {c.article_id}" for c in claims], dtype=object)
    cited = np.array([_named_source(c.cited) for c in claims], dtype=object)
    both_cited = (cited[:, None] != "") & (cited[None, :] != "")
    return (outlets[:, None] != outlets[None, :]) | (
        both_cited & (cited[:, None] != cited[None, :])
    )


# Sources that name nobody in particular: an outlet's "مصادر ميدانية" in one article and
# "مصادر عسكرية" in the next are its own reporting, not two sources it sets side by side.
_UNNAMED_SOURCES = re.compile(r"^(?:ال)?(?:مصادر|مصدر|مسؤول|مسؤولون|مسؤولين|ناشطون|نشطاء)(?:\s|$)")


def _named_source(cited: str | None) -> str:
    """The folded source, or "" for none or one that names nobody in particular."""
    folded = _folded(cited) or ""
    return "" if _UNNAMED_SOURCES.match(folded) else folded


def _told_in_article_of(agree: np.ndarray, articles: np.ndarray) -> np.ndarray:
    """For every pair of claims ``(i, j)``: whether claim ``i`` agrees (as ``agree`` says)
    with some figure of claim ``j``'s article."""
    same_article = (articles[:, None] == articles[None, :]).astype(np.int32)
    return (agree.astype(np.int32) @ same_article) > 0


# What stands before a place where something happened: "في", a glued "ب", and a word for
# the kind of place or a direction between ("في مدينة", "بريف", "جنوب").
LOCATIVE = re.compile(
    r"(?:(?<!\w)[فو]?(?:في|فى)\s+|(?<!\w)[وف]?ب)(?:(?:ال)?(?:مدينة|بلدة|محافظة|منطقة|قرية|"
    r"ولاية|إقليم|حي|مخيم|ريف|جنوب|شمال|شرق|غرب|وسط|جنوبي|شمالي|شرقي|غربي)\s+)?$"
)


# A sentence that counts over a whole country ("في عموم البلاد", "في مختلف أنحاء البلاد",
# "على مستوى البلاد"): its figure is of a place of its own, ``NATIONWIDE``, apart from a
# city's ("450 في العاصمة وحدها" against "تجاوز 1000 في عموم البلاد").
COUNTRYWIDE = re.compile(
    r"(?:(?:عموم|كافة|كل|مختلف|جميع)\s+(?:أنحاء\s+|مناطق\s+|محافظات\s+)?|أنحاء\s+"
    r"|على\s+مستوى\s+)(?:البلاد|الدولة)"
)
NATIONWIDE = -1


def _places_apart(claims: Sequence[LedgerClaim]) -> np.ndarray:
    """For every pair of claims: whether each says where it happened and neither place is
    named in the other's sentence ("قتل 4 في مدينة الشيخ زويد" and "قتل 3 في مدينة
    العريش": two incidents; "في حي الشعلة" and "في شمال بغداد" may be one, where the
    first sentence also names Baghdad)."""
    apart = np.zeros((len(claims), len(claims)), dtype=bool)
    placed = [i for i, claim in enumerate(claims) if claim.places]
    for i, j in combinations(placed, 2):
        a, b = claims[i], claims[j]
        if a.places.isdisjoint(b.named_places) and b.places.isdisjoint(a.named_places):
            apart[i, j] = apart[j, i] = True
    return apart


def _published_close(claims: Sequence[LedgerClaim]) -> np.ndarray:
    """For every pair of ``claims``: whether their articles came out within
    ``SAME_NEWS_DAYS`` of each other (true when either is undated)."""
    days = np.array(
        [c.published.timestamp() / 86400 if c.published else np.nan for c in claims], dtype=float
    )
    gaps = np.abs(days[:, None] - days[None, :])
    return np.isnan(gaps) | (gaps <= SAME_NEWS_DAYS)


def timelines(claims: Sequence[LedgerClaim]) -> dict[str, list[TimelineEntry]]:
    """Per topic, the claims ordered by the date of the earlier event they count, else
    the date said, else published ("1313 died in 2023" before this week's toll); undated
    ones last."""
    by_topic: defaultdict[str, list[TimelineEntry]] = defaultdict(list)
    for index, claim in enumerate(claims):
        by_topic[claim.topic].append(TimelineEntry(index, claim.earlier or when(claim)))
    return {
        topic: sorted(entries, key=lambda e: (e.when is None, e.when or "", e.claim))
        for topic, entries in by_topic.items()
    }
