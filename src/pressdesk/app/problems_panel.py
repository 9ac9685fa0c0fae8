"""The problems panel: photo-desk checks for the current release or the whole catalogue.

Problems are grouped by rule in a tree whose children are fetched a chunk at a time, so a
catalogue-wide check with many thousands of problems stays light. Double-clicking a problem
goes to its release, photo and field; Fix applies its one-click fix. After an edit only the
releases that changed are checked again.
"""

from __future__ import annotations

from collections.abc import Callable
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

from pressdesk.app import language
from pressdesk.app.i18n import QT_TRANSLATE_NOOP, fill, plural
from pressdesk.app.problem_texts import problem_text, rule_text
from pressdesk.core.checks.model import ERROR, CheckReport, Problem
from pressdesk.core.checks.pages import ProblemList, ProblemPages, Rule

CHUNK = 500
Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("ProblemTreeModel", "Problem"),
    QT_TRANSLATE_NOOP("ProblemTreeModel", "Release"),
    QT_TRANSLATE_NOOP("ProblemTreeModel", "Photo"),
)

#: Each rule with the first page of its problems.
Groups = list[tuple[Rule, list[Problem]]]


def pages_of(report: CheckReport) -> ProblemPages:
    """The report's problems as pages: its store (a whole catalogue's), else a list."""
    problems = report.problems
    return problems if hasattr(problems, "rules") else ProblemList(problems)  # type: ignore[return-value]


def group_problems(source: ProblemPages, text: str = "", severity: int = 0) -> Groups:
    """The rules with problems matching the filter (text in the message or code; 0 all, 1
    errors, 2 warnings), errors first, each with its first page. Run in the background: a
    whole catalogue's store answers from disk."""
    return [
        (rule, source.page(0, CHUNK, code=rule[0], text=text, severity=severity))
        for rule in source.rules(text=text, severity=severity)
    ]


def summary_counts(source: ProblemPages) -> tuple[int, int]:
    """(errors, warnings) of the whole report."""
    errors = warnings = 0
    for _code, severity, n in source.rules():
        if severity == ERROR:
            errors += n
        else:
            warnings += n
    return errors, warnings


