"""The journal of a bundle import that commits in batches.

A bundle's records are merged in short transactions so that other writers are not kept
waiting (see :mod:`.batches`). The journal row is written with the first batch and deleted
with the last, in the same transactions as the records: while it exists the import is
unfinished. A killed, cancelled or failed import leaves it behind; importing the same bundle
again (known by the checksum of its manifest) merges every record again, which finds those
already merged by uid and leaves them as they are, and reports what the first attempt added
and updated as added and updated.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.base import utcnow
from pressdesk.catalogue.models import BundleImport, BundleImportEntry
from pressdesk.core.wording import count
from pressdesk.services.bundles.merge import Entry
from pressdesk.services.errors import InvalidInputError
from pressdesk.storage.library import HOST, process_ended


@dataclass(frozen=True)
class Unfinished:
    """An import of another bundle that stopped before its end."""

    label: str
    done: int
    total: int

    def message(self) -> str:
        return (
            f"the import of {self.label} stopped after {self.done:,} of "
            f"{count(self.total, 'record')}; import that bundle again to finish it"
        )


@dataclass
class Journal:
    """One bundle import's journal: its key, and what an interrupted attempt had done."""

    key: str
    label: str
    total: int
    resumed_after: int | None = None  # records merged by an interrupted attempt
    earlier: dict[int, tuple[str, dict[str, Any]]] = field(default_factory=dict)
    row_id: int | None = None
    saved: bool = False  # the row is committed: a stop now leaves the import resumable

    def begin(self, s: Session) -> None:
        """Write (or take over) the journal row: in each batch's transaction until the
        first one commits."""
        if self.row_id is not None and self.saved:
            return
        row = s.scalar(select(BundleImport).where(BundleImport.bundle_sha256 == self.key))
        if row is not None:
            _refuse_if_running(row, self.label)
            row.host, row.pid, row.label = HOST, os.getpid(), self.label
        else:
            row = BundleImport(
                bundle_sha256=self.key,
                label=self.label,
                host=HOST,
                pid=os.getpid(),
                started_at=utcnow(),
                total=self.total,
                done=0,
            )
            s.add(row)
            try:
                s.flush()
            except IntegrityError:  # (PostgreSQL: another process wrote it a moment ago)
                raise _running(self.label, "another pressdesk command") from None
        self.row_id = row.id

    def note(self, s: Session, done: int, entries: list[tuple[int, str, Entry]]) -> None:
        """Record a batch: the records it added or updated, and how far the import is."""
        assert self.row_id is not None
        rows = [
            {"import_id": self.row_id, "position": n, "outcome": outcome, "entry": e.to_json()}
            for n, outcome, e in entries
            if outcome != "skipped" and n not in self.earlier
        ]
        if rows:
            s.execute(insert(BundleImportEntry), rows)
        row = s.get(BundleImport, self.row_id)
        assert row is not None
        row.done = max(row.done, done)

    def finish(self, s: Session) -> None:
        """Delete the journal: in the last batch's transaction."""
        assert self.row_id is not None
        s.execute(delete(BundleImportEntry).where(BundleImportEntry.import_id == self.row_id))
        s.execute(delete(BundleImport).where(BundleImport.id == self.row_id))

    def outcome(self, position: int, outcome: str, entry: Entry) -> tuple[str, Entry]:
        """What to report for a record: an interrupted attempt's addition or update stays
        one, though this attempt found the record as that attempt left it."""
        if outcome == "skipped" and position in self.earlier:
            before, data = self.earlier[position]
            return before, Entry(
                data["kind"],
                data["uid"],
                data["id"],
                data["name"],
                tuple(data["fields"]),
                tuple(data["kept"]),
            )
        return outcome, entry


def open_journal(cat: Catalogue, key: str, label: str, total: int) -> Journal:
    """The journal for importing the bundle ``key``: fresh, or an interrupted one to resume.
    An import of the same bundle still running elsewhere is refused."""
    journal = Journal(key, label, total)
    with cat.read() as s:
        row = s.scalar(select(BundleImport).where(BundleImport.bundle_sha256 == key))
        if row is None:
            return journal
        _refuse_if_running(row, label)
        journal.resumed_after, journal.saved = row.done, True
        entries = s.execute(
            select(
                BundleImportEntry.position, BundleImportEntry.outcome, BundleImportEntry.entry
            ).where(BundleImportEntry.import_id == row.id)
        )
        journal.earlier = {n: (outcome, entry) for n, outcome, entry in entries}
    return journal


def unfinished_imports(cat: Catalogue, *, other_than: str | None = None) -> list[Unfinished]:
    """Bundle imports that stopped before their end (not the one of ``other_than``), and
    are not running on this machine now."""
    with cat.read() as s:
        rows = s.scalars(select(BundleImport).order_by(BundleImport.started_at)).all()
    return [
        Unfinished(r.label, r.done, r.total)
        for r in rows
        if r.bundle_sha256 != other_than and (r.host != HOST or process_ended(r.pid))
    ]


def _refuse_if_running(row: BundleImport, label: str) -> None:
    if row.pid != os.getpid() and row.host == HOST and not process_ended(row.pid):
        raise _running(label, f"another pressdesk command (process {row.pid})")


def _running(label: str, who: str) -> InvalidInputError:
    return InvalidInputError(
        f"{label} is being imported into this catalogue by {who} now; "
        "wait for it to finish (run the same import again afterwards to check)."
    )
