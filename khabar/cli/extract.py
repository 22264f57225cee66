"""``khabar extract``: analyse text given on the command line's input, print JSON."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, TextIO

import click

from khabar.cli.options import DATE, parse_date
from khabar.errors import BadInput
from khabar.model import Analysis
from khabar.pipeline import analyze


@click.command()
@click.argument("source", metavar="[FILE|-]", type=click.File("r", encoding="utf-8"), default="-")
@click.option(
    "--published", type=DATE, metavar="DATE", help="Publication date, to resolve 'yesterday'."
)
@click.option(
    "--jsonl",
    is_flag=True,
    help='Read one {"text": ..., "published": ...} object a line; write one result a line.',
)
@click.pass_context
def extract(ctx: click.Context, source: TextIO, published: datetime | None, jsonl: bool) -> None:
    """Analyse the text of FILE (stdin when FILE is - or omitted) and print the
    result as JSON: sentences, debris, quantities, dates, entities and claims,
    each with offsets into the text as given.

    With --jsonl, a line that is not a JSON object with a "text" string is
    reported on stderr with its line number and skipped; the exit code is then 1.

    \b
    Examples:
        khabar extract article.txt --published 2025-09-03
        printf '{"text": "قتل 15 شخصا"}\\n' | khabar extract --jsonl
    """
    if not jsonl:
        result = analyze(source.read(), published)
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    failed = 0
    for number, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            result = _analyze_line(line, published, source.name, number)
        except BadInput as problem:
            failed += 1
            click.echo(str(problem), err=True)
            continue
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
    ctx.exit(1 if failed else 0)


def _analyze_line(line: str, published: datetime | None, name: str, number: int) -> Analysis:
    """The analysis of one JSONL line; ``published`` applies when the line has none."""
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as error:
        raise BadInput(name, f"not JSON ({error.msg})", number) from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise BadInput(name, 'expected an object with a "text" string', number)
    given = record.get("published")
    if given is not None:
        if not isinstance(given, str):
            raise BadInput(name, '"published" must be a date string', number)
        try:
            published = parse_date(given)
        except ValueError as error:
            raise BadInput(name, str(error), number) from None
    return analyze(record["text"], published)
