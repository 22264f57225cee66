"""Writing an article's analysis and its story into the store.

``AnalysisWriter`` holds the statements, compiled once (see ``prepared``), that
``Store.save_analysis`` and ``Store.assign_story`` run in one transaction each:
the analysis JSON, mentions (entities found by their canonical key, or for a name
no list knows by another outlet's spelling of it, else inserted; their spelling
counts and display names updated), claims and event dates of an article are
replaced together, so a re-run leaves the same rows.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, bindparam, case, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect

from khabar.extract.dates import pins_month
from khabar.extract.entities import is_english_name, similar_names, spelling_key, variant_key
from khabar.model import Analysis, Claim, Mention
from khabar.store.prepared import Prepared
from khabar.store.schema import (
    Article,
    ClaimRow,
    Entity,
    EntitySpelling,
    EventDateRow,
    MentionRow,
    Source,
    Story,
    StoryMember,
)

# Characters of an article's text a story title may take when the article has no title.
TITLE_LENGTH = 200


def mention_values(mention: Mention, article_id: int, entity_id: int) -> dict[str, Any]:
    """The ``mentions`` row of one mention."""
    return {
        "article_id": article_id,
        "entity_id": entity_id,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "type": mention.type,
    }


def claim_values(analysis: Analysis, claim: Claim, article_id: int, ordinal: int) -> dict[str, Any]:
    """The ``claims`` row of one claim: its figure, source, relay and sentence."""
    quantity = analysis.quantities[claim.quantity]
    sentence = analysis.sentences[claim.sentence]
    cited, via = claim.cited, claim.via
    return {
        "article_id": article_id,
        "ordinal": ordinal,
        "start": quantity.start,
        "end": quantity.end,
        "text": quantity.text,
        "value": quantity.value,
        "low": quantity.low,
        "high": quantity.high,
        "qualifier": quantity.qualifier,
        "unit": quantity.unit,
        "counted": quantity.counted,
        "topic": claim.topic,
        "subject": claim.subject,
        "cited_text": cited.text if cited else None,
        "cited_key": cited.canonical if cited else None,
        "cited_start": cited.start if cited else None,
        "cited_end": cited.end if cited else None,
        "via_text": via.text if via else None,
        "via_key": via.canonical if via else None,
        "said": claim.said,
        "said_text": claim.said_text,
        "period": claim.period,
        "sentence_start": sentence.start,
        "sentence_end": sentence.end,
    }


def event_date_values(analysis: Analysis, article_id: int) -> list[dict[str, Any]]:
    """The ``event_dates`` rows of an analysis: its dates that fix a month of a year
    (``pins_month``), each with the sentence it stands in (none outside a sentence)."""
    sentences = analysis.sentences
    starts = [sentence.start for sentence in sentences]
    rows = []
    for ref in filter(pins_month, analysis.dates):
        index = bisect_right(starts, ref.start) - 1
        if index < 0 or ref.start >= sentences[index].end:
            continue
        rows.append(
            {
                "article_id": article_id,
                "start": ref.start,
                "end": ref.end,
                "text": ref.text,
                "value": ref.value,
                "sentence_start": sentences[index].start,
                "sentence_end": sentences[index].end,
            }
        )
    return rows


def story_title(title: str | None, text: str) -> str:
    """An article's title, else the first non-blank line of its text."""
    if title and title.strip():
        return title.strip()
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


