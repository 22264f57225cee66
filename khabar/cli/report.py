"""``khabar report``: one story's ledger as a self-contained Arabic HTML page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from khabar.cli.options import db_option, open_db
from khabar.report import render_story
from khabar.store import Store


@click.command()
@click.argument("story_id", metavar="ID", type=int)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="The HTML file to write.",
)
@db_option
def report(story_id: int, output: Path, db: str | None) -> None:
    """Write story ID as one right-to-left Arabic HTML page: its articles, every
    figure with who is cited for it, the disagreements between sources and a
    chart of the figures over time.  The file needs no network to open.

    \b
    Example:
        khabar report 3 -o story.html --db news.db
    """
    from khabar.stories.ledger import story_ledger

    with open_db(db) as store:
        try:
            ledger = story_ledger(store, story_id)
        except LookupError:
            raise click.ClickException(f"no story with id {story_id} in this database") from None
        ledger["articles"] = [_article(store, item) for item in ledger.get("articles") or []]
    output.write_text(render_story(ledger), encoding="utf-8")
    click.echo(f"wrote {output}", err=True)


def _article(store: Store, item: Any) -> Any:
    """An article listed by id, filled in with its title, outlet, date and address."""
    if isinstance(item, dict):
        return item
    stored = store.get(int(item))
    if stored is None:
        return item
    source = stored.sources[0] if stored.sources else None
    published = source.published if source else None
    return {
        "id": stored.id,
        "title": stored.title or (source.title if source else None),
        "outlet": source.outlet if source else None,
        "published": published.isoformat() if published else None,
        "url": source.url if source else None,
    }
