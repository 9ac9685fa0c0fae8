"""Worker processes for per-file work, fed over one pipe each by the calling thread.

Each worker takes files in the order it is given them and answers each one, so the calling
thread always knows which file a worker is on: when a worker dies (a decoder crashing on a
hostile file, the out-of-memory killer), that file is reported and the files queued behind
it go to the other workers and a replacement. No helper threads are involved (measured:
``concurrent.futures.ProcessPoolExecutor`` spent about 0.4 ms of CPU per task in its own
threads, this pool about 0.15 ms).

Workers take plain arguments (a task function, its settings and a path) and die with the
process that started them (``PR_SET_PDEATHSIG`` on Linux, a watchdog thread elsewhere).
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing import forkserver
from multiprocessing.connection import Connection, wait
from pathlib import Path
from types import ModuleType
from typing import Any

PR_SET_PDEATHSIG = 1
#: Forces a start method ("fork", "forkserver" or "spawn"); None chooses (see start_method).
START_METHOD: str | None = None
#: Consecutive deaths of fresh workers (before their first answer) after which the pool
#: gives up: workers that cannot even start would otherwise fail every file in turn.
STARTUP_DEATHS = 3


class WorkerStartError(RuntimeError):
    """Worker processes die before doing any work."""


@dataclass(frozen=True)
class Outcome:
    """What became of one file: ``value`` (the task's result), ``error`` (the exception it
    raised) or ``crashed`` (its worker process died while working on it)."""

    index: int
    path: Path
    value: Any = None
    error: BaseException | None = None
    crashed: bool = False
    timed_out: bool = False  # (crashed too: its worker was stopped after the time limit)


@dataclass
class _Worker:
    process: Any  # multiprocessing.Process of the chosen context
    conn: Connection
    queued: deque[tuple[int, Path]]
    ready: bool = False  # it said it had started
    since: float = field(default_factory=time.monotonic)  # started, or last answered


class WorkerPool:
    """``workers`` processes running ``task(settings, path)``, each with up to ``depth``
    files queued so that it never waits for the calling thread."""

    def __init__(
        self,
        task: Callable[[Any, Path], Any],
        settings: Any,
        workers: int,
        *,
        depth: int = 3,
        preload: Sequence[str] = (),
        time_limit: float | None = None,
    ) -> None:
        self.task, self.settings, self.depth = task, settings, max(1, depth)
        self.time_limit = time_limit  # seconds a file may take before its worker is stopped
        self.size = max(1, workers)
        method = start_method()
        self.context = multiprocessing.get_context(method)
        if method == "forkserver":
            _preload(self.context, [*preload, task.__module__])
        self.parent = os.getpid() if method == "fork" else None
        self.workers: list[_Worker] = []
        self._unstarted = 0
        self._queue: deque[tuple[int, Path]] | None = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self, paths: Sequence[Path], *, head_start: int | None = None) -> None:
        """Start the workers on ``paths`` now, before anyone asks for the results: each
        is given up to ``head_start`` files (default ``depth``) to go on with meanwhile
        (their answers wait in the pipes; about 2 KB each for an ingest)."""
        queue: deque[tuple[int, Path]] = deque(enumerate(paths))
        self._queue = queue
        while len(self.workers) < min(self.size, len(queue)):
            self.workers.append(self._start())
        self._unstarted = 0  # workers in a row that died before saying they had started
        depth, self.depth = self.depth, max(self.depth, head_start or 0)
        try:
            for worker in self.workers:
                self._feed(worker, queue)
        finally:
            self.depth = depth

    def results(
        self,
        paths: Sequence[Path] | None = None,
        check_cancel: Callable[[], None] | None = None,
    ) -> Iterator[Outcome]:
        """Run the task on every path (or on those given to :meth:`start`); outcomes come
        in the order they are ready. ``check_cancel`` is called at least every 0.2 s while
        waiting (it raises to stop)."""
        if paths is not None or self._queue is None:
            self.start(paths or ())
        queue = self._queue
        assert queue is not None
        while True:
            for i, worker in enumerate(self.workers):
                if not worker.queued and not worker.process.is_alive():  # died while idle
                    self._count_death(worker)
                    self._bury(worker)
                    self.workers[i] = worker = self._start()
                self._feed(worker, queue)
            busy = [w for w in self.workers if w.queued]
            if not busy:
                if queue:
                    continue  # every worker refused its file (it had just died): replace it
                return
            ready = set(
                wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=0.2)
            )
            if check_cancel:
                check_cancel()
            now = time.monotonic()
            for worker in busy:
                overdue = self.time_limit is not None and now - worker.since > self.time_limit
                if overdue and not worker.conn.poll():  # (no answers waiting to be read)
                    self._bury(worker, at_once=True)  # stuck on its file (a hostile one?)
                    index, path = worker.queued.popleft()
                    yield Outcome(index, path, crashed=True, timed_out=True)
                    queue.extendleft(reversed(worker.queued))
                    self.workers[self.workers.index(worker)] = self._start()
                    continue
                if worker.conn not in ready and worker.process.sentinel not in ready:
                    continue
                alive = True
                while alive and worker.conn.poll():
                    try:
                        status, payload = worker.conn.recv()
                    except (EOFError, OSError):
                        alive = False
                        break
                    except Exception as exc:  # an answer that cannot be unpickled here
                        status, payload = "error", RuntimeError(f"unreadable answer ({exc!r})")
                    worker.since = time.monotonic()
                    if status == "ready":
                        worker.ready, self._unstarted = True, 0
                        continue
                    index, path = worker.queued.popleft()
                    if status == "ok":
                        yield Outcome(index, path, value=payload)
                    else:
                        yield Outcome(index, path, error=payload)
                if alive and worker.process.is_alive():
                    continue
                # Dead: the file it was on is the culprit; the rest go back to the queue.
                self._count_death(worker)
                self._bury(worker)
                if worker.queued:
                    index, path = worker.queued.popleft()
                    yield Outcome(index, path, crashed=True)
                    queue.extendleft(reversed(worker.queued))
                self.workers[self.workers.index(worker)] = self._start()

    def close(self) -> None:
        """Stop the workers: idle ones are asked to exit, busy ones are killed."""
        for worker in self.workers:
            try:
                if worker.queued:
                    worker.process.kill()
                else:
                    worker.conn.send(None)
            except (OSError, ValueError):
                pass
        deadline = time.monotonic() + 5
        for worker in self.workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self.workers = []

    def _start(self) -> _Worker:
        ours, theirs = self.context.Pipe()
        process = self.context.Process(  # type: ignore[attr-defined]
            target=_serve,
            args=(theirs, self.task, self.settings, self.parent),
            daemon=True,
            name="pressdesk-worker",
        )
        process.start()
        theirs.close()  # (so that its death reads as end of file here)
        return _Worker(process, ours, deque())

    def _feed(self, worker: _Worker, queue: deque[tuple[int, Path]]) -> None:
        if queue and not worker.queued:
            worker.since = time.monotonic()  # (its clock runs from its first file)
        while queue and len(worker.queued) < self.depth:
            index, path = queue.popleft()
            try:
                worker.conn.send(path)
            except OSError:  # it has died: the next wait() sees that
                queue.appendleft((index, path))
                return
            worker.queued.append((index, path))

    def _count_death(self, worker: _Worker) -> None:
        """Give up when workers keep dying before they have even started."""
        self._unstarted = 0 if worker.ready else self._unstarted + 1
        if self._unstarted >= STARTUP_DEATHS:
            raise WorkerStartError(
                "The photo worker processes stop as soon as they start "
                f"(exit code {worker.process.exitcode}); nothing more can be read."
            )

    @staticmethod
    def _bury(worker: _Worker, *, at_once: bool = False) -> None:
        if at_once:
            worker.process.kill()
        worker.process.join(1)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        worker.conn.close()


def _serve(
    conn: Connection, task: Callable[[Any, Path], Any], settings: Any, parent: int | None
) -> None:
    """A worker's life: answer each path with ("ok", result) or ("error", exception)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the ingesting process handles Ctrl-C
    _die_with_parent(parent)
    try:
        conn.send(("ready", None))
    except OSError:
        return
    # What the worker inherited (modules, the parent's objects) lives as long as it does:
    # keep it out of garbage collection, whose full passes would walk all of it (and copy
    # the pages that fork shares with the parent).
    gc.freeze()
    gc.enable()  # (a command line forks its workers while its own start-up holds it off)
    while True:
        try:
            path = conn.recv()
        except (EOFError, OSError):
            return
        if path is None:
            return
        try:
            answer: tuple[str, Any] = ("ok", task(settings, path))
        except Exception as exc:  # every failure goes back to the caller
            answer = ("error", exc)
        try:
            conn.send(answer)
        except (TypeError, AttributeError, ValueError, pickle.PicklingError) as exc:
            # an answer that cannot be pickled
            conn.send(("error", RuntimeError(f"{path}: {answer[1]!r} ({exc})")))
        except OSError:
            return


