"""Build khabar/data/stories/idf.tsv.gz: document frequencies of story terms over ANT.

The story grouper weights terms by a fixed IDF so it never refits.  Counted over
the ANT corpus v2.1 (Apache-2.0; Chouigui et al., AICCSA 2017), leaving out the
days used to judge or label story grouping (24-26 Feb 2018 and the days of
bench/data/labels).  Terms seen in fewer than MIN_DF documents are dropped: the
grouper weighs unseen terms as rare anyway.
Usage: python scripts/build_story_idf.py [/path/to/ant-v2.1.jsonl.gz]
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

from khabar.stories.vectors import IDF_FILE, terms
from tests.shared_data import ANT

ROOT = Path(__file__).resolve().parent.parent
MIN_DF = 3
JUDGED_DAYS = {"2018-02-24", "2018-02-25", "2018-02-26"}


def excluded_days() -> set[str]:
    """Days kept out of the table: the judging days and the hand-labelled days."""
    labelled = {path.stem for path in (ROOT / "bench" / "data" / "labels").glob("*.txt")}
    return JUDGED_DAYS | labelled


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else ANT
    skip = excluded_days()
    frequencies: Counter[str] = Counter()
    documents = 0
    with gzip.open(source, "rt", encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            if article["published"][:10] in skip:
                continue
            documents += 1
            frequencies.update(set(terms(f"{article['title']}\n{article['text']}")))
    kept = sorted((t, n) for t, n in frequencies.items() if n >= MIN_DF)
    body = "".join(f"{t}\t{n}\n" for t, n in kept)
    target = ROOT / "khabar" / "data" / IDF_FILE
    target.write_bytes(gzip.compress(f"#documents\t{documents}\n{body}".encode(), mtime=0))
    print(f"{documents} documents, {len(kept)} terms -> {target} ({target.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
