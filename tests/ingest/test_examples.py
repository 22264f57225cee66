"""The shipped examples/ folder reads completely: the README demo depends on it."""

from __future__ import annotations

from pathlib import Path

from khabar.ingest import read_paths
from tests.ingest.support import documents, problems

EXAMPLES = Path(__file__).parents[2] / "examples"


def test_every_example_reads_without_problems() -> None:
    items = list(read_paths([EXAMPLES]))
    assert problems(items) == []
    docs = documents(items)
    assert len(docs) == 7
    assert {doc.language for doc in docs} == {"ar"}
    assert {doc.fmt for doc in docs} == {"txt", "html", "jsonl", "feed"}


def test_examples_cover_each_story_by_several_outlets() -> None:
    docs = documents(list(read_paths([EXAMPLES])))
    outlets = {doc.source.rsplit("/", 1)[-1]: doc.outlet for doc in docs}
    assert outlets == {
        "alnahar_wire.jsonl:1": "وكالة النهار للأنباء",
        "alnahar_wire.jsonl:2": "وكالة النهار للأنباء",
        "alofoq_yasmine_building.txt": "صحيفة الأفق",
        "alrasd_feed.xml#1": "شبكة الرصد الإخبارية",
        "alrasd_feed.xml#2": "شبكة الرصد الإخبارية",
        "sahel_floods_scrape.txt": "sahel_floods_scrape",
        "sahel_portal_floods.html": "بوابة الساحل",
    }


def test_only_the_metadata_free_scrape_lacks_a_date() -> None:
    undated = [doc.source for doc in documents(list(read_paths([EXAMPLES]))) if not doc.published]
    assert undated == [str(EXAMPLES / "sahel_floods_scrape.txt")]
