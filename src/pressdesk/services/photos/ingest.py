"""Photo ingest: hash, store, read metadata and make thumbnails on all cores; commit in batches.

Worker processes do the file work (:mod:`.ingest_worker`); the calling thread is the single
writer and commits records in small batches as they are ready, so a viewer can list photos
while later ones are still being read (with nobody listening, as on the command line, in
larger ones). One implementation serves the command line and the app.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.base import new_uid, utcnow
from pressdesk.catalogue.models import PHOTO_COLUMN_FIELDS, Photo, PhotoKeyword
from pressdesk.core.photos import PhotoReadError
from pressdesk.core.photos.fields import EDITABLE, FieldValues
from pressdesk.core.wording import count
from pressdesk.services.errors import InvalidInputError
from pressdesk.services.history import add_provenance
from pressdesk.services.jobs import JobContext, quiet
from pressdesk.services.keywords import keyword_map, keyword_text
from pressdesk.services.ops import Changes
from pressdesk.services.people.authority import link_persons_shown
from pressdesk.services.photos.head_start import (
    FILE_TIME_LIMIT,
    HeadStart,
    collect_photo_files,
    default_workers,
    worker_pool,
)
from pressdesk.services.reads.load import load_photos, resolve_id
from pressdesk.services.reads.records import FileError, PhotoRecord
from pressdesk.services.undo.steps import record_barrier
from pressdesk.storage.ingest_worker import Prepared, prepare_file
from pressdesk.storage.library import PhotoLibrary
from pressdesk.storage.worker_pool import start_server

#: The catalogue fields a file's own metadata fills, with provenance "file" (always the
#: first ones, the others where the file has a value).
ALWAYS_NOTED = ("caption", "headline", "credit", "copyright", "creator", "source")


def column_values(meta: FieldValues) -> dict[str, Any]:
    """The photo columns the schema's fields fill from what a file says."""
    out: dict[str, Any] = {}
    for f in PHOTO_COLUMN_FIELDS:
        value = meta[f.name]
        out[f.name] = list(value) if f.is_list else dict(value) if f.value == "langs" else value
    return out


def _by_fields_read(
    added: Iterable[tuple[dict[str, Any], Prepared]],
) -> dict[tuple[str, ...], list[tuple[Any, str]]]:
    """New photos grouped by the fields their files filled (one provenance INSERT each)."""
    groups: dict[tuple[str, ...], list[tuple[Any, str]]] = {}
    for values, item in added:
        meta = item.reading.metadata
        fields = tuple(
            f.name
            for f in EDITABLE
            if f.name in ALWAYS_NOTED or f.name in ("persons_shown", "keywords") or meta[f.name]
        )
        groups.setdefault(fields, []).append((values["uid"], item.path.name))
    return groups


BATCH_SIZE = 32
BATCH_SECONDS = 0.5
#: A batch is committed at the latest this many times as long after the last one as that
#: commit took (its SQL and the flush it waited for), and at most MAX_BATCH_SECONDS after.
COMMIT_SPACING = 10
MAX_BATCH_SECONDS = 2.0
#: With nobody hearing of batches as they commit (the command line), a batch waits for up
#: to this many files or seconds: each commit costs the committing process about ten
#: statements, the write lock and a flush of the library's file system (10-13 ms of its CPU
#: a batch on the shared machine), which a viewer's early listing pays for and a command
#: need not. A crash or Ctrl-C still keeps every batch committed before it.
UNWATCHED_BATCH_SIZE = 64
UNWATCHED_BATCH_SECONDS = 5.0
#: Photo ids whose records are read with one set of queries (well under the 32,766 bound
#: parameters a SQLite statement may have).
RECORDS_AT_ONCE = 1000


def commit_interval(last_commit_took: float) -> float:
    """Seconds to wait for more files before committing a batch smaller than BATCH_SIZE:
    half a second, longer when the last commit was slow (a busy disk or machine), so that
    committing takes no more than about a tenth of the ingest's time (measured on a machine
    shared with eight others: commits of two or three files, most of the main process's
    work, when they came every half second)."""
    return min(MAX_BATCH_SECONDS, max(BATCH_SECONDS, COMMIT_SPACING * last_commit_took))


