"""Opening a store: URLs, paths, SQLite tuning and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from khabar.errors import StoreError
from khabar.store import open_store
from khabar.store.database import database_url


def test_none_means_the_khabar_db_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KHABAR_DB", "postgresql+psycopg://khabar@db:5432/news")
    assert database_url(None) == "postgresql+psycopg://khabar@db:5432/news"


def test_none_without_variable_is_khabar_db_in_the_working_directory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("KHABAR_DB", raising=False)
    assert database_url(None) == "sqlite:///khabar.db"


def test_plain_path_is_an_sqlite_file() -> None:
    assert database_url("data/news.db") == "sqlite:///data/news.db"
    assert database_url("/var/lib/khabar.db") == "sqlite:////var/lib/khabar.db"


def test_url_is_kept_as_given() -> None:
    url = "postgresql+psycopg://user@host:5433/db"
    assert database_url(url) == url


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "k.db")) as store, store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_missing_directory_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "k.db"
    with pytest.raises(StoreError) as raised:
        open_store(str(path))
    assert str(raised.value) == (
        f"cannot open database URL sqlite:///{path}: unable to open database file"
    )


def test_unknown_driver_is_a_store_error() -> None:
    with pytest.raises(StoreError, match=r"^cannot open database URL mysqlx://h/db: "):
        open_store("mysqlx://h/db")


def test_unreachable_server_is_a_store_error_hiding_the_password() -> None:
    with pytest.raises(StoreError) as raised:
        open_store("postgresql+psycopg://khabar:secret@127.0.0.1:1/news")
    message = str(raised.value)
    assert message.startswith(
        "cannot open database URL postgresql+psycopg://khabar:***@127.0.0.1:1/news: "
    )
    assert "secret" not in message
