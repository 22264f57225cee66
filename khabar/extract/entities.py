"""One key per named entity, whatever spelling an outlet uses.

Outlets transliterate foreign names differently (كيم جونغ أون / كيم جونج أون / كيم جونغ-أون,
بيونغ يانغ / بيونغيانغ, ترامب / ترمب).  Three layers unify them:

* ``spelling_key`` folds the letters Arabic uses interchangeably for foreign sounds, hamza
  carriers, hyphens and spaces; it keeps vowels, so different names stay apart.
* ``canonical`` gives the English name when the name is known (CLDR countries and cities via
  Babel, plus ``data/entities/names.tsv``), looked up by key and then by a vowel-less skeleton;
  otherwise the key.  It depends on the name alone, so it is stable across texts.
* ``resolve_mentions`` lets short mentions in one article (بوتين, كيم, بيونج, وكالة الأنباء)
  take the canonical of the full name in the same article; across articles, unknown
  spellings that the guarded fuzzy comparison ``similar_names`` accepts are one entity (the
  store finds candidates by ``variant_key``; ``EntityIndex`` does the same in memory).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any, NamedTuple, Protocol

from babel import Locale

from khabar.errors import DataFileError
from khabar.extract.lexicon import folded_words, read_rows
from khabar.extract.ner_features import own_word
from khabar.model import Mention
from khabar.text.normalize import fold

TYPES = ("PERSON", "PLACE", "ORG", "MISC")

_DATA = files("khabar") / "data" / "entities"
# Word separators inside a name: spaces, hyphens and dashes, underscores (hashtags).
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_]+")
# Anything in a word that is not a letter: punctuation, quotes, digits, '#', '.'.
_NOT_LETTER = re.compile(r"[\W\d_]+")
# Clitics a tagger may leave on a name: conjunction و/ف, then preposition ب/ل/ك.
_CLITIC = re.compile(r"^[وف]?[بلك]?")
# The article at the start of a name.
_ARTICLE = re.compile(r"\W*ال")
# What a word may carry before its stem: a conjunction, a preposition, the article.
_LEADING_PARTICLES = (
    "و",
    "ف",
    *(
        conjunction + rest
        for conjunction in ("", "و", "ف")
        for rest in ("ب", "ل", "ك", "ال", "بال", "لل", "كال")
    ),
)
# The words next to a name that may tell a common word from the name, and how far to look.
_CONTEXT_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
_CONTEXT_CHARS = 40
_CONTEXT_WORDS = 3  # on each side of a homograph, the words that may mark the common word
# A particle as a word of its own is in no name: "بأن ما لا يقل", "بين ما" spell Panama
# without spaces ("لا" and "إن" are: "دي لا فوينتي", "سي إن إن").
_FUNCTION_WORD = re.compile(r"(?<=\S)\s+(?:ما|من|لم|لن|قد)(?:\s|$)|^(?:ما|من|بان|بين)\s")
# A family name after a person's name: "آل سعود".
_FAMILY_AFTER = re.compile(r"\s+آل\s+\S+$")
# Words that link a name to the next one ("بن", "أبو", "آل"), left at a span's end.
_LINK_WORDS = ("بن", "بنت", "ابن", "أبو", "ابو", "أبي", "آل")
_LINK_AT_END = re.compile(rf"(?:\s+(?:{'|'.join(_LINK_WORDS)}))+\s*$")
# A name of this many letters or fewer is a piece of an acronym the tagger split ("بي بي
# سي", "الجزيرة نت"), unless a list knows it.
_SHORTEST_NAME = 2
# A person's name has no digits: the tagger ran on into a figure ("رونالدو 662 هدفا").
_FROM_A_DIGIT = re.compile(r"\s*[0-9\u0660-\u0669].*$", re.DOTALL)
# The preposition "on" and a space, spelt with alef maqsura (see ``_spells_final_ya_with_dots``).
_ALA = "على "
_DOTTED_FINAL_YA = re.compile(r"(?<!\w)(?:في|الذي|التي)(?!\w)")
_UNDOTTED_FINAL_YA = re.compile(r"(?<!\w)(?:فى|الذى|التى)(?!\w)")
# The first word of a place of several words makes adjectives (كوريا: الكوري الشمالي) from
# this many letters: shorter ones are words of their own (رام الله: رامي; بيت لحم: بيتي).
_PLACE_WORD = 4
# The word before a position and what stands between, and how far back to look for it.
_WORD_BEFORE = re.compile(
    r"(?P<word>[\u0621-\u064a\u0671-\u06d3]+)(?P<gap>[^\u0621-\u064a\u0671-\u06d3]*)$"
)
_BEFORE_CHARS = 30
# Punctuation and spaces trimmed from the edges of a tagged span.
_EDGE_PUNCTUATION = "\"'«»“”‘’()[]#.,،:؛!?؟ \u00a0"


class EntitySpanLike(Protocol):
    """What ``resolve_mentions`` needs from a tagger's span (``khabar.extract.ner.EntitySpan``)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def type(self) -> str: ...
    @property
    def text(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Entity:
    """One entity across articles: every spelling seen, with counts."""

    canonical: str
    display: str
    type: str
    english: str | None
    spellings: dict[str, int]
    articles: int
    mentions: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "canonical": self.canonical,
            "display": self.display,
            "type": self.type,
            "english": self.english,
            "spellings": dict(self.spellings),
            "articles": self.articles,
            "mentions": self.mentions,
        }


