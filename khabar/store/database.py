"""Opening a store: from a path or URL to a migrated SQLAlchemy engine.

SQLite is tuned for many small transactions (WAL journal, ``synchronous=NORMAL``)
and has foreign keys switched on; every database is upgraded to the newest
migration when it is opened, so a store is never used with an old schema.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from functools import cache
from pathlib import Path
from threading import Lock
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from khabar.errors import StoreError

DEFAULT_URL = "sqlite:///khabar.db"
MIGRATIONS = Path(__file__).with_name("migrations")
# Seconds a writer waits for another process's write lock before giving up.
SQLITE_BUSY_TIMEOUT = 30
_UPGRADING = Lock()
# Any fixed number: the PostgreSQL advisory lock that serializes khabar migrations.
_MIGRATION_LOCK = 4_242_0001


def database_url(url_or_path: str | None) -> str:
    """The SQLAlchemy URL for ``url_or_path``: None -> $KHABAR_DB or ./khabar.db."""
    if url_or_path is None:
        url_or_path = os.environ.get("KHABAR_DB") or DEFAULT_URL
    if "://" in url_or_path:
        return url_or_path
    return f"sqlite:///{url_or_path}"


def missing_sqlite_file(url: str) -> Path | None:
    """The file of an SQLite ``url`` when it does not exist yet, else None (another
    database, or an in-memory one)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if not parsed.drivername.startswith("sqlite") or parsed.database in (None, "", ":memory:"):
        return None
    path = Path(parsed.database)
    return None if path.exists() else path


def shown(url: str) -> str:
    """``url`` fit for an error message: the password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def open_engine(url: str) -> Engine:
    """A connected engine on ``url`` with the schema at the newest migration.

    Raises ``StoreError`` naming the URL and the reason when it cannot be opened.
    """
    try:
        parsed = make_url(url)
        engine = create_engine(parsed, json_serializer=_dumps, **_engine_options(parsed))
    except (ArgumentError, NoSuchModuleError, ImportError) as error:
        raise StoreError(f"cannot open database URL {shown(url)}: {error}") from error
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _tune_sqlite)
    try:
        upgrade(engine)
    except SQLAlchemyError as error:
        engine.dispose()
        reason = getattr(error, "orig", None) or error
        raise StoreError(f"cannot open database URL {shown(url)}: {reason}") from error
    return engine


def upgrade(engine: Engine) -> None:
    """Run every migration the database has not had yet (nothing when it is at head).

    Safe when several processes open a new database at once: the migration runs
    under a database-wide lock and checks the version again once it holds it.
    """
    with engine.connect() as connection:
        if _at_head(connection):
            return
    # alembic's ``context`` is module-global state: one upgrade at a time per process.
    with _UPGRADING, engine.begin() as connection:
        _lock_migrations(connection)
        if _at_head(connection):
            return
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _at_head(connection: Connection) -> bool:
    return set(MigrationContext.configure(connection).get_current_heads()) == _heads()


def _lock_migrations(connection: Connection) -> None:
    """Hold, until the transaction ends, a lock no other migrating process can take."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})


def alembic_config() -> Config:
    """An alembic configuration without alembic.ini: the scripts are in the package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@cache
def _heads() -> set[str]:
    """The newest revision(s) of the migration scripts."""
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def _dumps(value: Any) -> str:
    """JSON with Arabic kept as it is (a third of the size of \\u escapes)."""
    return json.dumps(value, ensure_ascii=False)


def _engine_options(url: URL) -> dict[str, Any]:
    """Driver options: a longer busy timeout for SQLite writers."""
    if url.get_backend_name() == "sqlite":
        return {"connect_args": {"timeout": SQLITE_BUSY_TIMEOUT}}
    return {"pool_pre_ping": True}


def _tune_sqlite(connection: sqlite3.Connection, _record: object) -> None:
    """WAL + synchronous=NORMAL: a commit is durable against a crashed process."""
    cursor = connection.cursor()
    _use_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _use_wal(cursor: sqlite3.Cursor) -> None:
    """Switch to WAL, waiting like the busy timeout does.

    On a new file that another connection is still creating, SQLite refuses the
    switch at once ("database is locked") without calling the busy handler.
    """
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
