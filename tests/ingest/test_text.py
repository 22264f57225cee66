"""Plain-text scrapes and their sidecars, through ``read_paths``."""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from khabar.errors import BadInput
from khabar.ingest import read_paths
from khabar.ingest.text import read_header
from khabar.model import Document
from tests.ingest.support import documents, problems
from tests.shared_data import SEEDS

SEED_000 = SEEDS / "000_75b14adfd6e8883b.txt"
SEED_002 = SEEDS / "002_811bdf774ddb3adb.txt"
STORY = "أعلنت وزارة الصحة، أمس الثلاثاء، ارتفاع عدد الضحايا إلى 31 شخصاً.\n"


def test_seed_text_is_kept_byte_for_byte() -> None:
    [doc] = read_paths([SEED_000])
    assert isinstance(doc, Document)
    assert doc.text == SEED_000.read_text(encoding="utf-8")
    assert doc.source == str(SEED_000)
    assert doc.fmt == "txt"
    assert doc.language == "ar"


def test_seed_title_is_the_headline_line() -> None:
    [doc] = read_paths([SEED_000])
    assert isinstance(doc, Document)
    assert (
        doc.title
        == "بوتين يشكر كيم جونغ أون على مشاركة مقاتلين من كوريا الشمالية في القتال بأوكرانيا"
    )


def test_seed_starting_with_a_lead_sentence_has_no_title() -> None:
    [doc] = read_paths([SEED_002])
    assert isinstance(doc, Document)
    assert doc.title is None


def test_outlet_defaults_to_file_stem_and_user_outlet_overrides_it() -> None:
    [default] = read_paths([SEED_000])
    [given] = read_paths([SEED_000], outlet="الشرق")
    assert isinstance(default, Document) and isinstance(given, Document)
    assert default.outlet == "000_75b14adfd6e8883b"
    assert given.outlet == "الشرق"


def test_user_date_fills_a_scrape_without_one() -> None:
    when = datetime(2025, 9, 3, tzinfo=timezone(timedelta(hours=3)))
    [doc] = read_paths([SEED_002], published=when)
    assert isinstance(doc, Document)
    assert doc.published == when


def test_folder_is_walked_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "c.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    sources = [doc.source for doc in documents(list(read_paths([tmp_path])))]
    assert sources == [str(tmp_path / name) for name in ("a.txt", "b/z.txt", "c.txt")]


