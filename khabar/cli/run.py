"""``khabar run``: the whole pipeline over some inputs, then a summary of their stories."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from khabar.cli.options import input_options, open_db, progress, worker_count, workers_option
from khabar.errors import StoreError
from khabar.ingest import read_paths
from khabar.report.words import percent
from khabar.runner import Counts, Outcome, plural, run_items
from khabar.store import ClaimRecord, EventDateRecord
from khabar.stories.ledger import Ledger


@click.command()
@input_options
@workers_option
@click.option(
    "--show",
    type=click.IntRange(min=0),
    default=20,
    show_default=True,
    metavar="N",
    help="Stories listed in the summary, largest first.",
)
@click.pass_context
def run(
    ctx: click.Context,
    paths: tuple[Path, ...],
    db: str | None,
    outlet: str | None,
    published: datetime | None,
    workers: int | None,
    show: int,
) -> None:
    """Ingest PATH... like `khabar ingest`, analyse every new article (numbers,
    dates, entities, claims) on every core, group the articles into stories and
    compare the figures each story's outlets report.

    Prints the stories of the inputs (title, outlets, articles, main entities)
    and their disagreements (topic, each figure with its outlet and cited
    source, the gap).  What was stored goes to stderr; running again on the
    same inputs stores nothing and prints the same stories.  Each input that
    cannot be read is reported on stderr and the exit code is then 1.

    \b
    Example:
        khabar run articles/ feed.xml --db news.db --workers 2
    """
    with open_db(db, create=True) as store, progress("running") as reporter:
        items = read_paths(list(paths), outlet=outlet, published=published)
        try:
            outcome = run_items(store, items, reporter, workers=worker_count(workers), show=show)
        except StoreError as error:
            raise click.ClickException(str(error)) from error
    click.echo(counts_line(outcome.counts), err=True)
    click.echo(summary(outcome, show))
    ctx.exit(1 if outcome.counts.failed else 0)


def counts_line(counts: Counts) -> str:
    """What the run stored, analysed and grouped, in one line."""
    return f"{counts.stored_line()}; analysed {counts.analyzed}, grouped {counts.grouped}"


def summary(outcome: Outcome, show: int) -> str:
    """The stories of the run, largest first, with their disagreements."""
    line = f"{plural(outcome.stories, 'story')}, {plural(outcome.disagreements, 'disagreement')}"
    if outcome.date_disagreements:
        line += f", {plural(outcome.date_disagreements, 'date disagreement')}"
    lines = [line]
    for ledger in outcome.largest[:show]:
        lines.append("")
        lines.extend(_story_lines(ledger, outcome.entities.get(ledger.story.id, [])))
    if outcome.stories > show:
        lines.append("")
        lines.append(f"... and {plural(outcome.stories - show, 'more story')} (khabar stories)")
    return "\n".join(lines)


def _story_lines(ledger: Ledger, entities: list[str]) -> list[str]:
    story = ledger.story
    lines = [
        f"story {story.id}: {story.title}",
        f"  {plural(len(story.articles), 'article')}; outlets: {', '.join(story.outlets) or '-'}",
    ]
    if entities:
        lines.append(f"  entities: {', '.join(entities)}")
    for found in ledger.comparison.disagreements:
        unit = f" ({found.unit})" if found.unit else ""
        timeline = ", said at different times" if found.development else ""
        lines.append(
            f"  disagreement on {found.topic}{unit}: {found.severity}, "
            f"gap {percent(found.gap)}{timeline}"
        )
        lines.extend(f"    {figure(ledger.claims[index])}" for index in found.claims)
    for dates, words in ledger.date_disagreements:
        lines.append(f"  dates disagree on {'، '.join(words)}:")
        lines.extend(f"    {event_date(date)}" for date in dates)
    return lines


def event_date(date: EventDateRecord) -> str:
    """An event date as written, its value and outlet."""
    return f"{date.text} [{date.value}] - {date.outlet or 'unknown outlet'}"


def figure(claim: ClaimRecord) -> str:
    """A claim's figure as written, its value, outlet and cited source."""
    value = _number(claim.value if claim.value is not None else claim.low)
    cited = f"cited: {claim.cited}" if claim.cited else "uncited"
    return f"{claim.text} [{value}] - {claim.outlet or 'unknown outlet'}, {cited}"


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"
