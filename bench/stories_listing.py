"""Print a compact listing of one day's ANT news articles, to label stories by hand.

Usage: python bench/stories_listing.py 2018-03-05 [--chars 120]
"""

from __future__ import annotations

import argparse
import gzip
import json

from tests.shared_data import ANT

NEWS = {"internationalNews", "middleEast"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("day")
    parser.add_argument("--chars", type=int, default=120)
    args = parser.parse_args()
    with gzip.open(ANT, "rt", encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            if article["published"][:10] != args.day or article["category"] not in NEWS:
                continue
            lead = " ".join(article["text"].split())[: args.chars]
            print(f"{article['id']} | {article['published'][11:16]} | {article['title']}")
            print(f"    {lead}")


if __name__ == "__main__":
    main()
