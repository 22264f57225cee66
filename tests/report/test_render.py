"""The story page rendered from the seed case's ledger."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from khabar.report import render_story
from khabar.report.render import highlight
from tests.report.seed_ledger import EXPECTED, seed_ledger


@pytest.fixture(scope="module")
def page() -> str:
    return render_story(seed_ledger())


def _rows(page: str) -> dict[int, str]:
    """Each ledger row's HTML by claim index."""
    return {
        int(m.group(1)): m.group(0)
        for m in re.finditer(r'<tr id="claim-(\d+)".*?</tr>', page, re.S)
    }


def _svgs(page: str) -> list[str]:
    return re.findall(r"<svg .*?</svg>", page, re.S)


def test_page_is_arabic_right_to_left_utf8(page: str) -> None:
    assert page.startswith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">')
    assert '<meta charset="utf-8">' in page


def test_page_loads_nothing_from_outside(page: str) -> None:
    assert "src=" not in page
    assert "<link" not in page
    assert "@import" not in page and "url(" not in page
    addresses = re.findall(r"https?://[^\s\"'<>]+", page)
    links = {a["url"] for a in seed_ledger()["articles"]}
    assert set(addresses) == links


def test_header_names_title_outlets_and_date(page: str) -> None:
    assert "<h1>كوريا الشمالية ترسل جنودًا للقتال إلى جانب روسيا</h1>" in page
    header = page.split("</header>")[0]
    assert "<bdi>000_75b14adfd6e8883b</bdi>" in header
    assert "<bdi>002_811bdf774ddb3adb</bdi>" in header
    assert "4 سبتمبر 2025" in header


def test_articles_are_listed_with_links(page: str) -> None:
    articles = page.split('id="articles"')[1].split("</section>")[0]
    assert articles.count("<li>") == 2
    assert '<a href="https://example.org/000_75b14adfd6e8883b" rel="noopener noreferrer">' in (
        articles
    )
    assert "بوتين يشكر كيم جونغ أون" in articles
    assert "تاريخ النشر غير معروف" in articles


def test_every_claim_figure_and_cited_source_appear(page: str) -> None:
    rows = _rows(page)
    assert len(rows) == len(EXPECTED["claims"])
    for index, gold in enumerate(EXPECTED["claims"]):
        assert f'<td class="figure">{gold["evidence"]}</td>' in rows[index]
        assert f'<td class="cited">{gold["cited"]}' in rows[index]
        assert f"<mark>{gold['evidence']}</mark>" in rows[index]


def test_values_read_with_their_qualifier_in_arabic(page: str) -> None:
    rows = _rows(page)
    assert '<td class="value">نحو 15,000' in rows[0]
    assert '<td class="value">1,000 على الأقل' in rows[1]
    assert '<td class="value">15,000<' in rows[4]
    assert '<td class="value">عدد غير محدد' in rows[5]
    assert '<td class="value">أكثر من 6,000' in rows[7]


def test_ledger_is_grouped_by_topic_in_timeline_order(page: str) -> None:
    table = page.split('<table class="ledger">')[1].split("</table>")[0]
    assert "<caption>" in table and '<th scope="col">الجملة</th>' in table
    groups = re.findall(r'scope="rowgroup">([^<]+)', table)
    assert [g.strip() for g in groups] == ["القوات المرسلة", "القتلى", "الإصابات", "العمال"]
    killed = table.split("القتلى")[1].split("الإصابات")[0]
    order = [int(i) for i in re.findall(r'<tr id="claim-(\d+)"', killed)]
    assert order == [1, 3, 7]  # January, March, then the undated figure


def test_why_a_figure_stands_apart_is_noted_under_its_value() -> None:
    ledger = seed_ledger()
    ledger["claims"][1]["reading"] = {"part": True, "earlier": "2023-05", "rate": "day"}
    row = _rows(render_story(ledger))[1]
    assert "جزء من إجمالي" in row
    assert "حدث سابق: مايو 2023" in row
    assert "معدل في اليوم" in row


def test_a_figure_said_at_an_unresolved_date_shows_the_words() -> None:
    ledger = seed_ledger()
    claim = ledger["claims"][1]  # "قال مسؤولون غربيون في يناير", article undated
    claim.update(said=None, said_text="يناير", published=None)
    row = _rows(render_story(ledger))[1]
    assert "قيل: يناير" in row
    assert "غير مؤرخ" not in row


def test_both_disagreements_are_marked(page: str) -> None:
    rows = _rows(page)
    for index in (0, 4, 6):
        assert 'class="claim disagree small"' in rows[index]
        assert "خلاف طفيف 7%" in rows[index]
    for index in (1, 3, 7):
        assert 'class="claim disagree large"' in rows[index]
        assert "خلاف كبير 90%" in rows[index]
        assert ">تطور</span>" in rows[index]
    for index in (2, 5):
        assert 'class="claim"' in rows[index]
        assert "خلاف" not in rows[index]
    summary = page.split('id="disagreements"')[1].split("</section>")[0]
    assert summary.count('class="badge small"') == 1
    assert summary.count('class="badge large"') == 1