def _os_threads() -> int:
    """Threads of this process as the OS sees them: Qt's own threads included, which
    ``threading.active_count()`` does not know about."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return max(threading.active_count(), 2)  # unknown: assume forking is not safe


def start_server(preload: Sequence[str] = ()) -> None:
    """Start the fork server now, where workers come from one, so that the first pool need
    not wait for it (the app calls this once it is idle); otherwise do nothing."""
    if start_method() == "forkserver":
        context = multiprocessing.get_context("forkserver")
        _preload(context, preload)
        forkserver.ensure_running()


def _preload(context: Any, modules: Sequence[str]) -> None:
    """The fork server imports these once; workers forked from it start with them imported
    (ignored once the server runs)."""
    wanted = [*modules, __name__, *_main_script_imports()]
    context.set_forkserver_preload(list(dict.fromkeys(wanted)))


def start_method() -> str:
    """``fork`` where it is safe and cheapest (Linux, and this process runs one thread, as
    the command line does); else a fork server, started once and forked from thereafter
    (the app: forking a process that runs Qt's threads is not safe); ``spawn`` elsewhere."""
    if START_METHOD is not None:
        return START_METHOD
    methods = multiprocessing.get_all_start_methods()
    if sys.platform == "linux" and "fork" in methods and _os_threads() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def _main_script_imports() -> list[str]:
    """The modules a main *script* took its names from (``from pressdesk.app.launch import
    main`` in an installed launcher): every worker runs a main script again (guarded by
    ``if __name__ == "__main__"``) and would import them anew. ``python -m`` mains are
    not run again, so nothing is needed for them."""
    main = sys.modules.get("__main__")
    if main is None or getattr(main, "__spec__", None) is not None:
        return []
    names = set()
    for value in vars(main).values():
        name = value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", "")
        if isinstance(name, str) and name in sys.modules and not name.startswith("_"):
            names.add(name)
    return sorted(names)


def _die_with_parent(parent: int | None) -> None:
    """Be killed when the parent process dies (``parent``: its pid when known, to catch a
    parent that died before this ran)."""
    watched = parent if parent is not None else os.getppid()
    armed = False
    if sys.platform == "linux":
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            armed = libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
        except (OSError, AttributeError):
            armed = False
    if os.getppid() != watched:
        os._exit(1)
    if not armed:
        threading.Thread(target=_watch_parent, args=(watched,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)
