"""Writes shared by credit presets and one-click fixes: many fields, one transaction.

Every change is recorded in the change history with its provenance, and comes back as a
:class:`FieldChange`, so that a whole call is one undo step (:func:`revert_field_changes`
undoes it) and the views refresh exactly the records that changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from pressdesk.catalogue.base import utcnow
from pressdesk.catalogue.models import (
    Participation,
    Person,
    PersonShown,
    Photo,
    PhotoSlot,
    Provenance,
    Release,
)
from pressdesk.services.errors import ConflictError, InvalidInputError, NotFoundError
from pressdesk.services.history import record_change
from pressdesk.services.ops import Changes
from pressdesk.services.reads.records import SLOT_FIELDS
from pressdesk.services.undo.steps import Entry

PHOTO_FIELDS = ("caption", "headline", "credit", "copyright", "source")
CHUNK = 500


@dataclass(frozen=True)
class FieldChange:
    """One field of one record, from ``old`` to ``new``.

    ``entity`` is ``photo`` (``record_id`` a photo id), ``slot`` (a release id and
    ``position``) or ``release`` (``participants``). ``persons_shown`` and ``participants``
    are lists of person ids.
    """

    entity: str
    record_id: int
    field: str
    old: Any
    new: Any
    position: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "id": self.record_id,
            "position": self.position,
            "field": self.field,
            "old": self.old,
            "new": self.new,
        }

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> FieldChange:
        return cls(
            value["entity"],
            value["id"],
            value["field"],
            value["old"],
            value["new"],
            value.get("position"),
        )

    def inverted(self) -> FieldChange:
        return replace(self, old=self.new, new=self.old)


@dataclass(frozen=True)
class AppliedChanges:
    """What one call changed, field by field: one undo step (``undo_step``, its id)."""

    fields: tuple[FieldChange, ...] = ()
    undo_step: int | None = None

    def __bool__(self) -> bool:
        return bool(self.fields)

    @property
    def changes(self) -> Changes:
        """The records to refresh."""
        return Changes.of(
            releases=(c.record_id for c in self.fields if c.entity != "photo"),
            photos=(c.record_id for c in self.fields if c.entity == "photo"),
        )

    def entry(self) -> Entry:
        """The undo step's entry for these changes."""
        return {"kind": "changes", "changes": [c.to_json() for c in self.fields]}

    def to_json(self) -> dict[str, Any]:
        return {"changes": [c.to_json() for c in self.fields]}


