"""Editing a photo's catalogue fields, with change history and provenance.

A write returns the photos as they now are, what it changed and the undo step it recorded;
:func:`photo_values` and :func:`set_photo_values` work inside a session (undo uses them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.base import utcnow
from pressdesk.catalogue.models import PHOTO_COLUMN_FIELDS, PersonShown, Photo, PhotoKeyword
from pressdesk.core.photos.fields import BY_NAME, normalise
from pressdesk.services.errors import ConflictError, InvalidInputError
from pressdesk.services.history import record_change, set_provenance
from pressdesk.services.keywords import keyword_ids
from pressdesk.services.ops import Changes, OpResult
from pressdesk.services.people.authority import link_persons_shown
from pressdesk.services.people.codes import expand_field_codes, people_for_codes
from pressdesk.services.reads.load import load_photos, resolve_id
from pressdesk.services.reads.records import PhotoRecord
from pressdesk.services.undo.steps import entry, record_step

#: The fields an edit sets directly (columns of ``photo``); persons shown and keywords
#: have parameters of their own.
FIELD_NAMES = tuple(f.name for f in PHOTO_COLUMN_FIELDS)
#: Those holding one text (or date): ``photo set --NAME TEXT``.
TEXT_FIELDS = tuple(f.name for f in PHOTO_COLUMN_FIELDS if f.value in ("text", "date"))
_ISO_DATE = re.compile(
    r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$"
)
LIST_FIELDS = ("creator", "persons_shown", "keywords")


def clean_value(name: str, value: Any) -> Any:
    """A field's value as the catalogue stores it (lists as lists, captions as a dict);
    InvalidInputError for a date that is not ISO 8601."""
    f = BY_NAME[name]
    normal = normalise(f, value)
    if f.value == "date" and normal is not None and not _ISO_DATE.match(normal):
        raise InvalidInputError(
            f"'{normal}' is not a date: write the {f.label.lower()} as YYYY-MM-DD, "
            "YYYY-MM-DDTHH:MM[:SS] or with a zone (+02:00)."
        )
    if name == "country_code" and normal:
        normal = normal.upper()
    return list(normal) if f.is_list else dict(normal) if f.value == "langs" else normal


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
        lists = {k: values.pop(k) for k in LIST_FIELDS if k in values}
        return cls(photo, values, **lists)

    @property
    def names(self) -> list[str]:
        """The fields this edit sets."""
        lists = [n for n in LIST_FIELDS if getattr(self, n) is not None]
        return [*self.fields, *lists]


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
) -> OpResult[PhotoRecord]:
    """Change catalogue fields of one photo; unchanged values are not recorded.

    ``expected_version`` is the version the editor saw: if somebody saved the photo since,
    ConflictError is raised and nothing is written.
    """
    edit = PhotoEdit(ref, dict(fields or {}), creator, persons_shown, keywords, expected_version)
    result = update_photos(cat, [edit], actor=actor, source=source)
    return OpResult(result.value[0], result.changes, result.undo_step)


def update_photos(
    cat: Catalogue,
    edits: Sequence[PhotoEdit],
    *,
    actor: str = "user",
    source: str = "user",
    label: str | None = None,
) -> OpResult[list[PhotoRecord]]:
    """Apply edits to many photos in one transaction (all or nothing), one undo step."""
    with cat.write() as s:
        ids: list[int] = []
        entries = []
        for edit in edits:
            pid = resolve_id(s, "photo", edit.photo)
            before = photo_values(s, pid, edit.names)
            ids.append(_apply(s, edit, actor, source))
            entries.append(entry("photo", pid, before, photo_values(s, pid, edit.names)))
        s.flush()
        names = list(dict.fromkeys(n for e in edits for n in e.names))
        step = record_step(s, label or f"Edit {', '.join(names)}", entries, actor)
        records = load_photos(s, ids)
        releases = (r for record in records for r in record.releases)
        return OpResult(records, Changes.of(releases=releases, photos=ids), step)


def photo_values(s: Session, photo_id: int, names: Sequence[str]) -> dict[str, Any]:
    """The current values of some of a photo's catalogue fields (lists as lists)."""
    record = load_photos(s, [photo_id])[0]
    values = {name: getattr(record, name) for name in names}
    return {k: list(v) if isinstance(v, tuple) else v for k, v in values.items()}


def set_photo_values(
    s: Session, photo_id: int, values: dict[str, Any], actor: str, source: str = "user"
) -> None:
    """Set catalogue fields of a photo (text and list fields alike)."""
    _apply(s, PhotoEdit.from_values(photo_id, values), actor, source)
    s.flush()


def apply_edits(
    s: Session, edits: Sequence[PhotoEdit], *, actor: str, source: str
) -> list[PhotoRecord]:
    """Apply edits inside the caller's transaction; the photos as they now are."""
    ids = [_apply(s, edit, actor, source) for edit in edits]
    s.flush()
    return load_photos(s, ids)


def _apply(s: Session, edit: PhotoEdit, actor: str, source: str) -> int:
    unknown = set(edit.fields) - set(FIELD_NAMES)
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
        new = clean_value(name, value)
        old = clean_value(name, getattr(photo, name))
        if new != old:
            record_change(s, actor, "photo", photo.uid, name, old, new, source)
            setattr(photo, name, new)
            set_provenance(s, "photo", photo.uid, name, source)
    if edit.creator is not None:
        creators = expand_field_codes(s, {"creator": list(edit.creator)})[0]["creator"]
        new_list = clean_value("creator", creators)
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
