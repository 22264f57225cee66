"""Institutions named by their kind and what they do."""

from __future__ import annotations

import pytest

from khabar import analyze
from khabar.extract.institutions import find_institutions
from khabar.extract.known_names import find_known_names


def _names(text: str) -> list[str]:
    return [span.text for span in find_institutions(text, find_known_names(text))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("أعلنت وزارة الصحة والسكان المصرية مقتل 12 شخصا.", "وزارة الصحة والسكان المصرية"),
        ("وقالت وزارة الداخلية السعودية في بيان إنها ضبطت الشحنة.", "وزارة الداخلية السعودية"),
        ("وأمرت النيابة العامة بحبس المتهمين.", "النيابة العامة"),
        ("وقال الدفاع المدني إن فرقه انتشلت 5 جثث.", "الدفاع المدني"),
        (
            "وأعلنت المديرية العامة لمكافحة المخدرات ضبط الكمية.",
            "المديرية العامة لمكافحة المخدرات",
        ),
        ("وقالت هيئة الزكاة والضريبة والجمارك إن الشحنة ضبطت.", "هيئة الزكاة والضريبة والجمارك"),
        ("وقال مدير مديرية أمن الإسكندرية إن التحقيقات جارية.", "مديرية أمن الإسكندرية"),
        ("وأفادت المندوبية السامية للتخطيط بأن النمو تباطأ.", "المندوبية السامية للتخطيط"),
        ("وقال الهلال الأحمر الليبي إن 16 جثة انتشلت.", "الهلال الأحمر الليبي"),
        ("وأصدرت محكمة جنايات القاهرة حكمها.", "محكمة جنايات القاهرة"),
        ("وقالت الشرطة إن بلاغا وصل إلى شرطة دبي مساء أمس.", "شرطة دبي"),
        # any singular nisba describes it, and a ديوان is a body
        ("وقررت لجنة السياسة النقدية رفع الفائدة.", "لجنة السياسة النقدية"),
        ("وأعلنت وزارة الطاقة والثروة المعدنية الأسعار.", "وزارة الطاقة والثروة المعدنية"),
        ("وأعلن الديوان الوطني للأرصاد الجوية عن موجة حر.", "الديوان الوطني للأرصاد الجوية"),
        # a noun spelt like a nisba is its object
        ("وبدأت وزارة الدفاع العملية العسكرية.", "وزارة الدفاع"),
    ],
)
def test_an_institution_is_its_head_and_what_it_does(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # what it announced, a day, whom it told, another body: the name ends before them
        ("أعلنت وزارة الصحة الحصيلة النهائية الأحد.", ["وزارة الصحة"]),
        ("وقالت وزارة الصحة لوكالة الأنباء الألمانية إن الحصيلة ارتفعت.", ["وزارة الصحة"]),
        ("وقال مسؤول في وزارة الصحة للصحفيين إن الوضع صعب.", ["وزارة الصحة"]),
        ("وقالت وزارة الصحة والجيش إن 5 قتلوا.", ["وزارة الصحة"]),
        ("وقالت السلطة وتوفر الأمن للمواطنين.", []),
        # a minister's portfolio, a company's seat, a person: no institution
        ("وقال وزير الدفاع الإسرائيلي إن الجيش مستعد.", []),
        ("وقالت شركة مقرها لندن إن الأرباح تراجعت.", []),
        # a known name keeps its own: Hezbollah, the Israel Defense Forces
        ("وقال حزب الله اللبناني إن مقاتليه قتلوا.", []),
        ("وقالت قوات الجيش الإسرائيلي إنها قتلت 3 مسلحين.", []),
    ],
)
def test_an_institution_s_name_stops_where_another_word_begins(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_an_institution_is_an_org_entity_over_the_place_in_its_name() -> None:
    analysis = analyze("وقالت وزارة الداخلية السعودية إنها ضبطت 47 متهما.")
    assert [(m.text, m.type) for m in analysis.entities] == [("وزارة الداخلية السعودية", "ORG")]


def test_a_longer_institution_wins_over_a_known_name_inside_it() -> None:
    analysis = analyze("وقالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن 2450 شخصا قتلوا.")
    [mention] = analysis.entities
    assert mention.text == "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"


@pytest.mark.parametrize(
    "text",
    [
        "وتفشل كافة محاولات الدفاع الارجنتيني في صد الهجمات.",
        "ووقع الخلاف بين جهاز الاستخبارات الأميركي والمدير السابق.",
    ],
)
def test_a_team_s_defence_and_a_person_joined_by_wa_are_no_institution_s(text: str) -> None:
    assert all(" و" not in name and "الدفاع" not in name for name in _names(text))