class AnalysisWriter:
    """The write statements of analyses and story assignments, compiled for ``dialect``."""

    def __init__(self, dialect: Dialect) -> None:
        name = dialect.name
        insert = sqlite.insert if name == "sqlite" else postgresql.insert
        self._set_analysis = Prepared(
            update(Article)
            .where(Article.id == bindparam("article_id"))
            .values(analysis=bindparam("analysis"), analyzed_at=bindparam("analyzed_at")),
            dialect,
            ["article_id", "analysis", "analyzed_at"],
        )
        self._old_spellings = Prepared(
            select(MentionRow.entity_id, MentionRow.text, func.count())
            .where(MentionRow.article_id == bindparam("article_id"))
            .group_by(MentionRow.entity_id, MentionRow.text),
            dialect,
            ["article_id"],
        )
        spelling = insert(EntitySpelling)
        self._count_spelling = Prepared(
            spelling.on_conflict_do_update(
                index_elements=["entity_id", "text"],
                set_={"count": EntitySpelling.count + spelling.excluded.count},
            ),
            dialect,
            ["entity_id", "text", "count"],
        )
        # A person is shown by the commonest spelling of a full name ("كيم جونغ أون", not
        # the "كيم" that later sentences use more often), other entities by the commonest.
        full_name = case(
            (Entity.type == "PERSON", _commonest_spelling(EntitySpelling.text.contains(" "))),
            else_=None,
        )
        self._set_display = Prepared(
            update(Entity)
            .where(Entity.id == bindparam("entity_id"))
            .values(display=func.coalesce(full_name, _commonest_spelling(), Entity.display)),
            dialect,
            ["entity_id"],
        )
        self._drop_mentions = Prepared(
            delete(MentionRow).where(MentionRow.article_id == bindparam("article_id")),
            dialect,
            ["article_id"],
        )
        self._drop_event_dates = Prepared(
            delete(EventDateRow).where(EventDateRow.article_id == bindparam("article_id")),
            dialect,
            ["article_id"],
        )
        self._insert_event_date = Prepared(
            insert(EventDateRow),
            dialect,
            ["article_id", "start", "end", "text", "value", "sentence_start", "sentence_end"],
        )
        self._drop_claims = Prepared(
            delete(ClaimRow).where(ClaimRow.article_id == bindparam("article_id")),
            dialect,
            ["article_id"],
        )
        entity_keys = ["key", "display", "type", "english", "full_spelling", "variant_key"]
        self._insert_entity = Prepared(
            insert(Entity).on_conflict_do_nothing(index_elements=["key"]), dialect, entity_keys
        )
        self._entity_id = Prepared(
            select(Entity.id).where(Entity.key == bindparam("key")), dialect, ["key"]
        )
        self._variants = Prepared(
            select(Entity.id, Entity.full_spelling)
            .where(Entity.variant_key == bindparam("variant_key"), Entity.type == bindparam("type"))
            .order_by(Entity.id),
            dialect,
            ["variant_key", "type"],
        )
        self._insert_mention = Prepared(
            insert(MentionRow), dialect, list(mention_values(Mention(0, 0, "", "", ""), 0, 0))
        )
        claim_keys = [c.key for c in ClaimRow.__table__.columns if c.key != "id"]
        self._insert_claim = Prepared(insert(ClaimRow), dialect, claim_keys)
        self._move_members = Prepared(
            update(StoryMember)
            .where(StoryMember.story_id == bindparam("absorbed"))
            .values(story_id=bindparam("story_id")),
            dialect,
            ["absorbed", "story_id"],
        )
        self._drop_story = Prepared(
            delete(Story).where(Story.id == bindparam("absorbed")), dialect, ["absorbed"]
        )
        self._insert_story = Prepared(
            insert(Story).on_conflict_do_nothing(index_elements=["id"]),
            dialect,
            ["id", "title", "created_at"],
        )
        self._mark_pending = Prepared(
            insert(StoryMember).on_conflict_do_nothing(index_elements=["article_id"]),
            dialect,
            ["article_id", "story_id", "duplicate_of", "score"],
        )
        member = insert(StoryMember)
        self._upsert_member = Prepared(
            member.on_conflict_do_update(
                index_elements=["article_id"],
                set_={
                    "story_id": member.excluded.story_id,
                    "duplicate_of": member.excluded.duplicate_of,
                    "score": member.excluded.score,
                },
            ),
            dialect,
            ["article_id", "story_id", "duplicate_of", "score"],
        )
        self._earliest = Prepared(_earliest_member(), dialect, ["story_id"])
        self._set_title = Prepared(
            update(Story).where(Story.id == bindparam("story_id")).values(title=bindparam("title")),
            dialect,
            ["story_id", "title"],
        )
        self._first_published = Prepared(
            select(func.min(Source.published)).where(Source.article_id == bindparam("article_id")),
            dialect,
            ["article_id"],
        )
        self._entity_ids: dict[str, int] = {}
        # (entity id, spelling) -> change of its count not yet written (see write_spellings).
        self._spellings: Counter[tuple[int, str]] = Counter()
        # Story id -> publication order of the article its title comes from.
        self._title_order: dict[int, tuple[bool, Any, int]] = {}

    def save(self, cursor: Any, article_id: int, analysis: Analysis) -> None:
        """Replace the article's analysis, mentions and claims, keeping the spelling
        counts and display names of the entities they touch up to date."""
        self._set_analysis.run(
            cursor,
            {
                "article_id": article_id,
                "analysis": analysis.to_dict(),
                "analyzed_at": datetime.now(UTC),
            },
        )
        change: Counter[tuple[int, str]] = Counter()
        for entity_id, text, count in self._old_spellings.rows(cursor, {"article_id": article_id}):
            change[(entity_id, text)] -= count
        self._drop_mentions.run(cursor, {"article_id": article_id})
        self._drop_claims.run(cursor, {"article_id": article_id})
        self._drop_event_dates.run(cursor, {"article_id": article_id})
        ids = self._entity_ids_of(cursor, analysis.entities)
        self._insert_mention.many(
            cursor,
            [
                mention_values(mention, article_id, entity_id)
                for mention, entity_id in zip(analysis.entities, ids, strict=True)
            ],
        )
        for mention, entity_id in zip(analysis.entities, ids, strict=True):
            change[(entity_id, mention.text)] += 1
        self._insert_claim.many(
            cursor,
            [
                claim_values(analysis, claim, article_id, ordinal)
                for ordinal, claim in enumerate(analysis.claims)
            ],
        )
        self._insert_event_date.many(cursor, event_date_values(analysis, article_id))
        # Waiting for a story (kept when the article already has one).
        self._mark_pending.run(
            cursor, {"article_id": article_id, "story_id": None, "duplicate_of": None, "score": 0.0}
        )
        # Last, once every write of the article went through.
        self._spellings.update(change)

    def write_spellings(self, cursor: Any) -> None:
        """Write the spelling counts that saves since the last call changed, and the
        display names of their entities.  Deferred so that a batch of articles, which
        repeat the same entities, writes each spelling and each entity once."""
        changed = sorted((key, count) for key, count in self._spellings.items() if count)
        self._spellings.clear()  # written now, or rolled back with the transaction
        self._count_spelling.many(
            cursor, [{"entity_id": e, "text": text, "count": count} for (e, text), count in changed]
        )
        self._set_display.many(
            cursor, [{"entity_id": e} for e in sorted({e for (e, _), _ in changed})]
        )

    def forget(self) -> None:
        """Drop the entity-id and story-title caches (after a rollback they may name rows
        that never were)."""
        self._entity_ids.clear()
        self._title_order.clear()

    def drop_spellings(self) -> None:
        """Forget the unwritten spelling counts (their saves were rolled back)."""
        self._spellings.clear()

    def _entity_ids_of(self, cursor: Any, mentions: Sequence[Mention]) -> list[int]:
        """The entity id of each mention.  Mentions that spell their own key go first: a
        new entity is stored under its full name ("فيليب كراينوفيتش"), not under a short
        form that took its key ("كراينوفيتش")."""
        ids = [0] * len(mentions)
        for index in sorted(range(len(mentions)), key=lambda i: not _spells_key(mentions[i])):
            ids[index] = self._entity(cursor, mentions[index])
        return ids

    def _entity(self, cursor: Any, mention: Mention) -> int:
        """The id of the mention's entity: stored under its key, else the stored unknown
        name it is another spelling of, else inserted now."""
        key = mention.canonical
        known = self._entity_ids.get(key)
        if known is None:
            known = self._entity_id.one(cursor, {"key": key})
            if known is None:
                english = is_english_name(key)
                # Of a name no list knows, written out in full (not a short form).
                full = mention.text if not english and _spells_key(mention) else None
                variant = variant_key(full) if full else None
                known = self._variant_of(cursor, full, variant, mention.type) if full else None
                if known is None:
                    known = self._insert(cursor, mention, english, full, variant)
            self._entity_ids[key] = known
        return int(known)

    def _variant_of(self, cursor: Any, full: str, variant: str | None, kind: str) -> int | None:
        """The first stored unknown name of type ``kind`` (of ``variant_key`` ``variant``)
        that the spelling ``full`` is a variant of (another outlet's transliteration)."""
        values = {"variant_key": variant, "type": kind}
        for entity_id, spelling in self._variants.rows(cursor, values):
            if similar_names(spelling, full):
                return int(entity_id)
        return None

    def _insert(
        self, cursor: Any, mention: Mention, english: bool, full: str | None, variant: str | None
    ) -> int:
        key = mention.canonical
        self._insert_entity.run(
            cursor,
            {
                "key": key,
                "display": mention.text,
                "type": mention.type,
                "english": key if english else None,
                "full_spelling": full,
                "variant_key": variant,
            },
        )
        return int(self._entity_id.one(cursor, {"key": key}))

    def assign(
        self,
        cursor: Any,
        article_id: int,
        story_id: int,
        duplicate_of: int | None,
        score: float,
        merged: tuple[int, ...],
    ) -> None:
        """Put the article in its story, first moving the members of absorbed stories."""
        for absorbed in merged:
            self._move_members.run(cursor, {"absorbed": absorbed, "story_id": story_id})
            self._drop_story.run(cursor, {"absorbed": absorbed})
        now = datetime.now(UTC)
        self._insert_story.run(cursor, {"id": story_id, "title": "", "created_at": now})
        self._upsert_member.run(
            cursor,
            {
                "article_id": article_id,
                "story_id": story_id,
                "duplicate_of": duplicate_of,
                "score": score,
            },
        )
        self._retitle(cursor, article_id, story_id, merged)

    def _retitle(
        self, cursor: Any, article_id: int, story_id: int, merged: tuple[int, ...]
    ) -> None:
        """Title the story after its earliest article, looking for that article again
        only when the story is new to this writer, has merged others or the new article
        comes before the one its title is from (the look-up reads every member)."""
        for absorbed in merged:
            self._title_order.pop(absorbed, None)
        published = self._first_published.one(cursor, {"article_id": article_id})
        known = self._title_order.get(story_id)
        if known is not None and not merged and publication_key(published, article_id) > known:
            return
        earliest = self._earliest.rows(cursor, {"story_id": story_id})
        if not earliest:
            self._set_title.run(cursor, {"story_id": story_id, "title": ""})
            return
        title, opening, first, first_id = earliest[0]
        self._set_title.run(cursor, {"story_id": story_id, "title": story_title(title, opening)})
        self._title_order[story_id] = publication_key(first, first_id)


