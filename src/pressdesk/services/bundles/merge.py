"""Merging a bundle's records into a catalogue, by uid, in the caller's transaction.

* People: by uid, else by name or a full-name alias (services.people.find_person), else
  created with the bundle's uid. New aliases and titles are added; nothing is removed.
* Photos: by uid, else by checksum (the original's or the bundle copy's). A new photo's
  stored file is the bundle's copy (it carries the catalogue's metadata), so its
  ``sha256`` is the copy's; the original's checksum is kept in the provenance note of
  the ``sha256`` field. Existing photos keep their files; their fields are updated.
* Releases: by uid, else by the checksum of their source text. Fields, keywords, slots
  and participants are updated; extra local slots are kept.

A field whose local provenance is ``user`` (a person's correction) is never overwritten:
it is reported as kept. Every other changed field is recorded in the history (actor
``bundle``) with provenance ``bundle``. Identical records are skipped untouched, so
importing the same bundle twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from pressdesk.catalogue.base import utcnow
from pressdesk.catalogue.models import (
    PHOTO_COLUMN_FIELDS,
    Participation,
    Person,
    PersonAlias,
    PersonShown,
    PersonTitle,
    Photo,
    PhotoKeyword,
    PhotoSlot,
    Provenance,
    Release,
    ReleaseKeyword,
)
from pressdesk.core.photos.fields import BY_NAME, normalise
from pressdesk.services.bundles.schema import BundlePhoto, BundleRelease
from pressdesk.services.history import (
    DECIDED_BY_PERSON,
    provenance_of,
    record_change,
    set_provenance,
)
from pressdesk.services.keywords import keyword_ids
from pressdesk.services.people.authority import add_aliases, create_person, find_person, note_title
from pressdesk.services.reads.load import load_photos, load_releases
from pressdesk.services.reads.records import RELEASE_FIELDS as TEXT_RELEASE_FIELDS
from pressdesk.services.reads.records import SLOT_FIELDS
from pressdesk.storage.ingest_worker import Prepared
from pressdesk.storage.library import PhotoLibrary

#: The photo fields a bundle sets (columns of ``photo``; persons shown and keywords apart).
PHOTO_FIELDS = tuple(f.name for f in PHOTO_COLUMN_FIELDS)


def _stored(name: str, value: Any) -> Any:
    """A field's value as the catalogue stores and compares it."""
    f = BY_NAME[name]
    value = normalise(f, value)
    return list(value) if f.is_list else dict(value) if f.value == "langs" else value


def _carried(p: BundlePhoto) -> tuple[str, ...]:
    """The photo fields this bundle says something about (an older bundle has fewer)."""
    return tuple(n for n in PHOTO_FIELDS if n in p.extra or n in BundlePhoto.__dataclass_fields__)


# A bundle also carries the release's review status.
RELEASE_FIELDS = (*TEXT_RELEASE_FIELDS, "status")


@dataclass(frozen=True)
class Entry:
    """One record of the bundle and what the import did with it."""

    kind: str  # release, photo or person
    uid: str
    id: int
    name: str
    fields: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()  # fields a person had corrected locally, left as they were

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "uid": self.uid,
            "id": self.id,
            "name": self.name,
            "fields": list(self.fields),
            "kept": list(self.kept),
        }


@dataclass
class MergeReport:
    added: list[Entry] = field(default_factory=list)
    updated: list[Entry] = field(default_factory=list)
    skipped: list[Entry] = field(default_factory=list)
    last: tuple[str, Entry] | None = None  # the outcome and entry noted last

    def note(self, entry: Entry, created: bool) -> None:
        self.note_as("added" if created else "updated" if entry.fields else "skipped", entry)

    def note_as(self, outcome: str, entry: Entry) -> None:
        {"added": self.added, "updated": self.updated, "skipped": self.skipped}[outcome].append(
            entry
        )
        self.last = (outcome, entry)


