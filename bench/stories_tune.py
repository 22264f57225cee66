"""Grid-search the story grouper's weights and thresholds on the tuning days.

Prints the best settings by B-cubed F1 on the tuning split and, for those
settings only, the held-out figures (never used to choose).
Usage: PYTHONPATH=. python bench/stories_tune.py [--entities proxy|ner] [--top 10]
"""

from __future__ import annotations

import argparse
from itertools import product

from bench.stories import bcubed, load, run_grouper, split
from bench.stories_entities import entity_function
from khabar.stories.group import GroupingParams

JOIN = [0.14, 0.16, 0.18, 0.2, 0.22, 0.24, 0.26, 0.28, 0.3]
TITLE = [0.0, 0.25, 0.5, 1.0]
ENTITY = [0.0, 0.25, 0.5, 1.0]
MERGE_ABOVE_JOIN = [0.05, 0.1, 0.2, 1.0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entities", default="proxy", choices=["proxy", "ner"])
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()
    items = load(entity_function(args.entities))
    tuning, held_out = split(items, "tuning"), split(items, "held-out")
    results = []
    for join, title, entity, above in product(JOIN, TITLE, ENTITY, MERGE_ABOVE_JOIN):
        params = GroupingParams(
            title_weight=title, entity_weight=entity, join=join, merge=round(join + above, 2)
        )
        predicted, _ = run_grouper(tuning, params)
        results.append((bcubed(predicted, [i.story for i in tuning]), params))
    results.sort(key=lambda result: -result[0][2])
    for (precision, recall, f1), params in results[: args.top]:
        held, _ = run_grouper(held_out, params)
        hp, hr, hf = bcubed(held, [i.story for i in held_out])
        print(
            f"join={params.join} merge={params.merge} title={params.title_weight} "
            f"entity={params.entity_weight}: tuning P={precision:.3f} R={recall:.3f} "
            f"F1={f1:.3f} | held-out P={hp:.3f} R={hr:.3f} F1={hf:.3f}"
        )


if __name__ == "__main__":
    main()
