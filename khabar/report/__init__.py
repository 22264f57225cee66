"""The story page: a ledger dict rendered as one self-contained Arabic HTML file."""

from khabar.report.render import render_story

__all__ = ["render_story"]