@dataclass
class IngestResult:
    added: list[PhotoRecord] = field(default_factory=list)
    duplicates: list[PhotoRecord] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    #: Files of the folders walked that are not supported photos, each with the reason.
    skipped: list[FileError] = field(default_factory=list)
    cancelled: bool = False
    attached_release: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "added": [p.to_json() for p in self.added],
            "duplicates": [p.to_json() for p in self.duplicates],
            "errors": [e.to_json() for e in self.errors],
            "skipped": [{"path": e.path, "reason": e.error} for e in self.skipped],
        }

    @property
    def changes(self) -> Changes:
        releases = [self.attached_release] if self.attached_release else []
        return Changes.of(releases=releases, photos=(p.id for p in self.added + self.duplicates))


def _store_batch(
    session: Session, library: PhotoLibrary, items: Sequence[Prepared]
) -> list[tuple[int, bool]]:
    """Insert a batch of prepared files (or find their duplicates, in the catalogue or earlier
    in the batch); returns (photo id, is new) for each, in order.

    Set-based: one look-up of the checksums, one multi-row INSERT … RETURNING for the new
    photos and one query for their keywords; links and provenance go in as multi-row INSERTs.
    """
    found = session.execute(
        select(Photo.id, Photo.sha256, Photo.format).where(
            Photo.sha256.in_({item.staged.sha256 for item in items})
        )
    )
    stored: dict[str, tuple[int, str]] = {sha: (pid, fmt) for pid, sha, fmt in found}
    added: dict[str, tuple[dict[str, Any], Prepared]] = {}
    now = utcnow()
    for item in items:
        sha = item.staged.sha256
        fmt = stored[sha][1] if sha in stored else added[sha][0]["format"] if sha in added else None
        if fmt is not None:
            if library.path_for(sha, fmt).exists():
                library.discard(item.staged)
            else:  # the stored copy went missing: this file restores it
                library.keep(item.staged, fmt)
            continue
        info, meta = item.reading.info, item.reading.metadata
        library.keep(item.staged, info.format)
        added[sha] = (
            {
                "uid": new_uid(),
                "sha256": sha,
                "original_name": item.path.name,
                "format": info.format,
                "width": info.width,
                "height": info.height,
                "bytes": item.staged.size,
                "taken_at": meta.date_taken,
                "camera_make": meta.camera_make,
                "camera_model": meta.camera_model,
                **column_values(meta),
                "embedded": meta.as_dict(),
                "created_at": now,
                "updated_at": now,
                "version": 1,
            },
            item,
        )
    ids: dict[str, int] = {}
    if added:
        # One multi-row INSERT … RETURNING for the batch, in Core (no per-row ORM work).
        rows = [values for values, _item in added.values()]
        result = session.execute(
            insert(Photo.core_table()).returning(Photo.id, sort_by_parameter_order=True), rows
        )
        ids = {values["sha256"]: pid for values, pid in zip(rows, result.scalars(), strict=True)}
    texts = {
        sha: list(
            dict.fromkeys(t for w in item.reading.metadata.keywords if (t := keyword_text(w)))
        )
        for sha, (_values, item) in added.items()
    }
    kids = keyword_map(session, (t for words in texts.values() for t in words))
    links = [
        {"photo_id": ids[sha], "keyword_id": kids[text], "position": position}
        for sha in added
        for position, text in enumerate(texts[sha])
    ]
    if links:
        session.execute(insert(PhotoKeyword.core_table()), links)
    link_persons_shown(
        session,
        [(ids[sha], item.reading.metadata.persons_shown) for sha, (_v, item) in added.items()],
    )
    for fields, group in _by_fields_read(added.values()).items():
        add_provenance(session, "photo", group, fields, "file")
    out = []
    for item in items:
        sha = item.staged.sha256
        first = added.get(sha)
        if first is not None and first[1] is item:
            out.append((ids[sha], True))
        else:
            out.append((stored[sha][0] if sha in stored else ids[sha], False))
    return out


