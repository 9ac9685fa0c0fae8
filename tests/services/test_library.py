"""The photo library's staging: copies hashed on the way, written back early, and given
back to the kernel's page cache once read."""

from __future__ import annotations

import ctypes
import hashlib
import mmap
import os
import sys
from pathlib import Path

import pytest

from pressdesk.services import library as library_module
from pressdesk.services.library import PhotoLibrary

PAGE = mmap.PAGESIZE


def _resident_fraction(path: Path) -> float:
    """Share of the file's pages in the page cache (Linux ``mincore``)."""
    libc = ctypes.CDLL(None, use_errno=True)
    size = path.stat().st_size
    with path.open("r+b") as fh, mmap.mmap(fh.fileno(), size) as mapped:
        address = ctypes.addressof(ctypes.c_char.from_buffer(mapped))
        pages = (size + PAGE - 1) // PAGE
        vector = (ctypes.c_ubyte * pages)()
        assert libc.mincore(ctypes.c_void_p(address), ctypes.c_size_t(size), vector) == 0
        return sum(v & 1 for v in vector) / pages


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "big.jpg"
    path.parent.mkdir()
    path.write_bytes(os.urandom(4 << 20) + b"tail")  # (not a whole number of pages)
    return path


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="mincore and fadvise: Linux")
def test_a_read_copy_leaves_the_page_cache(tmp_path: Path, source: Path) -> None:
    library = PhotoLibrary(tmp_path / "lib")
    staged = library.stage(source)
    fd = os.open(staged.tmp, os.O_RDONLY)
    try:
        os.fsync(fd)  # (what the write-back started by stage() does in time)
    finally:
        os.close(fd)
    assert _resident_fraction(staged.tmp) > 0.9  # just written: in memory
    library.release_memory(staged)
    assert _resident_fraction(staged.tmp) < 0.1
    assert staged.tmp.read_bytes() == source.read_bytes()  # only memory was given back


def test_staging_without_early_write_back(
    tmp_path: Path, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(library_module, "_sync_file_range", None)  # (not Linux)
    library = PhotoLibrary(tmp_path / "lib")
    staged = library.stage(source)
    assert staged.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert staged.size == source.stat().st_size
    assert staged.tmp.read_bytes() == source.read_bytes()


def test_giving_back_a_vanished_copy_is_harmless(tmp_path: Path, source: Path) -> None:
    library = PhotoLibrary(tmp_path / "lib")
    staged = library.stage(source)
    library.discard(staged)
    library.release_memory(staged)  # no error: there is nothing to give back
    assert not staged.tmp.exists()