class ProblemTreeModel(QAbstractItemModel):
    """Rules (with counts) at the top, their problems below, fetched a page at a time
    through ``fetch(row, start)`` (which answers with :meth:`add_page`)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.groups: list[tuple[Rule, list[Problem]]] = []
        #: In another language than English, rules and places are shown translated (the
        #: checks' English sentences go to the tooltip).
        self.translated = language.current() != "en"
        self.fetch: Callable[[int, int], None] | None = None
        self._asked: set[tuple[int, int]] = set()

    def set_groups(self, groups: Groups) -> None:
        self.beginResetModel()
        self.groups = [(rule, list(first)) for rule, first in groups]
        self._asked.clear()
        self.endResetModel()

    def add_page(self, row: int, start: int, problems: list[Problem]) -> None:
        """A page of a rule's problems arrived (ignored if the groups changed since)."""
        if row >= len(self.groups) or len(self.groups[row][1]) != start or not problems:
            return
        items = self.groups[row][1]
        self.beginInsertRows(self.index(row, 0), start, start + len(problems) - 1)
        items.extend(problems)
        self.endInsertRows()

    def all_problems(self) -> list[Problem]:
        """The problems loaded so far."""
        return [p for _rule, items in self.groups for p in items]

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
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid() and parent.internalId() == 0 and parent.column() == 0:
            rule, items = self.groups[parent.row()]
            return len(items) < rule[2]
        return False

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent) or self.fetch is None:
            return
        asked = (parent.row(), len(self.groups[parent.row()][1]))
        if asked not in self._asked:  # one request per page, however often Qt asks
            self._asked.add(asked)
            self.fetch(*asked)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return bool(self.groups)
        return (
            parent.internalId() == 0
            and parent.column() == 0
            and self.groups[parent.row()][0][2] > 0
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            code, severity, n = self.groups[index.row()][0]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                rule = rule_text(code) if self.translated else None
                return f"{rule or code} ({n:,})"
            if role == Qt.ItemDataRole.ToolTipRole:
                return code
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#c0392b") if severity == ERROR else QColor("#b9770e")
            return None
        p = self.problem(index)
        if p is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = problem_text(p) if self.translated else p.message
            return (text, p.release_id, p.photo_id)[index.column()]
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
            return self.tr(COLUMNS[section])
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
        self.model.fetch = self._fetch
        self._report: CheckReport = CheckReport(())
        self._source: ProblemPages = ProblemList()
        self.scope = QComboBox(self)
        self.scope.addItems([self.tr("This release"), self.tr("Whole catalogue")])
        self.scope.currentIndexChanged.connect(lambda _i: self.request())
        self.severity = QComboBox(self)
        self.severity.addItems(
            [self.tr("Errors and warnings"), self.tr("Errors only"), self.tr("Warnings only")]
        )
        self.severity.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter problems…"))
        self.filter.textChanged.connect(lambda _t: self._apply_filter())
        self.fix_button = QPushButton(self.tr("Fix"), self)
        self.fix_button.setToolTip(self.tr("Apply the suggested fix of the selected problem"))
        self.fix_button.clicked.connect(self._fix)
        self.recheck = QPushButton(self.tr("Check again"), self)
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
        self.summary.setText(self.tr("Checking…"))
        self.check_requested.emit(self.whole_catalogue)

    def show_report(self, report: CheckReport) -> None:
        """Show a check's problems (the previous report's store, if any, is let go in the
        background: closing it deletes its file, and the GUI thread touches no disk)."""
        if report is not self._report:
            self._background(CheckReport.close, self._report, on_done=lambda _none: None)
        self._report, self._source = report, pages_of(report)
        where = (
            self.tr("the catalogue")
            if report.release_id is None
            else fill(self.tr("release %1"), report.release_id)
        )
        n = report.photos
        checked = fill(
            plural(self.tr("(%n photo(s) checked in %1 s)", "", n), n), f"{report.seconds:.2f}"
        )

        def summarise(counts: tuple[int, int]) -> None:
            errors, warnings = counts
            self.summary.setText(
                fill(
                    self.tr("%1, %2 in %3 %4"),
                    plural(self.tr("%n error(s)", "", errors), errors),
                    plural(self.tr("%n warning(s)", "", warnings), warnings),
                    where,
                    checked,
                )
            )

        self._background(summary_counts, self._source, on_done=summarise)
        self._apply_filter()

    def replace_releases(self, release_ids: set[int], reports: list[CheckReport]) -> None:
        """After an edit: swap in the fresh problems of the releases checked again."""
        fresh = [p for r in reports for p in r.problems]
        self._background(
            lambda source, ids, found: source.replace_releases(ids, found),
            self._source,
            release_ids,
            fresh,
            on_done=lambda _none: self._apply_filter(),
        )

    def _background(self, fn: Callable[..., Any], *args: Any, on_done: Callable) -> None:
        """``fn(*args)`` in a job (a store answers from disk), or at once without a runner."""
        if self.jobs is None:
            on_done(fn(*args))
            return
        self.jobs.run(lambda *a, ctx: fn(*a), *args, on_done=on_done)

    def _apply_filter(self) -> None:
        """Filter and group in the background: a catalogue-wide report can hold a problem
        for most photos."""
        self._generation += 1
        generation = self._generation
        self._background(
            group_problems,
            self._source,
            self.filter.text(),
            self.severity.currentIndex(),
            on_done=lambda groups: self._show_groups(generation, groups),
        )

    def _fetch(self, row: int, start: int) -> None:
        """The next page of a rule's problems, for the tree."""
        generation = self._generation
        (code, _severity, _n), _items = self.model.groups[row]

        def arrived(problems: list[Problem]) -> None:
            if generation == self._generation:
                self.model.add_page(row, start, problems)

        self._background(
            lambda source, *a: source.page(start, CHUNK, code=code, text=a[0], severity=a[1]),
            self._source,
            self.filter.text(),
            self.severity.currentIndex(),
            on_done=arrived,
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
        label = p.fix.label if p is not None and p.fix else None
        translated = self.model.translated
        self.fix_button.setText(label if label and not translated else self.tr("Fix"))
        self.fix_button.setToolTip(
            label or self.tr("Apply the suggested fix of the selected problem")
        )

    def _activated(self, index: QModelIndex) -> None:
        p = self.model.problem(index)
        if p is not None:
            self.go_to.emit(p)

    def _fix(self) -> None:
        p = self.current_problem()
        if p is not None and p.fix is not None:
            self.fix_requested.emit(p)
