"""Every ``khabar`` command's help ends with an example."""

from __future__ import annotations

import pytest

from khabar.cli import main
from tests.cli.support import run


@pytest.mark.parametrize("command", sorted(main.commands))
def test_help_ends_with_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    help_text = result.stdout.split("\nOptions:")[0].rstrip().splitlines()
    assert help_text[-1].strip().startswith(("khabar ", "printf "))
    assert any(line.strip() in ("Example:", "Examples:") for line in help_text)
