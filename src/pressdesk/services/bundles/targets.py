"""Where an export is written: a hidden temporary folder or zip beside the target, renamed
into place only when complete. A failed, cancelled or killed export leaves nothing at the
target path; leftovers of killed exports are swept by the next export to the same place.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import socket
import threading
import uuid
import zipfile
from collections.abc import Iterable
from pathlib import Path

from pressdesk.services.errors import InvalidInputError

_HOST = socket.gethostname().replace("-", "_").replace(".", "_") or "host"
Piece = bytes | memoryview
_STORED_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".heic", ".tif", ".tiff")


def hash_pieces(pieces: Iterable[Piece]) -> tuple[str, int]:
    """SHA-256 and total size of byte pieces."""
    digest = hashlib.sha256()
    size = 0
    for piece in pieces:
        digest.update(piece)
        size += len(piece)
    return digest.hexdigest(), size


def _partial_name(target: Path) -> str:
    return f".{target.name}.{_HOST}-{os.getpid()}-{uuid.uuid4().hex[:8]}.partial"


def sweep_partials(target: Path) -> list[Path]:
    """Remove leftovers of exports to ``target`` whose process (on this machine) has ended."""
    removed: list[Path] = []
    prefix = f".{target.name}.{_HOST}-"
    if not target.parent.is_dir():
        return removed
    for path in target.parent.iterdir():
        name = path.name
        if not (name.startswith(prefix) and name.endswith(".partial")):
            continue
        pid_text = name[len(prefix) :].split("-", 1)[0]
        if not pid_text.isdigit() or _alive(int(pid_text)):
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class BagTarget:
    """Writes the files of a bag under a temporary name; ``commit`` renames it into place."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.tmp = target.parent / _partial_name(target)

    def add(self, relpath: str, pieces: Iterable[Piece]) -> int:
        """Write one file of the bag (``data/...`` or a tag file); returns its size."""
        raise NotImplementedError

    def commit(self) -> int:
        """Move the finished bag to the target; returns the bundle's size in bytes."""
        raise NotImplementedError

    def abort(self) -> None:
        """Remove everything written so far."""
        raise NotImplementedError


class FolderTarget(BagTarget):
    """A bag as a folder; files may be added from several threads at once."""

    def __init__(self, target: Path) -> None:
        super().__init__(target)
        self.tmp.mkdir()
        self._made: set[Path] = set()
        self._lock = threading.Lock()
        self.total = 0

    def add(self, relpath: str, pieces: Iterable[Piece]) -> int:
        path = self.tmp / relpath
        with self._lock:
            if path.parent not in self._made:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._made.add(path.parent)
        size = 0
        with path.open("wb") as fh:
            for piece in pieces:
                fh.write(piece)
                size += len(piece)
            fh.flush()
            os.fsync(fh.fileno())
        with self._lock:
            self.total += size
        return size

    def commit(self) -> int:
        for folder in sorted(self._made | {self.tmp}, key=lambda p: len(p.parts), reverse=True):
            _fsync_dir(folder)
        if self.target.exists():
            raise InvalidInputError(f"{self.target} appeared while exporting; it was left alone.")
        os.rename(self.tmp, self.target)
        _fsync_dir(self.target.parent)
        return self.total

    def abort(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)


class ZipTarget(BagTarget):
    """A bag as a zip file with one top folder; photos are stored, text is deflated."""

    def __init__(self, target: Path) -> None:
        super().__init__(target)
        self.root = target.stem or "bundle"
        self._zip = zipfile.ZipFile(self.tmp, "x", allowZip64=True)
        self._lock = threading.Lock()

    def add(self, relpath: str, pieces: Iterable[Piece]) -> int:
        data = list(pieces)
        method = (
            zipfile.ZIP_STORED
            if relpath.lower().endswith(_STORED_SUFFIXES)
            else zipfile.ZIP_DEFLATED
        )
        info = zipfile.ZipInfo(f"{self.root}/{relpath}", date_time=_now())
        info.compress_type = method
        info.external_attr = 0o644 << 16
        size = 0
        with self._lock, self._zip.open(info, "w", force_zip64=True) as fh:
            for piece in data:
                fh.write(piece)
                size += len(piece)
        return size

    def commit(self) -> int:
        self._zip.close()
        with self.tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        try:
            os.link(self.tmp, self.target)  # fails, rather than overwrites, if it exists
        except FileExistsError:
            raise InvalidInputError(
                f"{self.target} appeared while exporting; it was left alone."
            ) from None
        except OSError:
            if self.target.exists():
                raise InvalidInputError(
                    f"{self.target} appeared while exporting; it was left alone."
                ) from None
            os.replace(self.tmp, self.target)
        self.tmp.unlink(missing_ok=True)
        _fsync_dir(self.target.parent)
        return self.target.stat().st_size

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self._zip.close()
        self.tmp.unlink(missing_ok=True)


def _now() -> tuple[int, int, int, int, int, int]:
    import time

    t = time.localtime()
    return (max(t.tm_year, 1980), t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
