"""Reading entities, claims and stories back from the store.

Plain functions on an open SQLAlchemy connection; ``Store`` wraps them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from datetime import datetime, timedelta, timezone
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    bindparam,
    distinct,
    exists,
    func,
    or_,
    select,
)
from sqlalchemy.orm import aliased

from khabar.extract.entities import lookup, spelling_key
from khabar.store.records import ClaimRecord, EntitySummary, EventDateRecord, StorySummary
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
from khabar.stories.group import GROUPING_TYPES, StoryArticle

# Characters of the text before a place mention that ``place_mentions`` gives.
_CHARS_BEFORE = 16
# Ids per statement when a query names many: under every backend's parameter limit.
_ID_BATCH = 500


def as_published(utc: datetime | None, offset: int | None) -> datetime | None:
    """The stored UTC time back in the source's own offset (naive when it had none)."""
    if utc is None:
        return None
    if offset is None:
        return utc.replace(tzinfo=None)
    return utc.astimezone(timezone(timedelta(minutes=offset)))


def _batches(ids: Collection[int]) -> Iterable[list[int]]:
    ordered = sorted(ids)
    for start in range(0, len(ordered), _ID_BATCH):
        yield ordered[start : start + _ID_BATCH]


def _first_source() -> Any:
    """The first source of each article (the one that stands for where it came from)."""
    other = aliased(Source)
    return select(func.min(other.id)).where(other.article_id == Article.id).scalar_subquery()


# -- entities ------------------------------------------------------------------


def entity_summaries(
    connection: Connection, *, type: str | None = None, ids: Sequence[int] | None = None
) -> list[EntitySummary]:
    """Entities with their spellings, most mentioned first (then by key)."""
    chosen: list[ColumnElement[bool]] = []
    if type is not None:
        chosen.append(Entity.type == type)
    if ids is not None:
        chosen.append(Entity.id.in_(list(ids)))
    entities = connection.execute(select(Entity).where(*chosen)).all()
    if not entities:
        return []
    spellings: defaultdict[int, Counter[str]] = defaultdict(Counter)
    wanted = select(Entity.id).where(*chosen)
    for entity_id, text, count in connection.execute(
        select(EntitySpelling.entity_id, EntitySpelling.text, EntitySpelling.count).where(
            EntitySpelling.entity_id.in_(wanted), EntitySpelling.count > 0
        )
    ):
        spellings[entity_id][text] = count
    articles = dict(
        connection.execute(
            select(MentionRow.entity_id, func.count(distinct(MentionRow.article_id)))
            .where(MentionRow.entity_id.in_(wanted))
            .group_by(MentionRow.entity_id)
        ).all()
    )
    found = [
        _entity_summary(row, spellings[row.id], articles.get(row.id, 0))
        for row in entities
        if spellings[row.id]
    ]
    return sorted(found, key=lambda e: (-e.mentions, e.key))


def _entity_summary(row: Any, spellings: Counter[str], articles: int) -> EntitySummary:
    ranked = sorted(spellings.items(), key=lambda item: (-item[1], item[0]))
    return EntitySummary(
        id=row.id,
        key=row.key,
        display=row.display,
        type=row.type,
        english=row.english,
        spellings=dict(ranked),
        mentions=sum(spellings.values()),
        articles=articles,
    )


def find_entity(connection: Connection, name: str) -> int | None:
    """The id of the entity ``name`` names: its key (canonical or spelling key), its
    English name (any case), else any spelling of it in the texts; None when none does.
    Among several, the most mentioned."""
    name = name.strip()
    known = lookup(name)
    keys = {name, spelling_key(name)} | ({known.english} if known else set())
    spelled = select(EntitySpelling.entity_id).where(
        EntitySpelling.text == name, EntitySpelling.count > 0
    )
    for condition in (
        Entity.key.in_(sorted(keys)),
        func.lower(Entity.english) == name.lower(),
        Entity.id.in_(spelled),
    ):
        best = connection.execute(
            select(Entity.id)
            .outerjoin(EntitySpelling, EntitySpelling.entity_id == Entity.id)
            .where(condition)
            .group_by(Entity.id)
            .order_by(func.coalesce(func.sum(EntitySpelling.count), 0).desc(), Entity.id)
            .limit(1)
        ).first()
        if best is not None:
            return int(best[0])
    return None