class Known(NamedTuple):
    """A name of names.tsv or CLDR: its English name, type and source (lower wins)."""

    english: str
    type: str
    tier: int  # 0: names.tsv (curated), 1: CLDR countries, 2: CLDR cities


@dataclass(frozen=True, slots=True)
class _Letters:
    digraphs: dict[str, str]
    table: dict[int, str]
    classes: dict[str, int]
    representatives: dict[str, str]
    skeleton_vowels: str
    weak: str


@cache
def _letters() -> _Letters:
    """The transliteration tables of ``letters.json``, checked when loaded."""
    path = _DATA / "letters.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    for name in ("digraphs", "letters", "sound_classes", "skeleton_vowels", "weak_letters"):
        if name not in data:
            raise DataFileError(str(path), f"missing table {name!r}")
    bad = [k for k in data["letters"] if len(k) != 1]
    if bad:
        raise DataFileError(str(path), f"'letters' keys must be single characters: {bad}")
    groups = [fold(group) for group in data["sound_classes"]]
    return _Letters(
        digraphs={fold(k): v for k, v in data["digraphs"].items()},
        table=str.maketrans(data["letters"]),
        classes={ch: i for i, group in enumerate(groups) for ch in group},
        representatives={ch: group[0] for group in groups for ch in group},
        skeleton_vowels=data["skeleton_vowels"],
        weak=data["weak_letters"],
    )


@lru_cache(maxsize=1 << 18)
def name_tokens(name: str) -> tuple[str, ...]:
    """The words of ``name`` in key form: folded, transliteration letters unified.

    The article ال is dropped from the first word only (الصين -> صين), so joined and spaced
    spellings of compound names still agree (نصر الله = نصرالله, عبد الله = عبدالله).
    """
    words = [w for w in _SEPARATORS.split(name) if w]
    tokens = (word_token(word, first=index == 0) for index, word in enumerate(words))
    return tuple(token for token in tokens if token)


@lru_cache(maxsize=1 << 18)
def word_token(word: str, *, first: bool) -> str:
    """One word of a name in key form (``first``: the word that loses its article ال)."""
    letters = _letters()
    word = _NOT_LETTER.sub("", fold(word).lower())
    if first and word.startswith("ال") and len(word) > 3:
        word = word[2:]
    for digraph, single in letters.digraphs.items():
        word = word.replace(digraph, single)
    return word.translate(letters.table)


def spelling_key(name: str) -> str:
    """A transliteration-aware key: the same for spellings that differ only in letters
    outlets use interchangeably (ج/غ, hamza carriers, ى/ي, ة/ه), hyphens or spaces.

    >>> spelling_key("كيم جونغ-أون") == spelling_key("كيم جونج أون")
    True
    """
    return "".join(name_tokens(name))


@lru_cache(maxsize=1 << 16)
def _skeleton_word(word: str) -> str:
    """``word`` without the long vowels outlets add or omit inside foreign names."""
    if len(word) <= 2:
        return word
    vowels = _letters().skeleton_vowels
    return word[0] + "".join(ch for ch in word[1:-1] if ch not in vowels) + word[-1]


