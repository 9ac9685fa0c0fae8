"""Giving written files' memory back: originals nobody is about to read leave the page cache."""

from __future__ import annotations

import os
from pathlib import Path


def release(path: Path) -> None:
    """Let the kernel drop a copy (staged or stored) from the page cache: only pages
    already written to disk are dropped, so nothing is lost, and those still being
    written stay. An ingest of thousands of photos then does not push everything else
    out of memory for originals nobody is about to read (about 0.3 ms of CPU a photo;
    see bench/README.md). A file that has gone is ignored."""
    if not hasattr(os, "posix_fadvise"):
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    except OSError:
        pass
    finally:
        os.close(fd)
