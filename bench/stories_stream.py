"""Story grouping over the whole ANT stream: ``StoryGrouper.add`` latency and chaining.

Adds every ANT article in publication order (leaving out 24-26 Feb 2018), with
proxy entity keys computed outside the timed call, and prints the add()
latency percentiles over the whole run and over the last 1,000 adds, when the
grouper has seen ~30k articles.  Then how far stories chain over eight months
of news: the largest stories, how many span more than one and two weeks, the
longest span and the number of merges; ``--show N`` lists sampled titles of
the N largest stories, to read whether each is one development.
Usage: PYTHONPATH=. python bench/stories_stream.py [--limit N] [--show N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import time

from bench.stories import ant_article
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
    parser.add_argument("--show", type=int, default=0, help="titles of the N largest stories")
    args = parser.parse_args()
    grouper = StoryGrouper()
    timings: list[float] = []
    articles: list[StoryArticle] = []
    merges = 0
    with gzip.open(ANT, "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["published"][:10] in JUDGED_DAYS:
                continue
            article = ant_article(row, len(timings), proxy_entities)
            start = time.perf_counter()
            merges += len(grouper.add(article).merged)
            timings.append(1000 * (time.perf_counter() - start))
            articles.append(article)
            if args.limit and len(timings) >= args.limit:
                break
    stories = grouper.stories()
    multi = sum(len(m) > 1 for m in stories.values())
    print(f"{len(timings)} articles -> {len(stories)} stories ({multi} with 2+ articles)")
    print(f"all adds:       {percentiles(timings)}")
    print(f"last 1000 adds: {percentiles(timings[-1000:])}")
    chaining(stories, articles, merges, args.show)


def chaining(
    stories: dict[int, list[int]], articles: list[StoryArticle], merges: int, show: int
) -> None:
    """Sizes and time spans of the stories (ids index ``articles``), the largest listed."""
    largest = sorted(stories.values(), key=len, reverse=True)
    spans = [span_days([articles[i] for i in members]) for members in largest]
    print(f"largest stories: {[len(members) for members in largest[:8]]}, merges {merges}")
    print(
        f"stories spanning > 7 days: {sum(s > 7 for s in spans)}, > 14 days: "
        f"{sum(s > 14 for s in spans)}; longest span {max(spans, default=0):.0f} days"
    )
    for members, days in zip(largest[:show], spans, strict=False):
        print(f"--- {len(members)} articles over {days:.0f} days")
        for i in members[:: max(1, len(members) // 12)]:
            article = articles[i]
            when = article.published.date() if article.published else "undated"
            print(f"  {when} {article.outlet} {(article.title or '')[:90]}")


def span_days(members: list[StoryArticle]) -> float:
    """Days between the first and the last dated member."""
    dates = [a.published for a in members if a.published is not None]
    return (max(dates) - min(dates)).total_seconds() / 86400 if dates else 0.0


if __name__ == "__main__":
    main()