@lru_cache(maxsize=1 << 18)
def skeleton(name: str) -> str:
    """The spelling key without inner long vowels (ترامب/ترمب, بوتين/بوتن agree).

    Too coarse to be a key (سعيد/سعد), it is used only to find names that are already known.
    """
    return "".join(_skeleton_word(w) for w in name_tokens(name))


def variant_key(name: str) -> str:
    """A coarse key that the spellings ``similar_names`` accepts mostly share: letters of
    one sound class made one and inner weak letters dropped, word by word (زوكربرغ and
    زوكربيرغ, كاتالونيا and كتالونيا).  It only finds candidates; ``similar_names`` decides."""
    words = name_tokens(name)
    return " ".join(_variant_word(_without_article(w) if i else w) for i, w in enumerate(words))


def _without_article(word: str) -> str:
    """A later word of a name without its article: a surname is written with ال or without
    it ("رائد الصالح", "رائد صالح"; "بافل طالباني", "بافل الطالباني")."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


@lru_cache(maxsize=1 << 16)
def _variant_word(word: str) -> str:
    if len(word) <= 2:
        return word
    weak = _letters().weak
    inner = (_class_letter(ch) for ch in word[1:-1] if ch not in weak)
    return _class_letter(word[0]) + "".join(inner) + _class_letter(word[-1])


def _class_letter(letter: str) -> str:
    """The first letter of ``letter``'s sound class (the letter itself outside any)."""
    return _letters().representatives.get(letter, letter)


@dataclass(slots=True)
class _NameTable:
    by_key: dict[str, list[Known]] = field(default_factory=dict)
    by_skeleton: dict[str, list[Known]] = field(default_factory=dict)
    place_words: set[str] = field(default_factory=set)
    english: set[str] = field(default_factory=set)
    first_words: set[str] = field(default_factory=set)
    with_article: set[str] = field(default_factory=set)
    # Every beginning of a key and of a skeleton: a run of words that is none of these
    # cannot grow into a known name.
    key_starts: set[str] = field(default_factory=set)
    skeleton_starts: set[str] = field(default_factory=set)
    # Names of two words or more by ``variant_key``, with their spelling: for the
    # transliterations that neither key nor skeleton reach (فلوديمير زيلنسكي, جون بولتن).
    by_variant: dict[str, list[tuple[str, Known]]] = field(default_factory=dict)

    def add(self, spelling: str, known: Known) -> None:
        tokens = name_tokens(spelling)
        if not tokens:
            return
        self.english.add(known.english)
        if _ARTICLE.match(fold(spelling)):
            self.with_article.add(spelling_key(spelling))
        self.first_words.update(
            (tokens[0], _skeleton_word(tokens[0]), spelling_key(spelling), skeleton(spelling))
        )
        for index, starts, name in (
            (self.by_key, self.key_starts, spelling_key(spelling)),
            (self.by_skeleton, self.skeleton_starts, skeleton(spelling)),
        ):
            entries = index.setdefault(name, [])
            if known not in entries:
                entries.append(known)
            starts.update(name[:end] for end in range(1, len(name) + 1))
        if known.type == "PLACE" and (len(tokens) == 1 or len(tokens[0]) >= _PLACE_WORD):
            self.place_words.add(tokens[0])
        if len(tokens) > 1:
            self.by_variant.setdefault(variant_key(spelling), []).append((spelling, known))


def _read_names_tsv() -> Iterable[tuple[str, Known]]:
    """(spelling, known name) pairs of the curated ``names.tsv``."""
    path = _DATA / "names.tsv"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) != 3:
            raise DataFileError(str(path), "expected 3 tab-separated columns", number)
        english, kind, spellings = columns
        if kind not in TYPES:
            raise DataFileError(str(path), f"unknown type {kind!r} (one of {TYPES})", number)
        for spelling in spellings.split("|"):
            yield spelling, Known(english, kind, 0)


def _read_babel() -> Iterable[tuple[str, Known]]:
    """Countries, regions and time-zone cities of CLDR, Arabic name -> English name."""
    arabic, english = Locale("ar"), Locale("en")
    for code, name in arabic.territories.items():
        if code != "001" and code in english.territories:
            yield name, Known(english.territories[code], "PLACE", 1)
    for zone, names in arabic.time_zones.items():
        city = names.get("city")
        if city and not zone.startswith("Etc/"):
            english_city = english.time_zones.get(zone, {}).get("city")
            yield (
                city,
                Known(english_city or zone.rsplit("/", 1)[-1].replace("_", " "), "PLACE", 2),
            )


