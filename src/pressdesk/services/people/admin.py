"""Managing the people authority: find, rename, aliases, titles, merge duplicates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.models import (
    Participation,
    Person,
    PersonAlias,
    PersonShown,
    PersonTitle,
)
from pressdesk.catalogue.search import search_ids
from pressdesk.core.text_keys import name_key
from pressdesk.core.wording import count
from pressdesk.services.errors import InvalidInputError, NotFoundError
from pressdesk.services.history import record_change
from pressdesk.services.ops import Changes, OpResult
from pressdesk.services.people.authority import sort_name
from pressdesk.services.people.snapshot import (
    note_people_changes,
    people_states,
    photo_people,
    release_people,
    touched_by,
)
from pressdesk.services.reads.load import load_people
from pressdesk.services.reads.records import PersonRecord
from pressdesk.services.undo.steps import entry, record_barrier, record_step

_FIND = "'pressdesk people list --query NAME' shows people's ids"


@dataclass(frozen=True)
class TitleInput:
    title: str
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None


def find_people(cat: Catalogue, text: str = "", *, limit: int = 200) -> list[PersonRecord]:
    """People whose name or alias matches ``text`` (all people, by sort name, when empty)."""
    with cat.read() as s:
        if text.strip():
            ids = search_ids(s, text, limit=limit, prefix_last=True, strict=False).people
        else:
            ids = list(s.scalars(select(Person.id).order_by(Person.sort_name).limit(limit)))
        return load_people(s, ids)


def person_titles(cat: Catalogue, person_id: int) -> list[TitleInput]:
    with cat.read() as s:
        rows = s.scalars(
            select(PersonTitle).where(PersonTitle.person_id == person_id).order_by(PersonTitle.id)
        )
        return [TitleInput(t.title, t.first_seen, t.last_seen) for t in rows]


def edit_person(
    cat: Catalogue,
    person_id: int,
    *,
    name: str | None = None,
    aliases: Sequence[str] | None = None,
    titles: Sequence[TitleInput] | None = None,
    notes: str | None = None,
    actor: str = "user",
) -> OpResult[PersonRecord]:
    """Rename a person and/or replace their aliases, titles or notes."""
    with cat.write() as s:
        person = s.get(Person, person_id)
        if person is None:
            raise NotFoundError(f"No person with id {person_id} in this catalogue.")
        if name is not None and name.strip() and name.strip() != person.display_name:
            new = name.strip()
            record_change(s, actor, "person", person.uid, "name", person.display_name, new)
            old_name = person.display_name
            person.display_name = new
            person.sort_name = sort_name(new)
            s.execute(
                delete(PersonAlias).where(
                    PersonAlias.person_id == person.id, PersonAlias.kind == "name"
                )
            )
            s.flush()
            _add_alias(s, person.id, new, "name")
            _add_alias(s, person.id, old_name, "alias")  # the old name still finds them
        if aliases is not None:
            before = sorted(
                a.alias
                for a in s.scalars(
                    select(PersonAlias).where(
                        PersonAlias.person_id == person.id, PersonAlias.kind != "name"
                    )
                )
            )
            s.execute(
                delete(PersonAlias).where(
                    PersonAlias.person_id == person.id, PersonAlias.kind != "name"
                )
            )
            s.flush()
            for alias in aliases:
                _add_alias(s, person.id, alias, "alias")
            after = sorted(a for a in aliases if a.strip())
            if before != after:
                record_change(s, actor, "person", person.uid, "aliases", before, after)
        if titles is not None:
            s.execute(delete(PersonTitle).where(PersonTitle.person_id == person.id))
            seen: set[str] = set()
            for t in titles:
                if t.title.strip() and t.title.strip() not in seen:
                    seen.add(t.title.strip())
                    s.add(
                        PersonTitle(
                            person_id=person.id,
                            title=t.title.strip(),
                            first_seen=t.first_seen,
                            last_seen=t.last_seen,
                        )
                    )
        if notes is not None and notes != (person.notes or ""):
            record_change(s, actor, "person", person.uid, "notes", person.notes, notes)
            person.notes = notes or None
        record_barrier(s, f"Edit {person.display_name}", actor)
        s.flush()
        return OpResult(load_people(s, [person.id])[0], _touching(s, [person.id]))


def _add_alias(s: object, person_id: int, alias: str, kind: str) -> None:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    alias = alias.strip()
    key = name_key(alias)
    if not key:
        return
    exists = s.scalar(
        select(PersonAlias.id).where(PersonAlias.person_id == person_id, PersonAlias.key == key)
    )
    if exists is None:
        s.add(PersonAlias(person_id=person_id, alias=alias, key=key, kind=kind))
        s.flush()


def merge_people(
    cat: Catalogue, keep_id: int, other_ids: Sequence[int], *, actor: str = "user"
) -> OpResult[PersonRecord]:
    """Merge duplicates into one person: names become aliases; titles, participations and
    photos move over (a release or photo that had both keeps one entry)."""
    others = [o for o in dict.fromkeys(other_ids) if o != keep_id]
    if not others:
        raise InvalidInputError(
            f"Person {keep_id} cannot be merged into itself; give the id of a duplicate "
            f"after it ({_FIND})."
        )
    with cat.write() as s:
        keep = s.get(Person, keep_id)
        if keep is None:
            raise NotFoundError(f"No person with id {keep_id} in this catalogue; {_FIND}.")
        for oid in others:
            if s.get(Person, oid) is None:
                raise NotFoundError(f"No person with id {oid} in this catalogue; {_FIND}.")
        changes = _touching(s, [keep_id, *others])
        ids = [keep_id, *others]
        before = people_states(s, ids)
        releases, photos = touched_by(before)
        releases_before, photos_before = release_people(s, releases), photo_people(s, photos)
        for oid in others:
            other = s.get(Person, oid)
            assert other is not None
            for alias in s.scalars(select(PersonAlias).where(PersonAlias.person_id == oid)):
                _add_alias(s, keep.id, alias.alias, "alias")
            for title in s.scalars(select(PersonTitle).where(PersonTitle.person_id == oid)):
                mine = s.scalar(
                    select(PersonTitle).where(
                        PersonTitle.person_id == keep.id, PersonTitle.title == title.title
                    )
                )
                if mine is None:
                    s.add(
                        PersonTitle(
                            person_id=keep.id,
                            title=title.title,
                            first_seen=title.first_seen,
                            last_seen=title.last_seen,
                        )
                    )
                else:
                    dates = [d for d in (mine.first_seen, title.first_seen) if d]
                    mine.first_seen = min(dates) if dates else None
                    dates = [d for d in (mine.last_seen, title.last_seen) if d]
                    mine.last_seen = max(dates) if dates else None
            both = set(
                s.scalars(
                    select(Participation.release_id).where(Participation.person_id == keep.id)
                )
            )
            s.execute(
                delete(Participation).where(
                    Participation.person_id == oid, Participation.release_id.in_(both)
                )
            )
            s.execute(
                update(Participation)
                .where(Participation.person_id == oid)
                .values(person_id=keep.id)
            )
            shown = set(
                s.scalars(select(PersonShown.photo_id).where(PersonShown.person_id == keep.id))
            )
            s.execute(
                delete(PersonShown).where(
                    PersonShown.person_id == oid, PersonShown.photo_id.in_(shown)
                )
            )
            s.execute(
                update(PersonShown).where(PersonShown.person_id == oid).values(person_id=keep.id)
            )
            record_change(
                s,
                actor,
                "person",
                keep.uid,
                "merged",
                None,
                {"uid": str(other.uid), "name": other.display_name},
            )
            if other.code and not keep.code:  # the code goes on naming the same person
                code, other.code = other.code, None
                s.flush()
                keep.code = code
            s.flush()
            s.delete(other)
        s.flush()
        note_people_changes(s, actor, releases_before, photos_before)
        label = f"Merge {count(len(others), 'person', 'people')} into {keep.display_name}"
        step = record_step(
            s, label, [entry("people", keep.id, before, people_states(s, ids), ids=ids)], actor
        )
        s.flush()
        return OpResult(load_people(s, [keep.id])[0], changes, step)


def _touching(s: Session, people: Sequence[int]) -> Changes:
    """The people, and the releases and photos that show their names."""
    releases = s.scalars(
        select(Participation.release_id).where(Participation.person_id.in_(people))
    )
    photos = s.scalars(select(PersonShown.photo_id).where(PersonShown.person_id.in_(people)))
    return Changes.of(releases=list(releases), photos=list(photos), people=people)
