"""``khabar claims`` over the seeds: filters and output forms."""

from __future__ import annotations

import csv
import io
import json

from tests.cli.stories_support import SEED_OUTLETS, json_of, run_seeds
from tests.cli.support import run


def test_claims_json_by_topic(store_url: str) -> None:
    run_seeds(store_url)
    result = run("claims", "--topic", "killed", "--json", "--db", store_url)
    assert result.exit_code == 0
    found = json.loads(result.stdout)
    assert [(c["outlet"], c["value"], c["qualifier"]) for c in found] == [
        (SEED_OUTLETS[0], 1000.0, "at_least"),
        (SEED_OUTLETS[0], 600.0, "approx"),
        (SEED_OUTLETS[1], 6000.0, "more_than"),
    ]
    assert found[2]["cited"] == "مصادر من كوريا الجنوبية، وأوكرانيا، ودول غربية"
    assert found[2]["sentence"].startswith("ووفقاً لمصادر من كوريا الجنوبية")


def test_claims_by_outlet(store_url: str) -> None:
    run_seeds(store_url)
    result = run("claims", "--outlet", SEED_OUTLETS[1], "--json", "--db", store_url)
    assert {c["outlet"] for c in json.loads(result.stdout)} == {SEED_OUTLETS[1]}


def test_claims_csv_has_a_header_and_the_sentence(store_url: str) -> None:
    run_seeds(store_url)
    result = run("claims", "--topic", "sent", "--csv", "--db", store_url)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == [
        "article", "outlet", "published", "cited", "said", "said_text", "text", "value",
        "qualifier", "topic", "sentence",
    ]  # fmt: skip
    assert [row["text"] for row in rows] == ["نحو 15 ألف", "15 ألفاً", "حوالي 14 ألف"]


def test_claims_say_when_they_were_said_even_without_a_date(store_url: str) -> None:
    run_seeds(store_url)
    found = json_of("claims", "--topic", "killed", "--json", "--db", store_url)
    assert [(c["said"], c["said_text"]) for c in found] == [
        (None, "يناير"),  # "قال مسؤولون غربيون في يناير"
        (None, "بعد شهرين"),  # "فيما أعرب نواب سيول بعد شهرين"
        (None, None),
    ]
    table = run("claims", "--topic", "killed", "--db", store_url).stdout
    assert "يناير" in table and "شهرين" in table


def test_claims_table_shows_the_cited_source(store_url: str) -> None:
    run_seeds(store_url)
    result = run("claims", "--topic", "sent", "--db", store_url)
    assert result.exit_code == 0
    assert "نواب سيول" in result.stdout


def test_claims_of_an_unknown_entity_is_an_error(store_url: str) -> None:
    run_seeds(store_url)
    result = run("claims", "--entity", "ترامب", "--db", store_url)
    assert result.exit_code == 1
    assert result.stderr == "Error: no entity named 'ترامب' (see khabar entities)\n"


def test_json_and_csv_together_is_a_usage_error(store_url: str) -> None:
    result = run("claims", "--json", "--csv", "--db", store_url)
    assert result.exit_code == 2
    assert "choose one of --json and --csv" in result.stderr