@cache
def _names() -> _NameTable:
    table = _NameTable()
    for spelling, known in (*_read_names_tsv(), *_read_babel()):
        table.add(spelling, known)
    return table


def _pick(entries: list[Known], kind: str | None) -> Known | None:
    """The entry from the best source (a country before its namesake city: تونس is Tunisia),
    of type ``kind`` if any is, or None when that source names several entities."""
    if not entries:
        return None
    best = min(e.tier for e in entries)
    entries = [e for e in entries if e.tier == best]
    typed = [e for e in entries if e.type == kind] or entries
    return typed[0] if len({e.english for e in typed}) == 1 else None


def lookup(name: str, type: str | None = None, *, fuzzy: bool = True) -> Known | None:
    """The known entity (names.tsv or Babel/CLDR) that ``name`` spells, else None.

    Looked up by spelling key, then (for names without the article ال, and when ``fuzzy``)
    by skeleton, so unseen variants (كيم جونج-أون, ترمب) hit, and for a name of two
    words or more among the known ones that ``similar_names`` accepts (جون بولتن);
    ``type`` decides between known names of different types that share a spelling.
    """
    table = _names()
    if _FUNCTION_WORD.search(fold(name)):
        return None  # "بأن ما" is no Panama however the spaces fall
    key = spelling_key(name)
    article = _ARTICLE.match(fold(name)) is not None
    if article and key not in table.with_article:
        # A name written with the article matches only names spelt with it: الصين is China,
        # but السيول (the floods) is not سيول (Seoul), and البيوتين is not بوتين.
        return _similar_known(name, type, article) if fuzzy else None
    found = _pick(table.by_key.get(key, []), type)
    if found or not fuzzy or article:
        return found
    return _pick(table.by_skeleton.get(skeleton(name), []), type) or _similar_known(
        name, type, article
    )


def _similar_known(name: str, type: str | None, article: bool) -> Known | None:
    """The known name of two words or more that ``name`` is a transliteration of by
    ``similar_names``, with the article on both or neither."""
    candidates = _names().by_variant.get(variant_key(name), [])
    return _pick(
        [
            known
            for spelling, known in candidates
            if (_ARTICLE.match(fold(spelling)) is not None) == article
            and similar_names(name, spelling)
        ],
        type,
    )


@lru_cache(maxsize=1 << 14)
def is_known_as(name: str, type: str) -> bool:
    """Whether ``name``, spelt exactly so, is a known entity of ``type`` ("PLACE": a
    country or a city)."""
    known = lookup(name, type, fuzzy=False)
    return known is not None and known.type == type


def english_name(name: str, type: str) -> str | None:
    """The English name of a known entity, else None."""
    found = known_entity(name, type)
    return found.english if found else None


def known_entity(name: str, type: str) -> Known | None:
    """The known entity ``name`` spells, preferring one of ``type``, else None.  A
    person's family name written after the name ("سلمان بن عبدالعزيز آل سعود") is looked
    up without it too."""
    found = lookup(name, type)
    if found is None and type == "PERSON" and _FAMILY_AFTER.search(name):
        found = lookup(_FAMILY_AFTER.sub("", name), type)
    return found


def is_english_name(key: str) -> bool:
    """True when ``key`` (a canonical) is the English name of a known entity, not a spelling key."""
    return key in _names().english


@cache
def _known_first_words() -> frozenset[str]:
    return frozenset(_names().first_words)


def may_open_known(token: str) -> bool:
    """Whether the key-form word ``token`` is, as written or by its skeleton, the first word
    of a known name: a cheap filter for gazetteer matching (يانس for ينس ستولتنبرغ)."""
    first_words = _known_first_words()
    return token in first_words or _skeleton_word(token) in first_words


def may_be_known(tokens: Sequence[str], *, fuzzy: bool) -> bool:
    """Whether the name of these key-form words could be known: a dict probe before ``lookup``."""
    table = _names()
    if "".join(tokens) in table.by_key:
        return True
    return fuzzy and "".join(map(_skeleton_word, tokens)) in table.by_skeleton


