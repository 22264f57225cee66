"""``khabar entities`` and ``khabar entity``: who the stored articles name, and where."""

from __future__ import annotations

import json
import sys

import click
from rich.console import Console
from rich.table import Table

from khabar.cli.options import db_option, open_db
from khabar.extract.entities import TYPES
from khabar.store import EntitySummary


@click.command()
@db_option
@click.option("--type", "kind", type=click.Choice(TYPES), help="Only entities of this type.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of a table.")
def entities(db: str | None, kind: str | None, as_json: bool) -> None:
    """List the named entities of the stored articles, most mentioned first:
    display name (the commonest spelling), type, English name, every spelling
    with its count, and the number of articles that name it.

    \b
    Example:
        khabar entities --type PERSON --db news.db
    """
    with open_db(db) as store:
        found = store.entities(type=kind)
    if as_json:
        click.echo(json.dumps([e.to_dict() for e in found], ensure_ascii=False, indent=2))
        return
    table = Table("entity", "type", "english", "spellings", "articles")
    for entity in found:
        table.add_row(
            entity.display,
            entity.type,
            entity.english or "",
            _spellings(entity),
            str(entity.articles),
        )
    Console(file=sys.stdout).print(table)


@click.command()
@click.argument("name")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def entity(name: str, db: str | None, as_json: bool) -> None:
    """Show one entity: its spellings with counts and the articles that mention it.
    NAME is any spelling, its English name or its key.

    \b
    Example:
        khabar entity "كيم جونج أون"
    """
    with open_db(db) as store:
        found = store.entity(name)
        if found is None:
            raise click.ClickException(f"no entity named {name!r} (see khabar entities)")
        articles = store.entity_articles(found.id)
    if as_json:
        data = found.to_dict() | {"mentioned_in": [a.to_dict() for a in articles]}
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    lines = [f"{found.display} ({found.type}{', ' + found.english if found.english else ''})"]
    lines.append(f"spellings: {_spellings(found)}")
    lines.append(f"{len(articles)} article{'' if len(articles) == 1 else 's'}:")
    for article in articles:
        published = article.published.date().isoformat() if article.published else "undated"
        lines.append(f"  {article.id}  {article.outlet or '-'}  {published}  {article.title or ''}")
    click.echo("\n".join(lines))


def _spellings(entity: EntitySummary) -> str:
    return ", ".join(f"{spelling} ({count})" for spelling, count in entity.spellings.items())
