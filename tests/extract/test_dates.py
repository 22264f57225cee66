"""Arabic date expressions: every form, resolved against a publication date (Wed 3 Sep 2025)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from khabar.extract.dates import find_dates, pins_month
from tests.shared_data import SEEDS

PUBLISHED = date(2025, 9, 3)  # a Wednesday


def dates(
    text: str, published: date | datetime | None = PUBLISHED
) -> list[tuple[str, str | None, str]]:
    """(span text, value, resolution) of each date found, checking every offset."""
    found = find_dates(text, published)
    for ref in found:
        assert text[ref.start : ref.end] == ref.text
    assert [ref.start for ref in found] == sorted(ref.start for ref in found)
    return [(ref.text, ref.value, ref.resolution) for ref in found]


def test_empty_and_non_arabic_text() -> None:
    assert dates("") == []
    assert dates("The meeting was held on Tuesday.") == []


def test_day_month_year_in_words() -> None:
    assert dates("وصل الوفد إلى القاهرة في 3 سبتمبر 2025 لإجراء محادثات.") == [
        ("3 سبتمبر 2025", "2025-09-03", "day")
    ]


def test_arabic_indic_digits_and_levantine_month() -> None:
    assert dates("عُقدت الجلسة يوم ٣ أيلول ٢٠٢٥ في بيروت") == [("٣ أيلول ٢٠٢٥", "2025-09-03", "day")]


def test_absolute_dates_are_not_relative() -> None:
    assert [ref.relative for ref in find_dates("في 3 سبتمبر 2025", PUBLISHED)] == [False]


def test_numeric_day_first() -> None:
    assert dates("صدر القرار بتاريخ 03/09/2025 عن وزارة الداخلية") == [
        ("03/09/2025", "2025-09-03", "day")
    ]


def test_numeric_iso() -> None:
    assert dates("نشر التقرير في 2025-09-03 على موقع الوزارة") == [
        ("2025-09-03", "2025-09-03", "day")
    ]


def test_impossible_numeric_date_is_not_a_date() -> None:
    assert dates("رقم الملف 31/02/2025") == []


def test_ordinal_day() -> None:
    assert dates("تبدأ الدراسة في الثالث من سبتمبر 2025") == [
        ("الثالث من سبتمبر 2025", "2025-09-03", "day")
    ]


def test_month_and_year() -> None:
    assert dates("وقعت موسكو وبيونج في يونيو 2024 اتفاقية") == [("يونيو 2024", "2024-06", "month")]


def test_month_of_year_with_year_word() -> None:
    assert dates("انتهت الهدنة في مارس من عام 2023") == [("مارس من عام 2023", "2023-03", "month")]


def test_double_month_names_are_one_date() -> None:
    assert dates("في شباط/فبراير 2024 أعلنت الحكومة") == [("شباط/فبراير 2024", "2024-02", "month")]
    assert dates("في 12 فبراير (شباط) 2024 أعلنت") == [
        ("12 فبراير (شباط) 2024", "2024-02-12", "day")
    ]


def test_levantine_numbered_month() -> None:
    assert dates("جرت الانتخابات في 15 كانون 2 2024") == [("15 كانون 2 2024", "2024-01-15", "day")]
    assert dates("في تشرين الأول 2023 اندلعت الحرب") == [("تشرين الأول 2023", "2023-10", "month")]


def test_maghrebi_months() -> None:
    assert dates("أعلنت الوزارة في 5 جانفي 2024 عن الإجراءات") == [
        ("5 جانفي 2024", "2024-01-05", "day")
    ]
    assert dates("الانتخابات المقررة في جويلية 2023") == [("جويلية 2023", "2023-07", "month")]
    assert dates("وصل الرئيس في أفريل الماضي") == [("أفريل الماضي", "2025-04", "month")]


@pytest.mark.parametrize(
    ("spelling", "month"),
    [
        ("إبريل", "04"),
        ("يونيه", "06"),
        ("يوليه", "07"),
        ("اغسطس", "08"),
        ("ماي", "05"),
        ("أوت", "08"),
    ],
)
def test_month_spelling_variants(spelling: str, month: str) -> None:
    assert dates(f"في {spelling} 2022 تم الاتفاق") == [
        (f"{spelling} 2022", f"2022-{month}", "month")
    ]


def test_day_month_without_year_takes_the_year_from_publication() -> None:
    assert dates("التقى الوزيران في 3 يناير") == [("3 يناير", "2025-01-03", "day")]
    assert dates("تنطلق القمة في 20 سبتمبر") == [("20 سبتمبر", "2025-09-20", "day")]
    assert dates("جرى الاستفتاء في 20 ديسمبر") == [("20 ديسمبر", "2024-12-20", "day")]
    assert [ref.relative for ref in find_dates("في 3 يناير", PUBLISHED)] == [True]


def test_day_month_without_year_and_without_publication() -> None:
    assert dates("التقى الوزيران في 3 يناير", None) == [("3 يناير", None, "day")]


def test_bare_month_is_the_latest_on_or_before_publication() -> None:
    assert dates("اعترفت بيونغ يانغ علناً بإرسال قواتها إلى روسيا في أبريل") == [
        ("أبريل", "2025-04", "month")
    ]
    assert dates("بدأ العام الدراسي في سبتمبر") == [("سبتمبر", "2025-09", "month")]
    assert dates("زار الرئيس المدينة في أكتوبر") == [("أكتوبر", "2024-10", "month")]


def test_bare_month_past_and_next() -> None:
    assert dates("في سبتمبر الماضي، نقلت الوكالة") == [("سبتمبر الماضي", "2024-09", "month")]
    assert dates("ستعقد القمة في يونيو المقبل") == [("يونيو المقبل", "2026-06", "month")]


def test_bare_month_needs_a_context_word() -> None:
    assert dates("مارس الضغط على الحكومة لتغيير القرار") == []


def test_bare_month_with_shahr_and_position() -> None:
    assert dates("خلال شهر أغسطس شهدت المنطقة") == [("شهر أغسطس", "2025-08", "month")]
    assert dates("في أواخر يناير أعلن الجيش") == [("أواخر يناير", "2025-01", "month")]


def test_seed_last_june_with_and_without_publication() -> None:
    text = (SEEDS / "000_75b14adfd6e8883b.txt").read_text(encoding="utf-8")
    with_date = {t: v for t, v, _ in dates(text)}
    assert with_date["يونيو الماضي"] == "2025-06"
    assert with_date["بعد شهرين"] == "2025-11"
    assert with_date["الأسبوع الماضي"] == "2025-W35"
    assert {t for t, _, _ in dates(text)} >= {"أبريل", "أغسطس", "يناير"}
    assert all(value is None for _, value, _ in dates(text, None))


def test_seed_absolute_and_weekdays() -> None:
    text = (SEEDS / "002_811bdf774ddb3adb.txt").read_text(encoding="utf-8")
    found = dates(text)
    assert ("عام 2024", "2024", "year") in found
    assert ("يونيو 2024", "2024-06", "month") in found
    assert ("الثلاثاء", "2025-09-02", "day") in found
    assert ("الاثنين", "2025-09-01", "day") in found
    assert ("الأربعاء", "2025-09-03", "day") in found
    assert ("سبتمبر الماضي", "2024-09", "month") in found


def test_hijri_month_and_year() -> None:
    assert dates("بدأ الصيام في رمضان 1446 في السعودية") == [("رمضان 1446", "2025-03", "month")]


def test_hijri_day_with_mark() -> None:
    assert dates("صدر الأمر الملكي في 15 شعبان 1445 هـ") == [
        ("15 شعبان 1445 هـ", "2024-02-25", "day")
    ]


def test_hijri_year_alone() -> None:
    assert dates("ميزانية العام المالي 1446 هـ") == [("1446 هـ", "2024", "year")]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("صدر القرار يوم 3/10/1436 هـ بتعيينه", "3/10/1436 هـ"),
        ("صدر القرار بتاريخ 1436/10/3هـ بتعيينه", "1436/10/3هـ"),
        ("صدر القرار بتاريخ 3-10-1436 بتعيينه", "3-10-1436"),
    ],
)
def test_hijri_day_in_digits(text: str, span: str) -> None:
    """3 Shawwal 1436 is 19 July 2015: a year of 1300-1599 written in digits is Hijri."""
    assert dates(text) == [(span, "2015-07-19", "day")]


def test_day_in_digits_with_spaces_around_a_separator() -> None:
    assert dates("ابتداءً من 4 -11-1436 وحتى 9-11-1436هـ", None) == [
        ("4 -11-1436", "2015-08-19", "day"),
        ("9-11-1436هـ", "2015-08-24", "day"),
    ]


def test_impossible_hijri_day_in_digits_is_not_a_date() -> None:
    assert dates("رقم الملف 31/02/1436") == []


def test_gregorian_day_in_digits_with_its_era_mark() -> None:
    assert dates("الموافق 20/7/2015م") == [("20/7/2015م", "2015-07-20", "day")]


def test_old_hijri_year_is_a_date_without_a_value() -> None:
    """Outside the Umm al-Qura table, but still a year (not the count 857)."""
    assert dates("مصحف مخطوط في عام 857هـ") == [("857هـ", None, "year")]


def test_hijri_month_without_year() -> None:
    assert dates("ارتفعت الأسعار خلال شهر رمضان") == [("شهر رمضان", "2025-03", "month")]


def test_hijri_month_that_is_also_a_name_needs_shahr() -> None:
    assert dates("التقى الرئيس رجب طيب أردوغان في أنقرة") == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("قال الوزير اليوم إن المفاوضات مستمرة", "اليوم", "2025-09-03"),
        ("وأمس أعلنت الشرطة اعتقال المشتبه به", "أمس", "2025-09-02"),
        ("التقى الوفدان أول أمس في الدوحة", "أول أمس", "2025-09-01"),
        ("تُستأنف المحادثات غداً في جنيف", "غداً", "2025-09-04"),
        ("يصل الرئيس بعد غد إلى عمّان", "بعد غد", "2025-09-05"),
        ("أعلنت الحكومة اليوم الأربعاء خطة جديدة", "اليوم الأربعاء", "2025-09-03"),
    ],
)
def test_relative_days(text: str, span: str, value: str) -> None:
    assert dates(text) == [(span, value, "day")]


def test_today_as_the_day_is_not_a_date() -> None:
    assert dates("احتفلت المملكة باليوم الوطني، وفي ذلك اليوم خرج الآلاف") == []
    assert dates("يحتفل العالم اليوم العالمي للمرأة") == []


def test_ghada_as_verb_is_not_a_date() -> None:
    assert dates("غدا الوضع في المدينة أكثر تعقيدا") == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("بحسب ما أفادت، الثلاثاء، وكالة الأنباء", "الثلاثاء", "2025-09-02"),
        ("وعقد كيم اجتماعاً، الأربعاء، مع بوتين", "الأربعاء", "2025-09-03"),
        ("وصل الوفد يوم الثلاثاء إلى بغداد", "يوم الثلاثاء", "2025-09-02"),
        ("أعلن الجيش الأحد الماضي عن عملية", "الأحد الماضي", "2025-08-31"),
        ("وقال الأربعاء الماضي إن الاتفاق قريب", "الأربعاء الماضي", "2025-08-27"),
        ("يصوت البرلمان الخميس المقبل على القانون", "الخميس المقبل", "2025-09-04"),
        ("وتستمر المناورات حتى الجمعة، بحسب البحرية", "الجمعة", "2025-09-05"),
        ("ويستمر المعرض حتى الأربعاء", "الأربعاء", "2025-09-03"),
    ],
)
def test_weekdays(text: str, span: str, value: str) -> None:
    assert dates(text) == [(span, value, "day")]


def test_weekday_without_publication() -> None:
    assert dates("التقى الوزيران الخميس في جدة", None) == [("الخميس", None, "day")]


def test_al_ithnayn_as_the_two_is_not_a_date() -> None:
    assert dates("توترت العلاقات بين الاثنين بعد الحادثة") == []


@pytest.mark.parametrize(
    ("text", "span", "value", "resolution"),
    [
        ("في حدث خاص الأسبوع الماضي التقى كيم", "الأسبوع الماضي", "2025-W35", "week"),
        ("تبدأ المفاوضات الأسبوع المقبل", "الأسبوع المقبل", "2025-W37", "week"),
        ("زار الوزير الرياض هذا الأسبوع", "هذا الأسبوع", "2025-W36", "week"),
        ("ارتفعت الأسعار الشهر الماضي بنسبة 3%", "الشهر الماضي", "2025-08", "month"),
        ("أعلنت الحكومة مطلع الشهر الجاري خطة", "مطلع الشهر الجاري", "2025-09", "month"),
        ("تراجع النمو العام الماضي", "العام الماضي", "2024", "year"),
        ("تجرى الانتخابات العام المقبل", "العام المقبل", "2026", "year"),
        ("ارتفعت الصادرات خلال السنة الحالية", "السنة الحالية", "2025", "year"),
    ],
)
def test_periods(text: str, span: str, value: str, resolution: str) -> None:
    assert dates(text) == [(span, value, resolution)]


@pytest.mark.parametrize(
    ("text", "span", "value", "resolution"),
    [
        ("اختفى الصحفي قبل ثلاثة أيام", "قبل ثلاثة أيام", "2025-08-31", "day"),
        ("يعيش النازحون في المخيم منذ شهرين", "منذ شهرين", "2025-07", "month"),
        ("أعرب نواب سيول بعد شهرين عن تقدير", "بعد شهرين", "2025-11", "month"),
        ("أُعلن الاتفاق قبل أسبوع", "قبل أسبوع", "2025-W35", "week"),
        ("تأسست الشركة قبل 5 سنوات", "قبل 5 سنوات", "2020", "year"),
        ("عاد اللاجئون قبل أسبوعين", "قبل أسبوعين", "2025-W34", "week"),
        ("انتهت الحرب منذ عامين", "منذ عامين", "2023", "year"),
        ("توقف المصنع قبل نحو 11 شهرا", "قبل نحو 11 شهرا", "2024-10", "month"),
    ],
)
def test_offsets_from_publication(text: str, span: str, value: str, resolution: str) -> None:
    assert dates(text) == [(span, value, resolution)]


def test_offset_without_count_is_not_a_date() -> None:
    assert dates("وصلت التعزيزات منذ أيام") == []


def test_durations_and_plain_numbers_are_not_dates() -> None:
    assert dates("قتل نحو ألف مقاتل خلال ثلاثة أشهر فقط") == []
    assert dates("أرسلت بيونغ يانغ نحو 15 ألف عنصر إلى الجبهة") == []
    assert dates("تستمر الدورة التدريبية طوال الأسبوع") == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("أرسلت كوريا الشمالية في عام 2024 حوالي 14 ألف جندي", "عام 2024", "2024"),
        ("فاز الفريق بالبطولة سنة 2019", "سنة 2019", "2019"),
        ("شهد العام 2018 تراجعا", "العام 2018", "2018"),
        ("تعيش البلاد أزمة منذ عام 2010", "عام 2010", "2010"),
        ("تضاعف الإنتاج في 2024 مقارنة بالعام السابق", "2024", "2024"),
        ("انتهى المشروع في عام 2020م", "عام 2020م", "2020"),
    ],
)
def test_years(text: str, span: str, value: str) -> None:
    assert (span, value, "year") in dates(text)


def test_weekday_before_a_full_date_is_one_date() -> None:
    assert dates("الثلاثاء، 2 سبتمبر 2025 - أعلنت الوزارة") == [
        ("الثلاثاء، 2 سبتمبر 2025", "2025-09-02", "day")
    ]


def test_published_as_datetime() -> None:
    assert dates("وقال أمس إن", datetime(2025, 9, 3, 14, 30)) == [("أمس", "2025-09-02", "day")]


def test_offsets_with_diacritics_in_the_text() -> None:
    text = "وَصَلَ الوَفْدُ فِي ٣ سِبْتَمْبَر ٢٠٢٥ إلى عمّان"
    found = find_dates(text, PUBLISHED)
    assert [(ref.value, text[ref.start : ref.end] == ref.text) for ref in found] == [
        ("2025-09-03", True)
    ]
    assert found[0].text.startswith("٣")


def test_first_of_month_and_day_with_min() -> None:
    assert dates("رفعت الرسوم اعتبارا من أول يوليو/تموز 2018") == [
        ("أول يوليو/تموز 2018", "2018-07-01", "day")
    ]
    assert dates("بدأ التصعيد على درعا في 19 من حزيران/يونيو 2018") == [
        ("19 من حزيران/يونيو 2018", "2018-06-19", "day")
    ]


def test_day_of_current_or_last_month() -> None:
    assert dates("تعقد الجلسة يوم 15 الجاري في الدوحة") == [("15 الجاري", "2025-09-15", "day")]
    assert dates("وقع الهجوم في 20 من الشهر الماضي") == [
        ("20 من الشهر الماضي", "2025-08-20", "day")
    ]


def test_hours_are_not_a_day_of_last_month() -> None:
    assert dates("قتل 12 شخصا خلال الساعات الـ24 الماضية") == []


def test_month_after_a_month_and_month_ranges() -> None:
    assert dates("ارتفعت البطالة بين مايو ويوليو") == [
        ("مايو", "2025-05", "month"),
        ("يوليو", "2025-07", "month"),
    ]


def test_month_with_bi_position_and_yesterday_with_bi() -> None:
    assert dates("ينتهي وقف إطلاق النار بنهاية مارس") == [("بنهاية مارس", "2025-03", "month")]
    assert dates("وقال المتحدث بالأمس إن الحكومة لن تتراجع") == [("الأمس", "2025-09-02", "day")]


def test_theresa_may_is_not_a_month() -> None:
    assert dates("دعت رئيسة الوزراء تيريزا ماي إلى اجتماع عاجل") == []


def test_number_after_a_month_is_not_its_year() -> None:
    assert dates("بلغ العجز في فبراير من 56.6 مليار دولار") == [("فبراير", "2025-02", "month")]


def test_offset_from_an_event_has_no_value() -> None:
    assert dates("أعيد افتتاح الكاتدرائية بعد خمس سنوات من الحريق") == [
        ("بعد خمس سنوات", None, "year")
    ]
    assert dates("وحذر وزيران إسرائيليان من التحرك بعد أسبوع على قصف مطار التيفور") == [
        ("بعد أسبوع", None, "week")
    ]


def test_a_week_ago_on_a_place_is_still_a_week_ago() -> None:
    assert dates("شنت المقاتلات غارات قبل أسبوع على مديرية حيدان") == [
        ("قبل أسبوع", "2025-W35", "week")
    ]


def test_iso_date_with_slashes() -> None:
    assert dates("نشر البيان في 2025/09/03 على الموقع") == [("2025/09/03", "2025-09-03", "day")]


def test_month_ranges_with_min_and_ila() -> None:
    assert dates("توفي 40 شخصا خلال الفترة من مايو إلى سبتمبر") == [
        ("مايو", "2025-05", "month"),
        ("سبتمبر", "2025-09", "month"),
    ]
    assert dates("ولد في القدس من أب تشادي مسلم") == []


def test_offset_with_an_approximate_count() -> None:
    assert dates("تطالب المعارضة منذ أكثر من عامين برحيل الرئيس") == [
        ("منذ أكثر من عامين", "2023", "year")
    ]


def test_part_of_a_period_without_modifier_is_the_current_one() -> None:
    assert dates("ارتفعت الأسعار منذ بداية العام بنسبة 5%") == [("بداية العام", "2025", "year")]
    assert dates("وصل المفتشون إلى دمشق مطلع الأسبوع") == [("مطلع الأسبوع", "2025-W36", "week")]
    assert dates("قال الأمين العام للجامعة العربية إن") == []


def test_range_of_months_before_a_full_stop() -> None:
    assert dates("حققت الشركة أرباحا قياسية بين يناير ومارس.") == [
        ("يناير", "2025-01", "month"),
        ("مارس", "2025-03", "month"),
    ]


@pytest.mark.parametrize(
    ("text", "pinned"),
    [
        ("ففي يونيو الماضي وقّع بوتين وكيم اتفاقية", True),
        ("وقعت موسكو وبيونج في يونيو 2024 اتفاقية", True),
        ("أدين بإطلاق نار وقع في 15 آذار/مارس 2015 ببروكسل", True),
        ("يُفتتح المعرض في شهر مايو المقبل", True),
        ("وعدت بإرسال آلاف العمال بحسب تصريح في يونيو", False),  # the year is a guess
        ("أرسلت في عام 2024 حوالي 14 ألف جندي", False),  # no month
        ("التقى الوفدان الثلاثاء", False),
    ],
)
def test_a_month_is_pinned_only_where_the_text_fixes_its_year(text: str, pinned: bool) -> None:
    [found] = find_dates(text, date(2025, 9, 3))
    assert pins_month(found) is pinned


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("وبدأ المشروع في مطلع 2024 بتمويل حكومي.", "مطلع 2024", "2024"),
        ("ويتوقع أن ينتهي بنهاية 2026.", "بنهاية 2026", "2026"),
        ("وتراجعت الأسعار منذ منتصف 2021.", "منتصف 2021", "2021"),
        ("وكانت الاتفاقية قد وقعت في 2019.", "2019", "2019"),
    ],
)
def test_a_bare_year_after_a_trigger_or_a_position(text: str, span: str, value: str) -> None:
    assert dates(text) == [(span, value, "year")]


def test_a_year_right_after_another_and_wa_is_a_date_too() -> None:
    text = "وبين عامي 2011 و2015 قتل الآلاف، فيما قتل 2011 شخصا و2015 جريحا في عام آخر."
    years = [(d.text, d.value) for d in find_dates(text) if not d.relative]
    assert years == [("عامي 2011", "2011"), ("2015", "2015")]


@pytest.mark.parametrize("text", ["وقالت صحيفة المصري اليوم إن", "وقالت قناة روسيا اليوم إن"])
def test_the_today_of_a_paper_s_name_is_no_date(text: str) -> None:
    assert find_dates(text, datetime(2025, 3, 10)) == []


@pytest.mark.parametrize(
    "text", ["وصدر الحكم في القضية رقم 1245 لسنة 2024 جنايات", "بموجب القانون رقم 194 لسنة 2020"]
)
def test_the_year_of_a_numbered_case_or_law_is_no_date(text: str) -> None:
    assert find_dates(text, datetime(2025, 3, 10)) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("وقع الحادث مساء أمس السبت", "2025-03-08"), ("وقال اليوم الأحد إن", "2025-03-09")],
)
def test_the_weekday_named_wins_over_a_publication_stamp_of_another_time_zone(
    text: str, value: str
) -> None:
    # stamped Saturday 22:30 GMT, which is Sunday where the report was written
    [found] = find_dates(text, datetime(2025, 3, 8, 22, 30))
    assert found.value == value