def may_start_known(tokens: Sequence[str]) -> bool:
    """Whether these key-form words begin a known name, by key or by skeleton: when they
    do not, neither does any longer run of words starting with them."""
    table = _names()
    if "".join(tokens) in table.key_starts:
        return True
    return "".join(map(_skeleton_word, tokens)) in table.skeleton_starts


def canonical(name: str, type: str) -> str:
    """A stable key for the entity ``name`` names: its English name when known, else its
    spelling key.  The same for every spelling of one entity, in any text."""
    return english_name(name, type) or spelling_key(name)


def _names_nothing(name: str) -> bool:
    """Currencies, units and other words the tagger mistakes for names (``not_names.txt``)."""
    return fold(name) in folded_words("entities/not_names.txt")


def is_derived_form(name: str) -> bool:
    """True for an adjective formed from a known place (الكوري الشمالي, الروسية, الدمشقي):
    it describes, it is not the entity itself.  Adjectives after it take the article; a
    name goes on without it (رامي عبد الرحمن is a person, not of رام الله)."""
    table = _names()
    if spelling_key(name) in table.by_key:
        return False
    tokens = name_tokens(name)
    if not tokens or not all(token.startswith("ال") for token in tokens[1:]):
        return False
    first = tokens[0]
    for ending in ("يه", "ي"):
        if first.endswith(ending) and len(first) > len(ending) + 1:
            stem = first[: -len(ending)]
            return any(stem + tail in table.place_words for tail in ("", "ا", "يا", "ه", "يه"))
    return False


@dataclass(slots=True)
class _Draft:
    start: int
    end: int
    type: str
    forms: list[tuple[int, str]]  # (characters dropped at the start, name to look up)
    english: str | None = None


@cache
def _blessing_after() -> re.Pattern[str]:
    """A formula after a name ("رحمه الله", ``blessings.txt``), up to the end of the span."""
    formulas = (fields[0] for _, fields in read_rows("entities/blessings.txt", 1))
    return re.compile(rf"[\s\-–(]*(?:{'|'.join(map(re.escape, formulas))})\W*$")


def _draft(text: str, span: EntitySpanLike, ala_is_a_preposition: bool) -> _Draft | None:
    """The span trimmed of punctuation, of a formula after the name ("رحمه الله"), of
    a last word that only links to a name the tagger cut off ("جلوي بن عبدالعزيز بن"),
    for a person, of a figure it ran into, and of a leading preposition على that the
    tagger read as the name علي ("على باخموت"), with its clitic-stripped readings."""
    piece = text[span.start : span.end]
    blessing = _blessing_after().search(piece)
    if blessing:
        piece = piece[: blessing.start()]
    piece = _LINK_AT_END.sub("", piece)
    if span.type == "PERSON":
        piece = _FROM_A_DIGIT.sub("", piece)
    stripped = piece.strip(_EDGE_PUNCTUATION)
    start = span.start + len(piece) - len(piece.lstrip(_EDGE_PUNCTUATION))
    if ala_is_a_preposition and stripped.startswith(_ALA):
        start, stripped = start + len(_ALA), stripped[len(_ALA) :]
    if not stripped:
        return None
    return _Draft(start, start + len(stripped), span.type, list(clitic_readings(stripped)))


def _spells_final_ya_with_dots(text: str) -> bool:
    """Whether ``text`` writes a final ya as ي ("في", "الذي"), so that "على" is the
    preposition, never the name علي; Egyptian papers write both with ى ("فى", "على")."""
    return _DOTTED_FINAL_YA.search(text) is not None and _UNDOTTED_FINAL_YA.search(text) is None


def clitic_readings(name: str) -> tuple[tuple[int, str], ...]:
    """``name`` itself, then without each clitic prefix it may carry (وبيونج -> بيونج, يونج),
    unless its first word is a common word of its own (كواليس is not ك + واليس)."""
    first = name.split(maxsplit=1)[0] if name.strip() else name
    readings = [(0, name)]
    readings += [(size, name[size:]) for size in _clitic_sizes(first) if len(name) - size >= 2]
    if name.startswith("لل") and len(name) > 3:
        readings.append((1, "ال" + name[2:]))  # للصين: لـ + الصين
    return tuple(readings)


@lru_cache(maxsize=1 << 16)
def _clitic_sizes(word: str) -> tuple[int, ...]:
    """How many leading letters of ``word`` may be a clitic before a name (one word's
    answer serves every name it starts)."""
    clitics = _CLITIC.match(word)
    sizes = range(1, clitics.end() + 1 if clitics else 1)
    return tuple(size for size in sizes if not own_word(word, word[size:]))


