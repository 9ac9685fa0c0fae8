"""A person's whole record as a value (names, titles, code, releases, photos), so that a merge
of duplicates can be undone and redone like any other step."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pressdesk.catalogue.models import (
    Participation,
    Person,
    PersonAlias,
    PersonShown,
    PersonTitle,
    Photo,
    Release,
)
from pressdesk.services.history import record_change
from pressdesk.services.reads.load import load_photos

State = dict[str, Any] | None
"""A person as :func:`person_state` reads it; ``None`` when there is no such person."""


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def person_state(s: Session, person_id: int) -> State:
    """Everything that makes up one person, as JSON-able lists in a stable order."""
    person = s.get(Person, person_id)
    if person is None:
        return None
    aliases = s.execute(
        select(PersonAlias.alias, PersonAlias.key, PersonAlias.kind).where(
            PersonAlias.person_id == person_id
        )
    )
    titles = s.execute(
        select(PersonTitle.title, PersonTitle.first_seen, PersonTitle.last_seen).where(
            PersonTitle.person_id == person_id
        )
    )
    parts = s.execute(
        select(
            Participation.release_id,
            Participation.title,
            Participation.name_in_text,
            Participation.role,
            Participation.position,
        ).where(Participation.person_id == person_id)
    )
    shown = s.execute(
        select(PersonShown.photo_id, PersonShown.position).where(PersonShown.person_id == person_id)
    )
    return {
        "uid": str(person.uid),
        "name": person.display_name,
        "sort_name": person.sort_name,
        "notes": person.notes,
        "code": person.code,
        "aliases": sorted([list(a) for a in aliases]),
        "titles": sorted([[t, _day(f), _day(last)] for t, f, last in titles]),
        "participations": sorted([list(p) for p in parts], key=lambda p: (p[0], p[4])),
        "shown": sorted([list(p) for p in shown]),
    }


def people_states(s: Session, ids: Sequence[int]) -> list[State]:
    return [person_state(s, pid) for pid in ids]


def touched_by(states: Iterable[State]) -> tuple[set[int], set[int]]:
    """The releases and photos whose people the states name."""
    releases: set[int] = set()
    photos: set[int] = set()
    for state in states:
        if state:
            releases.update(int(p[0]) for p in state["participations"])
            photos.update(int(p[0]) for p in state["shown"])
    return releases, photos


def release_people(s: Session, release_ids: Iterable[int]) -> dict[int, list[list[Any]]]:
    """Each release's participants as its history writes them: (person id, title, role)."""
    out: dict[int, list[list[Any]]] = {rid: [] for rid in release_ids}
    rows = s.execute(
        select(
            Participation.release_id,
            Participation.person_id,
            Participation.title,
            Participation.role,
        )
        .where(Participation.release_id.in_(list(out)))
        .order_by(Participation.release_id, Participation.position)
    )
    for rid, pid, title, role in rows:
        out[rid].append([pid, title, role])
    return out


def photo_people(s: Session, photo_ids: Iterable[int]) -> dict[int, list[str]]:
    """Each photo's persons shown, by name, in order."""
    ids = list(photo_ids)
    return {p.id: list(p.persons_shown) for p in load_photos(s, ids)} if ids else {}


def note_people_changes(
    s: Session,
    actor: str,
    releases_before: dict[int, list[list[Any]]],
    photos_before: dict[int, list[str]],
) -> None:
    """Write the change history of releases and photos whose people a merge (or its undo)
    changed; the source is ``person`` (the people authority, not the record, changed)."""
    s.flush()
    after = release_people(s, releases_before)
    uids = dict(s.execute(select(Release.id, Release.uid).where(Release.id.in_(list(after)))).all())
    for rid, was in releases_before.items():
        if rid in uids and after[rid] != was:
            record_change(s, actor, "release", uids[rid], "participants", was, after[rid], "person")
    shown_after = photo_people(s, photos_before)
    puids = dict(
        s.execute(select(Photo.id, Photo.uid).where(Photo.id.in_(list(shown_after)))).all()
    )
    for pid, was_shown in photos_before.items():
        if pid in puids and shown_after.get(pid) != was_shown:
            record_change(
                s,
                actor,
                "photo",
                puids[pid],
                "persons_shown",
                was_shown,
                shown_after[pid],
                "person",
            )


def restore_people(s: Session, ids: Sequence[int], states: Sequence[State], actor: str) -> None:
    """Make each person ``ids[i]`` hold ``states[i]``: re-create a person merged away (same
    id and uid), put back their names, titles, code, releases and photos, and remove a
    person whose state is ``None``."""
    before_states = people_states(s, ids)
    releases, photos = touched_by([*before_states, *states])
    releases_before = release_people(s, releases)
    photos_before = photo_people(s, photos)
    for pid in ids:  # codes are unique: clear them all before any is given back
        person = s.get(Person, pid)
        if person is not None:
            person.code = None
    s.flush()
    for pid, state in zip(ids, states, strict=True):
        _clear(s, pid)
        if state is not None:
            _fill(s, pid, state)
    s.flush()
    for pid, state in zip(ids, states, strict=True):
        person = s.get(Person, pid)
        if state is None and person is not None:
            s.delete(person)
        elif state is not None and person is not None:
            person.code = state["code"]
    s.flush()
    for was, now in zip(before_states, states, strict=True):
        if (was is None) != (now is None):
            kept = now or was
            assert kept is not None
            field, old, new = (
                ("restored", None, kept["name"]) if now else ("removed", kept["name"], None)
            )
            record_change(s, actor, "person", uuid.UUID(kept["uid"]), field, old, new, "person")
    note_people_changes(s, actor, releases_before, photos_before)


def _clear(s: Session, pid: int) -> None:
    for model in (PersonAlias, PersonTitle, Participation, PersonShown):
        s.execute(delete(model).where(model.person_id == pid))


def _fill(s: Session, pid: int, state: dict[str, Any]) -> None:
    person = s.get(Person, pid)
    if person is None:
        person = Person(id=pid, uid=uuid.UUID(state["uid"]))
        s.add(person)
    person.display_name = state["name"]
    person.sort_name = state["sort_name"]
    person.notes = state["notes"]
    s.flush()
    for alias, key, kind in state["aliases"]:
        s.add(PersonAlias(person_id=pid, alias=alias, key=key, kind=kind))
    for title, first, last in state["titles"]:
        s.add(
            PersonTitle(
                person_id=pid,
                title=title,
                first_seen=dt.date.fromisoformat(first) if first else None,
                last_seen=dt.date.fromisoformat(last) if last else None,
            )
        )
    for release_id, title, name_in_text, role, position in state["participations"]:
        s.add(
            Participation(
                release_id=release_id,
                person_id=pid,
                title=title,
                name_in_text=name_in_text,
                role=role,
                position=position,
            )
        )
    for photo_id, position in state["shown"]:
        s.add(PersonShown(photo_id=photo_id, person_id=pid, position=position))
