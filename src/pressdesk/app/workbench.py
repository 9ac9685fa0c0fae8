"""The app's use of the services: operations on the writer thread, their declared changes
broadcast, undo driven by the services' undo steps.

Every write is an operation, ``op(ctx) -> result``, run as a job on the single writer thread
(like Anki's ``CollectionOp``). The result declares what it changed (``result.changes``,
:mod:`pressdesk.services.ops`); ``changed`` is emitted with exactly that, and every view
refreshes from that one signal. An undoable write records an undo step in the catalogue; the
window's Undo and Redo replay it through :mod:`pressdesk.services.undo` (the same model
``pressdesk undo`` uses), so nothing is inferred from the result's type.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from pressdesk.app.field_names import field_label
from pressdesk.app.i18n import fill
from pressdesk.app.jobs import JobRunner
from pressdesk.catalogue import Catalogue
from pressdesk.services.jobs import JobContext
from pressdesk.services.ops import Changes, OpResult
from pressdesk.services.photos.edit import PhotoEdit, update_photos
from pressdesk.services.photos.ingest import IngestResult, ingest_photos
from pressdesk.services.reads.records import PhotoRecord, ReleaseRecord
from pressdesk.services.releases.edit import (
    ParticipantInput,
    arrange_slots,
    set_participants,
    update_release,
)
from pressdesk.services.releases.import_ import ImportResult, import_release_files
from pressdesk.services.undo.apply import redo_step, undo_step


class Declared(Protocol):
    """A write's result: it declares what it changed."""

    @property
    def changes(self) -> Changes: ...


class Undoable(Declared, Protocol):
    """A write's result naming the undo step it recorded (None: nothing to undo)."""

    @property
    def undo_step(self) -> int | None: ...


R = TypeVar("R", bound=Declared)
Op = Callable[[JobContext], R]


