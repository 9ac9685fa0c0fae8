"""What a check finds: problems, their one-click fixes, and the report that lists them."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

#: Where a problem in no release sorts (after every release id).
NO_RELEASE = 1 << 62

ERROR = "error"
WARNING = "warning"
SEVERITIES = (ERROR, WARNING)

# Fix actions (stable: the app and the fix service dispatch on them).
SET_PHOTO_FIELD = "set_photo_field"  # field of the photo := value
SET_SLOT_FIELD = "set_slot_field"  # field of the release's slot := value
TAG_PERSON = "tag_person"  # append person_id to the photo's persons shown
ADD_PARTICIPANT = "add_participant"  # add person_id to the release's participants
FIX_ACTIONS = (SET_PHOTO_FIELD, SET_SLOT_FIELD, TAG_PERSON, ADD_PARTICIPANT)


@dataclass(frozen=True)
class Fix:
    """A change that resolves a problem without a person having to choose anything.

    ``expected`` is the value the check saw: applying the fix refuses when the field has
    changed since (somebody else edited it).
    """

    action: str
    label: str
    field: str | None = None
    value: str | None = None
    expected: str | None = None
    photo_id: int | None = None
    release_id: int | None = None
    position: int | None = None
    person_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in dataclasses.asdict(self).items() if v is not None}


@dataclass(frozen=True)
class Problem:
    """One problem: how bad, which rule (``code``), where (release, slot, photo, field),
    a sentence saying what is wrong, a suggestion, and a one-click fix when unambiguous."""

    severity: str
    code: str
    message: str
    release_id: int | None
    photo_id: int | None
    field: str | None
    fix: Fix | None = None
    position: int | None = None
    suggestion: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def sort_key(self) -> tuple[Any, ...]:
        return (
            self.release_id is None,
            self.release_id or 0,
            -1 if self.position is None else self.position,
            self.photo_id or 0,
            SEVERITIES.index(self.severity),
            self.code,
            self.message,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "release_id": self.release_id,
            "photo_id": self.photo_id,
            "field": self.field,
            "position": self.position,
            "suggestion": self.suggestion,
            "fix": self.fix.to_json() if self.fix else None,
        }


@dataclass(frozen=True)
class Finding:
    """A problem not yet placed: what a rule says about some values. Rules cache findings
    per distinct value, and :meth:`at` turns one into a problem for a release/slot/photo."""

    severity: str
    code: str
    field: str | None
    text: str
    suggestion: str | None = None
    fix: Fix | None = None

    def at(
        self,
        release_id: int | None,
        position: int | None,
        photo_id: int | None,
        photo_name: str | None = None,
    ) -> Problem:
        fix = self.fix
        if fix is not None:
            fix = Fix(
                fix.action,
                fix.label,
                fix.field,
                fix.value,
                fix.expected,
                photo_id if fix.photo_id is None else fix.photo_id,
                release_id if fix.release_id is None else fix.release_id,
                position if fix.position is None else fix.position,
                fix.person_id,
            )
        return Problem(
            severity=self.severity,
            code=self.code,
            message=f"{where(release_id, position, photo_id, photo_name)}: {self.text}",
            release_id=release_id,
            photo_id=photo_id,
            field=self.field,
            fix=fix,
            position=position,
            suggestion=self.suggestion,
        )


class Placed(NamedTuple):
    """A finding at its place: a problem not built yet (a whole-catalogue check streams a
    million of these; building a :class:`Problem` is left to whoever keeps one)."""

    release_id: int | None
    position: int | None
    photo_id: int | None
    photo_name: str | None
    finding: Finding

    @property
    def message(self) -> str:
        return f"{where(self[0], self[1], self[2], self[3])}: {self.finding.text}"

    def problem(self) -> Problem:
        return self.finding.at(self[0], self[1], self[2], self[3])


def where(
    release_id: int | None,
    position: int | None,
    photo_id: int | None,
    photo_name: str | None = None,
) -> str:
    """'Release 3, slot 2, photo 12 (a.jpg)' — the start of every problem message. (Made
    once for each of a whole catalogue's million problems: no lists.)"""
    if release_id is None:
        if photo_id is None:
            return "Catalogue"
        return (
            f"photo {photo_id} ({photo_name})" if photo_name else f"photo {photo_id}"
        ).capitalize()
    head = (
        f"Release {release_id}"
        if position is None
        else f"Release {release_id}, slot {position + 1}"
    )
    if photo_id is None:
        return head
    return f"{head}, photo {photo_id} ({photo_name})" if photo_name else f"{head}, photo {photo_id}"


@dataclass(frozen=True)
class CheckReport:
    """The problems one check found, sorted by release, slot, photo, severity.

    ``problems`` is a tuple for a small check; a whole-catalogue check keeps them in a store
    (a sequence read back a page at a time, with a ``tally`` method that counts in SQL), so
    the counts below never need every problem in memory.
    """

    problems: Sequence[Problem]
    release_id: int | None = None
    releases: int = 0
    photos: int = 0
    seconds: float = 0.0

    def tally(self, column: str) -> dict[Any, int]:
        """Problems per value of ``column``: severity, code, release_id or fixable."""
        counted = getattr(self.problems, "tally", None)
        if counted is not None:
            return dict(counted(column))
        if column == "fixable":
            return dict(Counter(p.fix is not None for p in self.problems))
        return dict(Counter(getattr(p, column) for p in self.problems))

    @property
    def error_count(self) -> int:
        return self.tally("severity").get(ERROR, 0)

    @property
    def warning_count(self) -> int:
        return self.tally("severity").get(WARNING, 0)

    @property
    def fixable_count(self) -> int:
        return self.tally("fixable").get(True, 0)

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == ERROR)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == WARNING)

    @property
    def has_errors(self) -> bool:
        return self.error_count > 0

    def by_code(self) -> dict[str, int]:
        """How many problems each rule found."""
        return dict(sorted(self.tally("code").items()))

    def per_release(self) -> dict[int, int]:
        """How many problems each release has (releases without any are left out)."""
        return {rid: n for rid, n in self.tally("release_id").items() if rid is not None}

    def fixable(self) -> tuple[Problem, ...]:
        found = getattr(self.problems, "fixable", None)
        if found is not None:
            return tuple(found())
        return tuple(p for p in self.problems if p.fix is not None)

    def to_json(self) -> dict[str, Any]:
        """The command-line contract: ``{"problems": [...]}``."""
        return {"problems": [p.to_json() for p in self.problems]}

    def close(self) -> None:
        """Let go of the problems' store, if they have one (its file is deleted)."""
        close = getattr(self.problems, "close", None)
        if close is not None:
            close()
