"""Merging a bundle's records in short transactions, so that other writers are not kept waiting.

A batch ends after :data:`BATCH_RECORDS` records or :data:`BATCH_SECONDS` seconds, whichever
comes first; its new photo files are flushed to disk before its records commit, with the
journal's note of how far the import is (see :mod:`.journal`). Between two batches other
writers take their turn (see :mod:`pressdesk.catalogue.locks`). Once a batch has committed,
anything that stops the import (an error, a cancel, Ctrl-C) leaves it resumable and is
reported as :class:`BundleImportStopped`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from pressdesk.catalogue import Catalogue
from pressdesk.services.bundles.journal import Journal
from pressdesk.services.bundles.merge import (
    Entry,
    MergeReport,
    merge_person,
    merge_photo,
    merge_release,
)
from pressdesk.services.bundles.schema import (
    BundleCatalogue,
    BundlePerson,
    BundlePhoto,
    BundleRelease,
)
from pressdesk.services.errors import ServiceError
from pressdesk.storage.ingest_worker import Prepared
from pressdesk.storage.library import PhotoLibrary

BATCH_RECORDS = 100
BATCH_SECONDS = 0.5
Progress = Callable[[int, int, str], None]


class BundleImportStopped(ServiceError):
    """An import stopped after some of its batches had committed; running it again
    finishes it."""

    def __init__(self, label: str, done: int, total: int, reason: str) -> None:
        super().__init__(
            f"The import of {label} stopped after {done:,} of {total:,} records ({reason}); "
            "those are in the catalogue: import the same bundle again to finish it."
        )
        self.done, self.total = done, total


class Merger:
    """Merges a bundle's records one at a time, people first, then photos, then releases, so
    that the caller can commit them in batches; the local ids the bundle's uids became carry
    over from batch to batch. ``staged`` holds the prepared files of new photos."""

    def __init__(self, data: BundleCatalogue, library: PhotoLibrary, detail: str) -> None:
        self.records: list[BundlePerson | BundlePhoto | BundleRelease] = [
            *data.people,
            *data.photos,
            *data.releases,
        ]
        self.library, self.detail = library, detail
        self.staged: dict[str, Prepared] = {}
        self._people: dict[str, int] = {}
        self._photos: dict[str, int] = {}
        self._kept: list[Path] = []

    def name(self, position: int) -> str:
        """A record's name, for progress."""
        record = self.records[position]
        if isinstance(record, BundlePerson):
            return record.name
        if isinstance(record, BundlePhoto):
            return record.original_name
        return record.headline or record.uid

    def merge(self, s: Session, position: int) -> tuple[str, Entry]:
        """Merge one record: ("added", "updated" or "skipped", what it became)."""
        record, report = self.records[position], MergeReport()
        if isinstance(record, BundlePerson):
            self._people[record.uid] = merge_person(s, record, report, self.detail)
        elif isinstance(record, BundlePhoto):
            self._photos[record.uid] = merge_photo(
                s, record, self._people, self.staged, self.library, report, self.detail, self._kept
            )
        else:
            merge_release(s, record, self._people, self._photos, report, self.detail)
        assert report.last is not None
        return report.last

    def take_kept(self) -> list[Path]:
        """The new photo files stored since the last call (to flush before a commit)."""
        kept, self._kept = self._kept, []
        return kept


def merge_in_batches(
    cat: Catalogue,
    merger: Merger,
    journal: Journal,
    library: PhotoLibrary,
    progress: Progress | None = None,
    check_cancel: Callable[[], None] | None = None,
) -> MergeReport:
    """Merge every record of ``merger`` in batches; the report of the whole import."""
    total = len(merger.records)
    report = MergeReport()
    done = 0
    try:
        while True:
            done = _batch(cat, merger, journal, library, report, done)
            if progress:
                progress(done, total, merger.name(done - 1) if done else "")
            if done >= total:
                return report
            if check_cancel:
                check_cancel()
    except (Exception, KeyboardInterrupt) as exc:
        if not journal.saved:  # nothing committed: the catalogue is as it was
            raise
        reason = "interrupted" if isinstance(exc, KeyboardInterrupt) else _reason(exc)
        done = max(done, journal.resumed_after or 0)
        raise BundleImportStopped(journal.label, done, total, reason) from exc


def _batch(
    cat: Catalogue,
    merger: Merger,
    journal: Journal,
    library: PhotoLibrary,
    report: MergeReport,
    start: int,
) -> int:
    """One transaction: the records from ``start`` on; returns where the next one starts."""
    total = len(merger.records)
    position = start
    notes: list[tuple[int, str, Entry]] = []
    with cat.write() as s:
        journal.begin(s)
        began = time.monotonic()
        while position < total and position - start < BATCH_RECORDS:
            outcome, entry = merger.merge(s, position)
            notes.append((position, outcome, entry))
            position += 1
            if time.monotonic() - began >= BATCH_SECONDS:
                break
        if position >= total:
            journal.finish(s)
        else:
            journal.note(s, position, notes)
        s.flush()
        library.flush(merger.take_kept())  # the files on disk before their records commit
    journal.saved = position < total
    for n, outcome, entry in notes:
        report.note_as(*journal.outcome(n, outcome, entry))
    return position


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0].rstrip(".") if text else type(exc).__name__.lower()
