"""``khabar stories`` and ``khabar story``: the stories and one story's claim ledger."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from khabar.cli.options import db_option, open_db
from khabar.report.words import percent
from khabar.stories.ledger import story_ledger


@click.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of a table.")
def stories(db: str | None, as_json: bool) -> None:
    """List the stories: id, title (of the earliest article), outlets, the
    articles (ids as in khabar export) and the first and last publication times.

    \b
    Example:
        khabar stories --json --db news.db
    """
    with open_db(db) as store:
        found = store.stories()
    if as_json:
        click.echo(json.dumps([s.to_dict() for s in found], ensure_ascii=False, indent=2))
        return
    table = Table("id", "title", "outlets", "articles", "first published")
    for story in found:
        first = story.first_published.isoformat() if story.first_published else ""
        table.add_row(
            str(story.id), story.title, ", ".join(story.outlets), str(len(story.articles)), first
        )
    Console(file=sys.stdout).print(table)


@click.command()
@click.argument("story_id", metavar="ID", type=int)
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the ledger as JSON.")
def story(story_id: int, db: str | None, as_json: bool) -> None:
    """Show one story's claim ledger: each figure's topic, value, qualifier,
    outlet, cited source, date and sentence, then the disagreements between
    outlets and, per topic, the figures in the order they were said.

    \b
    Example:
        khabar story 3 --json
    """
    with open_db(db) as store:
        try:
            ledger = story_ledger(store, story_id)
        except LookupError as error:
            raise click.ClickException(f"{error.args[0]} (see khabar stories)") from error
    if as_json:
        click.echo(json.dumps(ledger, ensure_ascii=False, indent=2))
        return
    click.echo(describe(ledger))


def describe(ledger: dict[str, Any]) -> str:
    """The ledger as text: the story, its claims, its disagreements and timelines."""
    claims = ledger["claims"]
    lines = [
        f"story {ledger['id']}: {ledger['title']}",
        f"articles: {', '.join(map(str, ledger['articles']))}",
        f"outlets: {', '.join(ledger['outlets']) or '-'}",
        "",
        f"claims ({len(claims)}):",
    ]
    for index, claim in enumerate(claims):
        lines.append(f"  [{index}] {_claim_line(claim)}")
        lines.append(f"      {claim['sentence']}")
    disagreements = ledger["disagreements"]
    lines.append("")
    lines.append(f"disagreements ({len(disagreements)}):")
    for found in disagreements:
        note = " (said at different times: may be a development)" if found["development"] else ""
        lines.append(
            f"  {found['topic']}: {found['severity']}, gap {percent(found['gap'])}{note}: "
            + "; ".join(f"[{i}] {_figure(claims[i])}" for i in found["claims"])
        )
    lines.append("")
    lines.append("timelines:")
    for topic, entries in ledger["timelines"].items():
        steps = " -> ".join(
            f"{_entry_when(entry, claims[entry['claim']])} {_figure(claims[entry['claim']])}"
            for entry in entries
        )
        lines.append(f"  {topic}: {steps}")
    dated = ledger["date_disagreements"]
    if dated:
        lines.append("")
        lines.append(f"date disagreements ({len(dated)}):")
    for found in dated:
        lines.append(f"  {'، '.join(found['words'])}:")
        for date in found["dates"]:
            lines.append(f"    {date['text']} = {date['value']} - {date['outlet'] or '-'}")
            lines.append(f"      {date['sentence']}")
    return "\n".join(lines)


def _entry_when(entry: dict[str, Any], claim: dict[str, Any]) -> str:
    """The timeline date of a claim, else the words that date it ("يناير"), else "undated"."""
    return str(entry["when"] or claim.get("said_text") or "undated")


def _claim_line(claim: dict[str, Any]) -> str:
    when = claim["said"] or (claim["published"] or "")[:10] or "undated"
    if claim.get("said_text"):
        when += f", said: {claim['said_text']}"
    value = claim["value"] if claim["value"] is not None else claim["low"]
    figure = f"{claim['text']} = {value:g}" if value is not None else claim["text"]
    notes = _reading_notes(claim.get("reading") or {})
    return (
        f"{claim['topic']}: {figure} ({claim['qualifier']}) - "
        f"{claim['outlet'] or '-'}, cited: {claim['cited'] or '-'}, {when}"
        + (f" [{'; '.join(notes)}]" if notes else "")
    )


# Why a claim lines up with fewer figures than its topic's, by the reading's keys.
_READING_NOTES: dict[str, Callable[[Any], str]] = {
    "part": lambda _: "part of a total",
    "earlier": lambda date: f"earlier event: {date}",
    "running": lambda _: "running total",
    "rate": lambda period: f"per {period}",
    "forecast": lambda when: f"forecast for {when}",
    "overtaken": lambda _: "overtaken",
}


def _reading_notes(reading: dict[str, Any]) -> list[str]:
    return [note(reading[key]) for key, note in _READING_NOTES.items() if reading.get(key)]


def _figure(claim: dict[str, Any]) -> str:
    return f"{claim['text']} ({claim['outlet'] or '-'}, {claim['cited'] or 'uncited'})"
