"""``khabar articles``, ``show`` and ``export``: reading the store back."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TextIO

import click
from rich.console import Console
from rich.table import Table

from khabar.cli.options import DATE, DATE_UNTIL, db_option, open_db
from khabar.store import ArticleSummary, ExportedArticle, StoredArticle
from khabar.store.cleaned import clean_lines

EXPORT_FIELDS = [
    "id",
    "outlet",
    "url",
    "title",
    "published",
    "source",
    "text",
    "debris",
    "language",
]

outlet_option = click.option("--outlet", metavar="NAME", help="Only articles from this outlet.")
since_option = click.option(
    "--since", type=DATE, metavar="DATE", help="Only articles published on or after DATE."
)
until_option = click.option(
    "--until", type=DATE_UNTIL, metavar="DATE", help="Only articles published on or before DATE."
)


@click.command()
@db_option
@outlet_option
@since_option
@until_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of a table.")
def articles(
    db: str | None,
    outlet: str | None,
    since: datetime | None,
    until: datetime | None,
    as_json: bool,
) -> None:
    """List the stored articles: id, outlet, published, title, language.

    An article found in several places is listed once, under its first source.

    \b
    Example:
        khabar articles --outlet bbc --since 2018-03-01 --until 2018-03-31
    """
    with open_db(db) as store:
        found = store.articles(outlet=outlet, since=since, until=until)
    if as_json:
        click.echo(json.dumps([item.to_dict() for item in found], ensure_ascii=False, indent=2))
        return
    Console(file=sys.stdout).print(_table(found))


def _table(found: list[ArticleSummary]) -> Table:
    table = Table("id", "outlet", "published", "title", "language")
    for item in found:
        table.add_row(
            str(item.id),
            item.outlet or "",
            item.published.isoformat() if item.published else "",
            item.title or "",
            item.language or "",
        )
    return table


@click.command()
@click.argument("article_id", metavar="ID", type=int)
@db_option
def show(article_id: int, db: str | None) -> None:
    """Show one article: where it came from, its cleaned text with sub-headings
    marked '## ', then the debris that was removed, with offsets into the text.

    \b
    Example:
        khabar show 12 --db news.db
    """
    with open_db(db) as store:
        article = store.get(article_id)
    if article is None:
        raise click.ClickException(f"no article with id {article_id}")
    click.echo(_describe(article))


def _describe(article: StoredArticle) -> str:
    """The text ``khabar show`` prints."""
    lines = [f"id: {article.id}", f"title: {article.title or ''}"]
    lines.append(f"language: {article.language or 'unknown'}")
    for source in article.sources:
        published = source.published.isoformat() if source.published else "date unknown"
        where = " ".join(part for part in (source.outlet, source.url, source.source_file) if part)
        lines.append(f"source: {where} ({published})")
    lines.append("")
    for line in clean_lines(article.text, article.debris, article.sentences):
        lines.append(f"## {line.text}" if line.heading else line.text)
    lines.append("")
    if not article.debris:
        lines.append("Removed debris: none")
    else:
        lines.append("Removed debris:")
        lines.extend(f"  [{d.start}:{d.end}] {d.text}" for d in article.debris)
    return "\n".join(lines)


@click.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv"]),
    required=True,
    help="jsonl: one JSON object a line; csv: a header and one row per article.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to FILE instead of stdout.",
)
@outlet_option
@since_option
@until_option
def export(
    db: str | None,
    fmt: str,
    output: Path | None,
    outlet: str | None,
    since: datetime | None,
    until: datetime | None,
) -> None:
    """Export one row per article: id, outlet, url, title, published, source,
    text (cleaned), debris (removed lines) and language.  Rows are streamed, so
    any size of store exports in little memory.

    \b
    Example:
        khabar export --format csv -o articles.csv --outlet bbc
    """
    with open_db(db) as store, _opened(output) as stream:
        rows = store.export(outlet=outlet, since=since, until=until)
        if fmt == "csv":
            _write_csv(rows, stream)
        else:
            _write_jsonl(rows, stream)


@contextmanager
def _opened(output: Path | None) -> Iterator[TextIO]:
    """``output`` opened for writing, or stdout."""
    if output is None:
        yield sys.stdout
        return
    try:
        stream = output.open("w", encoding="utf-8", newline="")
    except OSError as error:
        raise click.ClickException(f"cannot write {output}: {error.strerror}") from error
    with stream:
        yield stream


def _export_row(item: ExportedArticle) -> dict[str, object]:
    summary = item.summary
    return {
        "id": summary.id,
        "outlet": summary.outlet,
        "url": summary.url,
        "title": summary.title,
        "published": summary.published.isoformat() if summary.published else None,
        "source": summary.source_file,
        "text": item.clean_text,
        "debris": [d.to_dict() for d in item.debris],
        "language": summary.language,
    }


def _write_jsonl(rows: Iterator[ExportedArticle], stream: TextIO) -> None:
    for item in rows:
        stream.write(json.dumps(_export_row(item), ensure_ascii=False) + "\n")


def _write_csv(rows: Iterator[ExportedArticle], stream: TextIO) -> None:
    writer = csv.DictWriter(stream, fieldnames=EXPORT_FIELDS, lineterminator="\n")
    writer.writeheader()
    for item in rows:
        row = _export_row(item)
        row["debris"] = json.dumps([d.text for d in item.debris], ensure_ascii=False)
        writer.writerow(row)
