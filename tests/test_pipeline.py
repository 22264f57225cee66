"""The pipeline: a batch of texts gives what each text gives alone."""

from __future__ import annotations

import gzip
import json
from datetime import datetime
from itertools import islice

from khabar.pipeline import analyze, analyze_many
from tests.shared_data import ANT, SEEDS


def test_a_batch_is_analysed_as_each_text_alone() -> None:
    with gzip.open(ANT, "rt", encoding="utf-8") as lines:
        records = [json.loads(line) for line in islice(lines, 12)]
    texts: list[tuple[str, datetime | None]] = [
        (record["text"], datetime.fromisoformat(record["published"])) for record in records
    ]
    texts += [(path.read_text(encoding="utf-8"), None) for path in sorted(SEEDS.glob("*.txt"))]
    together = analyze_many(texts)
    assert together == [analyze(text, published) for text, published in texts]
    assert sum(len(analysis.entities) for analysis in together) > 50
    assert sum(len(analysis.claims) for analysis in together) > 5


def test_an_empty_batch() -> None:
    assert analyze_many([]) == []
