"""One-click fixes: apply the unambiguous fix of one problem, or of many in one step."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.models import Participation, PersonShown
from pressdesk.core.checks.model import (
    ADD_PARTICIPANT,
    SET_PHOTO_FIELD,
    SET_SLOT_FIELD,
    TAG_PERSON,
    Fix,
    Problem,
)
from pressdesk.services.errors import InvalidInputError
from pressdesk.services.house.writes import (
    AppliedChanges,
    FieldChange,
    set_participant_ids,
    set_persons_shown,
    write_photo_fields,
    write_slot_field,
)
from pressdesk.services.undo.steps import record_step


def fix_problem(cat: Catalogue, problem: Problem, *, actor: str = "user") -> AppliedChanges:
    """Apply a problem's one-click fix; InvalidInputError when it has none.

    The fix refuses (ConflictError) when the field changed since the check saw it.
    """
    if problem.fix is None:
        raise InvalidInputError(
            f"'{problem.code}' has no one-click fix here: {problem.suggestion or problem.message}"
        )
    return fix_problems(cat, [problem], actor=actor)


def fix_problems(
    cat: Catalogue, problems: Sequence[Problem], *, actor: str = "user"
) -> AppliedChanges:
    """Apply the fixes of many problems in one transaction (one undoable step).

    Problems without a fix are skipped; when two fixes set the same field, the first wins.
    """
    fixes = [(p.code, p.fix) for p in problems if p.fix is not None]
    if not fixes:
        return AppliedChanges()
    changes: list[FieldChange] = []
    with cat.write() as s:
        photo_updates: dict[int, dict[str, Any]] = {}
        expected: dict[tuple[int, str], Any] = {}
        details: dict[tuple[int, str], str] = {}
        tags: dict[int, list[int]] = {}
        joins: dict[int, list[int]] = {}
        for code, fix in fixes:
            if fix.action == SET_PHOTO_FIELD and fix.photo_id is not None and fix.field:
                values = photo_updates.setdefault(fix.photo_id, {})
                if fix.field not in values:
                    values[fix.field] = fix.value
                    expected[(fix.photo_id, fix.field)] = fix.expected
                    details[(fix.photo_id, fix.field)] = code
            elif fix.action == SET_SLOT_FIELD:
                changes += _slot(s, fix, actor)
            elif fix.action == TAG_PERSON and fix.photo_id and fix.person_id:
                tags.setdefault(fix.photo_id, []).append(fix.person_id)
            elif fix.action == ADD_PARTICIPANT and fix.release_id and fix.person_id:
                joins.setdefault(fix.release_id, []).append(fix.person_id)
            else:
                raise InvalidInputError(f"The fix '{fix.label}' cannot be applied here.")
        by_rule: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        for pid, values in photo_updates.items():
            for name, value in values.items():
                by_rule.setdefault(details[(pid, name)], []).append((pid, {name: value}))
        for code, updates in by_rule.items():  # the provenance detail names the rule
            changes += write_photo_fields(
                s, updates, actor=actor, source="fix", detail=f"fix {code}", expected=expected
            )
        for pid, people in tags.items():
            current = list(
                s.scalars(
                    select(PersonShown.person_id)
                    .where(PersonShown.photo_id == pid)
                    .order_by(PersonShown.position)
                )
            )
            changes += set_persons_shown(s, pid, current + people, actor=actor)
        for rid, people in joins.items():
            current = list(
                s.scalars(
                    select(Participation.person_id)
                    .where(Participation.release_id == rid)
                    .order_by(Participation.position)
                )
            )
            changes += set_participant_ids(s, rid, current + people, actor=actor)
        applied = AppliedChanges(tuple(changes))
        label = f"Fix: {fixes[0][1].label}" if len(fixes) == 1 else f"Fix {len(fixes)} problems"
        step = record_step(s, label, [applied.entry()], actor)
    return AppliedChanges(applied.fields, step)


def _slot(s: Session, fix: Fix, actor: str) -> list[FieldChange]:
    if fix.release_id is None or fix.position is None or not fix.field:
        raise InvalidInputError(f"The fix '{fix.label}' names no slot.")
    return write_slot_field(
        s,
        fix.release_id,
        fix.position,
        fix.field,
        fix.value,
        actor=actor,
        source="fix",
        expected=fix.expected,
        check_expected=True,
    )
