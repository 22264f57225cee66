"""A story's claim ledger: every comparable figure its articles report, compared.

``story_ledger`` is the JSON contract of ``khabar story --json`` (and what
``khabar report`` renders): the story, its claims with outlet, cited source and
sentence, the disagreements ``compare`` finds and the per-topic timelines.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from khabar.store import ClaimRecord, Store, StorySummary
from khabar.stories.compare import Comparison, LedgerClaim, compare

# Stories whose claims one query reads: well under every backend's parameter limit.
_STORIES_PER_QUERY = 500


@dataclass(frozen=True, slots=True)
class Ledger:
    """A story with its comparable claims and what comparing them found."""

    story: StorySummary
    claims: list[ClaimRecord]
    comparison: Comparison

    def to_dict(self) -> dict[str, Any]:
        story = self.story
        return {
            "id": story.id,
            "title": story.title,
            "articles": list(story.articles),
            "outlets": list(story.outlets),
            "claims": [claim.to_dict() for claim in self.claims],
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
        }


def story_ledger(store: Store, story_id: int) -> dict[str, Any]:
    """The claim ledger of story ``story_id`` as a JSON-ready dict:
    ``{id, title, articles, outlets, claims, disagreements, timelines}``.

    Raises ``LookupError`` when there is no such story.
    """
    found = ledgers(store, [story_id])
    if story_id not in found:
        raise LookupError(f"no story with id {story_id}")
    return found[story_id].to_dict()


def ledgers(store: Store, story_ids: Collection[int]) -> dict[int, Ledger]:
    """The ledgers of several stories, read with one query per table."""
    stories = store.stories(story_ids)
    story_of = {article: story.id for story in stories for article in story.articles}
    records: defaultdict[int, list[ClaimRecord]] = defaultdict(list)
    lined_up: defaultdict[int, list[LedgerClaim]] = defaultdict(list)
    for start in range(0, len(stories), _STORIES_PER_QUERY):
        chunk = [story.id for story in stories[start : start + _STORIES_PER_QUERY]]
        for record in store.claims(stories=chunk):
            claim = ledger_claim(record)
            if claim is not None:
                records[story_of[record.article_id]].append(record)
                lined_up[story_of[record.article_id]].append(claim)
    return {
        story.id: Ledger(story, records[story.id], compare(lined_up[story.id])) for story in stories
    }


def ledger_claim(record: ClaimRecord) -> LedgerClaim | None:
    """The stored claim in the form ``compare`` takes; None when it cannot be lined up
    (no topic, or a figure without a value)."""
    if record.topic is None:
        return None
    try:
        return LedgerClaim(
            article_id=record.article_id,
            outlet=record.outlet,
            published=record.published,
            topic=record.topic,
            subject=record.subject,
            value=record.value,
            low=record.low,
            high=record.high,
            qualifier=record.qualifier,
            unit=record.unit,
            cited=record.cited,
            said=record.said,
            sentence=record.sentence,
        )
    except ValueError:
        return None
