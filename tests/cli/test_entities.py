"""``khabar entities`` and ``khabar entity`` on a store with known mentions."""

from __future__ import annotations

import json

import pytest

from khabar.model import Document, Mention
from khabar.pipeline import analyze
from khabar.store import open_store
from tests.cli.stories_support import SEED_OUTLETS, run_seeds
from tests.cli.support import run

KIM_G = "التقى فلاديمير بوتين وكيم جونغ أون في بكين."
KIM_J = "وصل كيم جونج أون إلى بكين، واستقبل الزعيم كيم جونج أون بحفاوة."


def mentions(text: str) -> list[Mention]:
    """Kim Jong Un and Beijing in ``text``, as the NER stage gives them."""
    found = []
    for spelling, kind, key in (
        ("كيم جونغ أون", "PERSON", "Kim Jong Un"),
        ("كيم جونج أون", "PERSON", "Kim Jong Un"),
        ("بكين", "PLACE", "Beijing"),
    ):
        start = text.find(spelling)
        while start >= 0:
            found.append(Mention(start, start + len(spelling), spelling, kind, key))
            start = text.find(spelling, start + 1)
    return sorted(found, key=lambda m: m.start)


def fill(store_url: str) -> None:
    with open_store(store_url) as store:
        for number, (text, outlet) in enumerate(((KIM_G, "bbc"), (KIM_J, "skynews"))):
            document = Document(text=text, source=f"{number}.txt", outlet=outlet, title=outlet)
            analysis = analyze(text)
            analysis.entities = mentions(text)
            store.save_analysis(store.add(document, analysis).article_id, analysis)


def test_entities_json_lists_spellings_counts_and_articles(store_url: str) -> None:
    fill(store_url)
    result = run("entities", "--json", "--db", store_url)
    assert result.exit_code == 0
    kim, beijing = json.loads(result.stdout)
    assert (kim["display"], kim["type"], kim["english"]) == (
        "كيم جونج أون",
        "PERSON",
        "Kim Jong Un",
    )
    assert kim["spellings"] == {"كيم جونج أون": 2, "كيم جونغ أون": 1}
    assert (kim["articles"], beijing["articles"]) == (2, 2)
    assert beijing["english"] == "Beijing"


def test_entities_filter_by_type(store_url: str) -> None:
    fill(store_url)
    result = run("entities", "--type", "PLACE", "--json", "--db", store_url)
    assert [e["key"] for e in json.loads(result.stdout)] == ["Beijing"]


def test_entities_table_shows_spellings(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "400")  # rich wraps cells to the terminal width
    fill(store_url)
    result = run("entities", "--db", store_url)
    assert result.exit_code == 0
    assert "كيم جونغ أون (1)" in result.stdout
    assert "Kim Jong Un" in result.stdout


def test_entities_rejects_an_unknown_type(store_url: str) -> None:
    result = run("entities", "--type", "PEOPLE", "--db", store_url)
    assert result.exit_code == 2
    assert "'PEOPLE' is not one of" in result.stderr


def test_entity_by_another_spelling_lists_its_articles(store_url: str) -> None:
    fill(store_url)
    result = run("entity", "كيم جونغ-أون", "--db", store_url)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "كيم جونج أون (PERSON, Kim Jong Un)"
    assert lines[1] == "spellings: كيم جونج أون (2), كيم جونغ أون (1)"
    assert lines[2] == "2 articles:"
    assert [line.split()[1] for line in lines[3:]] == ["bbc", "skynews"]


def test_entity_by_english_name(store_url: str) -> None:
    fill(store_url)
    result = run("entity", "beijing", "--json", "--db", store_url)
    assert json.loads(result.stdout)["display"] == "بكين"


def test_unknown_entity_is_one_line_error(store_url: str) -> None:
    fill(store_url)
    result = run("entity", "ترامب", "--db", store_url)
    assert result.exit_code == 1
    assert result.stderr == "Error: no entity named 'ترامب' (see khabar entities)\n"


def test_seeds_kim_jong_un_has_both_spellings(store_url: str) -> None:
    assert run_seeds(store_url).exit_code == 0
    result = run("entity", "Kim Jong Un", "--json", "--db", store_url)
    kim = json.loads(result.stdout)
    assert (kim["english"], kim["type"], kim["articles"]) == ("Kim Jong Un", "PERSON", 2)
    assert {"كيم جونغ أون", "كيم جونج أون"} <= set(kim["spellings"])
    assert [a["outlet"] for a in kim["mentioned_in"]] == SEED_OUTLETS


def test_seeds_entities_include_the_places_of_the_story(store_url: str) -> None:
    run_seeds(store_url)
    found = json.loads(run("entities", "--type", "PLACE", "--json", "--db", store_url).stdout)
    assert {"North Korea", "Pyongyang", "Beijing"} <= {e["english"] for e in found}
    [pyongyang] = [e for e in found if e["english"] == "Pyongyang"]
    assert {"بيونج يانج", "بيونغ يانغ"} <= set(pyongyang["spellings"])
