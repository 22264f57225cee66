"""``khabar run``: ingest, analyse, group, compare, and a stable summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar import runner
from khabar.pipeline import STAGES
from khabar.runner import STORY_FORM, Analyzer, analyze_job
from khabar.store import open_store
from tests.cli.stories_support import (
    SEED_OUTLETS,
    article_ids,
    dated_seeds,
    json_of,
    run_seeds,
    sport_article,
)
from tests.cli.support import run
from tests.shared_data import SEEDS


def test_seeds_make_one_story_with_both_articles(store_url: str) -> None:
    result = run_seeds(store_url)
    assert result.exit_code == 0, result.output
    assert result.stderr == ("ingested 2 new articles, 0 failed; analysed 2, grouped 2\n")
    [story] = json_of("stories", "--json", "--db", store_url)
    assert story["articles"] == article_ids(store_url, *SEED_OUTLETS)
    assert story["outlets"] == SEED_OUTLETS
    assert story["title"].startswith("بوتين يشكر كيم جونغ أون")


def test_dated_seeds_date_the_june_agreement_apart(store_url: str, tmp_path: Path) -> None:
    result = run("run", str(dated_seeds(tmp_path)), "--db", store_url, "--workers", "1")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].endswith(", 1 date disagreement")
    # 2024 dates the sending of 002's sentence, not the deaths of its "حيث" clause; the
    # sending, a year before, is still compared with 000's undated near figure
    assert "  disagreement on sent: small, gap 7%, said at different times" in lines
    assert "  disagreement on killed: large, gap 90%, said at different times" in lines
    at = lines.index("  dates disagree on وقّع، اتفاقية:")
    assert lines[at + 1 : at + 3] == [
        "    يونيو الماضي [2025-06] - skynews",
        "    يونيو 2024 [2024-06] - alyaum",
    ]


def test_summary_lists_the_story_and_both_disagreements(store_url: str) -> None:
    result = run_seeds(store_url)
    lines = result.stdout.splitlines()
    assert lines[0] == "1 story, 2 disagreements"
    assert lines[3] == f"  2 articles; outlets: {', '.join(SEED_OUTLETS)}"
    assert "  disagreement on sent: small, gap 7%" in lines
    assert "  disagreement on killed: large, gap 90%, said at different times" in lines
    assert (
        "    أكثر من 6 آلاف [6,000] - 002_811bdf774ddb3adb, "
        "cited: مصادر من كوريا الجنوبية، وأوكرانيا، ودول غربية"
    ) in lines


def test_unrelated_article_gets_its_own_story(tmp_path: Path, store_url: str) -> None:
    result = run_seeds(store_url, str(sport_article(tmp_path)))
    assert result.exit_code == 0, result.output
    seeds, sport = article_ids(store_url, *SEED_OUTLETS), article_ids(store_url, "ant_sport")
    stories = json_of("stories", "--json", "--db", store_url)
    assert sorted(story["articles"] for story in stories) == [seeds, sport]
    assert result.stdout.startswith("2 stories, ")


def test_rerun_changes_nothing_and_prints_the_same_summary(store_url: str) -> None:
    first = run_seeds(store_url)
    ledger = json_of("story", "1", "--json", "--db", store_url)
    again = run_seeds(store_url)
    assert again.exit_code == 0
    assert again.stdout == first.stdout
    assert again.stderr == (
        "ingested 0 new articles, 0 failed, 2 already stored; analysed 0, grouped 0\n"
    )
    assert json_of("story", "1", "--json", "--db", store_url) == ledger


def test_new_article_later_joins_the_stored_story(tmp_path: Path, store_url: str) -> None:
    run("run", f"{SEEDS / SEED_OUTLETS[0]}.txt", "--db", store_url, "--workers", "1")
    result = run_seeds(store_url)
    assert result.stderr.startswith("ingested 1 new article")
    [story] = json_of("stories", "--json", "--db", store_url)
    assert story["articles"] == article_ids(store_url, *SEED_OUTLETS)


def test_articles_ingested_before_are_analysed_and_grouped(store_url: str) -> None:
    assert run("ingest", str(SEEDS), "--db", store_url).exit_code == 0
    result = run("run", str(SEEDS), "--db", store_url, "--workers", "1")
    assert result.stderr.endswith("2 already stored; analysed 2, grouped 2\n")
    assert result.stdout.startswith("1 story, 2 disagreements\n")


def test_a_bad_file_is_reported_and_the_rest_still_runs(tmp_path: Path, store_url: str) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    result = run_seeds(store_url, str(bad))
    assert result.exit_code == 1
    assert f"{bad}:1: " in result.stderr
    assert "ingested 2 new articles, 1 failed" in result.stderr
    assert result.stdout.startswith("1 story, 2 disagreements\n")


def test_pool_gives_the_inline_results(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "INLINE_LIMIT", 1)
    jobs = [(path.read_text(encoding="utf-8"), None) for path in sorted(SEEDS.glob("*.txt"))]
    with Analyzer(2) as pooled:
        results = list(pooled.start(jobs))
    inline = [analyze_job(job) for job in jobs]
    assert [(r.analysis, r.form) for r in results] == [(r.analysis, r.form) for r in inline]
    assert set(results[0].times) == {name for name, _stage in STAGES} | {STORY_FORM}


def test_workers_must_be_positive(store_url: str) -> None:
    result = run("run", str(SEEDS), "--db", store_url, "--workers", "0")
    assert result.exit_code == 2
    assert "--workers" in result.stderr


def test_stored_counts_after_a_run(store_url: str) -> None:
    run_seeds(store_url)
    with open_store(store_url) as store:
        assert store.counts().articles == 2
        assert store.unanalyzed() == []


def test_show_limits_the_stories_listed(tmp_path: Path, store_url: str) -> None:
    result = run_seeds(store_url, str(sport_article(tmp_path)), "--show", "1")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("2 stories, ")
    assert lines[2].startswith("story 1: بوتين يشكر كيم جونغ أون")
    assert lines[-1] == "... and 1 more story (khabar stories)"
