"""Known names found in a text by look-up, beside the statistical tagger.

ANERcorp (2007) never saw "بيونج يانج" or "وكالة الأنباء المركزية الكورية", and
it tags news agencies as nothing at all; the curated names of
``khabar/data/entities/names.tsv`` and the CLDR countries know them.  A name is
looked up in any of the spellings ``entities.lookup`` accepts (transliteration
variants, joined or hyphenated words, a glued clitic), and a found name
overrides the tagger's type where both cover the same words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress

from khabar.extract.entities import (
    clitic_readings,
    known_first_words,
    lookup,
    may_be_known,
    may_start_known,
    name_tokens,
    word_token,
)
from khabar.extract.ner import EntitySpan

_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+(?:-[\u0621-\u064a\u0671-\u06d3]+)?")
_LONGEST = 5
_PUNCTUATION = re.compile(r'[،,.:؛;!?؟()"«»“”]')
# A known name alone in one word must be at least this long: shorter ones (مي، ماي، عمر)
# are too often ordinary words.
_SHORTEST_SINGLE = 4


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
    number of letters dropped and their key-form words."""
    first_words = known_first_words()
    readings = []
    for lead, reading in clitic_readings(word):
        tokens = name_tokens(reading)
        if tokens and tokens[0] in first_words:
            readings.append((lead, tokens))
    return tuple(readings)


@lru_cache(maxsize=1 << 16)
def _later_tokens(word: str) -> tuple[str, ...]:
    """Key-form words of a word that is not the first of a name (it keeps its article)."""
    parts = (word_token(part, first=False) for part in word.split("-"))
    return tuple(part for part in parts if part)


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
