"""``khabar stories`` and ``khabar story``: listing and the claim ledger."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.store import open_store
from tests.cli.stories_support import SEED_OUTLETS, article_ids, dated_seeds, json_of, run_seeds
from tests.cli.support import run


def test_stories_json_keys(store_url: str) -> None:
    run_seeds(store_url)
    [story] = json_of("stories", "--json", "--db", store_url)
    assert list(story) == [
        "id", "title", "articles", "outlets", "first_published", "last_published"
    ]  # fmt: skip
    assert story["articles"] == article_ids(store_url, *SEED_OUTLETS)


def test_stories_table(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "400")  # rich wraps cells to the terminal width
    run_seeds(store_url)
    result = run("stories", "--db", store_url)
    assert result.exit_code == 0
    assert "000_75b14adfd6e8883b" in result.stdout


def test_story_json_is_the_ledger_contract(store_url: str) -> None:
    run_seeds(store_url)
    ledger = json_of("story", "1", "--json", "--db", store_url)
    assert list(ledger) == [
        "id", "title", "articles", "outlets", "claims", "disagreements", "timelines",
        "date_disagreements",
    ]  # fmt: skip
    assert list(ledger["claims"][0]) == [
        "article", "outlet", "published", "topic", "subject", "text", "value", "low", "high",
        "qualifier", "unit", "cited", "via", "said", "said_text", "period", "sentence",
        "reading",
    ]  # fmt: skip
    assert list(ledger["claims"][0]["reading"]) == [
        "part", "earlier", "running", "rate", "forecast", "overtaken"
    ]  # fmt: skip
    assert list(ledger["disagreements"][0]) == [
        "topic", "unit", "claims", "gap", "severity", "development"
    ]  # fmt: skip
    assert list(ledger["timelines"]["killed"][0]) == ["claim", "when"]


def test_story_ledger_has_both_seed_disagreements(store_url: str) -> None:
    run_seeds(store_url)
    ledger = json_of("story", "1", "--json", "--db", store_url)
    claims = ledger["claims"]
    found = {
        d["topic"]: (d["severity"], round(d["gap"], 3), [
            (claims[i]["outlet"], claims[i]["cited"], claims[i]["value"]) for i in d["claims"]
        ])
        for d in ledger["disagreements"]
    }  # fmt: skip
    assert found["sent"] == (
        "small",
        0.067,
        [
            (SEED_OUTLETS[0], "سيول", 15000.0),
            (SEED_OUTLETS[0], "نواب سيول", 15000.0),
            (SEED_OUTLETS[1], "مصادر من كوريا الجنوبية، وأوكرانيا، ودول غربية", 14000.0),
        ],
    )
    severity, _gap, figures = found["killed"]
    assert severity == "large"
    assert (SEED_OUTLETS[1], "مصادر من كوريا الجنوبية، وأوكرانيا، ودول غربية", 6000.0) in figures
    assert (SEED_OUTLETS[0], "نواب سيول", 600.0) in figures


def test_story_text_shows_claims_disagreements_and_timelines(store_url: str) -> None:
    run_seeds(store_url)
    result = run("story", "1", "--db", store_url)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("story 1: بوتين يشكر كيم جونغ أون")
    assert "disagreements (2):" in lines
    assert any(line.startswith("  sent: small, gap 7%: ") for line in lines)
    assert any(
        line.startswith("  killed: large, gap 90% (said at different times") for line in lines
    )
    # Undated on the timeline, the figures are dated by the words of the text.
    assert any(
        line.startswith("  killed: يناير نحو ألف مقاتل على الأقل")
        and " -> بعد شهرين نحو 600 " in line
        and " -> undated أكثر من 6 آلاف " in line
        for line in lines
    )
    assert any(
        "cited: نواب سيول, undated, said: بعد شهرين" in line for line in lines
    )  # the seeds carry no date, but the text says when


def test_story_shows_the_dates_outlets_give_one_event(store_url: str, tmp_path: Path) -> None:
    assert run("run", str(dated_seeds(tmp_path)), "--db", store_url).exit_code == 0
    [found] = json_of("story", "1", "--json", "--db", store_url)["date_disagreements"]
    assert list(found) == ["words", "dates"]
    assert [(d["outlet"], d["text"], d["value"]) for d in found["dates"]] == [
        ("skynews", "يونيو الماضي", "2025-06"),
        ("alyaum", "يونيو 2024", "2024-06"),
    ]
    assert found["dates"][1]["sentence"].startswith("وقعت موسكو وبيونج في يونيو 2024 اتفاقية")
    lines = run("story", "1", "--db", store_url).stdout.splitlines()
    at = lines.index("date disagreements (1):")
    assert lines[at + 1 : at + 3] == ["  وقّع، اتفاقية:", "    يونيو الماضي = 2025-06 - skynews"]
    assert lines[at + 3].startswith("      ففي يونيو الماضي وقّع بوتين وكيم اتفاقية")
    assert lines[at + 4] == "    يونيو 2024 = 2024-06 - alyaum"


def test_unknown_story_is_one_line_error(store_url: str) -> None:
    open_store(store_url).close()
    result = run("story", "99", "--db", store_url)
    assert result.exit_code == 1
    assert result.stderr == "Error: no story with id 99 (see khabar stories)\n"


ELECTION = {
    "a.txt": (
        "فوز أردوغان بالانتخابات الرئاسية التركية\n\n"
        "أعلنت اللجنة العليا للانتخابات في تركيا، الاثنين، فوز الرئيس رجب طيب أردوغان بولاية"
        " جديدة بعد حصوله على 52.5 في المئة من الأصوات في الانتخابات الرئاسية.\n\n"
        "وبحسب النتائج، حصل مرشح المعارضة محرم إنجه على 30.7 في المئة من الأصوات.\n"
    ),
    "b.txt": (
        "أردوغان يفوز بولاية رئاسية جديدة في تركيا\n\n"
        "فاز الرئيس التركي رجب طيب أردوغان بالانتخابات الرئاسية بحصوله على 52.6 بالمئة من"
        " الأصوات، وفق ما أعلنت اللجنة العليا للانتخابات الاثنين.\n"
    ),
}


def test_each_candidate_s_share_lines_up_and_is_shown_by_name(
    store_url: str, tmp_path: Path
) -> None:
    for name, text in ELECTION.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert run("run", str(tmp_path), "--db", store_url, "--workers", "1").exit_code == 0
    ledger = json_of("story", "1", "--json", "--db", store_url)
    [disagreement] = ledger["disagreements"]
    shares = [ledger["claims"][i] for i in disagreement["claims"]]
    assert [(c["value"], c["subject"]) for c in shares] == [
        (52.5, "رجب طيب أردوغان"),
        (52.6, "رجب طيب أردوغان"),
    ]
