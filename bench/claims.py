"""How well khabar attributes quantitative claims: scored against hand-made gold.

    PYTHONPATH=. python bench/claims.py [--verbose] [--ant PATH] [--seeds DIR]

Gold: ``bench/data/claims_gold.jsonl`` (ANT articles, guidelines in ``claims_gold.md``) and the
seeds' ``expected.json``. A predicted claim matches a gold claim when its quantity's span
overlaps the gold evidence span, the values agree and the cited sources agree (see
``sources_agree``); each gold claim matches at most one prediction. Prints precision and recall
of those figure+source pairs, then figure recall (gold figures among the claims, and among all
quantities: tells a numbers miss from a claims miss), source/topic/qualifier accuracy on the
figures found, recall by attribution form, and with ``--verbose`` every miss and false positive
in its sentence.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import khabar
from khabar.model import Analysis
from khabar.text.normalize import fold
from tests.shared_data import ANT, SEEDS

GOLD = Path(__file__).parent / "data" / "claims_gold.jsonl"

_NON_WORD = re.compile(r"[\W_]+")
_SENTENCE_END = re.compile(r"[!?؟\n]|\.(?!\d)")  # a decimal point ends nothing

Analyzer = Callable[[str, datetime | None], Analysis]


@dataclass(frozen=True, slots=True)
class Figure:
    """One claim, gold or predicted, reduced to what the bench compares."""

    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    topic: str | None
    cited: str | None
    form: str = ""


@dataclass(slots=True)
class Case:
    """One article: its text, publication date and gold claims."""

    name: str
    text: str
    published: datetime | None
    gold: list[Figure]


@dataclass(slots=True)
class Score:
    """Counts accumulated over the cases of one corpus."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    figures: int = 0
    quantities: int = 0
    source_ok: int = 0
    topic_ok: int = 0
    qualifier_ok: int = 0
    gold_by_form: Counter[str] = field(default_factory=Counter)
    matched_by_form: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)


def source_key(source: str) -> tuple[frozenset[str], ...]:
    """For each word of the folded source (lone و dropped), its forms without leading clitics."""
    words = _NON_WORD.sub(" ", fold(source)).split()
    return tuple(_bare_forms(word) for word in words if len(word) > 1)


def _bare_forms(word: str) -> frozenset[str]:
    """``word`` and what it may be without و/ف, then ب/ل/ك or لل (ل + elided ال), then ال.

    Every reading is kept (وزارة may be و + زارة), so the same word with or without a clitic
    always shares a form: ``والوزارة``, ``للوزارة``, ``الوزارة`` and ``وزارة`` all give ``وزاره``.
    """
    forms = {word}
    forms |= {form[1:] for form in forms if form[:1] in "وف"}
    forms |= {form[2:] for form in forms if form.startswith("لل")}
    forms |= {form[1:] for form in forms if form[:1] in "بلك"}
    forms |= {form[2:] for form in forms if form.startswith("ال")}
    return frozenset(form for form in forms if len(form) >= 2) | {word}


def sources_agree(gold: str | None, predicted: str | None) -> bool:
    """Both null, or one source's words are a contiguous run of the other's.

    Words are compared after ``fold`` and punctuation removal (``#نصر_الله`` = ``نصر الله``);
    two words are the same when they share a form without clitics (see ``_bare_forms``).
    """
    if gold is None or predicted is None:
        return gold is None and predicted is None
    gold_key, predicted_key = source_key(gold), source_key(predicted)
    return _contains(gold_key, predicted_key) or _contains(predicted_key, gold_key)


def _contains(outer: tuple[frozenset[str], ...], inner: tuple[frozenset[str], ...]) -> bool:
    """Whether ``inner`` (non-empty) matches a contiguous run of ``outer`` word by word."""
    size = len(inner)
    return size > 0 and any(
        all(o & i for o, i in zip(outer[start : start + size], inner, strict=True))
        for start in range(len(outer) - size + 1)
    )


