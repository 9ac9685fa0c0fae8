"""The change history of one photo or release: per field, when, from what to what, and from
where; one value can be put back ("Revert this value", itself recorded in the history)."""

from __future__ import annotations

import html
import json
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from pressdesk.app import desk_jobs
from pressdesk.app.field_names import field_label, source_label
from pressdesk.app.workbench import Workbench
from pressdesk.services.reads.history import HistoryEntry

Index = QModelIndex | QPersistentModelIndex


def _text(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    return json.dumps(value, ensure_ascii=False)


class HistoryModel(QAbstractTableModel):
    """The changes of one record, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[HistoryEntry] = []
        self.headers = [
            self.tr("When"),
            self.tr("Field"),
            self.tr("From"),
            self.tr("To"),
            self.tr("Source"),
            self.tr("By"),
        ]

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                e.at.astimezone().strftime("%Y-%m-%d %H:%M"),
                field_label(e.field),
                _text(e.readable(e.old)),
                _text(e.readable(e.new)),
                source_label(e.source),
                source_label(e.actor),
            )
            text = values[index.column()]
            if role == Qt.ItemDataRole.DisplayRole and len(text) > 80:
                return text[:79] + "…"
            return text
        return None


class HistoryDialog(QDialog):
    """The history of one photo or release, with revert of one value."""

    def __init__(self, bench: Workbench, kind: str, record_id: int, title: str, parent: Any):
        super().__init__(parent)
        self.bench, self.kind, self.record_id = bench, kind, record_id
        self.setWindowTitle(self.tr("History — %1").replace("%1", title))
        what = self.tr("Photo %1") if kind == "photo" else self.tr("Release %1")
        self.heading = QLabel(
            f"<b>{html.escape(what.replace('%1', str(record_id)))}</b> — {html.escape(title)}", self
        )
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.resize(980, 460)
        self.model = HistoryModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in (2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.revert_button = QPushButton(self.tr("Revert this value"), self)
        self.revert_button.setToolTip(
            self.tr("Put the field back to the value it had before the selected change")
        )
        self.revert_button.clicked.connect(self.revert_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.bench.changed.connect(lambda _c: self.reload())
        self.bench.failed.connect(self.note.setText)
        self.reload()

    def reload(self) -> None:
        self.bench.jobs.query(
            desk_jobs.history,
            self.bench.catalogue,
            self.kind,
            self.record_id,
            on_done=self._arrived,
            on_error=lambda exc, _tb: self.note.setText(str(exc)),
        )

    def _arrived(self, entries: list[HistoryEntry]) -> None:
        self.model.set_entries(entries)
        for col in (0, 1, 4, 5):
            self.table.resizeColumnToContents(col)
        if not entries:
            self.note.setText(self.tr("No changes recorded yet."))
        self._selected()

    def _selected(self) -> HistoryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        entry = self.model.entries[rows[0].row()] if rows else None
        self.revert_button.setEnabled(entry is not None and entry.revertible)
        return entry

    def revert_selected(self) -> None:
        from pressdesk.services.revert import revert_change

        entry = self._selected()
        if entry is None:
            return
        self.note.setText(
            self.tr("Reverting %1 to %2…")
            .replace("%1", field_label(entry.field))
            .replace("%2", _text(entry.old))
        )
        cat, change_id = self.bench.catalogue, entry.id
        label = self.tr("Revert %1").replace("%1", field_label(entry.field))
        self.bench.undoable(label, lambda _ctx: revert_change(cat, change_id))
