"""khabar: who reported what in Arabic news.

The façade: ``analyze(text, published=None)`` runs every analysis stage on one
text and returns an ``Analysis`` whose ``to_dict()`` is the JSON contract of
``khabar extract``.
"""

from khabar.model import Analysis, Claim, DateRef, Debris, Document, Mention, Quantity, Sentence
from khabar.pipeline import analyze

__all__ = [
    "Analysis",
    "Claim",
    "DateRef",
    "Debris",
    "Document",
    "Mention",
    "Quantity",
    "Sentence",
    "analyze",
]
