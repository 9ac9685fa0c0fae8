"""The worker pool on its own: answers, errors, deaths while busy and while idle."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from pressdesk.storage import worker_pool
from pressdesk.storage.worker_pool import Outcome, WorkerPool, WorkerStartError


def shout(settings: str, path: Path) -> str:
    """A task: the file's name in capitals, or a ValueError for names starting with 'bad'."""
    if path.name.startswith("bad"):
        raise ValueError(f"{path.name} is bad")
    return settings + path.name.upper()


def always_die(settings: str, path: Path) -> str:
    os._exit(9)


def hang_on_slow(settings: str, path: Path) -> str:
    if path.name.startswith("slow"):
        time.sleep(3600)
    return path.name


@pytest.fixture(autouse=True)
def _fork(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker_pool, "START_METHOD", "fork")  # (the tasks live in this file)


def _by_index(outcomes: list[Outcome]) -> list[Outcome]:
    return sorted(outcomes, key=lambda o: o.index)


def test_every_path_is_answered_with_its_value_or_its_error() -> None:
    paths = [Path(f"/x/{name}") for name in ("a", "bad1", "c", "d", "bad2", "f", "g")]
    with WorkerPool(shout, ">", 2, depth=2) as pool:
        outcomes = _by_index(list(pool.results(paths)))
    assert [o.path for o in outcomes] == paths
    assert [o.value for o in outcomes] == [">A", None, ">C", ">D", None, ">F", ">G"]
    errors = [o.error for o in outcomes if o.error is not None]
    assert [str(e) for e in errors] == ["bad1 is bad", "bad2 is bad"]
    assert all(isinstance(e, ValueError) for e in errors)


def test_workers_that_died_while_idle_are_replaced() -> None:
    with WorkerPool(shout, "", 2) as pool:
        assert len(list(pool.results([Path("/x/a"), Path("/x/b")]))) == 2
        for worker in pool.workers:  # every one of them: nobody is left to take the files
            os.kill(worker.process.pid, signal.SIGKILL)
            worker.process.join(5)
        later = [Path(f"/x/{n}") for n in "cdefgh"]
        outcomes = _by_index(list(pool.results(later)))
    assert [o.value for o in outcomes] == [p.name.upper() for p in later]
    assert not any(o.crashed for o in outcomes)


def test_a_task_that_always_crashes_costs_each_file_but_not_the_run() -> None:
    paths = [Path(f"/x/{n}") for n in range(6)]
    with WorkerPool(always_die, "", 2) as pool:
        outcomes = _by_index(list(pool.results(paths)))
    assert [o.path for o in outcomes] == paths and all(o.crashed for o in outcomes)


def never_start(parent: int | None) -> None:
    os._exit(3)


def test_workers_that_cannot_start_stop_the_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker_pool, "_die_with_parent", never_start)  # (forked: inherited)
    outcomes: list[Outcome] = []
    with pytest.raises(WorkerStartError), WorkerPool(shout, "", 2) as pool:
        for outcome in pool.results([Path(f"/x/{n}") for n in range(20)]):
            outcomes.append(outcome)
    assert len(outcomes) < 20 and all(o.crashed for o in outcomes)


def test_a_file_that_takes_too_long_is_stopped_and_the_rest_go_on() -> None:
    paths = [Path("/x/a"), Path("/x/slow"), Path("/x/b"), Path("/x/c"), Path("/x/d")]
    with WorkerPool(hang_on_slow, "", 2, time_limit=1.0) as pool:
        outcomes = _by_index(list(pool.results(paths)))
    assert [o.value for o in outcomes] == ["a", None, "b", "c", "d"]
    assert outcomes[1].crashed and outcomes[1].timed_out
