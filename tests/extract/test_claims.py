"""Attributed claims on real and real-style Arabic news sentences."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from khabar import analyze
from khabar.extract.claims import (
    changed_from,
    counts_a_part,
    counts_among,
    counts_earlier_toll,
    counts_new_ones,
    counts_out_of,
    counts_since_start,
    earlier_event,
    forecast_of,
    rate_of,
    singular_noun,
)
from khabar.extract.lexicon import folded_phrases
from khabar.model import Analysis, Claim
from khabar.text.normalize import fold
from tests.shared_data import SEEDS


def _claims(text: str, published: datetime | None = None) -> tuple[Analysis, list[Claim]]:
    analysis = analyze(text, published)
    return analysis, analysis.claims


def _figure(analysis: Analysis, claim: Claim) -> str:
    return analysis.quantities[claim.quantity].text


def _cited(claim: Claim) -> str | None:
    return claim.cited.text if claim.cited else None


def _same_source(expected: str, found: str | None) -> bool:
    """One source names the other: "لمصادر من كوريا" and "مصادر من كوريا الجنوبية" agree."""
    if found is None:
        return False
    a, b = fold(expected).removeprefix("ل"), fold(found).removeprefix("ل")
    return a in b or b in a


@pytest.mark.parametrize("name", ["000_75b14adfd6e8883b.txt", "002_811bdf774ddb3adb.txt"])
def test_seed_claims_have_value_qualifier_topic_and_source(name: str) -> None:
    expected = json.loads((SEEDS / "expected.json").read_text(encoding="utf-8"))
    text = (SEEDS / name).read_text(encoding="utf-8")
    analysis, claims = _claims(text)
    wanted = [c for c in expected["claims"] if c["article"] == name]
    for gold in wanted:
        evidence_at = text.index(gold["evidence"])
        matches = [
            c
            for c in claims
            if analysis.quantities[c.quantity].start <= evidence_at + len(gold["evidence"])
            and analysis.quantities[c.quantity].end >= evidence_at
        ]
        assert matches, gold["id"]
        claim = matches[0]
        quantity = analysis.quantities[claim.quantity]
        assert quantity.value == gold["value"], gold["id"]
        assert quantity.qualifier == gold["qualifier"].removesuffix("_thousands"), gold["id"]
        assert claim.topic == gold["topic"], gold["id"]
        assert _same_source(gold["cited"], _cited(claim)), (gold["id"], _cited(claim))
    assert len(claims) == len(wanted)


def test_nothing_is_claimed_from_removed_debris() -> None:
    text = "قتل 12 شخصاً في انفجار، بحسب الشرطة.\nاقرأ أيضاً: مقتل 40 شخصاً في فيضانات\nأضف تعليق"
    analysis, claims = _claims(text)
    debris = [(d.start, d.end) for d in analysis.debris]
    assert debris
    for claim in claims:
        quantity = analysis.quantities[claim.quantity]
        assert not any(start <= quantity.start < end for start, end in debris)


def test_relayed_source_is_cited_via_the_relay() -> None:
    text = (
        "ونقلت وكالة الأنباء المركزية الكورية عن الزعيم كيم جونغ أون قوله إن "
        "نحو 3 آلاف جندي سيعودون إلى البلاد."
    )
    _analysis, claims = _claims(text)
    assert len(claims) == 1
    assert _cited(claims[0]) == "الزعيم كيم جونغ أون"
    assert claims[0].via is not None
    assert claims[0].via.text == "وكالة الأنباء المركزية الكورية"


def test_an_acronym_in_brackets_may_stand_between_the_relay_and_the_relayed() -> None:
    text = (
        "ونقلت وكالة الأنباء الفلسطينية (وفا) عن نادي الأسير الفلسطيني قوله إن "
        "إسرائيل أفرجت عن 1966 أسيرا."
    )
    [claim] = _claims(text)[1]
    assert (_cited(claim), claim.via and claim.via.text) == (
        "نادي الأسير الفلسطيني",
        "وكالة الأنباء الفلسطينية",
    )


def test_a_quoted_word_after_the_speaker_is_whom_he_spoke_to_not_an_aside() -> None:
    text = 'وقال وزير الصحة اللبناني "للجزيرة" عن حصيلة الغارات إن 30 شخصا قتلوا.'
    [claim] = _claims(text)[1]
    assert (_cited(claim), claim.via) == ("وزير الصحة اللبناني", None)


def test_a_relay_verb_with_its_object_pronoun_is_no_part_of_the_relay() -> None:
    _analysis, claims = _claims("وأصيب 30 آخرون، وفقا لما نقلته قناة الجزيرة عن مصادر طبية.")
    assert [(_cited(c), c.via.text if c.via else None) for c in claims] == [
        ("مصادر طبية", "قناة الجزيرة")
    ]


@pytest.mark.parametrize(
    ("text", "cited", "via"),
    [
        (
            "ذكرت صحيفة نيويورك تايمز نقلا عن مسؤولين أمريكيين أن إيران أطلقت أكثر من 300 صاروخ.",
            "مسؤولين أمريكيين",
            "صحيفة نيويورك تايمز",
        ),
        (
            "من جهتها، ذكرت صحيفة هآرتس، نقلاً عن الجيش، أن أربعة فلسطينيين اقتربوا من السياج.",
            "الجيش",
            "صحيفة هآرتس",
        ),
        (
            "لقي 37 شخصا مصرعهم في حريق، كما أفادت وكالة الأنباء الروسية نقلا عن مصدر أمني.",
            "مصدر أمني",
            "وكالة الأنباء الروسية",
        ),
        ("قتل 14 شخصا في الهجوم، نقلا عن مصادر طبية.", "مصادر طبية", None),
    ],
)
def test_a_source_quoting_another_with_naqlan_an_relays_it(
    text: str, cited: str, via: str | None
) -> None:
    _analysis, claims = _claims(text)
    assert [(_cited(c), c.via.text if c.via else None) for c in claims] == [(cited, via)]


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        # ANT sentences whose topics were the counted noun or the next clause's
        ("قتل مشتبه به انتحاري 26 شخصاً وأصاب 18 آخرين في كابول.", ["killed", "injured"]),
        ("أودت بحياة 39 شخصا وإصابة 600 آخرين بين الجماهير.", ["killed", "injured"]),
        ("وأكدت الوكالة أن 19 شخصا تم توقيفهم بينهم مرشح من الحزب.", ["arrested"]),
        ("أعلنت الوزارة أن فلسطينيين اثنين قضيا بعد أيام من إطلاق النار عليهما.", ["killed"]),
        ("وبحسب الصحيفة، فإن ثلاثة أشخاص نجوا وهم في حالة خطيرة.", ["survivors"]),
        ("حيث قمع آلاف المدنيين وقتلوا أو أرغموا على الفرار.", ["killed"]),
        ("وذكرت اللجنة أن نسبة المشاركة الرسمية بلغت 67 في المئة.", ["turnout"]),
        ("إن ما لا يقل عن 53 شخصا لاقوا حتفهم وفقد 16 آخرون في الحريق.", ["killed", "missing"]),
        ("فقد قال الوزير إن 20 شخصا قتلوا في الحريق.", ["killed"]),
        ("وقالت الوكالة إن الشرطة اعتقلت 22 متظاهرا في إسطنبول.", ["arrested"]),
        ("خرج نحو 20 ألف متظاهر في العاصمة.", ["protesters"]),
        ("قتل 3 صيادين في قصف على القارب.", ["killed"]),
        # present tense, and bodies: one site's or one hospital's count, not the toll
        ("زلزال بقوة 6.8 درجات يضرب المغرب ويقتل أكثر من ألفي شخص", ["magnitude", "killed"]),
        ("ليسقط الحاجز ويلقى 39 مشجعا حتفهم، ويصاب 600 آخر.", ["killed", "injured"]),
        ("وغرق 30 مهاجرا قبالة سواحل ليبيا.", ["killed"]),
        # what befell the displaced, not that they are displaced; their return
        ("وأفادت مصادر طبية بمقتل 12 نازحا في قصف استهدف مخيم زمزم.", ["killed"]),
        ("وغرق 40 لاجئا قبالة سواحل ليبيا.", ["killed"]),
        ("وفر 300 ألف نازح من الفاشر بعد مقتل العشرات.", ["displaced", "killed"]),
        ("وقالت الأمم المتحدة إن 900 ألف نازح عادوا إلى منازلهم.", ["returned"]),
        ("وسجلت المفوضية عودة 1.2 مليون لاجئ سوري منذ سقوط النظام.", ["returned"]),
        ("وتشهد غزة مسيرات العودة التي يشارك فيها آلاف الفلسطينيين.", ["الفلسطينيين"]),
        # "فقدوا" right after the people counted: went missing, unless it takes an object
        ("وقالت المنظمة إن 45 مهاجرا فُقدوا بعد غرق القارب.", ["missing"]),
        ("وقال إن 17 شخصا فقدوا حياتهم جراء السيول.", ["killed"]),
        ("وقال إن 200 شخص فقدوا منازلهم جراء السيول.", ["شخص"]),
        ("قتلت القوات عشرات المحتجين الفلسطينيين على الحدود.", ["killed"]),
        ("توفي شاب متأثرا بإصابته جراء إطلاق النار على آلاف المحتجين.", ["protesters"]),
        ("قضت المحكمة بإعدام 20 متهما وبراءة 21 آخرين.", ["sentenced", "acquitted"]),
        (
            "وتمكنت وحدات الحرس البحري من إنقاذ 68 شخصا، وكان على متن المركب نحو 180 مهاجرا.",
            ["rescued", "passengers"],
        ),
        ("وقال إن ما لا يقل عن 20 شخصا قتلوا.", ["killed"]),
        ("قال مسؤول إن الهجوم أدى إلى مقتل 30 وأصيب 50 آخرون.", ["killed", "injured"]),
        # hostages, and their deaths, remains and rescue; a plural in its construct form
        ("أطلقت حماس سراح آخر 20 رهينة على قيد الحياة.", ["hostages"]),
        ("وقال الجيش إن حماس لا تزال تحتجز رفات 28 رهينة.", ["bodies"]),
        ("وقتل 3 رهائن في القصف، وتمكنت القوات من إنقاذ 4 رهائن.", ["killed", "rescued"]),
        ("وأفرجت إسرائيل عن 1716 من معتقلي غزة.", ["arrested"]),
        # a fire: the area it burnt, and the people (not the villages) evacuated
        (
            "أتت الحرائق على 15 ألف هكتار، وأجبرت السلطات على إجلاء 3500 من السكان.",
            ["area", "evacuated"],
        ),
        ("وجرى إجلاء 4 آلاف شخص من 12 قرية و4 بلدات.", ["evacuated", "قريه", "بلده"]),
        ("وتبلغ مساحة المخطط 291 دونما، وتضم 50 فدانا من الأراضي الزراعية.", ["area", "area"]),
        ("وأفادت مصادر دبلوماسية بأن عدد المتوفين المصريين تجاوز 600.", ["killed"]),
        ("وصعد برنت 1.5 بالمئة إلى 93.2 دولار.", ["price", "price"]),
        # a change from one figure to another: both of one topic
        ("وقال إن قيمة اللاعب ارتفعت من 74.7 مليون يورو إلى 162.8 مليون يورو.", ["value"] * 2),
        # a court's fine, a company's layoffs
        ("قضت المحكمة بسجن المتهم 10 سنوات وتغريمه مليون جنيه.", ["fine"]),
        ("وقالت الشركة إنها ستسرح 12 ألف موظف.", ["layoffs"]),
        # a state budget: its spending, growth and debt
        ("أعلنت الوزارة الميزانية بإجمالي نفقات تبلغ نحو 1.31 تريليون ريال.", ["spending"]),
        ("وتتوقع الوزارة أن ينمو الناتج المحلي الإجمالي الحقيقي 4.4% في 2026.", ["growth"]),
        ("وقال الوزير إن الديون الحكومية ستبلغ نحو 1.46 تريليون ريال.", ["debt"]),
        ("وقال الوزير إن الدين العام سيبلغ نحو 1.46 تريليون ريال.", ["debt"]),
        ("وقال الوزير نور الدين بدوي إن كلفة المشروع بلغت 27 مليون دولار.", ["cost"]),
        ("وقدمت الحركة مساعدات لتسعة عشر امرأة، و600 شاحنة مساعدات.", ["امراه", "aid"]),
        ("يسعى مؤتمر المانحين في جنيف إلى جمع أربعة مليارات دولار لليمن.", ["aid"]),
        ("وقال مسعف إنهم نقلوا 18 جثة و20 مصابا إلى المستشفى.", ["bodies", "injured"]),
        ("وأضاف أن فرق البحث انتشلت نحو ألف جثة خلال الساعات الماضية.", ["bodies"]),
        # losses are of money, not of goals; a battery's capacity
        ("بلغت خسائر الشركة 3 مليارات دولار العام الماضي.", ["losses"]),
        ("وتابع ميسي خسارة فريقه بستة أهداف لهدف في مباراة ودية.", ["اهداف"]),
        ("وتبلغ سعة البطارية 4000 مللي أمبير.", ["capacity"]),
        # a noun with its possessor before a definite figure
        ("وأن جميع ركابها الـ65 وأفراد طاقمها الستة لقوا حتفهم.", ["passengers"]),
        # an outbreak: cases, and the deaths among them; another figure's noun is its own
        ("الكوليرا في اليمن: 2500 وفاة ومليون حالة اشتباه", ["killed", "cases"]),
        ("وفيات الكوليرا ترتفع إلى 2248 والإصابات تقترب من المليون", ["killed", "cases"]),
        (
            "أعلنت المنظمة أن عدد الوفيات الناجمة عن وباء الكوليرا في اليمن ارتفع إلى 2248 "
            "حالة، فيما بلغ عدد حالات الاشتباه 983 ألفا و425 حالة.",
            ["killed", "cases"],
        ),
        (
            "وقالت إن عدد حالات الاشتباه بالإصابة بالكوليرا تجاوز مليون حالة.",
            ["cases"],
        ),
        # a deal and pay; a sum takes the topic of sums further back in its clause
        ("ووقع عقدا يتقاضى بموجبه راتبا سنويا يبلغ 100 مليون يورو.", ["salary"]),
        (
            "أكمل نادي الهلال صفقة ضم النجم البرازيلي نيمار من باريس سان جرمان مقابل نحو "
            "100 مليون يورو.",
            ["deal"],
        ),
        # economic figures: the telling word before a generic price or value
        (
            "تراجع معدل التضخم السنوي لأسعار المستهلكين في المدن المصرية إلى 33.3 بالمئة.",
            ["inflation"],
        ),
        ("ورفع البنك المركزي أسعار الفائدة بمقدار 600 نقطة أساس.", ["interest_rate"]),
        ("وسمح للجنيه بالانخفاض إلى نحو 50 جنيها للدولار.", ["exchange_rate"]),
        ("واتفقت مع الصندوق على زيادة قيمة برنامج القرض إلى 8 مليارات دولار.", ["loan"]),
        ("واعتمدت الموازنة على سعر بيع النفط بـ 46 دولاراً للبرميل.", ["price"]),
        ("إذ ستبلغ فائدة ليفربول من بيعه 113 مليون يورو.", ["money"]),
        ("وخرقت الشركة بيانات 50 مليون مستخدم.", ["مستخدم"]),
        ("وقالت إن قوات الدول المشاركة، وعددها أربع دول، وصلت.", ["دول"]),
        (
            "كما احتجزت السلطات أكثر من 1870 شخصا لما يزيد عن عام، و251 شخصا لأكثر من ثلاثة أعوام.",
            ["arrested", "arrested"],
        ),
    ],
)
def test_the_topic_is_what_befell_the_counted(text: str, topics: list[str]) -> None:
    _analysis, claims = _claims(text)
    assert [c.topic for c in claims] == topics


def test_a_share_of_the_vote_is_the_candidate_s() -> None:
    text = (
        "أعلنت اللجنة فوز الرئيس رجب طيب أردوغان بعد حصوله على 52.5 في المئة من الأصوات. "
        "وحصل مرشح المعارضة محرم إنجه على 30.7 في المئة من الأصوات."
    )
    analysis, claims = _claims(text)
    ince = next(m.canonical for m in analysis.entities if m.text == "محرم إنجه")
    assert [(c.topic, c.subject) for c in claims] == [
        ("votes", "Recep Tayyip Erdogan"),
        ("votes", ince),
    ]


def test_a_measure_in_capitals_is_no_sum_of_money() -> None:
    _analysis, claims = _claims("وقالت الوزارة إن قدرة المحطة تبلغ 1500 ميغاواط.")
    assert [c.topic for c in claims] != ["money"]
    _analysis, claims = _claims("وقالت الوزارة إن كلفة المحطة تبلغ 1500 دينار.")
    assert [c.topic for c in claims] == ["cost"]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "وقال ماسيمو بوساكا المسؤول عن التحكيم في فيفا: بعد 48 مباراة لم تقع فضيحة واحدة.",
            "ماسيمو بوساكا المسؤول عن التحكيم",
        ),
        (
            "وهذه أول مرة تعلن فيها الحكومة أنها تجري محادثات بعد سقوط عشرات الآلاف من القتلى.",
            "الحكومة",
        ),
    ],
)
def test_a_post_s_an_and_a_verb_s_fiha_are_no_relay_nor_source(text: str, cited: str) -> None:
    _analysis, claims = _claims(text)
    assert [_cited(c) for c in claims] == [cited]


def test_what_is_estimated_at_a_figure_is_no_source() -> None:
    text = "من جهته، أشار رئيس البلدية إلى أن الأضرار تقدر بـ 3 ملايين دولار."
    _analysis, claims = _claims(text)
    assert [_cited(c) for c in claims] == ["رئيس البلدية"]
    _analysis, claims = _claims("الخسائر تقدر بنحو 2 مليار دولار، بحسب غرفة التجارة.")
    assert [_cited(c) for c in claims] == ["غرفة التجارة"]


def test_who_speaks_of_a_figure_is_its_source() -> None:
    text = "وأشارت مصادر محلية إلى سقوط 7 قتلى، فيما تحدثت وسائل إعلام رسمية عن 5 قتلى فقط."
    _analysis, claims = _claims(text)
    assert [_cited(c) for c in claims] == ["مصادر محلية", "وسائل إعلام رسمية"]
    _analysis, claims = _claims("وتحدثت الأمم المتحدة عن خروج 45 ألفا من الغوطة.")
    assert [(_cited(c), c.via) for c in claims] == [("الأمم المتحدة", None)]


def test_a_verb_joined_by_wa_after_a_figure_opens_a_clause_of_its_own() -> None:
    text = "قتل 20 شخصا في انفجار سيارة مفخخة، وقال الجيش إنه فتح تحقيقا."
    assert [_cited(c) for c in _claims(text)[1]] == [None]
    text = "قتل 20 شخصا في انفجار سيارة مفخخة، قال مسؤول أمني."
    assert [_cited(c) for c in _claims(text)[1]] == ["مسؤول أمني"]


def test_a_source_named_by_an_entity_ends_before_what_it_reports() -> None:
    text = "وأعلن تنظيم داعش مسؤوليته عن التفجير، وقال إن 20 من عناصر الأمن قتلوا فيه."
    assert [_cited(c) for c in _claims(text)[1]] == ["تنظيم داعش"]


def test_each_name_of_a_list_without_its_verb_gives_its_own_figure() -> None:
    text = "وأعلن الأردن وفاة 99 حاجا، وإندونيسيا 199، والهند 98."
    assert [_cited(c) for c in _claims(text)[1]] == ["الأردن", "إندونيسيا", "الهند"]
    text = "قالت الشرطة إن 20 شخصا قتلوا، وأصيب 30 آخرون."
    assert [_cited(c) for c in _claims(text)[1]] == ["الشرطة", "الشرطة"]


def test_a_denied_figure_is_not_the_denier_s() -> None:
    text = "ونفت وزارة الدفاع الروسية سقوط 30 قتيلا، مؤكدة أن الحصيلة لم تتجاوز 4."
    assert [_cited(c) for c in _claims(text)[1]] == [None, "وزارة الدفاع الروسية"]


def test_an_anonymous_source_ends_before_why_it_is_unnamed() -> None:
    text = "وصرح مسؤول عسكري طلب عدم الكشف عن هويته بأن 4 طائرات مسيرة أسقطت."
    assert [(_cited(c), c.via) for c in _claims(text)[1]] == [("مسؤول عسكري", None)]
    text = "ونقلت الصحيفة عن مسؤولين أميركيين لم تسمهم أن إسرائيل أطلقت نحو 200 صاروخ."
    assert [_cited(c) for c in _claims(text)[1]] == ["مسؤولين أميركيين"]


def test_how_many_spoke_opens_the_source_and_is_no_claim() -> None:
    text = "وقال ثلاثة مسؤولين أمريكيين إن 20 شخصا قتلوا."
    assert [(c.topic, _cited(c)) for c in _claims(text)[1]] == [
        ("killed", "ثلاثة مسؤولين أمريكيين")
    ]
    text = "ونقلت وكالة رويترز عن ثلاثة مصادر أن قيمة الصفقة تبلغ 10 مليارات دولار."
    assert [_cited(c) for c in _claims(text)[1]] == ["ثلاثة مصادر"]
    text = "وقال 20 شخصا إنهم أصيبوا."
    assert [(c.topic, _cited(c)) for c in _claims(text)[1]] == [("injured", None)]


def test_who_writes_or_tweets_a_figure_is_its_source() -> None:
    text = "وكتب الرئيس على حسابه في منصة إكس أن بلاده استقبلت 50 ألف لاجئ."
    assert [_cited(c) for c in _claims(text)[1]] == ["الرئيس"]
    text = "وغرد الوزير قائلا إن 20 شخصا قتلوا."
    assert [_cited(c) for c in _claims(text)[1]] == ["الوزير"]
    assert [_cited(c) for c in _claims("وأصدر الكاتب 3 كتب عن الحرب.")[1]] == [None]


def test_a_source_ends_before_when_it_spoke() -> None:
    text = "وقالت المجموعة عقب اجتماعها في فيينا إنها ستخفض الإنتاج مليوني برميل يوميا."
    assert [_cited(c) for c in _claims(text)[1]] == ["المجموعة"]


def test_a_source_ends_before_what_it_announces_in_the_accusative() -> None:
    text = "وأعلنت الشركة أرباحا صافية بلغت 3.2 مليار ريال في الربع الثالث."
    assert [_cited(c) for c in _claims(text)[1]] == ["الشركة"]


def test_an_impersonal_verb_after_a_marker_keeps_the_marker_s_source() -> None:
    text = "وبحسب بيان الميزانية الصادر عن وزارة المالية، يتوقع أن يبلغ العجز نحو 3.3 بالمئة."
    assert [_cited(c) for c in _claims(text)[1]] == ["وزارة المالية"]


def test_a_relative_clause_s_verb_of_saying_takes_its_subject_from_before_it() -> None:
    text = "كشفت السعودية عن ميزانيتها التي تتوقع فيها إيرادات بنحو 1.15 تريليون ريال."
    assert [_cited(c) for c in _claims(text)[1]] == ["السعودية"]
    text = "وفي الوقت الذي أكدت فيه قطر أن 10 أشخاص اعتقلوا، نفت السعودية ذلك."
    assert [_cited(c) for c in _claims(text)[1]] == ["قطر"]


def test_who_reveals_or_announces_a_figure_is_its_source() -> None:
    text = "كشف تقرير لمنظمة العفو الدولية عن إعدام 1153 شخصا في إيران العام الماضي."
    _analysis, claims = _claims(text)
    assert [(_cited(c), c.via) for c in claims] == [("تقرير لمنظمة العفو الدولية", None)]
    text = "وأعلن الجيش عن تدمير 15 دبابة، ونقلت الوكالة عن مسؤول أن 3 جنود قتلوا."
    _analysis, claims = _claims(text)
    assert [_cited(c) for c in claims] == ["الجيش", "مسؤول"]


def test_a_continuing_sentence_takes_the_speaker_not_a_subject_in_what_he_said() -> None:
    text = (
        "وقال نصر الله في خطاب تلفزيوني إن الهجوم الصاروخي أظهر أن سوريا مستعدة للرد. "
        'وأضاف: "تم إطلاق 55 صاروخا على مواقع الاحتلال في الجولان".'
    )
    assert [_cited(c) for c in _claims(text)[1]] == ["نصر الله"]


def test_source_carries_over_into_a_continuing_sentence() -> None:
    text = (
        "قال المرصد السوري لحقوق الإنسان إن 20 مدنياً قتلوا في الغارات. "
        "وأضاف أن 50 آخرين أصيبوا بجروح."
    )
    _analysis, claims = _claims(text)
    assert [_cited(c) for c in claims] == ["المرصد السوري لحقوق الإنسان"] * 2
    assert [c.topic for c in claims] == ["killed", "injured"]


def test_a_new_sentence_without_a_report_does_not_inherit() -> None:
    text = (
        "قال المرصد السوري لحقوق الإنسان إن 20 مدنياً قتلوا في الغارات. "
        "وتضم المدينة نحو 400 ألف نسمة."
    )
    _, claims = _claims(text)
    assert _cited(claims[-1]) is None


def test_source_phrase_after_the_figure() -> None:
    text = "ارتفع عدد القتلى إلى 31 شخصاً، بحسب وزارة الصحة."
    _analysis, claims = _claims(text)
    assert _cited(claims[0]) == "وزارة الصحة"
    assert claims[0].topic == "killed"


def test_a_source_after_what_it_said_is_no_adjective() -> None:
    # "التلفزيون" ends like a relative adjective ("أرقام رسمية"), but follows a verb.
    text = "ارتفعت حصيلة القتلى إلى 22 شخصا، بحسب ما أفاد التلفزيون الرسمي الإيراني."
    _analysis, claims = _claims(text)
    assert _cited(claims[0]) == "التلفزيون الرسمي الإيراني"


def test_source_phrase_with_glued_preposition() -> None:
    text = "ووفقاً لمصادر طبية، فإن أكثر من 200 شخص أصيبوا في الزلزال."
    analysis, claims = _claims(text)
    assert _cited(claims[0]) == "مصادر طبية"
    assert analysis.quantities[claims[0].quantity].qualifier == "more_than"


def test_glued_preposition_dropped_after_a_marker_that_starts_with_waw() -> None:
    """ "وفقاً" itself begins with و: it is not the conjunction to strip."""
    _analysis, claims = _claims("قتل 15 شخصاً في الهجوم وفقاً لوزارة الصحة.")
    assert _cited(claims[0]) == "وزارة الصحة"


def test_a_glued_preposition_before_the_article_stays_with_its_word() -> None:
    """ "للهيئة" is ل + الهيئة: cutting one letter leaves no word ("لهيئة")."""
    _analysis, claims = _claims("وبلغ عدد الحجاج 800 ألف حاج، وفقا للهيئة العامة للإحصاء.")
    assert _cited(claims[0]) == "للهيئة العامة للإحصاء"


def test_a_written_out_source_phrase_wins_over_a_glued_one() -> None:
    """ "وفقاً لما ذكرته" is one marker: neither "ما ذكرته" nor "ذكرته" is the source."""
    text = "ووفقاً لما ذكرته وكالة رويترز، قتل 15 شخصاً في الهجوم."
    _analysis, claims = _claims(text)
    assert _cited(claims[0]) == "وكالة رويترز"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ('وأكدت مصادر لـ"سبق" أنه جرى ضبط 10 وافدين.', "مصادر"),
        ("وقال مصدر طبي لوكالة الأنباء الفرنسية إن 12 شخصا قتلوا.", "مصدر طبي"),
        ("وأكد مدير الدفاع المدني لـ«الشرق الأوسط» أن 5 أشخاص أصيبوا.", "مدير الدفاع المدني"),
        ("وقال وزير الخارجية للصحفيين إن 20 شخصا قتلوا.", "وزير الخارجية"),
        ("وقال مدير المستشفى لرويترز إن 20 شخصا قتلوا.", "مدير المستشفى"),
    ],
)
def test_whom_a_source_told_is_not_part_of_it(sentence: str, source: str) -> None:
    _analysis, claims = _claims(sentence)
    assert [_cited(claim) for claim in claims] == [source]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("وأعلنت السلطات البورمية ارتفاع حصيلة الضحايا إلى 46 قتيلا.", "السلطات البورمية"),
        ("وأعلن مسؤولون غربيون مقتل 30 جنديا في الهجوم.", "مسؤولون غربيون"),
        ("وقالت لجنة تقصي حقائق مقتل خاشقجي إن 15 شخصا شاركوا.", "لجنة تقصي حقائق مقتل خاشقجي"),
        ("وأكدت الصحيفة وجود 3 آلاف نسخة مزورة.", "الصحيفة"),
        ("أعلن الجيش الإسرائيلي اعتراض نحو 200 صاروخ أطلقت من لبنان.", "الجيش الإسرائيلي"),
        ("وذكر الموقع أسعار التذاكر: 147 ريالا للبرونزي.", "الموقع"),
        ("وأفاد الجيش التركي حتى الآن بمقتل 40 مسلحا.", "الجيش التركي"),
        (
            "وقالت شركة آر بي سي كابيتال مؤخرا إن المبيعات بلغت 40 مليون دولار.",
            "شركة آر بي سي كابيتال",
        ),
        ("صرح بذلك وكيل الوزارة مؤكدا أن 40 مسجدا افتتحت.", "وكيل الوزارة"),
        # a definite verbal noun after a name; a participle of issuing
        ("وتتوقع مصر الحصول على نحو 1.2 مليار دولار من الصندوق.", "مصر"),
        (
            "تباطأ التضخم إلى 33.1% وفق بيانات الجهاز المركزي للتعبئة العامة والإحصاء الصادرة "
            "اليوم.",
            "الجهاز المركزي للتعبئة العامة والإحصاء",
        ),
        (
            "وقال الرئيس السابق للمجلس القومي لسلامة النقل إن 6 آلاف شخص يقتلون سنويا.",
            "الرئيس السابق للمجلس القومي لسلامة النقل",
        ),
        (
            "وقال المتحدث الإعلامي للدفاع المدني بمنطقة الرياض الرائد محمد الحمادي إن 3 "
            "أشخاص أصيبوا.",
            "المتحدث الإعلامي للدفاع المدني بمنطقة الرياض الرائد محمد الحمادي",
        ),
    ],
)
def test_what_a_source_reports_starts_after_it(sentence: str, source: str) -> None:
    """A verbal noun such as "مقتل" opens the content after a definite or relative-adjective
    word; after a bare noun it may still belong to a name."""
    _analysis, claims = _claims(sentence)
    assert [_cited(claim) for claim in claims] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param(
            "ولم تتمكن «الشرق الأوسط» من الحصول على رد رسمي، إلا أن المصدر يقول إن فرنسا "
            "«طاردت المتطرفين»، مشيرا إلى أن لديها قاعدة تبعد بنحو 100 كيلومتر فقط.",
            "المصدر",
            id="participle-continues-the-latest-speaker",
        ),
        pytest.param(
            'وأضاف بيان الوزارة أن "سبب التحطم، وفقا للمعلومات الأولية، قد يكون عطلا فنيا،" '
            "مشيرة إلى أن الطائرة اصطدمت بالأرض قبل المدرج بـ 500 متر.",
            "بيان الوزارة",
            id="participle-continues-the-verb-not-a-marker",
        ),
        pytest.param(
            "وبحسب المعلومات من المصادر الأمنية فقد وصلت القوة إلى قاعدة على بعد 30 كيلومترا.",
            "المعلومات من المصادر الأمنية",
            id="particle-ends-a-source",
        ),
    ],
)
def test_participles_and_particles(text: str, source: str) -> None:
    """A participle (مشيرا إلى أن) continues the subject of the sentence's latest verb of
    saying; a particle (فقد) ends a source."""
    _analysis, claims = _claims(text)
    assert [_cited(claim) for claim in claims] == [source]


def test_what_an_agreement_stipulates_names_no_source_in_its_verb() -> None:
    text = "أطلقت حماس سراح عشرين رهينة، وفق ما نص عليه اتفاق وقف الحرب."
    [claim] = _claims(text)[1]
    assert "نص" not in (_cited(claim) or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "وأعلنت وزارة العدل عن توفر 40 وظيفة للمترجمين.",
        "وأعلن البنك عن البدء في استقبال 500 طلب.",
        "وأشار إلى أن الإدارة نفذت 12 حملة عن طريق برنامج المرور.",
    ],
)
def test_what_follows_an_about_is_no_relayed_source(sentence: str) -> None:
    """ "أعلن عن البدء", "عن طريق": عن opens what was said, not whom it was said after."""
    _analysis, claims = _claims(sentence)
    assert all(claim.via is None for claim in claims)
    assert not any(_cited(claim) in ("توفر", "البدء", "طريق برنامج المرور") for claim in claims)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param(
            "وتعمل المنظمة في المنطقة التي تقدر مساحتها بنحو مليون متر مربع، وفق وزارة الدفاع.",
            "وزارة الدفاع",
            id="what-is-estimated",
        ),
        pytest.param(
            'وقال المسؤول إن الاشتباكات مستمرة. واضاف "تسببت المعارك التي اندلعت قبل اسبوع '
            'بنزوح مئات العائلات من الاحياء".',
            "المسؤول",
            id="a-quotation",
        ),
        pytest.param(
            'ويقول "المرصد السوري لحقوق الإنسان" المعارض إن 289 مدنيا على الأقل قتلوا.',
            '"المرصد السوري لحقوق الإنسان" المعارض',
            id="a-quoted-name-is-a-source",
        ),
        pytest.param(
            'وقالت المرأة لراديو فرانس انفو "كان الرجل يصيح وأطلق النار على 3 أشخاص".',
            "المرأة",
            id="a-quotation-after-the-source",
        ),
        pytest.param(
            "وأفاد المكتب الصحفي بأنه تم توقيف 12 شخصا.",
            "المكتب الصحفي",
            id="that-it",
        ),
        pytest.param(
            "وقال مدير الهيئة إن العمل بدأ. وأوضح قائلا: إن المشروع يضم 40 مصنعا.",
            "مدير الهيئة",
            id="saying-participle",
        ),
        pytest.param(
            "وقال رئيس الوزراء إن البحث مستمر. وأكد بشكل قاطع أن 3 قطع من الحطام للطائرة.",
            "رئيس الوزراء",
            id="adverb",
        ),
        pytest.param(
            "وحذر سياسيون عراقيون من إمكانية نزوح 5 آلاف أسرة.",
            "سياسيون عراقيون",
            id="warned-of",
        ),
        pytest.param(
            "وحذر مصدر رسمي من داخل المحافظة من أن 200 مسلح يتجمعون.",
            "مصدر رسمي من داخل المحافظة",
            id="warned-of-that",
        ),
        pytest.param(
            "وهو ما أعلن عنه العداء نفسه، مؤكدا أنه سيخوض 3 مباريات.",
            "العداء نفسه",
            id="about-it",
        ),
        pytest.param(
            'وتطرق الأمير محمد بن سلمان إلى موارد المملكة، حيث قال: "السعودية تمتلك 5 في '
            'المائة من احتياطات اليورانيوم في العالم".',
            "الأمير محمد بن سلمان",
            id="touched-upon",
        ),
        pytest.param(
            "وقال مدير الشركة إن الإنتاج توقف، وكان من المتوقع حصاد 1000 طن تقدر قيمتها بـ25 "
            "مليون ريال.",
            "مدير الشركة",
            id="estimated-with-a-glued-figure",
        ),
        pytest.param(
            "ويقدر عدد الذين قتلوا من جراء الانفجار بنحو 200 ألف شخص.",
            None,
            id="estimated-measure",
        ),
        pytest.param(
            "وقال المتحدث إن التحقيق مستمر. وفي تفاصيل جديدة تكشف للمرة الأولى، فإن 3 أجهزة فتشت.",
            None,
            id="for-the-first-time",
        ),
        pytest.param(
            'وكشفت "الوطن" تفاصيل جديدة منها أن 4 أشخاص شهدوا الحادثة.',
            '"الوطن"',
            id="details-after-a-quoted-name",
        ),
        pytest.param(
            "أوضح ذلك الناطق الإعلامي بصحة عسير، مبينا أن 12 مصابا نقلوا إلى المستشفى.",
            "الناطق الإعلامي بصحة عسير",
            id="this-before-the-source",
        ),
        pytest.param(
            "وأشار د. الخرساني إلى مراجعة 37 ألف مريض للقسم.",
            "د. الخرساني",
            id="doctor-abbreviated",
        ),
        pytest.param(
            "ويملك الاتحاد 8 مقاعد من إجمالي 25 مقعدا ويبدو مؤيدا لإجراء انتخابات مبكرة.",
            None,
            id="seems",
        ),
        pytest.param(
            "وكما يقال الشعر ديوان العرب، وضمت اللوحة نحو مئة قصيدة.",
            None,
            id="as-is-said",
        ),
        pytest.param(
            "وأظهرت تصدر تحالف سائرون بحصوله على 54 مقعدا.",
            None,
            id="who-came-first-is-what-is-shown",
        ),
        pytest.param(
            "أقول ذلك لأن رفض الترشيح يؤكد أن 3 لجان رفضت القرار.",
            None,
            id="because",
        ),
    ],
)
def test_words_after_a_verb_that_are_not_its_source(text: str, source: str | None) -> None:
    """What is estimated ("تقدر مساحتها بنحو"), a quotation, a participle, an adverb, what
    is warned of and a clause after لأن are no source; the speaker is found elsewhere."""
    _analysis, claims = _claims(text)
    assert [_cited(claim) for claim in claims][-1:] == [source]


@pytest.mark.parametrize(
    ("sentence", "cited", "via"),
    [
        (
            'ونقلت "فرانس برس" عن مصدر طبي قوله إن 5 إلى 6 أشخاص نقلوا إلى المستشفيات.',
            "مصدر طبي",
            '"فرانس برس"',
        ),
        (
            'واعتقلت الشرطة 3 طلاب، بحسب ما نقلت "فرانس برس" عن المحامي عنايات اكسو، والذي يمثلهم.',
            "المحامي عنايات اكسو",
            '"فرانس برس"',
        ),
        (
            'وأفادت وكالة الأنباء السورية الرسمية "سانا" عن "خروج 17 حافلة عبر معبر عربين".',
            'وكالة الأنباء السورية الرسمية "سانا"',
            None,
        ),
    ],
)
def test_a_quoted_relay(sentence: str, cited: str, via: str | None) -> None:
    """A quoted agency relays the source after عن; a quotation after عن relays nobody."""
    _analysis, claims = _claims(sentence)
    assert [(_cited(claim), claim.via.text if claim.via else None) for claim in claims] == [
        (cited, via)
    ]


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        (
            "وأكد مسؤول في الأمم المتحدة، طلب عدم الكشف عن هويته، أن 500 شاحنة تنتظر.",
            "مسؤول في الأمم المتحدة",
        ),
        ("وقال مصدر أمني فلسطيني في غزة إن أربعة صواريخ أطلقت.", "مصدر أمني فلسطيني في غزة"),
        ("وقال مصدر في وزارة الدفاع في بيان إن 3 جنود قتلوا.", "مصدر في وزارة الدفاع"),
        ("وقال مسؤولون غربيون في يناير إن نحو ألف مقاتل قتلوا.", "مسؤولون غربيون"),
        ("وبحسب أرقام رسمية، بلغ عدد القتلى 73 شخصا.", "أرقام رسمية"),
        ("وبحسب تصريح مسؤول في الوزارة، فإن 12 شخصا قتلوا.", "مسؤول في الوزارة"),
        ("وأعلن البنك المركزي رفع سعر الفائدة 25 نقطة أساس.", "البنك المركزي"),
        (
            "وأظهرت النتائج الأولية حصول الحزب الحاكم على 45% من الأصوات.",
            "النتائج الأولية",
        ),
    ],
)
def test_an_officials_affiliation_is_part_of_the_source(sentence: str, cited: str) -> None:
    """ "في" after a post names where it is held, not when or how it spoke; a verbal noun
    (رفع, حصول) after the source opens what it reports."""
    _analysis, claims = _claims(sentence)
    assert [_cited(claim) for claim in claims] == [cited]


def test_area_and_recovered_topics() -> None:
    _, claims = _claims(
        "وتبلغ مساحة المشروع 3 آلاف كيلومتر مربع. وارتفع إجمالي المتعافين إلى 250 ألفا."
    )
    assert [c.topic for c in claims] == ["area", "recovered"]


def test_missing_people_but_not_lost_jobs() -> None:
    _, claims = _claims("وأسفرت الأمطار عن مصرع 23 شخصا وفقدان 10 آخرين، حسب الحماية المدنية.")
    assert [c.topic for c in claims] == ["killed", "missing"]
    _, claims = _claims("ويحتجون على الفقدان المخطط لحوالى 120 ألف وظيفة بحلول عام 2022.")
    assert [c.topic for c in claims] == ["jobs"]
    # "فقد" is far more often the particle (ف + قد) than the verb "lost".
    _, claims = _claims("وبحسب وزارة الداخلية، فقد تم ترحيل 1200 مهاجر غير نظامي.")
    assert [c.topic for c in claims] == ["مهاجر"]


def test_fled_and_displaced_people() -> None:
    _, claims = _claims("قالت الأمم المتحدة إن أكثر من مليوني شخص نزحوا داخل السودان.")
    assert [c.topic for c in claims] == ["displaced"]
    _, claims = _claims("وقال الجيش إن نحو 6500 مدني فروا من المعارك في الغوطة.")
    assert [c.topic for c in claims] == ["displaced"]


@pytest.mark.parametrize(
    ("heading", "body", "cited"),
    [
        (  # the name before its colon
            "الأمم المتحدة: 10 آلاف من مسلمي الروهينغا فروا من ميانمار",
            "وقالت المفوضية إن اللاجئين عبروا الحدود خلال أسبوع هربا من العنف في ولاية راخين.",
            ["الأمم المتحدة"],
        ),
        (  # a place before its colon says where, not who
            "ليبيا: 6 آلاف قتيل في درنة",
            "وقال وزير الصحة إن عدد الوفيات في المدينة بلغ 6 آلاف شخص.",
            [None, "وزير الصحة"],
        ),
        (  # the subject before its verb
            "أرامكو تعلن أرباحا بقيمة 28 مليار دولار في الربع الثاني",
            "أعلنت شركة أرامكو السعودية، الثلاثاء، أن صافي أرباحها بلغ 28 مليار دولار.",
            ["أرامكو", "شركة أرامكو السعودية"],
        ),
    ],
)
def test_a_headline_figure_is_a_claim_cited_to_the_name_that_opens_it(
    heading: str, body: str, cited: list[str | None]
) -> None:
    analysis, claims = _claims(f"{heading}\n{body}")
    assert [s.heading for s in analysis.sentences] == [True, False]
    assert [_cited(c) for c in claims] == cited


def test_things_an_article_lists_are_no_claims() -> None:
    assert _claims("وفي ما يلي خمسة أمور يؤمن بها الرئيس الجديد.")[1] == []


def test_each_estimate_is_cited_to_its_own_estimator() -> None:
    text = (
        "وقدر منظمو التظاهرة عدد المشاركين فيها بنحو ثمانية آلاف، في حين قدرت الشرطة "
        "عددهم بـ3400 شخص."
    )
    analysis, claims = _claims(text)
    assert [(_figure(analysis, c), _cited(c)) for c in claims] == [
        ("نحو ثمانية آلاف", "منظمو التظاهرة"),
        ("3400", "الشرطة"),
    ]


@pytest.mark.parametrize(
    ("sentence", "cited", "via"),
    [
        (
            "ونسبت صحيفة نيويورك تايمز إلى مسؤولين أمريكيين قولهم إن 1500 جندي وصلوا.",
            "مسؤولين أمريكيين",
            "صحيفة نيويورك تايمز",
        ),
        (
            "ووفق ما أعلنه المتحدث باسم الدفاع المدني محمود بصل، فإن 30 شخصا قتلوا.",
            "المتحدث باسم الدفاع المدني محمود بصل",
            None,
        ),
        (
            "ولقي 11 شخصا حتفهم جراء السيول، بحسب ما أفاد به الدفاع المدني.",
            "الدفاع المدني",
            None,
        ),
        ("وقدرت مصادر محلية عدد القتلى بنحو 60 شخصا.", "مصادر محلية", None),
        ("وقال بيان صادر عن الجيش إن قواته قتلت 40 مسلحا.", "الجيش", None),
        ("وقال تقرير اقتصادي صدر اليوم إن الحصة بلغت 40.4 في المائة.", "تقرير اقتصادي", None),
        (
            "وأظهرت إحصاءات جديدة صدرت عن وزارة الخارجية تراجعا بنسبة 12 بالمائة.",
            "وزارة الخارجية",
            None,
        ),
        ("وأفادت مصادر يمنية بمقتل أكثر من 40 من المسلحين.", "مصادر يمنية", None),
        ("وأفاد التلفزيون الرسمي بإطلاق سراح 13 معتقلا.", "التلفزيون الرسمي", None),
    ],
)
def test_sources_after_attributing_estimating_and_what_verbs(
    sentence: str, cited: str, via: str | None
) -> None:
    """ "نسب X إلى Y" cites Y via X; the verb after "وفق ما" is no part of the source; what
    a source estimates ("عدد القتلى") or reports with a glued ب ("بمقتل") ends it."""
    _analysis, claims = _claims(sentence)
    assert [(_cited(claim), claim.via.text if claim.via else None) for claim in claims] == [
        (cited, via)
    ]


def test_a_participles_speaker_is_the_one_carried_over() -> None:
    text = (
        "وحول المدينة الجديدة، قال تقي لرويترز إن الكويت تستعد لبنائها، موضحا أن الحكومة "
        'ستنفق 600 مليون دولار. وقال "الحكومة لن تكون مشغلا للمدينة، والقطاع الخاص سيكون '
        'له النصيب الأكبر بنسبة 70 في المئة".'
    )
    _analysis, claims = _claims(text)
    assert [_cited(claim) for claim in claims] == ["تقي", "تقي"]


def test_a_report_that_opens_with_its_content_has_no_source_of_its_own() -> None:
    text = "وقال وزير الصحة إن الوضع صعب. وأعلن بلوغ عدد الإصابات 200 إصابة."
    _analysis, claims = _claims(text)
    assert [_cited(claim) for claim in claims] == ["وزير الصحة"]


def test_phrase_lists_are_ordered_the_same_in_every_process() -> None:
    """Longest first, then alphabetical: never the order of a set of strings."""
    phrases = folded_phrases("claims/source_markers.txt")
    assert list(phrases) == sorted(phrases, key=lambda phrase: (-len(phrase), phrase))
    assert phrases.index(tuple(fold("وفقا لما").split())) < phrases.index(("وفق",))


def test_subject_written_before_its_verb() -> None:
    text = "وكانت إسرائيل أعلنت أن منظومتها أسقطت 20 صاروخا في الهجوم."
    _analysis, claims = _claims(text)
    assert _cited(claims[0]) == "إسرائيل"
    assert claims[0].topic == "missiles"


def test_impersonal_opener_cites_nobody() -> None:
    text = "قالت وزارة الصحة إن 3 أشخاص قتلوا. يذكر أن نحو 100 فلسطيني قتلوا خلال الأشهر الأخيرة."
    _, claims = _claims(text)
    assert _cited(claims[0]) == "وزارة الصحة"
    assert _cited(claims[1]) is None


def test_figure_in_a_clause_about_the_speaker_is_not_cited_to_it() -> None:
    text = "وقالت الشركة، التي يعمل بها نحو 500 موظف، إن بياناتها لم تتعرض لأي خطر."
    _, claims = _claims(text)
    assert len(claims) == 1
    assert _cited(claims[0]) is None


def test_durations_frequencies_and_hypotheticals_are_not_claims() -> None:
    text = (
        "زار الرئيس المدينة ثلاث مرات خلال عامين. "
        "وإذا ارتفع عدد الضحايا إلى 100 فستعلن الحكومة الحداد."
    )
    _, claims = _claims(text)
    assert claims == []


def test_said_date_and_period_are_kept() -> None:
    text = "قال مسؤولون غربيون في يناير إن نحو ألف مقاتل على الأقل لقوا حتفهم خلال ثلاثة أشهر."
    _, claims = _claims(text, datetime(2025, 9, 3))
    assert len(claims) == 1
    assert claims[0].said == "2025-01"
    assert claims[0].period == "خلال ثلاثة أشهر"
    assert claims[0].topic == "killed"


def test_said_date_is_kept_as_written_without_a_publication_date() -> None:
    text = "قال مسؤولون غربيون في يناير إن نحو ألف مقاتل على الأقل لقوا حتفهم خلال ثلاثة أشهر."
    [claim] = _claims(text, None)[1]
    assert (claim.said, claim.said_text) == (None, "يناير")


def test_a_later_statement_counts_from_the_earlier_date_of_its_sentence() -> None:
    text = (
        "قال مسؤولون غربيون في يناير إن نحو ألف مقاتل لقوا حتفهم، فيما أعرب نواب سيول "
        "بعد شهرين عن تقدير بإجمالي نحو 4700 إصابة."
    )
    analysis, claims = _claims(text, datetime(2025, 9, 3))
    said = {_figure(analysis, claim): (claim.said, claim.said_text) for claim in claims}
    assert said == {"نحو ألف": ("2025-01", "يناير"), "نحو 4700": ("2025-03", "بعد شهرين")}


def test_nothing_is_said_after_publication() -> None:
    text = "وأعلن الوزير بعد شهرين أن عدد القتلى بلغ 40 شخصا."
    [claim] = _claims(text, datetime(2025, 9, 3))[1]
    assert (claim.said, claim.said_text) == (None, "بعد شهرين")


def test_a_dual_noun_is_a_claim_of_two_with_the_topic_of_its_singular() -> None:
    text = "فيما أكدت السلطات الفرنسية مقتل شخصين في الهجوم. وأطلقت الفصائل صاروخين."
    analysis, claims = _claims(text)
    assert [(_figure(analysis, c), c.topic, _cited(c)) for c in claims] == [
        ("شخصين", "killed", "السلطات الفرنسية"),
        ("صاروخين", "missiles", None),
    ]
    assert [analysis.quantities[c.quantity].value for c in claims] == [2.0, 2.0]


def test_the_head_of_a_construct_says_what_is_measured() -> None:
    text = (
        "ونقلت رويترز عن الرئيس التنفيذي أمين ناصر قوله إن توزيعات الأرباح ستبلغ 21.36 مليار "
        "دولار. وقالت الشركة إن صافي أرباحها بلغ 28 مليار دولار."
    )
    assert [c.topic for c in _claims(text)[1]] == ["dividends", "profit"]


@pytest.mark.parametrize(
    ("sentence", "figure", "overtaken"),
    [
        ("وكانت الحصيلة السابقة أشارت إلى مقتل شخصين.", "شخصين", True),
        ("وكانت حصيلة سابقة للمرصد قد أفادت بمقتل 16 مدنيا.", "16", True),
        ("أعلنت السلطات حصيلة أولية عن 18 قتيلا، إلا أنها ارتفعت إلى 40 قتيلا.", "40", False),
        ("وارتفعت الحصيلة إلى 30 قتيلا.", "30", False),
        ("وكانت الوزارة قد أعلنت في وقت سابق من اليوم مقتل 43 شخصا.", "43", True),
        ("وقتل 43 شخصا في وقت سابق من اليوم.", "43", False),
    ],
)
def test_an_earlier_toll_is_overtaken(sentence: str, figure: str, overtaken: bool) -> None:
    assert counts_earlier_toll(sentence, sentence.index(figure)) is overtaken


def test_a_year_a_figure_is_compared_with_is_no_earlier_event() -> None:
    sentence = (
        "أعلنت أرامكو أن صافي أرباحها بلغ 28 مليار دولار في الربع الثاني، بتراجع نسبته 15% "
        "مقارنة بالفترة نفسها من العام الماضي."
    )
    start = sentence.index("28")
    published = datetime(2025, 8, 5)
    assert earlier_event(sentence, start, start + 2, published, None) is None
    assert earlier_event("وفي عام 2015 بلغت الأرباح 28 مليارا.", 27, 29, published, None) == "2015"


def test_money_claim_topic_and_subject() -> None:
    text = "وأعلن البنك الدولي أنه سيقدم 500 مليون دولار لدعم الاقتصاد المصري."
    analysis, claims = _claims(text)
    quantity = analysis.quantities[claims[0].quantity]
    assert (quantity.value, quantity.unit) == (500_000_000, "USD")
    assert claims[0].topic == "money"
    assert _cited(claims[0]) == "البنك الدولي"


def test_offsets_of_cited_sources_index_the_text() -> None:
    text = (SEEDS / "000_75b14adfd6e8883b.txt").read_text(encoding="utf-8")
    _, claims = _claims(text)
    for claim in claims:
        assert claim.cited is not None
        assert text[claim.cited.start : claim.cited.end] == claim.cited.text


AFRIN = (
    "أفادت وكالة الأناضول بأن قنبلة مفخخة أسفرت عن مقتل 11 شخصا، "
    "من بينهم 7 مدنيين و4 مقاتلين مدعومين من تركيا."
)


def parts_of(sentence: str) -> dict[str, bool]:
    """Each figure of the sentence (as khabar reads it) -> whether it counts a part."""
    quantities = analyze(sentence).quantities
    return {q.text: counts_a_part(sentence, q.start, q.end) for q in quantities}


def test_figures_after_of_them_count_parts_of_the_total() -> None:
    assert parts_of(AFRIN) == {"11": False, "7": True, "4": True}


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("قتل 20 شخصا، 12 منهم من الأطفال", "12"),
        ("أصيب 30 شخصا، منهم 5 في حالة خطيرة", "5"),
        ("حصيلة الحرب: أكثر من 350 ألف قتيل بينهم أكثر من 100 ألف مدني", "أكثر من 100 ألف"),
    ],
)
def test_each_way_of_writing_a_part(sentence: str, part: str) -> None:
    assert [text for text, is_part in parts_of(sentence).items() if is_part] == [part]


def test_from_it_is_not_of_them() -> None:
    assert not any(parts_of("خرج منها 5 آلاف مدني وبقي فيها 20 ألفا").values())


def test_injuring_before_a_figure_is_injured_and_the_counted_noun_casualties() -> None:
    toll = analyze("انهار مبنى سكني فجر اليوم، ما أسفر عن مصرع 23 شخصاً وإصابة 40 آخرين.")
    assert [(toll.quantities[c.quantity].text, c.topic) for c in toll.claims] == [
        ("23", "killed"),
        ("40", "injured"),
    ]
    estimate = analyze("قدّر نواب سيول إجمالي الخسائر بنحو 4700 إصابة كورية شمالية.")
    assert [c.topic for c in estimate.claims] == ["casualties"]


@pytest.mark.parametrize(
    "sentence",
    ["احتجزت السلطات أكثر من 40 شخصا منذ بدء الاحتجاجات.", "أوقفت الشرطة 12 شخصا في المدينة."],
)
def test_verbs_of_detaining_make_the_arrested_topic(sentence: str) -> None:
    assert [claim.topic for claim in analyze(sentence).claims] == ["arrested"]


@pytest.mark.parametrize(
    ("sentence", "figure", "new"),
    [
        ("ارتفع عدد القتلى إلى 31 بعد انتشال ثماني جثث جديدة خلال الليل.", "ثماني", True),
        ("سجلت الوزارة 3 وفيات إضافية.", "3", True),
        ("أسفر الانهيار عن مصرع 23 شخصاً وإصابة 40 آخرين.", "40", False),
        ("قتل 23 شخصا في الهجوم الجديد على المدينة.", "23", False),
    ],
)
def test_new_ones_added_to_a_toll(sentence: str, figure: str, new: bool) -> None:
    assert counts_new_ones(sentence, sentence.index(figure) + len(figure)) is new


MARCH_2018 = datetime(2018, 3, 2, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("sentence", "figure", "said", "event"),
    [
        ("ففي مايو 2015، لقي 15 شخصا حتفهم في حريق اندلع في مبنى.", "15", None, "2015-05"),
        (
            "وراح ضحية الهجوم الذي استهدف باريس في 13 نوفمبر 2015 نحو 130 شخصا.",
            "130",
            None,
            "2015-11-13",
        ),
        ("قتل 24 شخصا في حريق اندلع، الجمعة، داخل عيادة لتأهيل المدمنين.", "24", None, None),
        ("وتشهد المنطقة هجمات منذ مطلع عام 2015 أدت إلى مقتل 133 شخصا.", "133", None, None),
        # a period since an event of a past date, and a record since one, run to now
        ("وقتلت القوات 45 فلسطينيا منذ بدأت الاحتجاجات في 30 مارس 2017.", "45", None, None),
        (
            "وفي أكثر الأيام دموية منذ حرب غزة عام 2014، قُتل ما لا يقل عن 55 فلسطينياً.",
            "55",
            None,
            None,
        ),
        ("وقدّر مسؤولون غربيون في يناير أن نحو ألف قتلوا.", "ألف", "2018-01", None),
        ("أرسلت كوريا الشمالية في عام 2016 نحو 14 ألف جندي إلى الجبهة.", "14", None, "2016"),
        (
            "أرسلت كوريا الشمالية في عام 2016 نحو 14 ألف جندي إلى الجبهة حيث قُتل أكثر من 6 آلاف.",
            "6 آلاف",
            None,
            None,
        ),
    ],
)
def test_a_figure_dated_well_before_its_report_counts_an_earlier_event(
    sentence: str, figure: str, said: str | None, event: str | None
) -> None:
    start = sentence.index(figure)
    assert earlier_event(sentence, start, start + len(figure), MARCH_2018, said) == event


def test_a_day_after_a_period_since_a_past_date_is_the_day_said() -> None:
    """Only "منذ" and words without a date between it and a date open a period: the day
    after "منذ نوفمبر 2014" is when the price was reached."""
    text = "وانخفض الخام إلى 71.21 دولار، بعدما بلغ أعلى مستوى منذ نوفمبر 2014 يوم الخميس."
    _analysis, claims = _claims(text, MARCH_2018)
    assert [(c.said, c.said_text) for c in claims] == [("2018-03-01", "يوم الخميس")]


def test_without_a_publication_date_no_event_is_earlier() -> None:
    sentence = "ففي مايو 2015، لقي 15 شخصا حتفهم."
    start = sentence.index("15 ")
    assert earlier_event(sentence, start, start + 2, None, None) is None


def test_a_fall_is_no_death_toll() -> None:
    """ "سقوط" is a market's fall as often as a casualty's: it names no topic of its own."""
    text = "وتراجعت البورصة بعد ضربة سقوط قاسية بما يقرب من 28 في المائة من أعلى مستوياتها."
    _analysis, claims = _claims(text)
    assert [claim.topic for claim in claims] == ["percent"]


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        (
            "وقالت وكالة الأناضول إن الانفجار الذي وقع في بناء مكون من أربعة طوابق أدى إلى "
            "مقتل سبعة مدنيين.",
            ["طوابق", "killed"],
        ),
        ("وأسفرت ثلاث هجمات عن مقتل 12 جنديا.", ["هجمات", "killed"]),
        ("وقتل ثلاثة أجانب في الهجوم.", ["killed"]),
        (
            "واستهدفت الفصائل أحياء في دمشق، موقعة نحو 20 شخصا، بينهم ثلاثة أطفال.",
            ["شخص", "children"],
        ),
        ("وارتفعت حصيلة القتلى منذ 18 فبراير إلى 1517 مدنيا.", ["killed"]),
        ("وأصيب العشرات بجروح في الاشتباكات.", ["injured"]),
    ],
)
def test_a_topic_about_people_needs_a_figure_that_counts_people(
    sentence: str, topics: list[str]
) -> None:
    """ "مقتل" near "أربعة طوابق" (four floors) does not make the floors a death toll."""
    _analysis, claims = _claims(sentence)
    assert [claim.topic for claim in claims] == topics


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("وتخطط المملكة لبيع 5% من أرامكو، أكبر منتج للنفط في العالم.", "أرامكو"),
        ("وبات ما يقرب من 80 في المئة من منتجات الفاكهة في خطر.", "منتجات الفاكهة"),
        ("وقالت الشركة إن 15 في المائة فقط من القطارات تعمل.", "القطارات"),
        ("وارتفع مؤشر الدولار بنسبة 0.2 بالمائة إلى 89.873.", None),
    ],
)
def test_a_percentage_is_a_share_of_what_follows_من(sentence: str, subject: str | None) -> None:
    analysis, claims = _claims(sentence)
    [share] = [c for c in claims if analysis.quantities[c.quantity].unit == "percent"]
    assert share.subject == subject


@pytest.mark.parametrize(
    ("sentence", "figure", "running"),
    [
        ("ويعتقد أن أكثر من 40 جنديا تركيا قتلوا منذ بدء العملية.", "40", True),
        ("وأجمل المرصد عدد الجرحى بـ 850 شخصا منذ تكثيف القصف الحكومي.", "850", True),
        ("وأدى القصف إلى مقتل أكثر من 1630 مدنياً منذ بداية الهجوم، بحسب المرصد.", "1630", True),
        ("أعلن الجيش التركي مقتل ثمانية من جنوده في اشتباكات بمدينة عفرين.", "ثمانية", False),
        ("قتل 14 شخصا اليوم، ليرتفع عدد القتلى منذ بدء الهجوم إلى 500.", "14", False),
        ("وقتل 125 فلسطينيا برصاص إسرائيلي على الحدود منذ 30 آذار/مارس.", "125", True),
        ("وشهدت إيطاليا وصول زهاء 700 ألف مهاجر إلى شواطئها منذ عام 2013.", "700", True),
        ("قتل 20 شخصا منذ 3 أيام في المدينة.", "20", False),
        ("وارتفع الخام إلى 76.42 دولار مسجلا أعلى مستوياته منذ نوفمبر 2014.", "76.42", False),
        ("وتجاوز الخام 70 دولارا لأول مرة منذ 2014.", "70", False),
        # a clause joined by و shares the time of the one before it
        ("وأحبطت منذ بداية العام نحو 1100 محاولة، وأنقذت أكثر من 16 ألف مهاجر.", "16", True),
        ("وأحبطت منذ بداية العام نحو 1100 محاولة، فيما أنقذت 83 مهاجرا أمس.", "83", False),
    ],
)
def test_a_running_total_since_an_operation_began(
    sentence: str, figure: str, running: bool
) -> None:
    start = sentence.index(figure)
    assert counts_since_start(sentence, start, start + len(figure)) is running


@pytest.mark.parametrize(
    ("sentence", "figure", "rate"),
    [
        ("ينص الاتفاق على دخول 600 شاحنة مساعدات يوميا إلى القطاع.", "600", "day"),
        ("وتنتج المملكة 10 ملايين برميل في اليوم الواحد.", "10 ملايين", "day"),
        ("ويتقاضى اللاعب 100 مليون يورو سنويا، بحسب الصحيفة.", "100 مليون يورو", "year"),
        ("وانطلقت السيارة بسرعة 120 كيلومترا في الساعة.", "120 كيلومترا", "hour"),
        ("ودخلت 400 شاحنة مساعدات القطاع منذ الجمعة.", "400", None),
        ("ووصل 10 أشخاص في اليوم التالي.", "10", None),
    ],
)
def test_a_rate_is_the_period_a_figure_counts_per(
    sentence: str, figure: str, rate: str | None
) -> None:
    assert rate_of(sentence, sentence.index(figure) + len(figure)) == rate


@pytest.mark.parametrize(
    ("sentence", "figure", "earlier"),
    [
        ("ارتفع التضخم من 5.2% إلى 6.8% في سبتمبر.", "5.2", True),
        ("ارتفع التضخم من 5.2% إلى 6.8% في سبتمبر.", "6.8", False),
        ("قفز سعر الذهب من 1900 دولار إلى 2050 دولارا للأوقية.", "1900", True),
        ("قتل 20 من الجنود في الهجوم.", "20", False),
    ],
)
def test_what_a_figure_changed_from_is_an_earlier_value(
    sentence: str, figure: str, earlier: bool
) -> None:
    start = sentence.index(figure)
    assert changed_from(sentence, start, start + len(figure)) is earlier


@pytest.mark.parametrize(
    ("sentence", "figure", "when"),
    [
        ("وقال محللون إنهم يتوقعون أن يتراجع التضخم إلى 25 بالمئة بنهاية العام.", "25", "to come"),
        ("وتتوقع وزارة المالية أن ينمو الناتج المحلي 4.4% في 2026.", "4.4", "2026"),
        ("وتوقعت الحكومة نمو الاقتصاد بنسبة 4.6% العام المقبل.", "4.6", "2026"),
        ("وبلغ التضخم 33.3% في مارس بحسب الجهاز.", "33.3", None),
        ("قتل 20 شخصا ومن المتوقع أن ترتفع الحصيلة.", "20", None),
    ],
)
def test_a_forecast_is_a_figure_expected_for_a_time_to_come(
    sentence: str, figure: str, when: str | None
) -> None:
    published = datetime(2025, 12, 2, tzinfo=UTC)
    assert forecast_of(sentence, sentence.index(figure), published) == when


def test_growth_and_poverty_rates() -> None:
    _, claims = _claims("وأظهرت بيانات رسمية أن الاقتصاد نما بنسبة 2.3% في الربع الأول.")
    assert [c.topic for c in claims] == ["growth"]
    _, claims = _claims("وأشار تقرير البنك الدولي إلى أن نسبة الفقر ارتفعت إلى 35%.")
    assert [c.topic for c in claims] == ["poverty"]


@pytest.mark.parametrize(
    ("sentence", "figure", "among"),
    [
        ("وأضاف أن بين الضحايا 6 نساء و4 أطفال.", "6", True),
        ("ومن بين القتلى 3 أطفال.", "3", True),
        ("جرى القبض على 47 متهما، هم 21 مواطنا و14 مقيما.", "21", True),
        ("ومن بين القتلى ثلاثة عشر طفلا وسبع نساء.", "سبع", True),  # joined to a part
        ("قتل بين 20 و30 شخصا في الهجوم.", "20", False),
        ("جرى القبض على 47 متهما في المداهمات.", "47", False),
    ],
)
def test_some_among_a_group_named_before_them_are_a_part(
    sentence: str, figure: str, among: bool
) -> None:
    assert counts_among(sentence, sentence.index(figure)) is among


def test_a_subject_set_off_by_commas_after_was_is_the_source() -> None:
    _, claims = _claims(
        "وكان المتحدث باسم الحرس الوطني، حسام الجبابلي، قد أوضح أن الوحدات أحبطت نحو 1100 "
        "محاولة اجتياز."
    )
    assert [_cited(c) for c in claims] == ["المتحدث باسم الحرس الوطني"]
    _, claims = _claims(
        'وكان غيوم فوريه، الرئيس التنفيذي لـ"إيرباص"، قد أكد أن الإنتاج سيرتفع إلى 75 طائرة.'
    )
    assert [_cited(c) for c in claims] == ["غيوم فوريه"]


def test_a_verb_of_what_befell_people_after_a_figure_names_its_topic() -> None:
    _, claims = _claims("وقالت الوزارة إن 5 قتلوا و20 أصيبوا في الهجوم.")
    assert [c.topic for c in claims] == ["killed", "injured"]


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("وقال إن القارب كان يقل نحو 65 مهاجرا.", ["passengers"]),
        ("وقالت إن قافلة من 17 حافلة تقل 981 شخصا غادرت الغوطة.", ["حافله", "passengers"]),
        ("وقالت الشرطة إن ما لا يقل عن شخصين هاجما السفارة بقنابل بنزين.", ["شخص"]),
    ],
)
def test_a_verb_of_carrying_right_before_a_figure_counts_passengers(
    text: str, topics: list[str]
) -> None:
    assert [c.topic for c in _claims(text)[1]] == topics


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("أعلنت وزارة الداخلية السعودية، مساء الأحد، عن القبض على 47 شخصا.", "2025-03-09"),
        ("وكانت المنظمة الدولية للهجرة قد أعلنت، أمس، انتشال 16 جثة.", "2025-03-09"),
        ("وكان الجيش قد أعلن الأسبوع الماضي عن مقتل 36 مسلحا.", "2025-W10"),
        ("وارتفعت الحصيلة إلى 32 قتيلا، وفق ما أعلنه الاثنين المتحدث باسم المحاكم.", "2025-03-10"),
    ],
)
def test_the_day_a_source_spoke_is_found_after_its_verb_or_among_the_marker_s_words(
    text: str, said: str
) -> None:
    _, claims = _claims(text, datetime(2025, 3, 10, tzinfo=UTC))
    assert [c.said for c in claims] == [said]


def test_a_weight_is_an_amount_of_what_follows_min() -> None:
    _, claims = _claims("وأعلنت الوزارة ضبط 2.4 طن من الحشيش و900 كيلوغرام من القات.")
    assert [(c.topic, c.subject) for c in claims] == [
        ("weight", "الحشيش"),
        ("weight", "القات"),
    ]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # a law, mechanisms: no source, even with the marker's ل glued to them
        ("وسمح البنك بتحديد سعر الصرف بواقع 300 نقطة أساس وفقا لآليات العرض والطلب.", None),
        ("ورفع البنك الفائدة 300 نقطة أساس، استنادا إلى المادة 5 من قانون البنك المركزي.", None),
        # a country that expects a figure inside what its minister said speaks through him
        (
            "وقال وزير المالية أحمد كجوك إن مصر تتوقع الحصول على 1.2 مليار دولار.",
            "وزير المالية أحمد كجوك",
        ),
        # what a source reached is no part of it
        ("وأعلن صندوق النقد الدولي التوصل إلى اتفاق بقيمة 8 مليارات دولار.", "صندوق النقد الدولي"),
    ],
)
def test_who_is_and_is_not_the_source_of_an_economic_figure(text: str, cited: str | None) -> None:
    assert [_cited(c) for c in _claims(text)[1]] == [cited]


def test_a_central_bank_s_deposit_and_lending_rates_are_interest_rates() -> None:
    text = "ورفع المركزي سعر عائد الإيداع لليلة واحدة إلى 30.25% وسعر الإقراض إلى 31.25%."
    _, claims = _claims(text)
    assert [c.topic for c in claims] == ["interest_rate", "interest_rate"]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("وتوصلت الدراسة إلى أن زيادة الوزن مسؤولة عن 6.3 في المئة من حالات السرطان.", "percent"),
        ("وقالت إن 32 في المئة ممن تعاطوا الأقراص تحسنت حالتهم.", "percent"),
    ],
)
def test_weights_and_pills_are_no_topic_of_a_share(text: str, topic: str) -> None:
    assert [c.topic for c in _claims(text)[1]] == [topic]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "ونقلت الأناضول عن مصدر في خفر السواحل الليبي، طلب عدم ذكر اسمه، أن 64 جثة انتشلت.",
            "مصدر في خفر السواحل الليبي",
        ),
        (
            "ووفقا لبيانات وزارة الداخلية الإيطالية، وصل أكثر من 8 آلاف مهاجر إلى إيطاليا.",
            "وزارة الداخلية الإيطالية",
        ),
        (
            "وتشير أرقام المنتدى التونسي للحقوق الاقتصادية إلى أن 1313 مهاجرا لقوا حتفهم.",
            "المنتدى التونسي للحقوق الاقتصادية",
        ),
        (
            "وحسب معطيات نشرتها وزارة التجهيز والماء، بلغت نسبة الملء 31 في المائة.",
            "وزارة التجهيز والماء",
        ),
        ("وبحسب أرقام رسمية، قتل 20 شخصا.", "أرقام رسمية"),
    ],
)
def test_whose_data_and_who_asked_not_to_be_named_are_the_source(text: str, cited: str) -> None:
    assert [_cited(c) for c in _claims(text)[1]] == [cited]


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("وقالت غرفة طوارئ معسكر أبوشوك للنازحين إن 62 شخصا على الأقل قتلوا.", ["killed"]),
        ("وأودت الحرب بحياة عشرات الآلاف وشردت نحو 13 مليون شخص.", ["killed", "displaced"]),
        ("وسيوفر المشروع 3 آلاف وظيفة باستثمارات تبلغ 400 مليون دولار.", ["jobs", "investment"]),
    ],
)
def test_what_befell_people_not_their_source_s_name_and_jobs_not_their_sums(
    text: str, topics: list[str]
) -> None:
    assert [c.topic for c in _claims(text)[1]] == topics


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("وسجلت الأمطار 45 مم في عين دراهم و38 ملم في طبرقة.", ["rainfall", "rainfall"]),
        ("وبلغ مخزون السدود 5 ملايير و230 مليون متر مكعب.", ["reserves"]),
        ("وبلغت الاحتياطيات الأجنبية 47.4 مليار دولار.", ["reserves"]),
        ("وقال إن مدفع عيار 155 ملم استخدم في القصف.", ["distance"]),
    ],
)
def test_rain_in_millimetres_and_what_is_held_in_store(text: str, topics: list[str]) -> None:
    assert [c.topic for c in _claims(text)[1]] == topics


def test_a_counted_plural_and_its_singular_are_one_topic() -> None:
    text = "وقالت الشركة إنها ستشتري 80 طائرة من طراز إيرباص و10 طائرات من طراز بوينغ."
    assert [c.topic for c in _claims(text)[1]] == ["طائره", "طائره"]
    # not where the singular is another word: "انتخابه" is his election
    assert singular_noun(fold("انتخابات")) == fold("انتخابات")


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        (  # the deaths are the 19's, not the suspected cases'
            "وقال ممثل المنظمة إن الأسبوع الماضي وحده شهد تسجيل 6430 حالة مشتبه بها و19 وفاة.",
            ["cases", "killed"],
        ),
        (
            "وقالت الوزارة إنها رصدت أكثر من 291 ألف حالة اشتباه و1020 وفاة منذ يناير الماضي.",
            ["cases", "killed"],
        ),
        (  # a clause of its own after "، وإن"
            "وقالت الوزارة إن عدد الحالات تجاوز ٢٩٠ ألف حالة، وإن الوفيات بلغت ألفا وعشرين حالة.",
            ["cases", "killed"],
        ),
    ],
)
def test_cases_of_a_disease_are_not_the_deaths_counted_after_them(
    text: str, topics: list[str]
) -> None:
    assert [c.topic for c in _claims(text)[1]] == topics


WEDNESDAY_MORNING = datetime(2026, 11, 18, 9, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (  # where the source spoke stands between it and the day
            "أعلنت وزارة الصحة الاتحادية في السودان، الثلاثاء، تسجيل 4700 حالة إصابة بحمى الضنك.",
            "2026-11-17",
        ),
        (
            "تجاوز عدد الإصابات خمسة آلاف إصابة، بحسب ما أفادت به وزارة الصحة في الولاية أمس.",
            "2026-11-17",
        ),
        (  # no source: the day of the clause dates the figure
            "وقررت لجنة السياسة النقدية، أمس الثلاثاء، رفع سعر الفائدة 100 نقطة أساس.",
            "2026-11-17",
        ),
        ("وقالت الشرطة إن حصيلة القتلى بلغت حتى صباح اليوم 65 قتيلا.", "2026-11-18"),
        # a day a period runs from is no day the figure was given
        ("وقالت الشرطة إن 65 شخصا قتلوا منذ الأحد الماضي.", None),
        # a day long past is an earlier event's, not this one's
        ("وقالت الشرطة إن 65 شخصا قتلوا في 3 أكتوبر.", None),
        # nor the day of the event a temporal or relative clause tells
        ("وانتشلت فرق الإنقاذ جثث 11 مهاجرا غرق قاربهم عندما أبحر مساء الأحد.", None),
        ("وارتفع عدد ضحايا الحافلة التي انقلبت فجر الأحد إلى 12 قتيلا.", None),
        ("وسجلت الوزارة 512 وفاة يومي الأحد والاثنين.", None),
        # but the day of the occasion the source spoke at still dates it
        (
            "وقال رئيس الاتحاد خلال الحفل الذي أقيم الأحد إن الجوائز ستبلغ 15 مليون دولار.",
            "2026-11-15",
        ),
    ],
)
def test_the_day_a_figure_was_given_is_found_where_its_source_or_clause_names_it(
    text: str, said: str | None
) -> None:
    [claim] = _claims(text, WEDNESDAY_MORNING)[1]
    assert claim.said == said


def test_an_agency_whose_initials_are_dotted_relays_its_source() -> None:
    _, claims = _claims(
        "ونقلت وكالة الأنباء الألمانية (د.ب.أ) عن ممثل المنظمة قوله إن 35 مليون دولار مطلوبة."
    )
    assert [(_cited(c), c.via.text if c.via else None) for c in claims] == [
        ("ممثل المنظمة", "وكالة الأنباء الألمانية")
    ]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (  # a subject before its verb after a contrast
            "وقال الوزير إن الأرقام مطمئنة. لكن شبكة أطباء السودان قالت في بيان إن عدد "
            'الوفيات الفعلي "لا يقل عن 60 حالة".',
            "شبكة أطباء السودان",
        ),
        (  # ... and a name set off by commas after it
            "غير أن المتحدث باسم شبكة أطباء السودان، محمد الفاتح، قال إن الأرقام الرسمية "
            "لا تعكس الواقع، مقدرا عدد الوفيات بأكثر من 60 حالة.",
            "المتحدث باسم شبكة أطباء السودان",
        ),
        (  # an agency's initials in brackets between it and its verb
            "وقال الوزير إن الحرائق تراجعت. وكانت وكالة الأنباء السورية الرسمية (سانا) ذكرت "
            "أن النيران أتت على نحو 850 هكتاراً.",
            "وكالة الأنباء السورية الرسمية (سانا)",
        ),
        (  # the same source as before
            "وقال رئيس هيئة النقل إن العبارة غرقت. وأضاف، حسب المصدر ذاته، أن 46 جثة انتشلت.",
            "رئيس هيئة النقل",
        ),
    ],
)
def test_the_source_is_found_before_its_verb_and_through_the_same_source(
    text: str, cited: str
) -> None:
    [claim] = _claims(text)[1]
    assert _cited(claim) == cited


def test_a_figure_in_brackets_after_a_subject_is_no_aside() -> None:
    analysis, claims = _claims(
        "لكن أكثر من ربع أفراد العينة (43 بالمئة) أوضحوا أن نظرتهم لوسائل الإعلام سلبية."
    )
    assert [_figure(analysis, c) for c in claims] == ["43 بالمئة"]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("تجاوز عدد الإصابات بحمى الضنك في الولاية خمسة آلاف إصابة، بحسب وزارة الصحة.", "cases"),
        # the headline names the outbreak
        ("حمى الضنك تتفشى في كسلا\nوقالت الوزارة إن 312 إصابة جديدة سجلت خلال يوم.", "cases"),
        ("وقالت الشرطة إن الانفجار خلف 20 إصابة في صفوف المارة.", "casualties"),
    ],
)
def test_an_infection_of_an_outbreak_is_a_case_not_a_wound(text: str, topic: str) -> None:
    [claim] = _claims(text)[1]
    assert claim.topic == topic


@pytest.mark.parametrize(
    ("heading", "cited"),
    [
        ("المرصد السوري: مقتل 20 مدنيا في إدلب", "المرصد السوري"),
        ("وزير الصحة: 50 إصابة جديدة بالكوليرا", "وزير الصحة"),
        ("حمى الضنك في السودان: 4700 إصابة في كسلا", None),  # a topic, not a speaker
        ("سوريا: مقتل 20 في غارة على إدلب", None),  # a place says where
    ],
)
def test_a_heading_cites_who_speaks_before_its_colon(heading: str, cited: str | None) -> None:
    analysis, claims = _claims(heading + "\nوقال المسؤول إن الوضع صعب.")
    [claim] = [c for c in claims if analysis.sentences[c.sentence].heading]
    assert _cited(claim) == cited


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث إن 1250 أسيرا ومحتجزا من الطرفين غادروا السجون.",
        "وقالت الحكومة إن عدد المفرج عنهم بلغ 1150 محتجزا.",
    ],
)
def test_prisoners_and_detainees_of_an_exchange_are_one_topic(text: str) -> None:
    [claim] = _claims(text)[1]
    assert claim.topic == "captured"


@pytest.mark.parametrize(
    ("sentence", "figure", "out_of"),
    [
        ("وقال إن 28 حريقا من أصل 34 تمت السيطرة عليها.", "28", True),
        ("وحصد الحزب 11 مقعدا من إجمالي 12 مقعدا في المحافظة.", "11", True),
        ("وحصد الحزب 11 مقعدا من إجمالي 12 مقعدا في المحافظة.", "12", False),
        ("وقتل 5 من الجنود في الهجوم.", "5", False),
    ],
)
def test_some_out_of_a_total_written_after_them(sentence: str, figure: str, out_of: bool) -> None:
    end = sentence.index(figure) + len(figure)
    assert counts_out_of(sentence, end) is out_of


def test_a_pronoun_after_a_comma_ends_the_source() -> None:
    [claim] = _claims(
        "وكانت نسبة المشاركة قد بلغت 41% وفق الأرقام الرسمية، وهي الأدنى منذ عام 2003.",
        datetime(2026, 11, 20, tzinfo=UTC),
    )[1]
    assert (_cited(claim), claim.said) == ("الأرقام الرسمية", None)


@pytest.mark.parametrize(
    ("text", "cited", "said"),
    [
        (  # an acronym in quotes after the body, then the day it spoke
            "ارتفعت حصيلة ضحايا الزلزال فجر أمس الثلاثاء، إلى 214 قتيلا، بحسب ما أعلنته هيئة "
            'إدارة الكوارث والطوارئ "آفاد" صباح الأربعاء.',
            "هيئة إدارة الكوارث والطوارئ",
            "2026-11-18",
        ),
        (  # a provisional toll is no source: the ministry that announced it is
            "أعلنت وزارة الداخلية، صباح اليوم، أن الهزة خلفت، حسب حصيلة مؤقتة، 38 حالة وفاة.",
            "وزارة الداخلية",
            "2026-11-18",
        ),
    ],
)
def test_a_toll_is_cited_to_who_announced_it_on_the_day_they_did(
    text: str, cited: str, said: str
) -> None:
    [claim] = _claims(text, WEDNESDAY_MORNING)[1]
    assert (_cited(claim), claim.said) == (cited, said)


def test_a_crew_and_nautical_miles_are_topics_of_their_own() -> None:
    _, first = _claims(
        "وقالت الهيئة إن الهجوم وقع على بعد 60 ميلا بحريا، وإن الطاقم المكون من 23 بحارا بخير."
    )
    _, second = _claims("وأكدت الشركة أن أفراد الطاقم الـ25 جميعهم بخير.")
    assert [(c.topic) for c in first + second] == ["distance", "crew", "crew"]
    _, money = _claims("ويسعى طاقم الدفاع إلى تعويضات تصل إلى 20 مليون دولار.")
    assert [c.topic for c in money] != ["crew"]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (  # the figure a speaker denies is not his
            "وقال الساعدي إن عدد المحكومين لا يتجاوز أربعة آلاف وسبعمائة نزيل، وليس ثمانية "
            "آلاف كما يُشاع.",
            ["الساعدي", None],
        ),
        (  # ... it is theirs whom "كما أعلنت" names, and the speaker goes on after the aside
            "وقال رئيس الحركة إن الحركة حصلت على أكثر من ألفي مقعد، وليس 1850 مقعداً كما "
            "أعلنت السلطة، متهماً الإدارة بالتلاعب في نتائج 37 بلدية على الأقل.",
            ["رئيس الحركة", "السلطة", "رئيس الحركة"],
        ),
        (  # "كما" that opens a sentence is "also"
            "ووثق المرصد مقتل أكثر من 400 عنصر. كما أعلن الجيش التركي مقتل 46 من جنوده.",
            ["المرصد", "الجيش التركي"],
        ),
    ],
)
def test_a_denied_figure_is_theirs_who_gave_it(text: str, cited: list[str | None]) -> None:
    assert [_cited(c) for c in _claims(text)[1]] == cited


def test_a_quake_s_magnitude_its_aftershocks_and_their_count() -> None:
    analysis, claims = _claims(
        "وضرب زلزال بقوة 6.3 درجة ولاية هرات. وقدرت الهيئة قوة الزلزال بـ6.2 درجة. "
        "وشهدت المنطقة 340 هزة ارتدادية، أقواها بقوة 5.4 درجة سجلت في الساعة 23:08 من مساء أمس."
    )
    found = [(_figure(analysis, c), c.topic, c.subject) for c in claims]
    assert found == [
        ("6.3", "magnitude", "الزلزال"),
        ("6.2", "magnitude", "الزلزال"),
        ("340", "aftershocks", "هزة ارتدادية"),
        ("5.4", "magnitude", "هزة ارتدادية"),
    ]
    sentence = analysis.sentences[claims[-1].sentence]
    text = analysis.text[sentence.start : sentence.end]
    assert rate_of(text, text.index("5.4") + 3) is None  # "في الساعة 23:08" is a time


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("وأوضح المعهد أن عدد العاطلين عن العمل ناهز 651 ألفا خلال الربع الثالث.", "عاطلين"),
        ("ودخلت القطاع نحو 300 ألف لتر من السولار أمس.", "volume"),
    ],
)
def test_a_figure_without_a_noun_takes_what_was_counted_or_its_unit_s_topic(
    text: str, topic: str
) -> None:
    [claim] = _claims(text)[1]
    assert claim.topic == topic


def test_people_held_and_released_are_captives() -> None:
    [claim] = _claims(
        'وأفاد التلفزيون الرسمي بإطلاق سراح 13 شخصا كانوا محتجزين لدى فصيل "أحرار الشام".'
    )[1]
    assert claim.topic == "captured"


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        # a noun of dying governs the people after it, whatever they are
        ("وأسفر انقلاب الحافلة عن مصرع 11 معتمراً وإصابة 20 آخرين.", ["killed", "injured"]),
        ("وأعلن الجيش مقتل ثلاثة مهربين خلال الاشتباك.", ["killed"]),
        ("وارتفعت الحصيلة بعد وفاة ثلاثة مصابين متأثرين بجراحهم.", ["killed"]),
        # but not a verb after its subject, nor a noun that counts the dead
        ("وقال إن 60 شخصا قتلوا و3 آلاف أصيبوا.", ["killed", "injured"]),
        ("وارتفعت الحصيلة إلى 52 قتيلا وأكثر من 2400 جريح.", ["killed", "injured"]),
        # Egyptian official phrasing: the count of death cases is of deaths
        (
            "وأوضح بيان لمجلس الوزراء أن عدد حالات الوفاة بين حجاج القرعة والسياحة "
            "النظاميين بلغ 31 حالة.",
            ["killed"],
        ),
        (
            "وقال مصدر إن إجمالي الوفيات المصريين المسجلة في مستشفيات مكة المكرمة "
            "والمشاعر بلغ 530 حالة.",
            ["killed"],
        ),
    ],
)
def test_what_befell_people_is_read_from_a_noun_of_dying_or_the_count(
    text: str, topics: list[str]
) -> None:
    assert [claim.topic for claim in _claims(text)[1]] == topics


def test_bayyana_before_that_is_a_verb_of_saying_and_between_is_not() -> None:
    text = (
        "وأعلن الجيش الأردني إحباط محاولة تهريب على الحدود الشمالية. "
        "وبيّن أن عمليات التفتيش أسفرت عن ضبط مليون و200 ألف حبة كبتاجون. "
        "وبين المهربين ثلاثة أشخاص قتلوا."
    )
    assert [_cited(claim) for claim in _claims(text)[1]] == ["الجيش الأردني", None]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("أما منظمة الهجرة الدولية فقالت إن 61 مهاجرا فقدوا.", "منظمة الهجرة الدولية"),
        # a name that opens with a word that is no source elsewhere ("أكد دعم ...")
        ("في المقابل، قالت الدعم السريع في بيان إن عدد القتلى بلغ 120 شخصا.", "الدعم السريع"),
        # the accuser, not the accused named after it
        (
            "واتهمت تنسيقية لجان مقاومة الفاشر قوات الدعم السريع بقتل أكثر من 1500 مدني.",
            "تنسيقية لجان مقاومة الفاشر",
        ),
        # an aside that a verb of saying is negated in is no report
        ("ونقلت وكالة فرانس برس عن مسؤول سعودي، لم تكشف اسمه، أن 550 حاجا توفوا.", "مسؤول سعودي"),
    ],
)
def test_who_speaks_after_a_topic_marker_an_accusation_or_a_negated_aside(
    text: str, cited: str
) -> None:
    assert [_cited(claim) for claim in _claims(text)[1]] == [cited]
