"""Editing releases: fields, photo slots and participants, with history and provenance.

Each write is one transaction that returns the release as it now is, what it changed, and
the undo step it recorded (:mod:`pressdesk.services.undo`). The ``set_*``/``place_*``
functions do the work inside a session; undo and redo call them too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.base import utcnow
from pressdesk.catalogue.models import Participation, PhotoSlot, Release
from pressdesk.services.errors import ConflictError, InvalidInputError, NotFoundError
from pressdesk.services.history import record_change, set_provenance
from pressdesk.services.ops import Changes, OpResult
from pressdesk.services.people.authority import add_aliases, create_person, find_person, note_title
from pressdesk.services.people.codes import expand_field_codes, people_for_codes
from pressdesk.services.photos.release_defaults import apply_release_defaults
from pressdesk.services.reads.load import load_releases, resolve_id
from pressdesk.services.reads.records import RELEASE_FIELDS, SLOT_FIELDS, ReleaseRecord
from pressdesk.services.undo.steps import Entry, entry, record_step


@dataclass(frozen=True)
class ParticipantInput:
    """A participant as an editor gives it: an existing person (by id) or a name."""

    name: str
    title: str | None = None
    role: str = "participant"
    person_id: int | None = None


def _release_for_edit(s: Session, ref: str | int, expected_version: int | None) -> Release:
    rid = resolve_id(s, "release", ref)
    release = s.get(Release, rid)
    assert release is not None
    if expected_version is not None and release.version != expected_version:
        raise ConflictError(
            f"Release {rid} was changed by someone else since you opened it (version "
            f"{release.version}, you had {expected_version}); reload it and apply your change "
            "again."
        )
    return release


def _clean(name: str, value: Any) -> Any:
    if name == "event_date":
        if value in (None, ""):
            return None
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            raise InvalidInputError(f"'{value}' is not a date; write it as YYYY-MM-DD.") from None
    if name == "body":
        return (value or "").strip()
    if value is None:
        return None
    return str(value).strip() or None


def _known(fields: dict[str, Any], allowed: Sequence[str], what: str) -> None:
    unknown = set(fields) - set(allowed)
    if unknown:
        raise InvalidInputError(f"{what} have no field(s) {', '.join(sorted(unknown))}.")


def _result(
    s: Session, release: Release, label: str, entries: list[Entry], actor: str
) -> OpResult[ReleaseRecord]:
    s.flush()
    step = record_step(s, label, entries, actor)
    record = load_releases(s, [release.id])[0]
    people = (p.person_id for p in record.participants)
    return OpResult(record, Changes.of(releases=[release.id], people=people), step)


def release_fields(release: Release, names: Sequence[str]) -> dict[str, Any]:
    """The current values of some release fields."""
    return {name: getattr(release, name) for name in names}


def set_release_fields(s: Session, release: Release, fields: dict[str, Any], actor: str) -> None:
    """Set release fields (recorded, marked as typed by a person)."""
    _known(fields, RELEASE_FIELDS, "Releases")
    for name, value in expand_field_codes(s, fields)[0].items():
        new, old = _clean(name, value), getattr(release, name)
        if new != old:
            record_change(s, actor, "release", release.uid, name, old, new)
            setattr(release, name, new)
            set_provenance(s, "release", release.uid, name, "user")


def update_release(
    cat: Catalogue,
    ref: str | int,
    fields: dict[str, Any],
    *,
    actor: str = "user",
    expected_version: int | None = None,
) -> OpResult[ReleaseRecord]:
    """Change release fields; every change is recorded and marked as typed by a person."""
    return set_release(cat, ref, fields, actor=actor, expected_version=expected_version)


def set_release(
    cat: Catalogue,
    ref: str | int,
    fields: dict[str, Any],
    people: Sequence[ParticipantInput] | None = None,
    *,
    actor: str = "user",
    expected_version: int | None = None,
) -> OpResult[ReleaseRecord]:
    """Change release fields and, when ``people`` is given, replace the participants, in
    one transaction (one undo step). ``\\code\\`` in a text expands to the person's title
    and name."""
    _known(fields, RELEASE_FIELDS, "Releases")
    with cat.write() as s:
        release = _release_for_edit(s, ref, expected_version)
        before = release_fields(release, list(fields))
        set_release_fields(s, release, fields, actor)
        after = release_fields(release, list(fields))
        changed = [name for name in fields if before[name] != after[name]]
        steps = [entry("release", release.id, before, after)]
        gone: set[int] = set()
        if people is not None:
            s.flush()
            was = participants(s, release)
            replace_participants(s, release, people, actor)
            steps.append(entry("participants", release.id, was, participants(s, release)))
            changed.append("participants")
            gone = {row[0] for row in was}
        result = _result(s, release, f"Edit {', '.join(changed)}", steps, actor)
        return OpResult(result.value, result.changes | Changes.of(people=gone), result.undo_step)


def _slot(s: Session, release: Release, position: int) -> PhotoSlot:
    slot = s.scalar(
        select(PhotoSlot).where(PhotoSlot.release_id == release.id, PhotoSlot.position == position)
    )
    if slot is None:
        raise NotFoundError(f"Release {release.id} has no photo slot {position + 1}.")
    return slot


def slot_fields(s: Session, release: Release, position: int) -> dict[str, Any]:
    slot = _slot(s, release, position)
    return {name: getattr(slot, name) for name in SLOT_FIELDS}


def set_slot_fields(
    s: Session, release: Release, position: int, fields: dict[str, Any], actor: str
) -> None:
    """Set the published caption/credit/copyright of one photo slot."""
    _known(fields, SLOT_FIELDS, "Photo slots")
    slot = _slot(s, release, position)
    for name, value in expand_field_codes(s, fields)[0].items():
        new, old = _clean(name, value), getattr(slot, name)
        if new != old:
            key = f"photos[{position}].{name}"
            record_change(s, actor, "release", release.uid, key, old, new)
            setattr(slot, name, new)
            set_provenance(s, "release", release.uid, key, "user")
    release.updated_at = utcnow()


def update_slot(
    cat: Catalogue,
    release_ref: str | int,
    position: int,
    fields: dict[str, Any],
    *,
    actor: str = "user",
    expected_version: int | None = None,
) -> OpResult[ReleaseRecord]:
    """Change the published caption/credit/copyright of one photo slot (refused with
    ConflictError if the release is no longer at ``expected_version``)."""
    _known(fields, SLOT_FIELDS, "Photo slots")
    with cat.write() as s:
        release = _release_for_edit(s, release_ref, expected_version)
        before = slot_fields(s, release, position)
        set_slot_fields(s, release, position, fields, actor)
        after = slot_fields(s, release, position)
        step = entry("slot", release.id, before, after, position=position)
        label = f"Edit {', '.join(fields)} of photo {position + 1}"
        return _result(s, release, label, [step], actor)


def _slots(s: Session, release: Release) -> list[PhotoSlot]:
    return list(
        s.scalars(
            select(PhotoSlot).where(PhotoSlot.release_id == release.id).order_by(PhotoSlot.position)
        )
    )


def slot_photos(s: Session, release: Release) -> list[int | None]:
    """The photo in each slot, in order (None for an empty slot)."""
    return [sl.photo_id for sl in _slots(s, release)]


def place_photos(
    s: Session, release: Release, photo_order: Sequence[int | None], actor: str
) -> None:
    """Put photos into slots (see :func:`arrange_slots`)."""
    slots = _slots(s, release)
    before = [sl.photo_id for sl in slots]
    while len(slots) < len(photo_order):
        slot = PhotoSlot(release_id=release.id, position=len(slots))
        s.add(slot)
        slots.append(slot)
    for n, slot in enumerate(slots):
        slot.photo_id = photo_order[n] if n < len(photo_order) else None
    after = [sl.photo_id for sl in slots]
    apply_release_defaults(s, release, [p for p in after if p is not None and p not in before])
    if before != after:
        record_change(s, actor, "release", release.uid, "photos", before, after)
        release.updated_at = utcnow()
    s.flush()


def arrange_slots(
    cat: Catalogue,
    release_ref: str | int,
    photo_order: Sequence[int | None],
    *,
    actor: str = "user",
    expected_version: int | None = None,
    label: str = "Arrange photos",
) -> OpResult[ReleaseRecord]:
    """Put photos into slots: ``photo_order[i]`` is the photo for slot ``i`` (None = empty).

    Slots keep their published text; only the attached photos move. Extra photos get new
    slots at the end. This covers reordering, attaching into an empty slot and detaching.
    With ``expected_version``, a release someone else saved since is refused (ConflictError).
    """
    with cat.write() as s:
        release = _release_for_edit(s, release_ref, expected_version)
        before = slot_photos(s, release)
        place_photos(s, release, photo_order, actor)
        step = entry("slot_photos", release.id, before, slot_photos(s, release))
        result = _result(s, release, label, [step], actor)
        photos = {p for p in [*before, *photo_order] if p is not None}
        return OpResult(  # (the photos moved in or out list their releases anew)
            result.value, result.changes | Changes.of(photos=photos), result.undo_step
        )


def participants(s: Session, release: Release) -> list[list[Any]]:
    """The participants as (person id, title, role, name in the text), in order."""
    return [
        [p.person_id, p.title, p.role, p.name_in_text]
        for p in s.scalars(
            select(Participation)
            .where(Participation.release_id == release.id)
            .order_by(Participation.position)
        )
    ]


def replace_participants(
    s: Session, release: Release, people: Sequence[ParticipantInput], actor: str
) -> None:
    """Replace the release's participants (see :func:`set_participants`)."""
    before = [x[:3] for x in participants(s, release)]
    s.execute(delete(Participation).where(Participation.release_id == release.id))
    seen: set[int] = set()
    after = []
    for position, person in enumerate(people):
        if person.role not in ("participant", "mentioned"):
            raise InvalidInputError(f"'{person.role}' is not a role (participant/mentioned).")
        if not person.person_id:
            person = replace(person, name=people_for_codes(s, [person.name])[0])
        pid = person.person_id or find_person(s, person.name)
        if pid is None:
            pid = create_person(s, person.name.strip()).id
        elif person.name and not person.person_id:
            add_aliases(s, pid, [person.name])
        if pid in seen:
            continue
        seen.add(pid)
        title = (person.title or "").strip() or None
        note_title(s, pid, title, release.event_date)
        s.add(
            Participation(
                release_id=release.id,
                person_id=pid,
                title=title,
                role=person.role,
                position=position,
                name_in_text=person.name.strip() or None,
            )
        )
        after.append([pid, title, person.role])
    if before != after:
        record_change(s, actor, "release", release.uid, "participants", before, after)
        set_provenance(s, "release", release.uid, "participants", "user")
        release.updated_at = utcnow()
    s.flush()


def set_participants(
    cat: Catalogue,
    release_ref: str | int,
    people: Sequence[ParticipantInput],
    *,
    actor: str = "user",
    expected_version: int | None = None,
) -> OpResult[ReleaseRecord]:
    """Replace the release's participants (a person's list is never overwritten by
    a re-import afterwards). Names unknown to the authority become new people."""
    with cat.write() as s:
        release = _release_for_edit(s, release_ref, expected_version)
        before = participants(s, release)
        replace_participants(s, release, people, actor)
        after = participants(s, release)
        step = entry("participants", release.id, before, after)
        result = _result(s, release, "Edit participants", [step], actor)
        gone = {row[0] for row in before}
        return OpResult(result.value, result.changes | Changes.of(people=gone), result.undo_step)
