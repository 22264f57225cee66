"""The whole pipeline (the ``khabar run`` code path) over ANT into a fresh SQLite store.

Prints articles/s, the time of each phase (ingest, each analysis stage, save,
grouping, compare), peak memory of this process and of the largest worker, and
the p50/p99 time to add one more article to the grouped store: analyse + save +
group a single new article, with the grouper kept warm (a long-running process)
and cold (``khabar run`` on one file: the grouper rebuilt from the store).

    PYTHONPATH=. python bench/pipeline.py [--limit N] [--workers 2] [--add 200] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import os
import pstats
import resource
import statistics
import sys
import tempfile
import threading
import time
from itertools import islice
from pathlib import Path

from khabar.ingest import read_paths
from khabar.model import Document
from khabar.pipeline import STAGES
from khabar.runner import STORY_FORM, Analyzer, Outcome, Runner
from khabar.store import Store, open_store

ANT = Path(__file__).resolve().parents[2] / "shared" / "data" / "ant" / "ant-v2.1.jsonl.gz"
if not ANT.exists():
    ANT = Path("/work/shared/data/ant/ant-v2.1.jsonl.gz")
# Cold adds rebuild the grouper from the store each time: a few are enough.
COLD_ADDS = 20


class Silent:
    """A progress reporter that only counts problems."""

    def __init__(self) -> None:
        self.problems = 0

    def advance(self) -> None:
        pass

    def problem(self, message: str) -> None:
        self.problems += 1


class MemorySampler:
    """The largest summed resident memory of this process and its workers, sampled from
    /proc every half second during the bulk run (``ru_maxrss`` of children also counts
    the forked image of the parent before a spawned worker's exec)."""

    def __init__(self) -> None:
        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.wait(0.5):
            pids = [os.getpid(), *_descendants(os.getpid())]
            self.peak_mb = max(self.peak_mb, sum(map(_resident_mb, pids)))


def _descendants(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children")
    found = [int(child) for child in children.read_text().split()] if children.exists() else []
    return found + [grandchild for child in found for grandchild in _descendants(child)]


def _resident_mb(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:  # the process ended meanwhile
        return 0.0
    return next(
        (int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmRSS:")),
        0.0,
    )


def split_input(source: Path, limit: int | None, held_out: int, folder: Path) -> tuple[Path, Path]:
    """The first ``limit`` lines (all when None) less the last ``held_out`` as the bulk
    file, and those ``held_out`` lines as the file of articles added one at a time."""
    with gzip.open(source, "rt", encoding="utf-8") as lines:
        kept = list(islice(lines, limit))
    bulk, extra = folder / "bulk.jsonl", folder / "extra.jsonl"
    bulk.write_text("".join(kept[: len(kept) - held_out]), encoding="utf-8")
    extra.write_text("".join(kept[len(kept) - held_out :]), encoding="utf-8")
    return bulk, extra


def bulk_run(store: Store, path: Path, workers: int, profile: bool) -> tuple[Outcome, float]:
    """``Runner.run`` over the bulk file; the outcome and wall-clock seconds."""
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    outcome = Runner(store, Silent(), workers=workers).run(read_paths([path]))
    if profiler is not None:
        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(30)
    return outcome, time.perf_counter() - started


def add_warm(store: Store, documents: list[Document]) -> tuple[list[float], list[float], float]:
    """Seconds to add each document (total, analysis) with one grouper kept across adds,
    and the seconds rebuilding that grouper took once."""
    runner = Runner(store, Silent(), workers=1)
    started = time.perf_counter()
    grouper = runner.restore([d.published for d in documents])
    restore = time.perf_counter() - started
    totals, analyses = [], []
    with Analyzer(1) as analyzer:
        for document in documents:
            before = _analysis_seconds(runner)
            started = time.perf_counter()
            runner.ingest([document], analyzer)
            grouper = runner.group(grouper) or grouper
            totals.append(time.perf_counter() - started)
            analyses.append(_analysis_seconds(runner) - before)
    return totals, analyses, restore


def _analysis_seconds(runner: Runner) -> float:
    names = [name for name, _stage in STAGES] + [STORY_FORM]
    return sum(runner.timings.seconds.get(name, 0.0) for name in names)


def add_cold(store: Store, documents: list[Document]) -> list[float]:
    """Seconds of a whole ``Runner.run`` (grouper rebuilt from the store) per document."""
    times = []
    for document in documents:
        started = time.perf_counter()
        Runner(store, Silent(), workers=1).run([document])
        times.append(time.perf_counter() - started)
    return times


def percentiles(values: list[float]) -> str:
    if len(values) < 2:
        return "n/a"
    cuts = statistics.quantiles(values, n=100)
    return f"p50 {cuts[49] * 1000:.1f} ms, p99 {cuts[98] * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description="khabar run (whole pipeline) on ANT")
    parser.add_argument("--data", type=Path, default=ANT)
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--add", type=int, default=200, help="articles added one at a time")
    parser.add_argument("--profile", action="store_true", help="cProfile of the main process")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bulk, extra = split_input(options.data, options.limit, options.add, Path(folder))
        with open_store(str(Path(folder) / "bench.db")) as store:
            with MemorySampler() as memory:
                outcome, elapsed = bulk_run(store, bulk, options.workers, options.profile)
            counts = store.counts()
            self_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            child_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            added = [d for d in read_paths([extra]) if isinstance(d, Document)]
            warm, analyses, restore = add_warm(store, added[COLD_ADDS:])
            cold = add_cold(store, added[:COLD_ADDS])
    stored = outcome.counts
    print(f"input: {options.data} (first {options.limit or 'all'}), workers {options.workers}")
    print(f"articles: {counts.articles} stored, {stored.analyzed} analysed, {stored.failed} failed")
    print(f"stories: {outcome.stories}, disagreements: {outcome.disagreements}")
    print(f"time: {elapsed:.1f} s, {stored.analyzed / elapsed:,.0f} articles/s")
    print("phases (main process wall s; analysis stages: CPU s summed over workers):")
    for phase, seconds in outcome.timings.seconds.items():
        per_article = seconds / max(stored.analyzed, 1) * 1000
        print(f"  {phase:<14} {seconds:8.2f} s  {per_article:6.2f} ms/article")
    print(
        f"peak memory: main and workers together {memory.peak_mb:,.0f} MB (sampled); "
        f"main {self_peak:,.0f} MB, any child {child_peak:,.0f} MB (ru_maxrss)"
    )
    excluded = [t - a for t, a in zip(warm, analyses, strict=True)]
    print(
        f"add one (warm grouper, restored once in {restore * 1000:.0f} ms), {len(warm)} articles:"
    )
    print(f"  with analysis:    {percentiles(warm)}")
    print(f"  without analysis: {percentiles(excluded)}")
    print(f"add one (cold: khabar run on one article), {len(cold)} articles: {percentiles(cold)}")


if __name__ == "__main__":
    main()
