"""Every photo in the catalogue, filtered: the photo browser's ids and ``photo list``.

The browser holds only ids (one indexed query) and loads records a page at a time
(:func:`load_photos`), so it stays quick at a million photos.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, String, and_, cast, exists, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.models import Keyword, Person, PersonShown, Photo, PhotoKeyword, PhotoSlot
from pressdesk.catalogue.search import SearchQueryError, photo_ids_matching
from pressdesk.services.errors import InvalidInputError
from pressdesk.services.reads.load import load_photos, resolve_id
from pressdesk.services.reads.records import PhotoRecord

# Full-text filters give at most this many photos (best first); the rest are by id.
TEXT_LIMIT = 5000


@dataclass(frozen=True)
class PhotoFilter:
    """What the photo browser and ``photo list`` show; empty fields do not filter.

    ``credit``, ``photographer`` and ``person`` match part of the value, case aside;
    ``keyword`` a whole keyword; dates are the day taken, both ends included; ``problems``
    keeps photos with no caption, credit or copyright; ``text`` is a full-text query.
    """

    unattached: bool = False
    release: str | int | None = None
    credit: str | None = None
    photographer: str | None = None
    person: str | None = None
    keyword: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    problems: bool = False
    text: str | None = None

    @property
    def is_empty(self) -> bool:
        return self == PhotoFilter()


def _like(value: str) -> str:
    escaped = value.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _conditions(s: Session, flt: PhotoFilter) -> list[ColumnElement[bool]]:
    conds = []
    in_slot = exists().where(PhotoSlot.photo_id == Photo.id)
    if flt.unattached:
        conds.append(~in_slot)
    if flt.release is not None:
        rid = resolve_id(s, "release", flt.release)
        conds.append(exists().where(PhotoSlot.photo_id == Photo.id, PhotoSlot.release_id == rid))
    if flt.credit:
        conds.append(func.lower(Photo.credit).like(_like(flt.credit), escape="\\"))
    if flt.photographer:
        text = func.lower(cast(Photo.creator, String))
        conds.append(text.like(_like(flt.photographer), escape="\\"))
    # People and keywords: their few matching rows are found first, then the photos that
    # carry them (a subquery per photo took seconds at 750,000 photos).
    if flt.person:
        people = select(Person.id).where(
            func.lower(Person.display_name).like(_like(flt.person), escape="\\")
        )
        conds.append(
            Photo.id.in_(select(PersonShown.photo_id).where(PersonShown.person_id.in_(people)))
        )
    if flt.keyword:
        words = select(Keyword.id).where(func.lower(Keyword.text) == flt.keyword.strip().lower())
        conds.append(
            Photo.id.in_(select(PhotoKeyword.photo_id).where(PhotoKeyword.keyword_id.in_(words)))
        )
    # (taken_at is ISO 8601 text: a day's photos sort between "YYYY-MM-DD" and the next day)
    if flt.date_from:
        conds.append(Photo.taken_at >= flt.date_from.isoformat())
    if flt.date_to:
        conds.append(Photo.taken_at < (flt.date_to + dt.timedelta(days=1)).isoformat())
    if flt.problems:
        conds.append(
            or_(
                *(
                    func.coalesce(func.trim(c), "") == ""
                    for c in (Photo.caption, Photo.credit, Photo.copyright)
                )
            )
        )
    return conds


def photo_id_query(s: Session, flt: PhotoFilter) -> Select:
    """Ids of the photos ``flt`` keeps (without its text), newest first."""
    return select(Photo.id).where(and_(True, *_conditions(s, flt))).order_by(Photo.id.desc())


def photo_ids(
    cat: Catalogue, flt: PhotoFilter, *, limit: int | None = None, offset: int = 0
) -> list[int]:
    """Ids of the photos ``flt`` keeps: best text matches first when it has text, else
    newest first."""
    with cat.read() as s:
        return _ids(s, flt, limit, offset)


def _ids(s: Session, flt: PhotoFilter, limit: int | None, offset: int) -> list[int]:
    stmt = photo_id_query(s, flt)
    if not (flt.text and flt.text.strip()):
        return list(s.scalars(stmt.offset(offset).limit(limit)))
    try:
        ranked = photo_ids_matching(s, flt.text, limit=TEXT_LIMIT)
    except SearchQueryError as exc:
        raise InvalidInputError(str(exc)) from None
    if not ranked:
        return []
    if flt.is_empty or flt == PhotoFilter(text=flt.text):
        keep = ranked
    else:
        allowed = set(s.scalars(stmt.where(Photo.id.in_(ranked))))
        keep = [i for i in ranked if i in allowed]
    end = None if limit is None else offset + limit
    return keep[offset:end]


def list_photos(
    cat: Catalogue, flt: PhotoFilter, *, limit: int | None = 100, offset: int = 0
) -> list[PhotoRecord]:
    """The photos ``flt`` keeps, as records (``photo list``)."""
    with cat.read() as s:
        return load_photos(s, _ids(s, flt, limit, offset))


def count_photos(cat: Catalogue, flt: PhotoFilter | None = None) -> int:
    """How many photos ``flt`` keeps (all photos without one)."""
    flt = flt or PhotoFilter()
    if flt.text and flt.text.strip():
        return len(photo_ids(cat, flt))
    with cat.read() as s:
        stmt = select(func.count()).select_from(Photo).where(and_(True, *_conditions(s, flt)))
        return int(s.scalar(stmt) or 0)


def photo_page(cat: Catalogue, ids: Sequence[int]) -> list[PhotoRecord]:
    """Records of a page of the browser, in the order of ``ids``."""
    with cat.read() as s:
        return load_photos(s, list(ids))
