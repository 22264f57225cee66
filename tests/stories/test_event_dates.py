"""Dates of one event that outlets put in different years, on real sentences (the seeds,
ANT), and the dates that must not be read so."""

from __future__ import annotations

from datetime import UTC, datetime

from khabar.store import EventDateRecord
from khabar.stories.event_dates import date_disagreements

SEPTEMBER_2025 = datetime(2025, 9, 3, tzinfo=UTC)
# The seeds' June agreement, as each outlet dates it.
LAST_JUNE = (
    "ففي يونيو الماضي وقّع بوتين وكيم اتفاقية تنصّ على مساعدة متبادلة في حال تعرّض أي منهما"
    " لـ”اعتداء”، وهو ما وصفه كيم آنذاك بأنه أقوى تحالف على الإطلاق."
)
JUNE_2024 = "وقعت موسكو وبيونج في يونيو 2024 اتفاقية “الشراكة الاستراتيجية الشاملة”."


def event(
    article: int,
    outlet: str | None,
    sentence: str,
    text: str,
    value: str,
    *,
    names: tuple[str, ...] = (),
    published: datetime | None = SEPTEMBER_2025,
) -> EventDateRecord:
    """The event date ``text`` of ``sentence`` (whose ``names`` are entity mentions)."""
    start = sentence.index(text)
    return EventDateRecord(
        article_id=article,
        outlet=outlet,
        published=published,
        text=text,
        value=value,
        sentence=sentence,
        in_sentence=(start, start + len(text)),
        names=tuple((sentence.index(n), sentence.index(n) + len(n)) for n in names),
    )


def seed_dates() -> list[EventDateRecord]:
    return [
        event(1, "skynews", LAST_JUNE, "يونيو الماضي", "2025-06", names=("بوتين", "كيم")),
        event(2, "alyaum", JUNE_2024, "يونيو 2024", "2024-06", names=("موسكو", "بيونج")),
    ]


def test_the_seeds_date_the_june_agreement_to_different_years() -> None:
    [found] = date_disagreements(seed_dates())
    assert found.dates == [0, 1]
    assert found.words == ["وقّع", "اتفاقية"]  # as the first sentence writes them


def test_the_same_year_is_no_disagreement() -> None:
    last_june, june_2024 = seed_dates()
    agreeing = event(2, "alyaum", JUNE_2024.replace("2024", "2025"), "يونيو 2025", "2025-06")
    assert date_disagreements([last_june, agreeing]) == []
    assert date_disagreements([last_june, june_2024]) != []


def test_one_outlet_is_not_compared_with_itself() -> None:
    last_june, june_2024 = seed_dates()
    assert date_disagreements([last_june, replace_outlet(june_2024, "skynews")]) == []


def replace_outlet(date: EventDateRecord, outlet: str) -> EventDateRecord:
    return EventDateRecord(
        date.article_id, outlet, date.published, date.text, date.value, date.sentence,
        date.in_sentence, date.names,
    )  # fmt: skip


def test_an_article_that_gives_both_dates_does_not_disagree() -> None:
    last_june, june_2024 = seed_dates()
    also = event(1, "skynews", "وكانت المحادثات قد بدأت في يونيو 2024 في موسكو.", "يونيو 2024",
                 "2024-06")  # fmt: skip
    assert date_disagreements([last_june, also, june_2024]) == []


def test_last_month_of_the_month_of_publication_is_not_compared() -> None:
    # "نيسان/أبريل الماضي" on 14 April 2018: this April's attack, or last year's?
    april = datetime(2018, 4, 14, tzinfo=UTC)
    attack = "وجاءت الضربات بعد اتهامات بتنفيذ هجوم كيميائي في دوما في نيسان/أبريل الماضي."
    dated = "واتهمت دول غربية النظام بتنفيذ هجوم كيميائي في دوما في 7 نيسان 2018."
    dates = [
        event(1, "france24", attack, "نيسان/أبريل الماضي", "2017-04", published=april),
        event(2, "CNN", dated, "7 نيسان 2018", "2018-04-07", published=april),
    ]
    assert date_disagreements(dates) == []


def test_sharing_only_names_is_no_sign_of_one_event() -> None:
    # ANT: Fidel Castro's call of 2006 and his attack of 1953 share only the brothers' names.
    called = (
        "وكان الزعيم الكوبي فيدل كاسترو دعا شقيقه راؤول إلى تولي الرئاسة في 31 تموز/يوليو 2006."
    )
    attacked = "ففي الـ 26 من تموز / يوليو من عام 1953، قاد فيدل وراؤول محاولة انقلابية."
    dates = [
        event(1, "france24", called, "31 تموز/يوليو 2006", "2006-07-31",
              names=("فيدل كاسترو", "راؤول")),
        event(2, "BBC", attacked, "26 من تموز / يوليو من عام 1953", "1953-07-26",
              names=("فيدل", "راؤول")),
    ]  # fmt: skip
    assert date_disagreements(dates) == []


def test_the_bounds_of_a_period_are_not_event_dates() -> None:
    # ANT: Kofi Annan's first term and his whole tenure end on different 31 Decembers.
    first_term = "عينته الجمعية العامة لشغل هذا المنصب للفترة من 1 يناير 1997 إلى 31 ديسمبر 2001."
    tenure = "وخدم فترتين في منصب الأمين العام في الفترة من 1 يناير 1997 إلى 31 ديسمبر 2006."
    dates = [
        event(1, "CNN", first_term, "1 يناير 1997", "1997-01-01"),
        event(1, "CNN", first_term, "31 ديسمبر 2001", "2001-12-31"),
        event(2, "skynews", tenure, "1 يناير 1997", "1997-01-01"),
        event(2, "skynews", tenure, "31 ديسمبر 2006", "2006-12-31"),
    ]
    assert date_disagreements(dates) == []


def test_one_day_of_one_month_needs_fewer_words_in_common() -> None:
    # ANT: the Brussels shootout of 15 March 2016, which one report put in 2015.
    april = datetime(2018, 4, 23, tzinfo=UTC)
    right = ("حكم القضاء البلجيكي على صلاح عبد السلام بالسجن 20 عاما، لإطلاقهما نار على"
             " شرطيين في منطقة العاصمة بروكسل في 15 مارس 2016.")  # fmt: skip
    wrong = ("أدان القضاء البلجيكي صلاح عبد السلام بالسجن 20 عاما بتهمة محاولة قتل خلال إطلاق"
             " نار وقع في 15 آذار/مارس 2015 ببروكسل.")  # fmt: skip
    names = ("صلاح عبد السلام", "بروكسل")
    dates = [
        event(1, "skynews", right, "15 مارس 2016", "2016-03-15", published=april, names=names),
        event(2, "france24", wrong, "15 آذار/مارس 2015", "2015-03-15", published=april,
              names=names),
    ]  # fmt: skip
    [found] = date_disagreements(dates)
    assert found.dates == [0, 1]
    # One word in common ("إطلاق") is enough for the same day, not for another day.
    shot = wrong.replace("إطلاق نار وقع", "إطلاق")
    same_day = event(2, "france24", shot, "15 آذار/مارس 2015", "2015-03-15", published=april,
                     names=names)  # fmt: skip
    assert len(date_disagreements([dates[0], same_day])) == 1
    other_day = event(2, "france24", shot.replace("15 آذار", "16 آذار"), "16 آذار/مارس 2015",
                      "2015-03-16", published=april, names=names)  # fmt: skip
    assert date_disagreements([dates[0], other_day]) == []