class Workbench(QObject):
    """Runs the app's writes and tells every view what changed."""

    changed = Signal(object)  # Changes
    failed = Signal(str)

    def __init__(self, catalogue: Catalogue, jobs: JobRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.jobs = jobs
        self.undo_stack = QUndoStack(self)
        self._versions: dict[tuple[str, int], int] = {}  # versions this app last wrote

    def write(
        self,
        op: Op[R],
        *,
        on_done: Callable[[R], None] | None = None,
        title: str = "",
        dialog_parent: QWidget | None = None,
    ) -> None:
        """Run an operation on the writer thread; announce the changes it declares (and
        those it commits on the way, e.g. an ingest's batches)."""

        def done(result: R) -> None:
            if on_done:
                on_done(result)
            if result.changes:
                self.changed.emit(result.changes)

        def failed(exc: Exception, _tb: str) -> None:
            self.failed.emit(str(exc) or exc.__class__.__name__)

        def job(*, ctx: JobContext) -> R:
            result = op(ctx)
            self._remember_versions(result)  # on the writer thread, before the next write
            return result

        self.jobs.run(
            job,
            on_done=done,
            on_error=failed,
            on_committed=self.changed.emit,
            write=True,
            title=title,
            dialog_parent=dialog_parent,
        )

    def undoable(self, text: str, op: Op[Any]) -> None:
        """Run an undoable operation as one step of the window's Undo/Redo."""
        self.undo_stack.push(_Step(self, text, op))

    def _remember_versions(self, result: Any) -> None:
        value = result.value if isinstance(result, OpResult) else None
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, ReleaseRecord):
                self._versions[("release", item.id)] = item.version
            elif isinstance(item, PhotoRecord):
                self._versions[("photo", item.id)] = item.version

    def expected_version(self, kind: str, record_id: int, seen: int | None) -> int | None:
        """The version a write may find: the one the user saw, or a later one this app
        wrote itself (its own saves are no conflict). Called on the writer thread."""
        own = self._versions.get((kind, record_id))
        if seen is None:
            return None
        return max(seen, own) if own is not None else seen

    # -- edits (undoable) ---------------------------------------------------------------------
    def edit_release(self, release_id: int, new: dict[str, Any], version: int | None) -> None:
        """Change release fields; ``version`` is the one the editor showed, so that a
        colleague's save in between is refused instead of overwritten."""
        cat = self.catalogue
        self.undoable(
            fill(self.tr("Edit %1"), ", ".join(field_label(n) for n in new)),
            lambda _ctx: update_release(
                cat, release_id, new, expected_version=self._seen("release", release_id, version)
            ),
        )

    def arrange(
        self,
        release_id: int,
        new: Sequence[int | None],
        text: str = "",
        version: int | None = None,
    ) -> None:
        """Put photos into the release's slots, checked against the ``version`` shown."""
        cat = self.catalogue
        text = text or self.tr("Arrange photos")
        self.undoable(
            text,
            lambda _ctx: arrange_slots(
                cat,
                release_id,
                new,
                expected_version=self._seen("release", release_id, version),
                label=text,
            ),
        )

    def edit_participants(
        self, release_id: int, new: Sequence[ParticipantInput], version: int | None
    ) -> None:
        """Replace the release's participants, checked against the ``version`` shown."""
        cat = self.catalogue
        self.undoable(
            self.tr("Edit participants"),
            lambda _ctx: set_participants(
                cat, release_id, new, expected_version=self._seen("release", release_id, version)
            ),
        )

    def edit_photos(
        self,
        edits: Sequence[tuple[int, dict[str, Any]]],
        text: str = "",
        versions: dict[int, int] | None = None,
    ) -> None:
        """One undoable step over many photos: (photo id, new values), checked against the
        ``versions`` the inspector showed."""
        cat, seen = self.catalogue, dict(versions or {})
        text = text or self.tr("Edit photo")

        def op(_ctx: JobContext) -> OpResult[list[PhotoRecord]]:
            return update_photos(
                cat,
                [
                    replace(
                        PhotoEdit.from_values(pid, values),
                        expected_version=self._seen("photo", pid, seen.get(pid)),
                    )
                    for pid, values in edits
                ],
                label=text,
            )

        self.undoable(text, op)

    def _seen(self, kind: str, record_id: int, version: int | None) -> int | None:
        return self.expected_version(kind, record_id, version)

    # -- long jobs (progress + cancel) --------------------------------------------------------
    def ingest(
        self,
        paths: list[Path],
        release_id: int | None,
        parent: QWidget,
        on_done: Callable[[IngestResult], None] | None = None,
    ) -> None:
        cat = self.catalogue
        self.write(
            lambda ctx: ingest_photos(cat, paths, release=release_id, ctx=ctx),
            on_done=on_done,
            title=self.tr("Adding photos"),
            dialog_parent=parent,
        )

    def import_releases(
        self,
        paths: list[Path],
        parent: QWidget,
        on_done: Callable[[ImportResult], None] | None = None,
    ) -> None:
        cat = self.catalogue
        self.write(
            lambda ctx: import_release_files(cat, paths, ctx=ctx),
            on_done=on_done,
            title=self.tr("Importing releases"),
            dialog_parent=parent,
        )


class _Step(QUndoCommand):
    """One undoable change. The first redo runs the operation, which records an undo step
    in the catalogue; undo and later redos replay that step through the services, which
    refuse (ConflictError, reported) when somebody changed those fields since.

    The step id is set by the write itself, on the single writer thread, so an undo queued
    right behind its first redo always finds it.
    """

    def __init__(self, bench: Workbench, text: str, op: Op[Any]) -> None:
        super().__init__(text)
        self.bench = bench
        self.op = op
        self.step: int | None = None
        self.ran = False

    def redo(self) -> None:
        if not self.ran:
            self.ran = True
            self.bench.write(self._first)
        else:
            self.bench.write(lambda _ctx: self._replay(redo_step))

    def undo(self) -> None:
        self.bench.write(lambda _ctx: self._replay(undo_step))

    def _first(self, ctx: JobContext) -> Undoable:
        result: Undoable = self.op(ctx)
        self.step = result.undo_step
        return result

    def _replay(self, call: Callable[..., OpResult[Any]]) -> Declared:
        if self.step is None:  # (the write changed nothing, or failed)
            return OpResult(None, Changes())
        return call(self.bench.catalogue, self.step)
