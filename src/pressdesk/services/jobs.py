"""The job context: progress and cancel for a long use case, the same for the command line
and the app (no Qt here; the app's job helper wraps it in signals).

A use case reports ``ctx.progress(done, total, name)`` after each unit of work, calls
``ctx.check()`` between units (raising :class:`Cancelled` once someone called
``ctx.cancel()``), and may announce work already committed with ``ctx.committed(changes)``
(an ingest's batches) so a viewer can show it before the whole job ends.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from pressdesk.services.ops import Changes

ProgressFn = Callable[[int, int, str], None]
"""Reports (done, total, current item)."""


class Cancelled(Exception):
    """Raised inside a use case whose job was cancelled; what was committed stays."""


class JobContext:
    """Progress, cancel and partial results of one job; thread-safe to cancel."""

    def __init__(
        self,
        on_progress: ProgressFn | None = None,
        on_committed: Callable[[Changes], None] | None = None,
    ) -> None:
        self._on_progress = on_progress
        self._on_committed = on_committed
        self._cancelled = threading.Event()

    def progress(self, done: int, total: int, name: str = "") -> None:
        if self._on_progress is not None:
            self._on_progress(done, total, name)

    @property
    def watched(self) -> bool:
        """Whether anyone hears of work committed before the job ends (a viewer listing an
        ingest's photos as they come); a job may then commit less often."""
        return self._on_committed is not None

    def committed(self, changes: Changes) -> None:
        """Work committed before the job ends (e.g. a batch of an ingest)."""
        if self._on_committed is not None and changes:
            self._on_committed(changes)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the job should stop."""
        if self._cancelled.is_set():
            raise Cancelled()


def quiet() -> JobContext:
    """A context that reports nowhere and is never cancelled (a use case's default)."""
    return JobContext()
