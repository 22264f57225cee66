"""Incremental story grouping: each new article joins the best story or starts one.

An article is compared with the recent articles that share one of its index
keys (its heaviest TF-IDF terms and its entity keys); a pair scores a weighted
mean of body cosine, title cosine and entity overlap, damped by the time
between them.  The article joins the story of its best-scoring partner when
the score passes ``join``; every other story it matches above ``merge`` is
merged into that one (a bridging article) when the two stories are related
themselves.  A story that has run for longer than the window with several
members is only joined by an article that matches several of them, so stories
do not chain through a long stream.  A near-duplicate (MinHash LSH) of an
article within the time window joins its original's story outright.  Nothing
is ever refit: term weights come from a fixed IDF table, so the grouper can be
rebuilt from stored assignments (``StoryGrouper.restore``).
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import islice

import numpy as np
from datasketch import LeanMinHash

from khabar.stories.dedup import DuplicateIndex, sketch
from khabar.stories.vectors import (
    IdfTable,
    Sparse,
    Vector,
    Vocabulary,
    background_idf,
    cosine,
    top_terms,
)

DAY = timedelta(days=1)
# Latest members of a story that support and merge checks compare an article with.
LIVE_MEMBERS = 100


@dataclass(frozen=True, slots=True)
class TextForm:
    """What grouping reads from an article's cleaned text: its TF-IDF vector (background
    IDF table) and MinHash sketch.  The analysis workers compute it beside the analysis,
    so the one process that groups does not."""

    body: Vector
    minhash: LeanMinHash | None


def text_form(text: str, idf: IdfTable | None = None) -> TextForm:
    """The ``TextForm`` of a cleaned text (with the background IDF table by default)."""
    return TextForm((idf or background_idf()).vector(text), sketch(text))


@dataclass(frozen=True, slots=True)
class StoryArticle:
    """What grouping needs of an article: cleaned body, title, date and entity keys, and
    the ``text_form`` of the body when it is already computed."""

    id: int
    text: str
    title: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    entities: frozenset[str] = frozenset()
    form: TextForm | None = None


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where an article went: its story, the original it reprints, the stories merged in."""

    article_id: int
    story_id: int
    duplicate_of: int | None = None
    score: float = 0.0
    merged: tuple[int, ...] = ()


# The entities that tell one event from another of its kind: where and who.
GROUPING_TYPES = ("PERSON", "PLACE")


@dataclass(frozen=True, slots=True)
class GroupingParams:
    """Weights and thresholds of the pair score.

    join, merge and the weights were chosen by ``bench/stories_tune.py --context``:
    a grid search (join 0.14-0.24, title 0.25/0.5, entity 0/0.25, centroid
    0/0.3/0.6) maximizing B-cubed F1 on the tuning days of
    ``bench/data/stories_gold.jsonl`` (5 Mar, 21 Apr 2018), fed together with
    every other ANT article of those days and the day before.  Tuning F1 0.953,
    held-out day (18 Mar 2018) 0.923; labelled articles alone 0.959 / 0.959.
    With the gazetteer proxy for entity keys the entity weight did not help
    (0.25 scored 0.947); re-tune it once the real NER keys are in
    (``--entities ner``).  Merges never fire on these days (see below for
    ``merge``).  The time decay (full weight
    within a day, half at three days, none beyond) is a design choice: the
    labelled days are single days and cannot measure it.

    Chaining over a long stream is measured by ``bench/stories_stream.py``: all
    of ANT (Feb-Oct 2018) in order, the size and time span of the stories, the
    largest read through.  With best-pair joins and merges at 0.26 the largest
    story held 1,650 articles over 148 days (Ghouta, oil prices, Iran, markets).
    A story is *established* once it has ``support_from`` members and began over
    ``window_days`` before the article (undated, on its size alone: on 3,000
    undated SaudiNewsNet articles the largest story fell from 532 articles to 70);
    it then scores the mean of the ``support`` best pairs.  Stories merge only when
    the bridged ones are ``related`` (some pair of members scores that much); read
    one by one, the merges at 0.26 joined unrelated stories through CNN pages that
    end in teasers for other articles, and ``merge`` is now 0.3.  Largest story 483 articles,
    stories over 14 days 6 (were 20), longest span 22 days (was 148; near-duplicates
    join only within the window), merges 120 (were 292); B-cubed on the labelled
    days unchanged, as no story there is established.
    """

    text_weight: float = 1.0
    title_weight: float = 0.25
    entity_weight: float = 0.0
    centroid_weight: float = 0.0
    join: float = 0.16
    merge: float = 0.3
    window_days: float = 3.0
    grace_days: float = 1.0
    index_terms: int = 12
    candidates: int = 40
    posting_depth: int = 300
    duplicate: float = 0.8
    related: float = 0.16
    support: int = 3
    support_from: int = 5
    unshared: float = 0.7
    named: int = 3

    def __post_init__(self) -> None:
        if not 0.0 <= self.centroid_weight <= 1.0:
            raise ValueError(f"centroid_weight must be in [0, 1], got {self.centroid_weight}")
        if not 0.0 <= self.join <= self.merge:
            raise ValueError(f"need 0 <= join <= merge, got join={self.join} merge={self.merge}")
        if self.text_weight + self.title_weight + self.entity_weight <= 0:
            raise ValueError("at least one of the text, title and entity weights must be > 0")
        if self.grace_days > self.window_days:
            raise ValueError(f"grace_days {self.grace_days} exceeds window_days {self.window_days}")


