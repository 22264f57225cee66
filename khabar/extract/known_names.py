"""Known names found in a text by look-up, beside the statistical tagger.

ANERcorp (2007) never saw "بيونج يانج" or "وكالة الأنباء المركزية الكورية", and
it tags news agencies as nothing at all; the curated names of
``khabar/data/entities/names.tsv`` and the CLDR countries know them.  A name is
looked up in any of the spellings ``entities.lookup`` accepts (transliteration
variants, joined or hyphenated words, a glued clitic), and a found name
overrides the tagger's type where both cover the same words.  A person's last name
found once is then found again wherever the article repeats it (``find_echoes``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import compress

from khabar.extract.entities import (
    clitic_readings,
    lookup,
    may_be_known,
    may_open_known,
    may_start_known,
    name_tokens,
    skeleton,
    word_before,
    word_token,
)
from khabar.extract.lexicon import folded_words
from khabar.extract.ner import EntitySpan
from khabar.extract.ner_features import key, lexicon
from khabar.text.normalize import fold

_LETTER_RANGE = "\u0621-\u064a\u0671-\u06d3"
_MARKS = "\u064b-\u065f\u0670"
_ARABIC_LETTERS = "".join(map(chr, [*range(0x0621, 0x064B), *range(0x0671, 0x06D4)]))
# A word, with the diacritics some texts write inside it ("بالمَرَّة" is one word), from
# its first letter to its last.
_PART = f"[{_LETTER_RANGE}](?:[{_LETTER_RANGE}{_MARKS}]*[{_LETTER_RANGE}])?"
_WORD = re.compile(f"{_PART}(?:-{_PART})?")
_LONGEST = 5
_PUNCTUATION = re.compile(r'[،,.:؛;!?؟()"«»“”]')
# A known name alone in one word must be at least this long: shorter ones (مي، ماي، عمر)
# are too often ordinary words.
_SHORTEST_SINGLE = 4
# A word echoes a name in another spelling (ترمب/ترامب) only from this many letters.
_SHORTEST_VARIANT = 5
# A word seen this often in ANT echoes a name only if it is a known one, or the family
# name of a person named in full where it does not follow a definite word.
_COMMON_COUNT = 2000
# A family name formed as a nisba with the article: "السوداني", "الحوثي", "البغدادي".
_FAMILY_NISBA = re.compile(f"ال[{_LETTER_RANGE}]{{2,}}ي")


def find_known_names(text: str) -> list[EntitySpan]:
    """Spans of ``text`` that spell a known name, longest match first, without overlaps."""
    words = list(_WORD.finditer(text))
    # Most words cannot start a name: one cached look-up each, with no Python loop.
    readings = list(map(_first_word_readings, map(re.Match.group, words)))
    found: list[EntitySpan] = []
    for index in compress(range(len(words)), readings):
        if found and words[index].start() < found[-1].end:
            continue
        span = _longest_name_at(text, words, index, readings[index])
        if span is not None:
            found.append(span)
    return found


def _longest_name_at(
    text: str,
    words: Sequence[re.Match[str]],
    index: int,
    readings: tuple[tuple[int, tuple[str, ...]], ...],
) -> EntitySpan | None:
    """The longest known name starting at word ``index`` read in one of its ``readings``."""
    start = words[index].start()
    following = words[index + 1 : index + _LONGEST]
    # Words split by a comma or full stop do not form one name.
    stop = _PUNCTUATION.search(text, start, following[-1].end() if following else start)
    longest = 1 + sum(w.end() <= stop.start() for w in following) if stop else 1 + len(following)
    later = [_later_tokens(w.group()) for w in following[: longest - 1]]
    reach = max(_reach(first, later) for _lead, first in readings)
    for size in range(reach, 0, -1):
        end = words[index + size - 1].end()
        rest = [token for tokens in later[: size - 1] for token in tokens]
        for lead, first in readings:
            name = text[start + lead : end]
            if size == 1 and len(name) < _SHORTEST_SINGLE:
                continue
            # One word is looked up exactly: its skeleton is too coarse (أثناء ~ أثينا).
            fuzzy = size > 1
            if not may_be_known((*first, *rest), fuzzy=fuzzy):
                continue
            known = lookup(name, fuzzy=fuzzy)
            if known is not None:
                return EntitySpan(start + lead, end, known.type, name)
    return None


def _reach(first: tuple[str, ...], later: Sequence[tuple[str, ...]]) -> int:
    """How many words, from the one read as ``first`` on, may still spell the beginning
    of a known name (0: not even the first)."""
    tokens = list(first)
    if not may_start_known(tokens):
        return 0
    size = 1
    for word in later:
        tokens.extend(word)
        if not may_start_known(tokens):
            break
        size += 1
    return size


@lru_cache(maxsize=1 << 16)
def _first_word_readings(word: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """The readings of ``word`` (clitics dropped) that may start a known name, with the
    number of letters dropped and their key-form words; by skeleton too, as the look-up
    goes (يانس ستولتنبيرغ for ينس ستولتنبرغ)."""
    readings = []
    for lead, reading in clitic_readings(word):
        tokens = name_tokens(reading)
        if tokens and may_open_known(tokens[0]):
            readings.append((lead, tokens))
    return tuple(readings)


@lru_cache(maxsize=1 << 16)
def _later_tokens(word: str) -> tuple[str, ...]:
    """Key-form words of a word that is not the first of a name (it keeps its article)."""
    parts = (word_token(part, first=False) for part in word.split("-"))
    return tuple(part for part in parts if part)


def find_echoes(text: str, spans: Sequence[EntitySpan]) -> list[EntitySpan]:
    """Words of ``text`` outside ``spans`` that spell again the last name of a person of
    ``spans`` ("ترمب" after "دونالد ترامب", "زيلنسكي" after "فولوديمير زيلينسكي", "قاسم"
    after "حازم قاسم"): the tagger misses many later mentions, and outlets spell one name
    two ways in one article.  The same key-form word, or, for words of at least
    ``_SHORTEST_VARIANT`` letters, the same skeleton (long vowels dropped).  Not of places
    and organisations: the tagger's one-word ones are as often common nouns ("مدينة"), and
    the known ones are found by look-up."""
    last_names = {
        last
        for span in spans
        if span.type == "PERSON"
        and len(span.text.split()) > 1
        and _FAMILY_NISBA.fullmatch(last := span.text.split()[-1])
    } | {
        last
        for span in spans
        if span.type == "PERSON" and not _common_word(last := span.text.split()[-1])
    }
    echoes = {echo for name in last_names for _lead, echo in _echo_readings(name)[:1]}
    if not echoes:
        return []
    taken = sorted((span.start, span.end) for span in spans)
    found = []
    # Only the words that end as one of the names can echo it: a scan per last letter.
    words = (m for letter in {e[-1] for e in echoes} for m in _ending_in(letter).finditer(text))
    for word in words:
        for lead, echo in _echo_readings(word.group()):
            name = word.group()[lead:]
            if echo in echoes and not _overlaps(taken, word.start(), word.end()):
                if not _common_word(name) or _opens_a_clause_as_subject(text, word.start()):
                    found.append(EntitySpan(word.start() + lead, word.end(), "PERSON", name))
                break
    return sorted(found, key=lambda span: span.start)


@cache
def _ending_in(letter: str) -> re.Pattern[str]:
    """Whole words whose last letter, in key form, is ``letter``."""
    raw = "".join(ch for ch in _ARABIC_LETTERS if word_token(ch, first=False) == letter)
    raw = re.escape(raw or letter)  # a name in Latin letters ends in one of its own
    return re.compile(f"(?<![{_LETTER_RANGE}])[{_LETTER_RANGE}]*[{raw}](?![{_LETTER_RANGE}])")


def _opens_a_clause_as_subject(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a verb of saying, a particle that opens a
    clause, or punctuation: there a family name that is also an adjective ("السوداني")
    names the person ("وقال السوداني", "أن السوداني"), not what a noun before it is
    ("الجيش السوداني", "ميليشيا الحوثي")."""
    before = word_before(text, start)
    if before is None or before[1].strip():
        return True
    word = before[0]
    return word in _subject_openers() or word[1:] in _subject_openers()