class _Fields:
    """Applies bundle values to one record, honouring provenance, recording history."""

    def __init__(self, s: Session, entity: str, uid: uuid.UUID, detail: str) -> None:
        self.s, self.entity, self.uid, self.detail = s, entity, uid, detail
        self.prov = provenance_of(s, entity, uid)
        self.changed: list[str] = []
        self.kept: list[str] = []

    def apply(self, name: str, old: Any, new: Any, setter: Callable[[Any], None]) -> None:
        if old == new:
            return
        if self.prov.get(name) in DECIDED_BY_PERSON:
            self.kept.append(name)
            return
        record_change(self.s, "bundle", self.entity, self.uid, name, old, new, "bundle")
        setter(new)
        set_provenance(self.s, self.entity, self.uid, name, "bundle", self.detail)
        self.changed.append(name)


def merge_person(s: Session, p: Any, report: MergeReport, detail: str) -> int:
    uid = uuid.UUID(p.uid)
    row = s.scalar(select(Person).where(Person.uid == uid))
    pid = row.id if row is not None else find_person(s, p.name)
    for alias, _kind in p.aliases if pid is None else ():
        pid = find_person(s, alias) if " " in alias.strip() else None
        if pid is not None:
            break
    created = pid is None
    if pid is None:
        person = create_person(s, p.name, [a for a, _k in p.aliases])
        person.uid, person.sort_name, person.notes = uid, p.sort_name, p.notes
        kinds = dict(p.aliases)
        for alias_row in s.scalars(select(PersonAlias).where(PersonAlias.person_id == person.id)):
            if kinds.get(alias_row.alias) in ("alias", "transliteration"):
                alias_row.kind = kinds[alias_row.alias]
        pid = person.id
        set_provenance(s, "person", uid, "name", "bundle", detail)
        changed = ["name"]
    else:
        changed = ["aliases"] if add_aliases(s, pid, [p.name, *(a for a, _k in p.aliases)]) else []
    before = _titles(s, pid)
    for title, first, last in p.titles:
        for seen in {first, last}:
            note_title(s, pid, title, dt.date.fromisoformat(seen) if seen else None)
    s.flush()
    if not created and _titles(s, pid) != before:
        changed.append("titles")
    name = row.display_name if row is not None else p.name
    report.note(Entry("person", p.uid, pid, name, tuple(changed)), created)
    return pid


def _titles(s: Session, pid: int) -> list[tuple[Any, ...]]:
    rows = s.execute(
        select(PersonTitle.title, PersonTitle.first_seen, PersonTitle.last_seen).where(
            PersonTitle.person_id == pid
        )
    )
    return sorted(tuple(r) for r in rows)


