"""Small helpers that write real rows through the ORM for tests."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from sqlalchemy.orm import Session

from pressdesk.catalogue.models import (
    Participation,
    Person,
    PersonAlias,
    Photo,
    PhotoSlot,
    Release,
)


def add_release(session: Session, **fields: Any) -> Release:
    values: dict[str, Any] = {"headline": "A headline", "body": "Body text."}
    values.update(fields)
    release = Release(**values)
    session.add(release)
    session.flush()
    return release


def add_photo(session: Session, name: str = "a.jpg", **fields: Any) -> Photo:
    values: dict[str, Any] = {
        "sha256": hashlib.sha256(name.encode() + repr(sorted(fields.items())).encode()).hexdigest(),
        "original_name": name,
        "format": "JPEG",
        "bytes": 1000,
        "width": 640,
        "height": 480,
    }
    values.update(fields)
    photo = Photo(**values)
    session.add(photo)
    session.flush()
    return photo


def add_person(session: Session, name: str, *aliases: str) -> Person:
    from pressdesk.core.text_keys import name_key

    person = Person(display_name=name, sort_name=name.split()[-1] + ", " + name)
    person.aliases = [PersonAlias(alias=name, key=name_key(name), kind="name")] + [
        PersonAlias(alias=a, key=name_key(a), kind="alias") for a in aliases
    ]
    session.add(person)
    session.flush()
    return person


def add_slot(
    session: Session, release: Release, position: int, photo: Photo | None = None, **fields: Any
) -> PhotoSlot:
    slot = PhotoSlot(
        release_id=release.id, position=position, photo_id=photo.id if photo else None, **fields
    )
    session.add(slot)
    session.flush()
    return slot


def add_participation(
    session: Session,
    release: Release,
    person: Person,
    title: str | None,
    role: str = "participant",
    position: int = 0,
) -> Participation:
    part = Participation(
        release_id=release.id, person_id=person.id, title=title, role=role, position=position
    )
    session.add(part)
    session.flush()
    return part


TODAY = dt.date(2012, 11, 8)
