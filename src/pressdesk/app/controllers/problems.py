"""The problems dock: the photo-desk checks of the selected release or the whole catalogue,
problem counts in the release list, going to a problem, one-click fixes, checking again
after a write."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget

from pressdesk.app.controllers.desk import Desk
from pressdesk.app.controllers.editor import EditorController
from pressdesk.app.controllers.photos import PhotosController
from pressdesk.app.controllers.releases import ReleaseListController
from pressdesk.app.i18n import fill
from pressdesk.app.problems_panel import ProblemsPanel
from pressdesk.core.checks.model import CheckReport, Problem
from pressdesk.services.checks.fix import fix_problem
from pressdesk.services.ops import Changes
from pressdesk.services.reads import desk as reads
from pressdesk.services.reads.desk import ReleaseView

COUNT_DELAY_MS = 300


class ProblemsController(QObject):
    def __init__(
        self,
        desk: Desk,
        releases: ReleaseListController,
        editing: EditorController,
        photos: PhotosController,
    ) -> None:
        super().__init__(desk.window)
        self.desk = desk
        self.releases = releases
        self.editing = editing
        self.photos = photos
        self.panel = ProblemsPanel(desk.window, desk.jobs)
        self.panel.check_requested.connect(self.run_checks)
        self.panel.go_to.connect(self.go_to_problem)
        self.panel.fix_requested.connect(self.fix)
        self.dock = QDockWidget(self.tr("Problems"), desk.window)
        self.dock.setObjectName("problemsDock")
        self.dock.setWidget(self.panel)
        self._focus_after_load: Problem | None = None
        self._uncounted: set[int] = set()
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._count_pending)
        releases.model.page_loaded.connect(self._count_problems)
        releases.selected.connect(self._on_selected)
        editing.view_shown.connect(self._on_view)

    def place(self) -> None:
        """Dock the panel at the bottom of the window (sized when the window first shows)."""
        self.desk.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)

    def run_checks(self, whole: bool) -> None:
        """Run the photo-desk checks for the current release or the whole catalogue."""
        rid = None if whole else self.releases.current_release_id()
        if not whole and rid is None:
            self.panel.show_report(CheckReport(()))
            return
        self.desk.jobs.run(
            reads.check,
            self.desk.catalogue,
            rid,
            on_done=self.panel.show_report,
            on_error=self.desk.on_error,
            title=self.tr("Checking credits"),
            dialog_parent=self.desk.window if whole else None,
        )

    def _on_selected(self, release_id: int | None) -> None:
        if release_id is not None and not self.panel.whole_catalogue:
            self.panel.request()

    def _count_problems(self, ids: list[int]) -> None:
        """Count problems for rows just shown, once typing or scrolling pauses (so that the
        counting never competes with the next keystroke's search)."""
        self._uncounted.update(ids)
        self._count_timer.start()

    def _count_pending(self) -> None:
        model = self.releases.model
        ids = sorted(i for i in self._uncounted if i in model)
        self._uncounted.clear()
        if ids:
            self.desk.jobs.query(
                reads.counts_of_problems,
                self.desk.catalogue,
                ids,
                on_done=model.set_problem_counts,
                priority=-10,
            )

    def go_to_problem(self, problem: Problem) -> None:
        """Select the problem's release, photo and field."""
        self._focus_after_load = problem
        if (
            problem.release_id is not None
            and problem.release_id != self.releases.current_release_id()
        ):
            self.releases.show_release(problem.release_id)
        else:
            self._apply_focus()

    def _on_view(self, _view: ReleaseView | None) -> None:
        if self._focus_after_load is not None:
            self._apply_focus()

    def _apply_focus(self) -> None:
        problem, self._focus_after_load = self._focus_after_load, None
        if problem is not None and not self.photos.focus(problem):
            self.editing.focus_field(problem.field)

    def fix(self, problem: Problem) -> None:
        """Apply a problem's one-click fix (one undoable step)."""
        label = problem.fix.label if problem.fix else problem.code
        cat = self.desk.catalogue
        self.desk.bench.undoable(
            fill(self.tr("Fix: %1"), label), lambda _ctx: fix_problem(cat, problem)
        )

    def recheck(self, change: Changes) -> None:
        """Check again what a write changed."""
        if not (change.releases or change.photos):
            return
        if not self.panel.whole_catalogue:
            self.panel.request()
            return
        self.desk.jobs.query(
            reads.recheck,
            self.desk.catalogue,
            sorted(change.releases),
            sorted(change.photos),
            on_done=lambda r: self.panel.replace_releases(*r),
        )