@cache
def _subject_openers() -> frozenset[str]:
    """Verbs of saying and particles after which a clause's subject comes (folded)."""
    return folded_words("claims/report_verbs.txt") | frozenset(
        fold(w) for w in ("أن", "إن", "لكن", "فيما", "بينما", "كان", "قد", "حيث")
    )


@lru_cache(maxsize=1 << 16)
def _echo_readings(word: str) -> tuple[tuple[int, str], ...]:
    """The keys ``word`` may echo a name by, clitics dropped: its key form, or its skeleton
    when long enough; none for short words, which are too often ordinary words."""
    readings = []
    for lead, reading in clitic_readings(word):
        tokens = name_tokens(reading)
        if len(tokens) != 1 or len(tokens[0]) < _SHORTEST_SINGLE:
            continue
        token = tokens[0]
        echo = skeleton(token) if len(token) >= _SHORTEST_VARIANT else token
        # The article stays part of the key: "نادي" (a surname) is no echo in "النادي".
        readings.append((lead, "ال" + echo if reading.startswith("ال") else echo))
    return tuple(readings)


def _common_word(word: str) -> bool:
    """Whether ``word`` is seen in ANT as often as a common word ("نادي", "سيكون": also the
    tagger's names now and then) and is no known name."""
    common = lexicon().counts.get(key(word), 0) >= _COMMON_COUNT
    return common and lookup(word, fuzzy=False) is None


def _overlaps(taken: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start..end`` overlaps a span of ``taken`` (sorted; spans do not nest)."""
    index = bisect.bisect_left(taken, (end,))
    return index > 0 and taken[index - 1][1] > start


# Words that open a clause, never a name's next word.
_CLAUSE_WORDS = frozenset({"أن", "إن", "أنه", "إنه", "أنها", "إنها", "الذي", "التي", "قد", "لقد"})


def merge_spans(tagged: Sequence[EntitySpan], known: Sequence[EntitySpan]) -> list[EntitySpan]:
    """The tagger's spans and the known names together.

    A known name wins over the tagged spans it overlaps when it is at least as long as each
    of them (its type is the curated one); otherwise the tagger's longer span stays.
    """
    kept = list(known)
    for span in tagged:
        overlapping = [k for k in known if k.start < span.end and span.start < k.end]
        if not overlapping:
            kept.append(span)
        elif all(span.end - span.start > k.end - k.start for k in overlapping) and not any(
            _runs_into_a_clause(span, k) for k in overlapping
        ):
            kept = [k for k in kept if k not in overlapping]
            kept.append(span)
    return sorted(kept, key=lambda s: (s.start, s.end))


def _runs_into_a_clause(span: EntitySpan, name: EntitySpan) -> bool:
    """Whether the tagger's ``span`` goes on past the known ``name`` into the clause after
    it ("منظمة الصحة العالمية أن فيروس كورونا أودى": no name has "أن" in it)."""
    rest = span.text[name.end - span.start :].split()
    return bool(rest) and rest[0] in _CLAUSE_WORDS
