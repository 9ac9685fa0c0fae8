"""Recording undo steps inside a write's transaction (no feature imports here: every
feature package records through this module)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from pressdesk.catalogue.models import UndoStep
from pressdesk.services.ops import Changes

Entry = dict[str, Any]
"""``{"kind", "id", "before", "after"}`` (``"position"`` for a slot; ``"changes"`` for a
batch of field changes; ``"ids"`` for the people of a merge): see :mod:`.kinds`."""

LABEL_LIMIT = 200


def jsonable(value: Any) -> Any:
    """A value as the step stores it (dates as ISO text, tuples as lists)."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    return value


def entry(kind: str, record_id: int, before: Any, after: Any, **extra: Any) -> Entry:
    return {"kind": kind, "id": record_id, "before": jsonable(before), "after": jsonable(after)} | (
        extra
    )


def record_step(s: Session, label: str, entries: Sequence[Entry], actor: str) -> int | None:
    """Keep a change as one undoable step (nothing when no entry changed anything);
    returns its id."""
    kept = [e for e in entries if e.get("kind") == "changes" or e["before"] != e["after"]]
    if not kept:
        return None
    step = UndoStep(actor=actor, label=label[:LABEL_LIMIT], undoable=True, entries=kept)
    s.add(step)
    s.flush()
    return step.id


def record_barrier(s: Session, label: str, actor: str) -> None:
    """Keep a change that cannot be undone (an import): undo stops at it."""
    s.add(UndoStep(actor=actor, label=label[:LABEL_LIMIT], undoable=False, entries=[]))


def changes_of(entries: Sequence[Entry]) -> Changes:
    """The records a step's entries touch."""
    releases: set[int] = set()
    photos: set[int] = set()
    people: set[int] = set()
    for e in entries:
        if e["kind"] == "people":  # a merge: every person, and what names them
            people.update(e["ids"])
            for state in [*e["before"], *e["after"]]:
                releases.update(int(p[0]) for p in (state or {}).get("participations", ()))
                photos.update(int(p[0]) for p in (state or {}).get("shown", ()))
        elif e["kind"] == "changes":
            for c in e["changes"]:
                (photos if c["entity"] == "photo" else releases).add(int(c["id"]))
        elif e["kind"] == "photo":
            photos.add(int(e["id"]))
        else:
            releases.add(int(e["id"]))
            if e["kind"] == "slot_photos":  # the photos that came or went: their releases
                photos.update(int(p) for p in [*e["before"], *e["after"]] if p is not None)
    return Changes.of(releases=releases, photos=photos, people=people)


@dataclass(frozen=True)
class StepRecord:
    """An undo step as the command line and the app show it."""

    id: int
    label: str
    actor: str
    at: dt.datetime
    state: str
    undoable: bool

    @classmethod
    def of(cls, step: UndoStep) -> StepRecord:
        return cls(step.id, step.label, step.actor, step.at, step.state, step.undoable)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "actor": self.actor,
            "at": self.at.isoformat(),
            "state": self.state,
        }
