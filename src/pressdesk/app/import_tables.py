"""The import preview's editable tables: the photo slots as printed in the release, and the
people with their titles, roles and what importing would do with each (known, matched by
another spelling, new, left out)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from pressdesk.app.i18n import fill, translate
from pressdesk.core.releases import ParsedPerson, ParsedSlot
from pressdesk.core.releases.text import detect_language
from pressdesk.services.releases.preview import PersonPreview

LOW = 0.7  # values below this confidence are highlighted for checking
LOW_COLOUR = QColor("#fff1c2")
RTL = {"he", "ar", "fa", "yi"}


def is_rtl(text: str | None) -> bool:
    return bool(text) and detect_language(text or "") in RTL


def why(confidence: float) -> str:
    """The tooltip of a highlighted value."""
    if confidence <= 0.0:
        return translate("ImportDialog", "Not found in the text: type it if the release gives it.")
    return fill(
        translate("ImportDialog", "The parser is not sure of this value (%1): please check it."),
        f"{confidence:.0%}",
    )


def _item(text: str | None) -> QTableWidgetItem:
    item = QTableWidgetItem(text or "")
    if is_rtl(text):
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _cell(table: QTableWidget, row: int, col: int) -> str | None:
    item = table.item(row, col)
    return (item.text().strip() or None) if item is not None else None


class EditTable(QTableWidget):
    """A table the archivist edits; ``edited`` fires on a change made by a person."""

    edited = Signal()

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.filling = False
        self.itemChanged.connect(self._item_changed)

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        self._changed()

    def _changed(self) -> None:
        if not self.filling:
            self.edited.emit()

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.selectedIndexes()}, reverse=True):
            self.removeRow(row)
        self.edited.emit()

    def buttons(self, add: Callable[[], None]) -> QHBoxLayout:
        """Add and Remove selected, in a row under the table."""
        row = QHBoxLayout()
        plus = QPushButton(translate("ImportDialog", "Add"), self.parentWidget())
        minus = QPushButton(translate("ImportDialog", "Remove selected"), self.parentWidget())
        plus.clicked.connect(add)
        minus.clicked.connect(self.remove_selected)
        row.addWidget(plus)
        row.addWidget(minus)
        row.addStretch(1)
        return row


class SlotTable(EditTable):
    """The photo slots: caption, credit and copyright as printed in the release."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                translate("ImportDialog", "Caption"),
                translate("ImportDialog", "Credit"),
                translate("ImportDialog", "Copyright"),
            ],
            parent,
        )
        self.setColumnWidth(1, 190)

    def set_slots(self, slots: Sequence[ParsedSlot], confidence: Sequence[float]) -> None:
        self.filling = True
        try:
            self.setRowCount(0)
            for slot, score in zip(slots, confidence, strict=True):
                self._row(slot, score)
        finally:
            self.filling = False

    def _row(self, slot: ParsedSlot, confidence: float) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for col, value in enumerate((slot.caption, slot.credit, slot.copyright)):
            item = _item(value)
            if confidence < LOW:
                item.setBackground(LOW_COLOUR)
                item.setToolTip(why(confidence))
            self.setItem(row, col, item)

    def add_slot(self) -> None:
        self._row(ParsedSlot(None, None, None), 1.0)
        self.edited.emit()

    def slots(self) -> tuple[ParsedSlot, ...]:
        return tuple(
            ParsedSlot(*(_cell(self, row, col) for col in range(3)))
            for row in range(self.rowCount())
        )


