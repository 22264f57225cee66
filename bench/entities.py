"""How spellings of named entities collapse across the outlets of the ANT corpus.

Without the NER model: candidate mentions are word n-grams (1-3) that spell a known name
(names.tsv + CLDR, through ``spelling_key``/``skeleton``, clitics stripped), the first or last
word of such a name repeated alone in the same article (كيم, بيونج), and two words after a
title (الرئيس, الزعيم, ...) for names nobody listed.  ``resolve_mentions`` gives the
canonicals, ``EntityIndex`` groups them; the script prints the spellings merged for five
entities, the guard pairs, and the largest fuzzy merges of unknown names.

    PYTHONPATH=. python bench/entities.py [--limit N] [--ant PATH]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from khabar.extract.entities import (
    EntityIndex,
    clitic_readings,
    is_derived_form,
    lookup,
    may_open_known,
    name_tokens,
    resolve_mentions,
)
from tests.shared_data import ANT

WORD = re.compile(r"[^\W\d_]+")
# What may stand between the words of one name: spaces, hyphens, hashtag marks.
JOINERS = re.compile(r"[\s\-_#\u2010-\u2015]+")
# Titles before a person's name; nisba adjectives after them (الكوري الشمالي) are skipped.
TITLES = {"الرئيس", "الزعيم", "المستشارة", "المستشار", "الملك", "الأمير", "الشيخ", "الوزير"}
# Words that join the parts of an Arabic name (خالد بن سلمان): take one more word after them.
JOINING = {"بن", "ولد", "عبد", "أبو", "آل"}
STOP = {"في", "من", "على", "إلى", "عن", "أن", "إن", "الذي", "التي", "مع", "بعد", "قبل", "و"}
TARGETS = ["Kim Jong Un", "Pyongyang", "Vladimir Putin", "Donald Trump", "Damascus"]
GUARDS = [
    ("السعودية", "السودان"),
    ("النمسا", "تونس"),
    ("إيران", "عمان"),
    ("ليبيا", "لبنان"),
    ("العراق", "إيران"),
    ("كوريا الشمالية", "كوريا الجنوبية"),
    ("الأمم المتحدة", "الولايات المتحدة"),
    ("بيونغ يانغ", "بيونغ تشانغ"),
    ("كيم جونغ أون", "كيم يونغ تشول"),
    ("كيم جونغ أون", "كيم جونغ نام"),
    ("كيم جونغ أون", "كيم يو جونغ"),
    ("محمد بن سلمان", "محمد بن زايد"),
    ("بوتين", "بوتينا"),
]


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str
    text: str


def articles(path: Path, limit: int | None) -> Iterator[tuple[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if limit is not None and number >= limit:
                return
            record = json.loads(line)
            yield record["id"], f"{record['title']}\n{record['text']}"


@cache
def may_start_name(word: str) -> bool:
    """True when ``word`` (or it without clitics) can begin a known name."""
    for _, reading in clitic_readings(word):
        tokens = name_tokens(reading)
        if tokens and may_open_known(tokens[0]):
            return True
    return False


@lru_cache(maxsize=1 << 18)
def known(name: str) -> tuple[int, str] | None:
    """(clitic length, type) of the known name ``name`` spells, with or without clitics."""
    for lead, reading in clitic_readings(name):
        found = lookup(reading)
        if found:
            return lead, found.type
    return None


def candidates(text: str) -> list[Span]:
    """Gazetteer n-grams, their first/last words repeated alone, and names after titles."""
    words = list(WORD.finditer(text))
    spans: list[Span] = []
    taken = [False] * len(words)
    short_forms: dict[str, str] = {}
    for i, word in enumerate(words):
        if taken[i] or not may_start_name(word.group()):
            continue
        for n in (3, 2, 1):
            if i + n > len(words) or any(taken[i : i + n]):
                continue
            start, end = word.start(), words[i + n - 1].end()
            if JOINERS.sub("", text[start:end]) != "".join(w.group() for w in words[i : i + n]):
                continue
            hit = known(text[start:end])
            if hit:
                lead, kind = hit
                spans.append(Span(start, end, kind, text[start:end]))
                taken[i : i + n] = [True] * n
                tokens = name_tokens(text[start + lead : end])
                if len(tokens) > 1 and kind in ("PERSON", "PLACE"):
                    short_forms[tokens[0]] = kind
                    if kind == "PERSON" and len(tokens[-1]) >= 4:
                        short_forms[tokens[-1]] = kind
                break
    for i, word in enumerate(words):
        if taken[i]:
            continue
        for lead, reading in clitic_readings(word.group()):
            tokens = name_tokens(reading)
            if len(tokens) == 1 and tokens[0] in short_forms:
                spans.append(Span(word.start() + lead, word.end(), short_forms[tokens[0]], reading))
                taken[i] = True
                break
    for i, word in enumerate(words):
        if word.group() not in TITLES:
            continue
        j = i + 1
        while j < len(words) and is_derived_form(words[j].group()):
            j += 1
        name = []
        size = 3 if j + 1 < len(words) and words[j + 1].group() in JOINING else 2
        for k in range(j, min(j + size, len(words))):
            between = text[words[k - 1].end() : words[k].start()]
            if taken[k] or words[k].group() in STOP or words[k].group().startswith("ال"):
                break
            if between.strip():
                break
            name.append(words[k])
        if name:
            start, end = name[0].start(), name[-1].end()
            spans.append(Span(start, end, "PERSON", text[start:end]))
            taken[j : j + len(name)] = [True] * len(name)
    return sorted(spans, key=lambda s: s.start)


def entity_of(index_entities: list, spelling: str) -> str | None:
    for entity in index_entities:
        if spelling in entity.spellings:
            return entity.canonical
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ant", type=Path, default=ANT)
    parser.add_argument("--limit", type=int, default=None, help="read only the first N articles")
    args = parser.parse_args()
    index = EntityIndex()
    began = time.perf_counter()
    count = spans = mentions = 0
    for article, text in articles(args.ant, args.limit):
        found = candidates(text)
        resolved = resolve_mentions(text, found)
        index.add(article, resolved)
        count += 1
        spans += len(found)
        mentions += len(resolved)
    entities = index.entities()
    seconds = time.perf_counter() - began
    print(
        f"{count} articles, {spans} candidate spans, {mentions} mentions, "
        f"{len(entities)} entities in {seconds:.1f} s"
    )
    by_english = {e.english: e for e in entities if e.english}
    for english in TARGETS:
        entity = by_english.get(english)
        if entity is None:
            print(f"\n{english}: not found")
            continue
        print(
            f"\n{english} ({entity.type}): {entity.mentions} mentions in "
            f"{entity.articles} articles, {len(entity.spellings)} spellings"
        )
        for spelling, n in entity.spellings.items():
            print(f"  {n:6d}  {spelling}")
    print("\nGuard pairs (spelling -> entity):")
    for a, b in GUARDS:
        ka, kb = entity_of(entities, a), entity_of(entities, b)
        verdict = "missing" if None in (ka, kb) else ("APART" if ka != kb else "MERGED")
        print(f"  {verdict:7s}  {a} -> {ka}  |  {b} -> {kb}")
    fuzzy = [e for e in entities if e.english is None and len(e.spellings) > 1]
    print(f"\nUnknown names with several spellings: {len(fuzzy)}; the 15 most mentioned:")
    for entity in fuzzy[:15]:
        print(
            f"  {entity.type:6s} " + " | ".join(f"{s} ({n})" for s, n in entity.spellings.items())
        )


if __name__ == "__main__":
    main()
