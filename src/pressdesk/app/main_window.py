"""The main window: lays out the controllers' widgets (release list, release editor, photos,
problems), holds the menus, the status bar and the window state, and hands every write's
declared changes to the controllers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QSplitter, QStackedWidget

from pressdesk.app.controllers.captioning import CaptioningController
from pressdesk.app.controllers.desk import Desk
from pressdesk.app.controllers.editor import EditorController
from pressdesk.app.controllers.files import FilesController
from pressdesk.app.controllers.photos import PhotosController
from pressdesk.app.controllers.problems import ProblemsController
from pressdesk.app.controllers.releases import ReleaseListController
from pressdesk.app.i18n import QT_TRANSLATE_NOOP, plural
from pressdesk.app.jobs import JobRunner
from pressdesk.app.preferences import PreferencesDialog
from pressdesk.app.settings import Settings
from pressdesk.app.thumbnails import ThumbnailCache
from pressdesk.app.workbench import Workbench
from pressdesk.catalogue import Catalogue
from pressdesk.services.ops import Changes
from pressdesk.services.reads import desk as reads
from pressdesk.services.reads.desk import Counts, ReleaseView

DOCK_SHARE = 0.3  # of the window's height, for the problems and photo browser docks
DOCK_MIN_HEIGHT = 220
DOCK_OLD_HEIGHT = 160  # a saved dock below this has the old default size (150 px): enlarged

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "MainWindow",
    "<h3>No releases in this catalogue yet</h3>"
    "<p>Start with the text of a press release:</p>"
    "<p><b>File ▸ Import release text…</b> (Ctrl+I) to paste it,<br>"
    "<b>File ▸ Import release files…</b> to open .txt or .html files,<br>"
    "or drop release files onto this window.</p>"
    "<p>Each release becomes a record with its headline, date, place, photo captions and "
    "credits, and the people who took part. Then drop its photos on the photo strip.</p>",
)


class MainWindow(QMainWindow):
    """The archivist's workbench over one catalogue."""

    ready = Signal()  # the first page of releases (and the selected release) is shown

    def __init__(
        self, catalogue: Catalogue, settings: Settings | None = None, *, remember: bool = True
    ) -> None:
        """``remember=False`` neither restores nor saves window state (screenshots)."""
        super().__init__()
        self.catalogue = catalogue
        self.settings = settings or Settings()
        self._remember = remember
        self._is_ready = False
        self._counts_asked = 0  # counts queries started; only the latest answer is shown
        self._docks_sized = False
        self.jobs = JobRunner(self)
        self.bench = Workbench(catalogue, self.jobs, self)
        thumbs = ThumbnailCache(self.jobs, catalogue.library, self)
        self.desk = Desk(catalogue, self.jobs, self.bench, thumbs, self)
        self.releases = ReleaseListController(self.desk)
        self.editing = EditorController(self.desk, self.releases)
        self.photos = PhotosController(self.desk, self.releases, self.editing)
        self.problems = ProblemsController(self.desk, self.releases, self.editing, self.photos)
        self.files = FilesController(self.desk, self.releases, self.photos)
        self.captioning = CaptioningController(self.desk, self.releases, self.editing, self.photos)
        self.bench.changed.connect(self._on_changed)
        self.bench.failed.connect(self._write_failed)
        self.releases.listed.connect(self._on_listed)
        self.editing.view_shown.connect(self._on_view)
        self.setWindowTitle(f"pressdesk — {catalogue.location}")
        self.resize(1440, 900)
        self.setAcceptDrops(True)
        self._build_layout()
        self._build_menus()
        if remember:
            self._restore_state()
        self.releases.reload()
        self.ready.connect(lambda: self.refresh_lookups())  # counts, completions after the list
        self.ready.connect(self._enlarge_small_docks)

    # -- building ---------------------------------------------------------------------------
    def _build_layout(self) -> None:
        center = QSplitter(Qt.Orientation.Vertical, self)
        center.setObjectName("centerSplitter")
        center.addWidget(self.editing.editor)
        center.addWidget(self.photos.strip)
        center.addWidget(self.editing.people)
        center.setStretchFactor(0, 3)
        center.setSizes([430, 250, 170])
        self.center_splitter = center
        self.empty = QLabel(self.tr(EMPTY_TEXT), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.middle = QStackedWidget(self)
        self.middle.addWidget(self.empty)
        self.middle.addWidget(center)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        panes = ((self.releases.panel, 220), (self.middle, 320), (self.photos.inspector, 220))
        for pane, width in panes:
            self.splitter.addWidget(pane)
            pane.setMinimumWidth(width)  # small: the window fits a small screen
        self.splitter.setSizes([430, 640, 370])
        self.setCentralWidget(self.splitter)
        self.problems.place()
        self.captioning.place(self.problems.dock)
        self.location_label = QLabel(self.catalogue.location, self)
        self.counts_label = QLabel("", self)
        self.statusBar().addWidget(self.location_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)

    def _action(
        self, menu: QMenu, text: str, slot: Callable[[], Any], shortcut: Any = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        files = self.files
        m = self.menuBar().addMenu(self.tr("&File"))
        self._action(m, self.tr("&Import release text…"), files.open_import_dialog, "Ctrl+I")
        self._action(
            m, self.tr("Import release &files…"), files.choose_release_files, "Ctrl+Shift+I"
        )
        self._action(m, self.tr("&Add photos to release…"), files.choose_photos, "Ctrl+Shift+P")
        m.addSeparator()
        self._action(m, self.tr("&Export review bundle…"), files.open_export_dialog, "Ctrl+E")
        self._action(m, self.tr("Import review &bundle…"), files.import_bundle)
        m.addSeparator()
        self._action(m, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        m = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.bench.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.bench.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        m.addAction(undo)
        m.addAction(redo)
        m.addSeparator()
        prefs = self._action(m, self.tr("Pre&ferences…"), self.open_preferences)
        prefs.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.undo_action, self.redo_action = undo, redo
        m = self.menuBar().addMenu(self.tr("&Tools"))
        self._action(m, self.tr("&People…"), files.open_people_manager, "Ctrl+Shift+E")
        self._action(m, self.tr("&Check credits"), self.problems.panel.request, "F7")
        m.addAction(self.problems.dock.toggleViewAction())
        tools = m
        m = self.menuBar().addMenu(self.tr("&View"))
        self._action(
            m, self.tr("&Find…"), self.releases.focus_search, QKeySequence.StandardKey.Find
        )
        self._action(m, self.tr("&Refresh"), self.releases.reload, QKeySequence.StandardKey.Refresh)
        self.captioning.add_actions(tools, m)
        m = self.menuBar().addMenu(self.tr("&Help"))
        self._action(m, self.tr("&About pressdesk"), self._about)

    def _restore_state(self) -> None:
        if geometry := self.settings.window_geometry:
            self.restoreGeometry(geometry)
        if state := self.settings.window_state:
            self._docks_sized = self.restoreState(state)
        for name, splitter in (("main", self.splitter), ("center", self.center_splitter)):
            if saved := self.settings.splitter_state(name):
                splitter.restoreState(saved)

    # -- what the window shows -----------------------------------------------------------------
    @property
    def view(self) -> ReleaseView | None:
        """The release shown in the editor."""
        return self.editing.view

    def _on_listed(self, empty: bool) -> None:
        self.middle.setCurrentWidget(self.empty if empty else self.center_splitter)
        if self.releases.current_release_id() is None:
            self._emit_ready()

    def _on_view(self, view: ReleaseView | None) -> None:
        if view is not None:
            self._emit_ready()

    def _emit_ready(self) -> None:
        if not self._is_ready:
            self._is_ready = True
            self.ready.emit()

    def refresh_lookups(self, change: Changes | None = None) -> None:
        """Counts, issuers, people names and presets, in the background; after a write only
        what it can have changed (a photo batch during an ingest needs only the counts)."""
        cat, jobs = self.catalogue, self.jobs
        self._counts_asked += 1
        asked = self._counts_asked
        jobs.query(
            reads.counts,
            cat,
            on_done=lambda c: self._on_counts(c, asked),
            on_error=self.desk.on_error,
        )
        if change is None or change.releases:
            jobs.query(reads.issuers, cat, on_done=self.releases.set_issuers)
        if change is None or change.people or change.photos or change.releases:
            jobs.query(reads.people_names, cat, on_done=self._on_people_names)
        if change is None or change.photos:
            jobs.query(reads.keyword_names, cat, on_done=self.photos.inspector.set_keyword_names)
        if change is None or change.house:
            jobs.query(reads.preset_names, cat, on_done=self.photos.inspector.set_presets)
            jobs.query(
                reads.photographer_names,
                cat,
                on_done=self.photos.inspector.set_photographer_names,
            )

    def _on_counts(self, counts: Counts, asked: int | None = None) -> None:
        """Show the counts, unless a later query was started: the readers run in parallel,
        so an ingest's early batch can answer after its last (the counts went stale)."""
        if asked is not None and asked != self._counts_asked:
            return
        self.counts_label.setText(
            " · ".join(
                (
                    plural(self.tr("%n release(s)", "", counts.releases), counts.releases),
                    plural(self.tr("%n photo(s)", "", counts.photos), counts.photos),
                    plural(self.tr("%n person(s)", "", counts.people), counts.people),
                )
            )
        )

    def _on_people_names(self, names: list[str]) -> None:
        self.editing.people.set_people_names(names)
        self.photos.inspector.set_people_names(names)

    def _on_changed(self, change: Changes) -> None:
        """The one place views refresh after a write: each hears what the write declared."""
        self.releases.refresh(change)
        self.editing.refresh(change)
        self.refresh_lookups(change)
        self.problems.recheck(change)

    def _write_failed(self, message: str) -> None:
        """A write was refused: say why and show the record as it is now."""
        self.desk.show_error(message)
        self.editing.reload_shown()

    def open_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- window events -------------------------------------------------------------------------
    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About pressdesk"),
            self.tr(
                "<b>pressdesk</b><br>Catalogue press releases with their photos, "
                "captions, credits and people.<br><br>Catalogue: %1"
            ).replace("%1", self.catalogue.location),
        )

    def showEvent(self, event: QShowEvent) -> None:
        """At the first show, give the bottom docks 30% of the window (the problems list
        then shows over ten rows at 1000 px, not two), unless a saved layout sized them; a
        saved layout from before, with the old 150 px dock, is enlarged too."""
        super().showEvent(event)
        if not self._docks_sized:
            self._docks_sized = True
            self._size_docks()
        elif self._is_ready:  # restored: look once the layout is applied (else at ready)
            QTimer.singleShot(0, self._enlarge_small_docks)

    def _size_docks(self) -> None:
        height = max(DOCK_MIN_HEIGHT, int(self.height() * DOCK_SHARE))
        self.resizeDocks([self.problems.dock], [height], Qt.Orientation.Vertical)

    def _enlarge_small_docks(self) -> None:
        dock = self.problems.dock
        if dock.isVisible() and not dock.isFloating() and dock.height() < DOCK_OLD_HEIGHT:
            self._size_docks()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        self.files.drop([Path(u.toLocalFile()) for u in urls if u.isLocalFile()])
        event.acceptProposedAction()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.editing.editor.commit_pending()
        self.photos.inspector.commit_pending()
        if self._remember:
            self.settings.window_geometry = self.saveGeometry()
            self.settings.window_state = self.saveState()
            self.settings.set_splitter_state("main", self.splitter.saveState())
            self.settings.set_splitter_state("center", self.center_splitter.saveState())
            self.settings.sync()
        self.jobs.shutdown()
        super().closeEvent(event)
