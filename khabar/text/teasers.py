"""Teasers of other stories that close a page without a "read also" label.

CNN Arabic pages (942 of ANT's 3,507) end with the opening sentences of other
articles of the day, one a line, after the article's own last paragraph: "قال
الرئيس التركي ...، إن ..." under a story on Saudi trade.  Nothing marks them, and
the debris model takes them for body text, so their figures became the article's
claims and their words chained unrelated stories together.  What gives them
away is that they open stories of their own: several closing lines in a row,
each a whole sentence that does not continue the text (no و/ف or other
connective opening it), shares almost no weighted term with the text before it,
nor with the teaser next to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from khabar.stories.vectors import background_idf, cosine
from khabar.text.lines import Line, ends_sentence

# A closing line that continues the text opens with a conjunction or connective.
_CONTINUING = re.compile(
    r"^[\"'“«(]?(?:[وف]|لكن|يذكر|يشار|بينما|كما|في حين|من جه|من جانب|إلى ذلك|الى ذلك"
    r"|غير أن|إلا أن|الا أن|ثم|حيث|أما|اما|هذا|هذه|بيد)"
)
# A teaser opens with a word: not a list item ("- 1989:", "•", "ق25:"), a figure, or a
# label before a colon ("ظريف: ...", "التطبيقات المستخدمة: ...").
_OPENS_WITH_A_WORD = re.compile(
    r"^[\"“«]?[\u0621-\u064a]+(?![\u0621-\u064a\d:])(?!(?:\s+\S+){0,2}\s*:)"
)
# Fewest teasers in a row: two closing sentences off the subject are often the author's.
SHORTEST_RUN = 3
# A teaser is at least this many words long, and the article keeps this many lines.
_TEASER_WORDS = 6
_KEPT_LINES = 2
# The page may cut the last teaser short ("... توتر العلاقات السعودية ا"): a line this
# long is a paragraph without its final stop, never a heading.
_CUT_TEASER_WORDS = 15
# Cosine (background TF-IDF) below which a line shares nothing with another text.  With
# it, ANT loses 2,185 closing lines of 475 CNN pages, all of those read teasers, and 89
# lines of 19 of the other 28,000 articles, features and interviews whose paragraphs
# open with no connective.
UNRELATED = 0.1


def find_teasers(lines: Sequence[Line], debris: set[int]) -> list[int]:
    """Indexes of the lines that close the page as teasers of other stories (see the
    module docstring); lines in ``debris`` (indexes) are passed over.

    The closing block is the run of last lines that may each open a story; it is
    teasers, from its first stranger on, when at least ``SHORTEST_RUN`` of its lines are
    strangers: unrelated to the text before the block and to the lines next to them
    (teasers of related stories sit among them: "أعلن البنك المركزي التركي" under Merkel
    on the Turkish economy)."""
    kept = [index for index, line in enumerate(lines) if index not in debris]
    first = len(kept)
    while first > _KEPT_LINES and _may_open_a_story(lines[kept[first - 1]]):
        first -= 1
    block = kept[first:]
    if len(block) < SHORTEST_RUN:
        return []
    idf = background_idf()
    before = idf.vector("\n".join(lines[index].text for index in kept[:first]))
    vectors = [idf.vector(lines[index].text) for index in block]
    strangers = [
        position
        for position, vector in enumerate(vectors)
        if cosine(vector, before) < UNRELATED
        and all(
            cosine(vector, vectors[other]) < UNRELATED
            for other in (position - 1, position + 1)
            if 0 <= other < len(vectors)
        )
    ]
    return block[strangers[0] :] if len(strangers) >= SHORTEST_RUN else []


def _may_open_a_story(line: Line) -> bool:
    """A whole sentence (or a paragraph cut short) of some length that opens with a word,
    not a connective."""
    return (
        line.words >= _TEASER_WORDS
        and (ends_sentence(line.text) or line.words >= _CUT_TEASER_WORDS)
        and _OPENS_WITH_A_WORD.match(line.text) is not None
        and _CONTINUING.match(line.text) is None
    )
