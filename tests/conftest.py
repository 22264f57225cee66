"""Shared fixtures: a fresh database per test, on SQLite and on PostgreSQL.

PostgreSQL comes from ``KHABAR_TEST_PG_URL``, or else from a throw-away server
that the session starts with the installed PostgreSQL; each test gets its own
database, dropped afterwards.  With neither, the PostgreSQL runs fail, unless
``KHABAR_SKIP_PG=1`` says to skip them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import URL, make_url

from khabar.store import Store, open_store
from tests.postgres_server import postgres_bin, throwaway_server


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str | None]:
    """The URL of a PostgreSQL server for this session, or None when there is none."""
    given = os.environ.get("KHABAR_TEST_PG_URL")
    bin_dir = postgres_bin()
    if given or bin_dir is None:
        yield given
        return
    with throwaway_server(bin_dir) as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty database of its own, on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'khabar.db'}"
        return
    yield from _fresh_postgres_database(request.getfixturevalue("postgres_server"))


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    """An opened, empty store, closed after the test."""
    with open_store(store_url) as opened:
        yield opened


def _fresh_postgres_database(server: str | None) -> Iterator[str]:
    if not server:
        if os.environ.get("KHABAR_SKIP_PG") == "1":
            pytest.skip("KHABAR_SKIP_PG=1: PostgreSQL runs skipped")
        pytest.fail(
            "no PostgreSQL: install it (apt-get install postgresql) so the tests start "
            "their own server, or set KHABAR_TEST_PG_URL to a running one "
            "(KHABAR_SKIP_PG=1 skips these runs locally)"
        )
    url = make_url(server)
    name = f"khabar_test_{uuid.uuid4().hex[:16]}"
    _admin(url, f'CREATE DATABASE "{name}"')
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        _admin(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _admin(url: URL, statement: str) -> None:
    """Run one statement outside a transaction (CREATE/DROP DATABASE need that)."""
    conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as connection:
        connection.execute(statement)