# -- claims --------------------------------------------------------------------


def claim_records(
    connection: Connection,
    *,
    entity_id: int | None = None,
    topic: str | None = None,
    outlet: str | None = None,
    story_ids: Collection[int] | None = None,
) -> list[ClaimRecord]:
    """Stored claims in article and then text order, those matching every filter.

    ``entity_id``: the entity is mentioned in the claim's sentence, or the claim is
    cited to (or relayed through) it.  ``outlet``: one of the article's sources.
    """
    sentence = _sentence_text(ClaimRow)
    query = (
        select(
            *ClaimRow.__table__.columns,
            Source.outlet,
            Source.published,
            Source.published_offset,
            sentence.label("sentence"),
        )
        .join(Article, Article.id == ClaimRow.article_id)
        .join(Source, Source.id == _first_source())
        .order_by(ClaimRow.article_id, ClaimRow.ordinal)
    )
    if topic is not None:
        query = query.where(ClaimRow.topic == topic)
    if outlet is not None:
        query = query.where(
            ClaimRow.article_id.in_(select(Source.article_id).where(Source.outlet == outlet))
        )
    if entity_id is not None:
        query = query.where(_about_entity(entity_id))
    if story_ids is not None:
        members = _members_of(story_ids)
        query = query.where(ClaimRow.article_id.in_(members))
    return [_claim_record(row) for row in connection.execute(query)]


def entity_displays(connection: Connection, keys: Collection[str]) -> dict[str, str]:
    """The display name of each entity among ``keys`` (entity keys) that is stored."""
    rows = connection.execute(select(Entity.key, Entity.display).where(Entity.key.in_(keys)))
    return {key: display for key, display in rows}


def place_mentions(
    connection: Connection, story_ids: Collection[int]
) -> list[tuple[int, int, int, str]]:
    """The places named in the sentence of each claim of the stories' articles: (article
    id, claim ordinal, entity id, the characters of the text just before the place)."""
    members = _members_of(story_ids)
    before = func.substr(Article.text, MentionRow.start - _CHARS_BEFORE + 1, _CHARS_BEFORE)
    query = (
        select(ClaimRow.article_id, ClaimRow.ordinal, MentionRow.entity_id, before)
        .join(MentionRow, _in_sentence_of(ClaimRow))
        .join(Article, Article.id == ClaimRow.article_id)
        .where(ClaimRow.article_id.in_(members), MentionRow.type == "PLACE")
    )
    return [(a, o, e, context or "") for a, o, e, context in connection.execute(query)]


def story_copies(
    connection: Connection, story_ids: Collection[int]
) -> list[tuple[int, str, str, int | None]]:
    """Every source of the stories' articles: (article id, outlet, URL, the article of its
    story it reprints, if any)."""
    query = (
        select(Source.article_id, Source.outlet, Source.url, StoryMember.duplicate_of)
        .join(StoryMember, StoryMember.article_id == Source.article_id)
        .where(StoryMember.story_id.in_(list(story_ids)))
        .order_by(Source.id)
    )
    return [(row[0], row[1], row[2], row[3]) for row in connection.execute(query)]


def _about_entity(entity_id: int) -> ColumnElement[bool]:
    key = select(Entity.key).where(Entity.id == entity_id).scalar_subquery()
    in_sentence = exists().where(
        MentionRow.article_id == ClaimRow.article_id,
        MentionRow.entity_id == entity_id,
        MentionRow.start >= ClaimRow.sentence_start,
        MentionRow.end <= ClaimRow.sentence_end,
    )
    return or_(in_sentence, ClaimRow.cited_key == key, ClaimRow.via_key == key)


