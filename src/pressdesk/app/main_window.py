"""The main window: release list, release editor, photo strip, people, photo inspector."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pressdesk.app import loaders
from pressdesk.app.bundle_dialogs import import_bundle_action
from pressdesk.app.inspector import PhotoInspector
from pressdesk.app.jobs import JobRunner
from pressdesk.app.participants import ParticipantsPanel
from pressdesk.app.photo_strip import PhotoStrip, SlotListModel
from pressdesk.app.problems_panel import ProblemsPanel
from pressdesk.app.release_editor import ReleaseEditor
from pressdesk.app.release_model import ReleaseTableModel
from pressdesk.app.settings import Settings
from pressdesk.app.thumbnails import ThumbnailCache
from pressdesk.app.window_checks import CheckActions
from pressdesk.app.window_files import FileActions
from pressdesk.app.workbench import Workbench
from pressdesk.catalogue import Catalogue
from pressdesk.core.checks.model import Problem
from pressdesk.core.wording import count
from pressdesk.services.house.presets import apply_preset
from pressdesk.services.ops import Changes
from pressdesk.services.reads.browse import ReleaseFilter
from pressdesk.services.reads.load import release_summaries
from pressdesk.services.reads.records import ReleaseSummary

SEARCH_DELAY_MS = 150
FIRST_PAGE = 200
COUNT_DELAY_MS = 300
EMPTY_TEXT = (
    "<h3>No releases in this catalogue yet</h3>"
    "<p>Start with the text of a press release:</p>"
    "<p><b>File ▸ Import release text…</b> (Ctrl+I) to paste it,<br>"
    "<b>File ▸ Import release files…</b> to open .txt or .html files,<br>"
    "or drop release files onto this window.</p>"
    "<p>Each release becomes a record with its headline, date, place, photo captions and "
    "credits, and the people who took part. Then drop its photos on the photo strip.</p>"
)


class MainWindow(FileActions, CheckActions, QMainWindow):
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
        self.jobs = JobRunner(self)
        self.bench = Workbench(catalogue, self.jobs, self)
        self.bench.changed.connect(self._on_changed)
        self.bench.failed.connect(self._write_failed)
        self.thumbs = ThumbnailCache(self.jobs, catalogue.library, self)
        self._sort = ("created", True)
        self._pending_select: int | None = None
        self._list_generation = 0
        self._list_complete = 0
        self._is_ready = False
        self.view: loaders.ReleaseView | None = None
        self.setWindowTitle(f"pressdesk — {catalogue.location}")
        self.resize(1440, 900)
        self.setAcceptDrops(True)

        self.model = ReleaseTableModel(self._fetch_rows, self)
        self.model.sort_requested.connect(self._on_sort)
        self._build_widgets()
        self._build_menus()
        if remember:
            self._restore_state()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.reload()
        self.ready.connect(lambda: self.refresh_lookups())  # counts, completions after the list

    # -- building ---------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText("Search releases…  (Ctrl+F)")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        self.issuer_box = QComboBox(self)
        self.issuer_box.addItem("All issuers", None)
        self.issuer_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.date_from = QLineEdit(self)
        self.date_to = QLineEdit(self)
        for box, hint in ((self.date_from, "from YYYY-MM-DD"), (self.date_to, "to YYYY-MM-DD")):
            box.setPlaceholderText(hint)
            box.setMaximumWidth(120)
            box.editingFinished.connect(self.reload)
        self.problems_only = QCheckBox("With problems", self)
        self.problems_only.setToolTip("Only releases the photo-desk checks find problems in")
        self.problems_only.toggled.connect(lambda _on: self.reload())
        filters = QHBoxLayout()
        filters.addWidget(self.issuer_box, 1)
        filters.addWidget(self.date_from)
        filters.addWidget(self.date_to)
        filters.addWidget(self.problems_only)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # No column is sorted at first (the list is newest first): enabling sorting would
        # otherwise sort by the indicator's column at once.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 86), (2, 140), (3, 52), (4, 64)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.search_box)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)

        self.editor = ReleaseEditor(self)
        self.editor.edit_requested.connect(
            lambda rid, _old, new: self.bench.edit_release(rid, new, self._shown_version(rid))
        )
        self.editor.invalid.connect(lambda msg: self.statusBar().showMessage(msg, 8000))
        self.slots = SlotListModel(self.thumbs, self)
        self.slots.arrange_requested.connect(self._arrange)
        self.slots.files_dropped.connect(lambda paths, _row: self.add_photos(paths))
        self.strip = PhotoStrip(self.slots, self)
        self.strip.selectionModel().selectionChanged.connect(self._on_strip_selection)
        self.people = ParticipantsPanel(self)
        self.people.edit_requested.connect(
            lambda rid, _old, new: self.bench.edit_participants(rid, new, self._shown_version(rid))
        )
        center = QSplitter(Qt.Orientation.Vertical, self)
        center.setObjectName("centerSplitter")
        center.addWidget(self.editor)
        center.addWidget(self.strip)
        center.addWidget(self.people)
        center.setStretchFactor(0, 3)
        center.setSizes([430, 250, 170])
        self.center_splitter = center
        self.empty = QLabel(EMPTY_TEXT, self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.middle = QStackedWidget(self)
        self.middle.addWidget(self.empty)
        self.middle.addWidget(center)

        self.inspector = PhotoInspector(self)
        self.inspector.edit_requested.connect(
            lambda edits, text: self.bench.edit_photos(
                [(pid, new) for pid, _old, new in edits],
                text,
                {p.id: p.version for p in self.inspector.photos},
            )
        )
        self.inspector.preset_requested.connect(self._apply_preset)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.middle)
        self.splitter.addWidget(self.inspector)
        self.splitter.setSizes([430, 640, 370])
        # Small minimums so the window fits a small screen; the panes scroll or elide.
        for pane, width in ((left, 220), (self.middle, 320), (self.inspector, 220)):
            pane.setMinimumWidth(width)
        self.setCentralWidget(self.splitter)

        self.problems = ProblemsPanel(self, self.jobs)
        self.problems.check_requested.connect(self.run_checks)
        self.problems.go_to.connect(self.go_to_problem)
        self.problems.fix_requested.connect(self.fix)
        self.problems_dock = QDockWidget("Problems", self)
        self.problems_dock.setObjectName("problemsDock")
        self.problems_dock.setWidget(self.problems)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.resizeDocks([self.problems_dock], [150], Qt.Orientation.Vertical)
        self._uncounted: set[int] = set()
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._count_pending)
        self.model.page_loaded.connect(self._count_problems)
        self._focus_after_load: Problem | None = None

        self.location_label = QLabel(self.catalogue.location, self)
        self.counts_label = QLabel("", self)
        self.statusBar().addWidget(self.location_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)

    def _action(self, menu: Any, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        m = self.menuBar().addMenu("&File")
        self._action(m, "&Import release text…", self.open_import_dialog, "Ctrl+I")
        self._action(m, "Import release &files…", self._choose_release_files, "Ctrl+Shift+I")
        self._action(m, "&Add photos to release…", self._choose_photos, "Ctrl+Shift+P")
        m.addSeparator()
        self._action(m, "&Export review bundle…", self.open_export_dialog, "Ctrl+E")
        self._action(m, "Import review &bundle…", lambda: import_bundle_action(self.bench, self))
        m.addSeparator()
        self._action(m, "&Quit", self.close, QKeySequence.StandardKey.Quit)
        m = self.menuBar().addMenu("&Edit")
        undo = self.bench.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.bench.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        m.addAction(undo)
        m.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        m = self.menuBar().addMenu("&Tools")
        self._action(m, "&People…", self.open_people_manager, "Ctrl+Shift+E")
        self._action(m, "&Check credits", lambda: self.problems.request(), "F7")
        m.addAction(self.problems_dock.toggleViewAction())
        m = self.menuBar().addMenu("&View")
        self._action(m, "&Find…", self._focus_search, QKeySequence.StandardKey.Find)
        self._action(m, "&Refresh", self.reload, QKeySequence.StandardKey.Refresh)
        m = self.menuBar().addMenu("&Help")
        self._action(m, "&About pressdesk", self._about)

    def _restore_state(self) -> None:
        if geometry := self.settings.window_geometry:
            self.restoreGeometry(geometry)
        if state := self.settings.window_state:
            self.restoreState(state)
        for name, splitter in (("main", self.splitter), ("center", self.center_splitter)):
            if saved := self.settings.splitter_state(name):
                splitter.restoreState(saved)

    # -- release list -------------------------------------------------------------------------
    def _fetch_rows(self, ids: Sequence[int]) -> list[ReleaseSummary]:
        with self.catalogue.read() as session:
            return release_summaries(session, ids)

    def current_filter(self) -> ReleaseFilter:
        try:
            start = loaders.parse_date(self.date_from.text())
            end = loaders.parse_date(self.date_to.text())
        except ValueError:
            self.statusBar().showMessage("Dates are written YYYY-MM-DD, e.g. 2012-11-08.", 8000)
            start = end = None
        return ReleaseFilter(self.issuer_box.currentData(), start, end)

    def reload(self) -> None:
        """Re-run the list query (search text, filters, sort) in the background."""
        self._list_generation += 1
        generation = self._list_generation
        args = (
            self.catalogue,
            self.search_box.text(),
            *self._sort,
            self.current_filter(),
            self.problems_only.isChecked(),
        )
        if not self.search_box.text().strip() and not self.problems_only.isChecked():
            # A quick first page, then the whole list (hundreds of thousands of ids).
            self.jobs.run(
                loaders.release_ids,
                *args,
                FIRST_PAGE,
                on_done=lambda ids: self._on_ids(generation, ids, partial=True),
                on_error=self._on_error,
            )
        self.jobs.run(
            loaders.release_ids,
            *args,
            on_done=lambda ids: self._on_ids(generation, ids),
            on_error=self._on_error,
        )

    def refresh_lookups(self, change: Changes | None = None) -> None:
        """Counts, issuers, people names and presets, in the background; after a write only
        what it can have changed (a photo batch during an ingest needs only the counts)."""
        self.jobs.run(
            loaders.counts, self.catalogue, on_done=self._on_counts, on_error=self._on_error
        )
        if change is None or change.releases:
            self.jobs.run(loaders.issuers, self.catalogue, on_done=self._on_issuers)
        if change is None or change.people or change.photos or change.releases:
            self.jobs.run(loaders.people_names, self.catalogue, on_done=self._on_people_names)
        if change is None:
            self.jobs.run(loaders.preset_names, self.catalogue, on_done=self.inspector.set_presets)

    def _on_people_names(self, names: list[str]) -> None:
        self.people.set_people_names(names)
        self.inspector.set_people_names(names)

    def _on_issuers(self, names: list[str]) -> None:
        current = self.issuer_box.currentData()
        self.issuer_box.blockSignals(True)
        self.issuer_box.clear()
        self.issuer_box.addItem("All issuers", None)
        for name in names:
            self.issuer_box.addItem(name, name)
        index = self.issuer_box.findData(current)
        self.issuer_box.setCurrentIndex(max(index, 0))
        self.issuer_box.blockSignals(False)

    def select_release(self, release_id: int) -> None:
        """Select a release by id (now, or once the list has loaded)."""
        row = self.model.row_of(release_id)
        if row is None:
            self._pending_select = release_id
            return
        self._pending_select = None
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _on_ids(self, generation: int, ids: list[int], partial: bool = False) -> None:
        if generation != self._list_generation:
            return  # a newer query is on its way
        if partial and self._list_complete == generation:
            return  # the whole list came first
        if not partial:
            self._list_complete = generation
        current = self.current_release_id()
        self.model.set_ids(ids)
        empty = (
            not ids and not self.search_box.text().strip() and self.issuer_box.currentIndex() <= 0
        )
        self.middle.setCurrentWidget(self.empty if empty else self.center_splitter)
        wanted = self._pending_select if self._pending_select is not None else current
        self._pending_select = None
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is None and ids:
            row = 0
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self._show_view(None)
        if self.current_release_id() is None:
            self._emit_ready()

    def _on_counts(self, counts: loaders.Counts) -> None:
        self.counts_label.setText(
            f"{count(counts.releases, 'release')} · {count(counts.photos, 'photo')} · "
            f"{count(counts.people, 'person')}"
        )

    def current_release_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.release_id(rows[0].row()) if rows else None

    def _on_selection(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        self.editor.commit_pending()
        self.inspector.commit_pending()
        rid = self.current_release_id()
        if rid is not None and (self.view is None or self.view.release.id != rid):
            self._load_view(rid)
            if not self.problems.whole_catalogue:
                self.problems.request()

    def _load_view(self, release_id: int) -> None:
        self.jobs.run(
            loaders.release_view,
            self.catalogue,
            release_id,
            on_done=self._show_view,
            on_error=self._on_error,
            priority=10,
        )

    def _show_view(self, view: loaders.ReleaseView | None) -> None:
        if view is not None and view.release.id != self.current_release_id():
            return
        selected = [i.photo.id for i in self.strip.selected_items() if i.photo]
        self.view = view
        self.editor.show_release(view.release if view else None)
        self.slots.set_release(view.release if view else None, view.photos if view else {})
        self.people.show_release(view.release if view else None)
        if not selected:  # show the first photo in the inspector
            selected = [next((i.photo.id for i in self.slots.items if i.photo), -1)]
        for row, item in enumerate(self.slots.items):
            if item.photo and item.photo.id in selected:
                self.strip.selectionModel().select(
                    self.slots.index(row), self.strip.selectionModel().SelectionFlag.Select
                )
        self._on_strip_selection()
        if self._focus_after_load is not None:
            self._apply_focus()
        if view is not None:
            self.jobs.run(
                loaders.suggestions, view.release.body, on_done=self.people.set_suggestions
            )
            self._emit_ready()

    def _emit_ready(self) -> None:
        if not self._is_ready:
            self._is_ready = True
            self.ready.emit()

    def _on_sort(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self.reload()

    # -- photos -------------------------------------------------------------------------------
    def _on_strip_selection(self, *_args: Any) -> None:
        photos = [i.photo for i in self.strip.selected_items() if i.photo]
        self.inspector.show_photos(photos)
        if len(photos) == 1:
            p = photos[0]
            self.thumbs.load_preview(
                p.sha256,
                p.format,
                1024,
                lambda _sha, pix, pid=p.id: self.inspector.set_preview(pid, pix),
            )
            self.jobs.run(
                loaders.exif_rows, self.catalogue, p, on_done=lambda r: self.inspector.set_exif(*r)
            )

    def _arrange(self, old: list[int | None], new: list[int | None]) -> None:
        if self.view is not None:
            rid = self.view.release.id
            self.bench.arrange(rid, new, version=self._shown_version(rid))

    def _shown_version(self, release_id: int) -> int | None:
        """The version of the release as the window shows it (None if it shows another)."""
        if self.view is not None and self.view.release.id == release_id:
            return self.view.release.version
        return None

    def _apply_preset(self, name: str, photo_ids: list[int]) -> None:
        cat = self.catalogue
        self.bench.undoable(
            f"Apply preset {name} to {count(len(photo_ids), 'photo')}",
            lambda _ctx: apply_preset(cat, name, photo_ids),
        )

    def _on_changed(self, change: Changes) -> None:
        """The one place views refresh after a write."""
        self.model.refresh(sorted(change.releases))
        view = self.view
        if view is not None:
            people = {p.person_id for p in view.release.participants}
            if (
                view.release.id in change.releases
                or set(view.photos) & change.photos
                or people & change.people
            ):
                self._load_view(view.release.id)
        if any(self.model.row_of(r) is None for r in change.releases):
            self.reload()
        self.refresh_lookups(change)
        self._recheck(change)

    def _write_failed(self, message: str) -> None:
        """A write was refused: say why and show the record as it is now."""
        self.show_error(message)
        if self.view is not None:
            self._load_view(self.view.release.id)

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, "pressdesk", message)

    def _on_error(self, exc: Exception, _tb: str) -> None:
        self.show_error(str(exc) or exc.__class__.__name__)

    # -- misc ---------------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About pressdesk",
            "<b>pressdesk</b><br>Catalogue press releases with their photos, "
            f"captions, credits and people.<br><br>Catalogue: "
            f"{self.catalogue.location}",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.editor.commit_pending()
        self.inspector.commit_pending()
        if self._remember:
            self.settings.window_geometry = self.saveGeometry()
            self.settings.window_state = self.saveState()
            self.settings.set_splitter_state("main", self.splitter.saveState())
            self.settings.set_splitter_state("center", self.center_splitter.saveState())
            self.settings.sync()
        self.jobs.shutdown()
        super().closeEvent(event)
