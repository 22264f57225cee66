"""A story's claim ledger: every comparable figure its articles report, compared.

``story_ledger`` is the JSON contract of ``khabar story --json`` (and what
``khabar report`` renders): the story, its claims with outlet, cited source and
sentence, the disagreements ``compare`` finds, the per-topic timelines, and the
dates of one event that its outlets put in different years (``event_dates``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from typing import Any

from khabar.extract.claims import (
    changed_from,
    counts_a_part,
    counts_among,
    counts_earlier_toll,
    counts_new_ones,
    counts_of_a_set,
    counts_out_of,
    counts_since_start,
    earlier_event,
    forecast_of,
    rate_of,
)
from khabar.extract.entities import is_known_as
from khabar.extract.numbers import rounding_step
from khabar.store import ClaimRecord, EventDateRecord, Store, StorySummary
from khabar.stories.compare import (
    COUNTRYWIDE,
    LOCATIVE,
    NATIONWIDE,
    TOLL_TOPICS,
    Comparison,
    LedgerClaim,
    compare,
)
from khabar.stories.event_dates import date_disagreements
from khabar.stories.revisions import superseded

# Stories whose claims one query reads: well under every backend's parameter limit.
_STORIES_PER_QUERY = 500


@dataclass(frozen=True, slots=True)
class Ledger:
    """A story with its comparable claims and what comparing them found."""

    story: StorySummary
    claims: list[ClaimRecord]
    # How the comparison read each claim (the same order as ``claims``).
    readings: list[LedgerClaim]
    comparison: Comparison
    # Each: the event dates that disagree, and the words their sentences share.
    date_disagreements: list[tuple[list[EventDateRecord], list[str]]]

    def to_dict(self) -> dict[str, Any]:
        story = self.story
        return {
            "id": story.id,
            "title": story.title,
            "articles": list(story.articles),
            "outlets": list(story.outlets),
            "claims": [
                record.to_dict() | {"reading": _reading(claim)}
                for record, claim in zip(self.claims, self.readings, strict=True)
            ],
            "disagreements": [
                {
                    "topic": d.topic,
                    "unit": d.unit,
                    "claims": list(d.claims),
                    "gap": d.gap,
                    "severity": d.severity,
                    "development": d.development,
                }
                for d in self.comparison.disagreements
            ],
            "timelines": {
                topic: [{"claim": e.claim, "when": e.when} for e in entries]
                for topic, entries in self.comparison.timelines.items()
            },
            "date_disagreements": [
                {"words": words, "dates": [date.to_dict() for date in dates]}
                for dates, words in self.date_disagreements
            ],
        }


def _reading(claim: LedgerClaim) -> dict[str, Any]:
    """What keeps a claim from lining up with any other figure of its topic: a part of a
    total, an earlier event's figure (its date), a running total, a rate (per what), a
    forecast (for when), a toll its article reports as overtaken."""
    return {
        "part": claim.part,
        "earlier": claim.earlier,
        "running": claim.running,
        "rate": claim.rate,
        "forecast": claim.forecast,
        "overtaken": claim.overtaken,
    }


def story_ledger(store: Store, story_id: int) -> dict[str, Any]:
    """The claim ledger of story ``story_id`` as a JSON-ready dict:
    ``{id, title, articles, outlets, claims, disagreements, timelines, date_disagreements}``.

    Raises ``LookupError`` when there is no such story.
    """
    found = ledgers(store, [story_id])
    if story_id not in found:
        raise LookupError(f"no story with id {story_id}")
    return _candidates_by_name(store, found[story_id].to_dict())


def _candidates_by_name(store: Store, ledger: dict[str, Any]) -> dict[str, Any]:
    """``ledger`` with the subject of each share of the vote and each party's seats, an
    entity key that lines the candidate up across spellings ("Recep Tayyip Erdogan"),
    shown by the entity's name."""
    votes = [claim for claim in ledger["claims"] if claim["topic"] in ("votes", "seats")]
    names = store.entity_displays({claim["subject"] for claim in votes if claim["subject"]})
    for claim in votes:
        claim["subject"] = names.get(claim["subject"], claim["subject"])
    return ledger


