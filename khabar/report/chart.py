"""One inline SVG per topic: each claim's figure over time, coloured by outlet.

Time runs left to right in columns, one per date the figures were said (else
published), oldest first, with the undated claims in a last "غير مؤرخ" column;
a date axis with columns rather than a linear scale keeps the labels apart when
dates bunch together.  Each claim is a marker; a stated range is a vertical bar
from low to high, an open bound ("أكثر من", "على الأقل") an arrow.  The SVG sets
``direction="ltr"`` so that ``text-anchor`` means the same inside an RTL page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape
from typing import Any

from khabar.report.words import (
    date_words,
    day,
    short_number,
    source_name,
    stated_value,
    topic_name,
)

WIDTH, HEIGHT = 520, 280
LEFT, RIGHT, TOP, BOTTOM = 66, 12, 22, 56
UNDATED = "غير مؤرخ"
# The longest bar drawn for an open bound (at least / more than), in pixels.
ARROW = 34
# Markers closer than this (pixels) get no value label beside them, which would run into
# the next marker; the value axis and the tooltip still give the figure.
LABEL_ROOM = 60
# Room a date label needs under its column (pixels, "12 سبتمبر" at 14px): narrower
# columns are labelled every second (third, ...) one.
DATE_ROOM = 80
_UP = {"at_least", "more_than"}
_DOWN = {"at_most", "less_than"}


@dataclass(frozen=True, slots=True)
class Plotted:
    """A claim placed in the chart: its index in the ledger and its column key."""

    index: int
    claim: dict[str, Any]
    column: str | None


def nice_step(span: float, ticks: int = 4) -> float:
    """A round tick step (1, 2, 2.5 or 5 times a power of ten) cutting ``span`` in ~``ticks``."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(power * m for m in (1, 2, 2.5, 5, 10) if power * m >= raw)


def point(claim: dict[str, Any]) -> float | None:
    """Where a claim's marker sits: its value, else the middle of its bounds, else a bound."""
    value, low, high = claim.get("value"), claim.get("low"), claim.get("high")
    if value is not None:
        return float(value)
    if low is not None and high is not None:
        return (low + high) / 2
    bound = low if low is not None else high
    return None if bound is None else float(bound)


def topic_chart(
    topic: str, plotted: list[Plotted], colors: dict[str | None, str], chart_id: str
) -> str:
    """The SVG of one topic's claims (``plotted`` in timeline order)."""
    dated = sorted({p.column for p in plotted if p.column})
    undated: list[str | None] = [None] if any(p.column is None for p in plotted) else []
    columns = [*dated, *undated]
    top = _axis_top(plotted)
    scale = _Scale(columns, top)
    name = topic_name(topic)
    parts = [
        f'<svg class="chart" id="{chart_id}" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'direction="ltr" role="img" aria-labelledby="{chart_id}-title {chart_id}-desc">',
        f'<title id="{chart_id}-title">{escape(name)}: الأرقام عبر الزمن حسب المصدر</title>',
        f'<desc id="{chart_id}-desc">{escape(_description(plotted))}</desc>',
        _value_axis(scale, top),
        _time_axis(scale, columns),
    ]
    for column in columns:
        members = [p for p in plotted if p.column == column]
        labelled = scale.spacing(len(members)) >= LABEL_ROOM
        for offset, item in zip(scale.offsets(len(members)), members, strict=True):
            x = scale.column_x(column) + offset
            color = colors.get(item.claim.get("outlet"), "#777")
            parts.append(_marker(item, x, scale, color, labelled=labelled))
    parts.append("</svg>")
    return "\n".join(parts)


class _Scale:
    """Pixel positions of columns and values inside the plot area."""

    def __init__(self, columns: list[str | None], top: float) -> None:
        self.columns = columns
        self.top = top
        self.width = (WIDTH - LEFT - RIGHT) / max(1, len(columns))
        self.bottom_y = HEIGHT - BOTTOM

    def column_x(self, column: str | None) -> float:
        return LEFT + (self.columns.index(column) + 0.5) * self.width

    def y(self, value: float) -> float:
        fraction = min(max(value / self.top, 0.0), 1.0) if self.top else 0.5
        return self.bottom_y - fraction * (self.bottom_y - TOP)

    def spacing(self, count: int) -> float:
        """How far apart ``count`` markers of one column are drawn."""
        return min(float(LABEL_ROOM), self.width * 0.8 / max(1, count))

    def offsets(self, count: int) -> list[float]:
        """Horizontal offsets that spread ``count`` markers of one column apart."""
        spacing = self.spacing(count)
        return [(j - (count - 1) / 2) * spacing for j in range(count)]


def _axis_top(plotted: list[Plotted]) -> float:
    """The value at the top of the axis: a round step above the largest figure (0 if none)."""
    figures = [
        float(v)
        for p in plotted
        for v in (p.claim.get("value"), p.claim.get("low"), p.claim.get("high"))
        if v is not None
    ]
    if not figures:
        return 0.0
    largest = max(max(figures), 0.0)
    step = nice_step(largest)
    return step * (math.floor(largest / step) + 1)


def _value_axis(scale: _Scale, top: float) -> str:
    """Horizontal grid lines with their values (``15 ألف``) on the left."""
    lines = [
        f'<line class="axis" x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{scale.bottom_y}"/>',
        f'<line class="axis" x1="{LEFT}" y1="{scale.bottom_y}" '
        f'x2="{WIDTH - RIGHT}" y2="{scale.bottom_y}"/>',
    ]
    if not top:
        return "\n".join(lines)
    step = nice_step(top * 0.999)
    ticks = [step * i for i in range(round(top / step) + 1)]
    for tick in ticks:
        y = scale.y(tick)
        if tick:
            lines.append(
                f'<line class="grid" x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}"/>'
            )
        lines.append(
            f'<text class="tick" x="{LEFT - 8}" y="{y:.1f}" text-anchor="end" '
            f'dominant-baseline="middle">{escape(short_number(tick))}</text>'
        )
    return "\n".join(lines)


