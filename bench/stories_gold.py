"""Build bench/data/stories_gold.jsonl from the hand labels in bench/data/labels/DAY.txt.

Each label file lists one story per line (``label: id id ...``, ids without the
``-YYYYMMDD`` suffix); every other news article of that day is its own story.
Usage: python bench/stories_gold.py
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from bench.stories_listing import ANT, NEWS

LABELS = Path(__file__).parent / "data" / "labels"
GOLD = Path(__file__).parent / "data" / "stories_gold.jsonl"


def read_labels(path: Path) -> dict[str, str]:
    """Map full ANT id -> story label for the stories listed in one day's file."""
    suffix = "-" + path.stem.replace("-", "")
    labels: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        story, ids = line.split(":", 1)
        for short in ids.split():
            full = short + suffix
            if full in labels:
                raise ValueError(f"{path.name}: {short} labelled twice")
            labels[full] = f"{path.stem}/{story.strip()}"
    return labels


def main() -> None:
    days = {path.stem: read_labels(path) for path in sorted(LABELS.glob("*.txt"))}
    found: set[str] = set()
    rows = []
    with gzip.open(ANT, "rt", encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            day = article["published"][:10]
            if day not in days or article["category"] not in NEWS:
                continue
            story = days[day].get(article["id"], f"{day}/{article['id']}")
            found.add(article["id"])
            rows.append({"id": article["id"], "story": story})
    missing = {i for labels in days.values() for i in labels} - found
    if missing:
        raise ValueError(f"labelled ids not among the day's news articles: {sorted(missing)}")
    with GOLD.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} articles, {len({r['story'] for r in rows})} stories -> {GOLD}")


if __name__ == "__main__":
    main()