def ledgers(store: Store, story_ids: Collection[int]) -> dict[int, Ledger]:
    """The ledgers of several stories, read with one query per table."""
    stories = store.stories(story_ids)
    story_of = {article: story.id for story in stories for article in story.articles}
    records: defaultdict[int, list[ClaimRecord]] = defaultdict(list)
    dates: defaultdict[int, list[EventDateRecord]] = defaultdict(list)
    places: dict[tuple[int, int], tuple[set[int], set[int]]] = {}
    copies: list[tuple[int, str, str, int | None]] = []
    for start in range(0, len(stories), _STORIES_PER_QUERY):
        chunk = stories[start : start + _STORIES_PER_QUERY]
        for record in store.claims(stories=[story.id for story in chunk]):
            if record.topic is not None:
                records[story_of[record.article_id]].append(record)
        # Places and event dates only matter where two articles can disagree.
        several = [story.id for story in chunk if len(story.articles) > 1]
        if several:
            copies += store.copies(several)
            places.update(claim_places(store.place_mentions(several)))
            for date in store.event_dates(several):
                dates[story_of[date.article_id]].append(date)
    published = {r.article_id: r.published for kept in records.values() for r in kept}
    revised = superseded(copies, published)
    found = {}
    for story in stories:
        lined_up = _lined_up(records[story.id], places, revised)
        readings = [claim for _, claim in lined_up]
        found[story.id] = Ledger(
            story,
            [record for record, _ in lined_up],
            readings,
            compare(readings),
            _dated_differently(dates[story.id]),
        )
    return found


def claim_places(
    mentions: Sequence[tuple[int, int, int, str]],
) -> dict[tuple[int, int], tuple[set[int], set[int]]]:
    """From ``Store.place_mentions``: for each claim whose sentence names a place, by
    (article id, ordinal), the places (entity ids) it says it happened in (``LOCATIVE``
    before them: "في إدلب", "بمدينة لييج") and every place it names."""
    places: defaultdict[tuple[int, int], tuple[set[int], set[int]]] = defaultdict(
        lambda: (set(), set())
    )
    for article_id, ordinal, entity_id, before in mentions:
        where, named = places[(article_id, ordinal)]
        named.add(entity_id)
        if LOCATIVE.search(before):
            where.add(entity_id)
    return places


def _dated_differently(
    dates: Sequence[EventDateRecord],
) -> list[tuple[list[EventDateRecord], list[str]]]:
    """The story's event dates that disagree (``date_disagreements``), as records."""
    return [([dates[i] for i in found.dates], found.words) for found in date_disagreements(dates)]


def _lined_up(
    records: Sequence[ClaimRecord],
    places: dict[tuple[int, int], tuple[set[int], set[int]]],
    revised: Collection[int] = (),
) -> list[tuple[ClaimRecord, LedgerClaim]]:
    """The story's records that can be lined up, each with its ledger claim (with the
    places of its sentence where another article shares its topic; overtaken where a later
    copy of its page is among the ``revised`` articles)."""
    shared = _shared_topics(records)
    by_place = _places_own_counts(records)
    pairs = []
    for index, (record, part) in enumerate(zip(records, _parts(records), strict=True)):
        in_shared = (record.topic, _compared_unit(record)) in shared
        named = _places_of(record, places) if in_shared else None
        claim = ledger_claim(
            record, part=part or index in by_place, shared=in_shared, places=named or ((), ())
        )
        if claim is not None and record.article_id in revised:
            claim = replace(claim, overtaken=True)
        if claim is not None:
            if index in by_place:
                claim = replace(claim, subject=by_place[index])
            pairs.append((record, claim))
    return pairs