def _close(a: float | None, b: float | None) -> bool:
    """Equal numbers up to float rounding (``None`` equals only ``None``)."""
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def values_agree(gold: Figure, predicted: Figure) -> bool:
    """Same value, or both null; a gold range agrees on its bounds or a value inside them."""
    if gold.qualifier == "range" and gold.low is not None and gold.high is not None:
        if predicted.value is not None:
            return gold.low <= predicted.value <= gold.high
        return _close(gold.low, predicted.low) and _close(gold.high, predicted.high)
    return _close(gold.value, predicted.value)


def _overlap(a: Figure, b: Figure) -> bool:
    return a.start < b.end and b.start < a.end


def _qualifier(name: str) -> str:
    """One name for the vague qualifiers (the seeds write ``vague_thousands``)."""
    return "vague" if name.startswith("vague") else name


def _locate(text: str, evidence: str, occurrence: int, name: str) -> int:
    """Start of the ``occurrence``-th ``evidence`` in ``text``; a gold error if absent."""
    position = -1
    for _ in range(occurrence):
        position = text.find(evidence, position + 1)
        if position < 0:
            raise ValueError(f"{name}: evidence {evidence!r} #{occurrence} not in the text")
    return position


def gold_figure(text: str, claim: dict, name: str) -> Figure:
    """A gold claim of either file, located in ``text``."""
    evidence = claim["evidence"]
    start = _locate(text, evidence, claim.get("occurrence", 1), name)
    return Figure(
        start=start,
        end=start + len(evidence),
        text=evidence,
        value=claim.get("value"),
        low=claim.get("low"),
        high=claim.get("high"),
        qualifier=_qualifier(claim["qualifier"]),
        topic=claim.get("topic"),
        cited=claim.get("cited"),
        form=claim.get("form", ""),
    )


def load_ant_cases(gold_path: Path, ant_path: Path) -> list[Case]:
    """The gold ANT articles, their texts read from the corpus by id."""
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    wanted = {row["id"] for row in gold}
    articles = {}
    with gzip.open(ant_path, "rt", encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            if article["id"] in wanted:
                articles[article["id"]] = article
    missing = wanted - articles.keys()
    if missing:
        raise ValueError(f"{ant_path}: gold articles missing from the corpus: {sorted(missing)}")
    cases = []
    for row in gold:
        article = articles[row["id"]]
        text = article["text"]
        figures = [gold_figure(text, claim, row["id"]) for claim in row["claims"]]
        published = datetime.fromisoformat(article["published"])
        cases.append(Case(row["id"], text, published, figures))
    return cases


def load_seed_cases(seeds: Path) -> list[Case]:
    """The seed articles (no publication date) with the claims of ``expected.json``."""
    expected = json.loads((seeds / "expected.json").read_text(encoding="utf-8"))
    cases = []
    for name in expected["articles"]:
        text = (seeds / name).read_text(encoding="utf-8")
        claims = [claim for claim in expected["claims"] if claim["article"] == name]
        figures = [gold_figure(text, claim, name) for claim in claims]
        cases.append(Case(name, text, None, figures))
    return cases


def predicted_figures(analysis: Analysis) -> list[Figure]:
    """The analysis's claims, each joined to its quantity."""
    figures = []
    for claim in analysis.claims:
        quantity = analysis.quantities[claim.quantity]
        figures.append(
            Figure(
                start=quantity.start,
                end=quantity.end,
                text=quantity.text,
                value=quantity.value,
                low=quantity.low,
                high=quantity.high,
                qualifier=_qualifier(quantity.qualifier),
                topic=claim.topic,
                cited=claim.cited.text if claim.cited else None,
            )
        )
    return figures


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]``: up to . ! ? ؟ (no decimal point) or a newline."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.end() if right_match else len(text)
    return text[left:right].strip()


def _describe(figure: Figure) -> str:
    return f"{figure.text!r} value={figure.value} cited={figure.cited!r}"


