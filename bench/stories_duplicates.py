"""Where to put the near-duplicate threshold: MinHash Jaccard of ANT article pairs.

Sketches every ANT article of one month (default March 2018), finds pairs with
an LSH at Jaccard 0.4, and prints how many pairs fall in each tenth with a few
titles from each band, to read which bands are reprints of one dispatch and
which are different reports.
Usage: PYTHONPATH=. python bench/stories_duplicates.py [--month 2018-03]
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter

from datasketch import MinHash, MinHashLSH

from bench.stories_listing import ANT
from khabar.stories.dedup import NUM_PERM, sketch

BANDS = ((0.4, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--month", default="2018-03")
    parser.add_argument("--show", type=int, default=8)
    args = parser.parse_args()
    if args.month == "2018-02":
        raise SystemExit("February 2018 holds the judging days (24-26 Feb): pick another month")
    lsh = MinHashLSH(threshold=0.4, num_perm=NUM_PERM)
    rows: list[dict[str, str]] = []
    sketches: list[MinHash] = []
    pairs: list[tuple[float, int, int]] = []
    with gzip.open(ANT, "rt", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            minhash = sketch(row["text"]) if row["published"].startswith(args.month) else None
            if minhash is None:
                continue
            index = len(rows)
            pairs += [(minhash.jaccard(sketches[j]), j, index) for j in lsh.query(minhash)]
            lsh.insert(index, minhash)
            rows.append(row)
            sketches.append(minhash)
    pairs.sort(reverse=True)
    tenths = Counter(int(score * 10) / 10 for score, _, _ in pairs)
    print(f"{len(rows)} articles; pairs per Jaccard tenth: {sorted(tenths.items())}")
    for low, high in BANDS:
        band = [pair for pair in pairs if low <= pair[0] < high]
        print(f"Jaccard [{low}, {min(high, 1.0)}]: {len(band)} pairs")
        for score, j, i in band[: args.show]:
            a, b = rows[j], rows[i]
            print(
                f"  {score:.2f} {a['outlet']}/{b['outlet']}: {a['title'][:45]} || {b['title'][:45]}"
            )


if __name__ == "__main__":
    main()
