"""The app's use of the services: background writes, undo commands, the one change signal.

Every write runs as a job on the single writer thread; when it succeeds, ``changed`` is
emitted with what it changed (release, photo and person ids), and every view refreshes from
that one signal. Edits are ``QUndoCommand``s whose redo/undo call the same services with the
new or the old values.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from pressdesk.app.jobs import JobRunner
from pressdesk.catalogue import Catalogue
from pressdesk.services.house.writes import revert_changes
from pressdesk.services.photos.edit import PhotoEdit, update_photos
from pressdesk.services.photos.ingest import IngestResult, ingest_photos
from pressdesk.services.reads.records import Changed, PersonRecord, PhotoRecord, ReleaseRecord
from pressdesk.services.releases.edit import (
    ParticipantInput,
    arrange_slots,
    set_participants,
    update_release,
)
from pressdesk.services.releases.import_ import ImportResult, import_release_files


def changed_by(result: Any) -> Changed:
    """What a service result says it changed."""
    if isinstance(result, Changed):
        return result
    if isinstance(result, ReleaseRecord):
        return Changed(
            releases=frozenset([result.id]),
            people=frozenset(p.person_id for p in result.participants),
        )
    if isinstance(result, PersonRecord):
        return Changed(people=frozenset([result.id]))
    if isinstance(result, PhotoRecord):
        return Changed(photos=frozenset([result.id]), releases=frozenset(result.releases))
    if isinstance(result, list | tuple):
        merged = Changed()
        for item in result:
            c = changed_by(item)
            merged = Changed(
                merged.releases | c.releases, merged.photos | c.photos, merged.people | c.people
            )
        return merged
    change = getattr(result, "changed", None)  # batch results say what they changed
    if isinstance(change, Changed):
        return change
    return Changed()


def _plain(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Adapt a service call to the job signature (it takes no token or progress)."""

    def job(*args: Any, token: Any, progress: Any) -> Any:
        return fn(*args)

    return job


