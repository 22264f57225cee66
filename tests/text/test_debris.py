"""Tests of khabar.text.debris: which whole lines of a scrape are page debris."""

from __future__ import annotations

import pytest

from khabar.text.debris import find_debris
from tests.text.seeds import expected, seed_text

TITLE = "الصحة المصرية تعلن تراجع الإصابات"
BODY = [
    "أعلنت وزارة الصحة المصرية، اليوم الأحد، تسجيل انخفاض ملحوظ في أعداد الإصابات الجديدة "
    "بالفيروس خلال الأسبوع الماضي مقارنة بالأسابيع السابقة.",
    "وقال المتحدث باسم الوزارة في مؤتمر صحفي إن الحكومة ستواصل حملات التطعيم في جميع المحافظات "
    "حتى نهاية العام الجاري، داعيا المواطنين إلى الالتزام بالإجراءات.",
    "وأضاف أن الوزارة رصدت ميزانية إضافية قدرها 2.5 مليار جنيه لدعم المستشفيات الحكومية وتوفير "
    "المستلزمات الطبية اللازمة في المناطق الريفية والنائية.",
]


def scrape(*lines: str, separator: str = "\n\n") -> str:
    return separator.join(lines)


def debris_texts(text: str) -> list[str]:
    return [item.text for item in find_debris(text)]


@pytest.mark.parametrize("name", expected()["articles"])
def test_seed_debris_is_exactly_the_expected_lines(name: str) -> None:
    text = seed_text(name)
    found = find_debris(text)
    wanted = expected()["boilerplate_lines"].get(name, [])
    assert len(found) == len(wanted)
    for item, line in zip(found, wanted, strict=True):
        assert line in item.text
        assert text[item.start : item.end] == item.text


def test_seed_000_read_also_line_starts_at_its_first_word() -> None:
    text = seed_text("000_75b14adfd6e8883b.txt")
    item = find_debris(text)[0]
    assert item.text.startswith("يقرأ\u00a0")
    assert "رئيس الوزراء الفرنسي بايرو" in item.text
    assert text[item.start - 1] == "\n" and text[item.end] == "\n"


def test_seed_000_last_line_without_newline_is_debris() -> None:
    text = seed_text("000_75b14adfd6e8883b.txt")
    assert not text.endswith("\n")
    assert find_debris(text)[-1].end == len(text)


def test_seed_002_subheadings_are_kept() -> None:
    found = " ".join(debris_texts(seed_text("002_811bdf774ddb3adb.txt")))
    for heading in expected()["headings"]["002_811bdf774ddb3adb.txt"]:
        assert heading not in found


def test_empty_text_has_no_debris() -> None:
    assert find_debris("") == []
    assert find_debris("\n\n  \n") == []


def test_text_of_only_debris_is_all_debris() -> None:
    lines = ["الرئيسية > أخبار > عربي", "شارك الخبر", "أضف تعليق", "جميع الحقوق محفوظة © 2025"]
    assert debris_texts("\n".join(lines)) == lines


def test_article_without_debris_keeps_every_line() -> None:
    assert find_debris(scrape(TITLE, *BODY)) == []


def test_top_breadcrumb_date_and_print_controls() -> None:
    top = ["الرئيسية » أخبار » مصر", "نشر في: 12/3/2024 - 10:30", "طباعة", "A A"]
    text = scrape(top[0], TITLE, *top[1:], *BODY, separator="\n")
    assert debris_texts(text) == top


def test_bottom_tags_follow_us_and_copyright() -> None:
    bottom = [
        "الكلمات المفتاحية: الصحة، مصر، كورونا",
        "تابعونا على فيسبوك وتويتر",
        "جميع الحقوق محفوظة © 2025 الخبر",
    ]
    assert debris_texts(scrape(TITLE, *BODY, *bottom)) == bottom


def test_trailing_titles_of_other_stories() -> None:
    related = [
        "مواضيع ذات صلة",
        "ترامب يلتقي ماكرون في باريس لبحث الملف النووي",
        "ارتفاع أسعار النفط بعد قرار أوبك",
    ]
    assert debris_texts(scrape(TITLE, *BODY, *related)) == related


def test_read_also_link_between_paragraphs() -> None:
    link = "اقرأ أيضاً: ترامب يلتقي ماكرون في باريس لبحث الملف النووي"
    assert debris_texts(scrape(TITLE, BODY[0], link, *BODY[1:])) == [link]


def test_a_read_also_label_on_its_own_line_and_the_titles_after_it() -> None:
    """The label alone scored 0.32 and the first title 0.38: the model learnt the label
    with its title on one line."""
    listed = [
        "اقرأ أيضاً:",
        "وزير الخارجية يبحث مع نظيره الفرنسي تطورات المنطقة",
        "ارتفاع أسعار النفط بنسبة 2% مع تراجع المخزونات",
    ]
    assert debris_texts(scrape(TITLE, BODY[0], *listed, *BODY[1:])) == listed


