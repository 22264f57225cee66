"""khabar's typed errors: each names what was wrong and where."""

from __future__ import annotations


class KhabarError(Exception):
    """Base of every error khabar raises on purpose."""


class LocatedError(KhabarError):
    """An error in one file, or one line of it: the message starts with ``FILE[:LINE]``."""

    def __init__(self, source: str, problem: str, line: int | None = None) -> None:
        self.source = source
        self.problem = problem
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {problem}")


class BadInput(LocatedError):
    """An input file (or one line of it) that cannot be read as an article."""


class DataFileError(LocatedError):
    """A data file shipped under ``khabar/data`` (lexicon, model) that cannot be used."""


class StoreError(KhabarError):
    """The article store cannot be opened or written."""
