"""Undoing and redoing steps: the app's Undo/Redo and ``pressdesk undo``."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.models import UndoStep
from pressdesk.services.errors import ConflictError, NotFoundError, ServiceError
from pressdesk.services.ops import OpResult
from pressdesk.services.undo.kinds import apply_entry
from pressdesk.services.undo.steps import StepRecord, changes_of


class NothingToUndo(ServiceError):
    """The catalogue has no change that can be undone."""


def undo_last(cat: Catalogue, *, actor: str = "user") -> OpResult[StepRecord]:
    """Undo the last change made to this catalogue (by anyone, from the app or the command
    line); refuses when that change cannot be undone (an import)."""
    with cat.write() as s:
        step = s.scalar(
            select(UndoStep).where(UndoStep.state == "done").order_by(UndoStep.id.desc()).limit(1)
        )
        if step is None:
            raise NothingToUndo("There is no change to undo in this catalogue.")
        if not step.undoable:
            raise NothingToUndo(
                f"The last change to this catalogue, '{step.label}' "
                f"({step.at:%Y-%m-%d %H:%M} UTC, by {step.actor}), cannot be undone."
            )
        return _apply(s, step, undo=True, actor=actor)


def undo_step(cat: Catalogue, step_id: int, *, actor: str = "user") -> OpResult[StepRecord]:
    """Undo one step (the app's Undo of its own change)."""
    with cat.write() as s:
        return _apply(s, _step(s, step_id, "done"), undo=True, actor=actor)


def redo_step(cat: Catalogue, step_id: int, *, actor: str = "user") -> OpResult[StepRecord]:
    """Redo a step that was undone."""
    with cat.write() as s:
        return _apply(s, _step(s, step_id, "undone"), undo=False, actor=actor)


def _step(s: Session, step_id: int, state: str) -> UndoStep:
    step = s.get(UndoStep, step_id)
    if step is None or not step.undoable:
        raise NotFoundError(f"No undoable step {step_id} in this catalogue.")
    if step.state != state:
        raise ConflictError(f"'{step.label}' is already {step.state}.")
    return step


def _apply(s: Session, step: UndoStep, *, undo: bool, actor: str) -> OpResult[StepRecord]:
    entries = list(step.entries)
    for entry in reversed(entries) if undo else entries:
        apply_entry(s, entry, undo=undo, actor=actor)
    step.state = "undone" if undo else "done"
    s.flush()
    return OpResult(StepRecord.of(step), changes_of(entries))