def test_a_short_heading_after_a_list_of_titles_is_kept() -> None:
    # BBC Arabic: a read-also list, then the article's sub-heading.
    listed = ["اقرأ أيضاً:", "واشنطن ستفرض عقوبات جديدة على طهران بعد الانسحاب من الاتفاق"]
    text = scrape(TITLE, BODY[0], *listed, "بيانات فيسبوك طالت", *BODY[1:])
    assert debris_texts(text) == listed


def test_subheading_inside_body_is_kept() -> None:
    assert find_debris(scrape(TITLE, BODY[0], "حملات التطعيم", *BODY[1:])) == []


def test_a_list_in_the_body_and_the_sentence_after_it_are_kept() -> None:
    listed = [
        "وينصح الخبراء الزوار بما يلي:",
        "- اذهب في جولات سيرًا على الأقدام في المدينة القديمة",
        "- زر المتاحف الوطنية في أيام الجمعة",
        "وقال وزير السياحة إن عدد الزوار بلغ 3 ملايين زائر العام الماضي.",
    ]
    bottom = ["اقرأ أيضاً: السياحة في الصيف", "• ارتفاع أسعار النفط بعد قرار أوبك", "شاركها"]
    assert debris_texts(scrape(TITLE, *BODY[:2], *listed, *bottom, separator="\n")) == bottom


# An ANT article (Sky News Arabia, 10 March 2018) whose closing quotation the model
# scores as the title of another story.
QUEBEC = [
    "تعتزم حكومة مقاطعة كيبيك شرقي كندا إنشاء منظمة دولية جديدة، مقرها مونتريال، بهدف تعزيز "
    "الأبحاث في مجال الذكاء الصناعي، وفق ما ذكرت وسائل إعلام كندية محلية.",
    "وجاء الإعلان على لسان رئيس وزراء حكومة المقاطعة فيليب كويا، الجمعة، حيث التقى مجموعة من "
    "المختصين الفرنسيين في القطاع الرقمي.",
    'وقال كويار: "سنقترح إنشاء منظمة دولية في جميع أنحاء العالم، تعمل في مجال الذكاء الاصطناعي".',
    'وأضاف: "تستضيف مونتريال العديد من المنظمات الدولية، وهي تعد ثالث أكبر مدينة بعد واشنطن '
    'ونيويورك من حيث عدد المنظمات الدولية".',
    "وأشار رئيس الوزراء إلى أنه سيتم توفير التمويل لهذه المنظمة الدولية الجديدة من الميزانية "
    "المقبلة لوزير المالية كارلوس ليتا، مؤكدا عدم وجود تمويل مشترك مع فرنسا إلى الآن.",
    'وقال: "سنقوم بالخطوة الأولى، وكيبيك لم تطلب الدعم المالي من أوتاوا أيضا".',
]


def test_a_closing_sentence_of_the_article_is_kept() -> None:
    assert find_debris("\n".join(QUEBEC)) == []


def test_a_closing_sentence_after_debris_is_debris() -> None:
    bottom = ["اقرأ أيضاً: السياحة في الصيف", QUEBEC[-1]]
    assert debris_texts(scrape(*QUEBEC[:-1], *bottom, separator="\n")) == bottom


def test_body_sentence_opening_with_a_debris_word_is_kept() -> None:
    sentence = (
        "شارك وزير الخارجية المصري في اجتماع وزراء الخارجية العرب الذي عقد في القاهرة اليوم "
        "لبحث تطورات الأوضاع في المنطقة."
    )
    assert find_debris(scrape(TITLE, sentence, *BODY[1:])) == []


def test_windows_line_ends_stay_out_of_the_span() -> None:
    text = scrape(TITLE, *BODY, "أضف تعليق", "", separator="\r\n")
    (item,) = find_debris(text)
    assert item.text == "أضف تعليق"
    assert text[item.start : item.end] == item.text


def test_an_app_notice_a_lone_label_and_a_tag_line_go_and_the_body_between_stays() -> None:
    lines = [
        "أعلن الدفاع المدني السعودي مصرع 11 معتمرا وإصابة 20 آخرين في انقلاب حافلة "
        "على طريق الهجرة قرب المدينة المنورة فجر اليوم.",
        "إعلان",
        "وقال المتحدث باسم الدفاع المدني إن الحافلة كانت تقل 45 راكبا من جنسيات مختلفة.",
        "لمتابعة آخر الأخبار اشترك في قناتنا على واتساب",
        "وأضاف أن فرق الإسعاف نقلت المصابين إلى مستشفى الملك فهد.",
        "#حادث_طريق_الهجرة #المدينة_المنورة #معتمرين",
    ]
    found = [d.text for d in find_debris("\n".join(lines))]
    assert found == [lines[1], lines[3], lines[5]]
