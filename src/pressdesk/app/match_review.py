"""Reviewing the photos proposed for empty slots: accept, reject or reassign in bulk; what is
accepted is attached as ONE undoable step (one arrange per release, grouped)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pressdesk.app import desk_jobs
from pressdesk.app.i18n import plural
from pressdesk.app.reason_texts import reason_text
from pressdesk.app.thumbnails import ThumbnailCache
from pressdesk.app.workbench import Workbench

Index = QModelIndex | QPersistentModelIndex
PHOTO_COLUMN = 3
ACCEPT_AT = 0.5


class ProposalModel(QAbstractTableModel):
    """One row per empty slot: the photo proposed (reassignable), its score and reasons."""

    def __init__(self, thumbs: ThumbnailCache, parent: Any = None) -> None:
        super().__init__(parent)
        self.thumbs = thumbs
        self.rows: list[desk_jobs.SlotProposals] = []
        self.choice: list[int] = []  # index into each row's candidates, -1: none
        self.accepted: list[bool] = []
        self.headers = [
            "",
            self.tr("Release"),
            self.tr("Caption printed in the release"),
            self.tr("Proposed photo"),
            self.tr("Score"),
            self.tr("Why"),
        ]
        thumbs.ready.connect(lambda _sha: self._thumbs_changed())

    def set_rows(self, rows: list[desk_jobs.SlotProposals]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.choice = [
            next((n for n, c in enumerate(r.candidates) if c.photo_id == r.chosen), -1)
            for r in rows
        ]
        self.accepted = [
            n >= 0 and r.candidates[n].score >= ACCEPT_AT
            for r, n in zip(rows, self.choice, strict=True)
        ]
        self.endResetModel()

    def candidate(self, row: int) -> desk_jobs.Candidate | None:
        n = self.choice[row]
        return self.rows[row].candidates[n] if n >= 0 else None

    def reassign(self, row: int, choice: int) -> None:
        self.choice[row] = choice
        self.accepted[row] = choice >= 0
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))

    def set_accepted(self, rows: list[int], value: bool) -> None:
        for row in rows:
            self.accepted[row] = value and self.choice[row] >= 0
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

    def picks(self) -> dict[int, dict[int, int]]:
        """Accepted photos: release id -> {slot position: photo id}."""
        out: dict[int, dict[int, int]] = {}
        for row, ok in enumerate(self.accepted):
            cand = self.candidate(row)
            if ok and cand is not None:
                r = self.rows[row]
                out.setdefault(r.release_id, {})[r.position] = cand.photo_id
        return out

    def _thumbs_changed(self) -> None:
        if self.rows:
            col = PHOTO_COLUMN
            self.dataChanged.emit(self.index(0, col), self.index(len(self.rows) - 1, col))

    # -- Qt model interface ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == PHOTO_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            self.set_accepted([index.row()], Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        return False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        r, cand = self.rows[row], self.candidate(row)
        if col == 0 and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self.accepted[row] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and col == PHOTO_COLUMN and cand and cand.photo:
            pix = self.thumbs.pixmap(cand.photo.sha256, cand.photo.format)
            # an icon, drawn at the table's icon size beside the caption (a pixmap would be
            # drawn at its own size, cropped by the cell, and hide the text)
            return QIcon(pix) if pix is not None else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if col == 1:
            return f"{r.headline}  ·  {self.tr('slot %1').replace('%1', str(r.position + 1))}"
        if col == 2:
            return r.caption or "—"
        if col == PHOTO_COLUMN:
            if cand is None:
                return self.tr("(no photo)")
            p = cand.photo
            return f"#{cand.photo_id}  {(p.caption or p.original_name) if p else ''}"
        if col == 4:
            return f"{cand.score:.2f}" if cand else ""
        if col == 5:
            return "; ".join(reason_text(r) for r in cand.reasons) if cand else ""
        return None


class CandidateDelegate(QStyledItemDelegate):
    """Reassigning a slot: a list of its candidates (and "no photo")."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        model: ProposalModel = index.model()  # type: ignore[assignment]
        box.addItem(model.tr("(no photo)"), -1)
        for n, c in enumerate(model.rows[index.row()].candidates):
            text = (c.photo.caption or c.photo.original_name) if c.photo else ""
            box.addItem(f"#{c.photo_id}  {c.score:.2f}  {text[:50]}", n)
        box.setCurrentIndex(model.choice[index.row()] + 1)
        return box

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.reassign(index.row(), int(editor.currentData()))


class MatchReview(QDialog):
    """Proposals for the empty slots of one release (or all), to accept in one step."""

    def __init__(
        self, bench: Workbench, thumbs: ThumbnailCache, release: int | None, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.bench, self.release = bench, release
        self.setWindowTitle(self.tr("Match photos to releases"))
        self.resize(1180, 560)
        self.model = ProposalModel(thumbs, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PHOTO_COLUMN, CandidateDelegate(self.table))
        self.table.setIconSize(QSize(72, 54))
        self.table.verticalHeader().setDefaultSectionSize(60)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col, width in ((1, 220), (2, 240), (PHOTO_COLUMN, 260), (4, 56)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        self.note = QLabel(self.tr("Looking for photos…"), self)
        accept_sel = QPushButton(self.tr("Tick selected"), self)
        accept_sel.clicked.connect(lambda: self.model.set_accepted(self._selected_rows(), True))
        reject_sel = QPushButton(self.tr("Reject selected"), self)
        reject_sel.clicked.connect(lambda: self.model.set_accepted(self._selected_rows(), False))
        self.apply_button = QPushButton(self.tr("Attach ticked photos"), self)
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for w in (accept_sel, reject_sel):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.apply_button)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(row)
        self._writes_due = 0
        self.bench.changed.connect(self._written)
        self.reload()

    def _written(self, _changed: Any) -> None:
        if self._writes_due:
            self._writes_due -= 1
            if not self._writes_due:
                self.reload()

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def reload(self) -> None:
        self.bench.jobs.run(
            desk_jobs.match_review,
            self.bench.catalogue,
            self.release,
            on_done=self._arrived,
            on_error=lambda exc, _tb: self.note.setText(str(exc)),
            title=self.tr("Matching photos"),
            dialog_parent=self,
        )

    def _arrived(self, rows: list[desk_jobs.SlotProposals]) -> None:
        self.model.set_rows(rows)
        self.note.setText(
            plural(
                self.tr(
                    "%n empty slot(s) with proposals; ticked ones are attached together.",
                    "",
                    len(rows),
                ),
                len(rows),
            )
            if rows
            else self.tr("No photo in the catalogue seems to belong in an empty slot.")
        )

    def apply(self) -> None:
        """Attach every ticked photo, in one transaction and one undo step."""
        from pressdesk.services.photos.match import Proposal, attach_proposals

        picks = [
            Proposal(rid, pos, pid, 0.0, ())
            for rid, positions in self.model.picks().items()
            for pos, pid in positions.items()
        ]
        if not picks:
            return
        cat, n = self.bench.catalogue, len(picks)
        self._writes_due = 1
        label = plural(self.tr("Attach %n matched photo(s)", "", n), n)
        self.bench.undoable(label, lambda _ctx: attach_proposals(cat, picks))
        self.note.setText(
            plural(self.tr("Attached %n photo(s) (Edit ▸ Undo takes them back).", "", n), n)
        )
