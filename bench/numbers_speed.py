"""Speed of ``find_quantities`` over the ANT corpus texts: prints MB/s and quantities found.

The machine is shared, so the figure to read is CPU time (one core), not wall time.
Usage: PYTHONPATH=. python bench/numbers_speed.py [ant-v2.1.jsonl.gz] [max articles]
"""

from __future__ import annotations

import gzip
import json
import sys
import time

from khabar.extract.numbers import find_quantities
from tests.shared_data import ANT

DEFAULT = str(ANT)


def main() -> None:
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else None
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] or "" for line in lines][:limit]
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    started, cpu_started = time.perf_counter(), time.process_time()
    found = sum(len(find_quantities(t)) for t in texts)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    print(
        f"{len(texts)} texts, {size:.1f} MB (UTF-8), {found} quantities, "
        f"wall {wall:.1f} s, CPU {cpu:.1f} s, {size / cpu:.2f} MB/s of CPU"
    )


if __name__ == "__main__":
    main()
