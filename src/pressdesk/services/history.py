"""Change history and provenance: who changed what, and where each value came from."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from pressdesk.catalogue.models import ChangeRecord, Provenance

# Sources of values a person decided on (typed, a one-click fix, a template they applied):
# re-imports and bundles never overwrite those.
DECIDED_BY_PERSON = frozenset({"user", "fix", "template"})


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def provenance_of(session: Session, entity: str, uid: uuid.UUID) -> dict[str, str]:
    """Field name -> source ('parsed', 'file', 'preset', 'user', 'bundle') for one record."""
    rows = session.execute(
        select(Provenance.field, Provenance.source).where(
            Provenance.entity == entity, Provenance.entity_uid == uid
        )
    ).all()
    return {f: src for f, src in rows}


def set_provenance(
    session: Session,
    entity: str,
    uid: uuid.UUID,
    field: str,
    source: str,
    detail: str | None = None,
) -> None:
    """Record where a field's value came from (replacing the previous note)."""
    row = session.scalar(
        select(Provenance).where(
            Provenance.entity == entity, Provenance.entity_uid == uid, Provenance.field == field
        )
    )
    if row is None:
        session.add(
            Provenance(entity=entity, entity_uid=uid, field=field, source=source, detail=detail)
        )
    else:
        row.source = source
        row.detail = detail


def add_provenance(
    session: Session,
    entity: str,
    records: Iterable[tuple[uuid.UUID, str | None]],
    fields: Sequence[str],
    source: str,
) -> None:
    """Record where the ``fields`` of records created in this transaction came from; each
    record is given as ``(uid, detail)``.

    Unlike :func:`set_provenance` it does not look for earlier notes (a new record has
    none), so all the rows go in with one multi-row INSERT.
    """
    rows = [
        {"entity": entity, "entity_uid": uid, "field": f, "source": source, "detail": detail}
        for uid, detail in records
        for f in fields
    ]
    if rows:
        session.execute(insert(Provenance.core_table()), rows)  # Core: no per-row ORM work


def record_change(
    session: Session,
    actor: str,
    entity: str,
    uid: uuid.UUID,
    field: str,
    old: Any,
    new: Any,
    source: str = "user",
) -> None:
    """Append a change to the history; ``source`` is where the new value came from (one of
    ``catalogue.models.SOURCES``)."""
    session.add(
        ChangeRecord(
            actor=actor,
            entity=entity,
            entity_uid=uid,
            field=field,
            old_value=_jsonable(old),
            new_value=_jsonable(new),
            source=source,
        )
    )


def history_of(session: Session, entity: str, uid: uuid.UUID) -> list[ChangeRecord]:
    """The changes of one record, oldest first."""
    return list(
        session.scalars(
            select(ChangeRecord)
            .where(ChangeRecord.entity == entity, ChangeRecord.entity_uid == uid)
            .order_by(ChangeRecord.id)
        )
    )