def merge_photo(
    s: Session,
    p: BundlePhoto,
    people: dict[str, int],
    staged: dict[str, Prepared],
    library: PhotoLibrary,
    report: MergeReport,
    detail: str,
    kept: list[Path],
) -> int:
    uid = uuid.UUID(p.uid)
    row = s.scalar(select(Photo).where(Photo.uid == uid)) or s.scalar(
        select(Photo).where(Photo.sha256.in_([p.sha256, p.file_sha256]))
    )
    shown = list(dict.fromkeys(people[u] for u, _name in p.persons_shown))
    if row is None:
        item = staged.pop(p.uid)
        info = item.reading.info
        kept.append(library.keep(item.staged, info.format))
        row = Photo(
            uid=uid,
            sha256=item.staged.sha256,
            original_name=p.original_name,
            format=info.format,
            width=info.width,
            height=info.height,
            bytes=item.staged.size,
            taken_at=p.taken_at,
            camera_make=p.camera_make,
            camera_model=p.camera_model,
            **{name: _stored(name, p.value(name)) for name in _carried(p)},
            embedded=item.reading.metadata.as_dict(),
        )
        s.add(row)
        s.flush()
        _set_keywords(s, row.id, p.keywords)
        _set_shown(s, row.id, shown)
        notes = [(name, detail) for name in (*_carried(p), "persons_shown", "keywords")]
        _new_provenance(
            s, "photo", uid, [*notes, ("sha256", f"{detail}; original sha256 {p.sha256}")]
        )
        report.note(Entry("photo", p.uid, row.id, p.original_name), True)
        return row.id
    if p.uid in staged:  # found by checksum after all: the staged copy is not needed
        library.discard(staged.pop(p.uid).staged)
    current = load_photos(s, [row.id])[0]
    f = _Fields(s, "photo", row.uid, detail)
    photo = row
    for name in _carried(p):
        new, old = _stored(name, p.value(name)), _stored(name, getattr(current, name))
        f.apply(name, old, new, partial(setattr, photo, name))
    old_shown = list(
        s.scalars(
            select(PersonShown.person_id)
            .where(PersonShown.photo_id == row.id)
            .order_by(PersonShown.position)
        )
    )
    f.apply("persons_shown", old_shown, shown, lambda v: _set_shown(s, photo.id, v))
    f.apply(
        "keywords",
        list(current.keywords),
        list(p.keywords),
        lambda v: _set_keywords(s, photo.id, v),
    )
    if f.changed and not set(f.changed) & set(PHOTO_FIELDS):
        row.updated_at = utcnow()  # the version counter moves with the edit
    report.note(
        Entry("photo", str(row.uid), row.id, row.original_name, tuple(f.changed), tuple(f.kept)),
        False,
    )
    return row.id


def _new_provenance(
    s: Session, entity: str, uid: uuid.UUID, notes: Sequence[tuple[str, str]]
) -> None:
    """The provenance of a record just added: every field from the bundle, in one INSERT
    (after clearing notes a record deleted under the same uid may have left)."""
    s.execute(delete(Provenance).where(Provenance.entity == entity, Provenance.entity_uid == uid))
    rows = [
        {"entity": entity, "entity_uid": uid, "field": f, "source": "bundle", "detail": d}
        for f, d in notes
    ]
    s.execute(insert(Provenance.core_table()), rows)


def _set_keywords(s: Session, photo_id: int, words: Sequence[str]) -> None:
    s.execute(delete(PhotoKeyword).where(PhotoKeyword.photo_id == photo_id))
    for position, kid in enumerate(keyword_ids(s, words)):
        s.add(PhotoKeyword(photo_id=photo_id, keyword_id=kid, position=position))


def _set_shown(s: Session, photo_id: int, person_ids: Sequence[int]) -> None:
    s.execute(delete(PersonShown).where(PersonShown.photo_id == photo_id))
    s.flush()
    for position, pid in enumerate(dict.fromkeys(person_ids)):
        s.add(PersonShown(photo_id=photo_id, person_id=pid, position=position))


