"""Normalization folds spellings for matching and maps every span back to the original."""

from khabar.text.normalize import fold, normalize


def test_alef_forms_fold_to_bare_alef() -> None:
    assert fold("أرسلت إلى آلاف") == "ارسلت الي الاف"


def test_arabic_indic_and_persian_digits_become_ascii() -> None:
    assert fold("١٤٬٠٠٠ و٢٫٥ و۱۵") == "14,000 و2.5 و15"


def test_ta_marbuta_folds_unless_asked_to_keep_it() -> None:
    assert fold("الكورية الشمالية") == "الكوريه الشماليه"
    assert fold("الكورية", ta_marbuta=False) == "الكورية"


def test_diacritics_tatweel_and_zero_width_are_removed() -> None:
    assert fold("تلقّت مُرسلة الـــجيش\u200f") == "تلقت مرسله الجيش"


def test_odd_spaces_become_plain_spaces() -> None:
    assert fold("يقرأ\u00a0 رئيس") == "يقرا  رئيس"


def test_span_maps_back_through_removed_diacritics() -> None:
    text = "وقّعت موسكو وبيونغ يانغ اتفاقيةً في يونيو"
    normalized = normalize(text)
    found = normalized.text.index("بيونغ يانغ")
    start, end = normalized.span(found, found + len("بيونغ يانغ"))
    assert text[start:end] == "بيونغ يانغ"
    found = normalized.text.index("اتفاقيه")
    start, end = normalized.span(found, found + len("اتفاقيه"))
    assert text[start:end] == "اتفاقية"


def test_text_without_dropped_characters_keeps_identity_offsets() -> None:
    text = "نحو 15 ألف عنصر"
    normalized = normalize(text)
    assert normalized.text == "نحو 15 الف عنصر"
    assert normalized.span(4, 6) == (4, 6)


def test_empty_text() -> None:
    normalized = normalize("")
    assert normalized.text == ""
    assert normalized.span(0, 0) == (0, 0)


def test_short_and_long_texts_fold_alike() -> None:
    """Short texts fold by ``str.translate``, long ones by the array lookup: same result."""
    piece = "أعلنت الـــوزارة\u200f مقتل ١٥٬٠٠٠ شخصٍ ومـوتى\u00a0آخرين ی ک\x00 "
    for text in (piece, piece * 20):
        for ta_marbuta in (True, False):
            assert fold(text, ta_marbuta=ta_marbuta) == normalize(text, ta_marbuta=ta_marbuta).text
    assert fold(piece) == "اعلنت الوزاره مقتل 15,000 شخص وموتي اخرين ي ك "
