"""Grid-search the story grouper's weights and thresholds on the tuning days.

Prints the best settings by B-cubed F1 on the tuning split and, for those
settings only, the held-out figures (never used to choose).
Usage: PYTHONPATH=. python bench/stories_tune.py [--entities proxy|ner] [--context] [--top 10]
"""

from __future__ import annotations

import argparse
from itertools import product

from bench.stories import bcubed, load, run_grouper, scored, split
from bench.stories_entities import entity_function
from khabar.stories.group import GroupingParams

JOIN = [0.14, 0.16, 0.18, 0.2, 0.22, 0.24]
TITLE = [0.25, 0.5]
ENTITY = [0.0, 0.25]
MERGE_ABOVE_JOIN = [0.1]
CENTROID = [0.0, 0.3, 0.6]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entities", default="proxy", choices=["proxy", "ner"])
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--context", action="store_true", help="feed all articles of the days")
    args = parser.parse_args()
    items = load(entity_function(args.entities), context=args.context)
    tuning, held_out = split(items, "tuning"), split(items, "held-out")
    results = []
    grid = product(JOIN, TITLE, ENTITY, MERGE_ABOVE_JOIN, CENTROID)
    for join, title, entity, above, centroid in grid:
        params = GroupingParams(
            title_weight=title,
            entity_weight=entity,
            centroid_weight=centroid,
            join=join,
            merge=round(join + above, 2),
        )
        predicted, _ = run_grouper(tuning, params, cached=True)
        results.append((bcubed(*scored(tuning, predicted)), params))
    results.sort(key=lambda result: -result[0][2])
    for (precision, recall, f1), params in results[: args.top]:
        held, _ = run_grouper(held_out, params)
        hp, hr, hf = bcubed(*scored(held_out, held))
        print(
            f"join={params.join} merge={params.merge} title={params.title_weight} "
            f"entity={params.entity_weight} centroid={params.centroid_weight}: "
            f"tuning P={precision:.3f} R={recall:.3f} F1={f1:.3f} | "
            f"held-out P={hp:.3f} R={hr:.3f} F1={hf:.3f}"
        )


if __name__ == "__main__":
    main()