def test_sidecar_metadata_is_used(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    meta = {
        "outlet": "صحيفة الأفق",
        "url": "https://alofoq.example/news/1",
        "title": "ارتفاع عدد الضحايا",
        "published": "2025-03-11T09:30:00+03:00",
        "author": "قسم الأخبار",
    }
    (tmp_path / "story.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    items = list(read_paths([tmp_path]))
    [doc] = items
    assert isinstance(doc, Document)
    assert (doc.outlet, doc.url, doc.title) == (meta["outlet"], meta["url"], meta["title"])
    assert doc.published == datetime(2025, 3, 11, 9, 30, tzinfo=timezone(timedelta(hours=3)))
    assert doc.extra == {"author": "قسم الأخبار"}


def test_sidecar_with_bad_json_is_reported_and_article_still_read(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "story.meta.json").write_text('{"outlet": "الأفق",\n', encoding="utf-8")
    items = list(read_paths([tmp_path]))
    sidecar = tmp_path / "story.meta.json"
    expected = "not valid JSON: Expecting property name enclosed in double quotes"
    assert problems(items) == [f"{sidecar}:2: {expected}"]
    assert documents(items)[0].outlet == "story"


def test_explicit_sidecar_is_skipped_with_its_text(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "story.meta.json").write_text("{}", encoding="utf-8")
    items = list(read_paths([tmp_path / "story.txt", tmp_path / "story.meta.json"]))
    assert len(documents(items)) == 1
    assert problems(items) == []


def test_empty_file_is_bad_and_batch_continues(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    items = list(read_paths([tmp_path]))
    assert problems(items) == [f"{tmp_path / 'a.txt'}: empty file"]
    assert [doc.source for doc in documents(items)] == [str(tmp_path / "b.txt")]


def test_whitespace_only_file_is_empty(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(" \n\n", encoding="utf-8")
    assert problems(list(read_paths([tmp_path]))) == [f"{tmp_path / 'a.txt'}: empty file"]


def test_missing_path_is_bad_and_batch_continues(tmp_path: Path) -> None:
    items = list(read_paths([tmp_path / "gone.txt", SEED_000]))
    assert problems(items) == [f"{tmp_path / 'gone.txt'}: no such file"]
    assert len(documents(items)) == 1


def test_unreadable_file_is_bad(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod cannot lock a file for root (the CI user here), so the OS refusal is simulated.
    path = tmp_path / "locked.txt"
    path.write_text(STORY, encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert problems(list(read_paths([path, tmp_path / "gone.txt"]))) == [
        f"{path}: permission denied",
        f"{tmp_path / 'gone.txt'}: no such file",
    ]


def test_explicit_unknown_extension_is_bad(tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n")
    [problem] = read_paths([path])
    assert isinstance(problem, BadInput)
    assert problem.problem.startswith("unsupported file type (expected .jsonl.gz, ")


def test_english_text_is_refused_naming_its_language(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text("Officials said on Tuesday that the death toll had risen to 31.\n")
    [problem] = read_paths([path])
    assert isinstance(problem, BadInput)
    assert problem.problem == "not Arabic text (English): khabar analyses Arabic news"


def test_title_must_be_short_and_unpunctuated() -> None:
    assert read_header("عنوان قصير\n\nنص الخبر.").title == "عنوان قصير"
    assert read_header("جملة تنتهي بنقطة.\n\nنص الخبر.").title is None
    assert read_header("سطر وحيد").title is None


def test_title_comes_after_a_breadcrumb() -> None:
    text = (
        "الرئيسية / أخبار / العالم\n"
        "ارتفاع حصيلة ضحايا زلزال أفغانستان إلى أكثر من 2200 قتيل\n"
        "قالت حركة طالبان، الأربعاء، إن حصيلة ضحايا الزلزال الذي ضرب شرق أفغانستان ارتفعت إلى "
        "أكثر من 2200 قتيل و3600 جريح.\n"
        "وأوضح المتحدث باسم الحكومة أن فرق الإنقاذ ما زالت تبحث عن ناجين تحت الأنقاض."
    )
    assert read_header(text).title == "ارتفاع حصيلة ضحايا زلزال أفغانستان إلى أكثر من 2200 قتيل"


PAGE_HEAD = (
    "الرئيسية\nأخبار\nعاجل: مقتل 12 شخصا في انفجار بالعاصمة\n"
    "الثلاثاء 12 مارس 2024 - 10:45 صباحا\n"
    "قتل 12 شخصا على الأقل وأصيب أكثر من 30 آخرين، الثلاثاء، في انفجار سيارة مفخخة استهدف "
    "سوقا شعبية في وسط العاصمة، بحسب ما أفادت وزارة الداخلية.\n"
    "وقال المتحدث باسم الوزارة في بيان إن فرق الإسعاف نقلت المصابين إلى المستشفيات القريبة.\n"
)


def test_a_page_head_gives_the_headline_and_the_date_stamp(tmp_path: Path) -> None:
    header = read_header(PAGE_HEAD)
    assert header.title == "عاجل: مقتل 12 شخصا في انفجار بالعاصمة"
    assert header.published == datetime(2024, 3, 12, 10, 45, tzinfo=UTC)
    path = tmp_path / "page.txt"
    path.write_text(PAGE_HEAD, encoding="utf-8")
    [doc] = read_paths([path])
    assert isinstance(doc, Document)
    assert (doc.title, doc.published) == (header.title, header.published)


def test_a_share_bar_before_the_body_is_no_headline() -> None:
    lines = PAGE_HEAD.splitlines()
    text = "\n".join([*lines[:4], "شارك الخبر على فيسبوك وتويتر واتساب", *lines[4:]])
    assert read_header(text).title == "عاجل: مقتل 12 شخصا في انفجار بالعاصمة"


def test_a_date_stamp_right_after_the_headline_dates_the_article() -> None:
    text = (
        "الرئيسية > أخبار محلية > حضرموت\n"
        "مصرع 8 أشخاص وفقدان 3 في سيول جارفة بحضرموت\n"
        "السبت 20 سبتمبر 2025 - 02:15 م\n"
        "لقي 8 أشخاص مصرعهم وفقد 3 آخرون، جراء سيول جارفة اجتاحت عددا من مديريات وادي "
        "حضرموت شرقي اليمن، إثر أمطار غزيرة هطلت منذ مساء الجمعة.\n"
        "وقال مدير عام الدفاع المدني في حضرموت إن السيول جرفت عددا من السيارات.\n"
    )
    assert read_header(text).published == datetime(2025, 9, 20, 14, 15, tzinfo=UTC)


def test_a_date_in_the_body_is_no_date_stamp() -> None:
    text = "وقع الانفجار في 12 مارس 2024.\nوقال المتحدث إن فرق الإسعاف نقلت المصابين."
    assert read_header(text).published is None


def test_a_sidecar_date_wins_over_the_page_stamp(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(PAGE_HEAD, encoding="utf-8")
    (tmp_path / "page.meta.json").write_text(
        '{"published": "2024-03-13T08:00:00+00:00"}', encoding="utf-8"
    )
    [doc] = read_paths([tmp_path / "page.txt"])
    assert isinstance(doc, Document)
    assert doc.published == datetime(2024, 3, 13, 8, tzinfo=UTC)


def test_sidecar_that_is_not_an_object_is_reported(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "story.meta.json").write_text('["الأفق"]', encoding="utf-8")
    items = list(read_paths([tmp_path]))
    assert problems(items) == [f"{tmp_path / 'story.meta.json'}: not a JSON object"]
    assert len(documents(items)) == 1


def test_unreadable_folder_is_bad_and_batch_continues(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def refuse(path: Path) -> Iterator[os.DirEntry[str]]:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    items = list(read_paths([locked, SEED_000]))
    assert problems(items) == [f"{locked}: permission denied"]
    assert len(documents(items)) == 1


def test_gzipped_pages_and_scrapes_in_a_folder_are_read(tmp_path: Path) -> None:
    body = (
        "قالت وزارة الصحة اليمنية، الأربعاء، إن حصيلة ضحايا السيول في وادي حضرموت ارتفعت "
        "إلى 9 قتلى، فيما لا يزال ثلاثة أشخاص في عداد المفقودين.\n"
    )
    (tmp_path / "scrape.txt.gz").write_bytes(gzip.compress(body.encode("utf-8")))
    (tmp_path / "scrape.meta.json").write_text('{"outlet": "عدن الغد"}', encoding="utf-8")
    page = f"<html><head><title>سيول حضرموت</title></head><body><article><p>{body}</p>"
    (tmp_path / "page.html.gz").write_bytes(
        gzip.compress(f"{page}</article></body></html>".encode())
    )
    docs = list(read_paths([tmp_path]))
    assert all(isinstance(doc, Document) for doc in docs)
    assert sorted(doc.source.rsplit("/", 1)[-1] for doc in docs) == [
        "page.html.gz",
        "scrape.txt.gz",
    ]
    [scrape] = [doc for doc in docs if doc.source.endswith("scrape.txt.gz")]
    assert scrape.outlet == "عدن الغد" and "حضرموت" in scrape.text


BODY = (
    "قتل 12 شخصا على الأقل وأصيب أكثر من 30 آخرين، الثلاثاء، في انفجار سيارة مفخخة استهدف "
    "سوقا شعبية في وسط العاصمة، بحسب ما أفادت وزارة الداخلية.\n"
    "وقال المتحدث باسم الوزارة في بيان إن فرق الإسعاف نقلت المصابين إلى المستشفيات القريبة.\n"
)
HEADLINE = "مقتل 12 شخصا في انفجار سيارة مفخخة بالعاصمة"


@pytest.mark.parametrize(
    ("head", "published"),
    [
        # an outlet's name over a labelled stamp with its update after a bar
        (
            f"سكاي نيوز عربية\nنشر في: 12 مارس 2024 - 10:45 | آخر تحديث: 12 مارس 2024 - 12:05\n"
            f"{HEADLINE}\n",
            datetime(2024, 3, 12, 10, 45, tzinfo=UTC),
        ),
        # a name no list knows, a breadcrumb, the headline, a month between slashes
        (
            f"حدود نيوز\nالرئيسية » أخبار » العالم\n{HEADLINE}\nالثلاثاء 12/مارس/2024 - 10:45 م\n",
            datetime(2024, 3, 12, 22, 45, tzinfo=UTC),
        ),
        # a price ticker is no headline; a stamp on a line of its own under the headline
        (
            f"أسعار العملات: الدولار 52.40 | اليورو 61.85 | الريال 13.96\n{HEADLINE}\n"
            "الثلاثاء 12 آذار 2024\n",
            datetime(2024, 3, 12, tzinfo=UTC),
        ),
    ],
)
def test_a_masthead_ticker_or_labelled_stamp_does_not_hide_headline_or_date(
    head: str, published: datetime
) -> None:
    header = read_header(head + BODY)
    assert (header.title, header.published) == (HEADLINE, published)
