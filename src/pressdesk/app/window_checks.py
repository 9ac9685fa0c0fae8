"""The main window's photo-desk check actions (a mixin of MainWindow)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLineEdit, QMainWindow

from pressdesk.app import loaders
from pressdesk.core.checks.model import CheckReport, Problem
from pressdesk.services.checks.fix import fix_problem
from pressdesk.services.ops import Changes

# (what the mixin borrows from MainWindow, for the type checker)
if TYPE_CHECKING:
    _Window = QMainWindow
else:
    _Window = object


class CheckActions(_Window):
    """Run checks, count problems per release, go to a problem, fix it, check again."""

    problems: Any
    jobs: Any
    catalogue: Any
    model: Any
    bench: Any
    slots: Any
    strip: Any
    inspector: Any
    editor: Any
    search_box: QLineEdit
    _uncounted: set[int]
    _count_timer: Any
    _focus_after_load: Problem | None

    if TYPE_CHECKING:

        def current_release_id(self) -> int | None: ...
        def select_release(self, release_id: int) -> None: ...
        def reload(self) -> None: ...
        def _on_error(self, exc: Exception, _tb: str) -> None: ...

    def run_checks(self, whole: bool) -> None:
        """Run the photo-desk checks for the current release or the whole catalogue."""
        rid = None if whole else self.current_release_id()
        if not whole and rid is None:
            self.problems.show_report(CheckReport(()))
            return
        self.jobs.run(
            loaders.check,
            self.catalogue,
            rid,
            on_done=self.problems.show_report,
            on_error=self._on_error,
            title="Checking credits",
            dialog_parent=self if whole else None,
        )

    def _count_problems(self, ids: list[int]) -> None:
        """Count problems for rows just shown, once typing or scrolling pauses (so that the
        counting never competes with the next keystroke's search)."""
        self._uncounted.update(ids)
        self._count_timer.start()

    def _count_pending(self) -> None:
        ids = sorted(i for i in self._uncounted if i in self.model)
        self._uncounted.clear()
        if ids:
            self.jobs.run(
                loaders.counts_of_problems,
                self.catalogue,
                ids,
                on_done=self.model.set_problem_counts,
                priority=-10,
            )

    def go_to_problem(self, problem: Problem) -> None:
        """Select the problem's release, photo and field."""
        self._focus_after_load = problem
        if problem.release_id is not None and problem.release_id != self.current_release_id():
            self.search_box.blockSignals(True)
            self.search_box.clear()
            self.search_box.blockSignals(False)
            self.select_release(problem.release_id)
            if self.model.row_of(problem.release_id) is None:
                self.reload()
        else:
            self._apply_focus()

    def _apply_focus(self) -> None:
        problem, self._focus_after_load = self._focus_after_load, None
        if problem is None:
            return
        for row, item in enumerate(self.slots.items):
            if (
                problem.photo_id is not None and item.photo and item.photo.id == problem.photo_id
            ) or (problem.photo_id is None and item.position == problem.position):
                self.strip.setCurrentIndex(self.slots.index(row))
                break
        editor = self.inspector.editors.get(problem.field or "")
        if editor is not None and problem.photo_id is not None:
            self.inspector.tabs.setCurrentIndex(0)
            editor.setFocus()
        elif problem.field in self.editor.lines:
            self.editor.lines[problem.field].setFocus()

    def fix(self, problem: Problem) -> None:
        """Apply a problem's one-click fix (one undoable step)."""
        label = problem.fix.label if problem.fix else problem.code
        cat = self.catalogue
        self.bench.undoable(f"Fix: {label}", lambda _ctx: fix_problem(cat, problem))

    def _recheck(self, change: Changes) -> None:
        if not (change.releases or change.photos):
            return
        if not self.problems.whole_catalogue:
            self.problems.request()
            return
        self.jobs.run(
            loaders.recheck,
            self.catalogue,
            sorted(change.releases),
            sorted(change.photos),
            on_done=lambda r: self.problems.replace_releases(*r),
        )
