"""The Arabic wording of the story page: figures, qualifiers, dates, topic and unit names.

The words come from ``khabar/data/report/labels.tsv`` so a user can rename a topic or
add a unit without touching code; a topic or unit missing there shows as its code.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from typing import Any

from khabar.errors import DataFileError
from khabar.extract.lexicon import read_rows

LABELS = "report/labels.tsv"
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_KINDS = {"qualifier", "topic", "unit", "month", "scale"}


@cache
def _labels() -> dict[str, dict[str, str]]:
    """``kind -> key -> label`` from the labels file; an unknown kind is a ``DataFileError``."""
    labels: defaultdict[str, dict[str, str]] = defaultdict(dict)
    for line, (kind, key, label, *_) in read_rows(LABELS, 3):
        if kind not in _KINDS:
            raise DataFileError(f"khabar/data/{LABELS}", f"unknown kind {kind!r}", line)
        labels[kind][key] = label
    return dict(labels)


def topic_name(topic: str | None) -> str:
    """The Arabic name of a claim topic (``killed`` -> القتلى), else the code itself."""
    if not topic:
        return "دون موضوع"
    return _labels()["topic"].get(topic, topic)


def number(value: float) -> str:
    """A figure with thousands separators: 15000 -> ``15,000``, 2.5 -> ``2.5``."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def short_number(value: float) -> str:
    """A figure in words for chart labels: 15000 -> ``15 ألف``, 2500000 -> ``2.5 مليون``."""
    scales = sorted(((int(p), w) for p, w in _labels()["scale"].items()), reverse=True)
    for power, word in scales:
        if abs(value) >= 10**power:
            return f"{number(round(value / 10**power, 1))} {word}"
    return number(round(value, 2))


def with_unit(text: str, unit: str | None) -> str:
    """A formatted figure followed by its unit's name (``7%``, ``300 دولار``)."""
    if not unit:
        return text
    label = _labels()["unit"].get(unit, unit)
    return f"{text}{label}" if label == "%" else f"{text} {label}"


def stated_value(claim: dict[str, Any]) -> str:
    """A claim's figure in words with its qualifier: ``نحو 15,000``, ``أكثر من 6,000``.

    A range reads ``بين LOW وHIGH``; a vague figure with no bounds reads ``عدد غير محدد``.
    """
    qualifiers = _labels()["qualifier"]
    unit = claim.get("unit")
    value, low, high = claim.get("value"), claim.get("low"), claim.get("high")
    qualifier = claim.get("qualifier") or "exact"
    if qualifier in ("range", "vague") and low is not None and high is not None:
        return qualifiers["range"].format(
            low=with_unit(number(low), unit), high=with_unit(number(high), unit)
        )
    if value is None:
        value = low if low is not None else high
    if value is None:
        return qualifiers["vague"]
    template = qualifiers.get(qualifier, qualifiers["exact"])
    return template.format(n=with_unit(number(value), unit))


def percent(gap: float) -> str:
    """A relative gap as a whole percentage, or with one decimal under 1% (never 0):
    0.0667 -> ``7%``, 0.0019 -> ``0.2%``."""
    if gap * 100 >= 0.95:
        return f"{round(gap * 100)}%"
    return f"{max(0.1, round(gap * 100, 1))}%"


def day(iso: str | None) -> str | None:
    """The ``YYYY[-MM[-DD]]`` part of an ISO date or datetime (the key charts group by)."""
    if not iso:
        return None
    match = _ISO_DATE.match(iso)
    return match.group(0) if match else iso


def date_words(iso: str | None) -> str | None:
    """ISO date in words: ``2025-09-03`` -> ``3 سبتمبر 2025``, ``2025-01`` -> ``يناير 2025``.

    Text that is not an ISO date is returned as it is; ``None`` stays ``None``.
    """
    if not iso:
        return None
    match = _ISO_DATE.match(iso)
    if not match:
        return iso
    year, month, day_of_month = match.groups()
    if month is None:
        return year
    name = _labels()["month"].get(str(int(month)), month)
    if day_of_month is None:
        return f"{name} {year}"
    return f"{int(day_of_month)} {name} {year}"


def source_name(source: Any) -> str | None:
    """Who a claim is cited to, as written: a string, or the ``text`` of a source record."""
    if isinstance(source, dict):
        return source.get("text") or source.get("canonical")
    return str(source) if source else None
