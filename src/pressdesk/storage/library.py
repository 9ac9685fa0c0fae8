"""The photo library: originals stored read-only under their SHA-256, never modified.

A file comes in by being copied (and hashed in the same pass) to a temporary name in
``.incoming/``, flushed to disk, and renamed into place only once it is known to be new.
A crash can therefore leave at most a temporary file or a stored file whose record was not
committed; the next ingest of the same file adopts it, and ``sweep`` removes stale leftovers.
"""

from __future__ import annotations

import hashlib
import os
import socket
import stat
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pressdesk.core.photos import sha256_file
from pressdesk.paths import ensure_dir
from pressdesk.storage import flushing, page_cache

SUFFIXES = {"JPEG": ".jpg", "TIFF": ".tif", "PNG": ".png", "WEBP": ".webp", "HEIC": ".heic"}
CHUNK = 1 << 20
HOST = socket.gethostname().replace("-", "_") or "host"
_HOST = HOST


@dataclass(frozen=True)
class StagedFile:
    """A copy of an incoming file under a temporary name, with its checksum and size."""

    tmp: Path
    sha256: str
    size: int


class PhotoLibrary:
    """Checksum-named originals below ``root`` (``ab/abcdef….jpg``)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def incoming(self) -> Path:
        return self.root / ".incoming"

    def path_for(self, sha256: str, fmt: str) -> Path:
        """Where the original with this checksum and format is kept."""
        return self.root / sha256[:2] / f"{sha256}{SUFFIXES.get(fmt, '.bin')}"

    def stage(self, src: Path, *, owner: int | None = None) -> StagedFile:
        """Copy ``src`` to a temporary file, hashing it on the way (not yet flushed to disk:
        :meth:`flush` it with its batch once kept). ``owner``:
        the pid of the process that will keep or discard it (by default this one); once that
        process has ended, :meth:`sweep_incoming` removes the file."""
        ensure_dir(self.incoming)
        owner = os.getpid() if owner is None else owner
        tmp = self.incoming / f"{_HOST}-{owner}-{uuid.uuid4().hex}.tmp"
        digest = hashlib.sha256()
        size = 0
        buffer = bytearray(CHUNK)  # reused: no allocation (and page faults) per chunk
        view = memoryview(buffer)
        try:
            with src.open("rb", buffering=0) as fin, tmp.open("wb", buffering=0) as fout:
                while n := fin.readinto(buffer):
                    part = view[:n]
                    digest.update(part)
                    while part:  # an unbuffered write may take less than it is given
                        part = part[fout.write(part) :]
                    size += n
                flushing.start_writeback(fout.fileno())
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return StagedFile(tmp, digest.hexdigest(), size)

    def keep(self, staged: StagedFile, fmt: str) -> Path:
        """Move a staged file into place, read-only; an identical stored copy is kept instead."""
        target = self.path_for(staged.sha256, fmt)
        if target.exists() and sha256_file(target) == staged.sha256:
            staged.tmp.unlink(missing_ok=True)
            return target
        ensure_dir(target.parent)
        if target.exists():  # a damaged copy: replace it with the good one
            target.chmod(stat.S_IRUSR | stat.S_IWUSR)
        os.replace(staged.tmp, target)
        target.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        return target

    def flush(self, stored: Iterable[Path]) -> None:
        """Make stored files durable, their data and their names, before the records that
        point at them commit (call it inside the write transaction, after :meth:`keep`); see
        :func:`.flushing.flush_files`. Once on disk, the files leave the page cache."""
        stored = list(stored)
        if not stored:  # (a bundle with no new photo: the library may not even exist yet)
            return
        flushing.flush_files(self.root, stored)
        for path in stored:  # (what a worker could not drop yet, still being written)
            page_cache.release(path)

    @staticmethod
    def release_memory(path: Path) -> None:
        """Let the kernel drop a copy (staged or stored) from the page cache
        (:func:`.page_cache.release`)."""
        page_cache.release(path)

    @staticmethod
    def discard(staged: StagedFile) -> None:
        staged.tmp.unlink(missing_ok=True)

    def stored_files(self) -> dict[str, Path]:
        """Checksum -> path of every stored original."""
        out: dict[str, Path] = {}
        if not self.root.is_dir():
            return out
        for sub in self.root.iterdir():
            if sub.is_dir() and len(sub.name) == 2:
                for f in sub.iterdir():
                    if f.is_file() and len(f.stem) == 64:
                        out[f.stem] = f
        return out

    def sweep_incoming(self, older_than: float = 3600.0, *, own: bool = False) -> list[Path]:
        """Remove temporary files left by interrupted ingests: those of dead processes on this
        machine, and any older than ``older_than`` seconds; with ``own``, this process's
        too (only when it has nothing staged, e.g. after a worker died mid-copy)."""
        now = time.time()
        removed: list[Path] = []
        if not self.incoming.is_dir():
            return removed
        for path in self.incoming.glob("*.tmp"):
            try:
                mine = own and path.name.startswith(f"{_HOST}-{os.getpid()}-")
                if mine or _owner_is_dead(path.name) or now - path.stat().st_mtime >= older_than:
                    path.unlink()
                    removed.append(path)
            except FileNotFoundError:
                continue
        return removed


def _owner_is_dead(name: str) -> bool:
    """True when a temporary file was made by a process of this machine that has ended."""
    parts = name.split("-")
    if len(parts) < 3 or "-".join(parts[:-2]) != HOST or not parts[-2].isdigit():
        return False
    return process_ended(int(parts[-2]))


def process_ended(pid: int) -> bool:
    """True when the process ``pid`` of this machine has ended (or is a zombie)."""
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return _is_zombie(pid)


def _is_zombie(pid: int) -> bool:
    """True for a process that has ended but not been reaped (Linux; False elsewhere). A
    container's first process may never reap the orphans it inherits."""
    try:
        stat_line = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat_line.rpartition(")")[2].split()[:1] == ["Z"]
