"""The few set-based queries a full check runs, written for SQLite and PostgreSQL.

A check never asks one question per photo: it streams the slots (with the ids of the people
shown and the participants, aggregated by the database), streams the photos' short credit
columns, and lets the database pick out the photos whose values exceed an IIM byte limit
or differ from what the file embeds, so only those bring their long text along.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    LargeBinary,
    Select,
    Text,
    TextClause,
    and_,
    case,
    cast,
    func,
    literal,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from pressdesk.catalogue.models import Participation, PersonShown, Photo, PhotoSlot
from pressdesk.core.checks.limits import LIMITED
from pressdesk.core.checks.rules import EMBEDDED
from pressdesk.core.photos.fields import FIELDS, Field

YIELD = 5000
#: The one-text fields compared with the file's embedded values.
EMBEDDED_TEXT = tuple(f.name for f in EMBEDDED if f.value == "text")
#: The photo columns the detail rules read: those with a byte limit or compared with the
#: file (keywords, a table of their own, are not checked here).
DETAIL_FIELDS: tuple[Field, ...] = tuple(
    f for f in FIELDS if (f in LIMITED or f in EMBEDDED) and f.name in Photo.__table__.c
)


def _id_list(session: Session, column: Any) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return func.string_agg(cast(column, Text), literal(","))
    return func.group_concat(column)


def _bytes(session: Session, column: Any) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return func.octet_length(column)
    return func.length(cast(column, LargeBinary))


def parse_ids(text: str | None) -> list[int]:
    """'3,17,4' (an aggregated id list) -> [3, 17, 4]."""
    return [int(x) for x in text.split(",")] if text else []


def stream(session: Session, stmt: Select) -> Any:
    """Rows of ``stmt`` fetched in batches (a server-side cursor on PostgreSQL)."""
    conn = session.connection()  # Core rows: no ORM result processing per row
    return conn.execute(stmt.execution_options(yield_per=YIELD, stream_results=True))


def slot_rows(session: Session, scope: Sequence[int] | None) -> Any:
    """Every slot in scope with its photo's caption/credit/copyright, the ids of the people
    shown in the photo and the ids of the release's participants."""
    shown = (
        select(_id_list(session, PersonShown.person_id))
        .where(PersonShown.photo_id == PhotoSlot.photo_id)
        .scalar_subquery()
    )
    taking_part = (
        select(_id_list(session, Participation.person_id))
        .where(Participation.release_id == PhotoSlot.release_id)
        .scalar_subquery()
    )
    stmt = select(
        PhotoSlot.release_id,
        PhotoSlot.position,
        PhotoSlot.caption,
        PhotoSlot.credit,
        PhotoSlot.copyright,
        PhotoSlot.photo_id,
        Photo.original_name,
        Photo.caption,
        Photo.credit,
        Photo.copyright,
        shown,
        taking_part,
    ).outerjoin(Photo, Photo.id == PhotoSlot.photo_id)
    if scope is not None:
        stmt = stmt.where(PhotoSlot.release_id.in_(scope))
    # By release (the release/position index gives this order without a sort), so that
    # the check remembers one release's photos at a time, not a million pairs.
    return stream(session, stmt.order_by(PhotoSlot.release_id, PhotoSlot.position))


def _photos_in_scope(scope: Sequence[int]) -> Any:
    return (
        select(PhotoSlot.release_id, PhotoSlot.photo_id)
        .where(PhotoSlot.release_id.in_(scope), PhotoSlot.photo_id.is_not(None))
        .distinct()
        .subquery()
    )


def _with_release(stmt: Select, scope: Sequence[int] | None, every: bool = False) -> Select:
    """Put the release each photo's problems belong to after ``stmt``'s columns, ordered as
    the report is (by that release, a photo in none last, then by photo): in a scoped check,
    or with ``every``, one row per (release, photo) (a photo in no release once, with None);
    otherwise once per photo, under its first release."""
    if scope is None and not every:
        first = (
            select(func.min(PhotoSlot.release_id))
            .where(PhotoSlot.photo_id == Photo.id)
            .scalar_subquery()
            .label("first_release")
        )
        stmt = stmt.add_columns(first).select_from(Photo)
        return stmt.order_by(first.asc().nulls_last(), Photo.id)
    if scope is None:
        pairs = (
            select(PhotoSlot.release_id, PhotoSlot.photo_id)
            .where(PhotoSlot.photo_id.is_not(None))
            .distinct()
            .subquery()
        )
        stmt = (
            stmt.add_columns(pairs.c.release_id)
            .select_from(Photo)
            .outerjoin(pairs, pairs.c.photo_id == Photo.id)
        )
    else:
        pairs = _photos_in_scope(scope)
        stmt = (
            stmt.add_columns(pairs.c.release_id)
            .select_from(Photo)
            .join(pairs, pairs.c.photo_id == Photo.id)
        )
    return stmt.order_by(pairs.c.release_id.asc().nulls_last(), Photo.id)


