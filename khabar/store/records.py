"""What the store gives back: plain records, independent of SQLAlchemy rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from khabar.model import Debris, Sentence


@dataclass(frozen=True, slots=True)
class Added:
    """The outcome of storing one document."""

    article_id: int
    new_article: bool
    new_source: bool


@dataclass(frozen=True, slots=True)
class StoredSource:
    """One place an article was found; None where the input did not say."""

    id: int
    outlet: str | None
    url: str | None
    title: str | None
    published: datetime | None
    source_file: str | None
    fmt: str
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """An article as listed: its first source stands for where it came from."""

    id: int
    title: str | None
    language: str | None
    outlet: str | None
    url: str | None
    published: datetime | None
    source_file: str | None
    sources: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "outlet": self.outlet,
            "url": self.url,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source_file,
            "language": self.language,
            "sources": self.sources,
        }


@dataclass(frozen=True, slots=True)
class ExportedArticle:
    """An article with its cleaned text and removed debris, for ``khabar export``."""

    summary: ArticleSummary
    clean_text: str
    debris: list[Debris]


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """Everything stored about one article, its sources in the order they came."""

    id: int
    title: str | None
    language: str | None
    text: str
    clean_text: str
    html: str | None
    debris: list[Debris]
    sentences: list[Sentence]
    analysis: dict[str, Any] | None
    analyzed_at: datetime | None
    created_at: datetime
    sources: list[StoredSource]


@dataclass(frozen=True, slots=True)
class Counts:
    """How much the store holds."""

    articles: int
    sources: int


@dataclass(frozen=True, slots=True)
class EntitySummary:
    """One entity of the store: its spellings with counts, mentions and articles."""

    id: int
    key: str
    display: str
    type: str
    english: str | None
    spellings: dict[str, int]
    mentions: int
    articles: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "key": self.key,
            "display": self.display,
            "type": self.type,
            "english": self.english,
            "spellings": dict(self.spellings),
            "mentions": self.mentions,
            "articles": self.articles,
        }


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    """A stored claim with where it was published and the sentence it stands in."""

    article_id: int
    ordinal: int
    outlet: str | None
    published: datetime | None
    topic: str | None
    subject: str | None
    text: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: str | None
    counted: str | None
    cited: str | None
    cited_key: str | None
    via: str | None
    said: str | None
    period: str | None
    sentence: str
    said_text: str | None = None
    # Where the figure starts and ends in ``sentence``.
    in_sentence: tuple[int, int] = (0, 0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article_id,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "topic": self.topic,
            "subject": self.subject,
            "text": self.text,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "cited": self.cited,
            "via": self.via,
            "said": self.said,
            "said_text": self.said_text,
            "period": self.period,
            "sentence": self.sentence,
        }


@dataclass(frozen=True, slots=True)
class StorySummary:
    """A story as listed: its articles (ids in order), outlets and publication span."""

    id: int
    title: str
    articles: list[int]
    outlets: list[str]
    first_published: datetime | None
    last_published: datetime | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "articles": list(self.articles),
            "outlets": list(self.outlets),
            "first_published": _iso(self.first_published),
            "last_published": _iso(self.last_published),
        }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


@dataclass(frozen=True, slots=True)
class EventDateRecord:
    """A stored event date (a month of a year the text fixes) with where it was
    published and the sentence it stands in."""

    article_id: int
    outlet: str | None
    published: datetime | None
    text: str
    value: str
    sentence: str
    # Where the date starts and ends in ``sentence``.
    in_sentence: tuple[int, int]
    # Where the named entities of ``sentence`` start and end in it.
    names: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article_id,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "text": self.text,
            "value": self.value,
            "sentence": self.sentence,
        }
