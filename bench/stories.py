"""Story grouping accuracy: B-cubed precision/recall/F1 on hand-labelled ANT days.

Runs ``StoryGrouper`` over the labelled articles of each split in publication
order and compares with a baseline (body TF-IDF cosine, single link, threshold
tuned on the tuning days).  ``--context`` also feeds every other article of
those days and the day before (all categories, unscored), as a real stream would.
24-26 Feb 2018 are never labelled, tuned or scored here.

Usage: PYTHONPATH=. python bench/stories.py [--entities proxy|ner] [--context]
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import combinations

from bench.stories_entities import EntityKeys, entity_function
from bench.stories_gold import GOLD
from bench.stories_listing import ANT
from khabar.stories.group import GroupingParams, StoryArticle, StoryGrouper
from khabar.stories.vectors import IdfTable, Vector, background_idf, cosine

SPLITS = {"tuning": ("2018-03-05", "2018-04-21"), "held-out": ("2018-03-18",)}
BASELINE_GRID = [round(0.05 * i, 2) for i in range(2, 16)]


@dataclass(frozen=True, slots=True)
class Labelled:
    """A gold-labelled ANT article, ready for the grouper."""

    article: StoryArticle
    ant_id: str
    day: str
    story: str


def load(entities: EntityKeys, *, context: bool = False) -> list[Labelled]:
    """The gold articles in publication order, with entity keys from ``entities``.

    With ``context``, every other ANT article (any category) of the labelled days
    and the day before each is included too, with story ``""`` (not scored): the
    grouper then meets the density of a real stream.
    """
    gold = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold[row["id"]] = row["story"]
    days = {day for names in SPLITS.values() for day in names}
    days |= {(date.fromisoformat(day) - timedelta(days=1)).isoformat() for day in days}
    found: list[Labelled] = []
    with gzip.open(ANT, "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["id"] not in gold and not (context and row["published"][:10] in days):
                continue
            article = ant_article(row, len(found), entities)
            day = row["published"][:10]
            found.append(Labelled(article, row["id"], day, gold.get(row["id"], "")))
    return found


def ant_article(row: dict[str, str], number: int, entities: EntityKeys) -> StoryArticle:
    """An ANT record as the grouper takes it, numbered ``number``."""
    return StoryArticle(
        id=number,
        text=row["text"],
        title=row["title"],
        outlet=row["outlet"],
        published=datetime.fromisoformat(row["published"]),
        entities=entities(f"{row['title']}\n{row['text']}"),
    )


def split(items: list[Labelled], name: str) -> list[Labelled]:
    """The articles of one split's days (and, in context mode, the day before)."""
    days = set(SPLITS[name])
    days |= {(date.fromisoformat(day) - timedelta(days=1)).isoformat() for day in days}
    return [item for item in items if item.day in days]


def scored(items: list[Labelled], predicted: list[int]) -> tuple[list[int], list[str]]:
    """Predicted and gold stories of the labelled articles only."""
    kept = [(p, item.story) for p, item in zip(predicted, items, strict=True) if item.story]
    return [p for p, _ in kept], [g for _, g in kept]


def bcubed(predicted: list[int], gold: list[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering against gold labels."""
    by_predicted: defaultdict[int, set[int]] = defaultdict(set)
    by_gold: defaultdict[str, set[int]] = defaultdict(set)
    for i, (p, g) in enumerate(zip(predicted, gold, strict=True)):
        by_predicted[p].add(i)
        by_gold[g].add(i)
    precision = recall = 0.0
    for p, g in zip(predicted, gold, strict=True):
        both = len(by_predicted[p] & by_gold[g])
        precision += both / len(by_predicted[p])
        recall += both / len(by_gold[g])
    precision, recall = precision / len(gold), recall / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


class CachedIdf(IdfTable):
    """The background IDF with a memo of vectors, so tuning runs reuse them."""

    def vector(self, text: str) -> Vector:
        cached = _VECTORS.get(text)
        if cached is None:
            cached = _VECTORS[text] = IdfTable.vector(self, text)
        return cached


_VECTORS: dict[str, Vector] = {}


def run_grouper(
    items: list[Labelled], params: GroupingParams, *, cached: bool = False
) -> tuple[list[int], list[float]]:
    """Final story of each article and the milliseconds each ``add`` took."""
    idf = background_idf()
    grouper = StoryGrouper(params, CachedIdf(idf.documents, idf.frequencies) if cached else idf)
    timings = []
    for item in items:
        start = time.perf_counter()
        grouper.add(item.article)
        timings.append(1000 * (time.perf_counter() - start))
    return [grouper.story_of(item.article.id) for item in items], timings


def single_link(items: list[Labelled], threshold: float) -> list[int]:
    """Baseline: connected components of body cosine >= threshold."""
    idf = background_idf()
    vectors = [idf.vector(item.article.text) for item in items]
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in combinations(range(len(items)), 2):
        if cosine(vectors[i], vectors[j]) >= threshold:
            parent[root(i)] = root(j)
    return [root(i) for i in range(len(items))]


def best_threshold(score: Callable[[float], float], grid: Iterable[float]) -> float:
    """The grid value with the highest score (the first one on ties)."""
    return max(grid, key=score)


def report(name: str, predicted: list[int], items: list[Labelled]) -> None:
    precision, recall, f1 = bcubed(*scored(items, predicted))
    print(f"  {name:<28} P={precision:.3f} R={recall:.3f} F1={f1:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entities", default="proxy", choices=["proxy", "ner"])
    parser.add_argument(
        "--context", action="store_true", help="also feed all other articles of those days"
    )
    args = parser.parse_args()
    items = load(entity_function(args.entities), context=args.context)
    tuning = split(items, "tuning")

    def baseline_f1(threshold: float) -> float:
        return bcubed(*scored(tuning, single_link(tuning, threshold)))[2]

    threshold = best_threshold(baseline_f1, BASELINE_GRID)
    params = GroupingParams()
    print(f"entities: {args.entities}; {params}")
    for name in SPLITS:
        part = split(items, name)
        labelled = [item for item in part if item.story]
        stories = len({item.story for item in labelled})
        print(
            f"{name} ({', '.join(SPLITS[name])}): {len(part)} articles fed, "
            f"{len(labelled)} labelled, {stories} gold stories"
        )
        predicted, timings = run_grouper(part, params)
        report("StoryGrouper", predicted, part)
        report(f"baseline cosine>={threshold}", single_link(part, threshold), part)
        timings.sort()
        print(f"  add(): p50 {timings[len(timings) // 2]:.2f} ms, max {timings[-1]:.2f} ms")


if __name__ == "__main__":
    main()
