"""The per-topic SVG chart: columns by date, markers, ranges and open bounds."""

from __future__ import annotations

import re
from typing import Any

import pytest

from khabar.report.chart import Plotted, column_of, nice_step, point, topic_chart

COLORS: dict[str | None, str] = {"bbc": "#0072B2", "cnn": "#D55E00", None: "#777777"}


def _claim(value: float | None, qualifier: str = "exact", **extra: Any) -> dict[str, Any]:
    return {
        "value": value,
        "qualifier": qualifier,
        "outlet": "bbc",
        "low": None,
        "high": None,
    } | extra


def _chart(*claims: dict[str, Any]) -> str:
    plotted = [Plotted(i, c, column_of(c)) for i, c in enumerate(claims)]
    return topic_chart("killed", plotted, COLORS, "chart-1")


@pytest.mark.parametrize(("span", "step"), [(15000, 5000), (6000, 2000), (10, 2.5), (0, 1.0)])
def test_nice_step(span: float, step: float) -> None:
    assert nice_step(span) == step


def test_point_is_value_else_middle_of_bounds() -> None:
    assert point(_claim(600)) == 600
    assert point(_claim(None, "range", low=4000, high=5000)) == 4500
    assert point(_claim(None, "vague")) is None


def test_column_is_date_said_else_day_published() -> None:
    assert column_of({"said": "2025-01", "published": "2025-09-04T10:00:00+03:00"}) == "2025-01"
    assert column_of({"said": None, "published": "2025-09-04T10:00:00+03:00"}) == "2025-09-04"
    assert column_of({"said": None, "published": None}) is None


def test_an_earlier_events_figure_goes_in_the_column_of_its_date() -> None:
    claim = {"said": None, "published": "2025-03-10", "reading": {"earlier": "2023"}}
    assert column_of(claim) == "2023"


def test_dated_columns_come_first_then_undated() -> None:
    svg = _chart(
        _claim(600, said=None, published=None),
        _claim(1000, said="2025-03", published=None),
        _claim(900, said="2025-01", published=None),
    )
    labels = re.findall(r'class="when"[^>]*>([^<]+)<', svg)
    assert labels == ["يناير", "2025", "مارس", "2025", "غير مؤرخ"]
    assert svg.count('class="undated"') == 1


def test_markers_in_one_column_do_not_overlap() -> None:
    svg = _chart(_claim(600, outlet="bbc"), _claim(600, outlet="cnn"))
    xs = [float(x) for x in re.findall(r'<circle cx="([\d.]+)"', svg)]
    assert len(xs) == 2 and abs(xs[0] - xs[1]) >= 20


def test_value_axis_rises_above_the_largest_figure() -> None:
    svg = _chart(_claim(15000, said="2025-01"), _claim(6000, "more_than", said="2025-03"))
    ticks = re.findall(r'class="tick"[^>]*>([^<]+)<', svg)
    assert ticks == ["0", "5 ألف", "10 ألف", "15 ألف", "20 ألف"]


def test_vague_figure_without_number_is_a_hollow_marker() -> None:
    svg = _chart(_claim(None, "vague"))
    assert 'fill="#fff"' in svg and "غير محدد" in svg
    assert 'class="tick"' not in svg


def test_tooltip_names_outlet_source_and_date() -> None:
    svg = _chart(_claim(600, "approx", cited="نواب سيول", said="2025-03"))
    assert "<title>bbc — نقلاً عن نواب سيول — نحو 600 — مارس 2025</title>" in svg
