"""Datelines with bylines, and publishers' notices."""

from __future__ import annotations

import pytest

from khabar.text.datelines import is_byline, is_dateline, is_notice
from khabar.text.debris import find_debris


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("تونس/ عادل الثابتي/ الأناضول", True),
        ("إسطنبول/ الأناضول", True),
        ("دمشق - سانا", True),
        ("اللاذقية-سانا", True),
        ("بغداد - الجزيرة نت", True),
        ("الإسكندرية (أ ش أ)", True),
        ("«عكاظ» (الرياض)", True),
        ("دكا: «الشرق الأوسط»", True),
        ("بغداد: فاضل النشمي", True),  # a journalist: a known first name
        ("الجزائر ــ عثمان لحياني", True),
        ("مصر: محمد صلاح يقود ليفربول", False),
        ("لبنان: أزمة الحكومة", False),
        ("سوريا: مقتل 20 في غارة", False),
        ('بريطانيا: "جمعة الفرن"', False),
        ("وقالت الوزارة في بيان إن الحصيلة ارتفعت إلى 32 قتيلا.", False),
    ],
)
def test_a_place_with_who_filed_the_report_is_a_dateline(line: str, dateline: bool) -> None:
    assert is_dateline(line) is dateline


def test_a_publisher_s_notice_opens_with_its_words() -> None:
    assert is_notice(
        "الأخبار المنشورة على الموقع الإلكتروني لوكالة الأناضول، هي جزء مختصر من الأخبار التي "
        "تُقدَّم للمشتركين عبر نظام البث الإخباري (HAS)، ولقراءة النص الكامل يرجى التواصل معنا."
    )
    assert not is_notice("الأخبار الواردة من المدينة تشير إلى سقوط 20 قتيلا.")


def test_a_dateline_after_the_title_is_debris() -> None:
    text = (
        "تونس.. انتشال 27 جثة لمهاجرين غرق قاربهم قبالة صفاقس\n"
        "تونس/ عادل الثابتي/ الأناضول\n"
        "أعلن الحرس الوطني التونسي، الاثنين، انتشال 27 جثة لمهاجرين غير نظاميين وإنقاذ 83 "
        "آخرين، إثر غرق قارب كان يقلهم قبالة سواحل محافظة صفاقس."
    )
    assert [d.text for d in find_debris(text)] == ["تونس/ عادل الثابتي/ الأناضول"]


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("كتب أحمد شعبان", True),
        ("كتب - محمود رمضان:", True),
        ("بقلم: سامي كليب", True),
        ("كتب الرئيس على حسابه في منصة إكس أن 5 قتلوا.", False),
    ],
)
def test_who_wrote_the_report_is_a_byline(line: str, byline: bool) -> None:
    assert is_byline(line) is byline
