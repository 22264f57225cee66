"""``khabar run``: ingest, analyse on every core, group into stories, compare.

The main process reads the inputs and does every database write (one
transaction per batch of articles, as ``khabar ingest``); the analysis of the texts runs
in a ``multiprocessing`` pool, a batch ahead of the writes so both overlap.  While
the inputs come in publication order, each stored batch is grouped into stories
at once, beside the analysis of the next; an article that arrives out of order
(or undated) waits, and the rest are grouped after the last batch in
publication order.  A text already analysed in the store is not analysed again,
and grouping only adds the articles that are in no story yet, so running again
on the same inputs changes nothing.
"""

from __future__ import annotations

import gc
import multiprocessing
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from functools import partial
from itertools import chain, islice
from multiprocessing.pool import Pool
from typing import NamedTuple, Protocol

from khabar.errors import BadInput, StoreError
from khabar.model import Analysis, Document
from khabar.pipeline import STAGES, Stage, analyze_many
from khabar.store import Added, Store
from khabar.store.cleaned import clean_text
from khabar.store.schema import to_utc
from khabar.stories.group import (
    GroupingParams,
    StoryArticle,
    StoryGrouper,
    TextForm,
    text_form,
)
from khabar.stories.ledger import Ledger, ledgers

# Documents read, and sent to the pool, at a time: two batches are in memory at once.
BATCH = 512
# Texts analysed together (by one worker): large enough that pickling and the array
# operations of the batch stages cost little per text.
CHUNK = 16
# A batch with fewer texts than this is analysed inline: starting workers costs more.
INLINE_LIMIT = 32
# Main entities shown per story.
MAIN_ENTITIES = 3
# Stories a summary shows by default, largest first.
SHOWN = 20
# The timing of the workers' grouping forms (beside the analysis stages).
STORY_FORM = "story form"

Job = tuple[str, datetime | None]


class Result(NamedTuple):
    """What a worker sends back for one text: its analysis (None on failure), its share
    of the seconds per stage, the error, and the ``text_form`` grouping will read (for a
    full analysis)."""

    analysis: Analysis | None
    times: dict[str, float]
    error: str | None
    form: TextForm | None = None


class Fresh(NamedTuple):
    """A new dated article just stored: when it was published (UTC), its id, and the
    grouping form its worker computed."""

    published: datetime
    article_id: int
    form: TextForm | None


class Progress(Protocol):
    """Where the run reports progress and problems (``khabar.cli.options.Reporter``)."""

    def advance(self) -> None: ...
    def problem(self, message: str) -> None: ...


@dataclass(slots=True)
class Counts:
    """What one run did."""

    articles: int = 0
    sources: int = 0
    unchanged: int = 0
    failed: int = 0
    analyzed: int = 0
    grouped: int = 0

    def count(self, added: Added) -> None:
        """Tally one stored document: a new article, a new source of one, or nothing new."""
        if added.new_article:
            self.articles += 1
        elif added.new_source:
            self.sources += 1
        else:
            self.unchanged += 1

    def stored_line(self) -> str:
        """What was stored, in one line ("ingested 3 new articles, 1 new source of stored
        articles, 0 failed")."""
        text = f"ingested {plural(self.articles, 'new article')}"
        if self.sources:
            text += f", {plural(self.sources, 'new source')} of stored articles"
        text += f", {self.failed} failed"
        if self.unchanged:
            text += f", {self.unchanged} already stored"
        return text


def plural(number: int, noun: str) -> str:
    """Count and noun: "1 article", "2 articles", "2 stories"."""
    if number == 1:
        return f"1 {noun}"
    return f"{number} {noun[:-1] + 'ies' if noun.endswith('y') else noun + 's'}"