@dataclass(frozen=True, slots=True)
class _Indexed:
    """An article as the grouper keeps it."""

    id: int
    body: Vector
    sparse: Sparse
    title: Vector
    entities: frozenset[str]
    published: datetime | None
    keys: tuple[str, ...]


def time_factor(a: datetime | None, b: datetime | None, params: GroupingParams) -> float:
    """1 within ``grace_days``, decaying to 0.5 at ``window_days``, 0 beyond; 1 if undated."""
    if a is None or b is None:
        return 1.0
    gap = abs(_seconds_between(a, b)) / DAY.total_seconds()
    if gap > params.window_days:
        return 0.0
    if gap <= params.grace_days:
        return 1.0
    return 1.0 - 0.5 * (gap - params.grace_days) / (params.window_days - params.grace_days)


def _seconds_between(a: datetime, b: datetime) -> float:
    """``a - b`` in seconds; naive datetimes are taken as UTC when the other is aware."""
    if (a.tzinfo is None) != (b.tzinfo is None):
        a, b = a.replace(tzinfo=None), b.replace(tzinfo=None)
    return (a - b).total_seconds()


def _earlier(a: datetime, b: datetime | None) -> datetime:
    """The earlier of two times; ``a`` when ``b`` is unknown."""
    return a if b is None or _seconds_between(a, b) <= 0 else b


