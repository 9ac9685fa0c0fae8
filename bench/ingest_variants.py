"""The ingest benchmark's in-process variants, each run in a child interpreter
(``ingest.py --child``): the bare loop over two threads and ``ingest_photos`` with its
worker processes or threads, timed from inside (imports and catalogue creation untimed),
with optional per-stage timers and a cProfile of the committing thread's SQL."""

from __future__ import annotations

import cProfile
import gc
import hashlib
import io
import json
import os
import pstats
import resource
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ingest_photos import CHUNK
from PIL import Image

THUMB = 256
THUMB_QUALITY = 85
WORKERS = 2

Stages = dict[str, float]


class Clock:
    """Wall time and CPU time (this process and the worker processes it has reaped) of the
    timed part of a variant only: imports, catalogue creation and setup stay outside."""

    seconds = 0.0
    cpu = 0.0

    @staticmethod
    def _cpu() -> float:
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.process_time() + children.ru_utime + children.ru_stime

    def __enter__(self) -> Clock:
        self._start, self._cpu0 = time.perf_counter(), self._cpu()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self._start
        self.cpu = self._cpu() - self._cpu0


def bare_one(path: Path, stages: Stages | None = None) -> tuple[str, int]:
    """The floor for one file: draft-mode thumbnail to memory and the file's SHA-256."""
    t0, c0 = time.perf_counter(), time.thread_time()
    with Image.open(path) as im:
        im.draft("RGB", (THUMB, THUMB))
        im.thumbnail((THUMB, THUMB), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        im.convert("RGB").save(buffer, "JPEG", quality=THUMB_QUALITY)
    t1, c1 = time.perf_counter(), time.thread_time()
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    if stages is not None:
        stages["thumbnail"] += t1 - t0
        stages["thumbnail [cpu]"] += c1 - c0
        stages["sha256"] += time.perf_counter() - t1
        stages["sha256 [cpu]"] += time.thread_time() - c1
    return digest.hexdigest(), len(buffer.getvalue())


def run_bare(folder: Path, run_dir: Path, stages: Stages | None, clock: Clock) -> int:
    """The bare loop over two threads (no catalogue, no copies, nothing written)."""
    files = sorted(folder.glob("*.jpg"))
    with clock, ThreadPoolExecutor(max_workers=WORKERS) as pool:
        results = list(pool.map(lambda p: bare_one(p, stages), files))
    return len(results)


class _ThreadPool:
    """The ingest's WorkerPool interface on a ThreadPoolExecutor (the ``threads`` variant)."""

    def __init__(
        self, task: Callable[[Any, Path], Any], settings: Any, workers: int, **_options: Any
    ) -> None:
        self.task, self.settings, self.workers = task, settings, max(1, workers)
        self.pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="ingest")

    def __enter__(self) -> _ThreadPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def results(
        self, paths: list[Path], check_cancel: Callable[[], None] | None = None
    ) -> Iterator[Any]:
        from pressdesk.storage.worker_pool import Outcome

        in_flight: deque[tuple[int, Path, Any]] = deque()
        queue = deque(enumerate(paths))
        while queue or in_flight:
            while queue and len(in_flight) < self.workers * 3:
                index, path = queue.popleft()
                in_flight.append((index, path, self.pool.submit(self.task, self.settings, path)))
            index, path, future = in_flight.popleft()
            error = future.exception()
            value = None if error is not None else future.result()
            yield Outcome(index, path, value=value, error=error)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def run_ingest(
    folder: Path, run_dir: Path, stages: Stages | None, clock: Clock, *, how: str = "processes"
) -> int:
    """A full ingest into a fresh catalogue, library and thumbnail cache under ``run_dir``.

    ``how``: ``processes`` (as shipped), ``threads`` (the worker pool swapped for a
    ThreadPoolExecutor), ``*-nofsync`` (os.fsync and os.fdatasync no-ops), ``processes-3``
    (3 workers).
    """
    from pressdesk.catalogue import open_catalogue
    from pressdesk.services.photos import ingest

    cat = open_catalogue(run_dir / "c.sqlite")
    workers = 3 if how == "processes-3" else WORKERS
    patches: list[tuple[Any, str, Any]] = []
    if how.startswith("threads"):
        from pressdesk.services.photos import head_start

        patches.append((head_start, "WorkerPool", _ThreadPool))
    if how.endswith("-nofsync"):
        patches.append((os, "fsync", lambda fd: None))
        patches.append((os, "fdatasync", lambda fd: None))
        from pressdesk.storage import library

        if hasattr(library.PhotoLibrary, "flush"):
            patches.append((library.PhotoLibrary, "flush", lambda self, stored: None))
    if stages is not None:
        patches.extend(_stage_timers(stages, cat))
    saved = [(obj, name, getattr(obj, name)) for obj, name, _ in patches]
    for obj, name, value in patches:
        setattr(obj, name, value)
    gc.freeze()  # as the program does once started (pressdesk.cli.main.run; the app likewise)
    try:
        with clock:
            result = ingest.ingest_photos(cat, [folder], workers=workers)
    finally:
        for obj, name, value in saved:
            setattr(obj, name, value)
        cat.close()
    if result.errors or result.duplicates:
        raise SystemExit(f"unexpected ingest result: {result.errors[:3]} {result.duplicates[:3]}")
    return len(result.added)


