"""The article store: SQLite by default, PostgreSQL when given its URL.

``open_store(url_or_path)`` opens (and migrates) a database and returns a
``Store`` whose ``add`` writes one analysed document per transaction and whose
``articles``/``get``/``export``/``counts`` read it back.
"""

from __future__ import annotations

from khabar.store.database import database_url, open_engine
from khabar.store.fingerprint import content_hash
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
from khabar.store.store import Store

__all__ = [
    "Added",
    "ArticleSummary",
    "ClaimRecord",
    "Counts",
    "EntitySummary",
    "EventDateRecord",
    "ExportedArticle",
    "Store",
    "StoredArticle",
    "StoredSource",
    "StorySummary",
    "content_hash",
    "open_store",
]


def open_store(url_or_path: str | None = None) -> Store:
    """Open the store at ``url_or_path``, upgrading its schema to the newest migration.

    None means ``$KHABAR_DB``, else ``khabar.db`` in the working directory; a plain
    path is an SQLite file; anything with ``://`` is a SQLAlchemy URL such as
    ``postgresql+psycopg://user@host:5432/db``.  Raises ``StoreError`` when the
    database cannot be opened, naming the URL and the reason.
    """
    return Store(open_engine(database_url(url_or_path)))
