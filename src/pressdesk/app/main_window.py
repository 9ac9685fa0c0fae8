"""The main window: release list with search, the selected release, status bar."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QToolBar,
)
from sqlalchemy import func, select

from pressdesk.app.jobs import JobRunner
from pressdesk.app.release_model import ReleaseTableModel
from pressdesk.app.release_view import release_html
from pressdesk.app.settings import Settings
from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.models import Person, Photo, Release
from pressdesk.catalogue.search import release_ids_matching
from pressdesk.services.browse import release_id_query, show_release
from pressdesk.services.reads import release_summaries
from pressdesk.services.records import ReleaseRecord, ReleaseSummary

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 5000


@dataclass(frozen=True)
class Counts:
    releases: int
    photos: int
    people: int


def _count_job(cat: Catalogue, **_: Any) -> Counts:
    with cat.read() as s:
        return Counts(
            releases=s.scalar(select(func.count()).select_from(Release)) or 0,
            photos=s.scalar(select(func.count()).select_from(Photo)) or 0,
            people=s.scalar(select(func.count()).select_from(Person)) or 0,
        )


def _ids_job(cat: Catalogue, text: str, sort: str, descending: bool, **_: Any) -> list[int]:
    with cat.read() as s:
        if text.strip():
            return release_ids_matching(s, text, limit=SEARCH_LIMIT, prefix_last=True)
        return list(s.scalars(release_id_query(None, sort, descending)))


def _release_job(cat: Catalogue, release_id: int, **_: Any) -> ReleaseRecord:
    return show_release(cat, release_id)


EMPTY_TEXT = (
    "<h3>No releases in this catalogue yet</h3>"
    "<p>Import the text of a press release to start:</p>"
    "<pre>pressdesk release import FILE_OR_FOLDER…</pre>"
    "<p>Each release becomes a record with its headline, date, place, photo captions and "
    "credits, and the people who took part.</p>"
)


class MainWindow(QMainWindow):
    """The archivist's main window over one catalogue."""

    ready = Signal()  # the first page of releases is shown

    def __init__(
        self, catalogue: Catalogue, settings: Settings | None = None, *, remember: bool = True
    ) -> None:
        """``remember=False`` neither restores nor saves window state (screenshots)."""
        super().__init__()
        self._remember = remember
        self.catalogue = catalogue
        self.settings = settings or Settings()
        self.jobs = JobRunner(self)
        self._sort = ("created", True)
        self._pending_select: int | None = None
        self._list_generation = 0
        self._is_ready = False
        self.setWindowTitle(f"pressdesk — {catalogue.location}")
        self.resize(1280, 800)

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
        self.refresh_counts()

    # -- building ---------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText("Search releases: headline, text, captions…  (Ctrl+F)")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        toolbar = QToolBar("Search", self)
        toolbar.setObjectName("searchToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.search_box)
        self.addToolBar(toolbar)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 96), (2, 200), (3, 60)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        self.detail = QTextBrowser(self)
        self.detail.setOpenExternalLinks(False)
        self.empty = QLabel(EMPTY_TEXT, self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty.setMargin(24)
        self.right = QStackedWidget(self)
        self.right.addWidget(self.empty)
        self.right.addWidget(self.detail)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([720, 560])
        self.setCentralWidget(self.splitter)

        self.location_label = QLabel(self.catalogue.location, self)
        self.counts_label = QLabel("", self)
        self.statusBar().addWidget(self.location_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu("&View")
        find = QAction("&Find…", self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_search)
        view_menu.addAction(find)
        refresh = QAction("&Refresh", self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.reload)
        view_menu.addAction(refresh)

        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About pressdesk", self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _restore_state(self) -> None:
        if geometry := self.settings.window_geometry:
            self.restoreGeometry(geometry)
        if state := self.settings.window_state:
            self.restoreState(state)
        if splitter := self.settings.splitter_state("main"):
            self.splitter.restoreState(splitter)

    # -- data -------------------------------------------------------------------------------
    def _fetch_rows(self, ids: Sequence[int]) -> list[ReleaseSummary]:
        with self.catalogue.read() as session:
            return release_summaries(session, ids)

    def reload(self) -> None:
        """Re-run the list query (search text, sort) in the background."""
        self._list_generation += 1
        generation = self._list_generation
        sort, descending = self._sort
        self.jobs.run(
            _ids_job,
            self.catalogue,
            self.search_box.text(),
            sort,
            descending,
            on_done=lambda ids: self._on_ids(generation, ids),
            on_error=self._on_error,
        )

    def refresh_counts(self) -> None:
        self.jobs.run(_count_job, self.catalogue, on_done=self._on_counts, on_error=self._on_error)

    def select_release(self, release_id: int) -> None:
        """Select a release by id (now, or once the list has loaded)."""
        row = self.model.row_of(release_id)
        if row is None:
            self._pending_select = release_id
            return
        self._pending_select = None
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _on_ids(self, generation: int, ids: list[int]) -> None:
        if generation != self._list_generation:
            return  # a newer query is on its way
        current = self.current_release_id()
        self.model.set_ids(ids)
        self._show_empty_state(not ids and not self.search_box.text().strip())
        wanted = self._pending_select if self._pending_select is not None else current
        self._pending_select = None
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is None and ids:
            row = 0
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.detail.clear()
        if self.current_release_id() is None:
            self._emit_ready()  # nothing to show; otherwise ready follows the detail view

    def _show_empty_state(self, empty: bool) -> None:
        self.right.setCurrentWidget(self.empty if empty else self.detail)

    def _on_counts(self, counts: Counts) -> None:
        self.counts_label.setText(
            f"{counts.releases:,} releases · {counts.photos:,} photos · {counts.people:,} people"
        )

    def current_release_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.release_id(rows[0].row()) if rows else None

    def _on_selection(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        rid = self.current_release_id()
        if rid is None:
            return
        self.jobs.run(
            _release_job, self.catalogue, rid, on_done=self._show_release, on_error=self._on_error
        )

    def _show_release(self, record: ReleaseRecord) -> None:
        if record.id != self.current_release_id():
            return
        self.detail.setHtml(release_html(record))
        self.right.setCurrentWidget(self.detail)
        self._emit_ready()

    def _emit_ready(self) -> None:
        if not self._is_ready:
            self._is_ready = True
            self.ready.emit()

    def _on_sort(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self.reload()

    def _on_error(self, exc: Exception, _tb: str) -> None:
        QMessageBox.warning(self, "pressdesk", str(exc) or exc.__class__.__name__)

    # -- actions ----------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About pressdesk",
            "<b>pressdesk</b><br>Catalogue press releases with their photos, captions, "
            f"credits and people.<br><br>Catalogue: {self.catalogue.location}",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._remember:
            self.settings.window_geometry = self.saveGeometry()
            self.settings.window_state = self.saveState()
            self.settings.set_splitter_state("main", self.splitter.saveState())
            self.settings.sync()
        self.jobs.shutdown()
        super().closeEvent(event)
