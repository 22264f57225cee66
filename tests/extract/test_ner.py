"""Tests for khabar.extract.ner on sentences of the seed articles (2025 news)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from khabar.extract.ner import EntitySpan, _model, _WordTable, chunks, tag, tag_many

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
if not SEEDS.is_dir():
    SEEDS = Path("/work/shared/seeds")

MEETING = (
    "التقى فلاديمير بوتين وكيم جونغ أون للمرة الثالثة خلال عامين، في بكين أثناء استعراض "
    "عسكري هائل أقامته الصين بمناسبة مرور ثمانين عاماً على انتهاء الحرب العالمية الثانية في آسيا."
)
HEADLINE = "بوتين يشكر كيم جونغ أون على مشاركة مقاتلين من كوريا الشمالية في القتال بأوكرانيا"
SEOUL = "تشير سيول إلى أن بيونغ يانغ أرسلت نحو 15 ألف عنصر إلى الجبهة."
KURSK = (
    "وعدت كوريا الشمالية بإرسال آلاف العمال للمساهمة في إعادة إعمار منطقة كورسك المتضررة من الحرب."
)
MOSCOW = "تأتي الزيارة في وقت يتصاعد فيه التعاون بين موسكو وبيونغ يانغ."


def found(text: str) -> set[tuple[str, str]]:
    return {(span.text, span.type) for span in tag(text)}


def test_full_name_is_one_person() -> None:
    assert ("فلاديمير بوتين", "PERSON") in found(MEETING)


def test_surname_alone_is_a_person() -> None:
    assert ("بوتين", "PERSON") in found(HEADLINE)


def test_cities_and_countries_are_places() -> None:
    places = {text for text, kind in found(MEETING) | found(SEOUL) if kind == "PLACE"}
    assert {"بكين", "الصين", "سيول"} <= places


def test_two_word_country_is_one_place() -> None:
    assert ("كوريا الشمالية", "PLACE") in found(HEADLINE)


def test_unseen_place_from_context() -> None:
    assert ("كورسك", "PLACE") in found(KURSK)


def test_preposition_left_out_of_the_span() -> None:
    spans = [span for span in tag(HEADLINE) if span.text.endswith("أوكرانيا")]
    assert [(span.text, span.type) for span in spans] == [("أوكرانيا", "PLACE")]
    assert HEADLINE[spans[0].start - 1] == "ب"


def test_conjunction_left_out_of_the_span() -> None:
    assert ("روسيا", "PLACE") in found("وقّع البلدان اتفاقية تعاون، وزار الرئيس الصيني وروسيا.")


def test_conjunction_before_a_person_left_out() -> None:
    assert ("كيم جونغ أون", "PERSON") in found(MEETING)


def test_tatweel_after_clitic_left_out() -> None:
    assert ("روسيا", "PLACE") in found("قدمت كوريا الشمالية دعماً عسكرياً لـروسيا في حربها.")


def test_names_that_start_like_a_clitic_keep_it() -> None:
    text = "وصل وزير الخارجية إلى لبنان قادماً من واشنطن وباريس."
    places = {text for text, kind in found(text) if kind == "PLACE"}
    assert {"لبنان", "واشنطن", "باريس"} <= places


def test_moscow_is_a_place() -> None:
    assert ("موسكو", "PLACE") in found(MOSCOW)


def test_offsets_index_the_original_text() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        spans = tag(text)
        assert spans
        assert all(text[span.start : span.end] == span.text for span in spans)


def test_diacritics_stay_inside_the_span() -> None:
    text = "قال فلاديمير بوتينُ إن روسيا لن تتراجع."
    spans = tag(text)
    assert all(text[span.start : span.end] == span.text for span in spans)
    assert ("روسيا", "PLACE") in {(span.text, span.type) for span in spans}


def test_text_without_arabic_gives_nothing() -> None:
    assert tag("Putin met Kim Jong Un in Beijing on 3 September 2025.") == []


def test_empty_text_gives_nothing() -> None:
    assert tag("") == []


def test_tag_many_tags_each_text() -> None:
    assert tag_many([SEOUL, ""]) == [tag(SEOUL), []]


def test_span_to_dict() -> None:
    span = EntitySpan(0, 5, "PLACE", "بكين")
    assert span.to_dict() == {"start": 0, "end": 5, "type": "PLACE", "text": "بكين"}


def test_chunks_reads_a_stray_inside_tag_as_a_start() -> None:
    assert chunks(["O", "I-LOC", "I-LOC", "B-PERS", "I-ORG"]) == [
        (1, 3, "LOC"),
        (3, 4, "PERS"),
        (4, 5, "ORG"),
    ]


def test_full_word_table_keeps_its_most_used_words() -> None:
    table = _WordTable(_model(), capacity=4)
    common = ["بوتين", "موسكو"]
    table.ids(common * 3)
    table.ids(["قال", "في"])
    table.ids(["أمس"])
    assert table.rows.keys() == {*common, "أمس"}
    fresh = _WordTable(_model(), capacity=4)
    tokens = [*common, "أمس"]
    kept, computed = table.ids(tokens), fresh.ids(tokens)
    assert np.array_equal(table.scores[kept], fresh.scores[computed])
