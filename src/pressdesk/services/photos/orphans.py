"""Originals in the photo library that no photo record points to ("orphans").

A command killed after copying photos into the library but before their records committed
(a bundle import, an ingest whose disk failed mid-batch) leaves them; ``verify`` reports
them and ``verify --repair`` removes them. The library is read one checksum prefix folder at
a time (``ab/``) against the records whose checksums start so: memory stays bounded at any
size of catalogue.

Removal happens inside a write transaction, each file checked again in it. On SQLite that
excludes every writer, and writers move files into the library only inside their write
transactions, so nothing about to be committed is removed. A server catalogue has no such
lock: there a file younger than :data:`GRACE` seconds is reported but left alone.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.models import Photo
from pressdesk.storage.library import PhotoLibrary

GRACE = 3600.0
_HEX = frozenset("0123456789abcdef")


def _prefix_folders(library: PhotoLibrary) -> Iterator[Path]:
    if not library.root.is_dir():
        return
    for sub in sorted(library.root.iterdir()):
        if len(sub.name) == 2 and set(sub.name) <= _HEX and sub.is_dir():
            yield sub


def _stored(folder: Path) -> list[Path]:
    """The files of a prefix folder named like originals (64 hex digits and a suffix)."""
    return sorted(
        f
        for f in folder.iterdir()
        if len(f.stem) == 64 and set(f.stem) <= _HEX and f.stem.startswith(folder.name)
        and f.is_file()
    )  # fmt: skip


def _known(session: Session, library: PhotoLibrary, prefix: str) -> set[str]:
    """The file names the records with checksums starting with ``prefix`` are stored under."""
    rows = session.execute(
        select(Photo.sha256, Photo.format).where(
            Photo.sha256 >= prefix, Photo.sha256 < prefix + "g"
        )
    )
    return {library.path_for(sha, fmt).name for sha, fmt in rows}


def _entry(path: Path) -> dict[str, Any]:
    try:
        size = path.stat().st_size
    except OSError:
        size = None
    return {"path": str(path), "sha256": path.stem, "bytes": size}


def find_orphans(cat: Catalogue, library: PhotoLibrary) -> list[dict[str, Any]]:
    """Every stored file no record points to: ``{"path", "sha256", "bytes"}``."""
    found: list[dict[str, Any]] = []
    for folder in _prefix_folders(library):
        files = _stored(folder)
        if not files:
            continue
        with cat.read() as s:
            known = _known(s, library, folder.name)
        found.extend(_entry(f) for f in files if f.name not in known)
    return found


def remove_orphans(
    cat: Catalogue, library: PhotoLibrary, orphans: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Remove the ``orphans`` still unreferenced; (removed, left with the reason why)."""
    removed: list[dict[str, Any]] = []
    left: list[dict[str, Any]] = []
    by_folder: dict[str, list[dict[str, Any]]] = {}
    for entry in orphans:
        by_folder.setdefault(Path(entry["path"]).parent.name, []).append(entry)
    server = cat.dialect != "sqlite"
    for prefix, entries in sorted(by_folder.items()):
        with cat.write() as s:
            known = _known(s, library, prefix)
            for entry in entries:
                path = Path(entry["path"])
                if path.name in known:  # a record for it came in since
                    continue
                reason = _why_kept(path, server)
                if reason:
                    left.append({**entry, "reason": reason})
                    continue
                path.unlink(missing_ok=True)
                removed.append(entry)
    return removed, left


def _why_kept(path: Path, server: bool) -> str | None:
    try:
        age = time.time() - path.stat().st_mtime
    except FileNotFoundError:
        return None
    if server and age < GRACE:
        return "less than an hour old: on a server catalogue it may be about to be committed"
    return None
