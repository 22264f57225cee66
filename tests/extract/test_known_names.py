"""Known names found in text and merged with the tagger's spans."""

from __future__ import annotations

from khabar import analyze
from khabar.extract.known_names import find_echoes, find_known_names, merge_spans
from khabar.extract.ner import EntitySpan

WHO = "أعلنت منظمة الصحة العالمية أن فيروس كورونا أودى بحياة الملايين."


def span(text: str, part: str, kind: str) -> EntitySpan:
    start = text.index(part)
    return EntitySpan(start, start + len(part), kind, part)


def test_a_known_name_is_found_with_its_offsets() -> None:
    [who] = find_known_names(WHO)
    assert (who.text, who.type) == ("منظمة الصحة العالمية", "ORG")
    assert WHO[who.start : who.end] == who.text


def test_a_longer_tagged_name_wins_over_the_known_one_it_holds() -> None:
    text = "وقال المتحدث باسم منظمة الصحة العالمية لشرق المتوسط إن 12 شخصا أصيبوا."
    known = [span(text, "منظمة الصحة العالمية", "ORG")]
    tagged = [span(text, "منظمة الصحة العالمية لشرق المتوسط", "ORG")]
    assert merge_spans(tagged, known) == tagged


def test_a_tagged_span_running_into_the_next_clause_loses_to_the_known_name() -> None:
    known = find_known_names(WHO)
    tagged = [span(WHO, "منظمة الصحة العالمية أن فيروس كورونا أودى", "ORG")]
    assert merge_spans(tagged, known) == known
    assert [m.canonical for m in analyze(WHO).entities] == ["World Health Organization"]


def test_a_surname_spelled_again_another_way_is_an_echo_of_the_name() -> None:
    text = "قال الرئيس دونالد ترامب إن إدارة ترمب لن تتراجع، وأضاف لترامب مستشار."
    echoes = find_echoes(text, [span(text, "دونالد ترامب", "PERSON")])
    assert [(e.text, e.type) for e in echoes] == [("ترمب", "PERSON"), ("ترامب", "PERSON")]
    assert all(text[e.start : e.end] == e.text for e in echoes)


def test_echoes_reach_analysis_with_the_name_s_canonical() -> None:
    text = "قال الرئيس الأوكراني فولوديمير زيلينسكي إن زيلنسكي سيزور لندن."
    mentions = {m.text: m.canonical for m in analyze(text).entities}
    assert mentions["زيلنسكي"] == mentions["فولوديمير زيلينسكي"] == "Volodymyr Zelensky"


def test_a_tagged_surname_is_found_again_where_the_tagger_missed_it() -> None:
    text = "قال المتحدث حازم قاسم إن الحركة ترفض، وأضاف قاسم أنها مستعدة."
    [echo] = find_echoes(text, [span(text, "حازم قاسم", "PERSON")])
    assert echo.start == text.rindex("قاسم")


def test_no_echo_across_the_article_a_common_word_or_a_place() -> None:
    """The tagger's one-word names are too often ordinary words: "سيكون" (will be) and
    "المشاهد" (the viewer) are found again only where the tagger itself says so."""
    text = (
        "سجل عبدالله سعيد هدفا، وكان السعيد أفضل لاعب. وقال سيكون إن الوضع سيكون صعبا"
        " على المشاهد العربي، فالمشاهد يريد الفوز."
    )
    spans = [
        span(text, "عبدالله سعيد", "PERSON"),
        span(text, "سيكون", "PERSON"),
        span(text, "المشاهد", "PLACE"),
    ]
    assert find_echoes(text, spans) == []


def test_a_known_name_is_found_by_the_skeleton_of_its_first_word_too() -> None:
    text = "قال الأمين العام لحلف شمال الأطلسي يانس ستولتنبيرغ إن الحلف مستعد."
    found = [(s.text, s.type) for s in find_known_names(text)]
    assert found == [("حلف شمال الأطلسي", "ORG"), ("يانس ستولتنبيرغ", "PERSON")]


def test_diacritics_inside_a_word_keep_it_one_word() -> None:
    """Read letter run by letter run, "كنّا" (we were) was كن + ا and "بالمَرَّة" (at all)
    بالم + ر: pieces of words that spelt Kenya and Palmer."""
    assert find_known_names("كنّا نعرف أن الموسم لم يكن طبيعيا بالمَرَّة.") == []
    [mosul] = find_known_names("عاد النازحون إلى الموصّل أمس.")
    assert (mosul.text, mosul.type) == ("الموصّل", "PLACE")


def test_a_family_name_that_is_also_an_adjective_names_the_person_as_a_subject() -> None:
    text = (
        "قال رئيس الوزراء العراقي محمد شياع السوداني إن حكومته ستدعم الجهود. "
        "وذكرت وكالة الأنباء العراقية أن السوداني سيزور طهران، فيما انتقد الجيش السوداني الخطوة."
    )
    people = [m for m in analyze(text).entities if m.canonical == "Mohammed Shia al-Sudani"]
    assert [m.start for m in people] == [text.index("محمد شياع"), text.index("أن السوداني") + 3]
