"""What several commands share: the ``--db`` option, dates, the store, progress.

Kept in one place so every command spells ``--db`` and parses a date the same way.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, time
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import (
    Progress,
    SpinnerColumn,
    TaskID,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
)

from khabar.errors import StoreError
from khabar.store import Store, open_store
from khabar.store.database import database_url, missing_sqlite_file

db_option = click.option(
    "--db",
    envvar="KHABAR_DB",
    metavar="URL",
    help="Database: an SQLite file path or a SQLAlchemy URL "
    "(postgresql+psycopg://user@host:5432/db). Default: $KHABAR_DB, else ./khabar.db.",
)


def parse_date(text: str, *, end_of_day: bool = False) -> datetime:
    """``2025-09-03`` or an ISO datetime (``2025-09-03T10:00:00+03:00``) as a datetime.

    A bare date is midnight, or the last instant of the day with ``end_of_day``
    (so ``--until 2025-09-03`` includes that whole day).  Raises ``ValueError``
    saying which forms are accepted.
    """
    value = text.strip()
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"{text!r} is not a date: use YYYY-MM-DD or an ISO datetime "
            "such as 2025-09-03T10:00:00+03:00"
        ) from None
    if end_of_day and len(value) == len("2025-09-03"):
        return datetime.combine(parsed.date(), time.max)
    return parsed


class DateParam(click.ParamType):
    """A click parameter parsed by ``parse_date``."""

    name = "date"

    def __init__(self, *, end_of_day: bool = False) -> None:
        self.end_of_day = end_of_day

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, datetime):
            return value
        try:
            return parse_date(str(value), end_of_day=self.end_of_day)
        except ValueError as error:
            self.fail(str(error), param, ctx)


DATE = DateParam()
DATE_UNTIL = DateParam(end_of_day=True)


workers_option = click.option(
    "--workers",
    type=click.IntRange(min=1),
    metavar="N",
    help="Processes analysing texts (default: one per core; 1 runs inline).",
)


def worker_count(workers: int | None) -> int:
    """The ``--workers`` asked for, else one per core."""
    return workers or os.cpu_count() or 1


def input_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """PATH... with --db, --outlet and --published: the inputs of ``ingest`` and ``run``."""
    decorators = [
        click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path)),
        db_option,
        click.option(
            "--outlet", metavar="NAME", help="Outlet of every article (overrides the input's)."
        ),
        click.option(
            "--published",
            type=DATE,
            metavar="DATE",
            help="Publication date of inputs that carry none.",
        ),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def open_db(db: str | None, *, create: bool = False) -> Store:
    """The store at ``db``; a store that cannot be opened is a one-line error, and so is
    an SQLite file that does not exist unless the command may ``create`` it (a mistyped
    ``--db`` would read an empty new database)."""
    missing = None if create else missing_sqlite_file(database_url(db))
    if missing is not None:
        raise click.ClickException(
            f"no khabar database at {missing}: run `khabar run` or `khabar ingest` first, "
            "or set --db or KHABAR_DB"
        )
    try:
        return open_store(db)
    except StoreError as error:
        raise click.ClickException(f"{error} (set --db or KHABAR_DB)") from error


class Reporter:
    """Counts progress on a rich bar (stderr, TTY only) and prints problems on stderr."""

    def __init__(self, progress: Progress | None, task: TaskID | None) -> None:
        self._progress = progress
        self._task = task

    def advance(self) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task)

    def problem(self, message: str) -> None:
        """Print ``message`` on stderr without breaking the progress bar."""
        if self._progress is not None:
            self._progress.console.print(message, markup=False, highlight=False)
        else:
            click.echo(message, err=True)


@contextmanager
def progress(description: str) -> Iterator[Reporter]:
    """A ``Reporter`` with a live bar when stderr is a terminal, silent otherwise."""
    if not sys.stderr.isatty():
        yield Reporter(None, None)
        return
    bar = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed}"),
        TaskProgressColumn(show_speed=True),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    with bar:
        yield Reporter(bar, bar.add_task(description, total=None))
