"""The rows a problem store keeps: a problem or a placed finding as a row, and back.

A row is ``(rkey, pkey, photo_key, sev, code, message, release_id, photo_id, field,
position, suggestion, fix, folded)``: the first six are its place in report order (release,
slot, photo, severity, rule, message), ``fix`` the fix as JSON, ``folded`` the casefolded
message and rule the panel's filter searches (:func:`folded_text`: None when written, filled
in by the store when a filter first needs it).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from pressdesk.core.checks.model import NO_RELEASE, SEVERITIES, Finding, Fix, Placed, Problem
from pressdesk.core.checks.model import where as _where


def problem_row(p: Problem) -> tuple[Any, ...]:
    fix = None
    if p.fix is not None:
        f = p.fix
        fix = json.dumps(
            [f.action, f.label, f.field, f.value, f.expected, f.photo_id, f.release_id,
             f.position, f.person_id],
            ensure_ascii=False,
        )  # fmt: skip
    return (
        NO_RELEASE if p.release_id is None else p.release_id,
        -1 if p.position is None else p.position,
        p.photo_id or 0,
        SEVERITIES.index(p.severity),
        p.code,
        p.message,
        p.release_id,
        p.photo_id,
        p.field,
        p.position,
        p.suggestion,
        fix,
        None,  # (folded: filled in when a filter needs it)
    )


def folded_text(message: str, code: str) -> str:
    """What the problems panel's text filter searches: the message casefolded, and the rule."""
    return f"{message.casefold()}\n{code}"


def _fix_head(f: Fix | None) -> tuple[str, int | None, int | None, int | None, str] | None:
    """A fix's JSON up to its photo id, its own ids, and its closing part (see _placed_row)."""
    if f is None:
        return None
    head = json.dumps([f.action, f.label, f.field, f.value, f.expected], ensure_ascii=False)
    tail = json.dumps(f.person_id) + "]"
    return head[:-1], f.photo_id, f.release_id, f.position, tail


def _json_id(value: int | None) -> str:
    return "null" if value is None else str(value)


class PlacedRows:
    """Store rows for placed findings, what each finding holds worked out once (rules hand
    out the same finding objects again and again)."""

    def __init__(self) -> None:
        self._seen: dict[int, tuple[Any, ...]] = {}

    def __call__(self, placed: Placed) -> tuple[Any, ...]:
        rid, pos, pid, name, finding = placed
        known = self._seen.get(id(finding))
        if known is None:
            known = self._learn(finding)
        _f, sev, code, field, text, suggestion, fix = known
        message = f"{_where(rid, pos, pid, name)}: {text}"
        fix_json = None
        if fix is not None:
            head, f_photo, f_release, f_position, tail = fix
            fix_json = (
                f"{head}, {_json_id(pid if f_photo is None else f_photo)}, "
                f"{_json_id(rid if f_release is None else f_release)}, "
                f"{_json_id(pos if f_position is None else f_position)}, {tail}"
            )
        return (
            NO_RELEASE if rid is None else rid,
            -1 if pos is None else pos,
            pid or 0,
            sev,
            code,
            message,
            rid,
            pid,
            field,
            pos,
            suggestion,
            fix_json,
            None,  # (folded: filled in when a filter needs it)
        )

    def _learn(self, f: Finding) -> tuple[Any, ...]:
        if len(self._seen) >= 50_000:
            self._seen.clear()  # findings made per photo (not cached by the rules)
        known = (f, SEVERITIES.index(f.severity), f.code, f.field, f.text, f.suggestion,
                 _fix_head(f.fix))  # fmt: skip
        self._seen[id(f)] = known  # (holding f keeps its id from being reused)
        return known


def read_problem(row: Sequence[Any]) -> Problem:
    """The problem of a row as the store reads it: (severity name, code, message, release
    id, photo id, field, fix JSON, position, suggestion)."""
    fix = row[6]
    return Problem(
        severity=row[0],
        code=row[1],
        message=row[2],
        release_id=row[3],
        photo_id=row[4],
        field=row[5],
        fix=Fix(*json.loads(fix)) if fix else None,
        position=row[7],
        suggestion=row[8],
    )


def stored_problem(row: Sequence[Any]) -> Problem:
    """The problem of a whole stored row (see the module docstring)."""
    sev, code, message, release_id, photo_id, field, position, suggestion, fix = row[3:12]
    return read_problem(
        (SEVERITIES[sev], code, message, release_id, photo_id, field, fix, position, suggestion)
    )
