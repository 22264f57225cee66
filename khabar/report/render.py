"""A story's ledger as one self-contained, right-to-left Arabic HTML page.

``render_story`` takes the JSON dict of ``khabar story ID --json`` (built by
``khabar.stories.ledger.story_ledger``) and needs nothing else: the CSS is
inlined, the charts are inline SVG, and the only links are the articles' own
addresses, so the file can be mailed or archived as it is.  Every piece of text
from the ledger goes through ``html.escape``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import cache
from html import escape
from importlib import resources
from string import Template
from typing import Any

from khabar.report.chart import Plotted, column_of, topic_chart
from khabar.report.words import (
    date_words,
    day,
    percent,
    source_name,
    stated_value,
    topic_name,
)
from khabar.text.normalize import normalize

# Okabe-Ito colours (told apart by colour-blind readers), without its pale yellow.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
UNKNOWN_COLOR = "#777777"
# The ledger's columns: (class, header); widths are in style.css.
COLUMNS = (
    ("figure", "الرقم كما ورد"),
    ("value", "القيمة"),
    ("outlet", "المنبر"),
    ("cited", "المصدر المنسوب إليه"),
    ("when", "التاريخ"),
    ("sentence", "الجملة"),
    ("verdict", "الحكم"),
)


@cache
def _asset(name: str) -> str:
    """A file of ``khabar/data/report`` (the page template, the stylesheet)."""
    return resources.files("khabar").joinpath("data", "report", name).read_text(encoding="utf-8")


def render_story(ledger: dict[str, Any]) -> str:
    """The HTML page of one story ledger (see ``khabar.stories.ledger.story_ledger``).

    Raises ``KeyError`` when ``ledger`` lacks ``claims``; every other field may be missing.
    """
    claims: list[dict[str, Any]] = ledger["claims"]
    colors = outlet_colors(ledger)
    by_claim = _disagreements_by_claim(ledger.get("disagreements") or [])
    title = ledger.get("title") or f"القصة {ledger.get('id', '')}".strip()
    return Template(_asset("page.html")).substitute(
        title=escape(title),
        css=_asset("style.css"),
        summary=_summary(ledger, colors),
        disagreements=_disagreement_list(ledger, claims, colors),
        articles=_articles(ledger, colors),
        ledger=_ledger_table(ledger, claims, colors, by_claim),
        charts=_charts(ledger, claims, colors),
    )


def outlet_colors(ledger: dict[str, Any]) -> dict[str | None, str]:
    """One colour per outlet, in the ledger's outlet order, shared by table and charts."""
    names = list(ledger.get("outlets") or [])
    names += [c.get("outlet") for c in ledger["claims"] if c.get("outlet") not in names]
    known = [name for name in dict.fromkeys(names) if name]
    colors: dict[str | None, str] = {
        name: PALETTE[i % len(PALETTE)] for i, name in enumerate(known)
    }
    colors[None] = UNKNOWN_COLOR
    return colors


def _outlet(name: str | None, colors: dict[str | None, str]) -> str:
    """An outlet's name after its colour dot; the name isolated from the RTL text around it."""
    color = colors.get(name, UNKNOWN_COLOR)
    label = escape(name) if name else "منبر غير معروف"
    return (
        f'<span class="swatch" style="color:{color}" aria-hidden="true">●</span><bdi>{label}</bdi>'
    )


def _summary(ledger: dict[str, Any], colors: dict[str | None, str]) -> str:
    """The header's facts: outlets, date range, how many figures and disagreements."""
    outlets = [name for name in colors if name]
    dates = sorted(d for d in (day(p) for p in _published_dates(ledger)) if d)
    if not dates:
        period = "غير معروفة"
    elif dates[0] == dates[-1]:
        period = escape(date_words(dates[0]) or "")
    else:
        period = (
            f"من {escape(date_words(dates[0]) or '')} إلى {escape(date_words(dates[-1]) or '')}"
        )
    items = "".join(f"<li>{_outlet(name, colors)}</li>" for name in outlets)
    count = len(ledger.get("disagreements") or []) + len(ledger.get("date_disagreements") or [])
    return (
        '<dl class="facts">'
        f'<dt>المنابر</dt><dd><ul class="outlets">{items}</ul></dd>'
        f"<dt>فترة النشر</dt><dd>{period}</dd>"
        f"<dt>المقالات</dt><dd>{len(ledger.get('articles') or [])}</dd>"
        f"<dt>الأرقام</dt><dd>{len(ledger['claims'])}</dd>"
        f"<dt>الخلافات</dt><dd>{count}</dd>"
        "</dl>"
    )