@dataclass(slots=True)
class Timings:
    """Seconds per phase: main-process phases are wall time, analysis stages the CPU
    time summed over the workers."""

    seconds: dict[str, float] = field(default_factory=dict)

    def add(self, phase: str, seconds: float) -> None:
        self.seconds[phase] = self.seconds.get(phase, 0.0) + seconds

    @contextmanager
    def timed(self, phase: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add(phase, time.perf_counter() - started)


@dataclass(slots=True)
class Outcome:
    """A finished run: counts, how many stories its inputs are in and how many
    disagreements (of figures, and of the dates of events) those hold, the largest
    stories with their ledgers, timings."""

    counts: Counts
    stories: int
    disagreements: int
    date_disagreements: int
    largest: list[Ledger]
    entities: dict[int, list[str]]
    timings: Timings


def analyze_job(job: Job, only: frozenset[str] | None = None) -> Result:
    """Analyse one text with every stage (or the stages named in ``only``), timing each;
    never raises (spawn-safe, top level)."""
    return analyze_chunk([job], only)[0]


def analyze_chunk(jobs: Sequence[Job], only: frozenset[str] | None = None) -> list[Result]:
    """``analyze_job`` of each job, the stages running on the whole chunk; each result
    carries its share of the chunk's stage times.  When the chunk fails, its texts are
    analysed one by one so that only the odd one fails."""
    times: dict[str, float] = {}
    stages = [_timed(n, s, times) for n, s in STAGES if only is None or n in only]
    try:
        analyses = analyze_many(jobs, stages=stages)
        forms = _text_forms(analyses, times) if only is None else [None] * len(analyses)
    except Exception as error:  # one odd text must not stop the batch
        if len(jobs) > 1:
            return [result for job in jobs for result in analyze_chunk([job], only)]
        return [Result(None, times, f"analysis failed: {type(error).__name__}: {error}")]
    share = {name: seconds / len(jobs) for name, seconds in times.items()}
    for analysis in analyses:
        analysis.text = ""  # the caller has the text: do not send it back
    return [Result(a, share, None, form) for a, form in zip(analyses, forms, strict=True)]


def _text_forms(analyses: Sequence[Analysis], times: dict[str, float]) -> list[TextForm | None]:
    """The grouping form of each analysed text, cleaned as the store cleans it."""
    started = time.perf_counter()
    forms: list[TextForm | None] = [text_form(clean_text(a.text, a.debris)) for a in analyses]
    times[STORY_FORM] = time.perf_counter() - started
    return forms


def _timed(name: str, stage: Stage, times: dict[str, float]) -> tuple[str, Stage]:
    def run(batch: Sequence[Analysis]) -> None:
        started = time.perf_counter()
        stage(batch)
        times[name] = times.get(name, 0.0) + time.perf_counter() - started

    return name, run


class Analyzer:
    """Analyses batches of texts: inline, or on a pool of ``workers`` processes started
    the first time a batch is large enough to pay for them."""

    def __init__(self, workers: int, *, only: frozenset[str] | None = None) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, got {workers}")
        self.workers = workers
        self._chunk = partial(analyze_chunk, only=only)
        self._pool: Pool | None = None

    def __enter__(self) -> Analyzer:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None

    def start(self, jobs: Sequence[Job]) -> Iterator[Result]:
        """The results of ``jobs`` in order; on the pool they are computed from now on."""
        chunks = [jobs[first : first + CHUNK] for first in range(0, len(jobs), CHUNK)]
        if self.workers == 1 or len(jobs) < INLINE_LIMIT:
            return chain.from_iterable(map(self._chunk, chunks))
        if self._pool is None:
            context = multiprocessing.get_context("spawn")
            # Workers live as long as the run: every cache of the extractors is bounded
            # (the tagger's word table at 150k words), and a fresh worker would warm up
            # its caches again.
            self._pool = context.Pool(self.workers, initializer=_start_worker)
        return chain.from_iterable(self._pool.imap(self._chunk, chunks))


def _start_worker() -> None:
    """Collect cycles less often in a worker: its extractors' caches hold millions of
    objects that every full collection walks (about 5% of analysis time on ANT)."""
    gc.set_threshold(20_000, 50, 100)


class Runner:
    """One ``khabar run`` over a store: see the module docstring."""

    def __init__(
        self,
        store: Store,
        progress: Progress,
        *,
        workers: int = 1,
        params: GroupingParams | None = None,
    ) -> None:
        self.store = store
        self.progress = progress
        self.workers = workers
        self.params = params or GroupingParams()
        self.counts = Counts()
        self.timings = Timings()
        self.inputs: set[int] = set()
        self._saved: set[int] = set()
        # Grouping while the inputs come in publication order: the grouper, and the
        # latest publication time (UTC) it has taken.
        self._streaming: StoryGrouper | None = None
        self._frontier: datetime | None = None
        self._stream: bool | None = None

    def run(self, items: Iterable[Document | BadInput], show: int = SHOWN) -> Outcome:
        """Ingest and analyse ``items``, group the new articles, compare their stories
        (the ``show`` largest come back with their ledgers)."""
        with Analyzer(self.workers) as analyzer:
            self.ingest(items, analyzer)
            self.analyze_pending(analyzer)
        self.group()
        return self.summarize(show)

    def ingest(self, items: Iterable[Document | BadInput], analyzer: Analyzer) -> None:
        """Store every document, analysing those whose text has no analysis yet."""
        iterator = iter(items)
        ahead: tuple[list[tuple[Document, bool]], Iterator[Result]] | None = None
        while True:
            with self.timings.timed("ingest"):
                batch = self._read_batch(iterator)
            if not batch and ahead is None:
                return
            results = analyzer.start([(doc.text, doc.published) for doc, new in batch if new])
            if ahead is not None:
                with self.store.batch():
                    fresh = self._store_batch(*ahead)
                self._group_in_order(fresh)
            ahead = (batch, results) if batch else None

    def _read_batch(self, iterator: Iterator[Document | BadInput]) -> list[tuple[Document, bool]]:
        """The next documents, each with whether its text still needs analysing."""
        batch = []
        for item in islice(iterator, BATCH):
            if isinstance(item, BadInput):
                self._failed(str(item))
                continue
            _article, analyzed = self.store.analysis_state(item.text)
            batch.append((item, not analyzed))
        return batch

    def _store_batch(
        self, batch: list[tuple[Document, bool]], results: Iterator[Result]
    ) -> list[Fresh]:
        """Store the batch; its new dated articles, to be grouped as they come."""
        fresh = []
        for document, new in batch:
            analysis, form = Analysis(text=document.text), None
            if new:
                with self.timings.timed("analysis wait"):
                    result = next(results)
                self._count_stages(result.times)
                if result.analysis is None:
                    self._failed(f"{document.source}: {result.error}")
                    continue
                analysis, form = result.analysis, result.form
                analysis.text = document.text
            try:
                with self.timings.timed("ingest"):
                    added = self.store.add(document, analysis)
                if new and added.article_id not in self._saved:
                    self._save(added.article_id, analysis)
                    if added.new_article and document.published is not None:
                        fresh.append(Fresh(to_utc(document.published), added.article_id, form))
            except StoreError as refused:  # by the database: this document alone
                self._failed(str(refused))
                continue
            self.counts.count(added)
            self.inputs.add(added.article_id)
            self.progress.advance()
        return fresh

    def _failed(self, problem: str) -> None:
        """Count one input, analysis or write that failed, and report why."""
        self.counts.failed += 1
        self.progress.problem(problem)

    def _assign(self, grouper: StoryGrouper, article: StoryArticle) -> None:
        """Group ``article`` and store its story; a refused write is reported (the
        article stays waiting for a story, to be grouped by a later run)."""
        try:
            self.store.assign_story(grouper.add(article))
        except StoreError as error:
            self._failed(str(error))
            return
        self.counts.grouped += 1

    def _group_in_order(self, fresh: list[Fresh]) -> None:
        """Group the articles of ``fresh`` published no earlier than every article grouped
        so far in this run, give or take the grace period of the time decay (within it
        the order does not change a pair's score: feeds and files sorted by local time
        are a few hours out of UTC order); the others wait for ``group``.

        The grouper is rebuilt from the store once, with the stories around the first
        of them; this is only done when no stored story runs later than a window past
        it (then later articles can only score against those or this run's own).  A
        run filling in older news before stored stories groups at the end instead.
        """
        grace = timedelta(days=self.params.grace_days)
        ready = sorted(
            (i for i in fresh if self._frontier is None or i.published >= self._frontier - grace),
            key=lambda item: (item.published, item.article_id),
        )
        if not ready or not self._streamable(ready[0].published):
            return
        forms = {item.article_id: item.form for item in ready}
        with self.timings.timed("grouping"):
            if self._streaming is None:
                self._streaming = self.restore([ready[0].published - grace, ready[0].published])
            with self.store.batch():
                for article in self.store.grouping_articles(list(forms)):
                    self._assign(self._streaming, replace(article, form=forms[article.id]))
        self._frontier = max(ready[-1].published, self._frontier or ready[-1].published)

    def _streamable(self, first: datetime) -> bool:
        """Whether articles from ``first`` on may be grouped as they come (decided once)."""
        if self._stream is None:
            stored = self.store.latest_grouped()
            window = timedelta(days=self.params.window_days)
            self._stream = stored is None or to_utc(stored) <= first + window
        return self._stream

    def analyze_pending(self, analyzer: Analyzer) -> None:
        """Analyse the stored articles that have no analysis yet (ingested without one)."""
        pending = [row for row in self.store.unanalyzed() if row[0] not in self._saved]
        for start in range(0, len(pending), BATCH):
            rows = pending[start : start + BATCH]
            results = analyzer.start([(text, published) for _id, text, published in rows])
            with self.store.batch():
                self._save_pending(rows, results)

    def _save_pending(
        self, rows: list[tuple[int, str, datetime | None]], results: Iterable[Result]
    ) -> None:
        for (article_id, text, _published), result in zip(rows, results, strict=True):
            self._count_stages(result.times)
            analysis = result.analysis
            if analysis is None:
                self._failed(f"article {article_id}: {result.error}")
                continue
            analysis.text = text
            try:
                self._save(article_id, analysis)
            except StoreError as refused:
                self._failed(str(refused))

    def _save(self, article_id: int, analysis: Analysis) -> None:
        with self.timings.timed("save"):
            self.store.save_analysis(article_id, analysis)
        self._saved.add(article_id)
        self.counts.analyzed += 1

    def _count_stages(self, times: dict[str, float]) -> None:
        for name, seconds in times.items():
            self.timings.add(name, seconds)

    def group(self, grouper: StoryGrouper | None = None) -> StoryGrouper | None:
        """Add the articles in no story yet, in publication order, to ``grouper`` (by
        default one rebuilt from the stored stories); the grouper used, None when
        there was nothing to add."""
        with self.timings.timed("grouping"):
            waiting = self.store.ungrouped()
            if not waiting:
                return grouper
            if grouper is None:
                grouper = self.restore([published for _id, published in waiting])
            for start in range(0, len(waiting), BATCH):
                ids = [article_id for article_id, _ in waiting[start : start + BATCH]]
                with self.store.batch():
                    for article in self.store.grouping_articles(ids):
                        self._assign(grouper, article)
        return grouper

    def restore(self, dates: Sequence[datetime | None]) -> StoryGrouper:
        """A grouper holding the stored articles that can still score against articles
        of ``dates``: those within one window of them (beyond it a pair scores 0) and
        the undated ones.  Undated new articles take the latest stored date (every
        stored article when none is dated)."""
        dated = [to_utc(when) for when in dates if when is not None]
        if not dated:  # undated articles are compared with the latest news
            latest = self.store.latest_published()
            dated = [latest] if latest is not None else []
        window = timedelta(days=self.params.window_days)
        if dated:
            since, until = min(dated) - window, max(dated) + window
        else:
            since, until = datetime.min.replace(tzinfo=UTC), datetime.max.replace(tzinfo=UTC)
        stored = self.store.grouped_between(since, until)
        stories = dict(stored)
        articles: list[StoryArticle] = []
        for start in range(0, len(stored), BATCH):
            articles += self.store.grouping_articles([a for a, _ in stored[start : start + BATCH]])
        return StoryGrouper.restore(
            articles,
            stories,
            self.params,
            next_story=self.store.last_story() + 1,
            began=self.store.story_starts(set(stories.values())),
        )

    def summarize(self, show: int = SHOWN) -> Outcome:
        """The stories of this run's articles: all compared, a batch at a time (a
        whole corpus's ledgers do not fit in memory), the ``show`` largest kept."""
        with self.timings.timed("compare"):
            stories = self.store.stories(self.store.stories_of(self.inputs | self._saved))
            stories.sort(key=lambda story: (-len(story.articles), story.id))
            ids = [story.id for story in stories]
            disagreements = dated_differently = 0
            for start in range(0, len(ids), BATCH):
                found = ledgers(self.store, ids[start : start + BATCH])
                disagreements += sum(len(f.comparison.disagreements) for f in found.values())
                dated_differently += sum(len(f.date_disagreements) for f in found.values())
            largest = ledgers(self.store, ids[:show])
            entities = self.store.story_entities(ids[:show], MAIN_ENTITIES)
        return Outcome(
            self.counts,
            len(ids),
            disagreements,
            dated_differently,
            [largest[story] for story in ids[:show]],
            entities,
            self.timings,
        )


def run_items(
    store: Store,
    items: Iterable[Document | BadInput],
    progress: Progress,
    *,
    workers: int = 1,
    show: int = SHOWN,
) -> Outcome:
    """Run the whole pipeline over ``items`` into ``store`` (see ``Runner``)."""
    return Runner(store, progress, workers=workers).run(items, show)