def merge_release(
    s: Session,
    r: BundleRelease,
    people: dict[str, int],
    photos: dict[str, int],
    report: MergeReport,
    detail: str,
) -> None:
    uid = uuid.UUID(r.uid)
    row = s.scalar(select(Release).where(Release.uid == uid))
    if row is None and r.source_sha256:
        row = s.scalar(select(Release).where(Release.source_sha256 == r.source_sha256))
    values: dict[str, Any] = {name: getattr(r, name) for name in RELEASE_FIELDS}
    values["event_date"] = dt.date.fromisoformat(r.event_date) if r.event_date else None
    parts: dict[int, tuple[int, str | None, str, str | None]] = {}
    for part in r.participants:  # one per local person: two bundle people may be one here
        pid = people[part.person_uid]
        parts.setdefault(pid, (pid, part.title, part.role, part.name_in_text))
    wanted_parts = list(parts.values())
    wanted_slots = [
        (x.position, x.caption, x.credit, x.copyright, photos.get(x.photo_uid or ""))
        for x in r.slots
    ]
    if row is None:
        row = Release(uid=uid, source_sha256=r.source_sha256, **values)
        if r.created_at:
            row.created_at = dt.datetime.fromisoformat(r.created_at)
        if r.updated_at:
            row.updated_at = dt.datetime.fromisoformat(r.updated_at)
        s.add(row)
        s.flush()
        _set_release_keywords(s, row.id, r.keywords)
        for position, caption, credit, copyright_, photo_id in wanted_slots:
            s.add(
                PhotoSlot(
                    release_id=row.id,
                    position=position,
                    caption=caption,
                    credit=credit,
                    copyright=copyright_,
                    photo_id=photo_id,
                )
            )
        _set_participants(s, row, wanted_parts)
        names = [f"photos[{slot[0]}].{name}" for slot in wanted_slots for name in SLOT_FIELDS]
        names += [*RELEASE_FIELDS, "keywords", "participants"]
        _new_provenance(s, "release", uid, [(name, detail) for name in names])
        report.note(Entry("release", r.uid, row.id, r.headline or r.uid), True)
        return
    current = load_releases(s, [row.id])[0]
    f = _Fields(s, "release", row.uid, detail)
    release = row
    for name in RELEASE_FIELDS:
        f.apply(name, getattr(row, name), values[name], partial(setattr, release, name))
    f.apply(
        "keywords",
        list(current.keywords),
        list(r.keywords),
        lambda v: _set_release_keywords(s, release.id, v),
    )
    _merge_slots(s, row, wanted_slots, f)
    current_parts = [(p.person_id, p.title, p.role, p.name_in_text) for p in current.participants]
    f.apply("participants", current_parts, wanted_parts, lambda v: _set_participants(s, release, v))
    if f.changed:
        row.updated_at = utcnow()
    report.note(
        Entry(
            "release", str(row.uid), row.id, row.headline or r.uid, tuple(f.changed), tuple(f.kept)
        ),
        False,
    )


def _merge_slots(s: Session, row: Release, wanted: list[tuple[Any, ...]], f: _Fields) -> None:
    """Match slots in order (position, then age): the n-th of the bundle with the n-th here."""
    existing = list(
        s.scalars(
            select(PhotoSlot)
            .where(PhotoSlot.release_id == row.id)
            .order_by(PhotoSlot.position, PhotoSlot.id)
        )
    )
    for index, (position, caption, credit, copyright_, photo_id) in enumerate(wanted):
        key = f"photos[{index}]"
        if index < len(existing):
            slot = existing[index]
        else:
            slot = PhotoSlot(release_id=row.id, position=position)
            s.add(slot)
            f.changed.append(key)
        new = (position, caption, credit, copyright_)
        for name, value in zip(("position", *SLOT_FIELDS), new, strict=True):
            f.apply(f"{key}.{name}", getattr(slot, name), value, partial(setattr, slot, name))
        if photo_id is not None:
            f.apply(f"{key}.photo", slot.photo_id, photo_id, partial(setattr, slot, "photo_id"))


def _set_release_keywords(s: Session, release_id: int, words: Sequence[str]) -> None:
    s.execute(delete(ReleaseKeyword).where(ReleaseKeyword.release_id == release_id))
    for position, kid in enumerate(keyword_ids(s, words)):
        s.add(ReleaseKeyword(release_id=release_id, keyword_id=kid, position=position))


def _set_participants(s: Session, row: Release, wanted: Sequence[tuple[Any, ...]]) -> None:
    s.execute(delete(Participation).where(Participation.release_id == row.id))
    s.flush()
    seen: set[int] = set()
    for position, (pid, title, role, name_in_text) in enumerate(wanted):
        if pid in seen:
            continue
        seen.add(pid)
        note_title(s, pid, title, row.event_date)
        s.add(
            Participation(
                release_id=row.id,
                person_id=pid,
                title=title,
                role=role,
                name_in_text=name_in_text,
                position=position,
            )
        )
