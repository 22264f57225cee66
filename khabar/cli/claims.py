"""``khabar claims``: the quantitative claims of the stored articles, filtered."""

from __future__ import annotations

import csv
import json
import sys

import click
from rich.console import Console
from rich.table import Table

from khabar.cli.options import db_option, open_db
from khabar.store import ClaimRecord

CSV_FIELDS = [
    "article",
    "outlet",
    "published",
    "cited",
    "said",
    "said_text",
    "text",
    "value",
    "qualifier",
    "topic",
]


@click.command()
@db_option
@click.option("--entity", metavar="NAME", help="Claims whose sentence names it, or cited to it.")
@click.option("--topic", metavar="TOPIC", help="Only claims on this topic (killed, sent, ...).")
@click.option("--outlet", metavar="NAME", help="Only claims of articles from this outlet.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV with a header row.")
def claims(
    db: str | None,
    entity: str | None,
    topic: str | None,
    outlet: str | None,
    as_json: bool,
    as_csv: bool,
) -> None:
    """List the quantitative claims of the stored articles: outlet, cited source, when
    it was said, figure and value, qualifier, topic and the sentence it stands in.

    \b
    Example:
        khabar claims --entity "كوريا الشمالية" --topic killed --csv
    """
    if as_json and as_csv:
        raise click.UsageError("choose one of --json and --csv")
    with open_db(db) as store:
        try:
            found = store.claims(entity=entity, topic=topic, outlet=outlet)
        except LookupError as error:
            raise click.ClickException(f"{error.args[0]} (see khabar entities)") from error
    if as_json:
        click.echo(json.dumps([c.to_dict() for c in found], ensure_ascii=False, indent=2))
    elif as_csv:
        _write_csv(found)
    else:
        Console(file=sys.stdout).print(_table(found))


def _table(found: list[ClaimRecord]) -> Table:
    table = Table("outlet", "cited, said", "figure", "value", "qualifier", "topic", "sentence")
    for claim in found:
        table.add_row(
            claim.outlet or "",
            "\n".join(filter(None, [claim.cited, _said(claim)])),
            claim.text,
            _value(claim),
            claim.qualifier,
            claim.topic or "",
            claim.sentence,
        )
    return table


def _said(claim: ClaimRecord) -> str:
    """When the figure was said: its date and the words that give it ("said 2025-01
    (يناير)"), the words alone when they give no date; '' when the text does not say."""
    if claim.said and claim.said_text:
        return f"said {claim.said} ({claim.said_text})"
    when = claim.said or claim.said_text
    return f"said {when}" if when else ""


def _value(claim: ClaimRecord) -> str:
    if claim.value is not None:
        return f"{claim.value:g}"
    if claim.low is not None or claim.high is not None:
        return f"{claim.low if claim.low is not None else ''}-{claim.high or ''}"
    return ""


def _write_csv(found: list[ClaimRecord]) -> None:
    writer = csv.DictWriter(sys.stdout, fieldnames=[*CSV_FIELDS, "sentence"], lineterminator="\n")
    writer.writeheader()
    for claim in found:
        row = claim.to_dict()
        writer.writerow({name: row[name] for name in [*CSV_FIELDS, "sentence"]})