def _claim_record(row: Any) -> ClaimRecord:
    return ClaimRecord(
        article_id=row.article_id,
        ordinal=row.ordinal,
        outlet=row.outlet or None,
        published=as_published(row.published, row.published_offset),
        topic=row.topic,
        subject=row.subject,
        text=row.text,
        value=row.value,
        low=row.low,
        high=row.high,
        qualifier=row.qualifier,
        unit=row.unit,
        counted=row.counted,
        cited=row.cited_text,
        cited_key=row.cited_key,
        via=row.via_text,
        said=row.said,
        said_text=row.said_text,
        period=row.period,
        sentence=row.sentence or "",
        in_sentence=(row.start - row.sentence_start, row.end - row.sentence_start),
    )


def event_date_records(connection: Connection, story_ids: Collection[int]) -> list[EventDateRecord]:
    """The stored event dates of the stories' articles, in article and text order, each
    with the named entities of its sentence."""
    members = _members_of(story_ids)
    query = (
        select(
            *EventDateRow.__table__.columns,
            Source.outlet,
            Source.published,
            Source.published_offset,
            _sentence_text(EventDateRow).label("sentence"),
        )
        .join(Article, Article.id == EventDateRow.article_id)
        .join(Source, Source.id == _first_source())
        .where(EventDateRow.article_id.in_(members))
        .order_by(EventDateRow.article_id, EventDateRow.start)
    )
    rows = list(connection.execute(query))
    names = _names_in_sentences(connection, story_ids)
    return [
        EventDateRecord(
            article_id=row.article_id,
            outlet=row.outlet or None,
            published=as_published(row.published, row.published_offset),
            text=row.text,
            value=row.value,
            sentence=row.sentence or "",
            in_sentence=(row.start - row.sentence_start, row.end - row.sentence_start),
            names=tuple(names[row.id]),
        )
        for row in rows
    ]


def _names_in_sentences(
    connection: Connection, story_ids: Collection[int]
) -> defaultdict[int, list[tuple[int, int]]]:
    """For each event date of the stories' articles (by id), where the entity mentions of
    its sentence start and end in that sentence."""
    members = _members_of(story_ids)
    query = (
        select(
            EventDateRow.id,
            MentionRow.start - EventDateRow.sentence_start,
            MentionRow.end - EventDateRow.sentence_start,
        )
        .join(MentionRow, _in_sentence_of(EventDateRow))
        .where(EventDateRow.article_id.in_(members))
    )
    spans: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)
    for date_id, start, end in connection.execute(query):
        spans[date_id].append((start, end))
    return spans


def _members_of(story_ids: Collection[int]) -> Any:
    """The ids of the stories' articles: a subquery."""
    return select(StoryMember.article_id).where(StoryMember.story_id.in_(list(story_ids)))


def _in_sentence_of(row: type[ClaimRow] | type[EventDateRow]) -> ColumnElement[bool]:
    """A mention inside the sentence of a stored claim or event date: a join condition."""
    return and_(
        MentionRow.article_id == row.article_id,
        MentionRow.start >= row.sentence_start,
        MentionRow.end <= row.sentence_end,
    )


def _sentence_text(row: type[ClaimRow] | type[EventDateRow]) -> Any:
    """The sentence a stored claim or event date stands in, cut from its article's text."""
    return func.substr(Article.text, row.sentence_start + 1, row.sentence_end - row.sentence_start)


# -- stories -------------------------------------------------------------------


