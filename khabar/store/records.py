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
