"""Statements compiled once and run straight on the driver's cursor.

Profiling ``bench/ingest.py`` showed SQLAlchemy's per-execute bookkeeping
(compiled-cache lookup, execution context, result wrapping) costing more CPU
than the inserts themselves: ~0.3 ms of the ~0.8 ms each article took.  The
SQL text and each parameter's bind processor still come from SQLAlchemy, taken
once per statement, so types (JSON, UTC datetimes) are handled exactly as in
every other query.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy.engine import Dialect
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler


class Prepared:
    """One statement, compiled for ``dialect``, with its parameters' processors."""

    def __init__(self, statement: ClauseElement, dialect: Dialect, keys: Sequence[str]) -> None:
        compiled = statement.compile(dialect=dialect, column_keys=list(keys))
        if not isinstance(compiled, SQLCompiler):
            raise TypeError(f"not a SQL statement: {statement!r}")
        self.sql = compiled.string
        self._positional = compiled.positional
        names = compiled.positiontup if compiled.positional else list(compiled.binds)
        self._names: list[str] = list(names or [])
        self._processors: dict[str, Callable[[Any], Any] | None] = {
            name: compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
            for name in self._names
        }
        # Literal values the statement itself carries (LIMIT 1, substr bounds).
        self._literals = {
            name: compiled.binds[name].value
            for name in self._names
            if not compiled.binds[name].required
        }

    def parameters(self, values: Mapping[str, Any]) -> Sequence[Any] | dict[str, Any]:
        """``values`` converted for the driver, in the order or form it expects."""
        converted = {}
        for name in self._names:
            value = values[name] if name in values else self._literals[name]
            processor = self._processors[name]
            converted[name] = processor(value) if processor is not None else value
        if self._positional:
            return [converted[name] for name in self._names]
        return converted

    def one(self, cursor: Any, values: Mapping[str, Any]) -> Any:
        """Run with ``values``; the first column of the first row, or None."""
        cursor.execute(self.sql, self.parameters(values))
        row = cursor.fetchone()
        return None if row is None else row[0]

    def run(self, cursor: Any, values: Mapping[str, Any]) -> None:
        """Run with ``values``, fetching nothing."""
        cursor.execute(self.sql, self.parameters(values))

    def many(self, cursor: Any, rows: Sequence[Mapping[str, Any]]) -> None:
        """Run once per row of ``rows`` in one driver call."""
        if rows:
            cursor.executemany(self.sql, [self.parameters(row) for row in rows])

    def rows(self, cursor: Any, values: Mapping[str, Any]) -> list[Any]:
        """Run with ``values``; every row."""
        cursor.execute(self.sql, self.parameters(values))
        return list(cursor.fetchall())
