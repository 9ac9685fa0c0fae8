"""The release list model: the ordered ids of a query, rows fetched a page at a time.

The model never runs a query itself: the window runs the id query in a background job (with
the sort and filters in SQL) and hands the ids over with ``set_ids``. Row contents are
asked for lazily, one page of ``PAGE`` rows at a time, when the view first shows them: the
model hands the page to its ``request_page`` (which reads it off the GUI thread) and shows a
placeholder row until ``page_arrived`` brings the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication

from pressdesk.app.i18n import QT_TRANSLATE_NOOP
from pressdesk.services.reads.records import ReleaseSummary

PAGE = 100
COLUMNS = (
    QT_TRANSLATE_NOOP("ReleaseTableModel", "Headline"),
    QT_TRANSLATE_NOOP("ReleaseTableModel", "Date"),
    QT_TRANSLATE_NOOP("ReleaseTableModel", "Issuer"),
    QT_TRANSLATE_NOOP("ReleaseTableModel", "Photos"),
    QT_TRANSLATE_NOOP("ReleaseTableModel", "Problems"),
)
SORT_KEYS = ("headline", "date", "issuer", None, None)

PLACEHOLDER = QT_TRANSLATE_NOOP("ReleaseTableModel", "Loading…")
PageRequest = Callable[[list[int], Callable[[list[ReleaseSummary]], None]], None]
"""``request_page(ids, deliver)``: read these rows somewhere else and call ``deliver``."""
Index = QModelIndex | QPersistentModelIndex


class ReleaseTableModel(QAbstractTableModel):
    """Rows of the release list for a ``QTableView``."""

    sort_requested = Signal(str, bool)  # sort key, descending
    page_loaded = Signal(list)  # ids whose rows were just read (problem counts come later)

    def __init__(self, request_page: PageRequest, parent: Any = None) -> None:
        super().__init__(parent)
        self._request_page = request_page
        self._ids: list[int] = []
        self._rows: dict[int, ReleaseSummary] = {}
        self._asked: set[int] = set()  # ids whose page is on its way
        self._epoch = 0  # moves on whenever cached rows are dropped: late pages are stale
        self._problems: dict[int, int] = {}
        self._positions: dict[int, int] = {}

    # -- contents ---------------------------------------------------------------------------
    def set_ids(self, ids: Sequence[int]) -> None:
        """Show these releases, in this order (rows are fetched later, on demand)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._positions = {rid: n for n, rid in enumerate(self._ids)}
        self._rows.clear()
        self._asked.clear()
        self._epoch += 1
        self.endResetModel()

    def refresh(self, release_ids: Sequence[int]) -> None:
        """Forget cached rows of changed releases so that they are read again."""
        changed = [i for i in release_ids if i in self._rows or i in self._asked]
        if changed:
            self._epoch += 1  # (a page read before the change must not come back)
            self._asked.clear()
        for rid in changed:
            self._rows.pop(rid, None)
            self._problems.pop(rid, None)
        for rid in changed:
            row = self._positions.get(rid)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def set_problem_counts(self, counts: dict[int, int]) -> None:
        """Fill the problem column for these releases."""
        self._problems.update(counts)
        rows = sorted(self._positions[r] for r in counts if r in self._positions)
        if rows:
            col = COLUMNS.index("Problems")
            self.dataChanged.emit(self.index(rows[0], col), self.index(rows[-1], col))

    def release_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, release_id: int) -> int | None:
        return self._positions.get(release_id)

    def __contains__(self, release_id: int) -> bool:
        return release_id in self._positions

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def summary(self, row: int) -> ReleaseSummary | None:
        """The row's release, or None while its page is being read (asked for here)."""
        rid = self.release_id(row)
        if rid is None:
            return None
        if rid not in self._rows and rid not in self._asked:
            start = (row // PAGE) * PAGE
            page = [i for i in self._ids[start : start + PAGE] if i not in self._rows]
            self._asked.update(page)
            epoch = self._epoch
            self._request_page(page, lambda rows: self._arrived(epoch, page, rows))
        return self._rows.get(rid)

    def _arrived(self, epoch: int, page: list[int], rows: list[ReleaseSummary]) -> None:
        """A page read in the background: show it (unless rows were dropped meanwhile)."""
        if epoch != self._epoch:
            return  # stale: the rows are asked for again when next shown
        self._asked.difference_update(page)
        self._rows.update((rec.id, rec) for rec in rows)
        shown = sorted(self._positions[i] for i in page if i in self._positions)
        if shown:
            last = len(COLUMNS) - 1
            self.dataChanged.emit(self.index(shown[0], 0), self.index(shown[-1], last))
        self.page_loaded.emit(page)

    def loaded(self, row: int) -> bool:
        """Whether the row's contents are here (not a placeholder)."""
        rid = self.release_id(row)
        return rid is not None and rid in self._rows

    # -- Qt model interface ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:  # placeholders in the muted text colour
            rid = self._ids[index.row()]
            loading = rid not in self._rows
            return QGuiApplication.palette().placeholderText() if loading else None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return None
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (3, 4):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        rec = self.summary(index.row())
        if rec is None:  # (its page is on its way)
            return (
                self.tr(PLACEHOLDER) if col == 0 and role == Qt.ItemDataRole.DisplayRole else None
            )
        if col == 0:
            return rec.headline or self.tr("(no headline)")
        if col == 1:
            return rec.event_date.isoformat() if rec.event_date else ""
        if col == 2:
            return rec.issuer or ""
        if col == 3:
            return rec.photo_count if role == Qt.ItemDataRole.DisplayRole else None
        if col == 4:
            count = self._problems.get(rec.id)
            if role == Qt.ItemDataRole.ToolTipRole:
                return "problems found by the photo-desk checks" if count else None
            return "…" if count is None else count
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return self.tr(COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask for the list sorted in SQL; the window re-runs the id query."""
        if 0 <= column < len(SORT_KEYS) and SORT_KEYS[column]:
            key = SORT_KEYS[column]
            assert key is not None
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)
