"""The change history of a release or photo as people read it: newest first, each change
with where its value came from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.models import ChangeRecord, Photo, Provenance, Release
from pressdesk.services.errors import NotFoundError
from pressdesk.services.reads.load import resolve_id

# The contract's names for where a value came from (the catalogue says "parsed").
SOURCE_NAMES = {"parsed": "text"}
HISTORY_SOURCES = (
    "text",
    "file",
    "preset",
    "template",
    "person",
    "bundle",
    "fix",
    "release",
    "user",
)
_ACTOR_SOURCES = {"bundle": "bundle", "import": "text"}  # (records older than 0009)
_KINDS: dict[str, type[Release] | type[Photo]] = {"release": Release, "photo": Photo}


@dataclass(frozen=True)
class HistoryEntry:
    """One change of one field: when, from what to what, from where, by whom."""

    id: int
    at: dt.datetime
    field: str
    old: Any
    new: Any
    source: str
    actor: str

    def to_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "source": self.source,
        }


def source_name(source: str | None, actor: str) -> str:
    """The history's name for where a change came from."""
    if source is None:
        return _ACTOR_SOURCES.get(actor, "user")
    return SOURCE_NAMES.get(source, source)


def history_rows(session: Session, kind: str, record_id: int) -> list[HistoryEntry]:
    """Changes of one release or photo, newest first."""
    model = _KINDS[kind]
    uid = session.scalar(select(model.uid).where(model.id == record_id))
    rows = session.scalars(
        select(ChangeRecord)
        .where(ChangeRecord.entity == kind, ChangeRecord.entity_uid == uid)
        .order_by(ChangeRecord.id.desc())
    )
    return [
        HistoryEntry(
            r.id, r.at, r.field, r.old_value, r.new_value, source_name(r.source, r.actor), r.actor
        )
        for r in rows
    ]


def history(cat: Catalogue, kind: str, ref: str | int) -> list[HistoryEntry]:
    """The history of the release or photo ``ref`` (id or uid), newest first."""
    with cat.read() as s:
        return history_rows(s, kind, resolve_id(s, kind, ref))


def newest_change(cat: Catalogue, kind: str, ref: str | int, field: str) -> int:
    """The id of the newest change of ``field`` of a release or photo (what a revert of
    that value takes back)."""
    with cat.read() as s:
        record_id = resolve_id(s, kind, ref)
        for entry in history_rows(s, kind, record_id):
            if entry.field == field:
                return entry.id
        fields = sorted({e.field for e in history_rows(s, kind, record_id)})
    known = f"its history has {', '.join(fields)}" if fields else "it has no history yet"
    raise NotFoundError(
        f"The {kind} {ref} has no recorded change of '{field}' to revert ({known}); "
        f"'pressdesk history {kind} {ref}' lists them."
    )


def photo_provenance(cat: Catalogue, photo_id: int) -> tuple[int, dict[str, str]]:
    """(photo id, field -> where its current value came from, in the history's names)."""
    with cat.read() as s:
        uid = s.scalar(select(Photo.uid).where(Photo.id == photo_id))
        rows = s.execute(
            select(Provenance.field, Provenance.source).where(
                Provenance.entity == "photo", Provenance.entity_uid == uid
            )
        )
        return photo_id, {name: SOURCE_NAMES.get(source, source) for name, source in rows}
