"""Accuracy and speed of khabar's date (and number) extraction, with dateparser beside it.

Prints three sets of figures:
1. dates on ``bench/data/dates_gold.jsonl`` for khabar and dateparser's ``search_dates``:
   recall (a gold date is right when a found expression overlaps its span and has its
   value at the gold resolution) and precision (found expressions that are right);
2. quantities on ``bench/data/quantities_gold.jsonl`` (exact span text, value, qualifier,
   unit) when that file and ``khabar.extract.numbers`` exist;
3. speed over the ANT corpus: khabar on every text, dateparser on a sample.

Run from the repository root: ``python bench/numbers_dates.py [--limit N]``.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import math
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # measure this checkout, not an installed khabar

from khabar.extract.dates import find_dates  # noqa: E402
from tests.shared_data import ANT  # noqa: E402

DATES_GOLD = ROOT / "bench" / "data" / "dates_gold.jsonl"
QUANTITIES_GOLD = ROOT / "bench" / "data" / "quantities_gold.jsonl"
DATEPARSER_SAMPLE = 300  # search_dates runs at well under 0.1 MB/s


@dataclass(frozen=True, slots=True)
class Found:
    """A date expression found by a system: its span and ISO value (None if unresolved)."""

    start: int
    end: int
    value: str | None


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


# --- dates -----------------------------------------------------------------------------


def at_resolution(value: str | None, resolution: str) -> str | None:
    """``value`` (ISO day, week, month or year) coarsened to ``resolution``; None if finer."""
    if value is None:
        return None
    if len(value) == 10:  # a day
        day = date.fromisoformat(value)
        if resolution == "week":
            year, week, _ = day.isocalendar()
            return f"{year}-W{week:02d}"
        return {"day": value, "month": value[:7], "year": value[:4]}[resolution]
    if "-W" in value:
        return value if resolution == "week" else None
    if len(value) == 7:
        return {"month": value, "year": value[:4]}.get(resolution)
    return value if resolution == "year" else None


def khabar_dates(text: str, published: date) -> list[Found]:
    return [Found(d.start, d.end, d.value) for d in find_dates(text, published)]


def dateparser_dates(text: str, published: date) -> list[Found]:
    """dateparser's ``search_dates`` with the publication date as its relative base."""
    from dateparser.search import search_dates

    settings = {
        "RELATIVE_BASE": datetime(published.year, published.month, published.day),
        "PREFER_DATES_FROM": "past",
    }
    found, position = [], 0
    for span, moment in search_dates(text, languages=["ar"], settings=settings) or []:
        start = text.find(span, position)
        if start < 0:
            start = text.find(span)
        position = start + len(span)
        found.append(Found(start, start + len(span), moment.date().isoformat()))
    return found


def gold_spans(line: dict[str, Any]) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """Each gold date of a line with its span, located in order of the annotations."""
    position = 0
    for gold in line["dates"]:
        start = line["text"].index(gold["text"], position)
        position = start + len(gold["text"])
        yield start, position, gold


def score_dates(system: Callable[[str, date], list[Found]], gold: list[dict[str, Any]]) -> str:
    """Recall and precision of ``system`` on the gold lines, as one printable line."""
    right = total = found_right = found_total = 0
    for line in gold:
        found = system(line["text"], date.fromisoformat(line["published"]))
        found_total += len(found)
        matched: set[int] = set()
        for start, end, expected in gold_spans(line):
            total += 1
            hits = [
                i
                for i, item in enumerate(found)
                if item.start < end
                and start < item.end
                and at_resolution(item.value, expected["resolution"]) == expected["value"]
            ]
            right += bool(hits)
            matched.update(hits)
        found_right += len(matched)
    precision = found_right / found_total if found_total else 0.0
    return (
        f"recall {right}/{total} = {right / total:.1%}   "
        f"precision {found_right}/{found_total} = {precision:.1%}"
    )


# --- quantities ------------------------------------------------------------------------


def quantities_module() -> Any | None:
    try:
        module = importlib.import_module("khabar.extract.numbers")
    except ModuleNotFoundError:
        return None
    return module if hasattr(module, "find_quantities") else None


def same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9)


def score_quantities(find_quantities: Callable[..., list[Any]], gold: list[dict[str, Any]]) -> str:
    right = total = 0
    for line in gold:
        found = find_quantities(line["text"])
        for expected in line["quantities"]:
            total += 1
            right += any(
                q.text == expected["text"]
                and same_number(q.value, expected["value"])
                and q.qualifier == expected["qualifier"]
                and q.unit == expected["unit"]
                for q in found
            )
    return f"accuracy {right}/{total} = {right / total:.1%}" if total else "no gold quantities"


# --- speed -----------------------------------------------------------------------------


def ant_articles(limit: int | None) -> list[tuple[str, date]]:
    articles = []
    with gzip.open(ANT, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            articles.append((record["text"], datetime.fromisoformat(record["published"]).date()))
            if limit and len(articles) >= limit:
                break
    return articles


def speed(name: str, run: Callable[[str, date], object], articles: list[tuple[str, date]]) -> None:
    megabytes = sum(len(text.encode()) for text, _ in articles) / 1e6
    wall, cpu = time.perf_counter(), time.process_time()
    for text, published in articles:
        run(text, published)
    wall, cpu = time.perf_counter() - wall, max(time.process_time() - cpu, 1e-6)
    print(
        f"  {name:<28} {len(articles):>6} texts {megabytes:7.2f} MB  "
        f"cpu {cpu:6.2f} s ({megabytes / cpu:5.2f} MB/s)  wall {wall:6.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="read only the first N ANT articles")
    args = parser.parse_args()

    gold = read_jsonl(DATES_GOLD)
    print(f"Dates on {DATES_GOLD.relative_to(ROOT)} ({sum(len(g['dates']) for g in gold)} dates)")
    print(f"  khabar      {score_dates(khabar_dates, gold)}")
    print(f"  dateparser  {score_dates(dateparser_dates, gold)}")

    numbers = quantities_module()
    if numbers is None:
        print("Quantities: khabar.extract.numbers.find_quantities not present, skipped")
    elif not QUANTITIES_GOLD.exists():
        print(f"Quantities: {QUANTITIES_GOLD.relative_to(ROOT)} not present, skipped")
    else:
        quantities = read_jsonl(QUANTITIES_GOLD)
        print(f"Quantities on {QUANTITIES_GOLD.relative_to(ROOT)}")
        print(f"  khabar      {score_quantities(numbers.find_quantities, quantities)}")

    articles = ant_articles(args.limit)
    print(f"Speed on {ANT.name} (one core)")
    speed("khabar find_dates", find_dates, articles)
    if numbers is not None:
        speed("khabar find_quantities", lambda text, _: numbers.find_quantities(text), articles)
    sample = articles[:DATEPARSER_SAMPLE]
    speed(f"dateparser (first {len(sample)})", dateparser_dates, sample)


if __name__ == "__main__":
    main()
