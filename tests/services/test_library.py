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

from pressdesk.services.photos.ingest import ingest_photos
from pressdesk.storage import flushing
from pressdesk.storage.library import PhotoLibrary
from tests.support.catalogues import new_catalogue
from tests.support.photo_files import camera_jpeg

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


def _pages_can_be_given_back(folder: Path) -> bool:
    """Whether this file system drops written pages on request (tmpfs, for one, cannot:
    its pages are the file)."""
    probe = folder / "probe.bin"
    probe.write_bytes(os.urandom(16 * PAGE))
    fd = os.open(probe, os.O_RDONLY)
    try:
        os.fsync(fd)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)
    dropped = _resident_fraction(probe) < 0.5
    probe.unlink()
    return dropped


@pytest.fixture
def droppable(tmp_path: Path) -> Path:
    """A folder on a file system whose pages can be given back (else the test is skipped)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("mincore and posix_fadvise: Linux")
    if not _pages_can_be_given_back(tmp_path):
        pytest.skip(f"{tmp_path} is on a file system that keeps written pages (tmpfs?)")
    return tmp_path


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "big.jpg"
    path.parent.mkdir()
    path.write_bytes(os.urandom(4 << 20) + b"tail")  # (not a whole number of pages)
    return path


def test_a_read_copy_leaves_the_page_cache(droppable: Path, source: Path) -> None:
    library = PhotoLibrary(droppable / "lib")
    staged = library.stage(source)
    fd = os.open(staged.tmp, os.O_RDONLY)
    try:
        os.fsync(fd)  # (what the write-back started by stage() does in time)
    finally:
        os.close(fd)
    assert _resident_fraction(staged.tmp) > 0.9  # just written: in memory
    library.release_memory(staged.tmp)
    assert _resident_fraction(staged.tmp) < 0.1
    assert staged.tmp.read_bytes() == source.read_bytes()  # only memory was given back


def test_staging_without_early_write_back(
    tmp_path: Path, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(flushing, "_sync_file_range", None)  # (not Linux)
    library = PhotoLibrary(tmp_path / "lib")
    staged = library.stage(source)
    assert staged.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert staged.size == source.stat().st_size
    assert staged.tmp.read_bytes() == source.read_bytes()


def test_giving_back_a_vanished_copy_is_harmless(tmp_path: Path, source: Path) -> None:
    library = PhotoLibrary(tmp_path / "lib")
    staged = library.stage(source)
    library.discard(staged)
    library.release_memory(staged.tmp)  # no error: there is nothing to give back
    assert not staged.tmp.exists()


def test_an_ingest_leaves_no_copy_in_memory(droppable: Path) -> None:
    """Whatever the workers could not give back (still being written), the committing
    process gives back once the batch is on disk."""
    folder = droppable / "in"
    folder.mkdir()
    for seed in range(3):
        camera_jpeg(
            folder / f"shot{seed}.jpg", caption=f"Shot {seed}", seed=seed, size=(1600, 1200)
        )
    cat = new_catalogue(droppable / "c.sqlite")
    assert cat.library is not None
    try:
        result = ingest_photos(cat, [folder], workers=2)
    finally:
        cat.close()
    assert len(result.added) == 3 and not result.errors
    stored = list(PhotoLibrary(cat.library).stored_files().values())
    assert len(stored) == 3
    for path in stored:
        assert _resident_fraction(path) < 0.1, path


@pytest.mark.parametrize(
    ("release", "reports"),
    [
        ("6.18.44-fc-v669", True),
        ("5.8.0", True),
        ("5.10.0-28-amd64", True),
        ("5.4.0-150-generic", False),  # syncfs returned 0 whatever happened
        ("4.19.0", False),
        ("weird", False),
    ],
)
def test_syncfs_is_used_only_where_it_reports_errors(release: str, reports: bool) -> None:
    assert flushing._kernel_reports_syncfs_errors(release) is reports
