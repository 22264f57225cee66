"""Bytes to text: Arabic news files come as UTF-8 (with or without BOM), UTF-16
(with or without BOM), Windows-1256 or ISO-8859-6; anything else that is not text is
refused, never turned into mojibake.

Cheap checks come first (BOM, NUL bytes, strict UTF-8), so the common case costs
one decode; charset-normalizer only sees the legacy single-byte files.  Any two bytes
decode as UTF-16, so a UTF-16 or UTF-32 reading must be mostly the characters news is
written in (Arabic, Latin, digits, punctuation, spaces).
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Codecs of two or four bytes a character: nearly any bytes decode, so the text is checked.
_WIDE = frozenset({"utf-16", "utf-32"})
# Control characters other than tab/newline/carriage return/form feed, plus U+FFFD.
_NOISE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
# Share of noise characters above which a decoded text is not text.  Of the 62k ANT and
# SaudiNewsNet articles, 93 have any, at most 1.2%; binary data decoded as text has >10%.
_MAX_NOISE = 0.05
# Characters news is written in: Arabic (with its presentation forms), Latin, general
# punctuation.  Random bytes read as UTF-16 are mostly CJK and other scripts.
_NEWS_CHARS = re.compile(
    "[\t\n\r -~\u00a0-\u024f\u0600-\u06ff\u0750-\u077f\u2000-\u206f\ufb50-\ufdff\ufe70-\ufeff]"
)
# Share of those characters a UTF-16 or UTF-32 reading must reach.
_MIN_NEWS_CHARS = 0.9
# UTF-16 without a BOM, tried on bytes with NULs (the high byte of spaces and digits).
_WIDE_WITHOUT_BOM = ("utf-16-le", "utf-16-be")
# Legacy encodings tried when the bytes are not UTF-8, Arabic ones first.
_LEGACY = ["cp1256", "iso8859_6", "cp720", "cp1252", "iso8859_1"]


class DecodeError(ValueError):
    """The bytes are not text in any encoding khabar accepts; ``problem`` says why."""

    def __init__(self, problem: str) -> None:
        self.problem = problem
        super().__init__(problem)


def bom_encoding(data: bytes) -> str | None:
    """The codec named by a byte-order mark at the start of ``data``, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode ``data`` to text, trusting a BOM, then strict UTF-8, then ``declared`` (an
    HTML/HTTP charset), then charset detection among legacy encodings.

    Raises ``DecodeError`` ("empty file", "binary file", "cannot decode as text").
    A UTF-8 BOM is removed; nothing else in the text is changed.
    """
    if not data:
        raise DecodeError("empty file")
    encoding = bom_encoding(data)
    if encoding is None and b"\x00" in data:
        return _wide_without_bom(data)
    if encoding is None and declared:
        encoding = _known_codec(declared)
    # A page that declares a single-byte charset but whose bytes are all valid UTF-8 is
    # UTF-8: Arabic text in Windows-1256 is almost never valid UTF-8 by chance, and servers
    # that lie about the charset are common.
    text = _try_decode(data, "utf-8") if encoding not in _WIDE and not data.isascii() else None
    if text is None:
        text = _try_decode(data, encoding or "utf-8")
    if text is None:
        text = _detect(data)
    if text is None or _is_noise(text) or (encoding in _WIDE and not _is_news_text(text)):
        raise DecodeError("cannot decode as text")
    return text


def _wide_without_bom(data: bytes) -> str:
    """``data`` with NUL bytes read as UTF-16 without a BOM, if it reads as news text."""
    for encoding in _WIDE_WITHOUT_BOM:
        text = _try_decode(data, encoding)
        if text is not None and not _is_noise(text) and _is_news_text(text):
            return text
    raise DecodeError("binary file")


def _known_codec(name: str) -> str | None:
    """``name`` as a Python codec name, or None when Python does not know it."""
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def _try_decode(data: bytes, encoding: str) -> str | None:
    """``data`` decoded strictly, or None when it is not valid in ``encoding``."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    # Python's "utf-16" codec drops the BOM; keep the other codecs' output as is.
    return text.removeprefix("\ufeff")


def _detect(data: bytes) -> str | None:
    """The best legacy-encoding reading of ``data``, or None."""
    match = charset_normalizer.from_bytes(data, cp_isolation=_LEGACY).best()
    return str(match) if match is not None else None


def _is_news_text(text: str) -> bool:
    """True when ``text`` is mostly the characters news is written in."""
    return len(_NEWS_CHARS.findall(text)) >= _MIN_NEWS_CHARS * len(text)


def _is_noise(text: str) -> bool:
    """True when control or replacement characters make up too much of ``text``."""
    return len(_NOISE.findall(text)) > _MAX_NOISE * len(text)
