"""Timing for the search benchmark: wall-clock and CPU samples, p50/p95, runs taken in
turns, and the CPU clock of this process plus its PostgreSQL server processes."""

from __future__ import annotations

import math
import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pressdesk.catalogue import Catalogue


@dataclass
class Timing:
    """Wall-clock samples of one operation, in milliseconds."""

    samples: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # CPU ms of each run, when measured

    @property
    def p50(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        ordered = sorted(self.samples)
        return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]

    @property
    def cpu_p50(self) -> float:
        return statistics.median(self.cpu)

    @property
    def cpu_p95(self) -> float:
        ordered = sorted(self.cpu)
        return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]

    @property
    def max(self) -> float:
        return max(self.samples)


def measure(fn: Callable[[], object], repeat: int, warmup: int) -> Timing:
    """Run ``fn`` ``warmup`` times untimed, then ``repeat`` times timed."""
    for _ in range(warmup):
        fn()
    timing = Timing()
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        timing.samples.append((time.perf_counter() - start) * 1000)
    return timing


def measure_interleaved(
    fns: list[Callable[[], object]],
    repeat: int,
    warmup: int,
    cpu: Callable[[], int] | None = None,
) -> list[Timing]:
    """Like :func:`measure` for several operations, taking turns so that they share any
    background noise on the machine equally. With ``cpu`` (nanoseconds of CPU so far), each
    timing's ``cpu`` holds the CPU milliseconds of every run too."""
    for fn in fns:
        for _ in range(warmup):
            fn()
    timings = [Timing() for _ in fns]
    for _ in range(repeat):
        for fn, timing in zip(fns, timings, strict=True):
            used = cpu() if cpu else 0
            start = time.perf_counter()
            fn()
            timing.samples.append((time.perf_counter() - start) * 1000)
            if cpu:
                timing.cpu.append((cpu() - used) / 1e6)
    return timings


def _schedstat_ns(pid: int) -> int:
    """Nanoseconds process ``pid`` has run on a CPU (Linux ``/proc/PID/schedstat``)."""
    try:
        return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0


def cpu_clock(cat: Catalogue) -> Callable[[], int] | None:
    """CPU nanoseconds used so far by this process and, on PostgreSQL, by the server
    processes of its connections (read from ``/proc``: a server on this machine; the
    benchmark runs in one thread, so its sessions reuse the same pooled connection). None
    where ``/proc`` cannot tell."""
    if not Path(f"/proc/{os.getpid()}/schedstat").exists():
        return None
    pids: set[int] = set()
    if cat.dialect == "postgresql":
        for _ in range(3):
            with cat.read() as session:
                pids.add(session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar())
        if not all(Path(f"/proc/{pid}").exists() for pid in pids):
            return None  # the server runs elsewhere

    def clock() -> int:
        return time.process_time_ns() + sum(_schedstat_ns(pid) for pid in pids)

    return clock
