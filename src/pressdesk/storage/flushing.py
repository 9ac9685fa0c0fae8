"""Flushing stored files to disk before the records that point at them commit.

On Linux 5.8+ one ``syncfs`` of the library's file system does it for a whole batch (one
disk cache flush, where a ``fdatasync`` per file cost one each: measured 2 ms of CPU a
photo); elsewhere each file and its folder is flushed. A finished copy starts its write-back
at once (``sync_file_range``), so the batch's flush only waits for writes already under way.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def flush_files(root: Path, stored: list[Path]) -> None:
    """Make ``stored`` (files below ``root``) durable, their data and their names."""
    if _syncfs is not None:
        fd = os.open(root, os.O_RDONLY)
        try:
            if _syncfs(fd) != 0:
                code = ctypes.get_errno()
                raise OSError(code, os.strerror(code), str(root))
        finally:
            os.close(fd)
        return
    folders = {root}  # (where a new two-letter folder was made)
    for path in stored:
        if path.exists():  # (a duplicate's copy was discarded instead)
            _fsync_path(path)
            folders.add(path.parent)
    for folder in folders:
        _fsync_path(folder)


def _kernel_reports_syncfs_errors(release: str) -> bool:
    """Linux reports write errors through ``syncfs`` from 5.8 on; before, it returned 0
    whatever happened, so a failed write would go unnoticed."""
    parts = release.split(".")
    try:
        version = (int(parts[0]), int("".join(ch for ch in parts[1] if ch.isdigit()) or 0))
    except (IndexError, ValueError):
        return False
    return version >= (5, 8)


def _linux_libc(name: str, argtypes: list[Any]) -> Callable[..., int] | None:
    """A C library function on Linux (setting errno), else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        function = getattr(ctypes.CDLL(None, use_errno=True), name)
    except (OSError, AttributeError):
        return None
    function.argtypes = argtypes
    function.restype = ctypes.c_int
    return function


# syncfs where it flushes and reports errors (Linux 5.8+), else None: each file is then
# fsynced on its own (see flush_files).
_syncfs = (
    _linux_libc("syncfs", [ctypes.c_int])
    if _kernel_reports_syncfs_errors(os.uname().release if hasattr(os, "uname") else "")
    else None
)
_sync_file_range = _linux_libc(
    "sync_file_range", [ctypes.c_int, ctypes.c_longlong, ctypes.c_longlong, ctypes.c_uint]
)
SYNC_FILE_RANGE_WRITE = 2


def start_writeback(fd: int) -> None:
    """Start writing a finished copy to disk without waiting for it (Linux), so that the
    batch's :func:`flush_files` only waits for writes already under way (measured:
    0.1 ms a photo against 2.1 ms, and ingests 3-10 % faster) and little unwritten data
    piles up. A refusal changes nothing: the flush still writes and checks everything."""
    if _sync_file_range is not None:
        _sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE)


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
