"""``khabar ingest``: read inputs, analyse them, store each article in its own transaction."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import click

from khabar.cli.options import Reporter, input_options, open_db, progress
from khabar.errors import BadInput, KhabarError, StoreError
from khabar.ingest import read_paths
from khabar.model import Document
from khabar.pipeline import STAGES, Stage, analyze
from khabar.store import Store

# The stages run at ingest: the store keeps the cleaned text and the sentences;
# the extraction stages run later, on demand.
INGEST_STAGES = ("clean", "segment")


@dataclass(slots=True)
class Tally:
    """What one ingest run did."""

    articles: int = 0
    sources: int = 0
    unchanged: int = 0
    failed: int = 0

    def summary(self) -> str:
        text = (
            f"ingested {_count(self.articles, 'article')} "
            f"({_count(self.sources, 'new source')}), {self.failed} failed"
        )
        if self.unchanged:
            text += f", {self.unchanged} already stored"
        return text


@click.command()
@input_options
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[Path, ...],
    db: str | None,
    outlet: str | None,
    published: datetime | None,
) -> None:
    """Read articles from PATH... (files or folders: .txt, .html, .jsonl, feeds, WARC),
    clean and split them, and store each one in its own transaction.

    An exact duplicate of a stored text adds only its source (outlet, URL, file);
    running the same ingest twice adds nothing.  Each input that cannot be read is
    printed on stderr as FILE[:LINE]: problem, and the exit code is then 1.

    \b
    Example:
        khabar ingest articles/ feed.xml --db news.db --published 2025-09-03
    """
    with open_db(db) as store, progress("ingesting") as reporter:
        items = read_paths(list(paths), outlet=outlet, published=published)
        try:
            tally = ingest_items(store, items, reporter)
        except StoreError as error:
            raise click.ClickException(str(error)) from error
    click.echo(tally.summary())
    ctx.exit(1 if tally.failed else 0)


def ingest_items(store: Store, items: Iterable[Document | BadInput], reporter: Reporter) -> Tally:
    """Analyse and store every document of ``items``, reporting each bad input."""
    tally = Tally()
    stages = ingest_stages()
    for item in items:
        if isinstance(item, BadInput):
            tally.failed += 1
            reporter.problem(str(item))
            continue
        try:
            analysis = analyze(item.text, item.published, stages=stages)
        except KhabarError as error:
            tally.failed += 1
            reporter.problem(f"{item.source}: {error}")
            continue
        added = store.add(item, analysis)
        if added.new_article:
            tally.articles += 1
        elif added.new_source:
            tally.sources += 1
        else:
            tally.unchanged += 1
        reporter.advance()
    return tally


def ingest_stages() -> list[tuple[str, Stage]]:
    """The pipeline's cleaning and segmenting stages, in pipeline order."""
    return [(name, stage) for name, stage in STAGES if name in INGEST_STAGES]


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
