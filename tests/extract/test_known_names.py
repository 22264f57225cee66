"""Known names found in text and merged with the tagger's spans."""

from __future__ import annotations

from khabar import analyze
from khabar.extract.known_names import find_known_names, merge_spans
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
