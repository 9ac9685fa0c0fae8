"""Starting an ingest's file work before the catalogue is even open.

``pressdesk photo add`` spends its first half second importing the database code and
opening the catalogue, with one core busy. Where worker processes are forked (the command
line on Linux), this module (no database code) starts them on the files first: they copy,
hash, read and thumbnail while the command gets ready, and :func:`.ingest.ingest_photos`
carries on with the same pool.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pressdesk.services.reads.records import FileError
from pressdesk.storage.ingest_worker import WorkerSettings, prepare_file
from pressdesk.storage.library import PhotoLibrary
from pressdesk.storage.worker_pool import WorkerPool, start_method

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".jpe", ".tif", ".tiff", ".png", ".webp", ".heic", ".heif"}
#: Seconds a file may take in a worker (a 100-megapixel TIFF: about 5) before it is stopped.
FILE_TIME_LIMIT = 120.0
#: Files each worker is given to go on with until the ingest reads their answers (the
#: catalogue takes up to a second to open on a slow machine: about 20 camera JPEGs).
HEAD_START = 12


def collect_photo_files(paths: Iterable[Path]) -> tuple[list[Path], list[FileError]]:
    """Expand folders (recursively, sorted) into image files; named files are kept as given."""
    files: list[Path] = []
    errors: list[FileError] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in PHOTO_SUFFIXES and ".incoming" not in p.parts
            )
            if not found:
                errors.append(FileError(str(path), f"{path} holds no image files."))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            errors.append(FileError(str(path), f"{path} does not exist."))
    return files, errors


def default_workers() -> int:
    """Worker processes for an ingest: one per core, at most four (each holds a decoded
    photo, about 60 MB for a 24-megapixel JPEG)."""
    return max(1, min(4, os.cpu_count() or 1))


def worker_pool(library: PhotoLibrary, files: Sequence[Path], workers: int) -> WorkerPool:
    """The pool an ingest reads ``files`` with."""
    settings = WorkerSettings(library.root)
    return WorkerPool(prepare_file, settings, min(workers, len(files)), time_limit=FILE_TIME_LIMIT)


@dataclass
class HeadStart:
    """Files already being read into ``library`` by ``pool``."""

    library: PhotoLibrary
    paths: tuple[Path, ...]
    files: list[Path]
    errors: list[FileError]
    pool: WorkerPool

    def close(self) -> None:
        """Stop the workers and remove what they staged (when the ingest did not take
        them over, e.g. the catalogue could not be opened)."""
        if self.pool.workers:
            self.pool.close()
            self.library.sweep_incoming(own=True)


def head_start(
    paths: Sequence[Path], library_root: Path, workers: int | None = None
) -> HeadStart | None:
    """Start reading ``paths`` into the library at ``library_root`` now; None where workers
    are not forked (a fork server or spawn would have to import everything again first)."""
    if start_method() != "fork":
        return None
    library = PhotoLibrary(library_root)
    library.sweep_incoming()
    files, errors = collect_photo_files(paths)
    if not files:
        return None
    pool = worker_pool(library, files, workers or default_workers())
    pool.start(files, head_start=HEAD_START)
    return HeadStart(library, tuple(paths), files, errors, pool)
