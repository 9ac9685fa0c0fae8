"""The parser's result types."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


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