class Workbench(QObject):
    """Runs the app's writes and tells every view what changed."""

    changed = Signal(object)  # Changed
    failed = Signal(str)
    _batch_committed = Signal(object)  # emitted from the writer thread

    def __init__(self, catalogue: Catalogue, jobs: JobRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.catalogue = catalogue
        self.jobs = jobs
        self.undo_stack = QUndoStack(self)
        self._versions: dict[tuple[str, int], int] = {}  # versions this app last wrote
        self._batch_committed.connect(self.changed)  # photos listed while ingest goes on

    def write(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        title: str = "",
        dialog_parent: QWidget | None = None,
        with_progress: bool = False,
    ) -> None:
        """Run a service write in the background; announce what it changed."""

        def done(result: Any) -> None:
            if on_done:
                on_done(result)
            change = changed_by(result)
            if change:
                self.changed.emit(change)

        def failed(exc: Exception, _tb: str) -> None:
            self.failed.emit(str(exc) or exc.__class__.__name__)

        inner = fn if with_progress else _plain(fn)

        def job(*job_args: Any, token: Any, progress: Any) -> Any:
            result = inner(*job_args, token=token, progress=progress)
            self._remember_versions(result)  # on the writer thread, before the next write
            return result

        self.jobs.run(
            job,
            *args,
            on_done=done,
            on_error=failed,
            write=True,
            title=title,
            dialog_parent=dialog_parent,
        )

    def _remember_versions(self, result: Any) -> None:
        items = result if isinstance(result, list | tuple) else [result]
        for item in items:
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
    def edit_release(
        self,
        release_id: int,
        old: dict[str, Any],
        new: dict[str, Any],
        version: int | None = None,
    ) -> None:
        """Change release fields; ``version`` is the one the editor showed, so that a
        colleague's save in between is refused instead of overwritten."""
        cat = self.catalogue
        self._release_step(
            f"Edit {', '.join(new)}",
            release_id,
            version,
            lambda values, seen: update_release(cat, release_id, values, expected_version=seen),
            new,
            old,
        )

    def arrange(
        self,
        release_id: int,
        old: list[int | None],
        new: list[int | None],
        text: str = "Arrange photos",
        version: int | None = None,
    ) -> None:
        """Put photos into the release's slots, checked against the ``version`` shown."""
        cat = self.catalogue
        self._release_step(
            text,
            release_id,
            version,
            lambda order, seen: arrange_slots(cat, release_id, order, expected_version=seen),
            new,
            old,
        )

    def _release_step(
        self,
        text: str,
        release_id: int,
        version: int | None,
        call: Callable[[Any, int | None], ReleaseRecord],
        new: Any,
        old: Any,
    ) -> None:
        """One undoable write to a release, each run expecting the version the last one
        left (or, first, the ``version`` the user saw)."""

        def write(values: Any, expected: dict[int, int]) -> ReleaseRecord:
            seen = self.expected_version("release", release_id, expected.get(release_id))
            record = call(values, seen)
            expected[release_id] = record.version
            return record

        known = {release_id: version} if version is not None else {}
        self.undo_stack.push(_Versioned(self, text, write, new, old, known))

    def edit_photos(
        self,
        edits: list[tuple[int, dict[str, Any], dict[str, Any]]],
        text: str = "Edit photo",
        versions: dict[int, int] | None = None,
    ) -> None:
        """One undoable step over many photos: (photo id, old values, new values), checked
        against the ``versions`` the inspector showed."""
        cat = self.catalogue
        news = [(pid, new) for pid, _old, new in edits]
        olds = [(pid, old) for pid, old, _new in edits]

        def write(
            values: list[tuple[int, dict[str, Any]]], expected: dict[int, int]
        ) -> list[PhotoRecord]:
            records = update_photos(
                cat,
                [
                    replace(
                        PhotoEdit.from_values(pid, vals),
                        expected_version=self.expected_version("photo", pid, expected.get(pid)),
                    )
                    for pid, vals in values
                ],
            )
            expected.update((r.id, r.version) for r in records)
            return records

        self.undo_stack.push(_Versioned(self, text, write, news, olds, dict(versions or {})))

    def edit_participants(
        self,
        release_id: int,
        old: list[ParticipantInput],
        new: list[ParticipantInput],
        version: int | None = None,
    ) -> None:
        """Replace the release's participants, checked against the ``version`` shown."""
        cat = self.catalogue
        self._release_step(
            "Edit participants",
            release_id,
            version,
            lambda people, seen: set_participants(cat, release_id, people, expected_version=seen),
            new,
            old,
        )

    def step(self, text: str, fn: Callable[..., Any], *args: Any) -> None:
        """An undoable call of a service that returns ``AppliedChanges`` (presets, fixes)."""
        self.undo_stack.push(_Step(self, text, fn, *args))

    # -- long jobs (progress + cancel) --------------------------------------------------------
    def ingest(
        self,
        paths: list[Path],
        release_id: int | None,
        parent: QWidget,
        on_done: Callable[[IngestResult], None] | None = None,
    ) -> None:
        def job(
            cat: Catalogue, paths: list[Path], rid: int | None, *, token: Any, progress: Any
        ) -> IngestResult:
            return ingest_photos(
                cat,
                paths,
                release=rid,
                progress=progress,
                check_cancel=token.check,
                on_batch=self._batch_committed.emit,  # queued to the GUI thread
            )

        self.write(
            job,
            self.catalogue,
            paths,
            release_id,
            on_done=on_done,
            title="Adding photos",
            dialog_parent=parent,
            with_progress=True,
        )

    def import_releases(
        self,
        paths: list[Path],
        parent: QWidget,
        on_done: Callable[[ImportResult], None] | None = None,
    ) -> None:
        def job(cat: Catalogue, paths: list[Path], *, token: Any, progress: Any) -> ImportResult:
            return import_release_files(cat, paths, progress=progress, check_cancel=token.check)

        self.write(
            job,
            self.catalogue,
            paths,
            on_done=on_done,
            title="Importing releases",
            dialog_parent=parent,
            with_progress=True,
        )


class _Versioned(QUndoCommand):
    """An edit whose writes say which version of each record they expect.

    The versions are updated by the write itself, on the single writer thread, so an undo
    queued right behind its redo expects the version that redo produced. If someone else
    saved the record in between, the write is refused (ConflictError) and reported.
    """

    def __init__(
        self,
        bench: Workbench,
        text: str,
        write: Callable[[Any, dict[int, int]], Any],
        new: Any,
        old: Any,
        expected: dict[int, int],
    ) -> None:
        super().__init__(text)
        self.bench = bench
        self.write = write
        self.new = new
        self.old = old
        self.expected = expected

    def redo(self) -> None:
        self.bench.write(self.write, self.new, self.expected)

    def undo(self) -> None:
        self.bench.write(self.write, self.old, self.expected)


class _Step(QUndoCommand):
    """An undo command for services that report their changes (``AppliedChanges``): redo
    runs the service once, undo reverts what it changed, redo again reverts the revert.

    The applied changes are kept by the job itself, on the single writer thread, so an undo
    queued right behind its redo always sees them.
    """

    def __init__(self, bench: Workbench, text: str, fn: Callable[..., Any], *args: Any) -> None:
        super().__init__(text)
        self.bench = bench
        self.fn = fn
        self.args = args
        self.applied: Any = None
        self.reverted: Any = None

    def redo(self) -> None:
        cat = self.bench.catalogue

        def run() -> Any:
            if self.reverted is None:
                self.applied = self.fn(cat, *self.args)
            else:
                self.applied = revert_changes(cat, self.reverted)
            return self.applied

        self.bench.write(run)

    def undo(self) -> None:
        cat = self.bench.catalogue

        def run() -> Any:
            self.reverted = revert_changes(cat, self.applied)
            return self.reverted

        self.bench.write(run)
