"""Latency of ``StoryGrouper.add`` on a store of ~30k grouped ANT articles.

Adds every ANT article in publication order (leaving out 24-26 Feb 2018), with
proxy entity keys computed outside the timed call, and prints the add()
latency percentiles over the whole run and over the last 1,000 adds, when the
grouper has seen ~30k articles.
Usage: PYTHONPATH=. python bench/stories_speed.py [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from datetime import datetime

from bench.stories_entities import proxy_entities
from bench.stories_listing import ANT
from khabar.stories.group import StoryArticle, StoryGrouper

JUDGED_DAYS = {"2018-02-24", "2018-02-25", "2018-02-26"}


def percentiles(values: list[float]) -> str:
    ordered = sorted(values)
    pick = {
        name: ordered[int(share * (len(ordered) - 1))]
        for name, share in (("p50", 0.5), ("p95", 0.95), ("p99", 0.99))
    }
    return " ".join(f"{name} {value:.2f} ms" for name, value in pick.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=0, help="stop after N articles")
    args = parser.parse_args()
    grouper = StoryGrouper()
    timings: list[float] = []
    with gzip.open(ANT, "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["published"][:10] in JUDGED_DAYS:
                continue
            article = StoryArticle(
                id=len(timings),
                text=row["text"],
                title=row["title"],
                outlet=row["outlet"],
                published=datetime.fromisoformat(row["published"]),
                entities=proxy_entities(f"{row['title']}\n{row['text']}"),
            )
            start = time.perf_counter()
            grouper.add(article)
            timings.append(1000 * (time.perf_counter() - start))
            if args.limit and len(timings) >= args.limit:
                break
    stories = grouper.stories()
    multi = sum(len(m) > 1 for m in stories.values())
    print(f"{len(timings)} articles -> {len(stories)} stories ({multi} with 2+ articles)")
    print(f"all adds:       {percentiles(timings)}")
    print(f"last 1000 adds: {percentiles(timings[-1000:])}")


if __name__ == "__main__":
    main()
