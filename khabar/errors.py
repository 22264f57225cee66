"""khabar's typed errors: each names what was wrong and where."""

from __future__ import annotations


class KhabarError(Exception):
    """Base of every error khabar raises on purpose."""


class BadInput(KhabarError):
    """An input file (or one line of it) that cannot be read as an article."""

    def __init__(self, source: str, problem: str, line: int | None = None) -> None:
        self.source = source
        self.problem = problem
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {problem}")


class StoreError(KhabarError):
    """The article store cannot be opened or written."""


class DataFileError(KhabarError):
    """A data file shipped under ``khabar/data`` (lexicon, model) that cannot be used."""

    def __init__(self, source: str, problem: str, line: int | None = None) -> None:
        self.source = source
        self.problem = problem
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {problem}")
