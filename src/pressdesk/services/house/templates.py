"""Templates: named field values applied to many photos at once, with variables filled
from each photo and its release (``{release.date}``, ``{release.place}``, …) and
``\\code\\`` replacements; what a template sets is recorded with provenance ``template``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.models import Photo, PhotoSlot, Release, Template
from pressdesk.core.templates import TemplateError, Value, check_template, expand_template
from pressdesk.services.errors import InvalidInputError, NotFoundError
from pressdesk.services.ops import Changes, OpResult
from pressdesk.services.photos.edit import TEXT_FIELDS, PhotoEdit, apply_edits, photo_values
from pressdesk.services.reads.records import PhotoRecord
from pressdesk.services.undo.steps import entry, record_step

LIST_FIELDS = ("creator", "persons_shown", "keywords")  # values split at ';'
TEMPLATE_FIELDS = (*TEXT_FIELDS, *LIST_FIELDS)


@dataclass(frozen=True)
class TemplateRecord:
    id: int
    name: str
    fields: dict[str, str]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "fields": dict(self.fields)}


def _record(row: Template) -> TemplateRecord:
    return TemplateRecord(row.id, row.name, dict(row.fields))


def _check(fields: Mapping[str, str]) -> dict[str, str]:
    unknown = sorted(set(fields) - set(TEMPLATE_FIELDS))
    if unknown:
        raise InvalidInputError(
            f"Templates cannot set {', '.join(unknown)}; they set {', '.join(TEMPLATE_FIELDS)}."
        )
    if not fields:
        raise InvalidInputError("A template must set at least one field (FIELD=VALUE).")
    for value in fields.values():
        try:
            check_template(value)
        except TemplateError as exc:
            raise InvalidInputError(str(exc)) from None
    return dict(fields)


def save_template(cat: Catalogue, name: str, fields: Mapping[str, str]) -> TemplateRecord:
    """Create the template ``name``, or replace what it sets."""
    name = name.strip()
    if not name:
        raise InvalidInputError("A template needs a name.")
    checked = _check(fields)
    with cat.write() as s:
        row = s.scalar(select(Template).where(Template.name == name))
        if row is None:
            row = Template(name=name, fields=checked)
            s.add(row)
        else:
            row.fields = checked
        s.flush()
        return _record(row)


def list_templates(cat: Catalogue) -> list[TemplateRecord]:
    with cat.read() as s:
        return [_record(t) for t in s.scalars(select(Template).order_by(Template.name))]


def remove_template(cat: Catalogue, name: str) -> None:
    with cat.write() as s:
        s.delete(_find(s, name))


def _find(s: Session, ref: str | int) -> Template:
    text = str(ref).strip()
    row = s.scalar(select(Template).where(Template.name == text))
    if row is None and text.isdigit():
        row = s.get(Template, int(text))
    if row is None:
        raise NotFoundError(
            f"No template named {text!r}; 'pressdesk house template list' shows them."
        )
    return row


def _variables(
    s: Session, photo: Photo, release_id: int | None
) -> tuple[dict[str, Value], int | None]:
    """The values a template may use for one photo: its own, and its release's (the one
    given, else the first it is in); and the id of that release (None: in none)."""
    stmt = select(PhotoSlot).where(PhotoSlot.photo_id == photo.id)
    if release_id is not None:
        stmt = stmt.where(PhotoSlot.release_id == release_id)
    slot = s.scalar(stmt.order_by(PhotoSlot.release_id, PhotoSlot.position).limit(1))
    values: dict[str, Value] = {
        "photo.date_taken": _day(photo.taken_at),
        "photo.creator": "; ".join(photo.creator or []),
        "photo.credit": photo.credit,
        "photo.file": photo.original_name,
        "today": dt.date.today(),
    }
    release = s.get(Release, slot.release_id) if slot is not None else None
    if release is not None and slot is not None:
        values |= {
            "release.date": release.event_date,
            "release.place": release.place,
            "release.issuer": release.issuer,
            "release.headline": release.headline,
            "release.subheadline": release.subheadline,
            "release.uid": str(release.uid),
            "slot.caption": slot.caption,
            "slot.credit": slot.credit,
        }
    return values, release.id if release is not None else None


def _day(taken: str | None) -> dt.date | str | None:
    if not taken:
        return None
    try:
        return dt.date.fromisoformat(taken[:10])
    except ValueError:
        return taken


def _missing_warnings(
    pid: int, missing: Sequence[str], release_id: int | None, in_release: int | None
) -> list[str]:
    """Which variables of a photo had no value, and what would give them one: the photo's
    own, and its release's (``in_release``: the release whose values were used, if any)."""
    own = [m for m in missing if not m.startswith(("release.", "slot."))]
    of_release = [m for m in missing if m.startswith(("release.", "slot."))]
    out = []
    if own:
        hint = f"the photo has no such value ('pressdesk photo show {pid}')"
        out.append((own, hint))
    if of_release:
        if in_release is not None:
            hint = (
                f"release {in_release} has no such value: "
                f"'pressdesk release set {in_release}' gives one"
            )
        elif release_id is None:
            hint = "the photo is in no release: attach it first ('pressdesk match')"
        else:
            hint = f"the photo is not in release {release_id}"
        out.append((of_release, hint))
    return [
        f"photo {pid}: {', '.join('{' + m + '}' for m in names)} had no value, left out ({hint})"
        for names, hint in out
    ]


