"""``story_ledger``: the JSON contract ``khabar story --json`` prints and reports render."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from khabar.store import open_store
from khabar.stories.ledger import claim_places, story_ledger
from tests.cli.stories_support import run_seeds
from tests.cli.support import run


def test_ledger_is_what_khabar_story_json_prints(store_url: str) -> None:
    run_seeds(store_url)
    with open_store(store_url) as store:
        ledger = story_ledger(store, 1)
    assert json.loads(run("story", "1", "--json", "--db", store_url).stdout) == ledger


def test_disagreement_indices_point_at_claims_of_their_topic(store_url: str) -> None:
    run_seeds(store_url)
    with open_store(store_url) as store:
        ledger = story_ledger(store, 1)
    for found in ledger["disagreements"]:
        assert {ledger["claims"][i]["topic"] for i in found["claims"]} == {found["topic"]}
    for topic, entries in ledger["timelines"].items():
        assert {ledger["claims"][e["claim"]]["topic"] for e in entries} == {topic}


def test_every_ledger_claim_has_a_topic_and_a_figure(store_url: str) -> None:
    run_seeds(store_url)
    with open_store(store_url) as store:
        claims = story_ledger(store, 1)["claims"]
    assert all(c["topic"] for c in claims)
    assert all(
        c["value"] is not None or c["low"] is not None or c["qualifier"] == "vague" for c in claims
    )


def test_unknown_story_is_a_lookup_error(store_url: str) -> None:
    with open_store(store_url) as store, pytest.raises(LookupError, match="no story with id 5"):
        story_ledger(store, 5)


AFRIN_AGENCY = (
    "أفادت وكالة الأناضول بأن قنبلة مفخخة انفجرت في سوق مزدحم ببلدة عفرين شمالي سوريا "
    "وأسفرت عن مقتل 11 شخصا، من بينهم 7 مدنيين و4 مقاتلين مدعومين من تركيا.\n"
    "وقالت الوكالة إن الانفجار وقع صباح اليوم قرب مبنى البلدية في عفرين."
)
AFRIN_OUTLET = (
    "قالت وكالة الأناضول إن قنبلة مفخخة انفجرت في سوق مزدحم ببلدة عفرين شمالي سوريا "
    "وأسفرت عن مقتل 11 شخصا، وإن الانفجار وقع قرب مبنى البلدية في عفرين."
)


def ledger_of(store_url: str, folder: Path, texts: dict[str, str], *options: str) -> dict[str, Any]:
    """The ledger of story 1 after ``khabar run`` on the texts, one file per name."""
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    run("run", str(folder), "--db", store_url, *options)
    with open_store(store_url) as store:
        return story_ledger(store, 1)


def killed(ledger: dict[str, Any]) -> set[str]:
    return {claim["text"] for claim in ledger["claims"] if claim["topic"] == "killed"}


def test_a_part_of_a_toll_is_no_disagreement_with_the_toll(store_url: str, tmp_path: Path) -> None:
    texts = {"agency.txt": AFRIN_AGENCY, "outlet.txt": AFRIN_OUTLET}
    ledger = ledger_of(store_url, tmp_path, texts)
    assert {"11", "7"} <= killed(ledger)
    assert len(ledger["articles"]) == 2
    assert ledger["disagreements"] == []


COLLAPSE_WIRE = (
    "بحسب وزارة الصحة، ارتفع عدد القتلى إلى 31 شخصاً جراء انهيار المبنى السكني في حي الياسمين "
    "بمدينة الواحة، بعد انتشال ثمانية ضحايا جدد من تحت الأنقاض خلال الليل."
)
COLLAPSE_PAPER = (
    "قالت وزارة الصحة إن حصيلة انهيار المبنى السكني في حي الياسمين بمدينة الواحة "
    "ارتفعت إلى 31 قتيلاً."
)


def test_new_bodies_are_no_disagreement_with_the_toll(store_url: str, tmp_path: Path) -> None:
    texts = {"wire.txt": COLLAPSE_WIRE, "paper.txt": COLLAPSE_PAPER}
    ledger = ledger_of(store_url, tmp_path, texts)
    assert "ثمانية" in killed(ledger)
    assert len(ledger["articles"]) == 2
    assert ledger["disagreements"] == []


def test_the_days_of_a_toll_broken_down_are_no_figures_of_a_disagreement(
    store_url: str, tmp_path: Path
) -> None:
    texts = {
        "agency.txt": (
            "أعلنت السلطات الإيرانية اعتقال 450 شخصا خلال ثلاثة أيام من الاحتجاجات على غلاء "
            "الأسعار.\nوقال نائب المحافظ إن 200 شخص اعتقلوا يوم السبت، و150 يوم الأحد، و100 "
            "آخرين يوم الاثنين."
        ),
        "paper.txt": "قالت السلطات الإيرانية إنها اعتقلت 470 محتجا خلال ثلاثة أيام من الاحتجاجات.",
    }
    ledger = ledger_of(store_url, tmp_path, texts)
    assert len(ledger["articles"]) == 2
    [found] = ledger["disagreements"]
    assert {ledger["claims"][i]["text"] for i in found["claims"]} == {"450", "470"}


def test_some_of_a_set_the_article_counted_is_a_part(store_url: str, tmp_path: Path) -> None:
    texts = {
        "agency.txt": (
            "أعلن التحالف أن الدفاعات الجوية السعودية اعترضت سبعة صواريخ باليستية أطلقها "
            "الحوثيون مساء الأحد.\nوأوضح المتحدث أن ثلاثة من الصواريخ استهدفت الرياض."
        ),
        "paper.txt": "قال التحالف إن الدفاعات الجوية السعودية اعترضت 8 صواريخ باليستية أطلقها "
        "الحوثيون مساء الأحد.",
    }
    ledger = ledger_of(store_url, tmp_path, texts)
    assert len(ledger["articles"]) == 2
    [found] = ledger["disagreements"]
    assert {ledger["claims"][i]["text"] for i in found["claims"]} == {"سبعة", "8"}


def test_a_citys_figure_and_the_countrys_are_no_disagreement(
    store_url: str, tmp_path: Path
) -> None:
    texts = {
        "agency.txt": "أعلنت السلطات اعتقال 450 شخصا في طهران خلال احتجاجات غلاء الأسعار.",
        "paper.txt": (
            "قال نائب في البرلمان إن عدد المعتقلين في عموم البلاد تجاوز 1000 شخص خلال "
            "احتجاجات غلاء الأسعار."
        ),
    }
    ledger = ledger_of(store_url, tmp_path, texts)
    assert len(ledger["articles"]) == 2
    assert ledger["disagreements"] == []


def test_each_country_of_a_list_lines_up_with_its_own_figures_not_the_total(
    store_url: str, tmp_path: Path
) -> None:
    texts = {
        "agency.txt": (
            "أعلن وزير الصحة السعودي أن 1301 حاج توفوا خلال موسم الحج هذا العام بسبب الحر.\n"
            "وأعلنت الأردن وفاة 99 من مواطنيها، وتونس 49 حاجا."
        ),
        "paper.txt": (
            "قالت السلطات السعودية إن أكثر من 1300 حاج توفوا خلال موسم الحج بسبب الحر.\n"
            "وأعلن الأردن وفاة 95 حاجا، وإندونيسيا 199، والهند 98."
        ),
    }
    ledger = ledger_of(store_url, tmp_path, texts)
    assert len(ledger["articles"]) == 2
    [found] = ledger["disagreements"]
    assert {ledger["claims"][i]["text"] for i in found["claims"]} == {"99", "95"}


def test_what_a_figure_changed_from_is_no_basis_of_a_disagreement(
    store_url: str, tmp_path: Path
) -> None:
    texts = {
        "agency.txt": (
            "ارتفعت حصيلة قتلى الهجوم على سوق مدينة الواحة من 20 إلى 35 قتيلا، بحسب الشرطة."
        ),
        "paper.txt": "قالت الشرطة إن 50 شخصا قتلوا في الهجوم على سوق مدينة الواحة.",
    }
    ledger = ledger_of(store_url, tmp_path, texts)
    assert len(ledger["articles"]) == 2
    assert killed(ledger) == {"20", "35", "50"}
    [found] = ledger["disagreements"]
    assert {ledger["claims"][i]["text"] for i in found["claims"]} == {"35", "50"}


def test_a_share_agrees_with_the_same_share_to_more_decimals(
    store_url: str, tmp_path: Path
) -> None:
    texts = {
        "agency.txt": "أعلنت المفوضية أن نسبة المشاركة في الانتخابات التشريعية العراقية بلغت "
        "44.5 في المئة.",
        "paper.txt": "قالت المفوضية إن نسبة المشاركة في الانتخابات التشريعية العراقية بلغت 44.52%.",
    }
    ledger = ledger_of(store_url, tmp_path, texts)
    assert len(ledger["articles"]) == 2
    assert [c["topic"] for c in ledger["claims"]] == ["turnout", "turnout"]
    assert ledger["disagreements"] == []


def test_claim_places_tell_where_it_happened_from_every_place_named() -> None:
    # Store.place_mentions of "وقال مسؤولون من بغداد إن 4 أشخاص قتلوا في الموصل. وأصيب 3
    # آخرون بمدينة أربيل." (Baghdad 1, Mosul 2, Erbil 3).
    mentions = [
        (7, 0, 1, "وقال مسؤولون من "),
        (7, 0, 2, "4 أشخاص قتلوا في "),
        (7, 1, 3, "وأصيب 3 آخرون بمدينة "[-16:]),
    ]
    assert claim_places(mentions) == {(7, 0): ({2}, {1, 2}), (7, 1): ({3}, {3})}


BOAT_AGENCY = (
    "أعلن الحرس الوطني التونسي، الاثنين، انتشال 32 جثة لمهاجرين غرق قاربهم قبالة سواحل صفاقس، "
    "وقال إن القارب كان يقل نحو 120 مهاجرا.\n"
    "وأضاف المتحدث باسم الحرس الوطني أن بين الضحايا 6 نساء و4 أطفال.\n"
    "وتقول المنظمة الدولية للهجرة إن 1313 مهاجرا لقوا حتفهم قبالة السواحل التونسية خلال عام 2023."
)
BOAT_PAPER = (
    "قال المتحدث باسم المحاكم في صفاقس إن حصيلة غرق قارب المهاجرين قبالة سواحل صفاقس "
    "ارتفعت إلى 32 قتيلا، وإن القارب كان يحمل أكثر من 130 شخصا."
)


def test_who_was_among_the_dead_and_on_board_are_no_toll(store_url: str, tmp_path: Path) -> None:
    texts = {"agency.txt": BOAT_AGENCY, "paper.txt": BOAT_PAPER}
    ledger = ledger_of(store_url, tmp_path, texts, "--published", "2025-03-10")
    claims = ledger["claims"]
    assert len(ledger["articles"]) == 2
    topics = {claim["text"]: claim["topic"] for claim in claims}
    assert topics["نحو 120"] == topics["أكثر من 130"] == "passengers"
    assert [claims[i]["text"] for i in ledger["disagreements"][0]["claims"]] == [
        "نحو 120",
        "أكثر من 130",
    ]
    readings = {claim["text"]: claim["reading"] for claim in claims}
    assert readings["6"]["part"]
    assert readings["1313"]["earlier"] == "2023"


def test_an_earlier_events_figure_comes_first_in_its_timeline(
    store_url: str, tmp_path: Path
) -> None:
    texts = {"agency.txt": BOAT_AGENCY, "paper.txt": BOAT_PAPER}
    ledger = ledger_of(store_url, tmp_path, texts, "--published", "2025-03-10")
    first = ledger["timelines"]["killed"][0]
    assert (ledger["claims"][first["claim"]]["text"], first["when"]) == ("1313", "2023")


SEIZURE_AGENCY = (
    "أعلنت وزارة الداخلية السعودية ضبط 2.4 طن من الحشيش و3.7 مليون قرص كبتاغون في حملة "
    "أمنية بمنطقة جازان.\nوأوضح المتحدث أن حرس الحدود أحبط تهريب 900 كيلوغرام من الحشيش."
)
SEIZURE_PAPER = (
    "قالت وزارة الداخلية السعودية إنها ضبطت 2430 كيلوغراما من الحشيش ونحو 4 ملايين حبة "
    "كبتاغون في حملة أمنية بمنطقة جازان."
)


def test_weights_in_tons_and_kilograms_and_pills_and_tablets_line_up(
    store_url: str, tmp_path: Path
) -> None:
    texts = {"agency.txt": SEIZURE_AGENCY, "paper.txt": SEIZURE_PAPER}
    ledger = ledger_of(store_url, tmp_path, texts)
    topics = {claim["text"]: claim["topic"] for claim in ledger["claims"]}
    assert topics["2.4 طن"] == topics["2430 كيلوغراما"] == "weight"
    assert topics["3.7 مليون"] == topics["نحو 4 ملايين"] == "pills"
    readings = {claim["text"]: claim["reading"] for claim in ledger["claims"]}
    assert readings["900 كيلوغرام"]["part"]  # of the 2.4 tons
    # 2.4 tons are 2430 kilograms rounded; about 4 million is not 3.7 million (as "نحو
    # 15 ألف" is not 14 ألف)
    [(topic, severity)] = [(d["topic"], d["severity"]) for d in ledger["disagreements"]]
    assert (topic, severity) == ("pills", "small")


VERDICT_AGENCY = (
    "قضت محكمة جنايات القاهرة، أمس الأحد، بالسجن المؤبد لـ5 متهمين، والسجن المشدد 15 عاما "
    "لـ9 آخرين، في قضية الرشوة الكبرى بوزارة الزراعة المصرية."
)
VERDICT_PAPER = (
    "عاقبت محكمة جنايات القاهرة 6 متهمين بالسجن المؤبد و9 بالسجن المشدد 15 سنة، في قضية "
    "الرشوة الكبرى بوزارة الزراعة المصرية، بحسب مصدر قضائي."
)


def test_each_tier_of_a_verdict_lines_up_with_the_same_tier(store_url: str, tmp_path: Path) -> None:
    texts = {"agency.txt": VERDICT_AGENCY, "paper.txt": VERDICT_PAPER}
    ledger = ledger_of(store_url, tmp_path, texts)
    assert len(ledger["articles"]) == 2
    # 5 and 6 given life disagree; the 9 of fifteen years agree, and are no tally of life
    [disagreement] = ledger["disagreements"]
    values = {ledger["claims"][index]["value"] for index in disagreement["claims"]}
    assert values == {5, 6}


KARMOUZ_MORNING = (
    "انهيار عقار من 6 طوابق في حي كرموز بالإسكندرية\n"
    "لقي 12 شخصا مصرعهم في انهيار عقار من ستة طوابق بحي كرموز في الإسكندرية، فيما تواصل "
    "فرق الحماية المدنية البحث عن مفقودين تحت الأنقاض."
)
KARMOUZ_EVENING = KARMOUZ_MORNING.replace("لقي 12 شخصا", "ارتفع إلى 14 عدد من لقوا")
KARMOUZ_OTHER = (
    "ارتفاع ضحايا انهيار عقار كرموز في الإسكندرية\n"
    "ارتفع عدد ضحايا انهيار العقار المكون من ستة طوابق بحي كرموز في الإسكندرية إلى 14 قتيلا، "
    "بحسب مديرية الصحة، فيما تواصل الحماية المدنية البحث تحت الأنقاض."
)


def _meta(url: str, published: str, outlet: str) -> str:
    return json.dumps({"outlet": outlet, "url": url, "published": published})


def test_an_earlier_copy_of_a_page_is_overtaken_not_in_dispute(
    store_url: str, tmp_path: Path
) -> None:
    page = "https://www.youm7.com/story/2025/9/14/karmouz/7123456"
    texts = {
        "morning.txt": KARMOUZ_MORNING,
        "morning.meta.json": _meta(
            page + "?utm_source=rss", "2025-09-14T09:00:00+02:00", "اليوم السابع"
        ),
        "evening.txt": KARMOUZ_EVENING,
        "evening.meta.json": _meta(page, "2025-09-14T19:00:00+02:00", "اليوم السابع"),
        "ahram.txt": KARMOUZ_OTHER,
        "ahram.meta.json": _meta(
            "https://gate.ahram.org.eg/News/5.aspx", "2025-09-14T20:00:00+02:00", "الأهرام"
        ),
    }
    ledger = ledger_of(store_url, tmp_path, texts)
    assert len(ledger["articles"]) == 3
    overtaken = {
        c["text"]: c["reading"]["overtaken"] for c in ledger["claims"] if c["topic"] == "killed"
    }
    assert overtaken == {"12": True, "14": False}
    assert ledger["disagreements"] == []


HOMES_EARLIER = (
    "وكان عميد بلدية شحات قد أكد في وقت سابق تضرر 1,200 منزل جراء الفيضانات في الجبل الأخضر."
)
HOMES_NOW = "وقالت لجنة الطوارئ إن الفيضانات في الجبل الأخضر ألحقت أضرارا بنحو 900 منزل."


def test_a_count_said_earlier_is_overtaken_only_when_it_is_a_toll(
    store_url: str, tmp_path: Path
) -> None:
    ledger = ledger_of(store_url, tmp_path, {"a.txt": HOMES_EARLIER, "b.txt": HOMES_NOW})
    overtaken = {c["text"]: c["reading"]["overtaken"] for c in ledger["claims"]}
    assert overtaken["1,200"] is False
