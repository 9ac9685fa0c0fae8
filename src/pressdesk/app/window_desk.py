"""The main window's captioning-desk actions (a mixin of MainWindow): the photo browser,
matching photos to releases, and the history of the photo or release in view."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow

from pressdesk.app import desk_jobs
from pressdesk.app.history_view import HistoryDialog
from pressdesk.app.match_review import MatchReview
from pressdesk.app.photo_browser import PhotoBrowser
from pressdesk.services.reads.records import PhotoRecord

if TYPE_CHECKING:
    _Window = QMainWindow
else:
    _Window = object


class DeskActions(_Window):
    """Photo browser dock, match review and history dialogs."""

    jobs: Any
    bench: Any
    thumbs: Any
    catalogue: Any
    inspector: Any
    problems_dock: Any
    view: Any

    if TYPE_CHECKING:

        def current_release_id(self) -> int | None: ...
        def inspect_photos(self, photos: list[PhotoRecord]) -> None: ...

    def build_desk(self, tools: Any, view_menu: Any) -> None:
        """Make the photo browser dock and add the desk's actions to the menus."""
        self.browser = PhotoBrowser(self.bench, self.jobs, self.thumbs, self)
        self.browser.photo_activated.connect(self.inspect_photo_id)
        self.browser.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.browser_dock = QDockWidget(self.tr("Photos"), self)
        self.browser_dock.setObjectName("photosDock")
        self.browser_dock.setWidget(self.browser)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.browser_dock)
        self.tabifyDockWidget(self.problems_dock, self.browser_dock)
        self.problems_dock.raise_()
        self.browser_dock.visibilityChanged.connect(self._browser_shown)
        toggle = self.browser_dock.toggleViewAction()
        toggle.setText(self.tr("&Photo browser"))
        toggle.setShortcut(QKeySequence("Ctrl+B"))
        view_menu.addAction(toggle)
        self._desk_action(tools, self.tr("&Match photos to releases…"), self.open_match, "Ctrl+M")
        self._desk_action(
            tools, self.tr("&History of the photo or release…"), self.open_history, "Ctrl+H"
        )

    def _desk_action(self, menu: Any, text: str, slot: Any, shortcut: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _browser_shown(self, visible: bool) -> None:
        if visible and not self.browser.model.ids:
            self.browser.reload()

    def show_photo_browser(self) -> None:
        self.browser_dock.show()
        self.browser_dock.raise_()
        self.browser.reload()

    def inspect_photo_id(self, photo_id: int) -> None:
        """Show any photo of the catalogue (in a release or not) in the inspector."""
        self.jobs.run(
            desk_jobs.photo_page,
            self.catalogue,
            [photo_id],
            on_done=lambda records: self.inspect_photos(records),
        )

    def open_match(self) -> MatchReview:
        dialog = MatchReview(self.bench, self.thumbs, self.current_release_id(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_history(self) -> HistoryDialog | None:
        """The history of the photo in the inspector, else of the release in view."""
        photos = list(getattr(self.inspector, "photos", []) or [])
        if len(photos) == 1:
            p = photos[0]
            dialog = HistoryDialog(self.bench, "photo", p.id, p.caption or p.original_name, self)
        elif self.view is not None:
            r = self.view.release
            dialog = HistoryDialog(self.bench, "release", r.id, r.headline or str(r.id), self)
        else:
            self.statusBar().showMessage(self.tr("Select a release or a photo first."), 6000)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
