"""The ``khabar`` command: one sub-command per job."""

from __future__ import annotations

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="khabar")
def main() -> None:
    """khabar: who reported what in Arabic news.

    Example: khabar run examples/
    """
