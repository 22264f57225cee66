"""Article metadata as inputs spell it: field names mapped to ``Document`` fields
(``khabar/data/ingest_fields.json``) and publication dates parsed with their offset.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import cache
from importlib import resources
from typing import Any

from khabar.extract.dates import find_dates

# Epoch numbers above this are milliseconds (1e11 seconds is the year 5138).
_EPOCH_MS = 1e11
# Quirks of feed dates (``_as_rfc_2822``).
_LONG_MONTH = re.compile(
    r"\b(Sept|January|February|March|April|June|July|August|September|October|November|"
    r"December)\b"
)
_TWELVE_HOURS = re.compile(
    r"\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM|am|pm|ص|م|صباحا|مساء|مساءً)(?!\w)"
)
_GMT_PLUS = re.compile(r"\b(?:GMT|UTC)\s*([+-])(\d{1,2}):?(\d{2})?\b")
_ARABIA = re.compile(r"\b(?:AST|KSA)\b")
_TIME_OF_DAY = re.compile(r"(?<!\d)([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?!\d)")
_OFFSET = re.compile(r"([+-])(\d{2}):?(\d{2})(?!\d)")


@cache
def _aliases() -> dict[str, str]:
    """Lower-cased input field name -> Document field, first listed alias first."""
    path = resources.files("khabar").joinpath("data/ingest_fields.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        alias.lower(): name
        for name, aliases in data.items()
        if not name.startswith("_")
        for alias in aliases
    }


@dataclass(slots=True)
class Metadata:
    """What a metadata record says about an article, mapped to Document fields."""

    text: str | None = None
    html: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: datetime | None = None
    language: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def read_metadata(record: Mapping[str, Any]) -> Metadata:
    """Map ``record``'s fields to Document fields by alias (the first non-empty one
    wins); the other fields, and a date that cannot be parsed (as
    ``published_raw``), go to ``extra`` unchanged."""
    aliases = _aliases()
    fields: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in record.items():
        name = aliases.get(key.lower())
        if name is None or name in fields or value in (None, ""):
            extra[key] = value
        else:
            fields[name] = value
    published = parse_published(fields.get("published"))
    if published is None and "published" in fields:
        extra["published_raw"] = fields["published"]
    text, html = fields.get("text"), fields.get("html")
    return Metadata(
        text=text if isinstance(text, str) else None,
        html=html if isinstance(html, str) else None,
        title=as_text(fields.get("title")),
        outlet=as_text(fields.get("outlet")),
        url=as_text(fields.get("url")),
        published=published,
        language=as_text(fields.get("language")),
        extra=extra,
    )


def as_text(value: Any) -> str | None:
    """A metadata value as a string: ``{"name": ...}`` objects (NewsAPI's source) give
    their name; empty values give None."""
    if isinstance(value, Mapping):
        value = value.get("name") or value.get("title")
    if value is None:
        return None
    text = str(value).strip()
    return text or None


# A month name between slashes, as Egyptian sites write their stamps: "05/فبراير/2026".
_SLASHED_MONTH = re.compile(r"(\d{1,2})/([^\W\d_]+)/(\d{4})")


def parse_published(value: Any) -> datetime | None:
    """A publication date from ISO 8601 (offset kept), RFC 2822 (feeds, HTTP), an
    epoch number (UTC) or a day as Arabic news writes it; None when ``value`` is none
    of these."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if value > _EPOCH_MS else value
        return datetime.fromtimestamp(seconds, tz=UTC)
    text = as_text(value)
    if text is None:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    stamp = _as_rfc_2822(text)
    try:
        return parsedate_to_datetime(stamp)
    except (TypeError, ValueError, IndexError):
        return written_stamp(stamp, whole=True)


def written_stamp(text: str, *, whole: bool = False) -> datetime | None:
    """``written_day`` at the time of day (and offset) ``text`` writes after the date, if
    it writes one ("السبت 20 سبتمبر 2025 - 02:15 م", "16/09/2025 09:00", "الخميس
    05/فبراير/2026 - 09:10 م")."""
    text = _SLASHED_MONTH.sub(r"\1 \2 \3", text)
    day = written_day(text, whole=whole)
    return _at_time_of(_TWELVE_HOURS.sub(_on_24_hours, text), day) if day else None


def _as_rfc_2822(text: str) -> str:
    """``text`` with the quirks of Arab sites' feed dates made standard: "Sept", a 12-hour
    clock ("08:40:00 PM"), "GMT+3", and "AST", which they mean as Arabia's +03:00 (the
    Atlantic's −04:00 to Python)."""
    text = _LONG_MONTH.sub(lambda m: m.group(1)[:3], text)
    text = _TWELVE_HOURS.sub(_on_24_hours, text)
    text = _GMT_PLUS.sub(lambda m: f"{m.group(1)}{int(m.group(2)):02d}{m.group(3) or '00'}", text)
    return _ARABIA.sub("+0300", text)


def _on_24_hours(match: re.Match[str]) -> str:
    evening = match.group(4).lower() in ("pm", "م", "مساء", "مساءً")
    hour = int(match.group(1)) % 12 + (12 if evening else 0)
    return f"{hour:02d}:{match.group(2)}:{match.group(3) or '00'}"


def _at_time_of(text: str, day: datetime) -> datetime:
    """``day`` at the time of day and offset ``text`` writes, if it writes them
    ("16/09/2025 09:00", "الاثنين, 15 سبتمبر 2025 10:30:00 +0300")."""
    time = _TIME_OF_DAY.search(text)
    if time is None:
        return day
    zone = _OFFSET.search(text, time.end())
    tz = UTC
    if zone is not None:
        sign = -1 if zone.group(1) == "-" else 1
        tz = timezone(sign * timedelta(hours=int(zone.group(2)), minutes=int(zone.group(3))))
    hour, minute, second = (int(time.group(i) or 0) for i in (1, 2, 3))
    return day.replace(hour=hour, minute=minute, second=second, tzinfo=tz)


def written_day(text: str, *, whole: bool = False) -> datetime | None:
    """The first day ``text`` writes in full as Arabic news does, day first ("03/09/2025",
    "3 سبتمبر 2025", "الأربعاء 3 أيلول 2025"), at midnight UTC; with ``whole``, only when
    that date is most of ``text``."""
    for date in find_dates(text, None):
        if date.resolution == "day" and date.value and not date.relative:
            if whole and len(date.text) < len(text) / 2:
                return None
            return datetime.fromisoformat(date.value).replace(tzinfo=UTC)
    return None
