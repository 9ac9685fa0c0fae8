"""Editing releases: fields, photo slots and participants, with history and provenance."""

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
from pressdesk.services.people.authority import add_aliases, create_person, find_person, note_title
from pressdesk.services.people.codes import expand_field_codes, people_for_codes
from pressdesk.services.reads.load import load_releases, resolve_id
from pressdesk.services.reads.records import RELEASE_FIELDS, SLOT_FIELDS, ReleaseRecord


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


def update_release(
    cat: Catalogue,
    ref: str | int,
    fields: dict[str, Any],
    *,
    actor: str = "user",
    expected_version: int | None = None,
) -> ReleaseRecord:
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
) -> ReleaseRecord:
    """Change release fields and, when ``people`` is given, replace the participants, in
    one transaction. ``\\code\\`` in a text expands to the person's title and name."""
    unknown = set(fields) - set(RELEASE_FIELDS)
    if unknown:
        raise InvalidInputError(f"Releases have no field(s) {', '.join(sorted(unknown))}.")
    with cat.write() as s:
        release = _release_for_edit(s, ref, expected_version)
        for name, value in expand_field_codes(s, fields)[0].items():
            new, old = _clean(name, value), getattr(release, name)
            if new != old:
                record_change(s, actor, "release", release.uid, name, old, new)
                setattr(release, name, new)
                set_provenance(s, "release", release.uid, name, "user")
        if people is not None:
            s.flush()
            _replace_participants(s, release, people, actor)
        s.flush()
        return load_releases(s, [release.id])[0]


def update_slot(
    cat: Catalogue,
    release_ref: str | int,
    position: int,
    fields: dict[str, Any],
    *,
    actor: str = "user",
    expected_version: int | None = None,
) -> ReleaseRecord:
    """Change the published caption/credit/copyright of one photo slot (refused with
    ConflictError if the release is no longer at ``expected_version``)."""
    unknown = set(fields) - set(SLOT_FIELDS)
    if unknown:
        raise InvalidInputError(f"Photo slots have no field(s) {', '.join(sorted(unknown))}.")
    with cat.write() as s:
        release = _release_for_edit(s, release_ref, expected_version)
        slot = s.scalar(
            select(PhotoSlot).where(
                PhotoSlot.release_id == release.id, PhotoSlot.position == position
            )
        )
        if slot is None:
            raise NotFoundError(f"Release {release.id} has no photo slot {position + 1}.")
        for name, value in expand_field_codes(s, fields)[0].items():
            new, old = _clean(name, value), getattr(slot, name)
            if new != old:
                key = f"photos[{position}].{name}"
                record_change(s, actor, "release", release.uid, key, old, new)
                setattr(slot, name, new)
                set_provenance(s, "release", release.uid, key, "user")
        release.updated_at = utcnow()
        s.flush()
        return load_releases(s, [release.id])[0]


def arrange_slots(
    cat: Catalogue,
    release_ref: str | int,
    photo_order: Sequence[int | None],
    *,
    actor: str = "user",
    expected_version: int | None = None,
) -> ReleaseRecord:
    """Put photos into slots: ``photo_order[i]`` is the photo for slot ``i`` (None = empty).

    Slots keep their published text; only the attached photos move. Extra photos get new
    slots at the end. This covers reordering, attaching into an empty slot and detaching.
    With ``expected_version``, a release someone else saved since is refused (ConflictError).
    """
    with cat.write() as s:
        release = _release_for_edit(s, release_ref, expected_version)
        slots = list(
            s.scalars(
                select(PhotoSlot)
                .where(PhotoSlot.release_id == release.id)
                .order_by(PhotoSlot.position)
            )
        )
        before = [sl.photo_id for sl in slots]
        while len(slots) < len(photo_order):
            slot = PhotoSlot(release_id=release.id, position=len(slots))
            s.add(slot)
            slots.append(slot)
        for n, slot in enumerate(slots):
            slot.photo_id = photo_order[n] if n < len(photo_order) else None
        after = [sl.photo_id for sl in slots]
        if before != after:
            record_change(s, actor, "release", release.uid, "photos", before, after)
            release.updated_at = utcnow()
        s.flush()
        return load_releases(s, [release.id])[0]


def set_participants(
    cat: Catalogue,
    release_ref: str | int,
    people: Sequence[ParticipantInput],
    *,
    actor: str = "user",
    expected_version: int | None = None,
) -> ReleaseRecord:
    """Replace the release's participants (a person's list is never overwritten by
    a re-import afterwards). Names unknown to the authority become new people."""
    with cat.write() as s:
        release = _release_for_edit(s, release_ref, expected_version)
        _replace_participants(s, release, people, actor)
        s.flush()
        return load_releases(s, [release.id])[0]


def _replace_participants(
    s: Session, release: Release, people: Sequence[ParticipantInput], actor: str
) -> None:
    before = [
        (p.person_id, p.title, p.role)
        for p in s.scalars(
            select(Participation)
            .where(Participation.release_id == release.id)
            .order_by(Participation.position)
        )
    ]
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
        after.append((pid, title, person.role))
    if before != after:
        record_change(
            s,
            actor,
            "release",
            release.uid,
            "participants",
            [list(x) for x in before],
            [list(x) for x in after],
        )
        set_provenance(s, "release", release.uid, "participants", "user")
        release.updated_at = utcnow()