def template_edits(
    s: Session, fields: Mapping[str, str], photo_ids: Sequence[int], release_id: int | None
) -> tuple[list[PhotoEdit], list[str]]:
    """Each photo's edit with the template's values expanded for it, and warnings naming
    the variables that had no value (their fields are left as they are when empty)."""
    edits, warnings = [], []
    for pid in photo_ids:
        photo = s.get(Photo, pid)
        if photo is None:
            raise NotFoundError(f"No photo with id {pid} in this catalogue.")
        values, in_release = _variables(s, photo, release_id)
        text: dict[str, Any] = {}
        lists: dict[str, list[str]] = {}
        missing: dict[str, None] = {}  # each variable once, whatever fields used it
        for name, template in fields.items():
            out = expand_template(template, values)
            missing.update(dict.fromkeys(out.missing))
            if not out.text.strip():
                continue
            if name in LIST_FIELDS:
                lists[name] = [v.strip() for v in out.text.split(";") if v.strip()]
            else:
                text[name] = out.text
        warnings += _missing_warnings(pid, list(missing), release_id, in_release)
        edits.append(
            PhotoEdit(
                pid,
                text,
                creator=lists.get("creator"),
                persons_shown=lists.get("persons_shown"),
                keywords=lists.get("keywords"),
            )
        )
    return edits, warnings


@dataclass(frozen=True)
class TemplateApplied:
    """The photos as a template left them, and what it could not fill."""

    photos: list[PhotoRecord]
    warnings: list[str]


def apply_template(
    cat: Catalogue,
    ref: str | int,
    photos: Sequence[str | int],
    *,
    release: str | int | None = None,
    actor: str = "user",
) -> OpResult[TemplateApplied]:
    """Apply a template to photos in one transaction, one undo step."""
    from pressdesk.services.reads.load import resolve_id

    with cat.write() as s:
        row = _find(s, ref)
        ids = [resolve_id(s, "photo", p) for p in dict.fromkeys(photos)]
        rid = resolve_id(s, "release", release) if release is not None else None
        edits, warnings = template_edits(s, row.fields, ids, rid)
        befores = [photo_values(s, int(e.photo), e.names) for e in edits]
        records = apply_edits(s, edits, actor=actor, source="template")
        entries = [
            entry("photo", int(e.photo), before, photo_values(s, int(e.photo), e.names))
            for e, before in zip(edits, befores, strict=True)
        ]
        step = record_step(s, f"Apply template {row.name}", entries, actor)
        releases = (r for record in records for r in record.releases)
        changes = Changes.of(releases=releases, photos=[r.id for r in records])
        return OpResult(TemplateApplied(records, warnings), changes, step)