def _timed(stages: Stages, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn``, adding its wall time and its thread's CPU time to ``stages[name]``."""
    lock = threading.Lock()

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            with lock:
                stages[name] += time.perf_counter() - start
                stages[f"{name} [cpu]"] += time.thread_time() - cpu

    return wrapper


def _stage_timers(stages: Stages, cat: Any) -> list[tuple[Any, str, Any]]:
    """Patches that time each stage of the ingest (summed over threads) into ``stages``."""
    from pressdesk.core.photos import thumbnails
    from pressdesk.services.photos import ingest
    from pressdesk.storage import ingest_worker as worker  # where the file work lives
    from pressdesk.storage import library
    from pressdesk.storage import thumbnails as thumbs

    original_write = cat.write

    @contextmanager
    def timed_write() -> Iterator[Any]:
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            with original_write() as session:
                yield session
        finally:
            stages["main: batch transaction"] += time.perf_counter() - start
            stages["main: batch transaction [cpu]"] += time.thread_time() - cpu

    timed = [
        (library.PhotoLibrary, "stage", "stage (copy+SHA-256)"),
        (os, "fsync", "  fsync (wherever called)"),
        (worker, "read_photo", "read_photo (metadata)"),
        (worker, "write_thumbnail", "write_thumbnail"),
        (thumbnails, "probe", "  of which probe() again"),
        (thumbs, "make_thumbnail", "  of which make_thumbnail"),
        (ingest, "_store_batch", "main: _store_batch (SQL)"),
    ]
    patches: list[tuple[Any, str, Any]] = [
        (obj, name, _timed(stages, label, getattr(obj, name))) for obj, name, label in timed
    ]
    patches.append((cat, "write", timed_write))
    flush = _timed(stages, "main: flush a batch to disk", library.PhotoLibrary.flush)
    patches.append((library.PhotoLibrary, "flush", flush))
    return patches


VARIANTS: dict[str, Callable[[Path, Path, Stages | None, Clock], int]] = {
    "bare": run_bare,
    "processes": run_ingest,
    "threads": lambda f, r, s, c: run_ingest(f, r, s, c, how="threads"),
    "processes-nofsync": lambda f, r, s, c: run_ingest(f, r, s, c, how="processes-nofsync"),
    "threads-nofsync": lambda f, r, s, c: run_ingest(f, r, s, c, how="threads-nofsync"),
    "processes-3": lambda f, r, s, c: run_ingest(f, r, s, c, how="processes-3"),
}


def _profile_store() -> cProfile.Profile:
    """cProfile around every ``_store`` call (the committing thread's SQL work)."""
    from pressdesk.services.photos import ingest

    profiler = cProfile.Profile(time.thread_time)  # CPU time: robust to other load
    name = "_store_batch"
    original = getattr(ingest, name)

    def store(*args: Any) -> Any:
        profiler.enable()
        try:
            return original(*args)
        finally:
            profiler.disable()

    setattr(ingest, name, store)
    return profiler


def child(variant: str, folder: Path, run_dir: Path, breakdown: bool, profile: bool) -> None:
    """Run one variant once and print a JSON line with its timing and peak memory."""
    run_dir.mkdir(parents=True, exist_ok=True)
    os.environ["PRESSDESK_CACHE_DIR"] = str(run_dir / "cache")
    stages: Stages | None = defaultdict(float) if breakdown else None
    base = variant.split("@")[0]
    profiler = _profile_store() if profile else None
    clock = Clock()
    files = VARIANTS[base](folder, run_dir, stages, clock)
    out: dict[str, Any] = {
        "variant": variant,
        "files": files,
        "seconds": clock.seconds,
        "cpu": clock.cpu,
        "rss_mb": peak_rss_mb(),
        "workers_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "stages": dict(stages or {}),
    }
    if profiler is not None:
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(18)
        out["profile"] = text.getvalue()
    print(json.dumps(out))


def peak_rss_mb() -> float:
    """Peak resident memory of this process: VmHWM, which (unlike ru_maxrss) does not carry
    over the parent's peak across fork+exec; ru_maxrss where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
