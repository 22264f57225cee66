"""Tests for khabar.extract.numbers on real-style Arabic news sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.extract.numbers import find_quantities, rounding_step, words_to_number
from khabar.model import Quantity
from tests.shared_data import SEEDS

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "bench" / "data" / "quantities_gold.jsonl"

# (span text, value, low, high, qualifier, unit, counted)
Row = tuple[str, float | None, float | None, float | None, str, str | None, str | None]


def rows(text: str, **kwargs: object) -> list[Row]:
    """Quantities of ``text`` as tuples, after checking that every span indexes ``text``."""
    found = find_quantities(text, **kwargs)  # type: ignore[arg-type]
    for q in found:
        assert text[q.start : q.end] == q.text
    assert [q.start for q in found] == sorted(q.start for q in found)
    return [(q.text, q.value, q.low, q.high, q.qualifier, q.unit, q.counted) for q in found]


def one(text: str) -> Row:
    found = rows(text)
    assert len(found) == 1, found
    return found[0]


def exact(span: str, value: float, unit: str | None = None, counted: str | None = None) -> Row:
    return (span, value, value, value, "exact", unit, counted)


# --- digits, separators and scale words ----------------------------------------------------

DIGITS = {
    "ascii-thousands-comma": (
        "وصل عدد اللاجئين إلى 14,000 لاجئ.",
        exact("14,000", 14000, None, "لاجئ"),
    ),
    "arabic-indic-separator": ("استقبل المخيم ١٤٬٠٠٠ نازح.", exact("١٤٬٠٠٠", 14000, None, "نازح")),
    "ascii-decimal": ("نما الناتج 2.5 مليار دولار.", exact("2.5 مليار دولار", 2.5e9, "USD")),
    "arabic-decimal": (
        "وتراجع الإنتاج ٢٫٥ مليار برميل.",
        exact("٢٫٥ مليار برميل", 2.5e9, "barrel"),
    ),
    "decimal-comma": ("بيعت مقابل 7,2 مليون دولار.", exact("7,2 مليون دولار", 7.2e6, "USD")),
    "dotted-thousands": (
        "بلغ عدد الحجاج 1.486.958 حاجا.",
        exact("1.486.958", 1486958, None, "حاجا"),
    ),
    # an index's close or a company's revenue: thousands grouped, then decimals
    "grouped-with-decimals": (
        "وأغلق المؤشر عند مستوى 11,284.63 نقطة.",
        exact("11,284.63", 11284.63, None, "نقطة"),
    ),
    "arabic-indic-grouped-with-decimals": (
        "وأغلق المؤشر عند ١١٬٢٨٤٫٦٣ نقطة.",
        exact("١١٬٢٨٤٫٦٣", 11284.63, None, "نقطة"),
    ),
    "grouped-with-decimals-before-scale": (
        "بلغت الصادرات 2,345.75 مليون دولار.",
        exact("2,345.75 مليون دولار", 2345.75e6, "USD"),
    ),
    "european-grouped-with-decimals": (
        "بلغ العجز 1.234,56 يورو.",
        exact("1.234,56 يورو", 1234.56, "EUR"),
    ),
    "alf-after-digits": ("قتل 15 ألف مدني.", exact("15 ألف", 15000, None, "مدني")),
    "alfan-accusative": ("قوة مرسلة قدرها 15 ألفاً.", exact("15 ألفاً", 15000)),
    "alaf-plural": ("نشرت 6 آلاف جندي.", exact("6 آلاف", 6000, None, "جندي")),
    "milyun": ("يعيش فيها 26 مليون نسمة.", exact("26 مليون", 26e6, None, "نسمة")),
    "malayin-plural": ("شرد 3 ملايين شخص.", exact("3 ملايين", 3e6, None, "شخص")),
    "milyuna-accusative": ("سيتقلص عدد السكان إلى 88 مليونا.", exact("88 مليونا", 88e6)),
    "milyar": ("خصصت 20.8 مليار دولار للاستثمارات.", exact("20.8 مليار دولار", 20.8e9, "USD")),
    "milyarat": ("تكلف 5 مليارات دولار.", exact("5 مليارات دولار", 5e9, "USD")),
    "trilyun": (
        "تقدر الاحتياطات بـ30 تريليون قدم مكعب.",
        exact("30 تريليون قدم مكعب", 30e12, "ft3"),
    ),
    "millions-and-thousands": (
        "دفع 3 ملايين و500 ألف دولار.",
        exact("3 ملايين و500 ألف دولار", 3.5e6, "USD"),
    ),
    "thousands-and-digits": (
        "مسافة 5 آلاف و500 كيلومتر.",
        exact("5 آلاف و500 كيلومتر", 5500, "km"),
    ),
    "digits-glued-to-scale": (
        "وأكثر من1,7  مليار قدم.",
        ("أكثر من1,7  مليار", 1.7e9, 1.7e9, None, "more_than", None, "قدم"),
    ),
    "clitic-before-digits": ("ساهمت بـ15 ألف جندي.", exact("15 ألف", 15000, None, "جندي")),
    # AFP's Arabic copy: the decimal separator typed as ر, the fraction stored first
    "ra-decimal": (
        "انضم إلى تشلسي مقابل 8ر15 مليون جنيه استرليني.",
        exact("8ر15 مليون جنيه استرليني", 15.8e6, "GBP"),
    ),
    "ra-decimal-percent": (
        "فاز بنسبة 63ر54 بالمائة من الاصوات.",
        exact("63ر54 بالمائة", 54.63, "percent"),
    ),
    "ra-three-decimals-before-scale": (
        "عالجت المصافي 423ر2 مليون برميل يوميًا.",
        exact("423ر2 مليون برميل", 2.423e6, "barrel"),
    ),
    "ra-thousands": (
        "شن التحالف إجمالي 225ر29 غارة بين أغسطس 2014 ونهاية فبراير.",
        exact("225ر29", 29225, None, "غارة"),
    ),
    "ra-millions": (
        "بلغت قيمة العقد 540ر999ر45 ريالاً.",
        exact("540ر999ر45 ريالاً", 45999540, "SAR"),
    ),
}


@pytest.mark.parametrize("text,expected", DIGITS.values(), ids=DIGITS.keys())
def test_digits_and_scales(text: str, expected: Row) -> None:
    assert one(text) == expected


def test_arabic_comma_groups_thousands() -> None:
    found = rows("فرضت غرامة 3،000 يورو، وغرامات تصل إلى 1،250،000 دولار.")
    assert found == [
        exact("3،000 يورو", 3000, "EUR"),
        ("تصل إلى 1،250،000 دولار", 1250000, None, 1250000, "at_most", "USD", None),
    ]


def test_digits_that_cannot_be_read_take_no_scale_word_for_a_figure() -> None:
    assert rows("بلغت الخسائر 1,2.5 مليون دولار.") == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # ANT: a dot before three zeros groups thousands; other decimals stay decimals.
        ("وصل إلى ألمانيا 200.000 لاجئ سوري.", "200.000", 200000),
        ("إلزام نادي أحد بدفع غرامة مالية قدرها 10.000 ريال.", "10.000 ريال", 10000),
        ("سيرتفع سعر لتر البنزين إلى 1.985 دينار تونسي.", "1.985 دينار تونسي", 1.985),
        ("بلغت قيمة الصفقة 1.000 مليار دولار.", "1.000 مليار دولار", 1e9),
        # Before people a dot always groups thousands: 1.5 persons is no count (ANT, Saudi
        # Hajj figures: "وعن طريق البر 78.282 حجاج").
        ("ووصل عن طريق البر 78.282 حاجا.", "78.282", 78282),
        ("وقتل أكثر من 10.000 شخص.", "أكثر من 10.000", 10000),
    ],
)
def test_a_dot_groups_thousands_before_three_zeros_or_people(
    text: str, span: str, value: float
) -> None:
    [(found, figure, *_)] = rows(text)
    assert (found, figure) == (span, value)


# --- number words --------------------------------------------------------------------------

WORDS = {
    "sitmiaa": ("قتل ستمائة مدني.", exact("ستمائة", 600, None, "مدني")),
    "sitmia-short": ("وصل ستمئة لاجئ.", exact("ستمئة", 600, None, "لاجئ")),
    "hundreds-and-tens": (
        "اعتقل ثلاثمائة وعشرون شخصا.",
        exact("ثلاثمائة وعشرون", 320, None, "شخصا"),
    ),
    "units-tens-thousands": (
        "شارك خمسة وعشرون ألفاً في المسيرة.",
        exact("خمسة وعشرون ألفاً", 25000),
    ),
    "thousands-and-hundreds": (
        "سجلت أربعة آلاف وسبعمائة إصابة.",
        exact("أربعة آلاف وسبعمائة", 4700, None, "إصابة"),
    ),
    "tens-genitive": (
        "أكثر من عشرين دولة.",
        ("أكثر من عشرين", 20, 20, None, "more_than", None, "دولة"),
    ),
    "tens-nominative": ("وصل عشرون جريحا.", exact("عشرون", 20, None, "جريحا")),
    "teen": ("وأحد عشر لاعبا.", exact("أحد عشر", 11, None, "لاعبا")),
    "ahad-and-tens": (
        "ويواجه أحد وعشرون مليون شخص الجوع.",
        exact("أحد وعشرون مليون", 21e6, None, "شخص"),
    ),
    "ihda-and-tens": ("قتلت إحدى وثلاثين امرأة.", exact("إحدى وثلاثين", 31, None, "امرأة")),
    "teen-five": ("لمدة خمسة عشر يوما.", exact("خمسة عشر يوما", 15, "day")),
    "split-hundred": ("أرسلت ثلاث مائة سيارة.", exact("ثلاث مائة", 300, None, "سيارة")),
    "dual-alfan": ("شارك ألفان من المتطوعين.", exact("ألفان", 2000)),
    "dual-alfayn": ("أرسلت ألفين جندي.", exact("ألفين", 2000, None, "جندي")),
    "dual-alfay-construct": ("بحضور ألفي مشارك.", exact("ألفي", 2000, None, "مشارك")),
    "dual-milyuna-construct": ("خسر مليونا دولار.", exact("مليونا دولار", 2e6, "USD")),
    "dual-trillion-construct": (
        "بقيمة تريليوني دولار.",
        exact("تريليوني دولار", 2e12, "USD"),
    ),
    "dual-miatayn": ("اعتقلت مئتين من المحتجين.", exact("مئتين", 200)),
    "dual-miatay": ("بمشاركة مائتي شخص.", exact("مائتي", 200, None, "شخص")),
    "dual-noun": ("أكدت السلطات مقتل شخصين في الهجوم.", exact("شخصين", 2, None, "شخصين")),
    "dual-noun-nominative": ("قتل جنديان إسرائيليان.", exact("جنديان", 2, None, "جنديان")),
    "dual-noun-ta-marbuta": ("أسقطت الدفاعات طائرتين.", exact("طائرتين", 2, None, "طائرتين")),
    "dual-noun-counted-by-a-word": ("مقتل جنديين اثنين.", exact("اثنين", 2)),
    "half-million": ("ويعاني نصف مليون منهم.", exact("نصف مليون", 500000)),
    "quarter-million": ("نزح ربع مليون شخص.", exact("ربع مليون", 250000, None, "شخص")),
    "third-million": ("فر ثلث مليون لاجئ.", exact("ثلث مليون", 333333.333333, None, "لاجئ")),
    "million-and-half": ("جمع مليون ونصف يورو.", exact("مليون ونصف يورو", 1.5e6, "EUR")),
    "million-and-half-the-million": (
        "يقدر لبنان وجود مليون ونصف المليون لاجئ سوري.",
        exact("مليون ونصف المليون", 1.5e6, None, "لاجئ"),
    ),
    "millions-and-quarter-million": (
        "تراجع العدد إلى 5 ملايين وربع مليون سائح.",
        exact("5 ملايين وربع مليون", 5.25e6, None, "سائح"),
    ),
    "half-the-million": ("يعيش نصف المليون لاجئ.", exact("نصف المليون", 5e5, None, "لاجئ")),
    "the-million": (
        "خسائر مادية تجاوزت المليون دولار.",
        ("تجاوزت المليون دولار", 1e6, 1e6, None, "more_than", "USD", None),
    ),
    "the-thousand-and-words": (
        "بكتائب تضم الألف وخمس مئة مقاتل.",
        exact("الألف وخمس مئة", 1500, None, "مقاتل"),
    ),
    "the-million-after-a-plural": (
        "تخطى عدد الإصابات المليون إصابة.",
        ("المليون", 1e6, 1e6, None, "more_than", None, "إصابة"),
    ),
    "alf-alone": ("قتل ألف مقاتل.", exact("ألف", 1000, None, "مقاتل")),
    "mia-alone": ("اتهمه مئة امرأة.", exact("مئة", 100, None, "امرأة")),
    "million-and-digits": (
        "بلغ مليون و762 ألف صوت.",
        exact("مليون و762 ألف", 1762000, None, "صوت"),
    ),
    "million-words": (
        "بلغت الخسائر ثلاثة ملايين وخمسمائة ألف دولار.",
        exact("ثلاثة ملايين وخمسمائة ألف دولار", 3.5e6, "USD"),
    ),
}


@pytest.mark.parametrize(
    ("figure", "step"),
    [
        ("28 مليار دولار", 1e9),
        ("28.3 مليار دولار", 1e8),
        ("١٥ ألفاً", 1e3),
        ("2,5 مليون", 1e5),
        ("1400", None),
    ],
)
def test_a_figure_with_a_scale_word_is_rounded_to_it(figure: str, step: float | None) -> None:
    assert rounding_step(figure) == step


@pytest.mark.parametrize(
    ("figure", "unit", "step"),
    [
        ("44.5 في المئة", "percent", 0.1),
        ("44.52%", "percent", 0.01),
        ("7.1 درجات", "richter", 0.1),
        ("77%", "percent", 1.0),  # 77% of a vote of 76.69%; 44% and 45% stay apart
        ("70 كيلومترا", "km", None),
        ("1.93 دولار", "USD", None),  # a price is exact
    ],
)
def test_a_share_or_measure_is_rounded_to_its_last_decimal(
    figure: str, unit: str, step: float | None
) -> None:
    assert rounding_step(figure, unit) == (pytest.approx(step) if step else None)


@pytest.mark.parametrize("text,expected", WORDS.values(), ids=WORDS.keys())
def test_number_words(text: str, expected: Row) -> None:
    assert one(text) == expected


# --- qualifiers -----------------------------------------------------------------------------

QUALIFIERS = {
    "nahw": ("أرسلت نحو 15 ألف عنصر.", ("نحو 15 ألف", 15000, 15000, 15000, "approx", None, "عنصر")),
    "qurabat-before-article": (
        "قتل قرابة الـ500 شخص.",
        ("قرابة الـ500", 500, 500, 500, "approx", None, "شخص"),
    ),
    "bi-nahw": (
        "قدرت الخسائر بنحو 2,8 مليار دولار.",
        ("نحو 2,8 مليار دولار", 2.8e9, 2.8e9, 2.8e9, "approx", "USD", None),
    ),
    "hawali": (
        "أرسلت حوالي 14 ألف جندي.",
        ("حوالي 14 ألف", 14000, 14000, 14000, "approx", None, "جندي"),
    ),
    "qaraba": ("يعاني قرابة 400 ألف شخص.", ("قرابة 400 ألف", 4e5, 4e5, 4e5, "approx", None, "شخص")),
    "zuhaa": (
        "وقع زهاء 1.7 مليون شخص.",
        ("زهاء 1.7 مليون", 1.7e6, 1.7e6, 1.7e6, "approx", None, "شخص"),
    ),
    "ma-yuqarib": (
        "تعاطى ما يقارب 2.23 مليون شخص.",
        ("ما يقارب 2.23 مليون", 2.23e6, 2.23e6, 2.23e6, "approx", None, "شخص"),
    ),
    "ma-yunahiz": ("بلغ ما يناهز 300 حاج.", ("ما يناهز 300", 300, 300, 300, "approx", None, "حاج")),
    "akthar-min": (
        "قتل أكثر من 6 آلاف منهم.",
        ("أكثر من 6 آلاف", 6000, 6000, None, "more_than", None, None),
    ),
    "ma-yazid-ala": (
        "ضخ ما يزيد على 130 مليون تغريدة.",
        ("ما يزيد على 130 مليون", 1.3e8, 1.3e8, None, "more_than", None, "تغريدة"),
    ),
    "ma-yazid-an": (
        "ساعد ما يزيد عن 13.8 مليون يمني.",
        ("ما يزيد عن 13.8 مليون", 13.8e6, 13.8e6, None, "more_than", None, "يمني"),
    ),
    # a verb of exceeding, its subject with a possessor between it and the figure
    "yazid-subject-ala": (
        "ضبطت كمية من الحشيش يزيد وزنها على 220 كيلوغراماً.",
        ("220 كيلوغراماً", 220, 220, None, "more_than", "kg", None),
    ),
    "la-yazid-subject-an": (
        "وقال إن عددهم لا يزيد عددهم عن 40 شخصا.",
        ("40", 40, None, 40, "at_most", None, "شخصا"),
    ),
    "tatajawaz-possessed-subject": (
        "ضبطت حبوبا تتجاوز قيمتها 18 مليون دولار.",
        ("18 مليون دولار", 18e6, 18e6, None, "more_than", "USD", None),
    ),
    "tajawazat-fiha-subject": (
        "في أيام تجاوزت فيها درجات الحرارة 50 درجة.",
        ("50", 50, 50, None, "more_than", None, "درجة"),
    ),
    # without على or عن "زاد" says by how much
    "zad-by": ("زاد عدد السكان 5 ملايين نسمة.", exact("5 ملايين", 5e6, None, "نسمة")),
    "tajawaz": (
        "ارتفع سعر الصرف تجاوز 100%.",
        ("تجاوز 100%", 100, 100, None, "more_than", "percent", None),
    ),
    "tasil-ila-cap": (
        "غرامة تصل إلى 10 آلاف ريال.",
        ("تصل إلى 10 آلاف ريال", 10000, None, 10000, "at_most", "SAR", None),
    ),
    "li-yasil-ila-reached": (
        "ارتفع الإنتاج ليصل إلى 290 ألف برميل يوميا.",
        exact("290 ألف برميل", 290000, "barrel"),
    ),
    "li-tasil-ila-reached": (
        "نمت التسهيلات الائتمانية لتصل إلى 12.66 مليار دولار.",
        exact("12.66 مليار دولار", 12.66e9, "USD"),
    ),
    "range-of-four-digit-counts": (
        "شارك بين 1500 و2000 مقاتل في الهجوم.",
        ("بين 1500 و2000", None, 1500, 2000, "range", None, "مقاتل"),
    ),
    "year-then-figure-is-no-range": (
        "ووصلت إيرادات النصف الأول من 2015 إلى 6.497 مليون درهم.",
        exact("6.497 مليون درهم", 6.497e6, "AED"),
    ),
    "yatajawaz": (
        "عدد لا يتجاوز 6 لاعبين.",
        ("لا يتجاوز 6", 6, None, 6, "at_most", None, "لاعبين"),
    ),
    "la-yaqill": (
        "قتل ما لا يقل عن 42 مدنيا.",
        ("ما لا يقل عن 42", 42, 42, None, "at_least", None, "مدنيا"),
    ),
    "ala-alaqall-before": (
        "وقتل على الأقل 3 من المسعفين.",
        ("على الأقل 3", 3, 3, None, "at_least", None, None),
    ),
    "ala-alaqall-after": (
        "لقي نحو ألف مقاتل على الأقل حتفهم.",
        ("نحو ألف مقاتل على الأقل", 1000, 1000, None, "at_least", None, "مقاتل"),
    ),
    "aqall-min": (
        "بأسعار أقل من 10 دولارات.",
        ("أقل من 10 دولارات", 10, None, 10, "less_than", "USD", None),
    ),
    "la-yazid-an": (
        "بما لا يزيد عن عشرة بالمئة.",
        ("ما لا يزيد عن عشرة بالمئة", 10, None, 10, "at_most", "percent", None),
    ),
    "after-taqriban": (
        "قفز التضخم إلى 11 في المائة تقريبا.",
        ("11 في المائة تقريبا", 11, 11, 11, "approx", "percent", None),
    ),
    "ma-bayn": (
        "يبلغ عدد مقاتليه ما بين 10 إلى 15 ألف مقاتل.",
        ("ما بين 10 إلى 15 ألف", None, 10000, 15000, "range", None, "مقاتل"),
    ),
    "bayn-scale-both": (
        "قتل بين 4 و5 آلاف شخص.",
        ("بين 4 و5 آلاف", None, 4000, 5000, "range", None, "شخص"),
    ),
    "bayn-words": (
        "تتراوح أعمارهم بين 12 و18 عاما.",
        ("بين 12 و18 عاما", None, 12, 18, "range", "year", None),
    ),
    "min-ila": (
        "يتراوح الأجر من 1600 ليرة إلى 2200 ليرة تركية.",
        ("من 1600 ليرة إلى 2200 ليرة تركية", None, 1600, 2200, "range", "TRY", None),
    ),
    "range-scale-on-both-ends": (
        "أدت إلى مقتل ما بين 300 الف و500 ألف أرمني.",
        ("ما بين 300 الف و500 ألف", None, 300000, 500000, "range", None, "أرمني"),
    ),
    "bare-range": (
        "ويتطلب 300 إلى 400 مليار دولار.",
        ("300 إلى 400 مليار دولار", None, 3e11, 4e11, "range", "USD", None),
    ),
    "dash-range": ("ارتفعت الأسعار 20-30%.", ("20-30%", None, 20, 30, "range", "percent", None)),
    "or-range": (
        "سيغيب ستة أو سبعة أسابيع.",
        ("ستة أو سبعة أسابيع", None, 6, 7, "range", "week", None),
    ),
}


@pytest.mark.parametrize("text,expected", QUALIFIERS.values(), ids=QUALIFIERS.keys())
def test_qualifiers(text: str, expected: Row) -> None:
    assert one(text) == expected


# --- vague amounts --------------------------------------------------------------------------

VAGUE = {
    "alaf": ("وعدت بإرسال آلاف العمال.", ("آلاف", None, 2000, 9999, "vague", None, "العمال")),
    "asharat": ("قتل عشرات المدنيين.", ("عشرات", None, 20, 99, "vague", None, "المدنيين")),
    "miat": ("وصل مئات المهاجرين.", ("مئات", None, 200, 999, "vague", None, "المهاجرين")),
    "asharat-alalaf": (
        "احتفل عشرات الآلاف من الحجاج.",
        ("عشرات الآلاف", None, 20000, 99999, "vague", None, None),
    ),
    "miat-alalaf": (
        "نزوح مئات الآلاف من السكان.",
        ("مئات الآلاف", None, 200000, 999999, "vague", None, None),
    ),
    "almalayin": (
        "شاهده الملايين على الانترنت.",
        ("الملايين", None, 2e6, 9999999, "vague", None, None),
    ),
    "bidaa": ("في غضون بضعة أسابيع.", ("بضعة", None, 3, 9, "vague", None, "أسابيع")),
    "bid": ("شارك فيها بضع عشرات.", ("بضع عشرات", None, 20, 99, "vague", None, None)),
    "idda": ("مات عدة مرات.", ("عدة", None, 3, 9, "vague", None, "مرات")),
    "idda-alaf": ("قتل عدة آلاف من المدنيين.", ("عدة آلاف", None, 3000, 9999, "vague", None, None)),
}


@pytest.mark.parametrize("text,expected", VAGUE.values(), ids=VAGUE.keys())
def test_vague_amounts(text: str, expected: Row) -> None:
    assert one(text) == expected


# --- units: percent, money, durations, measures --------------------------------------------

UNITS = {
    "celsius": ("بلغت درجة الحرارة 45 درجة مئوية.", exact("45 درجة مئوية", 45, "°C")),
    "millimetres": ("وسقط 30 ملم من الأمطار.", exact("30 ملم", 30, "mm")),
    "richter": (
        "ضرب زلزال بقوة 6.8 درجات على مقياس ريختر المنطقة.",
        exact("6.8 درجات على مقياس ريختر", 6.8, "richter"),
    ),
    "speed": (
        "كانت السيارة تسير بسرعة 120 كيلومترا في الساعة.",
        exact("120 كيلومترا في الساعة", 120, "km/h"),
    ),
    "megawatts": ("تبلغ قدرة المحطة 1500 ميغاواط.", exact("1500 ميغاواط", 1500, "MW")),
    "milliampere-hours": ("بطارية بسعة 4000 مللي أمبير.", exact("4000 مللي أمبير", 4000, "mAh")),
    "percent-sign": ("ارتفعت بنسبة 30%.", exact("30%", 30, "percent")),
    "percent-arabic-sign": ("ارتفعت بنسبة ٣٠٪.", exact("٣٠٪", 30, "percent")),
    "percent-sign-before": ("ارتفعت بنسبة %30 خلال العام.", exact("%30", 30, "percent")),
    "fi-almiaa": ("تراجع بنسبة 30 في المائة.", exact("30 في المائة", 30, "percent")),
    "bilmia": ("حصة 10 بالمئة من المشروع.", exact("10 بالمئة", 10, "percent")),
    "fi-almia": ("ضريبة قدرها 25 في المئة.", exact("25 في المئة", 25, "percent")),
    "dollar-amriki": (
        "بلغت الكلفة 97 ألف دولار أمريكي.",
        exact("97 ألف دولار أمريكي", 97000, "USD"),
    ),
    "dollar-amiriki": ("سعر الشاحن 200 دولار أميركي.", exact("200 دولار أميركي", 200, "USD")),
    "dollar-al-amriki": (
        "بقيمة 50 مليون دولار الأمريكي.",
        exact("50 مليون دولار الأمريكي", 5e7, "USD"),
    ),
    "milyar-dollar-alone": ("تقدر بمليار دولار.", exact("مليار دولار", 1e9, "USD")),
    "euro": ("قدم 30 ألف يورو للجمعية.", exact("30 ألف يورو", 30000, "EUR")),
    "euro-maghreb": ("صفقة تبلغ قيمتها 50 مليون أورو.", exact("50 مليون أورو", 5e7, "EUR")),
    "yen": ("ارتفع الدولار إلى 106.77 ين.", exact("106.77 ين", 106.77, "JPY")),
    "won": ("بلغت قيمة الصفقة 500 مليار وون.", exact("500 مليار وون", 5e11, "KRW")),
    "riyal-saudi": ("بمبلغ 5 آلاف ريال سعودي.", exact("5 آلاف ريال سعودي", 5000, "SAR")),
    "riyal-qatari": ("بقيمة 200 مليون ريال قطري.", exact("200 مليون ريال قطري", 2e8, "QAR")),
    "geneh-masri": ("تبرع بخمسة ملايين جنيه مصري.", exact("خمسة ملايين جنيه مصري", 5e6, "EGP")),
    "geneh-sterling": (
        "مقابل 39 مليون جنيه إسترليني.",
        exact("39 مليون جنيه إسترليني", 39e6, "GBP"),
    ),
    "sterling-alone": (
        "دفع برشلونة 135 مليون استرليني.",
        exact("135 مليون استرليني", 135e6, "GBP"),
    ),
    "dinar-kuwaiti": (
        "عجز بقيمة 1.32 مليار دينار كويتي.",
        exact("1.32 مليار دينار كويتي", 1.32e9, "KWD"),
    ),
    "dinar-iraqi": ("راتب 500 ألف دينار عراقي.", exact("500 ألف دينار عراقي", 5e5, "IQD")),
    "dirham": ("مساعدات بلغت 13 مليار درهم إماراتي.", exact("13 مليار درهم إماراتي", 13e9, "AED")),
    "dirham-maghribi": ("بكلفة 200 مليون درهم مغربي.", exact("200 مليون درهم مغربي", 2e8, "MAD")),
    "lira-lubnaniya": ("يساوي 1500 ليرة لبنانية.", exact("1500 ليرة لبنانية", 1500, "LBP")),
    "lira-suriya": ("بسعر 450 ليرة سورية.", exact("450 ليرة سورية", 450, "SYP")),
    "months-words": ("قتلوا خلال ثلاثة أشهر فقط.", exact("ثلاثة أشهر", 3, "month")),
    "dual-years": ("للمرة الثالثة خلال عامين.", exact("عامين", 2, "year")),
    "hours": ("تم تمديد الهدنة 48 ساعة.", exact("48 ساعة", 48, "hour")),
    "dual-article-past": ("تصاعد القتال خلال العامين الماضيين.", exact("العامين", 2, "year")),
    "dual-months": ("أعرب النواب بعد شهرين عن تقدير.", exact("شهرين", 2, "month")),
    "weeks": ("سيغيب ثلاثة أسابيع.", exact("ثلاثة أسابيع", 3, "week")),
    "years-tanween": (
        "بمناسبة مرور ثمانين عاماً على انتهاء الحرب.",
        exact("ثمانين عاماً", 80, "year"),
    ),
    "age": ("ودافع بوفون (40 عاما) عن المنتخب.", exact("40 عاما", 40, "year")),
    "km": (
        "على بعد حوالي 257 كيلومترا.",
        ("حوالي 257 كيلومترا", 257, 257, 257, "approx", "km", None),
    ),
    "klm": ("تبعد المدينة 500 كلم عن العاصمة.", exact("500 كلم", 500, "km")),
    "km-short": ("على بعد 3 كم من الحدود.", exact("3 كم", 3, "km")),
    "km2": ("حررت 300 كيلومتر مربع.", exact("300 كيلومتر مربع", 300, "km2")),
    "meter": ("زحفت مسافة 100 متر.", exact("100 متر", 100, "m")),
    "ton": ("استخدمت 420 ألف طن من الفولاذ.", exact("420 ألف طن", 420000, "ton")),
    "barrel": ("ينتج الحقل 5,5 مليار برميل.", exact("5,5 مليار برميل", 5.5e9, "barrel")),
    "kg": (
        "ضبط أكثر من 275 كيلوغراما من المخدرات.",
        ("أكثر من 275 كيلوغراما", 275, 275, None, "more_than", "kg", None),
    ),
}


@pytest.mark.parametrize("text,expected", UNITS.values(), ids=UNITS.keys())
def test_units(text: str, expected: Row) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (  # a bare dinar in a report on Algeria
            "قالت الحماية المدنية الجزائرية إن خسائر الحرائق في الجزائر قدرت بنحو 3 مليارات دينار.",
            "DZD",
        ),
        ("رفعت الحكومة الأردنية سعر أسطوانة الغاز في الأردن إلى سبعة دنانير.", "JOD"),
        ("وبلغت فاتورة الطاقة في المغرب 76,5 مليار درهم، بحسب مكتب الصرف المغربي.", "MAD"),
        ("ارتفع سعر الدولار في اليمن إلى 1500 ريال في عدن، بحسب صرافين يمنيين.", "YER"),
        # the default's own country, or no country at all
        ("قال وزير المالية الكويتي إن العجز بلغ 5 مليارات دينار.", "KWD"),
        ("بلغت الخسائر 5 ملايين دينار.", "KWD"),
        # another country named about as often as the default's
        ("خسر الأهلي المصري أمام الهلال السوداني في مصر، وكان قد دفع 40 مليون جنيه.", "EGP"),
        # two other countries named as often: no clear one
        ("فرض الحوثيون في اليمن، حلفاء إيران، رسوما بقيمة ألف ريال.", "SAR"),
    ],
)
def test_a_bare_currency_is_that_of_the_country_its_text_names(text: str, unit: str) -> None:
    [quantity] = [q for q in find_quantities(text) if q.unit]
    assert quantity.unit == unit


# --- what is not a quantity -----------------------------------------------------------------

NOT_QUANTITIES = {
    "ordinal-time": "التقى الزعيمان للمرة الثالثة في بكين.",
    "ordinal-war": "منذ انتهاء الحرب العالمية الثانية في آسيا.",
    "ordinal-first": "وكان الأول من نوعه في المنطقة.",
    "ordinal-teen": "في القرن التاسع عشر والحادي عشر من سبتمبر.",
    "month-year": "وقعت الاتفاقية في يونيو 2024.",
    "day-month": "وصل الوفد في 3 سبتمبر.",
    "day-month-year": "وصل الوفد في 3 سبتمبر 2025 إلى بكين.",
    "levant-month": "في آذار/مارس 2016 بدأت التجربة.",
    "fi-am": "أرسلت كوريا الشمالية قوات في عام 2024.",
    "am-alone": "تأسست الشركة عام 2010 في دبي.",
    "iso-date": "صدر البيان بتاريخ 2025-09-03 في جنيف.",
    "slash-date": "صدر البيان بتاريخ 03/09/2025 في جنيف.",
    "phone": "للاستفسار اتصل على 0501234567 أو +966 50 123 4567.",
    "resolution": "طالب بتطبيق القرار 2401 فورا.",
    "resolution-raqm": "وفق القرار رقم 2216 الصادر عن مجلس الأمن.",
    "article": "وتنص المادة 5 من الدستور على ذلك.",
    "paragraph-clitic": "لا تمتثل للفقرة 14 من القرار.",
    "time-of-day": "بدأ الاجتماع في الساعة 10 صباحا.",
    "clock": "هبطت الطائرة عند الساعة 18:35.",
    "time-range": "اعتبارا من الساعة 9 حتى 14 بدأت الهدنة.",
    "ahad-one-of": "أصيب أحد الجنود في الهجوم.",
    "thani": "وجاء في المركز ثاني الترتيب.",
    "year-range": "قاد الفريق في الفترة من 2000 إلى 2005.",
    "year-words": "بدأ الخطأ منذ العام ألفين وأحد عشر في سوريا.",
    "score": "فاز الفريق على ضيفه 3-1 أمس.",
    "score-zero": "فاز الفريق 1-صفر على كالياري.",
    "score-spaced": "بتقدم بيتيس 2 - 1. وفاز على جيرونا 6 -1 يوم السبت.",
    "dual-years-named": "وبين العامين 2016 و2017 تراجعت المبيعات.",
    "dual-adjective": "قرار بتكليف المحامين العامين ورؤساء النيابة.",
    "year-span": "وضعه علماء الحملة الفرنسية على مصر (1798-1801).",
    "articles-dual": "بموجب المادتين 62 و63 من الدستور.",
    "weapon-name": "اشترت أنقرة منظومة S-400 وطائرات F-16.",
    "outlet-name": "حسب ما أوضح المدعي العام. فرانس24",
    "wahid-adjective": "وصلوا في وقت واحد إلى الحدود.",
    "ratio": "ستتراجع نسبة العاملين إلى المتقاعدين من 1:5 حاليا إلى 1:2 فقط.",
    "score-colon": "فاز الفريق 3:1 على ضيفه.",
    "clock-time-zone": "قبل الساعة الثامنة صباحا (0800 بتوقيت جرينتش) هاجم المسلحون.",
    "clock-tgh": "في الساعة 08,30 (05,30 ت غ) بدأت العملية.",
    "definite-teen": "ولو لم يقل سوى هذه القصيدة ذات الأبيات الأحد عشر لكفاه.",
    "definite-twelve": "أقرت بالذنب في بعض التهم الاثنتي عشرة الموجهة إليها.",
    "list-dash": "رصدت المخالفات التالية:\n1- تدني مستوى النظافة العامة.\n2- عدم تغطية النفايات.",
    "list-dot": "ومنها:\n1. حدد خيارك بإيقاف الحساب.\n 2. تأكد أنك مستعد لهذه الخطوة.",
    "list-after-colon": "اتفق الجانبان على المجالات التالية: 1- تطوير التعاون العسكري.",
    "list-bracket": "الخطوات:\n(1) التسجيل في الموقع.\n2) دفع الرسوم.",
    "the-thousandth": "يلعب بوفون مباراته الألف، وتحتفل الحرب باليوم الألف.",
    "the-millionth": "استقبل المتحف الزائر المليون.",
    "the-letter": "يرسم بيديه حرف الألف في مدينة تبنى من الألف إلى الياء.",
    "the-2000s": "عمل في لندن في نهاية سنوات الألفين.",
    "million-adjective": "شارك الحشد المليوني في المظاهرة.",
    "arabs-of-48": "أشار البيان إلى أن السائق من عرب 48 ومن فلسطينيي 48 أيضا.",
}


def test_a_list_item_keeps_the_figures_inside_it() -> None:
    text = "أبرز الاتفاقيات:\n1 - شراكة من المتوقع أن تولد 4 آلاف وظيفة بحلول 2020."
    assert [row[0] for row in rows(text)] == ["4 آلاف"]


@pytest.mark.parametrize("text", NOT_QUANTITIES.values(), ids=NOT_QUANTITIES.keys())
def test_not_quantities(text: str) -> None:
    assert rows(text) == []


def test_per_million_and_per_thousand_are_ratios() -> None:
    text = "تجاوزت نسبة الغاز 400 جزء في المليون، أي واحد على الألف تقريبا."
    assert [row[0] for row in rows(text)] == ["400"]


def test_elections_year_without_marker_is_not_a_count() -> None:
    assert rows("تجري انتخابات 2018 وسط توتر.") == []


def test_word_before_digits_is_a_verb() -> None:
    assert one("قاعة تسع 500 شخص.") == exact("500", 500, None, "شخص")


def test_four_digit_count_with_counted_noun_stays() -> None:
    assert one("اعتقلت الشرطة 2000 متظاهر.") == exact("2000", 2000, None, "متظاهر")


def test_a_day_of_the_week_is_no_unit_of_days() -> None:
    found = rows("اعتقل 200 شخص يوم السبت، و150 يوم الأحد، والإضراب مستمر منذ 150 يوما.")
    assert [(row[0], row[-2], row[-1]) for row in found] == [
        ("200", None, "شخص"),
        ("150", None, None),
        ("150 يوما", "day", None),
    ]


def test_a_word_joined_by_wa_is_no_counted_noun() -> None:
    found = rows("ترتفع الوفيات إلى 2248 والإصابات تقترب من المليون.")
    assert [(row[0], row[-1]) for row in found] == [("2248", None), ("تقترب من المليون", None)]
    assert one("قتل جميع ركابها الـ65 وأفراد طاقمها.")[-1] is None
    assert one("يضم 5 ولايات.")[-1] == "ولايات"  # و of the word itself
    assert one("بلغ عدد الدول 29 وهي كلها أعضاء.")[-1] is None


def test_a_verb_joined_by_wa_opens_the_next_clause() -> None:
    found = rows("أدى الهجوم إلى مقتل 30 وأصيب 50 آخرون، وقتل 12 وقال الجيش إنه رد.")
    assert [(row[0], row[-1]) for row in found] == [("30", None), ("50", None), ("12", None)]


def test_a_ten_with_the_article_counts_after_a_qualifier_only() -> None:
    assert one("قتل قرابة الأربعين شخصا.") == ("قرابة الأربعين", 40, 40, 40, "approx", None, "شخصا")
    assert one("لا يتجاوز الخمسين مليون جنيه.")[:2] == ("لا يتجاوز الخمسين مليون جنيه", 50e6)
    assert rows("في الذكرى الأربعين للثورة، في القرن العشرين.") == []
    assert rows("أعمارهم بين السبعين والرابعة والسبعين.") == []


def test_a_models_number_is_no_figure() -> None:
    assert rows("تحطمت طائرة من طراز أنتونوف 148 بعد إقلاعها.") == []
    assert rows("وكانت الطائرة المنكوبة من طراز ATR 72.") == []
    assert [row[0] for row in rows("اشترت 20 طائرة من طراز إيرباص.")] == ["20"]


def test_year_like_figure_of_people_is_a_count() -> None:
    text = "ارتفعت الحصيلة إلى 2012 قتيلاً و2059 جريحاً، بينهم 1404 في حالة خطيرة."
    assert [row[0] for row in rows(text)] == ["2012", "2059", "1404"]
    assert rows("تجري انتخابات 2018 وسط توتر.") == []


def test_skip_spans_drop_overlapping_figures() -> None:
    text = "قتل 15 شخصا في 3 سبتمبر 2025 وأصيب 40."
    start = text.index("3 سبتمبر")
    found = rows(text, skip=[(start, start + len("3 سبتمبر 2025"))])
    assert [r[0] for r in found] == ["15", "40"]
    assert rows("أصيب 40 شخصا.", skip=[(5, 7)]) == []


# --- offsets, edge cases ----------------------------------------------------------------------


def test_offsets_with_diacritics_and_tatweel() -> None:
    text = "وقُتِلَ أكثرُ من ٦ آلافٍ منهم، ودفعت بـ15 ألفاً."
    found = find_quantities(text)
    assert [q.text for q in found] == ["أكثرُ من ٦ آلافٍ", "15 ألفاً"]
    assert all(text[q.start : q.end] == q.text for q in found)


def test_empty_and_non_arabic_text() -> None:
    assert find_quantities("") == []
    assert rows("The army sent 15,000 troops.") == [exact("15,000", 15000)]


def test_several_figures_sorted_by_start() -> None:
    text = "قتل 20 شخصا وأصيب 35 آخرون ونزح نحو ألفي مدني."
    assert [r[0] for r in rows(text)] == ["20", "35", "نحو ألفي"]


def test_returns_model_records() -> None:
    (q,) = find_quantities("أرسلت 14 ألف جندي.")
    assert isinstance(q, Quantity)
    assert q.to_dict()["counted"] == "جندي"


# --- the seed articles ------------------------------------------------------------------------


def test_seed_claims_are_read_with_value_and_qualifier() -> None:
    expected = json.loads((SEEDS / "expected.json").read_text(encoding="utf-8"))
    for claim in expected["claims"]:
        text = (SEEDS / claim["article"]).read_text(encoding="utf-8")
        at = text.index(claim["evidence"])
        found = [q for q in find_quantities(text) if at <= q.start < at + len(claim["evidence"])]
        assert found, claim["evidence"]
        q = found[0]
        assert q.value == claim["value"], claim["evidence"]
        qualifier = "vague" if claim["qualifier"].startswith("vague") else claim["qualifier"]
        assert q.qualifier == qualifier, claim["evidence"]


def test_seed_dates_and_ordinals_are_not_quantities() -> None:
    text = (SEEDS / "002_811bdf774ddb3adb.txt").read_text(encoding="utf-8")
    spans = [q.text for q in find_quantities(text)]
    assert "2024" not in " ".join(spans)


# --- words_to_number ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "words,value",
    [
        ("خمسة وعشرون ألفاً", 25000),
        ("ثلاثمائة وعشرون", 320),
        ("3 ملايين و500 ألف", 3_500_000),
        ("أربعة آلاف وسبعمائة", 4700),
        ("مئتين", 200),
        ("نصف مليون", 500_000),
        ("١٤٬٠٠٠", 14000),
    ],
)
def test_words_to_number(words: str, value: float) -> None:
    assert words_to_number(words) == value


@pytest.mark.parametrize("words", ["أحد الجنود", "الثالثة", "15 ألف جندي", ""])
def test_words_to_number_rejects_non_numbers(words: str) -> None:
    assert words_to_number(words) is None


# --- the gold set -----------------------------------------------------------------------------


def test_gold_set_is_read_exactly() -> None:
    """Every annotated sentence of bench/data/quantities_gold.jsonl, as a quality gate."""
    keys = ("text", "value", "low", "high", "qualifier", "unit")
    wrong = []
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 100
    for line in lines:
        item = json.loads(line)
        want = sorted(tuple(q[k] for k in keys) for q in item["quantities"])
        got = sorted(
            (q.text, q.value, q.low, q.high, q.qualifier, q.unit)
            for q in find_quantities(item["text"])
        )
        if got != want:
            wrong.append((item["text"], got, want))
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "span", "value", "step"),
    [
        # ANT (CNN, France 24): an Arabic comma before one or two digits and a scale or
        # unit is the decimal point.
        ("وتهجير 2،6 مليون شخص.", "2،6 مليون", 2.6e6, 1e5),
        ("انتخب بأغلبية 96،9% من أصوات المقترعين.", "96،9%", 96.9, None),
        ("يبلغ عدد سكانها 7،5  ملايين نسمة.", "7،5  ملايين", 7.5e6, 1e5),
        ("بلغت قيمته 4،8 مليارات دولار.", "4،8 مليارات دولار", 4.8e9, 1e8),
    ],
)
def test_an_arabic_comma_before_a_scale_or_unit_is_a_decimal_point(
    text: str, span: str, value: float, step: float | None
) -> None:
    [(found, figure, *_)] = rows(text)
    assert (found, figure, rounding_step(found)) == (span, value, step)


def test_an_arabic_comma_between_list_items_is_no_decimal_point() -> None:
    assert [row[:2] for row in rows("وفاز الفريق 3، 5 مرات.")] == [("3", 3.0), ("5", 5.0)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("وشارك في المسيرة ما يربو على 300 شخص.", "ما يربو على 300"),
        ("وأسفر الهجوم عن مقتل ما ينيف على 40 شخصا.", "ما ينيف على 40"),
        ("ويبلغ عدد النازحين ما يتجاوز 5 آلاف.", "ما يتجاوز 5 آلاف"),
    ],
)
def test_more_than_in_the_words_of_formal_news(text: str, span: str) -> None:
    [(found, _value, low, high, qualifier, *_)] = rows(text)
    assert (found, qualifier, high) == (span, "more_than", None)
    assert low is not None


def test_areas_in_hectares_feddans_and_dunams() -> None:
    found = rows("التهمت النيران 800 هكتار و50 فدانا، ومساحة المخطط 291 دونما.")
    assert [(row[0], row[-2]) for row in found] == [
        ("800 هكتار", "ha"),
        ("50 فدانا", "feddan"),
        ("291 دونما", "dunam"),
    ]


def test_from_one_figure_to_another_after_a_change_is_two_figures_not_a_range() -> None:
    found = rows("ارتفع التضخم من 5.2% إلى 6.8%، وارتفعت حصيلة القتلى من 20 إلى 35 قتيلا.")
    assert [(row[0], row[1]) for row in found] == [
        ("5.2%", 5.2),
        ("6.8%", 6.8),
        ("20", 20),
        ("35", 35),
    ]
    assert one("يتراوح عدد القتلى من 20 إلى 35.")[4] == "range"


def test_a_nationality_in_the_nominative_dual_counts_two() -> None:
    assert one("وقتل فلسطينيان برصاص الجيش.")[:2] == ("فلسطينيان", 2)
    assert one("وأصيب شرطيان في الهجوم.")[:2] == ("شرطيان", 2)
    # the -ين form is a plural far more often; after a dual it is the dual's adjective
    assert rows("مقتل فلسطينيين في غزة.") == []
    assert [row[0] for row in rows("وقتل عسكريان تركيان في تحطم الطائرة.")] == ["عسكريان"]


def test_a_figure_after_a_month_is_its_day_or_year_only_when_it_may_be_one() -> None:
    text = "وزادت عقود الذهب تسليم أغسطس 0.1 بالمئة، وعقود النفط تسليم مايو 41 سنتا."
    assert [row[0] for row in rows(text)] == ["0.1 بالمئة", "41"]  # "سنتا": its noun
    assert rows("وأعلن يوم 30 مارس 2018 يوما للمقاطعة.") == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("وقال إن خمسا وثلاثين سيارة إسعاف شاركت في نقل المصابين.", "خمسا وثلاثين", 35),
        ("وأصيب ثلاثا وأربعين امرأة في الحادث.", "ثلاثا وأربعين", 43),
        ("وتوفي واحد وعشرون شخصا في الحادث.", "واحد وعشرون", 21),
        ("وقتل وأحد عشر شخصا في الحادث.", "أحد عشر", 11),
    ],
)
def test_a_unit_in_the_accusative_or_one_opens_a_compound_number(
    text: str, span: str, value: float
) -> None:
    [(found, found_value, *_)] = rows(text)
    assert (found, found_value) == (span, value)


def test_a_lone_one_after_its_noun_is_no_figure() -> None:
    assert [row[0] for row in rows("وقتل شخص واحد وأصيب 20 آخرون.")] == ["20"]


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ("وتجاوز عدد القتلى في غزة 40 ألفا.", "40 ألفا", "more_than"),
        ("ولم تتعد نسبة ملئه 8 في المائة.", "8 في المائة", "at_most"),
        ("ولم يتجاوز سعر الدولار فيها 59 جنيها.", "59 جنيها", "at_most"),
        ("ويناهز عدد أعضائه ثلاثة آلاف نائب.", "ثلاثة آلاف", "approx"),
        ("وتجاوزت الأمطار 120 ملم في إفران.", "120 ملم", "more_than"),
        ("وقال إن الخسائر تجاوزت 120 مليون دولار.", "تجاوزت 120 مليون دولار", "more_than"),
    ],
)
def test_a_qualifying_verb_qualifies_the_figure_across_its_subject(
    text: str, span: str, qualifier: str
) -> None:
    [(found, _value, _low, _high, found_qualifier, *_)] = rows(text)
    assert (found, found_qualifier) == (span, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "وتجاوز الإنفاق المقرر بنسبة 5 في المائة.",  # by how much
        "ويتجاوز معدل أجوره خلال ثلاثة مواسم رياضية مبلغا محددا.",  # a preposition's object
        "ولا يتجاوز المعدل واحدا من كل 27 مريضا.",  # a number between
    ],
)
def test_a_qualifying_verb_does_not_reach_past_a_preposition_or_number(text: str) -> None:
    assert all(row[4] == "exact" for row in rows(text))


def test_a_year_after_a_verbs_subject_stays_a_year() -> None:
    assert rows("بعدما فاق العجز في موازنة 2017 المستوى المتوقع له.") == []


def test_maghreb_billions_tons_in_the_dual_and_millimetres() -> None:
    found = rows("بلغ المخزون 5 ملايير و230 مليون متر مكعب، وضبط طنين من الحشيش، وسجل 45 مم.")
    assert [(row[0], row[1], row[5]) for row in found] == [
        ("5 ملايير و230 مليون متر مكعب", 5.23e9, "m3"),
        ("طنين", 2, "ton"),
        ("45 مم", 45, "mm"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وسجل صلاح أهدافه في الدقائق 4 و43 و77 و85.",
        "وقضت المحكمة بالسجن وفقا للمواد 112 و113 و116 مكرر من قانون العقوبات.",
        "وأسقطت الدفاعات طائرات مسيرة خلال الساعات الـ24 الماضية.",
    ],
)
def test_numbers_listed_after_their_label_and_time_spans_are_no_figures(text: str) -> None:
    assert rows(text) == []


def test_an_adverb_may_stand_between_a_qualifier_and_its_figure() -> None:
    [(_span, _value, _low, _high, qualifier, *_)] = rows("وعدد موظفيها يتجاوز حاليا 5 آلاف موظف.")
    assert qualifier == "more_than"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال إن الراتب السنوي سيفوق 65 مليون أورو.", ("سيفوق 65 مليون أورو", 65e6, "more_than")),
        ("وقد تقفز الأسعار فوق 68 دولاراً للبرميل.", ("فوق 68 دولاراً", 68, "more_than")),
        ("بلغ ارتفاع الأمواج مترين ونصف المتر.", ("مترين ونصف المتر", 2.5, "exact")),
        ("وقع عقدا لمدة عامين ونصف.", ("عامين ونصف", 2.5, "exact")),
        ("جرت الانتخابات في 13.326 مركز اقتراع.", ("13.326", 13326, "exact")),
        ("قطعت السيارة المسافة في 1.921 ثانية.", ("1.921 ثانية", 1.921, "exact")),
        (
            "ونزل مؤشر الدولار بنسبة 0.5 بالمئة إلى 88.660 بعدما بلغ ذروته.",
            ("88.660", 88.66, "exact"),
        ),
    ],
)
def test_forms_of_the_maghreb_and_gulf_press(text: str, expected: tuple) -> None:
    found = {(q.text, q.value, q.qualifier) for q in find_quantities(text)}
    assert expected in found


@pytest.mark.parametrize(
    "text",
    [
        'وهي من طراز "إيه تي آر 72" التابعة للشركة.',
        "وسجل هدفه في الجولة الـ12 من الدوري.",
        "بلغ سعر البنزين أوكتان 95 نحو دينار.",
        "جرت المباراة يوم السبت 14 نونبر الجاري.",
    ],
)
def test_names_rounds_and_dates_of_the_maghreb_are_no_figures(text: str) -> None:
    assert [q.text for q in find_quantities(text) if q.unit is None] == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ('وقال لـ"اليوم 24" إن عدد الوفيات تجاوز 80.', ["تجاوز 80"]),
        ("وقالت قناة فرانس 24 إن 3 جنود قتلوا.", ["3"]),
        ("ونقل موقع عربي 21 عن مصدر أن 7 أصيبوا.", ["7"]),
        ("وأعلنت الوزارة اليوم 5 إصابات جديدة.", ["5"]),  # today, not a paper
    ],
)
def test_an_outlet_whose_name_holds_a_number_is_no_figure(text: str, figures: list[str]) -> None:
    assert [q.text for q in find_quantities(text)] == figures


def test_a_qualifier_after_of_them_qualifies_the_figure() -> None:
    [quantity] = find_quantities("وقال إن 22 منهم على الأقل قتلوا في الغارة.")
    assert (quantity.value, quantity.qualifier) == (22, "at_least")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("وأصدرت المحكمة أحكامها في قضية «التآمر 3» بحق 52 متهما.", ["52"]),
        ('وطلبت الشركة 36 طائرة من طراز "إيه 380" العملاقة.', ["36"]),
        ('على الرغم من أن مؤتمر "جنيف 2" بات قريبا.', []),
        ("وقال إن «عدد القتلى بلغ 30» حتى الآن.", ["30"]),  # speech, not a name
    ],
)
def test_the_number_that_ends_a_short_quoted_name_is_no_figure(
    text: str, figures: list[str]
) -> None:
    assert [q.text for q in find_quantities(text)] == figures


def test_drawing_near_a_figure_is_about_it() -> None:
    [quantity] = find_quantities("وقالت الوزارة إن عائدات السياحة تقترب من 100 مليار درهم.")
    assert quantity.qualifier == "approx"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        (
            "تجاوز عدد الإصابات بحمى الضنك في ولاية كسلا، شرقي السودان، خمسة آلاف إصابة.",
            "more_than",
        ),
        ("وهو ما فاق معدل النمو السنوي للمصروفات العامة البالغة 25%.", "exact"),
        ("وتخطى الفيسبوك جميع التوقعات، على مدى العامين الماضيين.", "exact"),
    ],
)
def test_a_qualifying_verb_reaches_across_a_long_subject_but_not_another_phrase(
    text: str, qualifier: str
) -> None:
    [quantity] = find_quantities(text)
    assert quantity.qualifier == qualifier
