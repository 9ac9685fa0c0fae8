"""The change history of a release or photo as people read it: newest first, each change
with where its value came from."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.models import ChangeRecord, Person, Photo, Provenance, Release
from pressdesk.services.errors import NotFoundError
from pressdesk.services.reads.load import load_photos, load_releases, resolve_id

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
    # person id -> name, for the people a participants value names (read with the history)
    names: dict[int, str] = dataclasses.field(default_factory=dict, compare=False)

    def readable(self, value: Any) -> Any:
        """``value`` as people read it: a participants list as one text per participant,
        the person's name with its id ("Shimon Peres (#1), President"); others as they are."""
        if self.field != "participants" or not isinstance(value, list):
            return value
        return [participant_text(p, self.names) for p in value]

    @property
    def revertible(self) -> bool:
        """A change can be reverted; a value's origin (id 0: where the value the record
        was created with came from) cannot."""
        return self.id > 0

    def to_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "source": self.source,
        }


def participant_text(p: Any, names: dict[int, str]) -> str:
    """One participant as the history writes it ``[person id, title, role]``, readable."""
    if not isinstance(p, list | tuple) or not p:
        return str(p)
    pid, title, role = [*p, None, None][:3]
    name = names.get(pid) if isinstance(pid, int) else None
    text = f"{name} (#{pid})" if name else f"person #{pid} (no longer in the catalogue)"
    if title:
        text += f", {title}"
    if role and role != "participant":
        text += f" [{role}]"
    return text


def _person_ids(value: Any) -> set[int]:
    if not isinstance(value, list):
        return set()
    return {p[0] for p in value if isinstance(p, list | tuple) and p and isinstance(p[0], int)}


def with_names(s: Session, entries: list[HistoryEntry]) -> list[HistoryEntry]:
    """The entries with the names of the people their participants values name."""
    ids: set[int] = set()
    for e in entries:
        if e.field == "participants":
            ids |= _person_ids(e.old) | _person_ids(e.new)
    if not ids:
        return entries
    names = dict(s.execute(select(Person.id, Person.display_name).where(Person.id.in_(ids))).all())
    return [replace(e, names=names) if e.field == "participants" else e for e in entries]


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
    """The history of the release or photo ``ref`` (id or uid), newest first: its changes
    and the origin of each value never changed since (read from the file, parsed from the
    text: ``old`` None, id 0), each where its time puts it (a change before an origin of
    the same time). Participants' person ids come with their names (``names``)."""
    with cat.read() as s:
        record_id = resolve_id(s, kind, ref)
        changes = history_rows(s, kind, record_id)
        entries = changes + origins(s, kind, record_id, {e.field for e in changes})
        entries.sort(key=lambda e: e.at, reverse=True)  # stable: ties keep changes first
        return with_names(s, entries)


_SLOT = re.compile(r"photos\[(\d+)\]\.(\w+)")


def field_value(record: dict[str, Any], field: str) -> Any:
    """A field's value in a release or photo object, as the history writes it."""
    m = _SLOT.fullmatch(field)
    if m:
        slots = {s["position"]: s for s in record.get("photos", [])}
        return slots.get(int(m.group(1)), {}).get(m.group(2))
    if field == "photos":
        return [s["photo_id"] for s in record.get("photos", [])]
    if field == "participants":  # as the history writes them: (id, title, role)
        return [[p["person_id"], p["title"], p["role"]] for p in record.get("participants", [])]
    if field in record:
        return record[field]
    return (record.get("location") or {}).get(field)


def origins(s: Session, kind: str, record_id: int, changed: set[str]) -> list[HistoryEntry]:
    """Where each value that was never changed came from, oldest last."""
    model = _KINDS[kind]
    uid = s.scalar(select(model.uid).where(model.id == record_id))
    rows = s.execute(
        select(Provenance.field, Provenance.source, Provenance.recorded_at)
        .where(Provenance.entity == kind, Provenance.entity_uid == uid)
        .order_by(Provenance.recorded_at.desc(), Provenance.field)
    ).all()
    rows = [r for r in rows if r.field not in changed]
    if not rows:
        return []
    load = load_releases if kind == "release" else load_photos
    record = load(s, [record_id])[0].to_json()
    out = []
    for field, source, at in rows:
        value = field_value(record, field)
        if value not in (None, "", [], {}):
            name = SOURCE_NAMES.get(source, source)
            out.append(HistoryEntry(0, at, field, None, value, name, "origin"))
    return out


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