def _published_dates(ledger: dict[str, Any]) -> list[str]:
    """Publication dates of the articles, else of the claims (articles given as ids)."""
    found = [a.get("published") for a in ledger.get("articles") or [] if isinstance(a, dict)]
    if not any(found):
        found = [c.get("published") for c in ledger["claims"]]
    return [d for d in found if d]


def _articles(ledger: dict[str, Any], colors: dict[str | None, str]) -> str:
    """The numbered list of articles: outlet, title (linked to its address), date."""
    rows = []
    for article in ledger.get("articles") or []:
        if not isinstance(article, dict):
            article = {"id": article, "outlet": _article_outlet(ledger, article)}
        title = escape(article.get("title") or f"المقال {article.get('id', '')}")
        url = article.get("url") or ""
        if url.startswith(("http://", "https://")):
            title = f'<a href="{escape(url, quote=True)}" rel="noopener noreferrer">{title}</a>'
        when = date_words(article.get("published")) or "تاريخ النشر غير معروف"
        rows.append(
            f"<li>{_outlet(article.get('outlet'), colors)} — {title}"
            f'<span class="meta">{escape(when)}</span></li>'
        )
    if not rows:
        return "<p>لا مقالات.</p>"
    return '<ol class="articles">' + "".join(rows) + "</ol>"


def _article_outlet(ledger: dict[str, Any], article_id: Any) -> str | None:
    """The outlet of an article listed by id only, read from its claims."""
    return next((c.get("outlet") for c in ledger["claims"] if c.get("article") == article_id), None)


def _disagreements_by_claim(disagreements: list[dict[str, Any]]) -> dict[int, list[dict[str, Any]]]:
    """For each claim index, the disagreements it takes part in."""
    found: defaultdict[int, list[dict[str, Any]]] = defaultdict(list)
    for disagreement in disagreements:
        for index in disagreement.get("claims") or []:
            found[index].append(disagreement)
    return dict(found)


def badges(disagreement: dict[str, Any]) -> str:
    """``خلاف طفيف 7%`` or ``خلاف كبير 90%``, and ``تطور`` when the figures were said apart."""
    severity = "large" if disagreement.get("severity") == "large" else "small"
    word = "خلاف كبير" if severity == "large" else "خلاف طفيف"
    text = f'<span class="badge {severity}">{word} {percent(disagreement.get("gap") or 0.0)}</span>'
    if disagreement.get("development"):
        text += (
            '<span class="badge development" title="قيلت الأرقام في تواريخ مختلفة: '
            'قد يكون الرقم تغيّر مع الوقت لا تناقضًا">تطور</span>'
        )
    return text


def _disagreement_list(
    ledger: dict[str, Any], claims: list[dict[str, Any]], colors: dict[str | None, str]
) -> str:
    """A short section naming each disagreement and the figures at odds."""
    disagreements = ledger.get("disagreements") or []
    dated = ledger.get("date_disagreements") or []
    if not disagreements and not dated:
        return ""
    items = []
    for disagreement in disagreements:
        figures = "".join(
            f"<li>{_outlet(claims[i].get('outlet'), colors)}: "
            f"<strong>{escape(stated_value(claims[i]))}</strong>{_attribution(claims[i])}</li>"
            for i in disagreement.get("claims") or []
        )
        items.append(
            f"<li><strong>{escape(topic_name(disagreement.get('topic')))}</strong> "
            f"{badges(disagreement)}<ul>{figures}</ul></li>"
        )
    items += [_date_disagreement(found, colors) for found in dated]
    return (
        '<section id="disagreements" class="disagreements" aria-labelledby="disagreements-heading">'
        '<h2 id="disagreements-heading">الخلافات بين المصادر</h2>'
        f"<ul>{''.join(items)}</ul></section>"
    )