def story_summaries(
    connection: Connection, story_ids: Collection[int] | None = None
) -> list[StorySummary]:
    """Stories in id order (all, or ``story_ids``), with their articles and outlets."""
    stories = select(Story.id, Story.title).order_by(Story.id)
    members = select(StoryMember.story_id, StoryMember.article_id)
    dated = select(StoryMember.story_id, Source.outlet, Source.published, Source.published_offset)
    dated = dated.join(Source, Source.article_id == StoryMember.article_id)
    rows: list[Any] = []
    member_rows: list[Any] = []
    source_rows: list[Any] = []
    chunks = [None] if story_ids is None else list(_batches(story_ids))
    for chunk in chunks:
        where = [] if chunk is None else [StoryMember.story_id.in_(chunk)]
        rows += connection.execute(
            stories if chunk is None else stories.where(Story.id.in_(chunk))
        ).all()
        member_rows += connection.execute(members.where(*where)).all()
        source_rows += connection.execute(dated.where(*where)).all()
    articles: defaultdict[int, list[int]] = defaultdict(list)
    for story, article in member_rows:
        articles[story].append(article)
    outlets: defaultdict[int, set[str]] = defaultdict(set)
    times: defaultdict[int, list[datetime]] = defaultdict(list)
    for story, outlet, published, offset in source_rows:
        if outlet:
            outlets[story].add(outlet)
        if published is not None:
            times[story].append(as_published(published, offset) or published)
    summaries = []
    for story, title in sorted(rows):
        span = sorted(times[story], key=_utc_order)
        summaries.append(
            StorySummary(
                id=story,
                title=title,
                articles=sorted(articles[story]),
                outlets=sorted(outlets[story]),
                first_published=span[0] if span else None,
                last_published=span[-1] if span else None,
            )
        )
    return summaries


def _utc_order(value: datetime) -> datetime:
    """A sort key that orders aware and naive (taken as UTC) times together."""
    return value.replace(tzinfo=None) - (value.utcoffset() or timedelta())


def story_entities(
    connection: Connection, story_ids: Collection[int], top: int
) -> dict[int, list[str]]:
    """The ``top`` most mentioned entities of each story, by display name."""
    counts: defaultdict[int, Counter[int]] = defaultdict(Counter)
    for chunk in _batches(story_ids):
        for story, entity, count in connection.execute(
            select(StoryMember.story_id, MentionRow.entity_id, func.count())
            .join(MentionRow, MentionRow.article_id == StoryMember.article_id)
            .where(StoryMember.story_id.in_(chunk))
            .group_by(StoryMember.story_id, MentionRow.entity_id)
        ):
            if story is not None:
                counts[story][entity] = count
    chosen = {
        story: [e for e, _ in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]
        for story, c in counts.items()
    }
    wanted = {e for entities in chosen.values() for e in entities}
    names: dict[int, str] = {}
    for chunk in _batches(wanted):
        names.update(
            connection.execute(select(Entity.id, Entity.display).where(Entity.id.in_(chunk))).all()
        )
    return {story: [names[e] for e in entities] for story, entities in chosen.items()}


def stories_of(connection: Connection, article_ids: Collection[int]) -> set[int]:
    """The stories the given articles belong to."""
    found: set[int] = set()
    for chunk in _batches(article_ids):
        found.update(
            story
            for story in connection.execute(
                select(StoryMember.story_id).where(StoryMember.article_id.in_(chunk))
            ).scalars()
            if story is not None
        )
    return found


# -- grouping and analysis inputs ----------------------------------------------


def grouping_articles(connection: Connection, ids: Sequence[int]) -> list[StoryArticle]:
    """The articles of ``ids`` as the grouper takes them, in the order of ``ids``."""
    rows = {}
    entities: defaultdict[int, set[str]] = defaultdict(set)
    for chunk in _batches(ids):
        for row in connection.execute(_grouping_rows(), {"ids": chunk}):
            rows[row.id] = row
        for article, key in connection.execute(_grouping_entities(), {"ids": chunk}):
            entities[article].add(key)
    return [
        StoryArticle(
            id=row.id,
            text=row.clean_text,
            title=row.title,
            outlet=row.outlet or None,
            published=as_published(row.published, row.published_offset),
            entities=frozenset(entities[row.id]),
        )
        for row in (rows[article_id] for article_id in ids if article_id in rows)
    ]


# Statements run for every article added to a grouped store are built once: building
# a select costs more than running it on an index.
@cache
def _grouping_rows() -> Select[int, str, str, str, datetime | None, int | None]:
    """Text, title, outlet and publication time of the articles of the ``ids`` list."""
    return (
        select(
            Article.id,
            Article.clean_text,
            func.coalesce(Article.title, Source.title).label("title"),
            Source.outlet,
            Source.published,
            Source.published_offset,
        )
        .join(Source, Source.id == _first_source())
        .where(Article.id.in_(bindparam("ids", expanding=True)))
    )


