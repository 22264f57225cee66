"""Bytes to text: every encoding Arabic news files come in gives the same text,
and what is not text is refused with one clear message."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from khabar.ingest import read_paths
from khabar.ingest.encoding import DecodeError, decode
from khabar.model import Document
from tests.ingest.support import documents, problems
from tests.shared_data import SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))
SHORT = (
    "أعلنت وزارة الصحة أمس الثلاثاء ارتفاع عدد ضحايا انهيار المبنى السكني في حي الزيتون "
    "إلى 31 شخصا، فيما لا تزال فرق الإنقاذ تبحث عن مفقودين تحت الأنقاض.\n"
)


def _read_one(path: Path) -> Document:
    [doc] = read_paths([path])
    assert isinstance(doc, Document)
    return doc


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda path: path.name)
@pytest.mark.parametrize("encoding", ["cp1256", "utf-16", "utf-16-be-bom", "utf-8-sig"])
def test_seed_copies_decode_to_the_original_text(tmp_path: Path, seed: Path, encoding: str) -> None:
    original = seed.read_text(encoding="utf-8")
    if encoding == "utf-16-be-bom":
        data = "\ufeff".encode("utf-16-be") + original.encode("utf-16-be")
    else:
        data = original.encode(encoding)
    copy = tmp_path / seed.name
    copy.write_bytes(data)
    assert _read_one(copy).text == original


def test_iso_8859_6_is_detected() -> None:
    assert decode(SHORT.encode("iso8859_6")) == SHORT


def test_short_windows_1256_is_detected() -> None:
    assert decode(SHORT.encode("cp1256")) == SHORT


def test_declared_charset_is_trusted() -> None:
    assert decode(SHORT.encode("cp1256"), declared="windows-1256") == SHORT


def test_wrong_declared_utf8_falls_back_to_detection() -> None:
    assert decode(SHORT.encode("cp1256"), declared="utf-8") == SHORT


@pytest.mark.parametrize("declared", ["windows-1256", "iso-8859-6", "iso-8859-1"])
def test_utf8_under_a_lying_single_byte_charset_is_utf8(declared: str) -> None:
    assert decode(SHORT.encode("utf-8"), declared=declared) == SHORT


def test_unknown_declared_charset_is_ignored() -> None:
    assert decode(SHORT.encode("utf-8"), declared="x-no-such-charset") == SHORT


def test_text_other_than_the_bom_is_unchanged() -> None:
    text = "\r\nسطر أول\u00a0مع مسافة\r\n\tسطر ثان  \n"
    assert decode(text.encode("utf-8-sig")) == text


def test_empty_bytes() -> None:
    with pytest.raises(DecodeError, match=r"^empty file$"):
        decode(b"")


def test_nul_bytes_without_bom_are_binary() -> None:
    with pytest.raises(DecodeError, match=r"^binary file$"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_control_characters_cannot_be_text() -> None:
    with pytest.raises(DecodeError, match=r"^cannot decode as text$"):
        decode(bytes(range(1, 32)) * 40)


def test_random_high_bytes_cannot_be_text() -> None:
    noise = random.Random(1)
    with pytest.raises(DecodeError, match=r"^cannot decode as text$"):
        decode(bytes(noise.randrange(0x80, 0x100) for _ in range(3000)))


def test_binary_and_undecodable_files_are_bad_and_batch_continues(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "b.txt").write_bytes(bytes(range(1, 32)) * 40)
    (tmp_path / "c.txt").write_bytes(SHORT.encode("cp1256"))
    items = list(read_paths([tmp_path]))
    assert problems(items) == [
        f"{tmp_path / 'a.txt'}: binary file",
        f"{tmp_path / 'b.txt'}: cannot decode as text",
    ]
    assert [doc.text for doc in documents(items)] == [SHORT]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_decodes(encoding: str) -> None:
    text = SEEDS.joinpath("002_811bdf774ddb3adb.txt").read_text(encoding="utf-8")
    assert decode(text.encode(encoding)) == text


def test_random_bytes_behind_a_utf16_bom_are_no_text() -> None:
    """Bytes that decode as UTF-16 (no surrogate high byte) but into no script news uses."""
    noise = random.Random(7)
    pairs = ((noise.randrange(0x20, 0x100), noise.randrange(0x30, 0xD0)) for _ in range(1500))
    data = codecs.BOM_UTF16_LE + bytes(byte for pair in pairs for byte in pair)
    with pytest.raises(DecodeError, match=r"^cannot decode as text$"):
        decode(data)
