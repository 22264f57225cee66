"""The tables of the article store, as SQLAlchemy 2 typed declarative models.

The migrations in ``khabar/store/migrations`` create these tables; the models
are what the queries are written against.  Times are stored in UTC (see
``UTCDateTime``); a source's own UTC offset is kept in ``published_offset`` so
the publication time can be given back exactly as the outlet wrote it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

# JSON everywhere; JSONB on PostgreSQL so later stages can query inside it.
JSONDocument = JSON(none_as_null=True).with_variant(JSONB(none_as_null=True), "postgresql")


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime stored in UTC on every backend.

    SQLite drops the offset of a datetime silently; converting to UTC on the way
    in makes comparisons right on both SQLite and PostgreSQL.  A naive datetime
    is taken to be in UTC.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return to_utc(value)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def to_utc(value: datetime) -> datetime:
    """``value`` in UTC; a naive datetime is taken to be UTC already."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


class Base(DeclarativeBase):
    """The declarative base of every khabar table."""

    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: JSONDocument,
        list[Any]: JSONDocument,
    }


class Article(Base):
    """One distinct article text; every outlet that published it is a ``Source``."""

    __tablename__ = "articles"
    __table_args__ = (
        UniqueConstraint("content_hash", name="uq_articles_content_hash"),
        Index(
            "ix_articles_unanalyzed",
            "id",
            sqlite_where=text("analyzed_at IS NULL"),
            postgresql_where=text("analyzed_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # sha256 of the folded, whitespace-collapsed text: equal hashes = exact duplicates.
    content_hash: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    clean_text: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    html: Mapped[str | None] = mapped_column(Text)
    debris: Mapped[list[Any]] = mapped_column(JSONDocument)
    sentences: Mapped[list[Any]] = mapped_column(JSONDocument)
    analysis: Mapped[dict[str, Any] | None] = mapped_column(JSONDocument)
    analyzed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    sources: Mapped[list[Source]] = relationship(back_populates="article", order_by="Source.id")


class Source(Base):
    """Where one article was found: outlet, URL, file, publication time.

    ``outlet``, ``url`` and ``source_file`` are '' (never NULL) when unknown, so
    the unique constraint also holds for them: SQL treats NULLs as distinct.
    """

    __tablename__ = "sources"
    __table_args__ = (
        UniqueConstraint("article_id", "outlet", "url", "source_file", name="uq_sources_origin"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    outlet: Mapped[str] = mapped_column(Text, server_default="", index=True)
    url: Mapped[str] = mapped_column(Text, server_default="")
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    # Minutes east of UTC as the source gave them; NULL when the time had no zone.
    published_offset: Mapped[int | None] = mapped_column(Integer)
    source_file: Mapped[str] = mapped_column(Text, server_default="")
    fmt: Mapped[str] = mapped_column(String(16))
    extra: Mapped[dict[str, Any]] = mapped_column(JSONDocument)

    article: Mapped[Article] = relationship(back_populates="sources")


class Entity(Base):
    """One named entity: ``key`` is the canonical every spelling of it shares, but for
    spellings of an unknown name that ``similar_names`` joins to an entity stored before
    (their keys differ: زوكربرغ / زوكربيرغ).

    ``display`` is the spelling the store holds most often (``EntitySpelling``), for a
    person the commonest of a full name (more than one word) when it has one; updated in
    the transaction that writes an article's mentions.
    """

    __tablename__ = "entities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(Text, unique=True)
    display: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(16), index=True)
    english: Mapped[str | None] = mapped_column(Text)
    # Of a name no list knows: the spelling it was first stored under and that spelling's
    # ``variant_key``, where another outlet's spelling of the name finds it.
    full_spelling: Mapped[str | None] = mapped_column(Text)
    variant_key: Mapped[str | None] = mapped_column(Text, index=True)


class EntitySpelling(Base):
    """How often the stored mentions spell an entity one way: kept as mentions are
    written and replaced, so the display name never needs a scan of the mentions."""

    __tablename__ = "entity_spellings"

    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), primary_key=True)
    text: Mapped[str] = mapped_column(Text, primary_key=True)
    count: Mapped[int] = mapped_column(Integer)


class MentionRow(Base):
    """One mention of an entity in an article, with offsets into the article text."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(16))


class ClaimRow(Base):
    """One quantitative claim: its figure, topic, who it is cited to, its sentence."""

    __tablename__ = "claims"
    __table_args__ = (
        UniqueConstraint("article_id", "ordinal", name="uq_claims_article_ordinal"),
        Index("ix_claims_topic", "topic"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    ordinal: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    value: Mapped[float | None] = mapped_column(Float)
    low: Mapped[float | None] = mapped_column(Float)
    high: Mapped[float | None] = mapped_column(Float)
    qualifier: Mapped[str] = mapped_column(String(16))
    unit: Mapped[str | None] = mapped_column(Text)
    counted: Mapped[str | None] = mapped_column(Text)
    topic: Mapped[str | None] = mapped_column(Text)
    subject: Mapped[str | None] = mapped_column(Text)
    cited_text: Mapped[str | None] = mapped_column(Text)
    cited_key: Mapped[str | None] = mapped_column(Text)
    cited_start: Mapped[int | None] = mapped_column(Integer)
    cited_end: Mapped[int | None] = mapped_column(Integer)
    via_text: Mapped[str | None] = mapped_column(Text)
    via_key: Mapped[str | None] = mapped_column(Text)
    said: Mapped[str | None] = mapped_column(String(32))
    said_text: Mapped[str | None] = mapped_column(Text)
    period: Mapped[str | None] = mapped_column(Text)
    sentence_start: Mapped[int] = mapped_column(Integer)
    sentence_end: Mapped[int] = mapped_column(Integer)


class EventDateRow(Base):
    """A date the text fixes to a month of a year ("في يونيو الماضي", "في يونيو 2024"), in
    its sentence: two outlets' dates of one event are compared by these."""

    __tablename__ = "event_dates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    value: Mapped[str] = mapped_column(String(32))
    sentence_start: Mapped[int] = mapped_column(Integer)
    sentence_end: Mapped[int] = mapped_column(Integer)


class Story(Base):
    """A story: articles of several outlets about one event; titled by its earliest."""

    __tablename__ = "stories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    title: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class StoryMember(Base):
    """Which story an article belongs to; ``duplicate_of`` the article it reprints.

    ``story_id`` is NULL for an analysed article still waiting to be grouped:
    ``save_analysis`` writes that row, ``assign_story`` fills it in.
    """

    __tablename__ = "story_articles"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    story_id: Mapped[int | None] = mapped_column(ForeignKey("stories.id"), index=True)
    duplicate_of: Mapped[int | None] = mapped_column(Integer)
    score: Mapped[float] = mapped_column(Float)