@cache
def _grouping_entities() -> Select[int, str]:
    """The keys of the people and places the articles of the ``ids`` list mention (an
    organisation such as "وزارة الصحة" or the USGS is named by reports of any event)."""
    return (
        select(MentionRow.article_id, Entity.key)
        .join(Entity, Entity.id == MentionRow.entity_id)
        .where(
            MentionRow.article_id.in_(bindparam("ids", expanding=True)),
            MentionRow.type.in_(GROUPING_TYPES),
        )
    )


def _dated_members(where: Sequence[ColumnElement[bool]]) -> Any:
    """Story rows matching ``where`` with their article's first publication time."""
    return (
        select(
            StoryMember.article_id, StoryMember.story_id, Source.published, Source.published_offset
        )
        .select_from(StoryMember)
        .join(Source, Source.id == _first_source_of(StoryMember.article_id))
        .where(*where)
    )


def _first_source_of(article_id: Any) -> Any:
    other = aliased(Source)
    return select(func.min(other.id)).where(other.article_id == article_id).scalar_subquery()


def _in_publication_order(rows: Iterable[Any]) -> list[tuple[int, int | None, datetime | None]]:
    """(article, story, published) sorted: dated by time (UTC), then undated, each by id."""
    found = [
        (row.article_id, row.story_id, as_published(row.published, row.published_offset))
        for row in rows
    ]
    return sorted(found, key=lambda item: publication_order(item[2], item[0]))


def ungrouped(connection: Connection) -> list[tuple[int, datetime | None]]:
    """(id, published) of the analysed articles waiting for a story, in publication order.

    ``save_analysis`` marks them with a story row whose story is NULL, so this reads
    an index, not the articles table.
    """
    rows = connection.execute(_ungrouped_rows())
    return [(article, published) for article, _story, published in _in_publication_order(rows)]


@cache
def _ungrouped_rows() -> Select[Any]:
    return _dated_members([StoryMember.story_id.is_(None)])


def grouped_between(
    connection: Connection, since: datetime, until: datetime
) -> list[tuple[int, int]]:
    """(article, story) of grouped articles published between ``since`` and ``until``
    (UTC) or undated, in publication order."""
    published = Source.published
    rows = connection.execute(
        _dated_members(
            [
                StoryMember.story_id.is_not(None),
                or_(published.is_(None), and_(published >= since, published <= until)),
            ]
        )
    )
    return [(article, story) for article, story, _ in _in_publication_order(rows) if story]


def story_starts(connection: Connection, story_ids: Collection[int]) -> dict[int, datetime]:
    """The earliest publication time (UTC) of each of ``story_ids`` that has a dated member."""
    starts: dict[int, datetime] = {}
    for chunk in _batches(story_ids):
        rows = connection.execute(
            select(StoryMember.story_id, func.min(Source.published))
            .join(Source, Source.article_id == StoryMember.article_id)
            .where(StoryMember.story_id.in_(chunk), Source.published.is_not(None))
            .group_by(StoryMember.story_id)
        )
        starts.update((story, began) for story, began in rows if story and began)
    return starts


def publication_order(published: datetime | None, article_id: int) -> tuple[bool, datetime, int]:
    """Sort key: dated articles by time (UTC), then undated ones, each by id."""
    return (
        published is None,
        _utc_order(published) if published else datetime.min,
        article_id,
    )


def unanalyzed(connection: Connection) -> list[tuple[int, str, datetime | None]]:
    """(id, text, publication date) of every article not analysed yet, by id."""
    query = (
        select(Article.id, Article.text, Source.published, Source.published_offset)
        .join(Source, Source.id == _first_source())
        .where(Article.analyzed_at.is_(None))
        .order_by(Article.id)
    )
    return [
        (r.id, r.text, as_published(r.published, r.published_offset))
        for r in connection.execute(query)
    ]


def last_story(connection: Connection) -> int:
    """The highest story id stored (0 when there is none)."""
    return int(connection.execute(select(func.coalesce(func.max(Story.id), 0))).scalar_one())