def entity_overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared entity keys over the geometric mean of the two set sizes (set cosine)."""
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def pair_score(a: _Indexed, b: _Indexed, body: float, params: GroupingParams) -> float:
    """Weighted mean of ``body`` (the two bodies' cosine), title and entity similarity,
    damped by the time between.

    A missing title or entity set on either side lends the body cosine to its term,
    so undated, untitled text (the seeds) is judged on what it has.
    """
    factor = time_factor(a.published, b.published, params) * _unshared_factor(a, b, params)
    if factor == 0.0:
        return 0.0
    title = cosine(a.title, b.title) if a.title and b.title else body
    entities = entity_overlap(a.entities, b.entities) if a.entities and b.entities else body
    total = params.text_weight + params.title_weight + params.entity_weight
    mean = (
        params.text_weight * body + params.title_weight * title + params.entity_weight * entities
    ) / total
    return mean * factor


def _unshared_factor(a: _Indexed, b: _Indexed, params: GroupingParams) -> float:
    """``params.unshared`` when two articles that each name several people and places
    (``GROUPING_TYPES``) share none (two earthquakes, in Morocco and in Afghanistan, told
    in the same words), else 1."""
    named = len(a.entities) >= params.named and len(b.entities) >= params.named
    return params.unshared if named and not a.entities & b.entities else 1.0


@dataclass
class _Centroid:
    """The sum of a story's body vectors and its squared length, kept as members arrive."""

    sums: Vector = field(default_factory=dict)
    square: float = 0.0

    def add(self, vector: Vector) -> None:
        dot = sum(w * self.sums.get(t, 0.0) for t, w in vector.items())
        self.square += 2 * dot + sum(w * w for w in vector.values())
        for term, weight in vector.items():
            self.sums[term] = self.sums.get(term, 0.0) + weight

    def cosine(self, vector: Vector) -> float:
        """Cosine of a unit ``vector`` with the story's mean direction."""
        if self.square <= 0.0:
            return 0.0
        return sum(w * self.sums.get(t, 0.0) for t, w in vector.items()) / math.sqrt(self.square)


@dataclass
class StoryGrouper:
    """Groups articles into stories one at a time (see the module docstring)."""

    params: GroupingParams = field(default_factory=GroupingParams)
    idf: IdfTable = field(default_factory=background_idf)
    _articles: dict[int, _Indexed] = field(init=False, default_factory=dict)
    _story_of: dict[int, int] = field(init=False, default_factory=dict)
    _members: dict[int, list[int]] = field(init=False, default_factory=dict)
    _centroids: dict[int, _Centroid] = field(init=False, default_factory=dict)
    _postings: defaultdict[str, list[int]] = field(
        init=False, default_factory=lambda: defaultdict(list)
    )
    _dated: deque[tuple[datetime, int]] = field(init=False, default_factory=deque)
    _began: dict[int, datetime] = field(init=False, default_factory=dict)
    _duplicates: DuplicateIndex = field(init=False)
    _next_story: int = field(init=False, default=1)
    _vocabulary: Vocabulary = field(init=False, default_factory=Vocabulary)

    def __post_init__(self) -> None:
        self._duplicates = DuplicateIndex(self.params.duplicate)

    def add(self, article: StoryArticle) -> Assignment:
        """Assign ``article`` to a story, starting, joining or merging stories.

        Raises ValueError when the article id was already added.
        """
        if article.id in self._story_of:
            raise ValueError(f"article {article.id} was already grouped")
        form = self._text_form(article)
        indexed = self._index_form(article, form.body)
        minhash = form.minhash
        duplicate = self._duplicates.find(minhash)
        if duplicate is not None and self._within_window(duplicate[0], indexed):
            original, similarity = duplicate
            story = self._story_of[original]
            self._remember(indexed, story, minhash)
            return Assignment(article.id, story, original, similarity)
        scores = self._story_scores(indexed)
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        if not ranked or ranked[0][1] < self.params.join:
            story = self._new_story()
            self._remember(indexed, story, minhash)
            return Assignment(article.id, story, None, ranked[0][1] if ranked else 0.0)
        best, score = ranked[0]
        bridged = [
            s for s, value in ranked[1:] if value >= self.params.merge and self._related(best, s)
        ]
        if bridged and score >= self.params.merge:
            story = min([best, *bridged])
            merged = tuple(sorted(s for s in [best, *bridged] if s != story))
            for absorbed in merged:
                self._merge(absorbed, into=story)
        else:
            story, merged = best, ()
        self._remember(indexed, story, minhash)
        return Assignment(article.id, story, None, score, merged)

    @classmethod
    def restore(
        cls,
        articles: Iterable[StoryArticle],
        stories: Mapping[int, int],
        params: GroupingParams | None = None,
        idf: IdfTable | None = None,
        *,
        next_story: int = 1,
        began: Mapping[int, datetime] | None = None,
    ) -> StoryGrouper:
        """Rebuild a grouper from stored assignments (article id -> story id), no scoring.

        Pass the articles of the recent time window; later ``add`` calls then
        continue the stored stories, numbering new ones from ``next_story`` on (pass
        one past the highest stored id, so older stories left out are not reused).
        ``began`` gives when stories started, as their earliest articles may be left
        out.  Raises KeyError for an article with no story.
        """
        grouper = cls(params or GroupingParams(), idf or background_idf())
        grouper._next_story = next_story
        grouper._began.update(began or {})
        for article in articles:
            story = stories[article.id]
            form = grouper._text_form(article)
            grouper._remember(grouper._index_form(article, form.body), story, form.minhash)
            grouper._next_story = max(grouper._next_story, story + 1)
        return grouper

    def story_of(self, article_id: int) -> int:
        """The current story of an added article (stories change id when merged)."""
        return self._story_of[article_id]

    def stories(self) -> dict[int, list[int]]:
        """Story id -> its article ids, in the order they were added."""
        return {story: list(members) for story, members in self._members.items()}

    def _text_form(self, article: StoryArticle) -> TextForm:
        """The article's ``text_form``, computed here unless given (and given with the
        IDF table this grouper uses)."""
        if article.form is not None and self.idf is background_idf():
            return article.form
        return text_form(article.text, self.idf)

    def _index_form(self, article: StoryArticle, body: Vector) -> _Indexed:
        title = self.idf.vector(article.title) if article.title else {}
        keys = [f"t:{term}" for term in top_terms(body, self.params.index_terms)]
        keys += [f"e:{entity}" for entity in sorted(article.entities)]
        return _Indexed(
            article.id,
            body,
            self._vocabulary.sparse(body),
            title,
            article.entities,
            article.published,
            tuple(keys),
        )

    def _candidates(self, article: _Indexed) -> list[_Indexed]:
        """Recent articles sharing the most index keys with ``article``."""
        shared: Counter[int] = Counter()
        depth = self.params.posting_depth
        for key in article.keys:
            shared.update(self._postings.get(key, ())[-depth:])
        live = ((other, n) for other, n in shared.items() if other in self._articles)
        best = heapq.nlargest(self.params.candidates, live, key=lambda kv: kv[1])
        return [self._articles[other] for other, _ in best]

    def _story_scores(self, article: _Indexed) -> dict[int, float]:
        """Score of ``article`` with each candidate story.

        The best pair score with a member; for an established story (see
        ``GroupingParams``) the mean of its ``support`` best, so that one member
        matching by chance cannot chain another story in.  Blended
        (``centroid_weight``) with the body cosine to the story's centroid.
        """
        found: dict[int, list[float]] = {}
        candidates = self._candidates(article)
        bodies = self._vocabulary.cosines(article.sparse, [other.sparse for other in candidates])
        for other, body in zip(candidates, bodies.tolist(), strict=True):
            story = self._story_of[other.id]
            found.setdefault(story, []).append(pair_score(article, other, body, self.params))
        best = {story: max(scores) for story, scores in found.items()}
        for story, score in best.items():
            # The mean of the best pairs is at most the best one: only a story that
            # could be joined needs it.
            if score >= self.params.join and self._established(story, article.published):
                best[story] = self._supported(article, story)
        share = self.params.centroid_weight
        if not share:
            return best
        return {
            story: (1 - share) * score + share * self._centroids[story].cosine(article.body)
            for story, score in best.items()
        }

    def _within_window(self, original: int, article: _Indexed) -> bool:
        """Whether a near-duplicate's original is close enough in time for the copy to
        join its story: a text reprinted weeks later (or a page that is only a
        disclaimer) is not the same news."""
        held = self._articles.get(original)
        return held is not None and time_factor(held.published, article.published, self.params) > 0

    def _live(self, story: int, limit: int = LIVE_MEMBERS) -> list[_Indexed]:
        """The latest ``limit`` members of ``story`` still held (not yet forgotten)."""
        held = (self._articles.get(m) for m in reversed(self._members[story]))
        return list(islice(filter(None, held), limit))

    def _related(self, story: int, other: int) -> bool:
        """Whether two stories one bridging article matches are about the same thing
        themselves: some recent member of one scores ``related`` with a member of the
        other (a page that ends with teasers for other articles bridges anything)."""
        mine, theirs = sorted((self._live(story), self._live(other)), key=len)
        for member in mine:
            bodies = self._vocabulary.cosines(member.sparse, [t.sparse for t in theirs])
            if not len(bodies):
                break
            best = int(bodies.argmax())
            score = pair_score(member, theirs[best], float(bodies[best]), self.params)
            if score >= self.params.related:
                return True
        return False

    def _established(self, story: int, now: datetime | None) -> bool:
        """Whether ``story`` has ``support_from`` members and began over a window
        before ``now``.  For an undated article or story the age is unknown and size
        alone decides: else a pile of undated scrapes chains into one story."""
        if len(self._members[story]) < self.params.support_from:
            return False
        began = self._began.get(story)
        if began is None or now is None:
            return True
        return _seconds_between(now, began) > self.params.window_days * DAY.total_seconds()

    def _supported(self, article: _Indexed, story: int) -> float:
        """Mean of the ``support`` best pair scores of ``article`` with the live members
        of ``story`` (the pairs scored are those of the best body cosines)."""
        live = self._live(story)
        k = self.params.support
        bodies = self._vocabulary.cosines(article.sparse, [m.sparse for m in live])
        best = np.argsort(-bodies, kind="stable")[: 2 * k]
        scores = [pair_score(article, live[i], float(bodies[i]), self.params) for i in best]
        return sum(heapq.nlargest(k, scores)) / k

    def _remember(self, article: _Indexed, story: int, minhash: LeanMinHash | None) -> None:
        if article.published is not None:
            self._forget_before(article.published)
            self._dated.append((article.published, article.id))
            self._began[story] = _earlier(article.published, self._began.get(story))
        self._articles[article.id] = article
        self._story_of[article.id] = story
        self._members.setdefault(story, []).append(article.id)
        if self.params.centroid_weight:
            self._centroids.setdefault(story, _Centroid()).add(article.body)
        for key in article.keys:
            self._postings[key].append(article.id)
        self._duplicates.add(article.id, minhash)

    def _forget_before(self, now: datetime) -> None:
        """Drop the vectors and sketches of dated articles two windows older than ``now``.

        They can no longer score against anything new (the window is ``window_days``;
        the margin allows for articles arriving out of order), and keeping 30k
        vectors would cost hundreds of megabytes.  Their story ids stay.
        """
        horizon = 2 * self.params.window_days * DAY.total_seconds()
        while self._dated and _seconds_between(now, self._dated[0][0]) > horizon:
            _, old = self._dated.popleft()
            self._articles.pop(old, None)
            self._duplicates.remove(old)

    def _new_story(self) -> int:
        story = self._next_story
        self._next_story += 1
        return story

    def _merge(self, absorbed: int, *, into: int) -> None:
        began = self._began.pop(absorbed, None)
        if began is not None:
            self._began[into] = _earlier(began, self._began.get(into))
        for member in self._members.pop(absorbed):
            self._story_of[member] = into
            self._members[into].append(member)
        if self.params.centroid_weight:
            self._centroids[into].add(self._centroids.pop(absorbed).sums)