def _date_disagreement(found: dict[str, Any], colors: dict[str | None, str]) -> str:
    """One event dated differently: what happened (the words both sentences share), and
    each outlet's date as written, with the month and year it means."""
    dates = "".join(
        f"<li>{_outlet(date.get('outlet'), colors)}: <strong>{escape(date['text'])}</strong>"
        f" ({escape(date_words(date.get('value')) or '')}) — <q>{escape(date['sentence'])}</q></li>"
        for date in found.get("dates") or []
    )
    what = "، ".join(found.get("words") or [])
    return (
        f'<li class="dates"><strong>تاريخ الحدث: {escape(what)}</strong> '
        f'<span class="badge large">تواريخ متعارضة</span><ul>{dates}</ul></li>'
    )


def _attribution(claim: dict[str, Any]) -> str:
    """`` نقلاً عن SOURCE، DATE`` after a figure in the disagreement list."""
    parts = []
    cited = source_name(claim.get("cited"))
    if cited:
        parts.append(f"نقلاً عن {escape(cited)}")
    when = date_words(column_of(claim))
    parts.append(escape(when) if when else "غير مؤرخ")
    return " — " + "، ".join(parts)


def topic_order(ledger: dict[str, Any], claims: list[dict[str, Any]]) -> dict[str, list[int]]:
    """Claim indices per topic, in timeline order (said, else published; undated last)."""
    timelines = ledger.get("timelines") or {}
    order: dict[str, list[int]] = {}
    for index, claim in enumerate(claims):
        topic = claim.get("topic") or ""
        if topic not in order:
            listed = [e["claim"] for e in timelines.get(topic) or [] if e["claim"] < len(claims)]
            order[topic] = listed
        if index not in order[topic]:
            order[topic].append(index)
    return order


def _ledger_table(
    ledger: dict[str, Any],
    claims: list[dict[str, Any]],
    colors: dict[str | None, str],
    by_claim: dict[int, list[dict[str, Any]]],
) -> str:
    """The claim ledger: one row group per topic, disagreeing rows marked."""
    if not claims:
        return "<p>لم يُعثر على أرقام في مقالات هذه القصة.</p>"
    columns = "".join(f'<col class="{name}">' for name, _ in COLUMNS)
    head = "".join(f'<th scope="col">{header}</th>' for _, header in COLUMNS)
    groups = []
    for topic, indices in topic_order(ledger, claims).items():
        topic_badges = "".join(
            badges(d) for d in ledger.get("disagreements") or [] if d.get("topic") == topic
        )
        rows = [
            f'<tr class="topic"><th colspan="{len(COLUMNS)}" scope="rowgroup">'
            f"{escape(topic_name(topic))} {topic_badges}</th></tr>"
        ]
        rows += [_claim_row(i, claims[i], colors, by_claim.get(i, [])) for i in indices]
        groups.append("<tbody>" + "\n".join(rows) + "</tbody>")
    return (
        '<table class="ledger"><caption>كل رقم ورد في مقالات القصة، مع من نُسب إليه ومتى، '
        "مجمّعًا حسب الموضوع</caption>"
        f"<colgroup>{columns}</colgroup><thead><tr>{head}</tr></thead>"
        + "\n".join(groups)
        + "</table>"
    )


def _claim_row(
    index: int,
    claim: dict[str, Any],
    colors: dict[str | None, str],
    disagreements: list[dict[str, Any]],
) -> str:
    """One row of the ledger."""
    classes = ["claim"]
    if disagreements:
        worst = "large" if any(d.get("severity") == "large" for d in disagreements) else "small"
        classes += ["disagree", worst]
    cells = [
        f'<td class="figure">{escape(claim.get("text") or "")}</td>',
        f'<td class="value">{escape(stated_value(claim))}{_value_notes(claim)}</td>',
        f'<td class="outlet">{_outlet(claim.get("outlet"), colors)}</td>',
        f'<td class="cited">{_sources(claim)}</td>',
        f'<td class="when">{_dates(claim)}</td>',
        f'<td class="sentence">{_sentence(claim)}</td>',
        f'<td class="verdict">{"".join(badges(d) for d in disagreements)}</td>',
    ]
    return f'<tr id="claim-{index}" class="{" ".join(classes)}">' + "".join(cells) + "</tr>"


