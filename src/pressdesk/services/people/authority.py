"""The people authority: finding a person by name or alias, proposing new ones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from pressdesk.catalogue.models import Person, PersonAlias, PersonShown, PersonTitle
from pressdesk.core.text_keys import name_key

HONORIFICS = {"mr", "mrs", "ms", "dr", "prof", "he", "h.e", "sir", "dame"}


def sort_name(name: str) -> str:
    """'Shimon Peres' -> 'Peres, Shimon'; single names and non-Latin names stay as they are."""
    parts = name.split()
    if len(parts) < 2 or not parts[-1][:1].isalpha() or not parts[-1].isascii():
        return name
    return f"{parts[-1]}, {' '.join(parts[:-1])}"


def _persons_with_surname(session: Session, surname_key: str) -> list[int]:
    """People whose full name (an alias of kind 'name') ends with this word."""
    rows = session.execute(
        select(PersonAlias.person_id, PersonAlias.key).where(
            PersonAlias.kind == "name", PersonAlias.key.like(f"% {surname_key}")
        )
    ).all()
    return sorted({pid for pid, _key in rows})


def find_person(session: Session, name: str) -> int | None:
    """The one person known by this name or alias; a bare surname matches a full name when
    exactly one person has it. None when nobody (or more than one person) matches."""
    return find_people(session, [name]).get(name_key(name))


def find_people(session: Session, names: Iterable[str]) -> dict[str, int | None]:
    """:func:`find_person` for many names with one query: name key -> person id (None when
    nobody, or more than one person, is known by it)."""
    keys = list(dict.fromkeys(k for k in map(name_key, names) if k))
    if not keys:
        return {}
    owners: dict[str, set[int]] = {key: set() for key in keys}
    for key, pid in session.execute(
        select(PersonAlias.key, PersonAlias.person_id).where(PersonAlias.key.in_(keys))
    ):
        owners[key].add(pid)
    found: dict[str, int | None] = {}
    for key, pids in owners.items():
        if not pids and " " not in key:
            pids = set(_persons_with_surname(session, key))
        found[key] = next(iter(pids)) if len(pids) == 1 else None
    return found


def add_aliases(session: Session, person_id: int, names: Iterable[str]) -> list[str]:
    """Record further names of a person (case/diacritics variants are not repeated)."""
    known = set(session.scalars(select(PersonAlias.key).where(PersonAlias.person_id == person_id)))
    added = []
    for alias in names:
        key = name_key(alias)
        if key and key not in known and key not in HONORIFICS:
            session.add(PersonAlias(person_id=person_id, alias=alias, key=key, kind="alias"))
            known.add(key)
            added.append(alias)
    return added


def create_person(session: Session, name: str, aliases: Iterable[str] = ()) -> Person:
    """A new authority record with its name (and any further names) as aliases."""
    person = Person(display_name=name, sort_name=sort_name(name))
    session.add(person)
    session.flush()
    session.add(PersonAlias(person_id=person.id, alias=name, key=name_key(name), kind="name"))
    session.flush()
    add_aliases(session, person.id, aliases)
    return person


def note_title(session: Session, person_id: int, title: str | None, seen: dt.date | None) -> None:
    """Remember that the person held ``title`` on ``seen`` (widening the known date range)."""
    if not title:
        return
    row = session.scalar(
        select(PersonTitle).where(PersonTitle.person_id == person_id, PersonTitle.title == title)
    )
    if row is None:
        session.add(PersonTitle(person_id=person_id, title=title, first_seen=seen, last_seen=seen))
        return
    if seen is not None:
        if row.first_seen is None or seen < row.first_seen:
            row.first_seen = seen
        if row.last_seen is None or seen > row.last_seen:
            row.last_seen = seen


def link_persons_shown(
    session: Session,
    photos: Iterable[tuple[int, Sequence[str]]],
) -> None:
    """Tag the people shown in photos, each given as ``(photo id, names left to right)``,
    matching or creating each person; the links go in with one multi-row INSERT.

    The names are looked up with one query; once a person has been created, the names
    after it are looked up again, as a surname may now mean that person.
    """
    keyed_photos = [(pid, [(name, name_key(name)) for name in names]) for pid, names in photos]
    known = find_people(session, (name for _pid, keyed in keyed_photos for name, _key in keyed))
    rows: list[dict[str, int]] = []
    created = False
    for photo_id, keyed in keyed_photos:
        seen: set[int] = set()
        for position, (name, key) in enumerate(keyed):
            pid = known.get(key)
            if pid is None and created:  # someone made just now may be meant: "Benjamin
                pid = find_person(session, name)  # Netanyahu", then "Netanyahu"
            if pid is None:
                pid = create_person(session, name).id
                created = True
            known[key] = pid
            if pid not in seen:
                seen.add(pid)
                rows.append({"photo_id": photo_id, "person_id": pid, "position": position})
    if rows:
        session.execute(insert(PersonShown.core_table()), rows)


def prefer_fuller_name(session: Session, person_id: int, name: str) -> None:
    """Upgrade a surname-only record ("Netanyahu") to a fuller name seen later
    ("Benjamin Netanyahu"); the old name stays an alias."""
    person = session.get(Person, person_id)
    if person is None:
        return
    old, new = name_key(person.display_name), name_key(name)
    if " " in old or " " not in new or not new.endswith(" " + old):
        return
    session.execute(
        update(PersonAlias)
        .where(PersonAlias.person_id == person_id, PersonAlias.kind == "name")
        .values(kind="alias")
    )
    person.display_name = name.strip()
    person.sort_name = sort_name(person.display_name)
    existing = session.scalar(
        select(PersonAlias).where(PersonAlias.person_id == person_id, PersonAlias.key == new)
    )
    if existing is None:
        session.add(
            PersonAlias(person_id=person_id, alias=person.display_name, key=new, kind="name")
        )
    else:
        existing.kind = "name"
