"""The runner's pieces: worker jobs, the analyzer, rebuilding the grouper."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from khabar.model import Document
from khabar.runner import Analyzer, Runner, analyze_chunk, analyze_job
from khabar.store import Store
from khabar.stories.group import Assignment, StoryArticle, text_form
from tests.shared_data import SEEDS

DAY = datetime(2018, 3, 5, 12, 0, tzinfo=UTC)
SEOUL = "تشير سيول إلى أن بيونغ يانغ أرسلت نحو 15 ألف عنصر إلى الجبهة."


class Quiet:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def advance(self) -> None:
        pass

    def problem(self, message: str) -> None:
        self.problems.append(message)


def test_analyze_job_times_every_stage_and_drops_the_text() -> None:
    analysis, times, error, _form = analyze_job((SEOUL, DAY))
    assert error is None and analysis is not None
    assert analysis.text == ""
    assert [(q.text, q.value) for q in analysis.quantities] == [("نحو 15 ألف", 15000.0)]
    assert all(seconds >= 0 for seconds in times.values())


def test_analyze_job_gives_the_grouping_form_of_the_cleaned_text() -> None:
    page = f"{SEOUL}\nاقرأ أيضاً: مقتل 40 شخصاً في انفجار"
    result = analyze_job((page, DAY))
    assert result.analysis is not None and result.analysis.debris
    assert result.form == text_form(SEOUL)
    assert analyze_job((page, DAY), only=frozenset({"clean"})).form is None


def test_analyze_job_reports_a_failure_instead_of_raising() -> None:
    analysis, _times, error, form = analyze_job((None, None))  # type: ignore[arg-type]
    assert analysis is None and form is None
    assert error is not None and error.startswith("analysis failed: ")


def test_analyzer_needs_a_worker() -> None:
    with pytest.raises(ValueError, match="workers must be at least 1, got 0"):
        Analyzer(0)


def stored(store: Store, number: int, published: datetime | None, story: int) -> int:
    text = f"{SEOUL} {number}"
    document = Document(text=text, source=f"{number}.txt", published=published)
    runner = Runner(store, Quiet())
    with Analyzer(1) as analyzer:
        runner.ingest([document], analyzer)
    [article_id] = runner.inputs
    store.assign_story(Assignment(article_id, story))
    return article_id


def test_restore_takes_the_window_around_the_new_articles_and_the_undated(store: Store) -> None:
    near = stored(store, 1, DAY - timedelta(days=2), 1)
    stored(store, 2, DAY - timedelta(days=10), 9)
    undated = stored(store, 3, None, 2)
    grouper = Runner(store, Quiet()).restore([DAY])
    assert grouper.stories() == {1: [near], 2: [undated]}


def test_new_stories_are_numbered_after_every_stored_one(store: Store) -> None:
    stored(store, 1, DAY - timedelta(days=30), 9)
    grouper = Runner(store, Quiet()).restore([DAY])
    assignment = grouper.add(StoryArticle(100, "نص آخر تماما عن كرة القدم", published=DAY))
    assert assignment.story_id == 10


def test_undated_new_articles_take_the_window_of_the_latest_news(store: Store) -> None:
    latest = stored(store, 1, DAY, 1)
    stored(store, 2, DAY - timedelta(days=10), 2)
    grouper = Runner(store, Quiet()).restore([None])
    assert grouper.stories() == {1: [latest]}


def test_a_failing_text_fails_alone_in_its_chunk() -> None:
    jobs = [(SEOUL, DAY), (None, None), (SEOUL + " 2", None)]
    results = analyze_chunk(jobs)  # type: ignore[arg-type]
    assert [result.error is None for result in results] == [True, False, True]
    assert results[2][0] is not None
    assert [q.text for q in results[2][0].quantities] == ["نحو 15 ألف", "2"]


def seed_document(prefix: str, published: datetime) -> Document:
    [path] = SEEDS.glob(f"{prefix}_*.txt")
    return Document(text=path.read_text(encoding="utf-8"), source=path.name, published=published)


def test_articles_in_publication_order_are_grouped_as_they_are_stored(store: Store) -> None:
    runner = Runner(store, Quiet())
    with Analyzer(1) as analyzer:
        runner.ingest([seed_document("000", DAY)], analyzer)
        # Hours out of order, as feeds sorted by local time are: still in order.
        runner.ingest([seed_document("002", DAY - timedelta(hours=5))], analyzer)
    assert store.ungrouped() == []
    assert runner.counts.grouped == 2
    assert [len(story.articles) for story in store.stories()] == [2]


def test_an_article_older_than_those_grouped_waits_for_group(store: Store) -> None:
    runner = Runner(store, Quiet())
    with Analyzer(1) as analyzer:
        runner.ingest([seed_document("002", DAY)], analyzer)
        runner.ingest([seed_document("000", DAY - timedelta(days=2))], analyzer)
    [(waiting, _published)] = store.ungrouped()
    runner.group()
    assert store.ungrouped() == []
    assert [sorted(story.articles) for story in store.stories()] == [sorted(runner.inputs)]
    assert waiting in runner.inputs


def test_a_document_the_database_refuses_is_reported_and_the_batch_goes_on(store: Store) -> None:
    bad = seed_document("002", DAY)
    bad.source, bad.extra = "bad.txt", {"not json": object()}
    documents = [seed_document("000", DAY), bad, Document(text=SEOUL, source="s.txt")]
    progress = Quiet()
    outcome = Runner(store, progress).run(documents)
    assert outcome.counts.failed == 1
    assert [problem.split(":")[0] for problem in progress.problems] == ["cannot store bad.txt"]
    assert (outcome.counts.articles, outcome.counts.grouped) == (2, 2)
    assert store.counts().articles == 2


def test_older_news_filled_in_before_stored_stories_is_grouped_at_the_end(store: Store) -> None:
    stored(store, 1, DAY + timedelta(days=10), 1)
    runner = Runner(store, Quiet())
    with Analyzer(1) as analyzer:
        runner.ingest([seed_document("000", DAY), seed_document("002", DAY)], analyzer)
    assert len(store.ungrouped()) == 2
    runner.group()
    assert store.ungrouped() == []
    assert sorted(len(story.articles) for story in store.stories()) == [1, 2]
