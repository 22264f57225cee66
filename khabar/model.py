"""The typed records that pass between khabar's stages.

Every extracted thing carries ``start``/``end``: Python string indices into the
article text exactly as it was given (before any normalization), so each figure
can be shown in its sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


def _fields(record: Any) -> dict[str, Any]:
    """The fields of a flat slotted record: ``dataclasses.asdict`` without its deep copy,
    which took ~2 ms an article when the store serialized analyses."""
    return {name: getattr(record, name) for name in record.__slots__}


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the body, or a sub-heading when ``heading`` is true."""

    start: int
    end: int
    heading: bool = False

    def to_dict(self) -> dict[str, Any]:
        return _fields(self)


@dataclass(frozen=True, slots=True)
class Debris:
    """A removed stretch of page debris ("اقرأ أيضاً …", "أضف تعليق") and why it went."""

    start: int
    end: int
    text: str
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure resolved to a value: ``low``/``high`` bound it, ``qualifier`` says how."""

    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    unit: str | None = None
    counted: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _fields(self)


@dataclass(frozen=True, slots=True)
class DateRef:
    """A date expression; ``value`` is ISO at ``resolution`` or None when unresolvable."""

    start: int
    end: int
    text: str
    value: str | None
    resolution: str
    relative: bool = False

    def to_dict(self) -> dict[str, Any]:
        return _fields(self)


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention; ``canonical`` is the same key for every spelling of one entity."""

    start: int
    end: int
    text: str
    type: str
    canonical: str

    def to_dict(self) -> dict[str, Any]:
        return _fields(self)


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Who a claim is cited to (or relayed through), as written in the text."""

    start: int
    end: int
    text: str
    canonical: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _fields(self)


@dataclass(frozen=True, slots=True)
class Claim:
    """A quantitative claim: ``quantity`` indexes ``Analysis.quantities``."""

    quantity: int
    topic: str | None
    subject: str | None
    cited: SourceRef | None
    via: SourceRef | None
    said: str | None
    period: str | None
    sentence: int
    # The date expression the figure was said at, as written ("يناير", "بعد شهرين"), even
    # when it cannot be resolved (no publication date); ``said`` is its ISO value.
    said_text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "quantity": self.quantity,
            "topic": self.topic,
            "subject": self.subject,
            "cited": self.cited.to_dict() if self.cited else None,
            "via": self.via.to_dict() if self.via else None,
            "said": self.said,
            "said_text": self.said_text,
            "period": self.period,
            "sentence": self.sentence,
        }


@dataclass(slots=True)
class Analysis:
    """Everything khabar finds in one text; the stages of ``pipeline`` fill it in order."""

    text: str
    published: datetime | None = None
    sentences: list[Sentence] = field(default_factory=list)
    debris: list[Debris] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    entities: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ``khabar extract``."""
        return {
            "published": self.published.isoformat() if self.published else None,
            "sentences": [s.to_dict() for s in self.sentences],
            "debris": [d.to_dict() for d in self.debris],
            "quantities": [q.to_dict() for q in self.quantities],
            "dates": [d.to_dict() for d in self.dates],
            "entities": [m.to_dict() for m in self.entities],
            "claims": [c.to_dict() for c in self.claims],
        }


@dataclass(slots=True)
class Document:
    """One article as read from an input, before analysis."""

    text: str
    source: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: datetime | None = None
    language: str | None = None
    html: str | None = None
    fmt: str = "txt"
    extra: dict[str, Any] = field(default_factory=dict)
