"""How fast ``read_paths`` reads articles (no storage): prints documents, bad inputs,
seconds and articles per second.

    PYTHONPATH=. python bench/ingest_speed.py ../shared/data/ant/ant-v2.1.jsonl.gz
"""

from __future__ import annotations

import sys
import time

from khabar.ingest import read_paths
from khabar.model import Document


def main(paths: list[str]) -> None:
    """Read ``paths`` once and print the figures."""
    start = time.perf_counter()
    read = bad = 0
    for item in read_paths(paths):
        if isinstance(item, Document):
            read += 1
        else:
            bad += 1
    seconds = time.perf_counter() - start
    print(
        f"{read} documents, {bad} bad inputs in {seconds:.2f} s: {read / seconds:,.0f} articles/s"
    )


if __name__ == "__main__":
    main(sys.argv[1:] or ["../shared/data/ant/ant-v2.1.jsonl.gz"])
