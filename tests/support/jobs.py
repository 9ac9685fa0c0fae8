"""A synchronous job runner for GUI tests (the idea of Picard's ``FakeThreadPool``).

Each job runs at once, on the thread that starts it, so a test knows the work is done when
the call returns; its callbacks still arrive through the event loop (the runner's signals
are queued), in the order the real runner would deliver them. Tests of what happens while a
job is still running (latency, cancelling) keep the real thread pools.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRunnable

from pressdesk.app.jobs import JobRunner


class InlinePool:
    """Stands in for a ``QThreadPool``: runs each job when it is started."""

    def start(self, job: QRunnable, priority: int = 0) -> None:
        job.run()

    def waitForDone(self, msecs: int = -1) -> bool:
        return True

    def maxThreadCount(self) -> int:
        return 1


def _inline_pools(_runner: JobRunner) -> tuple[Any, Any]:
    return InlinePool(), InlinePool()


def run_jobs_inline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every JobRunner created from now on (in this test) run its jobs synchronously."""
    monkeypatch.setattr(JobRunner, "_pools", _inline_pools)
