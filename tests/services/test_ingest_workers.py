"""Ingest worker processes: settings reach them, a crashing worker costs one file, and no
worker outlives a killed ingest."""

from __future__ import annotations

import os
import pickle
import threading
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from pressdesk.catalogue.models import Person, Photo
from pressdesk.core.photos import PhotoReadError
from pressdesk.services.jobs import Cancelled, JobContext
from pressdesk.services.photos import head_start, ingest
from pressdesk.services.photos.ingest import ingest_photos
from pressdesk.storage import worker_pool
from pressdesk.storage.ingest_worker import Prepared, WorkerSettings, prepare_file
from pressdesk.storage.library import PhotoLibrary
from pressdesk.storage.thumbnails import thumbnail_path
from tests.support import processes
from tests.support.catalogues import copy_template
from tests.support.photo_files import camera_jpeg


def crash_on_poison(settings: WorkerSettings, path: Path) -> Prepared:
    """A worker task that dies like a crashing decoder on files named ``*poison*``, after
    it has begun copying the file into the library."""
    if "poison" in path.name:
        PhotoLibrary(settings.library_root).stage(path, owner=settings.owner)
        os._exit(70)
    return prepare_file(settings, path)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    photos = tmp_path / "in"
    photos.mkdir()
    for n in range(6):
        camera_jpeg(photos / f"p{n}.jpg", caption=f"Photo {n}", credit="GPO", seed=n)
    return photos


def _incoming_leftovers(cat: object) -> list[Path]:
    library = PhotoLibrary(cat.library)  # type: ignore[attr-defined]
    return list(library.incoming.glob("*")) if library.incoming.is_dir() else []


def test_photo_read_error_crosses_process_boundaries() -> None:
    error = pickle.loads(pickle.dumps(PhotoReadError(Path("/x/a.jpg"), "/x/a.jpg is damaged.")))
    assert isinstance(error, PhotoReadError)
    assert error.path == Path("/x/a.jpg") and str(error) == "/x/a.jpg is damaged."


