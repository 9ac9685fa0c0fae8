"""The one background-job helper: work on a QThreadPool, results back on the GUI thread.

A job is a plain function ``fn(*args, ctx=JobContext)``: the services' Qt-free job context
(:mod:`pressdesk.services.jobs`), the same the command line gives them. Its result, error,
throttled progress and the work it announces as committed are delivered as signals to
callbacks that run on the GUI thread.
Jobs marked ``write=True`` run one at a time on a dedicated single-thread pool, so the
catalogue has a single writer. Anything that runs longer than half a second gets a progress
dialog with a Cancel button, which sets the job's cancel token.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from pressdesk.app.i18n import translate
from pressdesk.services.jobs import Cancelled, JobContext, ProgressFn
from pressdesk.services.ops import Changes

T = TypeVar("T")
PROGRESS_INTERVAL = 0.1  # seconds between progress signals
DIALOG_DELAY_MS = 500


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()
    progress = Signal(int, int, str)
    committed = Signal(object)  # Changes


class Job(QRunnable):
    """One unit of background work and the signals that report on it."""

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], title: str) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.args = args
        self.title = title
        self.signals = _Signals()
        self.ctx = JobContext(self._progress, self.signals.committed.emit)
        self._last_progress = 0.0
        self.dialog: QProgressDialog | None = None

    def _progress(self, done: int, total: int, text: str) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_progress >= PROGRESS_INTERVAL:
            self._last_progress = now
            self.signals.progress.emit(done, total, text)

    def run(self) -> None:
        try:
            result = self.fn(*self.args, ctx=self.ctx)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)


class JobRunner(QObject):
    """Starts jobs and keeps them alive until they report back."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.readers, self.writer = self._pools()
        self._running: set[Job] = set()
        self._shut_down = False

    def _pools(self) -> tuple[QThreadPool, QThreadPool]:
        """The readers' pool (as many threads as cores, at least two) and the writer's (one
        thread: the catalogue has a single writer)."""
        readers = QThreadPool(self)
        readers.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        writer = QThreadPool(self)
        writer.setMaxThreadCount(1)
        return readers, writer

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception, str], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        on_progress: ProgressFn | None = None,
        on_committed: Callable[[Changes], None] | None = None,
        write: bool = False,
        title: str = "",
        dialog_parent: QWidget | None = None,
        priority: int = 0,
    ) -> Job:
        """Run ``fn(*args, ctx=…)`` in the background.

        Callbacks run on the GUI thread. With ``dialog_parent`` a progress dialog with Cancel
        appears if the job is still running after half a second. Queued jobs with a higher
        ``priority`` start first (what the user is looking at before background counts).
        """
        job = Job(fn, args, title)
        if dialog_parent is not None:
            job.dialog = self._make_dialog(job, dialog_parent)

        def finish() -> bool:
            """Forget the job; False once the runner is shut down (drop late results)."""
            if self._shut_down:
                return False
            self._running.discard(job)
            if job.dialog is not None:
                job.dialog.reset()
                job.dialog.deleteLater()
                job.dialog = None
            if not self._running:
                self.busy_changed.emit(False)
            return True

        def done(result: Any) -> None:
            if finish() and on_done:
                on_done(result)

        def failed(exc: Exception, tb: str) -> None:
            if finish() and on_error:
                on_error(exc, tb)

        def cancelled() -> None:
            if finish() and on_cancel:
                on_cancel()

        def progressed(n: int, total: int, text: str) -> None:
            if self._shut_down:
                return
            if job.dialog is not None:
                job.dialog.setMaximum(max(total, 1))
                job.dialog.setValue(min(n, max(total, 1) - 1) if n < total else n)
                if text:
                    job.dialog.setLabelText(f"{job.title}\n{text}" if job.title else text)
            if on_progress:
                on_progress(n, total, text)

        queued = Qt.ConnectionType.QueuedConnection
        job.signals.done.connect(done, queued)
        job.signals.failed.connect(failed, queued)
        job.signals.cancelled.connect(cancelled, queued)
        job.signals.progress.connect(progressed, queued)
        if on_committed is not None:
            job.signals.committed.connect(on_committed, queued)
        self._running.add(job)
        self.busy_changed.emit(True)
        (self.writer if write else self.readers).start(job, priority)
        return job

    def query(
        self,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception, str], None] | None = None,
        priority: int = 0,
    ) -> Job:
        """Run a read ``fn(*args)`` (a service function that takes no job context) on the
        readers' pool, like Anki's ``QueryOp``; ``on_done`` gets its result on the GUI
        thread."""

        def job(*job_args: Any, ctx: JobContext) -> T:
            return fn(*job_args)

        return self.run(job, *args, on_done=on_done, on_error=on_error, priority=priority)

    @staticmethod
    def _make_dialog(job: Job, parent: QWidget) -> QProgressDialog:
        dialog = QProgressDialog(
            job.title or translate("JobRunner", "Working…"),
            translate("JobRunner", "Cancel"),
            0,
            0,
            parent,
        )
        dialog.setWindowTitle(job.title or "pressdesk")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(DIALOG_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.ctx.cancel)
        return dialog

    @property
    def running(self) -> int:
        return len(self._running)

    def cancel_all(self) -> None:
        for job in list(self._running):
            job.ctx.cancel()

    def shutdown(self, msecs: int = 30_000) -> None:
        """Cancel every job, wait for the workers, and drop results still on their way."""
        self.cancel_all()
        self.wait(msecs)
        self._shut_down = True
        self._running.clear()

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for every pool to finish (used on shutdown and in tests)."""
        return self.readers.waitForDone(msecs) and self.writer.waitForDone(msecs)
