"""The ``khabar`` command: one sub-command per job."""

from __future__ import annotations

import click

from khabar.cli.articles import articles, export, show
from khabar.cli.claims import claims
from khabar.cli.entities import entities, entity
from khabar.cli.extract import extract
from khabar.cli.ingest import ingest
from khabar.cli.report import report
from khabar.cli.run import run
from khabar.cli.stories import stories, story


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="khabar")
def main() -> None:
    """khabar: who reported what in Arabic news.

    Example: khabar run examples/
    """


main.add_command(ingest)
main.add_command(articles)
main.add_command(show)
main.add_command(export)
main.add_command(extract)
main.add_command(run)
main.add_command(entities)
main.add_command(entity)
main.add_command(claims)
main.add_command(stories)
main.add_command(story)
main.add_command(report)
