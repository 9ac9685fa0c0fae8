"""Plain records that services return: never ORM objects, never widget text.

Each record's ``to_json()`` gives exactly the object the command-line contract promises.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from pressdesk.core.photos.fields import EDITABLE, FieldValues
from pressdesk.core.photos.fields import to_json as fields_json
from pressdesk.core.templates import person_label

# The release fields a parser fills and a person edits, and the published text of a slot.
RELEASE_FIELDS = (
    "headline",
    "subheadline",
    "summary",
    "body",
    "issuer",
    "event_date",
    "place",
    "language",
    "source_url",
)
SLOT_FIELDS = ("caption", "credit", "copyright")


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True)
class SlotRecord:
    position: int
    caption: str | None
    credit: str | None
    copyright: str | None
    photo_id: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "position": self.position,
            "caption": self.caption,
            "credit": self.credit,
            "copyright": self.copyright,
            "photo_id": self.photo_id,
        }


@dataclass(frozen=True)
class ParticipantRecord:
    """A person's part in a release: ``name`` is the authority's form of the name,
    ``name_in_text`` the form this release writes (when it differs or was recorded)."""

    person_id: int
    name: str
    title: str | None
    role: str
    name_in_text: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "name": self.name,
            "title": self.title,
            "role": self.role,
            "name_in_text": self.name_in_text or self.name,
        }


@dataclass(frozen=True)
class ReleaseRecord:
    id: int
    uid: str
    headline: str | None
    subheadline: str | None
    summary: str | None
    body: str
    issuer: str | None
    event_date: dt.date | None
    place: str | None
    language: str | None
    keywords: tuple[str, ...]
    photos: tuple[SlotRecord, ...]
    participants: tuple[ParticipantRecord, ...]
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int = 1
    source_url: str | None = None
    status: str = "draft"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uid": self.uid,
            "headline": self.headline,
            "subheadline": self.subheadline,
            "summary": self.summary,
            "body": self.body,
            "issuer": self.issuer,
            "event_date": _iso(self.event_date),
            "place": self.place,
            "language": self.language,
            "keywords": list(self.keywords),
            "photos": [s.to_json() for s in self.photos],
            "participants": [p.to_json() for p in self.participants],
            "created_at": _iso(self.created_at),
            "updated_at": _iso(self.updated_at),
        }


@dataclass(frozen=True)
class ReleaseSummary:
    """A row of the release list."""

    id: int
    uid: str
    headline: str | None
    event_date: dt.date | None
    issuer: str | None
    photo_count: int

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uid": self.uid,
            "headline": self.headline,
            "event_date": _iso(self.event_date),
            "issuer": self.issuer,
            "photo_count": self.photo_count,
        }


@dataclass(frozen=True)
class PhotoRecord:
    id: int
    uid: str
    sha256: str
    original_name: str
    format: str
    width: int | None
    height: int | None
    bytes: int
    taken_at: str | None
    camera_make: str | None
    camera_model: str | None
    caption: str | None
    headline: str | None
    credit: str | None
    copyright: str | None
    creator: tuple[str, ...]
    source: str | None
    persons_shown: tuple[str, ...]
    keywords: tuple[str, ...]
    embedded: dict[str, Any] = field(default_factory=dict)
    releases: tuple[int, ...] = ()
    version: int = 1
    # the other fields of the schema (core.photos.fields), in its order
    title: str | None = None
    captions: dict[str, str] = field(default_factory=dict)
    alt_text: str | None = None
    usage_terms: str | None = None
    web_statement: str | None = None
    date_created: str | None = None
    event: str | None = None
    sublocation: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None
    country_code: str | None = None
    instructions: str | None = None
    caption_writer: str | None = None
    job_id: str | None = None

    def values(self) -> FieldValues:
        """The schema's fields of this photo (the catalogue's values)."""
        return FieldValues({f.name: getattr(self, f.name) for f in EDITABLE})

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uid": self.uid,
            "sha256": self.sha256,
            "original_name": self.original_name,
            "format": self.format,
            "width": self.width,
            "height": self.height,
            "bytes": self.bytes,
            "taken_at": self.taken_at,
            "camera_make": self.camera_make,
            "camera_model": self.camera_model,
            **fields_json(self.values()),
            "embedded": dict(self.embedded),
            "releases": list(self.releases),
        }


@dataclass(frozen=True)
class PersonRecord:
    """A person of the authority. ``titles`` are the titles' texts; ``title_dates`` the same
    titles with the first and last release dates they were seen on; ``releases`` the
    number of releases the person takes part in or is mentioned by."""

    id: int
    uid: str
    name: str
    sort_name: str
    aliases: tuple[str, ...]
    titles: tuple[str, ...]
    title_dates: tuple[tuple[str, dt.date | None, dt.date | None], ...] = ()
    code: str | None = None
    releases: int = 0

    @property
    def label(self) -> str:
        """Current title and name, as a code expands ("President Reuven Rivlin")."""
        return person_label(self.name, self.title_dates)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uid": self.uid,
            "name": self.name,
            "sort_name": self.sort_name,
            "aliases": list(self.aliases),
            "titles": [
                {"title": t, "first_seen": _iso(f), "last_seen": _iso(la)}
                for t, f, la in self.title_dates
            ],
            "code": self.code,
            "releases": self.releases,
        }


@dataclass(frozen=True)
class SearchResult:
    releases: tuple[ReleaseSummary, ...]
    photos: tuple[PhotoRecord, ...]
    people: tuple[PersonRecord, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "releases": [r.to_json() for r in self.releases],
            "photos": [p.to_json() for p in self.photos],
            "people": [p.to_json() for p in self.people],
        }


@dataclass(frozen=True)
class FileError:
    """A file of a batch that could not be used, with one sentence saying why."""

    path: str
    error: str

    def to_json(self) -> dict[str, str]:
        return {"path": self.path, "error": self.error}
