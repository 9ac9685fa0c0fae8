"""The problems panel: photo-desk checks for the current release or the whole catalogue.

Problems are grouped by rule in a tree whose children are fetched a chunk at a time, so a
catalogue-wide check with many thousands of problems stays light. Double-clicking a problem
goes to its release, photo and field; Fix applies its one-click fix. After an edit only the
releases that changed are checked again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from pressdesk.core.checks.model import CheckReport, Problem
from pressdesk.core.wording import count

CHUNK = 500
Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Problem", "Release", "Photo")


Groups = list[tuple[str, list[Problem]]]


def group_problems(problems: Iterable[Problem], text: str = "", severity: int = 0) -> Groups:
    """Filter problems (text in the message or code; 0 all, 1 errors, 2 warnings) and group
    them by rule, errors first. Plain Python, run in the background for large reports."""
    text = text.strip().casefold()
    by_code: dict[str, list[Problem]] = defaultdict(list)
    for p in problems:
        if severity and (severity == 1) != (p.severity == "error"):
            continue
        if text and text not in p.message.casefold() and text not in p.code:
            continue
        by_code[p.code].append(p)
    return sorted(by_code.items(), key=lambda kv: (kv[1][0].severity != "error", kv[0]))


def merge_recheck(
    current: list[Problem], release_ids: set[int], reports: list[CheckReport]
) -> list[Problem]:
    """The problem list after some releases were checked again."""
    kept = [p for p in current if p.release_id not in release_ids]
    fresh = [p for r in reports for p in r.problems]
    return sorted(kept + fresh, key=Problem.sort_key)


class ProblemTreeModel(QAbstractItemModel):
    """Rules (with counts) at the top, their problems below."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.groups: list[tuple[str, list[Problem]]] = []
        self._loaded: list[int] = []

    def set_problems(self, problems: Iterable[Problem]) -> None:
        self.set_groups(group_problems(problems))

    def set_groups(self, groups: Groups) -> None:
        self.beginResetModel()
        self.groups = groups
        self._loaded = [min(CHUNK, len(items)) for _code, items in self.groups]
        self.endResetModel()

    def all_problems(self) -> list[Problem]:
        return [p for _code, items in self.groups for p in items]

    def problem(self, index: Index) -> Problem | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        group = self.groups[index.internalId() - 1][1]
        return group[index.row()] if index.row() < len(group) else None

    # -- Qt model interface ---------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return self._loaded[parent.row()]
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid() and parent.internalId() == 0 and parent.column() == 0:
            return self._loaded[parent.row()] < len(self.groups[parent.row()][1])
        return False

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        row = parent.row()
        total = len(self.groups[row][1])
        start = self._loaded[row]
        end = min(total, start + CHUNK)
        self.beginInsertRows(parent, start, end - 1)
        self._loaded[row] = end
        self.endInsertRows()

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return bool(self.groups)
        return (
            parent.internalId() == 0 and parent.column() == 0 and bool(self.groups[parent.row()][1])
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            code, items = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return f"{code} ({len(items):,})"
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#c0392b") if items[0].severity == "error" else QColor("#b9770e")
            return None
        p = self.problem(index)
        if p is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (p.message, p.release_id, p.photo_id)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(
                x for x in (p.message, p.suggestion, p.fix.label if p.fix else None) if x
            )
        if role == Qt.ItemDataRole.UserRole:
            return p
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section]
        return None


class ProblemsPanel(QWidget):
    """Lists problems; asks the window to run checks, fix and navigate."""

    check_requested = Signal(bool)  # whole catalogue?
    go_to = Signal(object)  # Problem
    fix_requested = Signal(object)  # Problem

    filtered = Signal()  # the tree shows the current report and filter

    def __init__(self, parent: QWidget | None = None, jobs: Any = None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self._generation = 0
        self.model = ProblemTreeModel(self)
        self._all: list[Problem] = []
        self.scope = QComboBox(self)
        self.scope.addItems(["This release", "Whole catalogue"])
        self.scope.currentIndexChanged.connect(lambda _i: self.request())
        self.severity = QComboBox(self)
        self.severity.addItems(["Errors and warnings", "Errors only", "Warnings only"])
        self.severity.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText("Filter problems…")
        self.filter.textChanged.connect(lambda _t: self._apply_filter())
        self.fix_button = QPushButton("Fix", self)
        self.fix_button.setToolTip("Apply the suggested fix of the selected problem")
        self.fix_button.clicked.connect(self._fix)
        self.recheck = QPushButton("Check again", self)
        self.recheck.clicked.connect(self.request)
        self.summary = QLabel("", self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setMinimumHeight(48)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.doubleClicked.connect(self._activated)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        row = QHBoxLayout()
        for w in (self.scope, self.severity, self.filter, self.fix_button, self.recheck):
            row.addWidget(w, 1 if w is self.filter else 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        self._update_buttons()

    @property
    def whole_catalogue(self) -> bool:
        return self.scope.currentIndex() == 1

    def request(self) -> None:
        self.summary.setText("Checking…")
        self.check_requested.emit(self.whole_catalogue)

    def show_report(self, report: CheckReport) -> None:
        self._all = list(report.problems)
        self._apply_filter()
        where = "the catalogue" if report.release_id is None else f"release {report.release_id}"
        self.summary.setText(
            f"{count(len(report.errors), 'error')}, {count(len(report.warnings), 'warning')} "
            f"in {where} ({count(report.photos, 'photo')} checked in {report.seconds:.2f} s)"
        )

    def replace_releases(self, release_ids: set[int], reports: list[CheckReport]) -> None:
        """After an edit: swap in the fresh problems of the releases checked again."""
        if self.jobs is None:
            self._set_all(merge_recheck(self._all, release_ids, reports))
            return
        self.jobs.run(
            lambda current, ids, fresh, *, ctx: merge_recheck(current, ids, fresh),
            self._all,
            release_ids,
            reports,
            on_done=self._set_all,
        )

    def _set_all(self, problems: list[Problem]) -> None:
        self._all = problems
        self._apply_filter()

    def _apply_filter(self) -> None:
        """Filter and group in the background: a catalogue-wide report can hold a problem
        for most photos."""
        self._generation += 1
        generation = self._generation
        args = (self._all, self.filter.text(), self.severity.currentIndex())
        if self.jobs is None:
            self._show_groups(generation, group_problems(*args))
            return
        self.jobs.run(
            lambda problems, text, sev, *, ctx: group_problems(problems, text, sev),
            *args,
            on_done=lambda groups: self._show_groups(generation, groups),
        )

    def _show_groups(self, generation: int, groups: Groups) -> None:
        if generation != self._generation:
            return  # a newer filter is on its way
        self.model.set_groups(groups)
        if self.model.rowCount() <= 6:
            self.tree.expandAll()
        self._update_buttons()
        self.filtered.emit()

    def current_problem(self) -> Problem | None:
        return self.model.problem(self.tree.currentIndex())

    def _update_buttons(self) -> None:
        p = self.current_problem()
        self.fix_button.setEnabled(p is not None and p.fix is not None)
        self.fix_button.setText(p.fix.label if p is not None and p.fix else "Fix")

    def _activated(self, index: QModelIndex) -> None:
        p = self.model.problem(index)
        if p is not None:
            self.go_to.emit(p)

    def _fix(self) -> None:
        p = self.current_problem()
        if p is not None and p.fix is not None:
            self.fix_requested.emit(p)