def photo_rows(session: Session, scope: Sequence[int] | None, every: bool = False) -> Any:
    """(id, name, credit, copyright, creator JSON, caption missing (1/0), release id) of
    every photo in scope."""
    no_caption = case((func.coalesce(func.trim(Photo.caption), "") == "", 1), else_=0)
    stmt = select(
        Photo.id,
        Photo.original_name,
        Photo.credit,
        Photo.copyright,
        cast(Photo.creator, Text),
        no_caption,
    )
    return stream(session, _with_release(stmt, scope, every))


# PostgreSQL parses the (json) embedded column once per row with json_to_record.
_PG_DIFFERS = text(
    "CASE WHEN json_typeof(photo.embedded) = 'object' THEN EXISTS (SELECT 1 FROM "
    "json_to_record(photo.embedded) AS e(caption text, headline text, credit text, "
    "copyright text, source text, creator jsonb) WHERE "
    + " OR ".join(f"(e.{n} IS NOT NULL AND photo.{n} <> e.{n})" for n in EMBEDDED_TEXT)
    + " OR e.creator IS DISTINCT FROM photo.creator::jsonb) ELSE false END"
)
_SQLITE_CREATOR_DIFFERS = text(
    "json_extract(photo.embedded, '$.creator') IS NOT json(photo.creator)"
)


def _differs(session: Session) -> list[ColumnElement[bool] | TextClause]:
    """Conditions true when a catalogue value may differ from the file's own."""
    if session.get_bind().dialect.name == "postgresql":
        return [_PG_DIFFERS]
    out: list[ColumnElement[bool] | TextClause] = []
    for name in EMBEDDED_TEXT:
        column, theirs = getattr(Photo, name), Photo.embedded[name].as_string()
        out.append(and_(theirs.is_not(None), column.is_not(None), column != theirs))
    return [*out, _SQLITE_CREATOR_DIFFERS]


def detail_rows(session: Session, scope: Sequence[int] | None, every: bool = False) -> Any:
    """Photos in scope with a value over its IIM byte limit or differing from the file's
    embedded metadata (a superset: the rules decide): (id, name, embedded JSON, the values
    of DETAIL_FIELDS..., release id)."""
    over = [
        _bytes(session, cast(Photo.creator, Text) if f.is_list else getattr(Photo, f.name))
        > (f.iim.limit + 4 if f.is_list else f.iim.limit)
        for f in LIMITED
        if f.iim is not None and f.name in Photo.__table__.c  # keywords: a table of their own
    ]
    differs = _differs(session)
    columns = [cast(getattr(Photo, f.name), Text) if f.is_list else getattr(Photo, f.name)
               for f in DETAIL_FIELDS]  # fmt: skip
    stmt = select(Photo.id, Photo.original_name, cast(Photo.embedded, Text), *columns).where(
        or_(*over, *differs)
    )
    return stream(session, _with_release(stmt, scope, every))


def credit_variants(session: Session, scope: Sequence[int] | None) -> Any:
    """(photo id, release id, slot credit) of photos whose slots print different credits."""
    grouped = (
        select(PhotoSlot.photo_id)
        .where(PhotoSlot.photo_id.is_not(None))
        .group_by(PhotoSlot.photo_id)
        .having(func.count(func.distinct(func.coalesce(PhotoSlot.credit, ""))) > 1)
    )
    if scope is not None:
        grouped = grouped.where(PhotoSlot.photo_id.in_(select(_photos_in_scope(scope).c.photo_id)))
    sub = grouped.subquery()
    stmt = (
        select(PhotoSlot.photo_id, PhotoSlot.release_id, PhotoSlot.credit)
        .join(sub, sub.c.photo_id == PhotoSlot.photo_id)
        .order_by(PhotoSlot.photo_id, PhotoSlot.release_id, PhotoSlot.position)
    )
    return stream(session, stmt)