def _commonest_spelling(*conditions: ColumnElement[bool]) -> Any:
    """The spelling of the entity being updated held most often (of those that meet
    ``conditions``): a scalar subquery."""
    return (
        select(EntitySpelling.text)
        .where(EntitySpelling.entity_id == Entity.id, EntitySpelling.count > 0, *conditions)
        .order_by(EntitySpelling.count.desc(), EntitySpelling.text)
        .limit(1)
        .scalar_subquery()
    )


def _spells_key(mention: Mention) -> bool:
    """Whether the mention spells its own key (not a short form of a fuller name)."""
    return spelling_key(mention.text) == mention.canonical


def publication_key(published: Any, article_id: int) -> tuple[bool, Any, int]:
    """Order of articles in a story: by first publication time, undated last, then by id.
    ``published`` is the stored time as the driver returns it (a string in SQLite): keys
    compare within one database."""
    return (published is None, "" if published is None else published, article_id)


def _earliest_member() -> Any:
    """The title, opening text, first publication time and id of a story's earliest
    article (undated last, then by id)."""
    published = (
        select(func.min(Source.published))
        .where(Source.article_id == Article.id)
        .scalar_subquery()
        .label("published")
    )
    members = (
        select(
            Article.id,
            Article.title,
            func.substr(Article.clean_text, 1, TITLE_LENGTH).label("opening"),
            published,
        )
        .join(StoryMember, StoryMember.article_id == Article.id)
        .where(StoryMember.story_id == bindparam("story_id"))
        .subquery()
    )
    first_title = (
        select(func.coalesce(members.c.title, Source.title))
        .where(Source.article_id == members.c.id)
        .order_by(Source.id)
        .limit(1)
        .scalar_subquery()
    )
    return (
        select(first_title, members.c.opening, members.c.published, members.c.id)
        .order_by(members.c.published.is_(None), members.c.published, members.c.id)
        .limit(1)
    )