def _places_own_counts(records: Sequence[ClaimRecord]) -> dict[int, str]:
    """The claims of a list of countries or cities each giving its own figure, in an
    article that also gives a larger figure of their topic from another source: each
    place's part of the total, with the place as subject ("أعلن وزير الصحة السعودي وفاة
    1301 حاج" and "أعلنت الأردن وفاة 99 من مواطنيها، وتونس 49 حاجا": Jordan's 99 against
    another outlet's Jordanian 99, not against the 1301)."""
    placed = {
        index: record.cited_key or record.cited or ""
        for index, record in enumerate(records)
        if record.cited and record.value is not None and is_known_as(record.cited, "PLACE")
    }
    places: defaultdict[tuple[int, str | None, str | None], set[str]] = defaultdict(set)
    largest: defaultdict[tuple[int, str | None, str | None], float] = defaultdict(float)
    for index, record in enumerate(records):
        if index in placed:
            places[_article_topic(record)].add(placed[index])
        elif record.value is not None:
            largest[_article_topic(record)] = max(largest[_article_topic(record)], record.value)
    return {
        index: place
        for index, place in placed.items()
        if len(places[_article_topic(records[index])]) > 1
        and (records[index].value or 0.0) < largest[_article_topic(records[index])]
    }


def _article_topic(record: ClaimRecord) -> tuple[int, str | None, str | None]:
    return record.article_id, record.topic, record.unit


def _places_of(
    record: ClaimRecord, places: dict[tuple[int, int], tuple[set[int], set[int]]]
) -> tuple[set[int], set[int]] | None:
    """The places a claim's sentence says it happened in and names (entity ids), the
    whole country (``NATIONWIDE``) among them when the sentence counts over it."""
    found = places.get((record.article_id, record.ordinal))
    if not COUNTRYWIDE.search(record.sentence):
        return found
    where, named = found or (set(), set())
    return where | {NATIONWIDE}, named | {NATIONWIDE}


def _shared_topics(records: Sequence[ClaimRecord]) -> set[tuple[str | None, str | None]]:
    """The (topic, unit) pairs that claims of two or more articles share: only their
    figures can disagree, so only their sentences are read for an earlier event
    (``earlier_event`` reads the dates of the sentence, the dearest step of a ledger) and
    a running total."""
    articles: defaultdict[tuple[str | None, str | None], set[int]] = defaultdict(set)
    for record in records:
        articles[(record.topic, _compared_unit(record))].add(record.article_id)
    return {key for key, ids in articles.items() if len(ids) > 1}


def _parts(records: Sequence[ClaimRecord]) -> list[bool]:
    """Whether each claim counts part of a total of its own topic: "مقتل 11 شخصا، من بينهم
    7 مدنيين و4 مقاتلين" (7 and 4 of the 11 killed), but not "4700 إصابة، منها نحو 600
    وفاة" (600 killed of 4700 casualties: a death toll of its own); or new ones added to a
    toll ("انتشال ثماني جثث جديدة"); or some among a group named before them ("وبين
    الضحايا 6 نساء") or out of a total after them ("28 حريقا من أصل 34"); or some of a
    set its article counted before, fewer than its largest figure of the topic so far
    ("ثلاثة من الصواريخ"); or a breakdown
    (``_breakdowns``).  The total is the nearest figure before the part in its sentence
    that is no part itself; records come in article and text order, so the figures of a
    sentence are together."""
    parts: list[bool] = []
    largest: dict[tuple[int, str | None], float] = {}  # the largest total so far
    for index, record in enumerate(records):
        total = None
        if counts_a_part(record.sentence, *record.in_sentence):
            total = _total_before(records, parts, index)
        new_ones = counts_new_ones(record.sentence, record.in_sentence[1])
        value = _compared_value(record)
        # "ثلاثة من الصواريخ" after the article's seven missiles ("900 كيلوغرام من الحشيش"
        # after its 2.4 tons)
        of_a_set = counts_of_a_set(record.sentence, record.in_sentence[1]) and (
            value or 0.0
        ) < largest.get((record.article_id, record.topic), 0.0)
        among = counts_among(record.sentence, record.in_sentence[0]) or counts_out_of(
            record.sentence, record.in_sentence[1]
        )
        in_total = total is not None and total.topic == record.topic
        parts.append(new_ones or of_a_set or among or in_total)
        if not parts[-1] and value is not None:
            key = (record.article_id, record.topic)
            largest[key] = max(largest.get(key, 0.0), value)
    for index in _breakdowns(records):
        parts[index] = True
    return parts


