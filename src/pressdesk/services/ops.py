"""Typed operations: every service write returns its result together with what it changed.

Modelled on Anki's ``CollectionOp``: a write declares its :class:`Changes` (the records it
touched) instead of the caller guessing them from the result's type, and the app's job helper
broadcasts exactly those to the views. A write that people can undo also names the undo step
it recorded (:mod:`pressdesk.services.undo`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """What a write changed: the releases, photos and people to refresh, and whether the
    house list (agencies, photographers, presets) changed."""

    releases: frozenset[int] = frozenset()
    photos: frozenset[int] = frozenset()
    people: frozenset[int] = frozenset()
    house: bool = False

    @classmethod
    def of(
        cls,
        releases: Iterable[int] = (),
        photos: Iterable[int] = (),
        people: Iterable[int] = (),
        house: bool = False,
    ) -> Changes:
        return cls(frozenset(releases), frozenset(photos), frozenset(people), house)

    def __bool__(self) -> bool:
        return bool(self.releases or self.photos or self.people or self.house)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.releases | other.releases,
            self.photos | other.photos,
            self.people | other.people,
            self.house or other.house,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "releases": sorted(self.releases),
            "photos": sorted(self.photos),
            "people": sorted(self.people),
            "house": self.house,
        }


class HasChanges(Protocol):
    """Any write's result: it says what it changed."""

    @property
    def changes(self) -> Changes: ...


@dataclass(frozen=True)
class OpResult(Generic[T]):
    """A write's ``value`` (usually the record as it now is), what it ``changes``, and the
    undo step it recorded (None when it cannot be undone)."""

    value: T
    changes: Changes
    undo_step: int | None = None
