"""The story page in a real headless Chromium: it renders right to left, whole and legible.

A test-only copy of the page carries a small script that measures the rendered
DOM (computed direction, ledger rows, chart sizes, overlapping chart labels,
horizontal overflow) and writes the figures into ``<pre id="probe">``, which
``--dump-dom`` then returns.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

from khabar.report import render_story
from tests.report.browser import dump_dom, png_distinct_rows, png_size, screenshot
from tests.report.seed_ledger import EXPECTED, seed_ledger

PROBE = """<script>
const box = (e) => e.getBoundingClientRect();
const meet = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width
  && a.y < b.y + b.height && b.y < a.y + a.height;
const charts = [...document.querySelectorAll("svg.chart")];
const overlaps = charts.map((svg) => {
  const labels = [...svg.querySelectorAll("text")].map((t) => t.getBBox());
  let count = 0;
  labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => { if (meet(a, b)) count++; }));
  return count;
});
const view = document.documentElement;
const words = document.createRange();
words.selectNodeContents(document.querySelector("h1"));
const title = words.getBoundingClientRect();
const probe = document.createElement("pre");
probe.id = "probe";
probe.textContent = JSON.stringify({
  direction: getComputedStyle(document.body).direction,
  rows: document.querySelectorAll("table.ledger tr.claim").length,
  disagreeing: document.querySelectorAll("table.ledger tr.claim.disagree").length,
  markers: document.querySelectorAll("svg.chart .marker").length,
  chartWidths: charts.map((svg) => box(svg).width),
  labelOverlaps: overlaps,
  titleRight: title.right,
  titleLeft: title.left,
  mainRight: box(document.querySelector("main")).right,
  overflow: view.scrollWidth - view.clientWidth,
});
document.body.append(probe);
</script>"""
WIDTH, HEIGHT = 1280, 2000


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("browser")
    page = render_story(seed_ledger())
    (folder / "story.html").write_text(page, encoding="utf-8")
    probed = page.replace("</body>", PROBE + "\n</body>")
    (folder / "probe.html").write_text(probed, encoding="utf-8")
    return folder


def _measure(folder: Path, width: int) -> dict[str, Any]:
    """What the probe script measured with the window ``width`` pixels wide."""
    dom = dump_dom(folder / "probe.html", folder, width, HEIGHT)
    found = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    assert found, f"the probe script did not run; DOM starts: {dom[:300]!r}"
    return dict(json.loads(html.unescape(found.group(1))))


@pytest.fixture(scope="module")
def measured(folder: Path) -> dict[str, Any]:
    return _measure(folder, WIDTH)


def test_body_is_laid_out_right_to_left(measured: dict[str, Any]) -> None:
    assert measured["direction"] == "rtl"
    # The short title hugs the right edge of the page, not the left.
    assert abs(measured["titleRight"] - measured["mainRight"]) < 2
    assert measured["titleLeft"] > WIDTH / 4


def test_dom_has_every_ledger_row_and_marker(measured: dict[str, Any]) -> None:
    claims = len(EXPECTED["claims"])
    assert measured["rows"] == claims
    assert measured["disagreeing"] == sum(len(d["claims"]) for d in EXPECTED["disagreements"])
    assert measured["markers"] == claims


def test_charts_are_drawn_wide_with_no_overlapping_labels(measured: dict[str, Any]) -> None:
    assert len(measured["chartWidths"]) == 4
    assert all(width > 400 for width in measured["chartWidths"])
    assert measured["labelOverlaps"] == [0, 0, 0, 0]


def test_page_does_not_overflow_sideways(measured: dict[str, Any]) -> None:
    assert measured["overflow"] <= 0


def test_narrow_window_does_not_overflow_sideways(folder: Path) -> None:
    assert _measure(folder, 800)["overflow"] <= 0


def test_screenshot_is_a_full_non_blank_page(folder: Path) -> None:
    shot = screenshot(folder / "story.html", folder, WIDTH, HEIGHT)
    data = shot.read_bytes()
    assert png_size(data) == (WIDTH, HEIGHT)
    # A blank 1280x2000 page compresses to a few kB with a handful of distinct rows.
    assert len(data) > 100_000
    assert png_distinct_rows(data) > 500


def _crowded() -> dict[str, Any]:
    """The seed ledger with every "sent" figure repeated on eight days, three a day."""
    ledger = seed_ledger()
    sent = [c for c in ledger["claims"] if c["topic"] == "sent"]
    ledger["claims"] = [
        sent[n % 3] | {"said": f"2025-09-{day:02d}", "value": 14000 + 100 * n}
        for day in range(10, 18)
        for n in range(3)
    ]
    ledger["disagreements"], ledger["timelines"] = [], {}
    return ledger


def test_crowded_chart_keeps_its_labels_apart(tmp_path: Path) -> None:
    page = render_story(_crowded()).replace("</body>", PROBE + "\n</body>")
    (tmp_path / "probe.html").write_text(page, encoding="utf-8")
    measured = _measure(tmp_path, WIDTH)
    assert measured["markers"] == 24
    assert measured["labelOverlaps"] == [0]
