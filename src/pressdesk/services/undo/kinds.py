"""What each kind of undo entry reads and writes inside a session.

An entry holds the touched fields of one record before and after the change. Undo checks
that the record still holds ``after`` (else somebody changed it since: ConflictError) and
writes ``before``; redo checks ``before`` and writes ``after``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from pressdesk.catalogue.models import Release
from pressdesk.services.errors import ConflictError, NotFoundError
from pressdesk.services.house.writes import FieldChange, revert_field_changes
from pressdesk.services.people.snapshot import people_states, restore_people
from pressdesk.services.photos.edit import photo_values, set_photo_values
from pressdesk.services.releases.edit import (
    ParticipantInput,
    participants,
    place_photos,
    release_fields,
    replace_participants,
    set_release_fields,
    set_slot_fields,
    slot_fields,
    slot_photos,
)
from pressdesk.services.undo.steps import Entry, jsonable

Reader = Callable[[Session, Entry], Any]
Writer = Callable[[Session, Entry, Any, str], None]


def _release(s: Session, e: Entry) -> Release:
    release = s.get(Release, e["id"])
    if release is None:
        raise ConflictError(f"Release {e['id']} has been deleted since; this cannot be undone.")
    return release


def _people(rows: list[list[Any]]) -> list[ParticipantInput]:
    return [ParticipantInput(name or "", title, role, pid) for pid, title, role, name in rows]


READ: dict[str, Reader] = {
    "release": lambda s, e: release_fields(_release(s, e), list(e["after"])),
    "slot": lambda s, e: slot_fields(s, _release(s, e), e["position"]),
    "slot_photos": lambda s, e: slot_photos(s, _release(s, e)),
    "participants": lambda s, e: participants(s, _release(s, e)),
    "photo": lambda s, e: photo_values(s, e["id"], list(e["after"])),
    "people": lambda s, e: people_states(s, e["ids"]),
}
WRITE: dict[str, Writer] = {
    "release": lambda s, e, v, actor: set_release_fields(s, _release(s, e), v, actor),
    "slot": lambda s, e, v, actor: set_slot_fields(s, _release(s, e), e["position"], v, actor),
    "slot_photos": lambda s, e, v, actor: place_photos(s, _release(s, e), v, actor),
    "participants": lambda s, e, v, actor: replace_participants(
        s, _release(s, e), _people(v), actor
    ),
    "photo": lambda s, e, v, actor: set_photo_values(s, e["id"], v, actor),
    "people": lambda s, e, v, actor: restore_people(s, e["ids"], v, actor),
}


def apply_entry(s: Session, e: Entry, *, undo: bool, actor: str) -> None:
    """Undo (or redo) one entry, refusing when its record no longer holds what the step
    left there."""
    if e["kind"] == "changes":
        changes = [FieldChange.from_json(c) for c in e["changes"]]
        if not undo:
            changes = [c.inverted() for c in reversed(changes)]
        revert_field_changes(s, changes, actor=actor)
        return
    expected, target = (e["after"], e["before"]) if undo else (e["before"], e["after"])
    try:
        current = jsonable(READ[e["kind"]](s, e))
    except NotFoundError:
        raise ConflictError(f"The record of this change ({e['kind']} {e['id']}) is gone.") from None
    if current != expected:
        what = "people of this merge" if e["kind"] == "people" else e["kind"].replace("_", " ")
        raise ConflictError(
            f"The {what} {e['id']} was changed since this step was "
            "made; undo refused, so that the later change is not lost."
        )
    WRITE[e["kind"]](s, e, target, actor)
