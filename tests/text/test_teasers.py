"""Tests of khabar.text.teasers: the leads of other stories that close a page."""

from __future__ import annotations

from khabar.text.debris import find_debris
from khabar.text.lines import split_lines
from khabar.text.teasers import find_teasers

# A CNN Arabic page of August 2018 as scraped: the article, then the openings of other
# stories of the day, one of them (the Turkish central bank) on the article's subject.
ARTICLE = [
    "ميركل: لا أحد لديه مصلحة في زعزعة استقرار الاقتصاد التركي",
    "دبي، الإمارات العربية المتحدة (CNN) -- قالت المستشارة الألمانية، أنجيلا ميركل، إن بلادها "
    "تريد أن يكون اقتصاد تركيا مستقرا ومزدهرا، مشيرة إلى أن زعزعة استقرار الاقتصاد التركي لا "
    "يصب في مصلحة أي طرف.",
    "ويعاني الاقتصاد التركي من انهيار الليرة أمام الدولار، بعدما فرضت الولايات المتحدة رسوما "
    "جمركية بنسبة 20% على واردات الألمنيوم و50% على الصلب.",
    "وتابعت ميركل قائلة إن رؤية تركيا مزدهرة اقتصاديا في مصلحة ألمانيا، مؤكدة أنها ستتحدث مع "
    "الرئيس التركي رجب طيب أردوغان بشأن الوضع الحالي.",
]
TEASERS = [
    'ظهر شعار "زوروا رواندا" لأول مرة على أقمصة لاعبي نادي أرسنال في مباراة مع نادي مانشستر '
    "سيتي في الدوري الإنجليزي الممتاز، إذ تحاول رواندا تشجيع السياحة.",
    "أصدر الشيخ خليفة بن زايد آل نهيان، رئيس دولة الإمارات العربية المتحدة، الإثنين، مرسوما "
    "بتعديل بعض مواد قانون مكافحة جرائم تقنية المعلومات، الصادر عام 2012.",
    "أعلن البنك المركزي التركي عن سلسلة تدابير، صباح الإثنين، بسبب الأزمة المالية الخانقة في "
    "البلاد.",
    "أكد مصدر مطلع في وزارة النفط الإيرانية، الإثنين، أن بلاده قررت منح خصومات لعملائها من "
    "مشتري النفط، مشيرا إلى أن هذا الإجراء يستند لعرف في السوق",
]


def teaser_texts(lines: list[str]) -> list[str]:
    found = split_lines("\n".join(lines))
    return [found[index].text for index in find_teasers(found, set())]


def test_the_leads_of_other_stories_closing_a_page_are_teasers() -> None:
    # From the first unrelated lead on; the last one cut short by the page.
    assert teaser_texts(ARTICLE + TEASERS) == TEASERS


def test_teasers_are_page_debris_and_their_figures_are_not_the_articles() -> None:
    text = "\n".join(ARTICLE + TEASERS)
    reasons = {item.text: item.reason for item in find_debris(text)}
    assert all(reasons.get(teaser) == "teaser of another story" for teaser in TEASERS)
    assert not any(line in reasons for line in ARTICLE[1:])


def test_closing_paragraphs_that_continue_the_article_are_kept() -> None:
    assert teaser_texts(ARTICLE) == []
    # Two leads off the subject are not enough: an article may end on an aside.
    assert teaser_texts(ARTICLE + TEASERS[:2]) == []


def test_a_closing_list_is_no_teasers() -> None:
    timeline = [
        "- 1956: شارك في حملة شقيقه التي انطلقت من المكسيك لشن تمرد في كوبا.",
        "- 1989: قام بدور النائب العام في محاكمة الجنرال أرنالدو أوشوا بطل حرب أنغولا.",
        "- 2013: أعيد انتخابه لولاية رئاسية أخيرة بعد تعديل الدستور في البلاد.",
    ]
    assert teaser_texts(ARTICLE + timeline) == []
