"""Speed of ``find_quantities`` over the ANT corpus texts: prints MB/s and quantities found.

Usage: PYTHONPATH=. python bench/numbers_speed.py [path to ant-v2.1.jsonl.gz] [max articles]
"""

from __future__ import annotations

import gzip
import json
import sys
import time

from khabar.extract.numbers import find_quantities

DEFAULT = "/work/shared/data/ant/ant-v2.1.jsonl.gz"


def main() -> None:
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else None
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] or "" for line in lines][:limit]
    size = sum(len(t.encode("utf-8")) for t in texts)
    started = time.perf_counter()
    found = sum(len(find_quantities(t)) for t in texts)
    elapsed = time.perf_counter() - started
    print(
        f"{len(texts)} texts, {size / 1e6:.1f} MB, {found} quantities, {elapsed:.1f} s, "
        f"{size / 1e6 / elapsed:.2f} MB/s"
    )


if __name__ == "__main__":
    main()
