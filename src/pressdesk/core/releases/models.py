"""The parser's result types."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field


class ReleaseParseError(ValueError):
    """A release file or text that cannot be read as a release; the message is one sentence."""


@dataclass(frozen=True)
class ParsedSlot:
    """One photo of a release as printed in its text (the image file comes later)."""

    caption: str | None
    credit: str | None
    copyright: str | None


@dataclass(frozen=True)
class ParsedPerson:
    """A named person: a participant in the reported event, or only mentioned."""

    name: str
    title: str | None
    role: str  # "participant" | "mentioned"
    aliases: tuple[str, ...] = ()
    confidence: float = 1.0  # 0..1: how sure the parser is that this is a person, so named


@dataclass(frozen=True)
class ParsedRelease:
    """Everything the parser read from one release."""

    headline: str | None
    subheadline: str | None
    summary: str | None
    body: str
    issuer: str | None
    event_date: dt.date | None
    place: str | None
    language: str
    photos: tuple[ParsedSlot, ...]
    participants: tuple[ParsedPerson, ...]
    source_url: str | None = None
    warnings: tuple[str, ...] = ()
    # 0..1 per parsed value: "headline", "issuer", "event_date", "place", "photos[N]", ...
    confidence: Mapping[str, float] = field(default_factory=dict)