def _compatible(a: str, b: str) -> bool:
    return a == b or "MISC" in (a, b)


def _fuller_names(
    tokens: tuple[str, ...], kind: str, fulls: list[tuple[tuple[str, ...], str, str]]
) -> set[str]:
    """Canonicals of the article's longer names that ``tokens`` starts or ends."""
    size = len(tokens)
    return {
        key
        for full, full_type, key in fulls
        if len(full) > size
        and _compatible(kind, full_type)
        and (full[:size] == tokens or _ends_name(tokens, full))
    }


def _ends_name(tokens: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether ``tokens`` are the last words of the longer name ``full``: its family name
    (العبادي after حيدر العبادي, where the short form's first word lost its article), not
    a forebear's name after a link word (متعب بن عبدالله is not عبدالله بن متعب بن عبدالله)."""
    size = len(tokens)
    tail = full[-size:]
    if full[-size - 1] in _lineage_links():
        return False
    return tail[1:] == tokens[1:] and tokens[0] in (tail[0], word_token(tail[0], first=True))


@cache
def _lineage_links() -> frozenset[str]:
    """The key forms of the words that link a name to a forebear's (بن، بنت، ابن، أبو)."""
    return frozenset(word_token(word, first=False) for word in _LINK_WORDS)


@cache
def _homographs() -> dict[str, frozenset[str]]:
    """Names that are also common words (``entities/homographs.tsv``), as written and with
    each particle they may carry, each with the neighbouring words that mark the common
    word, folded."""
    found = {}
    for _, (name, cues) in read_rows("entities/homographs.tsv", 2):
        marks = frozenset(map(fold, cues.split()))
        for particle in ("", *_LEADING_PARTICLES):
            found[particle + fold(name)] = marks
    return found


def _readings(word: str) -> set[str]:
    """``word`` folded, and without each run of conjunction, preposition and article it
    may start with ("والأمطار" -> "الأمطار", "أمطار"), leaving at least three letters."""
    folded = fold(word)
    return {folded} | {
        folded[len(prefix) :]
        for prefix in _LEADING_PARTICLES
        if folded.startswith(prefix) and len(folded) - len(prefix) >= 3
    }


def _common_word_here(text: str, span: EntitySpanLike) -> bool:
    """Whether ``span`` is a name that is also a common word, used as the word here: "سيول
    جارفة" (floods), not "تشير سيول" (Seoul)."""
    cues = _homographs().get(fold(text[span.start : span.end]))
    if not cues:
        return False
    before = _CONTEXT_WORD.findall(text, max(0, span.start - _CONTEXT_CHARS), span.start)
    after = _CONTEXT_WORD.findall(text, span.end, span.end + _CONTEXT_CHARS)
    near = (*before[-_CONTEXT_WORDS:], *after[:_CONTEXT_WORDS])
    return any(cues & _readings(word) for word in near)


def resolve_mentions(text: str, spans: Sequence[EntitySpanLike]) -> list[Mention]:
    """Mentions with canonical keys, short forms resolved within one article.

    A short mention takes the canonical of the only longer name in ``text`` that it begins or
    ends (بوتين after فلاديمير بوتين, كيم after كيم جونغ أون, بيونج after بيونج يانج); with two
    candidates (كيم جونغ أون and كيم يو جونغ) it keeps its own key.  Clitics (و ب ل ك ف) are
    stripped when the stripped form is known or names a longer name of the article.  Adjectives
    formed from places (الكوري الشمالي) are dropped, and so are a name that is also a common
    word where its neighbours mark the word (سيول جارفة), currencies and units, and two-letter
    pieces of acronyms (بي، نت).  Offsets index ``text`` as given.
    """
    spans = [span for span in spans if not _common_word_here(text, span)]
    ala_is_a_preposition = _spells_final_ya_with_dots(text)
    drafts = [d for d in (_draft(text, s, ala_is_a_preposition) for s in spans) if d is not None]
    for draft in drafts:
        for lead, form in draft.forms:
            known = known_entity(form, draft.type)
            if known and known.type != draft.type and lookup(form, fuzzy=False) is None:
                known = None  # "عون" the person is not El Aaiun, spelt much alike
            if known:
                # the curated type over the tagger's: "لهسبريس" is the paper, not a person
                draft.english, draft.type = known.english, known.type
                draft.start += lead
                draft.forms = [(0, form)]
                break
    surnames = _surnames(drafts)
    drafts = [
        d
        for d in drafts
        if d.english
        or not (
            (is_derived_form(d.forms[0][1]) and not _is_a_surname(text, d, surnames))
            or _names_nothing(d.forms[0][1])
            or len(d.forms[0][1]) <= _SHORTEST_NAME
        )
    ]
    fulls = [
        (name_tokens(d.forms[0][1]), d.type, d.english or spelling_key(d.forms[0][1]))
        for d in drafts
        if d.english or len(name_tokens(d.forms[0][1])) > 1
    ]
    mentions = []
    for draft in drafts:
        lead, form = draft.forms[0]
        key = draft.english
        if key is None:
            for option_lead, option in draft.forms:
                fuller = _fuller_names(name_tokens(option), draft.type, fulls)
                if fuller:
                    lead, form = option_lead, option
                    key = fuller.pop() if len(fuller) == 1 else None
                    break
        key = key or spelling_key(form)
        start = draft.start + lead
        mentions.append(Mention(start, draft.end, text[start : draft.end], draft.type, key))
    return sorted(mentions, key=lambda m: (m.start, m.end))


def _surnames(drafts: Sequence[_Draft]) -> set[str]:
    """The last words (key form) of the article's people named in full."""
    names = (name_tokens(d.forms[0][1]) for d in drafts if d.type == "PERSON")
    # as the first word of a name it would lose its article (name_tokens)
    return {word_token(tokens[-1], first=True) for tokens in names if len(tokens) > 1}


def _is_a_surname(text: str, draft: _Draft, surnames: set[str]) -> bool:
    """Whether a one-word person's name is the surname of a person the article names in
    full, where it does not follow a definite word: "وقال السوداني" after "محمد شياع
    السوداني" is the man, "الجيش السوداني" the adjective."""
    tokens = name_tokens(draft.forms[0][1])
    return (
        draft.type == "PERSON"
        and len(tokens) == 1
        and tokens[0] in surnames
        and not _follows_a_definite_word(text, draft.start)
    )


def _follows_a_definite_word(text: str, start: int) -> bool:
    """Whether the word before ``start`` in ``text`` is a noun with the article: a nisba
    after it is an adjective ("الرئيس السوداني"), not a name ("الياباني آبي" is one)."""
    before = word_before(text, start)
    if before is None:
        return False
    word = before[0]
    return word.startswith("ال") and not word.endswith(("ي", "يه"))


def word_before(text: str, start: int) -> tuple[str, str] | None:
    """The word before ``start`` in ``text`` (folded) and what stands between it and
    ``start`` (spaces, punctuation), if a word stands close enough."""
    before = _WORD_BEFORE.search(text, max(0, start - _BEFORE_CHARS), start)
    return (fold(before.group("word")), before.group("gap")) if before else None


def _distance(a: str, b: str) -> float:
    """Edit distance where weak letters (ا و ي) and same-sound swaps (ك/ق/ج, ت/ط) cost half."""
    letters = _letters()

    def indel(ch: str) -> float:
        return 0.5 if ch in letters.weak else 1.0

    def swap(x: str, y: str) -> float:
        if x == y:
            return 0.0
        same = letters.classes.get(x, -1) == letters.classes.get(y, -2)
        return 0.5 if same else 1.0

    previous = [0.0]
    for ch in b:
        previous.append(previous[-1] + indel(ch))
    for x in a:
        current = [previous[0] + indel(x)]
        for j, y in enumerate(b, 1):
            current.append(
                min(previous[j] + indel(x), current[j - 1] + indel(y), previous[j - 1] + swap(x, y))
            )
        previous = current
    return previous[-1]


def _allowance(word: str, other: str, alone: bool) -> float:
    """Distance tolerated between two words of a name, by the shorter one's length.

    Short words get none: one letter tells سعد from سعيد and محمد from محمود, and a name of
    one word has no other word to confirm it (سلمان/سليمان).  Set with the guard pairs of
    tests/extract/test_entities.py and the fuzzy merges bench/entities.py prints for ANT.
    """
    size = min(len(word), len(other))
    if size < (6 if alone else 5):
        return 0.0
    return 0.5 if size < 8 else 1.0


def _letter_class(letter: str) -> int | str:
    return _letters().classes.get(letter, letter)


def similar_names(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` look like spellings of one unknown name.

    Guards: the same spelling key, or the same number of words, the same sound class for the
    first letter of the name and the last letter of every word (and a nisba ية on both or
    neither), every word within its length-scaled allowance and the whole within 1; a word
    after the first is compared without its article.
    """
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if "".join(ta) == "".join(tb):
        return True
    if len(ta) != len(tb) or _letter_class(ta[0][0]) != _letter_class(tb[0][0]):
        return False
    total = 0.0
    for index, (x, y) in enumerate(zip(ta, tb, strict=True)):
        if index:
            x, y = _without_article(x), _without_article(y)
        if _letter_class(x[-1]) != _letter_class(y[-1]) or x.endswith("يه") != y.endswith("يه"):
            # Endings carry gender and nisba: بوتين/بوتينا, كوريا/كوري, المنصورة/المنصورية.
            return False
        distance = _distance(x, y)
        if distance > _allowance(x, y, alone=len(ta) == 1):
            return False
        total += distance
    return total <= 1.0


@dataclass(slots=True)
class _Group:
    type: str
    canonical: str
    english: str | None
    spellings: Counter[str] = field(default_factory=Counter)
    articles: set[str] = field(default_factory=set)


class EntityIndex:
    """Mentions of many articles grouped into entities.

    Mentions with the same type and canonical form one group; groups without an English name
    then merge when ``similar_names`` holds for their most common spellings.  Known names
    (English canonical) are not merged fuzzily: names.tsv and Babel already list their spellings.
    """

    def __init__(self) -> None:
        self._groups: dict[tuple[str, str], _Group] = {}

    def add(self, article: str, mentions: Iterable[Mention]) -> None:
        """Record the mentions of one article (``article`` is any id, counted once)."""
        for mention in mentions:
            group = self._groups.get((mention.type, mention.canonical))
            if group is None:
                english = mention.canonical if mention.canonical in _names().english else None
                group = _Group(mention.type, mention.canonical, english)
                self._groups[(mention.type, mention.canonical)] = group
            group.spellings[mention.text] += 1
            group.articles.add(article)

    def entities(self) -> list[Entity]:
        """Every entity, most mentioned first."""
        merged = _merge_similar([g for g in self._groups.values() if g.english is None])
        merged += [[g] for g in self._groups.values() if g.english is not None]
        entities = [_entity(groups) for groups in merged]
        return sorted(entities, key=lambda e: (-e.mentions, e.canonical))


def _merge_similar(groups: list[_Group]) -> list[list[_Group]]:
    """Unknown-name groups joined when their most common spellings are similar.

    Only groups of the same type, word count and first-letter class are compared.
    """
    blocks: dict[tuple[str, int, int | str], list[int]] = {}
    display = [g.spellings.most_common(1)[0][0] for g in groups]
    for i, (group, name) in enumerate(zip(groups, display, strict=True)):
        tokens = name_tokens(name)
        if tokens:
            blocks.setdefault((group.type, len(tokens), _letter_class(tokens[0][0])), []).append(i)
    parent = list(range(len(groups)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for members in blocks.values():
        members.sort(key=lambda i: len(groups[i].canonical))
        for position, i in enumerate(members):
            for j in members[position + 1 :]:
                if len(groups[j].canonical) - len(groups[i].canonical) > 2:
                    break
                if root(i) != root(j) and similar_names(display[i], display[j]):
                    parent[root(j)] = root(i)
    clusters: dict[int, list[_Group]] = {}
    for i, group in enumerate(groups):
        clusters.setdefault(root(i), []).append(group)
    return list(clusters.values())


def _entity(groups: list[_Group]) -> Entity:
    spellings: Counter[str] = Counter()
    articles: set[str] = set()
    for group in groups:
        spellings.update(group.spellings)
        articles |= group.articles
    main = max(groups, key=lambda g: (sum(g.spellings.values()), g.canonical))
    return Entity(
        canonical=main.canonical,
        display=spellings.most_common(1)[0][0],
        type=main.type,
        english=main.english,
        spellings=dict(spellings.most_common()),
        articles=len(articles),
        mentions=sum(spellings.values()),
    )
