"""Input readers: files and folders of Arabic news to ``Document`` records.

``read_paths`` is the one entry point.  Each reader module handles one input form
(``text``, ``html``, ``jsonl``, ``feed``, ``warc``); ``encoding`` turns bytes into
text and ``discover`` picks the files.  Bad inputs are yielded as ``BadInput``
values, never raised, so one bad file or line never stops a batch.

``Document.source`` names where the article came from: the file path, with
``:LINE`` for a JSONL line and ``#N`` for the N-th entry of a feed or record of a
WARC file.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

from khabar.errors import BadInput
from khabar.ingest.discover import discover
from khabar.ingest.language import guess_language
from khabar.ingest.screen import not_an_article
from khabar.model import Document

__all__ = ["read_paths"]


def read_paths(
    paths: Sequence[str | Path],
    *,
    outlet: str | None = None,
    published: datetime | None = None,
) -> Iterator[Document | BadInput]:
    """Read every article under ``paths`` (files, and folders walked recursively in
    name order), yielding each ``Document`` as it is read.

    ``outlet`` replaces the outlet every input names (or the file-stem default of
    plain text); ``published`` is the publication date of the articles whose input
    carries none.  ``language`` is filled from the text when the input does not say.
    Yields a ``BadInput`` (never raises one) for each path, file or line that cannot
    be read, naming it and what is wrong, and for each text that is no Arabic news
    article (an error page, another language: ``screen``).
    """
    for found in discover(paths):
        if isinstance(found, BadInput):
            yield found
            continue
        path, reader = found
        try:
            for item in reader(path):
                if isinstance(item, Document):
                    _complete(item, outlet, published)
                    if problem := not_an_article(item):
                        item = BadInput(item.source, problem)
                yield item
        except BadInput as problem:
            yield problem
        except Exception as error:  # a parser failing on one odd file must not stop the batch
            yield BadInput(str(path), f"unexpected error: {type(error).__name__}: {error}")


def _complete(document: Document, outlet: str | None, published: datetime | None) -> None:
    """Apply the user's outlet and date, and guess the language when not given."""
    if outlet:
        document.outlet = outlet
    if document.published is None:
        document.published = published
    if not document.language:
        document.language = guess_language(document.text)
