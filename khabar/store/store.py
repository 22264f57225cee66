"""The article store: one transaction per article (or per batch), idempotent writes, queries.

Writes are insert-or-ignore on the unique keys (the article's content hash, a
source's origin), so re-ingesting the same inputs, or two processes ingesting at
once, never adds a row twice.  Each ``add`` commits on its own, unless it runs
inside ``Store.batch()``: a crash loses at most the article (or the batch) being
written, never part of one.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Engine, PoolProxiedConnection, Select, bindparam, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import aliased

from khabar.errors import StoreError
from khabar.model import Analysis, Debris, Document, Sentence
from khabar.store import queries
from khabar.store.analysis import AnalysisWriter
from khabar.store.cleaned import clean_text
from khabar.store.fingerprint import content_hash
from khabar.store.prepared import Prepared
from khabar.store.queries import as_published
from khabar.store.records import (
    Added,
    ArticleSummary,
    ClaimRecord,
    Counts,
    EntitySummary,
    EventDateRecord,
    ExportedArticle,
    StoredArticle,
    StoredSource,
    StorySummary,
)
from khabar.store.schema import Article, Base, MentionRow, Source, StoryMember, to_utc
from khabar.stories.group import Assignment, StoryArticle

_DIALECTS = ("sqlite", "postgresql")
_T = TypeVar("_T")
# Rows fetched at a time when streaming an export.
_EXPORT_BATCH = 500
# The savepoint each write of a batch runs in.
_SAVEPOINT = "khabar_write"


class Store:
    """An opened article store (see ``open_store``); close it, or use it in ``with``."""

    def __init__(self, engine: Engine) -> None:
        dialect = engine.dialect.name
        if dialect not in _DIALECTS:
            engine.dispose()
            raise StoreError(f"unsupported database {dialect!r}: use SQLite or PostgreSQL")
        self.engine = engine
        article_keys = list(_article_values(Document(text="", source=""), Analysis(text="")))
        source_keys = list(_source_values(Document(text="", source=""), 0))
        self._insert_article = Prepared(
            _insert_or_ignore(dialect, Article, ["content_hash"]).returning(Article.id),
            engine.dialect,
            article_keys,
        )
        self._article_by_hash = Prepared(
            select(Article.id).where(Article.content_hash == bindparam("content_hash")),
            engine.dialect,
            ["content_hash"],
        )
        self._insert_source = Prepared(
            _insert_or_ignore(
                dialect, Source, ["article_id", "outlet", "url", "source_file"]
            ).returning(Source.id),
            engine.dialect,
            source_keys,
        )
        self._analysis_state = Prepared(
            select(Article.id, Article.analyzed_at.is_not(None)).where(
                Article.content_hash == bindparam("content_hash")
            ),
            engine.dialect,
            ["content_hash"],
        )
        self._analysis_writer = AnalysisWriter(engine.dialect)
        self._writer: PoolProxiedConnection | None = None
        self._batched = False

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the connections."""
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        self.engine.dispose()

    # -- writing ---------------------------------------------------------------

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Commit the writes made inside together, at the end: one transaction for many
        articles is several times faster than one each.  On an error nothing of the
        batch is kept, so a re-run writes it whole."""
        if self._batched:  # already inside a batch: it commits
            yield
            return
        self._batched = True
        try:
            yield
            if self._writer is not None:
                self._write_spellings(self._writer)
                self._writer.commit()
        except BaseException:
            if self._writer is not None:
                self._writer.rollback()
            self._analysis_writer.forget()
            self._analysis_writer.drop_spellings()
            raise
        finally:
            self._batched = False

    def _write_spellings(self, connection: PoolProxiedConnection) -> None:
        """The spelling counts and display names the batch's saves changed."""
        cursor = connection.cursor()
        try:
            self._analysis_writer.write_spellings(cursor)
        finally:
            cursor.close()

    def _commit(self, connection: PoolProxiedConnection) -> None:
        """End the transaction of one write, unless a batch commits it."""
        if not self._batched:
            connection.commit()

    def add(self, document: Document, analysis: Analysis) -> Added:
        """Store ``document`` with its analysis in one transaction of its own.

        An exact duplicate of a stored text (same ``content_hash``) adds only a
        source row; a source already stored adds nothing.  Raises ``StoreError``
        when the database refuses the write.
        """
        article_row = _article_values(document, analysis)

        def work(cursor: Any) -> Added:
            article_id = self._insert_article.one(cursor, article_row)
            new_article = article_id is not None
            if article_id is None:
                article_id = self._article_by_hash.one(cursor, article_row)
            source_id = self._insert_source.one(cursor, _source_values(document, article_id))
            return Added(article_id, new_article, source_id is not None)

        return self._write(document.source, work)

    def analysis_state(self, text: str) -> tuple[int | None, bool]:
        """The id of the stored article with ``text`` (None if none) and whether it is analysed."""
        connection = self._writing_connection()
        cursor = connection.cursor()
        try:
            rows = self._analysis_state.rows(cursor, {"content_hash": content_hash(text)})
            self._commit(connection)
        finally:
            cursor.close()
        return (rows[0][0], bool(rows[0][1])) if rows else (None, False)

    def save_analysis(self, article_id: int, analysis: Analysis) -> None:
        """Replace the article's analysis, entity mentions and claims in one transaction.

        Entities are upserted by their canonical key.  Running it again with the
        same analysis leaves the same rows.  Each entity's display name is its most
        common spelling in the store (inside a batch, from when the batch commits).
        Raises ``StoreError`` when the database refuses the write.
        """
        writer = self._analysis_writer

        def work(cursor: Any) -> None:
            writer.save(cursor, article_id, analysis)
            if not self._batched:  # else the batch writes them before it commits
                writer.write_spellings(cursor)

        self._write(f"article {article_id}", work)

    def assign_story(self, assignment: Assignment) -> None:
        """Store which story an article joined, moving the articles of stories it merged.

        The story's title becomes the title (else first line) of its earliest article.
        """
        self._write(
            f"story of article {assignment.article_id}",
            lambda cursor: self._analysis_writer.assign(
                cursor,
                assignment.article_id,
                assignment.story_id,
                assignment.duplicate_of,
                assignment.score,
                assignment.merged,
            ),
        )

    def _write(self, what: str, work: Callable[[Any], _T]) -> _T:
        """Run ``work`` on a driver cursor in one transaction of its own; inside a batch,
        in a savepoint, so that a write the database refuses is undone alone and the
        batch goes on."""
        connection = self._writing_connection()
        cursor = connection.cursor()
        try:
            with self._savepoint(connection, cursor):
                result = work(cursor)
            self._commit(connection)
        except Exception as error:
            if not self._batched:
                connection.rollback()
            self._analysis_writer.forget()
            # TypeError/ValueError: a value the driver cannot send (psycopg adapts JSON late).
            if isinstance(error, self.engine.dialect.loaded_dbapi.Error | TypeError | ValueError):
                raise StoreError(f"cannot store {what}: {error}") from error
            raise
        finally:
            cursor.close()
        return result

    @contextmanager
    def _savepoint(self, connection: PoolProxiedConnection, cursor: Any) -> Iterator[None]:
        """Inside a batch, the writes of the block as one savepoint, rolled back alone on
        an error (outside one, the whole transaction is)."""
        if not self._batched:
            yield
            return
        driver = connection.driver_connection
        if self.engine.dialect.name == "sqlite" and not getattr(driver, "in_transaction", True):
            # Else SQLite opens the transaction at the savepoint and commits at its release.
            cursor.execute("BEGIN")
        cursor.execute(f"SAVEPOINT {_SAVEPOINT}")
        try:
            yield
        except BaseException:
            cursor.execute(f"ROLLBACK TO SAVEPOINT {_SAVEPOINT}")
            raise
        finally:
            cursor.execute(f"RELEASE SAVEPOINT {_SAVEPOINT}")

    def _writing_connection(self) -> PoolProxiedConnection:
        """One driver connection reused for every write: opening one per article is slow."""
        if self._writer is None:
            self._writer = self.engine.raw_connection()
        return self._writer

    # -- reading ---------------------------------------------------------------

    def articles(
        self,
        *,
        outlet: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int | None = None,
    ) -> list[ArticleSummary]:
        """Articles in id order, those with a source matching every filter given.

        ``since``/``until`` bound a source's publication time, both inclusive.
        """
        query = _filtered(_summary_query(), outlet, since, until).limit(limit)
        with self.engine.connect() as connection:
            return [_summary(row) for row in connection.execute(query)]

    def export(
        self,
        *,
        outlet: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> Iterator[ExportedArticle]:
        """Stream every matching article with its cleaned text, a batch of rows at a time."""
        query = _filtered(
            _summary_query().add_columns(Article.clean_text, Article.debris), outlet, since, until
        )
        with self.engine.connect() as connection:
            streaming = connection.execution_options(stream_results=True, yield_per=_EXPORT_BATCH)
            for row in streaming.execute(query):
                yield ExportedArticle(
                    _summary(row), row.clean_text, [_debris(item) for item in row.debris]
                )

    def get(self, article_id: int) -> StoredArticle | None:
        """The article with id ``article_id`` and all its sources; None if there is none."""
        with self.engine.connect() as connection:
            article = connection.execute(
                select(Article).where(Article.id == article_id)
            ).one_or_none()
            if article is None:
                return None
            sources = connection.execute(
                select(Source).where(Source.article_id == article_id).order_by(Source.id)
            )
            return StoredArticle(
                id=article.id,
                title=article.title,
                language=article.language,
                text=article.text,
                clean_text=article.clean_text,
                html=article.html,
                debris=[_debris(item) for item in article.debris],
                sentences=[Sentence(**item) for item in article.sentences],
                analysis=article.analysis,
                analyzed_at=article.analyzed_at,
                created_at=article.created_at,
                sources=[_stored_source(row) for row in sources],
            )

    def counts(self) -> Counts:
        """How many articles and sources the store holds."""
        with self.engine.connect() as connection:
            articles = connection.execute(select(func.count()).select_from(Article)).scalar_one()
            sources = connection.execute(select(func.count()).select_from(Source)).scalar_one()
        return Counts(articles, sources)

    def entities(self, *, type: str | None = None) -> list[EntitySummary]:
        """Every entity (of ``type`` when given) with its spellings, most mentioned first."""
        with self.engine.connect() as connection:
            return queries.entity_summaries(connection, type=type)

    def entity(self, name: str) -> EntitySummary | None:
        """The entity ``name`` names (any spelling, its key or English name), else None."""
        with self.engine.connect() as connection:
            found = queries.find_entity(connection, name)
            if found is None:
                return None
            summaries = queries.entity_summaries(connection, ids=[found])
        return summaries[0] if summaries else None

    def entity_displays(self, keys: Collection[str]) -> dict[str, str]:
        """The display names of the stored entities among ``keys`` (entity keys)."""
        if not keys:
            return {}
        with self.engine.connect() as connection:
            return queries.entity_displays(connection, keys)

    def entity_articles(self, entity_id: int) -> list[ArticleSummary]:
        """The articles that mention the entity, in id order."""
        mentioning = select(MentionRow.article_id).where(MentionRow.entity_id == entity_id)
        with self.engine.connect() as connection:
            rows = connection.execute(_summary_query().where(Article.id.in_(mentioning)))
            return [_summary(row) for row in rows]

    def place_mentions(self, stories: Collection[int]) -> list[tuple[int, int, int, str]]:
        """The places named in the sentences of the claims of the articles of ``stories``
        (``queries.place_mentions``)."""
        with self.engine.connect() as connection:
            return queries.place_mentions(connection, stories)

    def copies(self, stories: Collection[int]) -> list[tuple[int, str, str, int | None]]:
        """Every source of the articles of ``stories``: (article, outlet, URL, the article
        it reprints) (``queries.story_copies``)."""
        with self.engine.connect() as connection:
            return queries.story_copies(connection, stories)

    def event_dates(self, stories: Collection[int]) -> list[EventDateRecord]:
        """The stored event dates of the articles of ``stories``, in article order."""
        with self.engine.connect() as connection:
            return queries.event_date_records(connection, stories)

    def claims(
        self,
        *,
        entity: str | None = None,
        topic: str | None = None,
        outlet: str | None = None,
        stories: Collection[int] | None = None,
    ) -> list[ClaimRecord]:
        """Stored claims matching every filter given, in article order.

        ``entity`` is a name as ``entity`` takes it; raises ``LookupError`` when it
        names no stored entity.
        """
        with self.engine.connect() as connection:
            entity_id = None
            if entity is not None:
                entity_id = queries.find_entity(connection, entity)
                if entity_id is None:
                    raise LookupError(f"no entity named {entity!r}")
            return queries.claim_records(
                connection, entity_id=entity_id, topic=topic, outlet=outlet, story_ids=stories
            )

    def stories(self, ids: Collection[int] | None = None) -> list[StorySummary]:
        """Every story (or those of ``ids``) in id order."""
        with self.engine.connect() as connection:
            return queries.story_summaries(connection, ids)

    def story_entities(self, ids: Collection[int], top: int = 3) -> dict[int, list[str]]:
        """The display names of each story's ``top`` most mentioned entities."""
        with self.engine.connect() as connection:
            return queries.story_entities(connection, ids, top)

    def stories_of(self, article_ids: Collection[int]) -> set[int]:
        """The stories the given articles are in."""
        with self.engine.connect() as connection:
            return queries.stories_of(connection, article_ids)

    def unanalyzed(self) -> list[tuple[int, str, datetime | None]]:
        """(id, text, publication date) of the articles not analysed yet."""
        with self.engine.connect() as connection:
            return queries.unanalyzed(connection)

    def ungrouped(self) -> list[tuple[int, datetime | None]]:
        """(id, published) of the analysed articles in no story yet, in publication
        order (undated last, then by id)."""
        with self.engine.connect() as connection:
            return queries.ungrouped(connection)

    def grouped_between(self, since: datetime, until: datetime) -> list[tuple[int, int]]:
        """(article, story) of the grouped articles published between ``since`` and
        ``until``, and of the undated ones, in publication order."""
        with self.engine.connect() as connection:
            return queries.grouped_between(connection, to_utc(since), to_utc(until))

    def story_starts(self, story_ids: Collection[int]) -> dict[int, datetime]:
        """When each of ``story_ids`` began: its earliest publication time (UTC), for the
        stories with a dated member."""
        with self.engine.connect() as connection:
            return queries.story_starts(connection, story_ids)

    def grouping_articles(self, ids: Sequence[int]) -> list[StoryArticle]:
        """The articles of ``ids`` as ``StoryGrouper`` takes them, in that order."""
        with self.engine.connect() as connection:
            return queries.grouping_articles(connection, ids)

    def latest_published(self) -> datetime | None:
        """The latest publication time (UTC) of any stored source, None when none is dated."""
        with self.engine.connect() as connection:
            return connection.execute(select(func.max(Source.published))).scalar_one()

    def latest_grouped(self) -> datetime | None:
        """The latest publication time (UTC) of an article in a story, None if there is none."""
        with self.engine.connect() as connection:
            return connection.execute(
                select(func.max(Source.published))
                .join(StoryMember, StoryMember.article_id == Source.article_id)
                .where(StoryMember.story_id.is_not(None))
            ).scalar_one()

    def last_story(self) -> int:
        """The highest story id (0 when there is none): new stories are numbered after it."""
        with self.engine.connect() as connection:
            return queries.last_story(connection)


def _insert_or_ignore(
    dialect: str, model: type[Base], keys: list[str]
) -> sqlite.Insert | postgresql.Insert:
    """An INSERT that does nothing when a row with the same ``keys`` exists."""
    if dialect == "sqlite":
        return sqlite.insert(model).on_conflict_do_nothing(index_elements=keys)
    return postgresql.insert(model).on_conflict_do_nothing(index_elements=keys)


def _article_values(document: Document, analysis: Analysis) -> dict[str, Any]:
    """The ``articles`` row of a document."""
    now = datetime.now(UTC)
    return {
        "content_hash": content_hash(document.text),
        "text": document.text,
        "clean_text": clean_text(document.text, analysis.debris),
        "title": document.title,
        "language": document.language,
        "html": document.html,
        "debris": [item.to_dict() for item in analysis.debris],
        "sentences": [item.to_dict() for item in analysis.sentences],
        "analysis": None,
        "analyzed_at": None,
        "created_at": now,
    }


def _source_values(document: Document, article_id: int) -> dict[str, Any]:
    """The ``sources`` row of a document; unknown origin fields are ''."""
    published = document.published
    offset = published.utcoffset() if published is not None else None
    return {
        "article_id": article_id,
        "outlet": document.outlet or "",
        "url": document.url or "",
        "title": document.title,
        "published": published,
        "published_offset": None if offset is None else int(offset.total_seconds() // 60),
        "source_file": document.source or "",
        "fmt": document.fmt,
        "extra": document.extra,
    }


def _summary_query() -> Select[Any]:
    """Each article with its first source and its number of sources."""
    other = aliased(Source)
    first = select(func.min(other.id)).where(other.article_id == Article.id).scalar_subquery()
    count = select(func.count(other.id)).where(other.article_id == Article.id).scalar_subquery()
    return (
        select(
            Article.id,
            func.coalesce(Article.title, Source.title).label("title"),
            Article.language,
            Source.outlet,
            Source.url,
            Source.published,
            Source.published_offset,
            Source.source_file,
            count.label("sources"),
        )
        .join(Source, Source.id == first)
        .order_by(Article.id)
    )


def _filtered(
    query: Select[Any], outlet: str | None, since: datetime | None, until: datetime | None
) -> Select[Any]:
    """``query`` limited to articles with one source matching every filter."""
    conditions = []
    if outlet is not None:
        conditions.append(Source.outlet == outlet)
    if since is not None:
        conditions.append(Source.published >= since)
    if until is not None:
        conditions.append(Source.published <= until)
    if not conditions:
        return query
    matching = select(Source.article_id).where(*conditions)
    return query.where(Article.id.in_(matching))


def _summary(row: Any) -> ArticleSummary:
    return ArticleSummary(
        id=row.id,
        title=row.title,
        language=row.language,
        outlet=row.outlet or None,
        url=row.url or None,
        published=as_published(row.published, row.published_offset),
        source_file=row.source_file or None,
        sources=row.sources,
    )


def _stored_source(row: Any) -> StoredSource:
    return StoredSource(
        id=row.id,
        outlet=row.outlet or None,
        url=row.url or None,
        title=row.title,
        published=as_published(row.published, row.published_offset),
        source_file=row.source_file or None,
        fmt=row.fmt,
        extra=row.extra,
    )


def _debris(item: dict[str, Any]) -> Debris:
    return Debris(item["start"], item["end"], item["text"])