def _breakdowns(records: Sequence[ClaimRecord]) -> set[int]:
    """Figures of one sentence that add up to another figure of their topic in their
    article: the total broken down by day or place ("اعتقال 450 شخصا" and then "200 شخص
    يوم السبت، و150 يوم الأحد، و100 آخرين يوم الاثنين")."""
    found: set[int] = set()
    groups: defaultdict[tuple[int, str, str | None, str | None], list[int]] = defaultdict(list)
    values: defaultdict[tuple[int, str | None, str | None], list[float]] = defaultdict(list)
    for index, record in enumerate(records):
        if record.value is not None:
            groups[(record.article_id, record.sentence, record.topic, record.unit)].append(index)
            values[(record.article_id, record.topic, record.unit)].append(record.value)
    for (article, _sentence, topic, unit), members in groups.items():
        if len(members) < 2:
            continue
        total = sum(records[i].value or 0.0 for i in members)
        if any(abs(value - total) <= 0.01 * total for value in values[(article, topic, unit)]):
            found.update(members)
    return found


def _total_before(
    records: Sequence[ClaimRecord], parts: list[bool], index: int
) -> ClaimRecord | None:
    """The nearest record before ``index`` in its sentence that is no part."""
    record = records[index]
    for earlier in range(index - 1, -1, -1):
        other = records[earlier]
        if other.article_id != record.article_id or other.sentence != record.sentence:
            return None
        if not parts[earlier]:
            return other
    return None


# Units a figure is compared in: a weight in kilograms or grams is weighed in tons, so
# "2.4 طن" and "2430 كيلوغراما" line up (and agree).
_COMPARED_IN = {"kg": ("ton", 1e-3), "g": ("ton", 1e-6)}


def _scaled(value: float | None, factor: float) -> float | None:
    return None if value is None else value * factor


def _compared_unit(record: ClaimRecord) -> str | None:
    """The unit the claim is compared in (``_COMPARED_IN``)."""
    return _COMPARED_IN.get(record.unit or "", (record.unit, 1.0))[0]


def _compared_value(record: ClaimRecord) -> float | None:
    """The claim's value in the unit it is compared in."""
    return _scaled(record.value, _COMPARED_IN.get(record.unit or "", (None, 1.0))[1])


def ledger_claim(
    record: ClaimRecord,
    *,
    part: bool = False,
    shared: bool = True,
    places: tuple[Collection[int], Collection[int]] = ((), ()),
) -> LedgerClaim | None:
    """The stored claim in the form ``compare`` takes; None when it cannot be lined up
    (no topic, or a figure without a value).  ``part``: it counts part of another;
    ``shared``: another article has claims of its topic (only then can it disagree), so
    its figure and sentence are read for what decides a comparison: the earlier event it
    may count (``earlier_event``), a running total, a rate, a forecast, an overtaken toll,
    a rounding step.
    ``places``: where its sentence says it happened, and every place it names
    (``claim_places``)."""
    if record.topic is None:
        return None
    unit, factor = _COMPARED_IN.get(record.unit or "", (record.unit, 1.0))
    try:
        return LedgerClaim(
            article_id=record.article_id,
            outlet=record.outlet,
            published=record.published,
            topic=record.topic,
            subject=record.subject,
            value=_scaled(record.value, factor),
            low=_scaled(record.low, factor),
            high=_scaled(record.high, factor),
            qualifier=record.qualifier,
            unit=unit,
            cited=record.cited,
            said=record.said,
            said_text=record.said_text,
            sentence=record.sentence,
            part=part,
            places=frozenset(places[0]),
            named_places=frozenset(places[1]),
            step=_scaled(rounding_step(record.text, record.unit), factor) if shared else None,
            overtaken=shared
            and (
                # a toll said "earlier" has been overtaken; a count of homes said so has not
                (
                    record.topic in TOLL_TOPICS
                    and counts_earlier_toll(record.sentence, record.in_sentence[0])
                )
                or changed_from(record.sentence, *record.in_sentence)
            ),
            running=shared and counts_since_start(record.sentence, *record.in_sentence),
            rate=rate_of(record.sentence, record.in_sentence[1]) if shared else None,
            forecast=forecast_of(record.sentence, record.in_sentence[0], record.published)
            if shared
            else None,
            earlier=earlier_event(
                record.sentence, *record.in_sentence, record.published, record.said
            )
            if shared
            else None,
        )
    except ValueError:
        return None