def clean(value: Any) -> str | None:
    """Stripped text, None for blank."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def note_provenance(
    s: Session,
    entity: str,
    items: Sequence[tuple[uuid.UUID, str]],
    source: str,
    detail: str | None,
) -> None:
    """Set the provenance of many (uid, field) pairs with one query per chunk."""
    for n in range(0, len(items), CHUNK):
        chunk = items[n : n + CHUNK]
        uids = {uid for uid, _f in chunk}
        fields = {f for _u, f in chunk}
        rows = s.scalars(
            select(Provenance).where(
                Provenance.entity == entity,
                Provenance.entity_uid.in_(uids),
                Provenance.field.in_(fields),
            )
        ).all()
        known = {(r.entity_uid, r.field): r for r in rows}
        for uid, field in chunk:
            row = known.get((uid, field))
            if row is None:
                row = Provenance(entity=entity, entity_uid=uid, field=field, source=source)
                s.add(row)
                known[(uid, field)] = row
            row.source, row.detail, row.recorded_at = source, detail, utcnow()


def write_photo_fields(
    s: Session,
    updates: Sequence[tuple[int, dict[str, Any]]],
    *,
    actor: str,
    source: str,
    detail: str | None = None,
    expected: dict[tuple[int, str], Any] | None = None,
) -> list[FieldChange]:
    """Set text fields of many photos; unchanged values are not recorded.

    ``expected`` maps (photo id, field) to the value the caller saw: a different current
    value raises ConflictError and nothing is written.
    """
    changes: list[FieldChange] = []
    prov: list[tuple[uuid.UUID, str]] = []
    for n in range(0, len(updates), CHUNK):
        chunk = updates[n : n + CHUNK]
        ids = [pid for pid, _v in chunk]
        photos = {p.id: p for p in s.scalars(select(Photo).where(Photo.id.in_(ids)))}
        for pid, values in chunk:
            photo = photos.get(pid)
            if photo is None:
                raise NotFoundError(f"No photo with id {pid} in this catalogue.")
            for field, value in values.items():
                if field not in PHOTO_FIELDS:
                    raise InvalidInputError(f"Photos have no field {field}.")
                old, new = getattr(photo, field), clean(value)
                if (
                    expected is not None
                    and (pid, field) in expected
                    and clean(expected[(pid, field)]) != clean(old)
                ):
                    raise ConflictError(
                        f"The {field} of photo {pid} was changed since it was checked "
                        f"(it is now {old!r}); check again before fixing."
                    )
                if old == new:
                    continue
                record_change(s, actor, "photo", photo.uid, field, old, new, source)
                setattr(photo, field, new)
                prov.append((photo.uid, field))
                changes.append(FieldChange("photo", pid, field, old, new))
    note_provenance(s, "photo", prov, source, detail)
    s.flush()
    return changes


def _release(s: Session, release_id: int) -> Release:
    release = s.get(Release, release_id)
    if release is None:
        raise NotFoundError(f"No release with id {release_id} in this catalogue.")
    return release


def write_slot_field(
    s: Session,
    release_id: int,
    position: int,
    field: str,
    value: Any,
    *,
    actor: str,
    source: str = "user",
    expected: Any = None,
    check_expected: bool = False,
) -> list[FieldChange]:
    """Set the published caption, credit or copyright of one slot of a release."""
    if field not in SLOT_FIELDS:
        raise InvalidInputError(f"Photo slots have no field {field}.")
    release = _release(s, release_id)
    slot = s.scalar(
        select(PhotoSlot).where(PhotoSlot.release_id == release_id, PhotoSlot.position == position)
    )
    if slot is None:
        raise NotFoundError(f"Release {release_id} has no photo slot {position + 1}.")
    old, new = getattr(slot, field), clean(value)
    if check_expected and clean(expected) != old:
        raise ConflictError(
            f"The {field} of slot {position + 1} of release {release_id} was changed since it "
            "was checked; check again before fixing."
        )
    if old == new:
        return []
    key = f"photos[{position}].{field}"
    record_change(s, actor, "release", release.uid, key, old, new, source)
    setattr(slot, field, new)
    note_provenance(s, "release", [(release.uid, key)], source, None)
    release.updated_at = utcnow()
    return [FieldChange("slot", release_id, field, old, new, position)]


def _shown(s: Session, photo_id: int) -> list[int]:
    return list(
        s.scalars(
            select(PersonShown.person_id)
            .where(PersonShown.photo_id == photo_id)
            .order_by(PersonShown.position)
        )
    )


def _names(s: Session, ids: Iterable[int]) -> list[str]:
    ids = list(ids)
    found = dict(s.execute(select(Person.id, Person.display_name).where(Person.id.in_(ids))).all())
    return [found.get(i, str(i)) for i in ids]


def set_persons_shown(
    s: Session, photo_id: int, person_ids: Sequence[int], *, actor: str, source: str = "user"
) -> list[FieldChange]:
    """Replace the people shown in a photo (left to right) by these person ids."""
    photo = s.get(Photo, photo_id)
    if photo is None:
        raise NotFoundError(f"No photo with id {photo_id} in this catalogue.")
    old = _shown(s, photo_id)
    new = list(dict.fromkeys(person_ids))
    if old == new:
        return []
    s.execute(delete(PersonShown).where(PersonShown.photo_id == photo_id))
    s.flush()
    for position, pid in enumerate(new):
        s.add(PersonShown(photo_id=photo_id, person_id=pid, position=position))
    record_change(
        s, actor, "photo", photo.uid, "persons_shown", _names(s, old), _names(s, new), source
    )
    note_provenance(s, "photo", [(photo.uid, "persons_shown")], source, None)
    photo.updated_at = utcnow()  # moves the version counter with the edit
    s.flush()
    return [FieldChange("photo", photo_id, "persons_shown", old, new)]


def _participants(s: Session, release_id: int) -> list[Participation]:
    return list(
        s.scalars(
            select(Participation)
            .where(Participation.release_id == release_id)
            .order_by(Participation.position)
        )
    )


def set_participant_ids(
    s: Session, release_id: int, person_ids: Sequence[int], *, actor: str
) -> list[FieldChange]:
    """Add or remove participants so that the release has exactly these people (titles and
    roles of those who stay are kept; new ones join as participants at the end)."""
    release = _release(s, release_id)
    rows = _participants(s, release_id)
    old = [p.person_id for p in rows]
    new = list(dict.fromkeys(person_ids))
    if old == new:
        return []
    before = [[p.person_id, p.title, p.role] for p in rows]
    keep = set(new)
    for row in rows:
        if row.person_id not in keep:
            s.delete(row)
    s.flush()
    top = s.scalar(
        select(func.max(Participation.position)).where(Participation.release_id == release_id)
    )
    position = (top if top is not None else -1) + 1
    for pid in new:
        if pid not in old:
            if s.get(Person, pid) is None:
                raise NotFoundError(f"No person with id {pid} in this catalogue.")
            s.add(
                Participation(
                    release_id=release_id, person_id=pid, role="participant", position=position
                )
            )
            position += 1
    s.flush()
    after = [[p.person_id, p.title, p.role] for p in _participants(s, release_id)]
    record_change(s, actor, "release", release.uid, "participants", before, after)
    note_provenance(s, "release", [(release.uid, "participants")], "user", None)
    release.updated_at = utcnow()
    return [FieldChange("release", release_id, "participants", old, [a[0] for a in after])]


def revert_field_changes(
    s: Session, changes: Sequence[FieldChange], *, actor: str = "user"
) -> list[FieldChange]:
    """Put back the old values of ``changes`` (newest first), in the session; returns the
    reverting changes (reverting those again is redo). Refuses (ConflictError) when a field
    has been changed by somebody else in between."""
    out: list[FieldChange] = []
    photo_updates: list[tuple[int, dict[str, Any]]] = []
    expected: dict[tuple[int, str], Any] = {}
    for c in reversed(changes):
        if c.entity == "photo" and c.field in PHOTO_FIELDS:
            photo_updates.append((c.record_id, {c.field: c.old}))
            expected[(c.record_id, c.field)] = c.new
        elif c.entity == "photo" and c.field == "persons_shown":
            if _shown(s, c.record_id) != list(c.new):
                raise ConflictError(f"The people shown in photo {c.record_id} changed since.")
            out += set_persons_shown(s, c.record_id, c.old, actor=actor)
        elif c.entity == "slot" and c.position is not None:
            out += write_slot_field(
                s,
                c.record_id,
                c.position,
                c.field,
                c.old,
                actor=actor,
                expected=c.new,
                check_expected=True,
            )
        elif c.entity == "release" and c.field == "participants":
            if [p.person_id for p in _participants(s, c.record_id)] != list(c.new):
                raise ConflictError(f"The participants of release {c.record_id} changed since.")
            out += set_participant_ids(s, c.record_id, c.old, actor=actor)
    out += write_photo_fields(
        s, photo_updates, actor=actor, source="user", detail="undo", expected=expected
    )
    return out
