"""Putting back one value from the change history (the history views' "Revert")."""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import select

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.models import ChangeRecord, Person, Photo, Release
from pressdesk.services.errors import ConflictError, InvalidInputError, NotFoundError
from pressdesk.services.ops import OpResult
from pressdesk.services.photos.edit import TEXT_FIELDS, PhotoEdit, update_photo, update_photos
from pressdesk.services.reads.browse import show_photo, show_release
from pressdesk.services.reads.history import field_value
from pressdesk.services.reads.records import (
    RELEASE_FIELDS,
    SLOT_FIELDS,
    PhotoRecord,
    ReleaseRecord,
)
from pressdesk.services.releases.edit import (
    ParticipantInput,
    arrange_slots,
    set_participants,
    update_release,
    update_slot,
)

_SLOT = re.compile(r"photos\[(\d+)\]\.(\w+)")
PHOTO_LISTS = ("creator", "persons_shown", "keywords")


def _current(cat: Catalogue, change: ChangeRecord, record_id: int) -> Any:
    show = show_photo if change.entity == "photo" else show_release
    return field_value(show(cat, record_id).to_json(), change.field)


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= 80 else text[:79] + "…"


def _people(cat: Catalogue, rows: Any) -> list[ParticipantInput]:
    """The participants a history value lists; refused when one of them is gone (merged
    into another person: undo the merge instead)."""
    people = [ParticipantInput("", title, role, int(pid)) for pid, title, role in rows or []]
    with cat.read() as s:
        known = set(
            s.scalars(select(Person.id).where(Person.id.in_([p.person_id for p in people])))
        )
    gone = [p.person_id for p in people if p.person_id not in known]
    if gone:
        raise ConflictError(
            f"Person {gone[0]} of that value is no longer in the catalogue (merged into "
            "another); 'pressdesk undo' takes back a merge, or set the participants anew."
        )
    return people


def revert_change(
    cat: Catalogue, change_id: int, *, actor: str = "user"
) -> OpResult[PhotoRecord] | OpResult[ReleaseRecord] | OpResult[list[PhotoRecord]]:
    """Set the field a change recorded back to the value it had before that change.

    Refused (ConflictError) when the field no longer holds what the change wrote, so that a
    later edit is never silently undone.
    """
    with cat.read() as s:
        change = s.get(ChangeRecord, change_id) if change_id > 0 else None
        if change is None and change_id == 0:
            raise InvalidInputError(
                "That line is where a value came from (the file or the release text), not a "
                "change; there is nothing before it to put back."
            )
        if change is None:
            raise NotFoundError(f"No change {change_id} in the history.")
        model = Photo if change.entity == "photo" else Release
        record_id = s.query(model.id).filter(model.uid == change.entity_uid).scalar()
        s.expunge(change)
    if record_id is None or change.entity not in ("photo", "release"):
        raise NotFoundError(f"The record of change {change_id} is gone.")
    current, old = _current(cat, change, record_id), change.old_value
    if current != change.new_value and not (current in (None, "", []) and not change.new_value):
        raise ConflictError(
            f"The {change.field} of {change.entity} {record_id} was changed again since (it "
            f"is now {_shown(current)}); revert the newer change instead."
        )
    if change.entity == "photo":
        if change.field in TEXT_FIELDS:
            return update_photo(cat, record_id, fields={change.field: old}, actor=actor)
        if change.field in PHOTO_LISTS:
            edit = PhotoEdit.from_values(record_id, {change.field: list(old or [])})
            return update_photos(cat, [edit], actor=actor, label=f"Revert {change.field}")
    else:
        m = _SLOT.fullmatch(change.field)
        if m and m.group(2) in SLOT_FIELDS:
            return update_slot(cat, record_id, int(m.group(1)), {m.group(2): old}, actor=actor)
        if change.field in RELEASE_FIELDS:
            return update_release(cat, record_id, {change.field: old}, actor=actor)
        if change.field == "photos" and isinstance(old, list):
            return arrange_slots(cat, record_id, old, actor=actor)
        if change.field == "participants":
            return set_participants(cat, record_id, _people(cat, old), actor=actor)
    raise InvalidInputError(
        f"The {change.field} cannot be reverted from the history; edit it where it is shown."
    )
