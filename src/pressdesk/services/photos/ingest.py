"""Photo ingest: hash, store, read metadata and make thumbnails on all cores; commit in batches.

Worker processes do the file work (:mod:`.ingest_worker`); the calling thread is the single
writer and commits records in small batches as they are ready, so a viewer can list photos
while later ones are still being read. One implementation serves the command line and the
app.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.base import new_uid, utcnow
from pressdesk.catalogue.models import Photo, PhotoKeyword
from pressdesk.core.photos import PhotoReadError
from pressdesk.services.errors import InvalidInputError
from pressdesk.services.history import add_provenance
from pressdesk.services.keywords import keyword_map, keyword_text
from pressdesk.services.people.authority import link_persons_shown
from pressdesk.services.photos.head_start import (
    FILE_TIME_LIMIT,
    HeadStart,
    collect_photo_files,
    default_workers,
    worker_pool,
)
from pressdesk.services.reads.load import load_photos
from pressdesk.services.reads.records import Changed, FileError, PhotoRecord, Progress
from pressdesk.storage.ingest_worker import Prepared, prepare_file
from pressdesk.storage.library import PhotoLibrary
from pressdesk.storage.worker_pool import start_server

CATALOGUE_FIELDS = ("caption", "headline", "credit", "copyright", "creator", "source")
BATCH_SIZE = 32
BATCH_SECONDS = 0.5


@dataclass
class IngestResult:
    added: list[PhotoRecord] = field(default_factory=list)
    duplicates: list[PhotoRecord] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    cancelled: bool = False
    attached_release: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "added": [p.to_json() for p in self.added],
            "duplicates": [p.to_json() for p in self.duplicates],
            "errors": [e.to_json() for e in self.errors],
        }

    @property
    def changed(self) -> Changed:
        releases = frozenset([self.attached_release] if self.attached_release else [])
        return Changed(
            releases=releases, photos=frozenset(p.id for p in self.added + self.duplicates)
        )


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
                "caption": meta.caption,
                "headline": meta.headline,
                "credit": meta.credit,
                "copyright": meta.copyright,
                "creator": list(meta.creator),
                "source": meta.source,
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
    add_provenance(
        session,
        "photo",
        [(values["uid"], item.path.name) for values, item in added.values()],
        (*CATALOGUE_FIELDS, "persons_shown", "keywords"),
        "file",
    )
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
    progress: Progress | None = None,
    check_cancel: Callable[[], None] | None = None,
    on_batch: Callable[[Changed], None] | None = None,
    workers: int | None = None,
    head: HeadStart | None = None,
) -> IngestResult:
    """Ingest photo files and folders into the catalogue and its library.

    Bad files are reported one sentence each and the rest go in. With ``release`` the photos
    fill that release's empty slots (by caption where possible), else are appended.
    ``on_batch`` hears about each committed batch (the app refreshes from it). ``workers``:
    worker processes (default: one per core, at most four). ``head``: the same ``paths``
    already being read into this catalogue's library (see :mod:`.head_start`).
    """
    workers = workers or default_workers()
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
        from pressdesk.services.reads.load import resolve_id

        with cat.read() as session:
            release_id = resolve_id(session, "release", release)
    files, errors = (head.files, head.errors) if head else collect_photo_files(paths)
    result = IngestResult(errors=list(errors))
    order: list[tuple[int, int, bool]] = []  # (input position, photo id, is new)
    records: dict[int, PhotoRecord] = {}  # loaded batch by batch, while workers go on
    pending: list[tuple[int, Prepared]] = []  # (input position, the file read)
    file_errors: list[tuple[int, FileError]] = []  # (input position, the error)
    last_commit = time.monotonic()

    def commit() -> None:
        nonlocal last_commit
        if not pending:
            return
        pending.sort(key=lambda entry: entry[0])  # the first of two identical files wins
        items = [item for _index, item in pending]
        try:
            with cat.write() as session:
                stored = _store_batch(session, library, items)
                library.flush(  # the files on disk before their records commit
                    library.path_for(p.staged.sha256, p.reading.info.format) for p in items
                )
        except OSError as exc:  # the disk refused them: none of the batch is kept
            for index, item in pending:
                library.discard(item.staged)  # (those already moved into place stay there)
                message = f"{item.path} cannot be stored ({exc.strerror or exc})."
                file_errors.append((index, FileError(str(item.path), message)))
            pending.clear()
            return
        order.extend((i, pid, new) for (i, _item), (pid, new) in zip(pending, stored, strict=True))
        if release_id is None:  # (else they are loaded once attached, at the end)
            with cat.read() as session:
                fresh = load_photos(session, [pid for pid, _ in stored if pid not in records])
            records.update((r.id, r) for r in fresh)
        pending.clear()
        last_commit = time.monotonic()
        if on_batch:
            on_batch(Changed(photos=frozenset(pid for pid, _ in stored)))

    done = 0
    crashed = False
    with head.pool if head else worker_pool(library, files, workers) as pool:
        try:
            for outcome in pool.results(None if head else files, check_cancel):
                path, index = outcome.path, outcome.index
                if outcome.crashed:
                    crashed = True
                    message = _crash_message(path, outcome.timed_out)
                    file_errors.append((index, FileError(str(path), message)))
                elif isinstance(outcome.error, PhotoReadError):
                    file_errors.append((index, FileError(str(path), str(outcome.error))))
                elif outcome.error is not None:
                    raise outcome.error  # a bug, not a bad file
                else:
                    pending.append((index, outcome.value))
                done += 1
                if progress:
                    progress(done, len(files), path.name)
                if len(pending) >= BATCH_SIZE or time.monotonic() - last_commit > BATCH_SECONDS:
                    commit()
                if check_cancel:
                    check_cancel()
            commit()
        except BaseException:
            for _index, item in pending:
                library.discard(item.staged)
            pool.close()  # (kills workers still busy)
            library.sweep_incoming(own=True)  # what they were writing
            raise
    if crashed:
        library.sweep_incoming(own=True)  # what a worker that died left half-written
    order.sort()  # input order, whatever order the workers finished in
    result.errors.extend(error for _index, error in sorted(file_errors, key=lambda e: e[0]))
    if release_id is not None and order:
        from pressdesk.services.photos.attach import attach_photos

        photo_ids = [pid for _i, pid, _new in order]
        attach_photos(cat, release_id, photo_ids)
        result.attached_release = release_id
        with cat.read() as session:
            records = {r.id: r for r in load_photos(session, photo_ids)}
    for _index, pid, new in order:
        (result.added if new else result.duplicates).append(records[pid])
    return result


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
