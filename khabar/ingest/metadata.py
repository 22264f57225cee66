"""Article metadata as inputs spell it: field names mapped to ``Document`` fields
(``khabar/data/ingest_fields.json``) and publication dates parsed with their offset.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import cache
from importlib import resources
from typing import Any

from khabar.extract.dates import find_dates

# Epoch numbers above this are milliseconds (1e11 seconds is the year 5138).
_EPOCH_MS = 1e11


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
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return written_day(text, whole=True)


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
