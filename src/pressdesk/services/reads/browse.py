"""Read-only use cases: list, show and search the catalogue."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, select

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.models import Release
from pressdesk.catalogue.search import SearchQueryError, search_ids
from pressdesk.services.errors import InvalidInputError
from pressdesk.services.reads.load import (
    load_people,
    load_photos,
    load_releases,
    release_summaries,
    resolve_id,
)
from pressdesk.services.reads.records import (
    PhotoRecord,
    ReleaseRecord,
    ReleaseSummary,
    SearchResult,
)

SORT_COLUMNS = {
    "date": Release.event_date,
    "headline": Release.headline,
    "issuer": Release.issuer,
    "created": Release.created_at,
    "id": Release.id,
}


@dataclass(frozen=True)
class ReleaseFilter:
    """Filters for the release list; every one is applied in SQL."""

    issuer: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


def release_id_query(
    flt: ReleaseFilter | None = None, sort: str = "created", descending: bool = True
) -> Select[int]:
    """The ordered id query behind the release list."""
    column = SORT_COLUMNS[sort]
    stmt = select(Release.id)
    if flt:
        if flt.issuer:
            stmt = stmt.where(Release.issuer == flt.issuer)
        if flt.date_from:
            stmt = stmt.where(Release.event_date >= flt.date_from)
        if flt.date_to:
            stmt = stmt.where(Release.event_date <= flt.date_to)
    # Empty values sort last both ways. NULLS LAST only where a column can be empty: said of
    # a NOT NULL column it stops PostgreSQL from reading its index in order (the default
    # sort, newest first, took 80 ms at 200,000 releases instead of 0.4 ms).
    nullable = bool(getattr(column.expression, "nullable", True))
    order = column.desc() if descending else column.asc()
    tie = Release.id.desc() if descending else Release.id.asc()
    if column is Release.id:
        return stmt.order_by(order)
    return stmt.order_by(order.nulls_last() if nullable else order, tie)


def list_releases(
    cat: Catalogue,
    *,
    limit: int = 100,
    offset: int = 0,
    sort: str = "created",
    descending: bool = True,
    flt: ReleaseFilter | None = None,
) -> list[ReleaseSummary]:
    """A page of the release list, newest first by default."""
    with cat.read() as session:
        ids = list(
            session.scalars(release_id_query(flt, sort, descending).limit(limit).offset(offset))
        )
        return release_summaries(session, ids)


def show_release(cat: Catalogue, ref: str | int) -> ReleaseRecord:
    """One release by id or uid."""
    with cat.read() as session:
        return load_releases(session, [resolve_id(session, "release", ref)])[0]


def show_photo(cat: Catalogue, ref: str | int) -> PhotoRecord:
    """One photo by id or uid."""
    with cat.read() as session:
        return load_photos(session, [resolve_id(session, "photo", ref)])[0]


def search(cat: Catalogue, text: str, *, limit: int = 50) -> SearchResult:
    """Full-text search over releases (with the captions and credits printed in them),
    photos' text fields and people; ``-word`` excludes, ``a OR b`` matches either."""
    with cat.read() as session:
        try:
            hits = search_ids(session, text, limit=limit)
        except SearchQueryError as exc:
            raise InvalidInputError(str(exc)) from None
        return SearchResult(
            releases=tuple(release_summaries(session, hits.releases)),
            photos=tuple(load_photos(session, hits.photos)),
            people=tuple(load_people(session, hits.people)),
        )
