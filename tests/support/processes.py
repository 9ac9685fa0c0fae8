"""Driving a real pressdesk process to a chosen point and killing it there, in step with it.

The command runs with ``--progress``: it writes ``DONE/TOTAL NAME`` to stderr after each unit
of work. The test reads those lines from the pipe; at a line it chooses, it freezes the
process (SIGSTOP), looks at what the process has done so far, and kills it (SIGKILL) or lets
it go on. No sleeps and no polling: the process's own report is the clock.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from collections.abc import Callable, Sequence

Ready = Callable[[int, int], bool]


def start(
    args: Sequence[str], env: dict[str, str] | None = None, prelude: str = ""
) -> subprocess.Popen[str]:
    """``python -m pressdesk --progress ARGS…`` with stderr on a pipe; ``prelude``: Python run
    in the process before the command (to set a module's constant, say)."""
    argv = ["-m", "pressdesk"]
    if prelude:
        argv = ["-c", f"{prelude}\nfrom pressdesk.cli.main import run\nraise SystemExit(run())"]
    return subprocess.Popen(
        [sys.executable, *argv, "--progress", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def stop_at(
    proc: subprocess.Popen[str], ready: Ready, check: Callable[[], bool] = lambda: True
) -> None:
    """Freeze ``proc`` (SIGSTOP) at the first progress line where ``ready(done, total)``
    holds and, with the process frozen there, ``check()`` agrees; the caller kills it or
    lets it go on (SIGCONT). Fails if the process ends first."""
    assert proc.stderr is not None
    for line in proc.stderr:
        head = line.split(" ", 1)[0]
        if "/" not in head:
            continue
        done, total = (int(n) for n in head.split("/"))
        if not ready(done, total):
            continue
        proc.send_signal(signal.SIGSTOP)
        if check():
            return
        proc.send_signal(signal.SIGCONT)
    raise AssertionError(f"the command ended before the point it was awaited at: {proc.wait()}")


def kill_at(
    proc: subprocess.Popen[str], ready: Ready, check: Callable[[], bool] = lambda: True
) -> None:
    """Kill ``proc`` at the first progress line where ``ready(done, total)`` holds and, with
    the process frozen there, ``check()`` agrees. Fails if the process ends first."""
    try:
        stop_at(proc, ready, check)
        proc.kill()
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def wait_for_line(proc: subprocess.Popen[str], words: str) -> str:
    """Read ``proc``'s stderr until a line holding ``words``; fails if it ends first."""
    assert proc.stderr is not None
    for line in proc.stderr:
        if words in line:
            return line
    raise AssertionError(f"the command ended without saying {words!r}: {proc.wait()}")


def wait_for_exit(pids: set[int], timeout: float = 60) -> set[int]:
    """Wait until every process of ``pids`` has ended (pidfd: no polling); the ones left."""
    fds = {}
    for pid in pids:
        try:
            fds[os.pidfd_open(pid)] = pid
        except ProcessLookupError:
            continue  # already gone
    try:
        waiting = set(fds)
        while waiting:
            ready, _, _ = select.select(list(waiting), [], [], timeout)
            if not ready:
                break
            waiting -= set(ready)
        return {fds[fd] for fd in waiting}
    finally:
        for fd in fds:
            os.close(fd)


_AT_THE_SIGNAL = (
    "import sys; from pressdesk.cli.main import main; "
    "print('ready', file=sys.stderr, flush=True); "
    "sys.stdin.readline(); sys.exit(main(sys.argv[1:]))"
)


def start_together(
    commands: Sequence[Sequence[str]], env: dict[str, str] | None = None
) -> list[subprocess.Popen[str]]:
    """Start one pressdesk process per command, wait until each has imported everything it
    needs (it says so on stderr), then let all of them go at once (each waits for a line on
    its stdin): their first steps overlap instead of being spread over the seconds that
    Python takes to start."""
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _AT_THE_SIGNAL, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for args in commands
    ]
    for proc in procs:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        assert line == "ready\n", f"the process did not start: {line!r}{proc.stderr.read()}"
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    return procs