def _value_notes(claim: dict[str, Any]) -> str:
    """What the figure counts and over which period, under the value."""
    notes = []
    if claim.get("subject"):
        notes.append(f"عن: {escape(str(claim['subject']))}")
    if claim.get("period"):
        notes.append(f"المدة: {escape(str(claim['period']))}")
    notes += map(escape, _reading_notes(claim.get("reading") or {}))
    return "".join(f'<span class="note">{note}</span>' for note in notes)


_PER = {"hour": "الساعة", "day": "اليوم", "week": "الأسبوع", "month": "الشهر", "year": "السنة"}
# Why the comparison sets a figure apart, by the reading's keys.
_READING_NOTES: dict[str, Callable[[Any], str]] = {
    "part": lambda _: "جزء من إجمالي",
    "earlier": lambda date: f"حدث سابق: {date_words(date)}",
    "running": lambda _: "إجمالي تراكمي",
    "rate": lambda period: f"معدل في {_PER.get(period, period)}",
    "forecast": lambda when: "توقع" if when == "to come" else f"توقع لعام {when}",
    "overtaken": lambda _: "حصيلة سابقة تجاوزها المقال",
}


def _reading_notes(reading: dict[str, Any]) -> list[str]:
    return [note(reading[key]) for key, note in _READING_NOTES.items() if reading.get(key)]


def _sources(claim: dict[str, Any]) -> str:
    """The cited source, and the intermediary it was relayed through."""
    cited = source_name(claim.get("cited"))
    text = escape(cited) if cited else '<span class="note">غير منسوب</span>'
    via = source_name(claim.get("via"))
    if via:
        text += f'<span class="note">عبر {escape(via)}</span>'
    return text


def _dates(claim: dict[str, Any]) -> str:
    """When the figure was said (as written when it has no date: "يناير"), and when
    its article was published."""
    said = date_words(claim.get("said")) or claim.get("said_text")
    published = date_words(claim.get("published"))
    lines = []
    if said:
        lines.append(f"قيل: {escape(said)}")
    if published:
        lines.append(f"نُشر: {escape(published)}")
    return "<br>".join(lines) or '<span class="note">غير مؤرخ</span>'


def _sentence(claim: dict[str, Any]) -> str:
    """The claim's sentence with its figure marked."""
    return highlight(claim.get("sentence") or "", claim.get("text") or "")


def highlight(sentence: str, figure: str) -> str:
    """The escaped sentence with the figure wrapped in ``<mark>``.

    The figure is looked up as written, else in the normalized sentence (so a
    figure stored without its diacritics still matches); if absent, no mark.
    """
    start = sentence.find(figure) if figure else -1
    end = start + len(figure)
    if start < 0 and figure:
        folded = normalize(sentence)
        found = folded.text.find(normalize(figure).text)
        if found >= 0:
            start, end = folded.span(found, found + len(normalize(figure).text))
    if start < 0:
        return escape(sentence)
    return (
        escape(sentence[:start])
        + f"<mark>{escape(sentence[start:end])}</mark>"
        + escape(sentence[end:])
    )


def _charts(
    ledger: dict[str, Any], claims: list[dict[str, Any]], colors: dict[str | None, str]
) -> str:
    """One figure per topic: its SVG chart and a legend of the outlets in it."""
    figures = []
    for number, (topic, indices) in enumerate(topic_order(ledger, claims).items(), start=1):
        plotted = [Plotted(i, claims[i], column_of(claims[i])) for i in indices]
        outlets = dict.fromkeys(claims[i].get("outlet") for i in indices)
        legend = "".join(f"<li>{_outlet(name, colors)}</li>" for name in outlets)
        figures.append(
            '<figure class="chart-figure">'
            f"<figcaption>{escape(topic_name(topic))}</figcaption>"
            f"{topic_chart(topic, plotted, colors, f'chart-{number}')}"
            f'<ul class="legend" aria-label="مفتاح الألوان">{legend}</ul></figure>'
        )
    if not figures:
        return "<p>لا أرقام لرسمها.</p>"
    return (
        '<p class="how">كل نقطة رقمٌ ورد في مقال، ولونها لون المنبر؛ الخط العمودي مدى الرقم '
        "(من–إلى)، والسهم حدٌّ مفتوح (أكثر من، على الأقل، أقل من)، والدائرة المفرغة عدد غير "
        "محدد. الأعمدة تواريخ قول الرقم، وإلا تاريخ النشر.</p>"
        '<div class="charts">' + "\n".join(figures) + "</div>"
    )