def ingest_photos(
    cat: Catalogue,
    paths: Sequence[Path],
    *,
    release: str | int | None = None,
    ctx: JobContext | None = None,
    workers: int | None = None,
    actor: str = "user",
    head: HeadStart | None = None,
) -> IngestResult:
    """Ingest photo files and folders into the catalogue and its library.

    Bad files are reported one sentence each and the rest go in. With ``release`` the photos
    fill that release's empty slots (by caption where possible), else are appended; each
    photo is added and attached in the same transaction. Each committed batch is announced
    through ``ctx.committed`` (the app lists the photos from it). ``workers``: worker
    processes (default: one per core, at most four). ``head``: the same ``paths`` already
    being read into this catalogue's library (see :mod:`.head_start`).
    """
    if cat.library is None:
        raise InvalidInputError(
            "This catalogue has no photo library; give one with --library PATH "
            "or $PRESSDESK_LIBRARY."
        )
    library = PhotoLibrary(cat.library)
    if head is not None and (head.library.root != library.root or list(head.paths) != list(paths)):
        head.close()  # read into another library: start again
        head = None
    library.sweep_incoming()
    release_id = None
    if release is not None:
        with cat.read() as session:
            release_id = resolve_id(session, "release", release)
    collected = head.collected if head else collect_photo_files(paths)
    run = _Ingest(cat, library, collected.files, release_id, ctx or quiet(), actor)
    run.result.errors.extend(collected.errors)
    run.result.skipped.extend(collected.skipped)
    run.go(workers or default_workers(), head)
    return run.result


