"""Token features for the Arabic named-entity CRF, shared by training and tagging.

The same functions turn a token sequence into CRF features when
``scripts/train_ner.py`` trains the model and when ``khabar.extract.ner`` tags
text, so the two can never drift apart.  Features combine the folded word, its
affixes, the word without a leading clitic (و، ف، ب، ل، ك …), its shape, word
clusters learned from the ANT news corpus (``scripts/build_clusters.py``),
gazetteer matches (``scripts/build_gazetteer.py``) and the same for the two
words on either side.
"""

from __future__ import annotations

import gzip
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from khabar.text.normalize import fold

DATA = resources.files("khabar") / "data" / "ner"

# A digit in ASCII, Arabic-Indic or Persian form.
DIGIT = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
# Arabic words (letters, diacritics, tatweel), numbers, latin words, any other single character.
TOKEN = re.compile(
    r"[\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff]+"
    rf"|{DIGIT}+(?:[.,\u066b\u066c]{DIGIT}+)*"
    r"|[A-Za-z]+"
    r"|\S"
)
_ARABIC = re.compile(r"[\u0621-\u064a]")
_DIGIT = re.compile(r"[0-9]")
_LATIN = re.compile(r"[A-Za-z]")
WINDOW = (-2, -1, 1, 2)
# The feature every token has.
BIAS = "b"
# A stripped form must be this many times more frequent than the whole word (ANT counts), and
# seen more than _MIN_SEEN times, when neither is a known name: وكيم 267 -> كيم 2442,
# وبيونج 0 -> بيونج 5, but not كيري 83 -> يري 672 (ك is "rare") nor بايرو 0 -> ايرو 3.
_STRIP_RATIO = 8
_MIN_SEEN = 4
# How often ANT must have a word for it to be a word of its own, not a clitic and a name.
_OWN_WORD_SEEN = 5
_OWN_WORD_RATIO = 2


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The data the features read: ANT counts and clusters, gazetteer, clitic prefixes."""

    counts: dict[str, int]
    clusters: dict[str, tuple[str, ...]]
    gazetteer: dict[str, str]
    names: frozenset[str]
    phrase_starts: frozenset[str]
    clitics: tuple[tuple[str, bool], ...]
    longest_phrase: int


def _lines(name: str) -> list[str]:
    """Non-comment lines of a data file (gzip when the name ends in .gz)."""
    raw = (DATA / name).read_bytes()
    text = gzip.decompress(raw).decode() if name.endswith(".gz") else raw.decode()
    return [line for line in text.splitlines() if line and not line.startswith("#")]


@cache
def lexicon() -> Lexicon:
    """Load the shipped lexicon once."""
    counts: dict[str, int] = {}
    clusters: dict[str, tuple[str, ...]] = {}
    for line in _lines("clusters.tsv.gz"):
        word, count, *ids = line.split("\t")
        counts[word] = int(count)
        if ids:
            clusters[word] = tuple(ids)
    gazetteer: dict[str, str] = {}
    for line in _lines("gazetteer.tsv"):
        phrase, kind = line.split("\t")
        gazetteer[phrase] = kind
    names = frozenset(word for phrase in gazetteer for word in phrase.split(" "))
    starts = frozenset(phrase.split(" ")[0] for phrase in gazetteer if " " in phrase)
    clitics = tuple(
        (prefix, how == "often")
        for prefix, how in sorted(
            (line.split("\t") for line in _lines("clitics.txt")), key=lambda x: len(x[0])
        )
    )
    longest = max(phrase.count(" ") + 1 for phrase in gazetteer)
    return Lexicon(counts, clusters, gazetteer, names, starts, clitics, longest)


@lru_cache(maxsize=1 << 18)
def key(token: str) -> str:
    """The folded, lower-cased form used for every lookup."""
    return fold(token).lower()


@lru_cache(maxsize=1 << 18)
def clitic(word: str) -> str:
    """The leading clitic of the folded ``word`` that is not part of a name, or ''.

    "باوكرانيا" -> "ب", "وبيونغ" -> "و", but "بوتين", "واشنطن", "لبنان" -> "".  Clitics are
    tried shortest first; one may be cut when it leaves a known name, or, one letter at a time,
    a far more frequent word of ANT.
    """
    lex = lexicon()
    prefix, current = "", word
    for candidate, often in lex.clitics:
        if current in lex.names:
            break
        if not word.startswith(candidate):
            continue
        rest = word[len(candidate) :]
        known = rest in lex.names and len(rest) >= 2 and not own_word(word, rest)
        step = often and candidate[:-1] == prefix and _more_frequent(rest, current, lex)
        if known or step:
            prefix, current = candidate, rest
    return prefix


def own_word(word: str, rest: str) -> bool:
    """Whether ``word`` is a word of its own rather than ``rest`` behind a clitic: seen in
    ANT at least ``_OWN_WORD_SEEN`` times and more than twice as often as ``rest``
    ("كواليس" 40 times, "واليس" never; "كسلا", Kassala, 16 times, "سلا", Salé, twice),
    unlike "ولندن" (116, against 1906 for "لندن")."""
    counts = lexicon().counts
    seen = counts.get(key(word), 0)
    return seen >= _OWN_WORD_SEEN and seen > _OWN_WORD_RATIO * counts.get(key(rest), 0)


def _more_frequent(rest: str, whole: str, lex: Lexicon) -> bool:
    """Whether ``rest`` is far more frequent in ANT than ``whole``."""
    seen, seen_whole = lex.counts.get(rest, 0), lex.counts.get(whole, 0)
    return len(rest) >= 3 and seen > _STRIP_RATIO * seen_whole + _MIN_SEEN


def _shape(word: str) -> str:
    """ar, num, lat, mix or punct."""
    arabic, digit, latin = (bool(script.search(word)) for script in (_ARABIC, _DIGIT, _LATIN))
    if arabic + digit + latin > 1:
        return "mix"
    return "ar" if arabic else "num" if digit else "lat" if latin else "punct"


def _lexical(word: str, lex: Lexicon) -> dict[str, str]:
    """Lexical properties of one folded word, for its own features and its neighbours'."""
    prefix = clitic(word)
    stem = word[len(prefix) :]
    bare = stem[2:] if stem.startswith("ال") and len(stem) > 4 else stem
    props = {"w": word, "st": stem, "sh": _shape(word)}
    if prefix:
        props["pre"] = prefix
    if bare != stem:
        props["bare"] = bare
    for name, form in (("", word), ("s", stem)):
        ids = lex.clusters.get(form)
        if ids:
            for level, cluster in enumerate(ids, 1):
                props[f"{name}c{level}"] = cluster
        elif name == "":
            props["c1"] = "unk"
    for name, form in (("g", word), ("sg", stem), ("bg", bare)):
        kind = lex.gazetteer.get(form)
        if kind:
            props[name] = kind
    return props


