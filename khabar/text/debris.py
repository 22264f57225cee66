"""Find the page debris in a plain-text news scrape: whole lines that are not the article.

Scrapes carry "read also" links, share and comment prompts, follow-us lines,
copyright, breadcrumbs, print controls, tag lists, page bylines and the titles
of other stories.  Each line is described by layout features (length, final
punctuation, position, script, separators, the lines around it, known phrases
from ``data/debris_phrases.txt``) and scored by two small stacked gradient-boosted
tree ensembles in ``data/debris_model.json`` (the second also sees the first's
scores of the neighbouring lines), trained by ``scripts/train_debris.py`` on
synthetic scrapes built from ANT articles (see ``bench/build_debris_set.py``).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import numpy as np

from khabar.errors import DataFileError
from khabar.model import Debris
from khabar.text.datelines import is_byline, is_dateline, is_notice, is_tag_line
from khabar.text.lines import Line, ends_sentence, looks_like_heading, split_lines
from khabar.text.normalize import fold
from khabar.text.teasers import find_teasers

_NON_WORD = re.compile(r"[\W_]+")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
_SPACE = re.compile(r"\s")
# Breadcrumb, menu and share-bar separators standing alone between words.
_SEPARATOR = re.compile(r"(?<!\S)[|>»›<«‹/\\•·▪■►◄▶◀←→\-–—]{1,2}(?!\S)")
# A line opening with a bullet, arrow or emoji rather than a word or quote.
_LEADING_SYMBOL = re.compile(r"^[^\w\"'“”«(\[]")
# A short label before ":" or ".." opening the line ("اقرأ أيضاً: …", "وسوم: …").
_LABEL = re.compile(r"^\W*(?:\w+\s+){0,3}\w+\s*(?::|\.\.|…)\s*\S")
_SYMBOL = re.compile(r"[^\w\s.,:;!?؟،؛\"'“”«»()\[\]\-–]")
# Dates and times as page stamps write them, in ASCII or Arabic-Indic digits.
_DATE_LIKE = re.compile(r"\d{1,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,4}|\d{1,2}:\d{2}")
_LINK = re.compile(r"https?://|www\.|\.com\b|\.net\b|@\w|#\w")
_ENDS_COLON = re.compile(r"[:：]\s*$")

# A closing sentence of the article: the conjunction و/ف glued to a word, after an
# optional quote; it must have this many words (see ``_continues``).
_CONJUNCTION_OPENING = re.compile(r"^[\"'“«]?[وف][\u0621-\u064a]{2,}")
_CONTINUING_WORDS = 6
# A line with at least this many words is counted as body text around other lines.
_BODY_WORDS = 15
# Vocabulary stems are at least this long, so "في", "على", "صلة" do not count alone.
_STEM_MIN = 4
_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف")
# A line of at most this many words may be a label made only of debris phrases.
_LABEL_WORDS = 4
# After a read-also label, at most this many lines of other stories' titles, each of at
# least this many words: BBC's sub-headings after such a list are shorter ("أخشى ألا نفي").
_LISTED_TITLES = 6
_TITLE_WORDS = 4
# Position features saturate this many lines from either end.
_NEAR = 5

FEATURES = (
    "words",
    "log_words",
    "final_punctuation",
    "ends_colon",
    "heading_shape",
    "arabic_share",
    "latin_share",
    "digit_share",
    "symbol_share",
    "separators",
    "date_like",
    "link",
    "is_first",
    "is_last",
    "from_start",
    "from_end",
    "relative_position",
    "body_before",
    "body_after",
    "leading_symbol",
    "label_prefix",
    "phrase_start",
    "phrase_cover",
    "vocabulary_share",
    "prev_phrase",
    "next_phrase",
    "prev_short",
    "next_short",
    "prev_body",
    "next_body",
    "prev_heading",
    "next_heading",
)


@cache
def _phrases() -> tuple[str, ...]:
    """The debris phrases of ``data/debris_phrases.txt`` in matching form, longest first."""
    source = resources.files("khabar.data").joinpath("debris_phrases.txt")
    phrases = set()
    for raw in source.read_text(encoding="utf-8").splitlines():
        entry = raw.strip()
        if entry and not entry.startswith("#"):
            key = _matching_key(entry)
            if not key:
                raise DataFileError(str(source), f"phrase {entry!r} has no letters")
            phrases.add(key)
    return tuple(sorted(phrases, key=len, reverse=True))


@cache
def _list_openers() -> frozenset[str]:
    """Lines that open a list of other stories' titles (``data/debris_list_openers.txt``),
    in matching form."""
    source = resources.files("khabar.data").joinpath("debris_list_openers.txt")
    lines = source.read_text(encoding="utf-8").splitlines()
    return frozenset(_matching_key(line) for line in lines if line.strip() and line[0] != "#")


@cache
def _phrase_pattern() -> re.Pattern[str]:
    """Whole-word alternation of the debris phrases."""
    return re.compile(r"(?<!\S)(?:" + "|".join(map(re.escape, _phrases())) + r")(?!\S)")


@cache
def _vocabulary() -> frozenset[str]:
    """Stems of the words of the debris phrases: a looser signal than whole phrases."""
    words = {word for phrase in _phrases() for word in phrase.split()}
    return frozenset(stem for stem in map(_stem, words) if len(stem) >= _STEM_MIN)


def _stem(word: str) -> str:
    """``word`` without one article/conjunction prefix (وال، بال، ال، و …)."""
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= _STEM_MIN - 1:
            return word[len(prefix) :]
    return word


@lru_cache(maxsize=1 << 16)
def _in_vocabulary(word: str) -> bool:
    """Whether ``word``, or its stem followed by suffixes, is a vocabulary stem."""
    vocabulary = _vocabulary()
    stem = _stem(word)
    return any(stem[:size] in vocabulary for size in range(_STEM_MIN, len(stem) + 1))


def _matching_key(text: str) -> str:
    """Folded, lower-cased words of ``text`` separated by single spaces."""
    return _words_only(fold(text).lower())


def _words_only(folded: str) -> str:
    """The words of a folded text separated by single spaces."""
    return _NON_WORD.sub(" ", folded).strip()


@dataclass(frozen=True, slots=True)
class _Own:
    """The features of one line that do not depend on its neighbours."""

    words: int
    phrase_start: bool
    phrase_cover: float
    vocabulary_share: float
    body: bool
    heading: bool


def _own(line: Line, key: str) -> _Own:
    """The features of ``line`` whose matching form is ``key`` (``_matching_key``; all
    lines are folded at once)."""
    tokens = key.split()
    words = len(tokens)
    known = sum(map(_in_vocabulary, tokens))
    covered = 0
    starts = False
    for match in _phrase_pattern().finditer(key):
        covered += len(match.group().split())
        starts = starts or match.start() == 0
    return _Own(
        words=words,
        phrase_start=starts,
        phrase_cover=covered / words if words else 1.0,
        vocabulary_share=known / words if words else 1.0,
        body=words >= _BODY_WORDS and not starts,
        heading=looks_like_heading(line),
    )


# Character classes counted on each line (index = column of ``_class_counts``).
_CLASS_PATTERNS = (_ARABIC_LETTER, _LATIN_LETTER, _DIGIT, _SYMBOL, _SPACE)
# Code points above the BMP (emoji, mostly) all take the class of this index: symbol.
_ASTRAL = 0x10000


@cache
def _char_classes() -> np.ndarray:
    """Column of ``_CLASS_PATTERNS`` matching each BMP code point (+1; 0 for none)."""
    alphabet = "".join(map(chr, range(_ASTRAL)))
    table = np.zeros(_ASTRAL + 1, dtype=np.intp)
    for column, pattern in enumerate(_CLASS_PATTERNS, 1):
        table[[match.start() for match in pattern.finditer(alphabet)]] = column
    table[_ASTRAL] = 1 + _CLASS_PATTERNS.index(_SYMBOL)
    return table


def _class_counts(lines: Sequence[Line], joined: str) -> np.ndarray:
    """Per line, how many characters fall in each class of ``_CLASS_PATTERNS``: one
    array pass over all lines (``joined`` by newlines) instead of five regex scans of each."""
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    classes = _char_classes()[np.minimum(codes, _ASTRAL)]
    running = np.zeros((len(codes) + 1, 1 + len(_CLASS_PATTERNS)), dtype=np.intp)
    np.cumsum(np.eye(1 + len(_CLASS_PATTERNS), dtype=np.intp)[classes], axis=0, out=running[1:])
    lengths = np.array([len(line.text) for line in lines], dtype=np.intp)
    ends = np.cumsum(lengths + 1) - 1
    return (running[ends] - running[ends - lengths])[:, 1:]


def line_features(lines: Sequence[Line]) -> list[list[float]]:
    """One feature vector (ordered as ``FEATURES``) per line of a scrape."""
    if not lines:
        return []
    joined = "\n".join(line.text for line in lines)
    keys = [_words_only(part) for part in fold(joined).lower().split("\n")]
    own = [_own(line, key) for line, key in zip(lines, keys, strict=True)]
    classes = _class_counts(lines, joined).tolist()
    bodies_before = 0
    bodies_total = sum(item.body for item in own)
    last = len(lines) - 1
    rows = []
    for index, (line, item, (arabic, latin, digit, symbol, space)) in enumerate(
        zip(lines, own, classes, strict=True)
    ):
        text = line.text
        visible = max(1, len(text) - space)
        prev = own[index - 1] if index > 0 else None
        after = own[index + 1] if index < last else None
        bodies_after = bodies_total - bodies_before - item.body
        rows.append(
            [
                min(item.words, 40) / 40,
                math.log1p(item.words),
                float(ends_sentence(text)),
                float(_ENDS_COLON.search(text) is not None),
                float(item.heading),
                arabic / visible,
                latin / visible,
                digit / visible,
                symbol / visible,
                min(len(_SEPARATOR.findall(text)), 3) / 3,
                float(_DATE_LIKE.search(text) is not None),
                float(_LINK.search(text) is not None),
                float(index == 0),
                float(index == last),
                min(index, _NEAR) / _NEAR,
                min(last - index, _NEAR) / _NEAR,
                index / last if last else 0.0,
                min(bodies_before, 3) / 3,
                min(bodies_after, 3) / 3,
                float(_LEADING_SYMBOL.search(text) is not None),
                float(_LABEL.search(text) is not None),
                float(item.phrase_start),
                item.phrase_cover,
                item.vocabulary_share,
                float(prev is not None and prev.phrase_start),
                float(after is not None and after.phrase_start),
                float(prev is not None and prev.words <= 6),
                float(after is not None and after.words <= 6),
                float(prev is not None and prev.body),
                float(after is not None and after.body),
                float(prev is not None and prev.heading),
                float(after is not None and after.heading),
            ]
        )
        bodies_before += item.body
    return rows


# The second stage also sees the first stage's scores of the lines around.
STACKED_FEATURES = (*FEATURES, "prev_score", "next_score")


def with_neighbour_scores(rows: np.ndarray, scores: np.ndarray, sizes: Sequence[int]) -> np.ndarray:
    """``rows`` (the lines of consecutive scrapes of ``sizes`` lines) extended with the
    first-stage debris scores of the previous and next line of the same scrape (0 at
    a scrape's edges)."""
    ends = np.cumsum(sizes)
    previous = np.concatenate(([0.0], scores[:-1]))
    following = np.concatenate((scores[1:], [0.0]))
    previous[(ends - np.asarray(sizes))[np.asarray(sizes) > 0]] = 0.0
    following[ends[np.asarray(sizes) > 0] - 1] = 0.0
    return np.column_stack((rows, previous, following))


class Ensemble:
    """Gradient-boosted regression trees over log-odds (as scikit-learn trains them).

    Each tree is laid out as a complete binary tree (a leaf above the bottom level is
    an always-left split over copies of itself), so that every line of a batch walks
    every tree at once: three array steps per level, no per-node Python.
    """

    def __init__(self, learning_rate: float, trees: Sequence[dict[str, list[Any]]]) -> None:
        self.learning_rate = learning_rate
        self.depth = max(_depth(tree, 0) for tree in trees)
        inner, leaves = (1 << self.depth) - 1, 1 << self.depth
        self.feature = np.zeros((len(trees), inner), dtype=np.intp)
        self.threshold = np.full((len(trees), inner), np.inf)
        self.value = np.zeros((len(trees), leaves))
        for index, tree in enumerate(trees):
            self._lay_out(index, tree, node=0, position=0, level=0)
        self._tree = np.arange(len(trees))[:, None]

    def _lay_out(
        self, index: int, tree: dict[str, list[Any]], node: int, position: int, level: int
    ) -> None:
        """Copy ``node`` of ``tree`` (and below it) to ``position`` of the complete layout."""
        if level == self.depth:
            self.value[index, position - len(self.feature[index])] = tree["value"][node]
            return
        left, right = tree["left"][node], tree["right"][node]
        if left >= 0:
            self.feature[index, position] = tree["feature"][node]
            self.threshold[index, position] = tree["threshold"][node]
        else:
            left = right = node
        self._lay_out(index, tree, left, 2 * position + 1, level + 1)
        self._lay_out(index, tree, right, 2 * position + 2, level + 1)

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        """The probability that each line described by a row of ``rows`` is debris."""
        tree = self._tree
        node = np.zeros((len(self.feature), len(rows)), dtype=np.intp)
        line = np.arange(len(rows))[None, :]
        for _ in range(self.depth):
            goes_right = rows[line, self.feature[tree, node]] > self.threshold[tree, node]
            node = 2 * node + 1 + goes_right
        leaf = node - len(self.feature[0])
        raw = self.learning_rate * self.value[tree, leaf].sum(axis=0)
        return np.asarray(1.0 / (1.0 + np.exp(-raw)))


def _depth(tree: dict[str, list[Any]], node: int) -> int:
    """Levels of splits below ``node`` of a scikit-learn tree."""
    left, right = tree["left"][node], tree["right"][node]
    return 0 if left < 0 else 1 + max(_depth(tree, left), _depth(tree, right))


@dataclass(frozen=True, slots=True)
class DebrisModel:
    """Two stacked ensembles: line features, then the same plus the neighbours' scores."""

    first: Ensemble
    second: Ensemble
    threshold: float

    def scores(self, pages: Sequence[Sequence[Sequence[float]]]) -> list[list[float]]:
        """The debris probability of each line of each scrape, described by ``pages``
        (``line_features`` of each scrape): all lines of all scrapes scored at once."""
        sizes = [len(rows) for rows in pages]
        if not sum(sizes):
            return [[] for _ in pages]
        rows = np.array([row for rows in pages for row in rows], dtype=float)
        first = self.first.probabilities(rows)
        second = self.second.probabilities(with_neighbour_scores(rows, first, sizes))
        return [part.tolist() for part in np.split(second, np.cumsum(sizes)[:-1])]


def _ensemble(data: dict[str, Any]) -> Ensemble:
    return Ensemble(data["learning_rate"], data["trees"])


@cache
def load_model() -> DebrisModel:
    """The shipped model, read once; raises DataFileError if it does not fit ``FEATURES``."""
    source = resources.files("khabar.data").joinpath("debris_model.json")
    data = json.loads(source.read_text(encoding="utf-8"))
    if tuple(data.get("features", ())) != STACKED_FEATURES:
        raise DataFileError(str(source), "features differ from khabar.text.debris.FEATURES")
    return DebrisModel(_ensemble(data["first"]), _ensemble(data["second"]), data["threshold"])


def find_debris(text: str) -> list[Debris]:
    """The whole lines of ``text`` that are page debris, in order.

    Offsets index ``text`` as given and cover the line without its newline and
    surrounding whitespace, so ``text[d.start:d.end] == d.text``.  ``reason``
    gives the model's probability.  Raises DataFileError if a data file is malformed.
    """
    return find_debris_many([text])[0]


# Why a line is debris on its own, whatever the lines around it.
_LINE_OF_ITS_OWN = "dateline, byline, notice or tags"
_DEBRIS_PHRASE = "debris phrase"
_ALONE = frozenset({_LINE_OF_ITS_OWN, _DEBRIS_PHRASE})


def find_debris_many(texts: Sequence[str]) -> list[list[Debris]]:
    """``find_debris`` of each text, the lines of all of them scored together."""
    pages = [split_lines(text) for text in texts]
    model = load_model()
    found: list[list[Debris]] = []
    for lines, scores in zip(pages, model.scores([line_features(p) for p in pages]), strict=True):
        debris: dict[int, Debris] = {}
        listed = _listed_titles(lines)
        for index, (line, probability) in enumerate(zip(lines, scores, strict=True)):
            if index in listed:
                debris[index] = Debris(line.start, line.end, line.text, listed[index])
                continue
            if (
                is_dateline(line.text)
                or is_byline(line.text)
                or is_notice(line.text)
                or is_tag_line(line.text)
            ):
                debris[index] = Debris(line.start, line.end, line.text, _LINE_OF_ITS_OWN)
                continue
            if probability < model.threshold:
                continue
            if not (_follows_the_article(index, debris) and _continues(line)):
                reason = f"debris model p={probability:.2f}"
                debris[index] = Debris(line.start, line.end, line.text, reason)
        for index in find_teasers(lines, set(debris)):
            line = lines[index]
            debris[index] = Debris(line.start, line.end, line.text, "teaser of another story")
        found.append([debris[index] for index in sorted(debris)])
    return found


def _listed_titles(lines: Sequence[Line]) -> dict[int, str]:
    """Lines that are debris whatever the model says, with why: a short line made only of
    debris phrases ("اقرأ أيضاً:", "تعليقات"), and the titles listed after a label that
    opens a list of other stories, up to a line that ends a sentence or a long one.  The
    model learnt "اقرأ أيضاً: title" on one line and scored the label alone 0.32."""
    found: dict[int, str] = {}
    listing = 0  # titles the open list may still take
    for index, line in enumerate(lines):
        key = _matching_key(line.text) if line.words <= _LABEL_WORDS else ""
        if key and _covered_by_phrases(key):
            found[index] = _DEBRIS_PHRASE
            listing = _LISTED_TITLES if key in _list_openers() else 0
        elif listing and _TITLE_WORDS <= line.words < _BODY_WORDS and looks_like_heading(line):
            found[index] = "listed after a read-also label"
            listing -= 1
        else:
            listing = 0
    return found


def opens_with_debris_phrase(text: str) -> bool:
    """Whether ``text`` opens with a debris phrase ("شارك الخبر على فيسبوك")."""
    match = _phrase_pattern().match(_matching_key(text))
    return match is not None


def _covered_by_phrases(key: str) -> bool:
    """Whether every word of ``key`` (a line's matching form) belongs to a debris phrase."""
    covered = sum(len(match.group().split()) for match in _phrase_pattern().finditer(key))
    return covered == len(key.split())


def _follows_the_article(index: int, debris: dict[int, Debris]) -> bool:
    """Whether the line before ``index``, past the lines that are debris on their own (a
    notice, a tag line, a lone label between two paragraphs), is the article's."""
    before = index - 1
    while before >= 0 and before in debris and debris[before].reason in _ALONE:
        before -= 1
    return before >= 0 and before not in debris


def _continues(line: Line) -> bool:
    """Whether ``line``, after a line of the article, is a sentence that continues it:
    opening with the conjunction و/ف, ending a sentence, not short, naming no debris
    phrase.  The model, trained on scrapes that end in debris, took such closing lines
    ('وقال: "سنقوم بالخطوة الأولى ...".') for the titles of other stories."""
    return (
        line.words >= _CONTINUING_WORDS
        and _CONJUNCTION_OPENING.match(line.text) is not None
        and ends_sentence(line.text)
        and _phrase_pattern().search(_matching_key(line.text)) is None
    )
