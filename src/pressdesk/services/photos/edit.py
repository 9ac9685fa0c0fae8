"""Editing a photo's catalogue fields, with change history and provenance."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.base import utcnow
from pressdesk.catalogue.models import PersonShown, Photo, PhotoKeyword
from pressdesk.services.errors import ConflictError, InvalidInputError
from pressdesk.services.history import record_change, set_provenance
from pressdesk.services.keywords import keyword_ids
from pressdesk.services.people.authority import link_persons_shown
from pressdesk.services.people.codes import expand_field_codes, people_for_codes
from pressdesk.services.reads.load import load_photos, resolve_id
from pressdesk.services.reads.records import PhotoRecord

TEXT_FIELDS = ("caption", "headline", "credit", "copyright", "source")


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


@dataclass(frozen=True)
class PhotoEdit:
    """New values for one photo; None leaves a field (or list) as it is."""

    photo: str | int
    fields: dict[str, Any] = field(default_factory=dict)
    creator: Sequence[str] | None = None
    persons_shown: Sequence[str] | None = None
    keywords: Sequence[str] | None = None
    expected_version: int | None = None

    @classmethod
    def from_values(cls, photo: str | int, values: dict[str, Any]) -> PhotoEdit:
        """Split a flat mapping (text fields and list fields) into an edit."""
        values = dict(values)
        lists = {k: values.pop(k) for k in ("creator", "persons_shown", "keywords") if k in values}
        return cls(photo, values, **lists)


def update_photo(
    cat: Catalogue,
    ref: str | int,
    *,
    fields: dict[str, Any] | None = None,
    creator: Sequence[str] | None = None,
    persons_shown: Sequence[str] | None = None,
    keywords: Sequence[str] | None = None,
    actor: str = "user",
    source: str = "user",
    expected_version: int | None = None,
) -> PhotoRecord:
    """Change catalogue fields of one photo; unchanged values are not recorded.

    ``expected_version`` is the version the editor saw: if somebody saved the photo since,
    ConflictError is raised and nothing is written.
    """
    edit = PhotoEdit(ref, dict(fields or {}), creator, persons_shown, keywords, expected_version)
    return update_photos(cat, [edit], actor=actor, source=source)[0]


def update_photos(
    cat: Catalogue, edits: Sequence[PhotoEdit], *, actor: str = "user", source: str = "user"
) -> list[PhotoRecord]:
    """Apply edits to many photos in one transaction (all or nothing)."""
    with cat.write() as s:
        ids = [_apply(s, edit, actor, source) for edit in edits]
        s.flush()
        return load_photos(s, ids)


def _apply(s: Session, edit: PhotoEdit, actor: str, source: str) -> int:
    unknown = set(edit.fields) - set(TEXT_FIELDS)
    if unknown:
        raise InvalidInputError(f"Photos have no field(s) {', '.join(sorted(unknown))}.")
    pid = resolve_id(s, "photo", edit.photo)
    photo = s.get(Photo, pid)
    assert photo is not None
    if edit.expected_version is not None and photo.version != edit.expected_version:
        raise ConflictError(
            f"Photo {pid} was changed by someone else since you opened it "
            f"(version {photo.version}, you had {edit.expected_version}); reload it and "
            "apply your change again."
        )
    fields, _unknown = expand_field_codes(s, edit.fields)
    for name, value in fields.items():
        new = _clean(value)
        old = getattr(photo, name)
        if new != old:
            record_change(s, actor, "photo", photo.uid, name, old, new, source)
            setattr(photo, name, new)
            set_provenance(s, "photo", photo.uid, name, source)
    if edit.creator is not None:
        creators = expand_field_codes(s, {"creator": list(edit.creator)})[0]["creator"]
        new_list = [c.strip() for c in creators if c.strip()]
        if new_list != list(photo.creator or []):
            record_change(s, actor, "photo", photo.uid, "creator", photo.creator, new_list, source)
            photo.creator = new_list
            set_provenance(s, "photo", photo.uid, "creator", source)
    if edit.persons_shown is not None:
        names = [p.strip() for p in people_for_codes(s, edit.persons_shown) if p.strip()]
        _set_people(s, photo, names, actor, source)
    if edit.keywords is not None:
        _set_keywords(s, photo, list(edit.keywords), actor, source)
    return pid


def _set_people(s: Session, photo: Photo, names: list[str], actor: str, source: str) -> None:
    old = load_photos(s, [photo.id])[0].persons_shown
    s.execute(delete(PersonShown).where(PersonShown.photo_id == photo.id))
    s.flush()
    link_persons_shown(s, [(photo.id, names)])
    s.flush()
    new = load_photos(s, [photo.id])[0].persons_shown
    if list(old) != list(new):
        record_change(s, actor, "photo", photo.uid, "persons_shown", list(old), list(new), source)
        set_provenance(s, "photo", photo.uid, "persons_shown", source)
        photo.updated_at = utcnow()  # the version counter moves with the edit


def _set_keywords(s: Session, photo: Photo, words: list[str], actor: str, source: str) -> None:
    old = load_photos(s, [photo.id])[0].keywords
    s.execute(delete(PhotoKeyword).where(PhotoKeyword.photo_id == photo.id))
    for position, kid in enumerate(keyword_ids(s, words)):
        s.add(PhotoKeyword(photo_id=photo.id, keyword_id=kid, position=position))
    s.flush()
    new = load_photos(s, [photo.id])[0].keywords
    if list(old) != list(new):
        record_change(s, actor, "photo", photo.uid, "keywords", list(old), list(new), source)
        set_provenance(s, "photo", photo.uid, "keywords", source)
        photo.updated_at = utcnow()
