"""The captioning desk's tools: the photo browser (a dock beside Problems), matching photos
to releases, and the history of the photo or release in view."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from pressdesk.app.controllers.desk import Desk
from pressdesk.app.controllers.editor import EditorController
from pressdesk.app.controllers.photos import PhotosController
from pressdesk.app.controllers.releases import ReleaseListController
from pressdesk.app.history_view import HistoryDialog
from pressdesk.app.match_review import MatchReview
from pressdesk.app.photo_browser import PhotoBrowser
from pressdesk.services.reads.photos import photo_page


class CaptioningController(QObject):
    """Photo browser dock, match review and history dialogs."""

    def __init__(
        self,
        desk: Desk,
        releases: ReleaseListController,
        editing: EditorController,
        photos: PhotosController,
    ) -> None:
        super().__init__(desk.window)
        self.desk, self.releases, self.editing, self.photos = desk, releases, editing, photos
        window = desk.window
        self.browser = PhotoBrowser(desk.bench, desk.jobs, desk.thumbs, window)
        self.browser.photo_activated.connect(self.inspect_photo_id)
        self.browser.status.connect(desk.status)
        self.dock = QDockWidget(self.tr("Photos"), window)
        self.dock.setObjectName("photosDock")
        self.dock.setWidget(self.browser)
        self.dock.visibilityChanged.connect(self._shown)
        photos.inspector.history_requested.connect(self.open_photo_history)
        editing.editor.history_requested.connect(self.open_release_history)

    def place(self, beside: QDockWidget) -> None:
        """Dock the browser as a tab beside ``beside`` (the problems panel)."""
        window = self.desk.window
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        window.tabifyDockWidget(beside, self.dock)
        beside.raise_()

    def add_actions(self, tools: QMenu, view: QMenu) -> None:
        toggle = self.dock.toggleViewAction()
        toggle.setText(self.tr("&Photo browser"))
        toggle.setShortcut(QKeySequence("Ctrl+B"))
        view.addAction(toggle)
        for text, slot, key in (
            (self.tr("&Match photos to releases…"), self.open_match, "Ctrl+M"),
            (self.tr("&History of the photo or release…"), self.open_history, "Ctrl+H"),
        ):
            action = QAction(text, self.desk.window)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
            tools.addAction(action)

    def _shown(self, visible: bool) -> None:
        if visible and not self.browser.model.ids:
            self.browser.reload()

    def show_browser(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.browser.reload()

    def inspect_photo_id(self, photo_id: int) -> None:
        """Show any photo of the catalogue (in a release or not) in the inspector; its
        next/previous keys then step through the browser's photos."""
        self.photos.stepper = self._browse_step
        self.desk.jobs.query(
            photo_page,
            self.desk.catalogue,
            [photo_id],
            on_done=self.photos.inspect,
        )

    def _browse_step(self, photo_id: int, delta: int) -> None:
        model = self.browser.model
        row = model.row_of(photo_id)
        if row is None or not 0 <= row + delta < len(model.ids):
            return
        self.browser.select_rows([row + delta])
        self.browser.grid.scrollTo(model.index(row + delta))
        self.inspect_photo_id(model.ids[row + delta])

    def open_match(self, release: int | None = -1) -> MatchReview:
        """Review proposals for the release in view (or every release with None)."""
        rid = self.releases.current_release_id() if release == -1 else release
        dialog = MatchReview(self.desk.bench, self.desk.thumbs, rid, self.desk.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_history(self) -> HistoryDialog | None:
        """The history of the photo in the inspector, else of the release in view."""
        if len(self.photos.inspector.photos) == 1:
            return self.open_photo_history()
        if self.editing.view is not None:
            return self.open_release_history()
        self.desk.status(self.tr("Select a release or a photo first."))
        return None

    def open_photo_history(self) -> HistoryDialog | None:
        """The history of the one photo in the inspector (its button, or Tools)."""
        shown = list(self.photos.inspector.photos)
        if len(shown) != 1:
            self.desk.status(self.tr("Select one photo to see its history."))
            return None
        p = shown[0]
        return self._history("photo", p.id, p.caption or p.original_name)

    def open_release_history(self) -> HistoryDialog | None:
        """The history of the release in the editor (its button, or Tools)."""
        view = self.editing.view
        if view is None:
            self.desk.status(self.tr("Select a release first."))
            return None
        r = view.release
        return self._history("release", r.id, r.headline or str(r.id))

    def _history(self, kind: str, record_id: int, title: str) -> HistoryDialog:
        dialog = HistoryDialog(self.desk.bench, kind, record_id, title, self.desk.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