def check_note(person: ParsedPerson, preview: PersonPreview | None) -> tuple[str, bool]:
    """The Check column of a person (what importing would do) and whether to highlight it."""
    notes: list[str] = []
    low = person.confidence < LOW
    if low:
        notes.append(
            fill(
                translate("ImportDialog", "suggested (%1): confirm or remove"),
                f"{person.confidence:.0%}",
            )
        )
    if preview is not None:
        if preview.how == "script":
            notes.append(
                fill(
                    translate("ImportDialog", "same person as %1 (another script)? confirm"),
                    preview.person,
                )
            )
        elif preview.how == "typo":
            notes.append(
                fill(
                    translate("ImportDialog", "same person as %1 (another spelling)? confirm"),
                    preview.person,
                )
            )
        if preview.how in ("script", "typo"):
            notes.append(translate("ImportDialog", "untick for a new person"))
        elif preview.how == "left out":
            notes.append(translate("ImportDialog", "not a name: will not be saved"))
        elif preview.how == "new":
            notes.append(translate("ImportDialog", "new person"))
        elif preview.person and preview.person != person.name:
            notes.append(fill(translate("ImportDialog", "known as %1"), preview.person))
        else:
            notes.append(translate("ImportDialog", "known"))
    return "; ".join(notes), low or (preview is not None and preview.to_confirm)


class PeopleTable(EditTable):
    """The people: name, title, role, and a Check column; rows to confirm are highlighted.
    A person matched to a known one by another spelling has a tick in the Check column:
    untick it and the name becomes a new person (``separate``)."""

    separate_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                translate("ImportDialog", "Name"),
                translate("ImportDialog", "Title"),
                translate("ImportDialog", "Role"),
                translate("ImportDialog", "Check"),
            ],
            parent,
        )
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.shown: tuple[ParsedPerson, ...] = ()

    def set_people(
        self,
        people: Sequence[ParsedPerson],
        previews: Sequence[PersonPreview | None] | None = None,
    ) -> None:
        """Show ``people``; with ``previews`` (what importing would do with each), say so."""
        self.filling = True
        try:
            self.setRowCount(0)
            self.shown = tuple(people)
            marks = list(previews) if previews is not None else [None] * len(people)
            for person, preview in zip(people, marks, strict=True):
                self._row(person, *check_note(person, preview))
                if preview is not None and preview.how in ("script", "typo"):
                    self._suggestion(self.rowCount() - 1)
            self.resizeRowsToContents()  # the Check notes wrap rather than being cut
        finally:
            self.filling = False

    def _row(self, person: ParsedPerson, note: str, highlight: bool) -> None:
        row = self.rowCount()
        self.insertRow(row)
        check = QTableWidgetItem(note)
        check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        for col, item in ((0, _item(person.name)), (1, _item(person.title)), (3, check)):
            if highlight:
                item.setBackground(LOW_COLOUR)
            item.setToolTip(note)
            self.setItem(row, col, item)
        role = QComboBox(self)
        role.addItem(translate("ImportDialog", "participant"), "participant")
        role.addItem(translate("ImportDialog", "mentioned"), "mentioned")
        role.setCurrentIndex(max(0, role.findData(person.role)))
        role.currentTextChanged.connect(lambda _t: self._changed())
        self.setCellWidget(row, 2, role)

    def _suggestion(self, row: int) -> None:
        check = self.item(row, 3)
        if check is not None:
            check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            check.setCheckState(Qt.CheckState.Checked)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 3:  # a suggestion ticked or unticked: the list is unchanged
            if not self.filling:
                self.separate_changed.emit()
            return
        self._changed()

    def separate(self) -> tuple[str, ...]:
        """The names whose suggested match the archivist unticked: new people."""
        out = []
        for row in range(self.rowCount()):
            check, name = self.item(row, 3), _cell(self, row, 0)
            if check is None or not name:
                continue
            ticked = check.data(Qt.ItemDataRole.CheckStateRole)  # None: no suggestion here
            if ticked is not None and check.checkState() == Qt.CheckState.Unchecked:
                out.append(name)
        return tuple(out)

    def add_person(self) -> None:
        self._row(ParsedPerson("", None, "participant"), "", False)
        self.edited.emit()
        item = self.item(self.rowCount() - 1, 0)
        if item is not None:
            self.editItem(item)

    def people(self) -> tuple[ParsedPerson, ...]:
        found = []
        for row in range(self.rowCount()):
            name = _cell(self, row, 0)
            if not name:
                continue
            role = self.cellWidget(row, 2)
            found.append(
                ParsedPerson(
                    name,
                    _cell(self, row, 1),
                    role.currentData() if isinstance(role, QComboBox) else "participant",
                )
            )
        return tuple(found)
