"""Entity keys for the story bench: a cheap gazetteer proxy, or the real NER when merged.

The proxy looks up word 1-3-grams of the text (stemmed as the grouper stems
terms) in the ANERcorp gazetteers plus Babel's Arabic territory names, leaving
out entries that are common words (in more than 1% of ANT documents), and
keys each hit by its stemmed form.  ``--entities ner`` swaps in
``khabar.extract.ner.tag`` + ``khabar.extract.entities.resolve_mentions`` (canonical keys).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from babel import Locale

from khabar import pipeline
from khabar.pipeline import analyze
from khabar.stories.group import GROUPING_TYPES
from khabar.stories.vectors import background_idf, terms
from tests.shared_data import ANERCORP

GAZETTEERS = ANERCORP / "gazetteers"
# A one-word entry found in more documents than this share is taken for a common word;
# person names (first names such as خاتم, غرس) must be rarer still.
COMMON_SHARE = {"pers": 0.002, "loc": 0.05, "org": 0.05, "babel": 0.05}
LONGEST = 3

EntityKeys = Callable[[str], frozenset[str]]


@cache
def gazetteer() -> frozenset[tuple[str, ...]]:
    """Stemmed name n-grams from ANERcorp's gazetteers and Babel's territory names."""
    names = [
        (path.stem, line.strip())
        for path in GAZETTEERS.glob("*.txt")
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    names += [("babel", name) for name in Locale("ar").territories.values()]
    idf = background_idf()
    entries = set()
    for kind, name in names:
        words = tuple(terms(name))
        if not words or len(words) > LONGEST:
            continue
        share = idf.frequencies.get(words[0], 0) / idf.documents
        if len(words) == 1 and share > COMMON_SHARE[kind]:
            continue
        entries.add(words)
    return frozenset(entries)


def proxy_entities(text: str) -> frozenset[str]:
    """Keys of the gazetteer names found in ``text``, longest match first."""
    names = gazetteer()
    words = terms(text)
    found = set()
    i = 0
    while i < len(words):
        for size in range(LONGEST, 0, -1):
            gram = tuple(words[i : i + size])
            if len(gram) == size and gram in names:
                found.add(" ".join(gram))
                i += size
                break
        else:
            i += 1
    return frozenset(found)


def ner_entities(text: str) -> frozenset[str]:
    """Canonical keys of the people and places that khabar's own entity stage finds (those
    the grouper reads from the store)."""
    analysis = analyze(text, stages=[("entities", pipeline.entities)])
    return frozenset(m.canonical for m in analysis.entities if m.type in GROUPING_TYPES)


def entity_function(name: str) -> EntityKeys:
    """The entity-key function named on the command line (``proxy`` or ``ner``)."""
    functions: dict[str, EntityKeys] = {"proxy": proxy_entities, "ner": ner_entities}
    if name not in functions:
        raise ValueError(f"unknown entity source {name!r}; choose one of {sorted(functions)}")
    return functions[name]
