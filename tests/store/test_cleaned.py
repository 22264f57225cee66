"""The cleaned text: debris lines cut, paragraphs kept, headings marked."""

from __future__ import annotations

from khabar.model import Debris, Sentence
from khabar.store.cleaned import Line, clean_lines, clean_text

TITLE = "بوتين يشكر كيم جونغ أون على مشاركة مقاتلين من كوريا الشمالية"
BODY = "التقى فلاديمير بوتين وكيم جونغ أون للمرة الثالثة خلال عامين، في بكين."
READ_ALSO = "يقرأ\u00a0رئيس الوزراء الفرنسي بايرو يواجه تصويتا على الثقة"
COMMENT = "أضف تعليق"


def debris_of(text: str, *lines: str) -> list[Debris]:
    found = []
    for line in lines:
        start = text.index(line)
        found.append(Debris(start, start + len(line), line))
    return found


def test_no_debris_gives_the_text_exactly() -> None:
    text = f"{TITLE}\n\n{BODY}\n"
    assert clean_text(text, []) == text


def test_debris_paragraph_in_the_middle_leaves_one_blank_line() -> None:
    text = f"{TITLE}\n\n{READ_ALSO}\n\n{BODY}"
    assert clean_text(text, debris_of(text, READ_ALSO)) == f"{TITLE}\n\n{BODY}"


def test_debris_at_the_end_leaves_no_trailing_blank_lines() -> None:
    text = f"{BODY}\n\n{COMMENT}\n"
    assert clean_text(text, debris_of(text, COMMENT)) == BODY


def test_debris_inside_a_line_keeps_the_rest_of_the_line() -> None:
    text = f"{BODY} {COMMENT}"
    assert clean_text(text, debris_of(text, COMMENT)) == BODY


def test_heading_sentence_marks_its_line() -> None:
    heading = "“واجب أخوي”"
    text = f"{BODY}\n{heading}\n{BODY}"
    start = text.index(heading)
    sentences = [Sentence(0, len(BODY)), Sentence(start, start + len(heading), heading=True)]
    assert list(clean_lines(text, [], sentences)) == [
        Line(BODY),
        Line(heading, heading=True),
        Line(BODY),
    ]
