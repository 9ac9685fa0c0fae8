"""The release list: search box, filters, sort, and the table whose rows are read a page at
a time off the GUI thread (placeholder rows until they come)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pressdesk.app.controllers.desk import Desk
from pressdesk.app.release_model import ReleaseTableModel
from pressdesk.services.ops import Changes
from pressdesk.services.reads import desk as reads
from pressdesk.services.reads.browse import ReleaseFilter
from pressdesk.services.reads.records import ReleaseSummary

SEARCH_DELAY_MS = 150
FIRST_PAGE = 200


def parse_date(text: str) -> dt.date | None:
    text = text.strip()
    return dt.date.fromisoformat(text) if text else None


class ReleaseListController(QObject):
    """Runs the list query in the background and keeps the selection."""

    selected = Signal(object)  # the selected release id, or None
    listed = Signal(bool)  # a list is shown; True when the catalogue has no release at all

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk.window)
        self.desk = desk
        self._sort = ("created", True)
        self._pending_select: int | None = None
        self._generation = 0
        self._complete = 0
        self.model = ReleaseTableModel(self._request_page, self)
        self.model.sort_requested.connect(self._on_sort)
        self.panel = self._build(desk.window)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)

    def _build(self, parent: QWidget) -> QWidget:
        self.search_box = QLineEdit(parent)
        self.search_box.setPlaceholderText(self.tr("Search releases…  (Ctrl+F)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        self.issuer_box = QComboBox(parent)
        self.issuer_box.addItem(self.tr("All issuers"), None)
        self.issuer_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.date_from = QLineEdit(parent)
        self.date_to = QLineEdit(parent)
        for box, hint in (
            (self.date_from, self.tr("from YYYY-MM-DD")),
            (self.date_to, self.tr("to YYYY-MM-DD")),
        ):
            box.setPlaceholderText(hint)
            box.setMaximumWidth(120)
            box.editingFinished.connect(self.reload)
        self.problems_only = QCheckBox(self.tr("With problems"), parent)
        self.problems_only.setToolTip(
            self.tr("Only releases the photo-desk checks find problems in")
        )
        self.problems_only.toggled.connect(lambda _on: self.reload())
        filters = QHBoxLayout()
        for widget, stretch in (
            (self.issuer_box, 1),
            (self.date_from, 0),
            (self.date_to, 0),
            (self.problems_only, 0),
        ):
            filters.addWidget(widget, stretch)
        self.table = self._table(parent)
        panel = QWidget(parent)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.search_box)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        return panel

    def _table(self, parent: QWidget) -> QTableView:
        table = QTableView(parent)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # No column is sorted at first (the list is newest first): enabling sorting would
        # otherwise sort by the indicator's column at once.
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The headline takes what the others leave: the counts are as wide as their header
        # (in the window's language), the issuer shows its start.
        metrics = header.fontMetrics()
        date = metrics.horizontalAdvance("2012-11-08") + 16
        for col, width in ((1, date), (2, 100), (3, 0), (4, 0)):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, max(width, metrics.horizontalAdvance(title) + 20))
        table.selectionModel().selectionChanged.connect(self._on_selection)
        return table

    # -- reading -------------------------------------------------------------------------------
    def _request_page(
        self, ids: list[int], deliver: Callable[[list[ReleaseSummary]], None]
    ) -> None:
        """A page of rows the table is about to show, read on the readers' pool."""
        cat = self.desk.catalogue
        self.desk.jobs.query(
            reads.release_rows, cat, ids, on_done=deliver, on_error=self.desk.on_error, priority=5
        )

    def current_filter(self) -> ReleaseFilter:
        try:
            start, end = parse_date(self.date_from.text()), parse_date(self.date_to.text())
        except ValueError:
            self.desk.status(self.tr("Dates are written YYYY-MM-DD, e.g. 2012-11-08."), 8000)
            start = end = None
        return ReleaseFilter(self.issuer_box.currentData(), start, end)

    def reload(self) -> None:
        """Re-run the list query (search text, filters, sort) in the background."""
        self._generation += 1
        generation = self._generation
        text = self.search_box.text()
        args = (self.desk.catalogue, text, *self._sort, self.current_filter())
        with_problems = self.problems_only.isChecked()
        if not text.strip() and not with_problems:
            # A quick first page, then the whole list (hundreds of thousands of ids).
            self.desk.jobs.query(
                reads.release_ids,
                *args,
                False,
                FIRST_PAGE,
                on_done=lambda ids: self._on_ids(generation, ids, partial=True),
                on_error=self.desk.on_error,
            )
        self.desk.jobs.query(
            reads.release_ids,
            *args,
            with_problems,
            on_done=lambda ids: self._on_ids(generation, ids),
            on_error=self.desk.on_error,
        )

    def _on_ids(self, generation: int, ids: list[int], partial: bool = False) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        if partial and self._complete == generation:
            return  # the whole list came first
        if not partial:
            self._complete = generation
        current = self.current_release_id()
        self.model.set_ids(ids)
        wanted = self._pending_select if self._pending_select is not None else current
        self._pending_select = None
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is None and ids:
            row = 0
        if row is not None:
            self._select_row(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.selected.emit(None)
        searching = bool(self.search_box.text().strip()) or self.issuer_box.currentIndex() > 0
        self.listed.emit(not ids and not searching)

    def refresh(self, change: Changes) -> None:
        """After a write: changed rows are read again; a release the list lacks re-runs it."""
        self.model.refresh(sorted(change.releases))
        if any(self.model.row_of(r) is None for r in change.releases):
            self.reload()

    def set_issuers(self, names: list[str]) -> None:
        current = self.issuer_box.currentData()
        self.issuer_box.blockSignals(True)
        self.issuer_box.clear()
        self.issuer_box.addItem(self.tr("All issuers"), None)
        for name in names:
            self.issuer_box.addItem(name, name)
        self.issuer_box.setCurrentIndex(max(self.issuer_box.findData(current), 0))
        self.issuer_box.blockSignals(False)

    # -- selection -----------------------------------------------------------------------------
    def current_release_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.release_id(rows[0].row()) if rows else None

    def _select_row(self, row: int) -> None:
        """Select a whole row. (``QTableView.selectRow`` selects nothing in a right-to-left
        layout, as in Hebrew: it picks the row's cells by their visual position.)"""
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0), flags.ClearAndSelect | flags.Rows
        )

    def select_release(self, release_id: int) -> None:
        """Select a release by id (now, or once the list has loaded)."""
        row = self.model.row_of(release_id)
        if row is None:
            self._pending_select = release_id
            return
        self._pending_select = None
        self._select_row(row)
        self.table.scrollTo(self.model.index(row, 0))

    def show_release(self, release_id: int) -> None:
        """Select a release whatever the search: the search is cleared if it hides it."""
        if self.model.row_of(release_id) is not None:
            self.select_release(release_id)
            return
        self._pending_select = release_id
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.reload()

    def _on_selection(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        self.selected.emit(self.current_release_id())

    def _on_sort(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self.reload()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()