def _time_axis(scale: _Scale, columns: list[str | None]) -> str:
    """Date labels under the plot (day and month, the year below), thinned to fit."""
    parts = []
    for column in columns:
        if column is None:
            left = scale.column_x(column) - scale.width / 2
            parts.append(
                f'<line class="undated" x1="{left:.1f}" y1="{TOP}" '
                f'x2="{left:.1f}" y2="{scale.bottom_y}"/>'
            )
    for column in _labelled_columns(scale, columns):
        x = scale.column_x(column)
        words = [date_words(column) or UNDATED]
        if column is not None and " " in words[0]:
            words = words[0].rsplit(" ", 1)
        for line, text in enumerate(words):
            y = scale.bottom_y + 22 + line * 18
            parts.append(
                f'<text class="when" x="{x:.1f}" y="{y}" text-anchor="middle">{escape(text)}</text>'
            )
    return "\n".join(parts)


def _labelled_columns(scale: _Scale, columns: list[str | None]) -> list[str | None]:
    """The columns that get a date label: all when they are wide enough, else every n-th,
    always the undated one (and then not the dated column just before it)."""
    every = math.ceil(DATE_ROOM / scale.width)
    dated = [c for c in columns if c is not None]
    undated = len(dated) < len(columns)
    chosen: list[str | None] = [
        c
        for i, c in enumerate(dated)
        if i % every == 0 and not (undated and len(dated) - i < every)
    ]
    return [*chosen, None] if undated else chosen


def _marker(item: Plotted, x: float, scale: _Scale, color: str, *, labelled: bool) -> str:
    """One claim: its bar or arrow, its dot and its value, with a tooltip naming the source."""
    claim = item.claim
    qualifier = claim.get("qualifier") or "exact"
    where = point(claim)
    vague = qualifier == "vague" or where is None
    y = scale.y(where) if where is not None else (TOP + scale.bottom_y) / 2
    parts = [
        f'<g class="marker" data-claim="{item.index}">',
        f"<title>{escape(_tooltip(item))}</title>",
    ]
    parts.extend(_extent(claim, x, y, scale, color))
    fill = "#fff" if vague else color
    dash = ' stroke-dasharray="2 2"' if vague else ""
    parts.append(
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="{fill}" stroke="{color}" '
        f'stroke-width="2"{dash}/>'
    )
    if labelled:
        label = "غير محدد" if vague else short_number(where or 0.0)
        parts.append(
            f'<text class="value" x="{x + 9:.1f}" y="{y:.1f}" dominant-baseline="middle">'
            f"{escape(label)}</text>"
        )
    parts.append("</g>")
    return "\n".join(parts)


def _extent(claim: dict[str, Any], x: float, y: float, scale: _Scale, color: str) -> list[str]:
    """The vertical bar of a stated range, or the arrow of an open bound."""
    low, high = claim.get("low"), claim.get("high")
    qualifier = claim.get("qualifier") or "exact"
    if low is not None and high is not None and high > low:
        y_low, y_high = scale.y(low), scale.y(high)
        return [
            f'<line class="range" x1="{x:.1f}" y1="{y_low:.1f}" x2="{x:.1f}" y2="{y_high:.1f}" '
            f'stroke="{color}"/>',
            f'<line class="range" x1="{x - 5:.1f}" y1="{y_low:.1f}" x2="{x + 5:.1f}" '
            f'y2="{y_low:.1f}" stroke="{color}"/>',
            f'<line class="range" x1="{x - 5:.1f}" y1="{y_high:.1f}" x2="{x + 5:.1f}" '
            f'y2="{y_high:.1f}" stroke="{color}"/>',
        ]
    if qualifier in _UP or (low is not None and high is None and claim.get("value") is None):
        end, tip = max(TOP + 2.0, y - ARROW), -1
    elif qualifier in _DOWN:
        end, tip = min(scale.bottom_y - 2.0, y + ARROW), 1
    else:
        return []
    return [
        f'<line class="range" x1="{x:.1f}" y1="{y:.1f}" x2="{x:.1f}" y2="{end:.1f}" '
        f'stroke="{color}"/>',
        f'<path d="M{x - 5:.1f},{end:.1f} L{x + 5:.1f},{end:.1f} '
        f'L{x:.1f},{end + tip * 7:.1f} Z" fill="{color}"/>',
    ]


def _tooltip(item: Plotted) -> str:
    """What hovering a marker says: outlet, cited source, figure, date."""
    claim = item.claim
    parts = [claim.get("outlet") or "منبر غير معروف"]
    cited = source_name(claim.get("cited"))
    if cited:
        parts.append(f"نقلاً عن {cited}")
    parts.append(stated_value(claim))
    parts.append(date_words(item.column) or UNDATED)
    return " — ".join(parts)


def _description(plotted: list[Plotted]) -> str:
    """The chart's text alternative: every marker's tooltip, in order."""
    return "؛ ".join(_tooltip(p) for p in plotted)


def column_of(claim: dict[str, Any]) -> str | None:
    """The column a claim goes in: the date of the earlier event it counts, else the date
    it was said, else the day it was published."""
    earlier = (claim.get("reading") or {}).get("earlier")
    return day(earlier) or day(claim.get("said")) or day(claim.get("published"))
