"""``khabar ingest``: read inputs, analyse them, store them a batch per transaction."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from itertools import islice
from pathlib import Path

import click

from khabar.cli.options import (
    Reporter,
    input_options,
    open_db,
    progress,
    worker_count,
    workers_option,
)
from khabar.errors import BadInput, StoreError
from khabar.ingest import read_paths
from khabar.model import Document
from khabar.runner import BATCH, Analyzer, Counts
from khabar.store import Store

# The stages run at ingest: the store keeps the cleaned text and the sentences;
# the extraction stages run later, on demand.
INGEST_STAGES = frozenset({"clean", "segment"})


@click.command()
@input_options
@workers_option
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[Path, ...],
    db: str | None,
    outlet: str | None,
    published: datetime | None,
    workers: int | None,
) -> None:
    """Read articles from PATH... (files or folders: .txt, .html, .jsonl, feeds, WARC),
    clean and split them, and store them (one transaction per batch of articles).

    An exact duplicate of a stored text adds only its source (outlet, URL, file);
    running the same ingest twice adds nothing.  Each input that cannot be read is
    printed on stderr as FILE[:LINE]: problem, and the exit code is then 1.

    \b
    Example:
        khabar ingest articles/ feed.xml --db news.db --published 2025-09-03 --workers 2
    """
    with open_db(db, create=True) as store, progress("ingesting") as reporter:
        items = read_paths(list(paths), outlet=outlet, published=published)
        try:
            tally = ingest_items(store, items, reporter, workers=worker_count(workers))
        except StoreError as error:
            raise click.ClickException(str(error)) from error
    click.echo(tally.stored_line())
    ctx.exit(1 if tally.failed else 0)


def ingest_items(
    store: Store, items: Iterable[Document | BadInput], reporter: Reporter, *, workers: int = 1
) -> Counts:
    """Clean, split and store every document of ``items``, reporting each bad input.

    The texts of a batch are analysed on ``workers`` processes while the main
    process writes, one transaction per batch (``Store.batch``).
    """
    tally = Counts()

    def failed(problem: str) -> None:
        tally.failed += 1
        reporter.problem(problem)

    iterator = iter(items)
    with Analyzer(workers, only=INGEST_STAGES) as analyzer:
        while batch := list(islice(iterator, BATCH)):
            documents = [item for item in batch if isinstance(item, Document)]
            for item in batch:
                if isinstance(item, BadInput):
                    failed(str(item))
            results = analyzer.start([(d.text, d.published) for d in documents])
            with store.batch():
                for document, result in zip(documents, results, strict=True):
                    analysis = result.analysis
                    if analysis is None:
                        failed(f"{document.source}: {result.error}")
                        continue
                    analysis.text = document.text
                    try:
                        tally.count(store.add(document, analysis))
                    except StoreError as refused:  # by the database: this document alone
                        failed(str(refused))
                        continue
                    reporter.advance()
    return tally
