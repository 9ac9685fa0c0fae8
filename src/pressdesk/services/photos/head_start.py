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
from dataclasses import dataclass, field
from pathlib import Path

from pressdesk.services.reads.records import FileError
from pressdesk.storage.ingest_worker import WorkerSettings, prepare_file
from pressdesk.storage.library import PhotoLibrary
from pressdesk.storage.special import not_a_file
from pressdesk.storage.worker_pool import WorkerPool, start_method

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".jpe", ".tif", ".tiff", ".png", ".webp", ".heic", ".heif"}
#: Camera RAW files. Several are TIFF inside (DNG, NEF, CR2, ARW), where an image reader
#: finds only the small preview: they are refused by name, given or met in a folder alike.
RAW_SUFFIXES = {
    ".dng", ".cr2", ".cr3", ".crw", ".nef", ".nrw", ".arw", ".srf", ".sr2", ".orf", ".rw2",
    ".raf", ".pef", ".srw", ".x3f", ".3fr", ".iiq", ".erf", ".mrw", ".raw", ".rwl", ".dcr",
    ".kdc", ".mef", ".mos",
}  # fmt: skip
SKIPPED = "not a supported photo"
#: Seconds a file may take in a worker (a 100-megapixel TIFF: about 5) before it is stopped.
FILE_TIME_LIMIT = 120.0
#: Files each worker is given to go on with until the ingest reads their answers (the
#: catalogue takes up to a second to open on a slow machine: about 20 camera JPEGs).
HEAD_START = 12


@dataclass
class Collected:
    """The files an ingest reads, the paths it cannot use (errors) and the files of the
    folders it walked that are not supported photos (skipped: RAW, GIF, PSD, sidecars…)."""

    files: list[Path] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    skipped: list[FileError] = field(default_factory=list)


def collect_photo_files(paths: Iterable[Path]) -> Collected:
    """Expand folders (recursively, sorted) into image files; named files are kept as given,
    but for camera RAW files, refused as in a folder, and what is not a file or folder."""
    out = Collected()
    for path in paths:
        why = not_a_file(path)
        if why is not None:
            out.errors.append(FileError(str(path), f"{path} {why}."))
        elif path.is_dir():
            found = _walk(path, out.skipped)
            if not found:
                out.errors.append(FileError(str(path), f"{path} holds no image files."))
            out.files.extend(found)
        elif path.suffix.lower() in RAW_SUFFIXES:
            out.errors.append(FileError(str(path), f"{path} {_raw(path)}."))
        else:
            out.files.append(path)
    return out


def _walk(folder: Path, skipped: list[FileError]) -> list[Path]:
    found: list[Path] = []
    for p in sorted(folder.rglob("*")):
        if ".incoming" in p.parts or p.is_dir():
            continue
        suffix = p.suffix.lower()
        if not p.is_file():
            skipped.append(FileError(str(p), f"{SKIPPED} (not a regular file)"))
        elif suffix in PHOTO_SUFFIXES:
            found.append(p)
        elif suffix in RAW_SUFFIXES:
            skipped.append(FileError(str(p), f"{SKIPPED} (camera RAW, {_format(p)})"))
        else:
            skipped.append(FileError(str(p), SKIPPED))
    return found


def _format(path: Path) -> str:
    return path.suffix.lstrip(".").upper()


def _raw(path: Path) -> str:
    return (
        f"is a camera RAW file ({_format(path)}), not a photo pressdesk can "
        "catalogue (JPEG, TIFF, PNG, HEIC or WebP): add a JPEG or TIFF made from it"
    )


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
    collected: Collected
    pool: WorkerPool

    @property
    def files(self) -> list[Path]:
        return self.collected.files

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
    collected = collect_photo_files(paths)
    if not collected.files:
        return None
    pool = worker_pool(library, collected.files, workers or default_workers())
    pool.start(collected.files, head_start=HEAD_START)
    return HeadStart(library, tuple(paths), collected, pool)