@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_workers_take_the_ingests_settings(
    method: str,
    folder: Path,
    cat: object,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Thumbnails go to this ingest's cache folder and its bomb limit holds, also in workers
    forked from a fork server started earlier under other settings."""
    monkeypatch.setattr(worker_pool, "START_METHOD", method)
    cache = tmp_path / "other-cache"
    monkeypatch.setenv("PRESSDESK_CACHE_DIR", str(cache))
    result = ingest_photos(cat, [folder / "p0.jpg", folder / "p1.jpg"])  # type: ignore[arg-type]
    assert len(result.added) == 2 and not result.errors
    for photo in result.added:
        assert thumbnail_path(photo.sha256, cache=cache).is_file()

    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100_000)  # 640x480 is over twice this
    result = ingest_photos(cat, [folder / "p2.jpg"])  # type: ignore[arg-type]
    assert not result.added
    (error,) = result.errors
    assert "p2.jpg" in error.error and "decompression bombs" in error.error


def test_a_crashing_worker_costs_only_its_file(
    folder: Path, cat: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker that dies (as a decoder crashing on a hostile file would) is replaced; the
    pool knows which file it was on, so only that file is refused; the others go in."""
    monkeypatch.setattr(worker_pool, "START_METHOD", "fork")  # inherits the patched task
    monkeypatch.setattr(head_start, "prepare_file", crash_on_poison)
    for n in range(3):  # first in the queue: fresh workers die on them, and are replaced
        camera_jpeg(folder / f"a_poison{n}.jpg", caption="Hostile", seed=90 + n)
    camera_jpeg(folder / "q_poison.jpg", caption="Hostile", seed=99)  # with files behind it
    camera_jpeg(folder / "r.jpg", caption="Behind", seed=98)
    result = ingest_photos(cat, [folder], workers=2)  # type: ignore[arg-type]
    expected = [*(f"p{n}.jpg" for n in range(6)), "r.jpg"]
    assert [p.original_name for p in result.added] == expected
    names = [Path(e.path).name for e in result.errors]
    assert names == ["a_poison0.jpg", "a_poison1.jpg", "a_poison2.jpg", "q_poison.jpg"]
    for error in result.errors:
        assert "stop unexpectedly" in error.error and "was not added" in error.error
    assert _incoming_leftovers(cat) == []  # what the dead workers had begun to copy


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc to find the workers")
def test_no_worker_outlives_a_killed_ingest(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(60):
        camera_jpeg(folder / f"p{n:03}.jpg", caption=f"Photo {n}", size=(1600, 1200), seed=n)
    cat_path = tmp_path / "c.sqlite"
    copy_template(cat_path)
    proc = processes.start(["--catalogue", str(cat_path), "photo", "add", str(folder)])
    workers: set[int] = set()

    def workers_seen() -> bool:  # asked with the ingest frozen after its first file
        workers.update(_running(str(cat_path)) - {proc.pid})
        return bool(workers)

    processes.kill_at(proc, lambda done, _total: done >= 1, workers_seen)
    assert processes.wait_for_exit(workers) == set()
    assert _running(str(cat_path)) == set()


def _running(marker: str) -> set[int]:
    """Pids of live (not zombie) processes whose command line mentions ``marker``."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().decode(errors="replace")
            state = (entry / "stat").read_text().rpartition(")")[2].split()[0]
        except (OSError, IndexError):
            continue
        if marker in cmdline and state != "Z":
            found.add(int(entry.name))
    return found


class Stop(Exception):
    """Raised by the cancel check, as the app's cancel token does."""


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc to see the workers")
def test_cancelled_ingest_stops_its_workers_and_leaves_no_leftovers(
    tmp_path: Path, cat: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[int] = []
    original_start = worker_pool.WorkerPool._start

    def start(pool: worker_pool.WorkerPool) -> object:
        worker = original_start(pool)
        started.append(worker.process.pid)
        return worker

    monkeypatch.setattr(worker_pool.WorkerPool, "_start", start)
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(24):
        camera_jpeg(folder / f"p{n:02}.jpg", caption=f"Photo {n}", size=(1200, 900), seed=n)
    monkeypatch.setattr(ingest, "BATCH_SIZE", 4)
    batches: list[object] = []

    def committed(changes: object) -> None:  # cancelled once a batch has been committed
        batches.append(changes)
        ctx.cancel()

    ctx = JobContext(on_committed=committed)
    with pytest.raises(Cancelled):
        ingest_photos(cat, [folder], ctx=ctx)  # type: ignore[arg-type]
    assert started and not [pid for pid in started if _alive(pid)]
    assert _incoming_leftovers(cat) == []
    library = PhotoLibrary(cat.library)  # type: ignore[attr-defined]
    with cat.read() as s:  # type: ignore[attr-defined]
        stored = set(s.scalars(select(Photo.sha256)))
    on_disk = {p.stem for p in library.root.rglob("*.jpg") if ".incoming" not in p.parts}
    assert stored and stored == on_disk  # committed records have their files, nothing else
    assert len(stored) < 24

    again = ingest_photos(cat, [folder])  # type: ignore[arg-type]
    assert len(again.added) + len(again.duplicates) == 24 and not again.errors


def _alive(pid: int) -> bool:
    """True for a process that runs (a zombie has ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def test_ingest_flushes_file_by_file_where_syncfs_is_missing(
    folder: Path, cat: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Off Linux each stored file and its folder are flushed instead of the file system."""
    from pressdesk.storage import flushing

    flushed: list[Path] = []
    real_fsync = flushing._fsync_path
    monkeypatch.setattr(flushing, "_syncfs", None)
    monkeypatch.setattr(
        flushing, "_fsync_path", lambda path: (flushed.append(path), real_fsync(path))
    )
    result = ingest_photos(cat, [folder / "p0.jpg", folder / "p1.jpg"])  # type: ignore[arg-type]
    assert len(result.added) == 2
    library = PhotoLibrary(cat.library)  # type: ignore[attr-defined]
    stored = {library.path_for(p.sha256, p.format) for p in result.added}
    assert stored <= set(flushed)
    assert {p.parent for p in stored} <= set(flushed)


def test_a_process_running_other_threads_uses_the_fork_server() -> None:
    """Forking copies only the calling thread (and any lock another one holds): the app,
    with Qt's threads, gets its workers from a fork server instead."""
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert worker_pool.start_method() == "forkserver"
    finally:
        stop.set()
        thread.join()


def test_a_surname_after_a_new_full_name_is_the_same_person(folder: Path, cat: object) -> None:
    camera_jpeg(folder / "q1.jpg", caption="One", persons=("Benjamin Netanyahu",), seed=11)
    camera_jpeg(folder / "q2.jpg", caption="Two", persons=("Netanyahu",), seed=12)
    result = ingest_photos(cat, [folder / "q1.jpg", folder / "q2.jpg"])  # type: ignore[arg-type]
    assert [p.persons_shown for p in result.added] == [("Benjamin Netanyahu",)] * 2
    with cat.read() as s:  # type: ignore[attr-defined]
        assert s.scalar(select(func.count()).select_from(Person)) == 1


def test_batches_are_spaced_by_how_long_the_last_commit_took() -> None:
    """Quick commits come every half second; after a slow one (a busy disk or machine) the
    next batch waits ten times as long, at most two seconds, so that committing stays a
    small share of the ingest instead of a transaction for every file or two."""
    assert ingest.commit_interval(0.0) == ingest.BATCH_SECONDS == 0.5
    assert ingest.commit_interval(0.03) == ingest.BATCH_SECONDS
    assert ingest.commit_interval(0.1) == pytest.approx(1.0)
    assert ingest.commit_interval(0.15) == pytest.approx(1.5)
    assert ingest.commit_interval(3.0) == ingest.MAX_BATCH_SECONDS == 2.0


@pytest.mark.parametrize("watched", [True, False])
def test_batches_are_larger_when_nobody_hears_of_them(
    watched: bool, tmp_path: Path, cat: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A viewer hearing of each batch (the app) gets batches of BATCH_SIZE; with nobody
    listening (the command line) a batch waits for UNWATCHED_BATCH_SIZE files: fewer
    commits for the one committing process. Either way every file is added once."""
    from pressdesk.catalogue.models import UndoStep

    folder = tmp_path / "twelve"
    folder.mkdir()
    for n in range(12):
        camera_jpeg(folder / f"p{n:02}.jpg", caption=f"Photo {n}", size=(600, 400), seed=n)
    monkeypatch.setattr(ingest, "BATCH_SIZE", 3)
    monkeypatch.setattr(ingest, "UNWATCHED_BATCH_SIZE", 5)
    monkeypatch.setattr(ingest, "commit_interval", lambda _took: 1e9)  # sizes alone decide
    monkeypatch.setattr(ingest, "UNWATCHED_BATCH_SECONDS", 1e9)
    heard: list[object] = []
    ctx = JobContext(on_committed=heard.append) if watched else JobContext()
    # (one worker: files are answered in input order, so no batch is cut short to wait
    # for an earlier file still being read)
    result = ingest_photos(cat, [folder], ctx=ctx, workers=1)  # type: ignore[arg-type]
    assert len(result.added) == 12 and not result.errors
    with cat.read() as s:  # type: ignore[attr-defined]
        labels = list(s.scalars(select(UndoStep.label).order_by(UndoStep.id)))
    if watched:
        assert labels == ["Add 3 photos"] * 4 and len(heard) == 4
    else:
        assert labels == ["Add 5 photos", "Add 5 photos", "Add 2 photos"]