# Which properties make features for the word itself, its neighbours at ±1, and at ±2.
_OWN = ("w", "st", "pre", "bare", "sh", "c1", "c2", "c3", "sc1", "sc2", "sc3", "g", "sg", "bg")
_NEAR = ("w", "st", "c2", "c3", "g", "sg")
_FAR = ("w", "c2", "sg")


def word_features(token: str) -> tuple[tuple[str, ...], ...]:
    """The token's own features, then its features as seen from offsets -2, -1, +1, +2."""
    lex = lexicon()
    word = key(token)
    props = _lexical(word, lex)
    stem = props["st"]
    own = [f"{name}={props[name]}" for name in _OWN if name in props]
    own += [f"p{n}={stem[:n]}" for n in (1, 2, 3)] + [f"s{n}={stem[-n:]}" for n in (1, 2, 3, 4)]
    count = lex.counts.get(word, 0)
    own += [f"len={min(len(word), 10)}", f"f={int(math.log2(count + 1)) // 2}"]
    context = []
    for offset in WINDOW:
        names = _NEAR if abs(offset) == 1 else _FAR
        context.append(tuple(f"{offset}:{name}={props[name]}" for name in names if name in props))
    return (tuple(own), *context)


def opens_phrase(token: str) -> bool:
    """Whether ``token`` (its clitic cut) is the first word of a multi-word gazetteer phrase."""
    word = key(token)
    return word[len(clitic(word)) :] in lexicon().phrase_starts


def phrase_tags(tokens: Sequence[str], starts: Iterable[int] | None = None) -> list[str | None]:
    """B-/I- gazetteer tags of the longest multi-word gazetteer phrases in the sentence,
    read left to right.  ``starts``: the positions, in order, whose word may open a phrase
    (``opens_phrase``), when the caller knows them; by default every position is tried."""
    lex = lexicon()
    tags: list[str | None] = [None] * len(tokens)
    free = 0  # the first position no phrase found so far covers
    for i in range(len(tokens)) if starts is None else starts:
        if i < free:
            continue
        word = key(tokens[i])
        first = word[len(clitic(word)) :]
        if first not in lex.phrase_starts:
            continue
        following = [key(token) for token in tokens[i + 1 : i + lex.longest_phrase]]
        for size in range(min(lex.longest_phrase, len(tokens) - i), 1, -1):
            kind = lex.gazetteer.get(" ".join((first, *following[: size - 1])))
            if kind:
                tags[i] = f"B-{kind}"
                tags[i + 1 : i + size] = [f"I-{kind}"] * (size - 1)
                free = i + size
                break
    return tags


def sentence_features(tokens: Sequence[str]) -> list[list[str]]:
    """CRF features (binary, as strings) of every token of one sentence."""
    words = [word_features(token) for token in tokens]
    rows = [[*own, *extra] for (own, *_), extra in zip(words, sentence_extras(tokens), strict=True)]
    for slot, offset in enumerate(WINDOW, 1):
        for i in range(max(0, -offset), len(tokens) - max(0, offset)):
            rows[i].extend(words[i + offset][slot])
    return rows


def sentence_extras(tokens: Sequence[str]) -> list[tuple[str, ...]]:
    """Features of each token that depend on the sentence, not on the words around it:
    bias, closeness to the sentence edges, gazetteer phrases at offsets -1, 0, +1."""
    phrases = phrase_tags(tokens)
    last = len(tokens) - 1
    extras: list[tuple[str, ...]] = []
    for i in range(len(tokens)):
        extra = [BIAS]
        extra += [edge_feature(offset) for offset in WINDOW if i + offset in (-1, last + 1)]
        for offset in (-1, 0, 1):
            j = i + offset
            phrase = phrases[j] if 0 <= j <= last else None
            if phrase:
                extra.append(phrase_feature(offset, phrase))
        extras.append(tuple(extra))
    return extras


def edge_feature(offset: int) -> str:
    """The feature of a token whose neighbour at ``offset`` is past the sentence's edge."""
    return f"{offset}:edge"


def phrase_feature(offset: int, tag: str) -> str:
    """The feature of a token whose neighbour at ``offset`` has gazetteer-phrase ``tag``."""
    return f"{offset}:G={tag}"