def test_one_chart_per_topic_with_one_marker_per_claim(page: str) -> None:
    svgs = _svgs(page)
    assert len(svgs) == 4
    markers = [int(i) for svg in svgs for i in re.findall(r'data-claim="(\d+)"', svg)]
    assert sorted(markers) == list(range(len(EXPECTED["claims"])))
    sent = svgs[0]
    assert 'direction="ltr"' in sent and 'role="img"' in sent
    assert "<title" in sent and "<desc" in sent
    assert sent.count('class="marker"') == 3
    assert ">غير مؤرخ</text>" in sent  # 002 is undated
    assert ">مارس</text>" in sent and ">سبتمبر 4</text>" not in sent


def test_chart_columns_run_oldest_first_then_undated(page: str) -> None:
    killed = _svgs(page)[1]
    x_of = {
        int(m.group(1)): float(m.group(2))
        for m in re.finditer(r'data-claim="(\d+)">.*?<circle cx="([\d.]+)"', killed, re.S)
    }
    assert x_of[1] < x_of[3] < x_of[7]


def test_open_bound_draws_an_arrow_and_range_a_bar() -> None:
    ledger = seed_ledger()
    ledger["claims"][0].update(qualifier="range", value=None, low=12000, high=16000)
    page = render_story(ledger)
    sent = _svgs(page)[0]
    first = re.search(r'data-claim="0">.*?</g>', sent, re.S)
    assert first is not None and first.group(0).count('class="range"') == 3
    more_than = re.search(r'data-claim="7">.*?</g>', _svgs(page)[1], re.S)
    assert more_than is not None and "<path" in more_than.group(0)
    assert "بين 12,000 و16,000" in page


def test_colors_are_shared_by_table_legend_and_markers(page: str) -> None:
    blue, orange = "#0072B2", "#D55E00"
    rows = _rows(page)
    assert f"color:{blue}" in rows[0] and f"color:{orange}" in rows[6]
    sent = _svgs(page)[0]
    assert re.search(rf'data-claim="6">.*?stroke="{orange}"', sent, re.S)


def _hostile(ledger: dict[str, Any]) -> dict[str, Any]:
    hostile = copy.deepcopy(ledger)
    hostile["title"] = "<script>alert('x')</script> & عنوان"
    hostile["articles"][0]["url"] = "javascript:alert(1)"
    hostile["articles"][1]["title"] = '"><img src=x onerror=alert(1)>'
    hostile["claims"][0]["cited"] = "<b>سيول</b>"
    hostile["claims"][0]["outlet"] = "<i>منبر</i>"
    return hostile


def test_hostile_text_is_escaped() -> None:
    page = render_story(_hostile(seed_ledger()))
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; عنوان" in page
    assert "javascript:" not in page.split("<style>")[0] + page.split("</style>")[1]
    assert "<img" not in page and "&lt;img src=x" in page
    assert "<b>سيول</b>" not in page and "&lt;b&gt;سيول&lt;/b&gt;" in page
    assert "<i>منبر</i>" not in page


def test_article_ids_alone_are_listed_with_their_outlet() -> None:
    ledger = seed_ledger()
    ledger["articles"] = [1, 2]
    articles = render_story(ledger).split('id="articles"')[1].split("</section>")[0]
    assert "المقال 1" in articles and "<bdi>002_811bdf774ddb3adb</bdi>" in articles
    assert "<a " not in articles


def test_story_without_claims_says_so() -> None:
    page = render_story({"id": 9, "title": "قصة", "claims": []})
    assert "لم يُعثر على أرقام" in page and "<svg" not in page


def test_highlight_finds_the_figure_without_its_diacritics() -> None:
    sentence = "من أصل قوة مُرسلة قدرها 15 ألفاً."
    assert highlight(sentence, "مرسلة قدرها") == "من أصل قوة <mark>مُرسلة قدرها</mark> 15 ألفاً."


def test_highlight_leaves_a_sentence_without_the_figure_unmarked() -> None:
    assert highlight("لا رقم <هنا>", "600") == "لا رقم &lt;هنا&gt;"


def test_an_event_dated_differently_is_listed_with_each_outlets_date_and_sentence() -> None:
    ledger = seed_ledger()
    june = "وقعت موسكو وبيونج في يونيو 2024 اتفاقية “الشراكة الاستراتيجية الشاملة”."
    ledger["date_disagreements"] = [
        {
            "words": ["وقّع", "اتفاقية"],
            "dates": [
                {"outlet": "000_75b14adfd6e8883b", "text": "يونيو الماضي", "value": "2025-06",
                 "sentence": "ففي يونيو الماضي وقّع بوتين وكيم اتفاقية تنصّ على مساعدة متبادلة."},
                {"outlet": "002_811bdf774ddb3adb", "text": "يونيو 2024", "value": "2024-06",
                 "sentence": june},
            ],
        }
    ]  # fmt: skip
    page = render_story(ledger)
    summary = page.split('id="disagreements"')[1].split("</section>")[0]
    [item] = re.findall(r'<li class="dates">.*?</ul></li>', summary, re.S)
    assert "تاريخ الحدث: وقّع، اتفاقية" in item
    assert "<strong>يونيو الماضي</strong> (يونيو 2025)" in item
    assert "<strong>يونيو 2024</strong> (يونيو 2024)" in item
    assert f"<q>{june}</q>" in item
    assert "<bdi>002_811bdf774ddb3adb</bdi>" in item
    header = page.split("</header>")[0]
    assert "<dt>الخلافات</dt><dd>3</dd>" in header  # two of figures, one of dates
