"""Loading catalogue rows into plain records, with every relationship loaded explicitly."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import BindParameter, Row, Select, bindparam, func, select
from sqlalchemy.orm import Session, selectinload

from pressdesk.catalogue.models import (
    PHOTO_COLUMN_FIELDS,
    Keyword,
    Participation,
    Person,
    PersonAlias,
    PersonShown,
    PersonTitle,
    Photo,
    PhotoKeyword,
    PhotoSlot,
    Release,
    ReleaseKeyword,
)
from pressdesk.core.photos.fields import normalise
from pressdesk.services.errors import InvalidInputError, NotFoundError
from pressdesk.services.reads.records import (
    ParticipantRecord,
    PersonRecord,
    PhotoRecord,
    ReleaseRecord,
    ReleaseSummary,
    SlotRecord,
)

_MODELS: dict[str, type[Release] | type[Photo] | type[Person]] = {
    "release": Release,
    "photo": Photo,
    "person": Person,
}


_HINTS = {
    "release": "'pressdesk release list' shows the ids",
    "photo": "'pressdesk search WORDS' finds photos by caption or credit",
    "person": "'pressdesk people list --query NAME' shows people's ids",
}


def resolve_id(session: Session, kind: str, ref: str | int) -> int:
    """The integer id of the record named by an id or uid; NotFoundError names the ref."""
    model = _MODELS[kind]
    text = str(ref).strip()
    if text.isdigit():
        found = session.scalar(select(model.id).where(model.id == int(text)))
    else:
        try:
            uid = uuid.UUID(text)
        except ValueError:
            raise InvalidInputError(
                f"'{text}' is not a {kind} id (a number) or uid (a UUID)."
            ) from None
        found = session.scalar(select(model.id).where(model.uid == uid))
    if found is None:
        raise NotFoundError(f"No {kind} with id {text} in this catalogue; {_HINTS[kind]}.")
    return found


def _ordered(rows: Iterable[object], ids: Sequence[int]) -> list[object]:
    by_id = {row.id: row for row in rows}  # type: ignore[attr-defined]
    return [by_id[i] for i in ids if i in by_id]


def _ids() -> BindParameter[Any]:
    return bindparam("ids", expanding=True)


def _keywords_of(link: type[ReleaseKeyword] | type[PhotoKeyword], owner_col: str) -> Select[Any]:
    owner = getattr(link, owner_col)
    return (
        select(owner, Keyword.text)
        .join(Keyword, Keyword.id == link.keyword_id)
        .where(owner.in_(_ids()))
        .order_by(owner, link.position)
    )


# Statements built once (a search loads its records with each of them): building and
# caching a statement cost more than running it did.
_KEYWORDS = {
    ReleaseKeyword: _keywords_of(ReleaseKeyword, "release_id"),
    PhotoKeyword: _keywords_of(PhotoKeyword, "photo_id"),
}


def _keywords(
    session: Session,
    link: type[ReleaseKeyword] | type[PhotoKeyword],
    owner_col: str,
    ids: Sequence[int],
) -> dict[int, tuple[str, ...]]:
    rows = session.execute(_KEYWORDS[link], {"ids": list(ids)}).all()
    out: dict[int, list[str]] = defaultdict(list)
    for owner_id, text in rows:
        out[owner_id].append(text)
    return {k: tuple(v) for k, v in out.items()}


def load_releases(session: Session, ids: Sequence[int]) -> list[ReleaseRecord]:
    """Full release records for ``ids``, in that order."""
    if not ids:
        return []
    rows = session.scalars(
        select(Release)
        .where(Release.id.in_(ids))
        .options(
            selectinload(Release.slots),
            selectinload(Release.participations).selectinload(Participation.person),
        )
        .execution_options(populate_existing=True)
    ).all()
    keywords = _keywords(session, ReleaseKeyword, "release_id", ids)
    out = []
    for r in _ordered(rows, ids):
        assert isinstance(r, Release)
        out.append(
            ReleaseRecord(
                id=r.id,
                uid=str(r.uid),
                headline=r.headline,
                subheadline=r.subheadline,
                summary=r.summary,
                body=r.body,
                issuer=r.issuer,
                event_date=r.event_date,
                place=r.place,
                language=r.language,
                keywords=keywords.get(r.id, ()),
                photos=tuple(
                    SlotRecord(s.position, s.caption, s.credit, s.copyright, s.photo_id)
                    for s in r.slots
                ),
                participants=tuple(
                    ParticipantRecord(
                        p.person_id, p.person.display_name, p.title, p.role, p.name_in_text
                    )
                    for p in r.participations
                ),
                created_at=r.created_at,
                updated_at=r.updated_at,
                version=r.version,
                source_url=r.source_url,
                status=r.status,
            )
        )
    return out


_PHOTO_COLUMNS = (
    Photo.id,
    Photo.uid,
    Photo.sha256,
    Photo.original_name,
    Photo.format,
    Photo.width,
    Photo.height,
    Photo.bytes,
    Photo.taken_at,
    Photo.camera_make,
    Photo.camera_model,
    Photo.embedded,
    Photo.version,
    *(getattr(Photo, f.name) for f in PHOTO_COLUMN_FIELDS),
)


_PHOTO_ROWS = select(*_PHOTO_COLUMNS).where(Photo.id.in_(_ids()))
_PHOTO_SHOWN = (
    select(PersonShown.photo_id, Person.display_name)
    .join(Person, Person.id == PersonShown.person_id)
    .where(PersonShown.photo_id.in_(_ids()))
    .order_by(PersonShown.photo_id, PersonShown.position)
)
_PHOTO_RELEASES = (
    select(PhotoSlot.photo_id, PhotoSlot.release_id)
    .where(PhotoSlot.photo_id.in_(_ids()))
    .distinct()
    .order_by(PhotoSlot.photo_id, PhotoSlot.release_id)
)


def load_photos(session: Session, ids: Sequence[int]) -> list[PhotoRecord]:
    """Full photo records for ``ids``, in that order (column queries: no ORM objects, as
    ingest loads every batch it commits)."""
    if not ids:
        return []
    params = {"ids": list(ids)}
    rows = session.execute(_PHOTO_ROWS, params).all()
    keywords = _keywords(session, PhotoKeyword, "photo_id", ids)
    shown: dict[int, list[str]] = defaultdict(list)
    for photo_id, name in session.execute(_PHOTO_SHOWN, params):
        shown[photo_id].append(name)
    releases: dict[int, list[int]] = defaultdict(list)
    for slot_photo, release_id in session.execute(_PHOTO_RELEASES, params):
        if slot_photo is not None:
            releases[slot_photo].append(release_id)
    out = []
    for p in _ordered(rows, ids):
        assert isinstance(p, Row)
        out.append(
            PhotoRecord(
                id=p.id,
                uid=str(p.uid),
                sha256=p.sha256,
                original_name=p.original_name,
                format=p.format,
                width=p.width,
                height=p.height,
                bytes=p.bytes,
                taken_at=p.taken_at,
                camera_make=p.camera_make,
                camera_model=p.camera_model,
                persons_shown=tuple(shown.get(p.id, ())),
                keywords=keywords.get(p.id, ()),
                embedded=dict(p.embedded or {}),
                releases=tuple(releases.get(p.id, ())),
                version=p.version,
                **{f.name: normalise(f, getattr(p, f.name)) for f in PHOTO_COLUMN_FIELDS},
            )
        )
    return out


_PEOPLE_ROWS = select(
    Person.id,
    Person.uid,
    Person.display_name,
    Person.sort_name,
    Person.code,
    select(func.count())
    .where(Participation.person_id == Person.id)
    .scalar_subquery()
    .label("releases"),
).where(Person.id.in_(_ids()))
_PEOPLE_ALIASES = select(PersonAlias.person_id, PersonAlias.alias).where(
    PersonAlias.person_id.in_(_ids())
)
_PEOPLE_TITLES = (
    select(PersonTitle.person_id, PersonTitle.title, PersonTitle.first_seen, PersonTitle.last_seen)
    .where(PersonTitle.person_id.in_(_ids()))
    .order_by(PersonTitle.person_id, PersonTitle.id)
)


def load_people(session: Session, ids: Sequence[int]) -> list[PersonRecord]:
    """Person records for ``ids``, in that order (column queries: no ORM objects, which
    made loading the people a search shows its slowest step; the number of releases in the
    same query)."""
    if not ids:
        return []
    params = {"ids": list(ids)}
    rows = session.execute(_PEOPLE_ROWS, params).all()
    aliases: dict[int, list[str]] = defaultdict(list)
    for pid, alias in session.execute(_PEOPLE_ALIASES, params):
        aliases[pid].append(alias)
    titles: dict[int, list[tuple[str, Any, Any]]] = defaultdict(list)
    for pid, title, first, last in session.execute(_PEOPLE_TITLES, params):
        titles[pid].append((title, first, last))
    out = []
    for p in _ordered(rows, ids):
        assert isinstance(p, Row)
        held = titles.get(p.id, [])
        out.append(
            PersonRecord(
                id=p.id,
                uid=str(p.uid),
                name=p.display_name,
                sort_name=p.sort_name,
                aliases=tuple(sorted(a for a in aliases.get(p.id, ()) if a != p.display_name)),
                titles=tuple(t[0] for t in held),
                title_dates=tuple(held),
                code=p.code,
                releases=p.releases,
            )
        )
    return out


def photo_counts(session: Session, ids: Sequence[int]) -> dict[int, int]:
    """Number of photo slots per release."""
    if not ids:
        return {}
    rows = session.execute(
        select(PhotoSlot.release_id, func.count())
        .where(PhotoSlot.release_id.in_(ids))
        .group_by(PhotoSlot.release_id)
    ).all()
    return {rid: n for rid, n in rows}


_SUMMARY_ROWS = select(
    Release.id,
    Release.uid,
    Release.headline,
    Release.event_date,
    Release.issuer,
    select(func.count())
    .where(PhotoSlot.release_id == Release.id)
    .scalar_subquery()
    .label("photos"),
).where(Release.id.in_(_ids()))


def release_summaries(session: Session, ids: Sequence[int]) -> list[ReleaseSummary]:
    """List rows for ``ids``, in that order (the number of photo slots in the same query)."""
    if not ids:
        return []
    rows = session.execute(_SUMMARY_ROWS, {"ids": list(ids)}).all()
    by_id = {
        r.id: ReleaseSummary(r.id, str(r.uid), r.headline, r.event_date, r.issuer, r.photos)
        for r in rows
    }
    return [by_id[i] for i in ids if i in by_id]
