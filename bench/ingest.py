"""Ingest speed: ANT v2.1 into a fresh temporary SQLite file through ``khabar ingest``.

The same code path as the command (read -> analyze -> one transaction per
batch), not a special fast path.  Prints articles/s and peak memory.

    PYTHONPATH=. python bench/ingest.py [--limit N] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import pstats
import resource
import sys
import tempfile
import time
from pathlib import Path

from khabar.cli import main
from khabar.store import open_store
from tests.shared_data import ANT


def limited_copy(source: Path, limit: int, folder: Path) -> Path:
    """The first ``limit`` lines of ``source`` as a plain .jsonl file."""
    target = folder / f"ant-{limit}.jsonl"
    with gzip.open(source, "rt", encoding="utf-8") as lines, target.open("w") as out:
        for number, line in enumerate(lines):
            if number == limit:
                break
            out.write(line)
    return target


def run(data: Path, db: Path, profile: bool) -> tuple[float, float]:
    """Wall-clock and CPU seconds ``khabar ingest DATA --db DB`` takes."""
    args = ["ingest", str(data), "--db", str(db)]
    profiler = cProfile.Profile() if profile else None
    started, cpu_started = time.perf_counter(), time.process_time()
    if profiler is not None:
        profiler.enable()
    code = main.main(args, standalone_mode=False)
    if profiler is not None:
        profiler.disable()
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    if code not in (0, 1, None):
        sys.exit(f"khabar ingest exited with {code}")
    if profiler is not None:
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(25)
    return elapsed, cpu


def main_bench() -> None:
    parser = argparse.ArgumentParser(description="khabar ingest speed on ANT")
    parser.add_argument("--data", type=Path, default=ANT)
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--profile", action="store_true", help="cProfile table on stderr")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data = options.data
        if options.limit:
            data = limited_copy(data, options.limit, Path(folder))
        db = Path(folder) / "bench.db"
        elapsed, cpu = run(data, db, options.profile)
        with open_store(str(db)) as store:
            counts = store.counts()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    limited = f" (first {options.limit})" if options.limit else ""
    print(f"input: {options.data}{limited}")
    print(f"articles: {counts.articles}, sources: {counts.sources}")
    print(f"time: {elapsed:.1f} s, {counts.sources / elapsed:,.0f} articles/s")
    # On a machine shared with other jobs the CPU figure is the steadier one.
    print(f"cpu: {cpu:.1f} s, {counts.sources / cpu:,.0f} articles per CPU second")
    print(f"peak memory: {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main_bench()