def score_case(case: Case, analysis: Analysis, score: Score) -> None:
    """Match one article's predictions to its gold and add the counts to ``score``."""
    predicted = predicted_figures(analysis)
    quantities = list(_quantities(analysis))
    used: set[int] = set()
    score.gold += len(case.gold)
    score.predicted += len(predicted)
    for gold in case.gold:
        score.gold_by_form[gold.form] += 1
        score.quantities += any(_same_figure(gold, q) for q in quantities)
        hits = [i for i, p in enumerate(predicted) if _same_figure(gold, p)]
        full = [i for i in hits if i not in used and sources_agree(gold.cited, predicted[i].cited)]
        if hits:
            best = predicted[full[0] if full else hits[0]]
            score.figures += 1
            score.source_ok += bool(full)
            score.topic_ok += best.topic == gold.topic
            score.qualifier_ok += best.qualifier == gold.qualifier
        if full:
            used.add(full[0])
            score.matched += 1
            score.matched_by_form[gold.form] += 1
        else:
            found = f"predicted {_describe(predicted[hits[0]])}" if hits else "figure not found"
            score.misses.append(
                f"{case.name}: gold {_describe(gold)}; {found}\n    {_in(case, gold)}"
            )
    score.false_positives.extend(
        f"{case.name}: {_describe(p)}\n    {_in(case, p)}"
        for i, p in enumerate(predicted)
        if i not in used
    )


def _same_figure(gold: Figure, predicted: Figure) -> bool:
    """Overlapping spans and agreeing values."""
    return _overlap(gold, predicted) and values_agree(gold, predicted)


def _in(case: Case, figure: Figure) -> str:
    return sentence_around(case.text, figure.start, figure.end)


def _quantities(analysis: Analysis) -> Iterable[Figure]:
    """Every quantity of the analysis as a figure (to tell number misses from claim misses)."""
    for q in analysis.quantities:
        yield Figure(q.start, q.end, q.text, q.value, q.low, q.high, q.qualifier, None, None)


def evaluate(cases: list[Case], analyze: Analyzer) -> Score:
    """Run ``analyze`` on every case and score its claims."""
    score = Score()
    for case in cases:
        score_case(case, analyze(case.text, case.published), score)
    return score


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole if whole else 0.0:.3f} ({part}/{whole})"


def report(title: str, cases: list[Case], score: Score, *, verbose: bool) -> None:
    """Print the figures of one corpus."""
    counts = f"{len(cases)} articles, {score.gold} gold claims, {score.predicted} predicted"
    print(f"== {title}: {counts}")
    print(f"claim (figure+source) precision  {_ratio(score.matched, score.predicted)}")
    print(f"claim (figure+source) recall     {_ratio(score.matched, score.gold)}")
    print(f"figure recall (claims)           {_ratio(score.figures, score.gold)}")
    print(f"figure recall (quantities)       {_ratio(score.quantities, score.gold)}")
    print(f"source accuracy on figures found {_ratio(score.source_ok, score.figures)}")
    print(f"topic accuracy on figures found  {_ratio(score.topic_ok, score.figures)}")
    print(f"qualifier accuracy on figures    {_ratio(score.qualifier_ok, score.figures)}")
    for form, total in sorted(score.gold_by_form.items()):
        if form:
            print(f"  recall, {form:<8} {_ratio(score.matched_by_form[form], total)}")
    if verbose:
        print(f"-- misses ({len(score.misses)})")
        print("\n".join(score.misses))
        print(f"-- false positives ({len(score.false_positives)})")
        print("\n".join(score.false_positives))
    print()


def main() -> None:
    """Score the ANT gold and the seeds with ``khabar.analyze``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list misses and false positives")
    parser.add_argument("--ant", type=Path, default=ANT, help="ANT v2.1 jsonl.gz")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="folder with expected.json")
    args = parser.parse_args()
    for title, cases in (
        ("ANT gold", load_ant_cases(GOLD, args.ant)),
        ("seeds", load_seed_cases(args.seeds)),
    ):
        report(title, cases, evaluate(cases, khabar.analyze), verbose=args.verbose)


if __name__ == "__main__":
    main()