class _Ingest:
    """One ingest: outcomes from the workers come in as they are ready, and are committed in
    batches in input order (a file waits for those before it)."""

    def __init__(
        self,
        cat: Catalogue,
        library: PhotoLibrary,
        files: list[Path],
        release_id: int | None,
        ctx: JobContext,
        actor: str,
    ) -> None:
        self.cat, self.library, self.files = cat, library, files
        self.release_id, self.ctx, self.actor = release_id, ctx, actor
        self.result = IngestResult(attached_release=release_id)
        self.order: list[tuple[int, int, bool]] = []  # (input position, photo id, is new)
        self.pending: list[tuple[int, Prepared]] = []  # (input position, the file read)
        self.file_errors: list[tuple[int, FileError]] = []  # (input position, the error)
        self.answered: set[int] = set()  # input positions with an outcome
        self.first_open = 0  # no input position before it is still being read
        self.last_commit = time.monotonic()
        self.last_commit_took = 0.0  # seconds
        self.crashed = False

    def go(self, workers: int, head: HeadStart | None = None) -> None:
        with head.pool if head else worker_pool(self.library, self.files, workers) as pool:
            try:
                paths = None if head else self.files
                for done, outcome in enumerate(pool.results(paths, self.ctx.check), 1):
                    self._take(outcome)
                    self.ctx.progress(done, len(self.files), outcome.path.name)
                    while self._due():
                        self._commit()
                    self.ctx.check()
                self._commit(everything=True)
            except BaseException:
                for _index, item in self.pending:
                    self.library.discard(item.staged)
                pool.close()  # (kills workers still busy)
                self.library.sweep_incoming(own=True)  # what they were writing
                raise
        if self.crashed:
            self.library.sweep_incoming(own=True)  # what a worker that died left half-written
        self._finish()

    def _take(self, outcome: Any) -> None:
        path, index = outcome.path, outcome.index
        self.answered.add(index)
        if outcome.crashed:
            self.crashed = True
            message = _crash_message(path, outcome.timed_out)
            self.file_errors.append((index, FileError(str(path), message)))
        elif isinstance(outcome.error, PhotoReadError):
            self.file_errors.append((index, FileError(str(path), str(outcome.error))))
        elif outcome.error is not None:
            raise outcome.error  # a bug, not a bad file
        else:
            self.pending.append((index, outcome.value))

    def _batch(self) -> tuple[int, float]:
        """The files a batch waits for and the seconds it waits at most (see the constants)."""
        if not self.ctx.watched:
            return UNWATCHED_BATCH_SIZE, UNWATCHED_BATCH_SECONDS
        return BATCH_SIZE, commit_interval(self.last_commit_took)

    def _in_order(self) -> int:
        """How many pending files have none before them still being read."""
        while self.first_open < len(self.files) and self.first_open in self.answered:
            self.first_open += 1
        return sum(1 for i, _item in self.pending if i < self.first_open)

    def _due(self) -> bool:
        size, seconds = self._batch()
        ready = self._in_order()
        waited = time.monotonic() - self.last_commit
        return ready >= size or (ready > 0 and waited > seconds)

    def _ready(self, everything: bool) -> list[tuple[int, Prepared]]:
        """The pending files to commit now: all of them at the end, else up to a batch of
        those with no file before them still being read, so that slots follow the input order
        and the first of two identical files is the one kept, whichever a worker finished
        first."""
        self.pending.sort(key=lambda entry: entry[0])
        cut = len(self.pending) if everything else min(self._in_order(), self._batch()[0])
        ready, self.pending = self.pending[:cut], self.pending[cut:]
        return ready

    def _commit(self, everything: bool = False) -> None:
        batch = self._ready(everything)
        if not batch:
            return
        items = [item for _index, item in batch]
        started = time.monotonic()
        try:
            with self.cat.write() as session:
                stored = _store_batch(session, self.library, items)
                if self.release_id is not None:
                    # (loaded only here: attaching brings in the release parser's gazetteer)
                    from pressdesk.services.photos.attach import attach_photos

                    captions = {  # (a new photo's caption is its file's; others are read)
                        pid: item.reading.metadata.caption
                        for (pid, new), item in zip(stored, items, strict=True)
                        if new
                    }
                    attach_photos(session, self.release_id, [pid for pid, _ in stored], captions)
                record_barrier(session, f"Add {count(len(items), 'photo')}", self.actor)
                self.library.flush(  # the files on disk before their records commit
                    self.library.path_for(p.staged.sha256, p.reading.info.format) for p in items
                )
        except OSError as exc:  # the disk refused them: none of the batch is kept
            for index, item in batch:
                self.library.discard(item.staged)  # (those already moved into place stay)
                message = f"{item.path} cannot be stored ({exc.strerror or exc})."
                self.file_errors.append((index, FileError(str(item.path), message)))
            return
        self.order.extend(
            (i, pid, new) for (i, _item), (pid, new) in zip(batch, stored, strict=True)
        )
        self.last_commit = time.monotonic()
        self.last_commit_took = self.last_commit - started
        releases = [self.release_id] if self.release_id is not None else []
        self.ctx.committed(Changes.of(releases=releases, photos=(pid for pid, _ in stored)))

    def _records(self, ids: list[int]) -> dict[int, PhotoRecord]:
        """The records of the photos added or found, read once the files are done (in
        chunks of RECORDS_AT_ONCE ids): nothing during the ingest needs them, and reading
        them batch by batch cost the committing process a few queries a batch."""
        out: dict[int, PhotoRecord] = {}
        if not ids:
            return out
        with self.cat.read() as session:
            for start in range(0, len(ids), RECORDS_AT_ONCE):
                chunk = ids[start : start + RECORDS_AT_ONCE]
                out.update((r.id, r) for r in load_photos(session, chunk))
        return out

    def _finish(self) -> None:
        self.order.sort()  # input order, whatever order the workers finished in
        errors = sorted(self.file_errors, key=lambda e: e[0])
        self.result.errors.extend(error for _index, error in errors)
        records = self._records(list(dict.fromkeys(pid for _i, pid, _new in self.order)))
        for _index, pid, new in self.order:
            (self.result.added if new else self.result.duplicates).append(records[pid])
        if not self.order:
            self.result.attached_release = None


def prepare_workers() -> None:
    """Get worker processes ready ahead of the first ingest (see :func:`start_server`)."""
    start_server([prepare_file.__module__])


def _crash_message(path: Path, timed_out: bool = False) -> str:
    if timed_out:
        return (
            f"{path} was still being read after {FILE_TIME_LIMIT:.0f} seconds, so reading it "
            "was stopped; the file may be damaged or built to attack image software, and it "
            "was not added."
        )
    return (
        f"{path} made the image reader stop unexpectedly; the file may be damaged or built to "
        "attack image software, so it was not added."
    )
