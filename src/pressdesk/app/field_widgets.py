"""Editors the photo inspector builds from the field schema: tags with completion for list
fields (people shown, keywords, creators), and a live IPTC IIM byte counter for fields with
a byte limit."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.app.field_names import field_label
from pressdesk.app.i18n import fill, translate
from pressdesk.core.checks.limits import utf8_size
from pressdesk.core.photos.fields import Field

WARN = "#c0392b"
QUIET = "#8a8f98"


def byte_note(f: Field, text: str) -> tuple[str, bool]:
    """("17/32", over?) for a value of a field with an IIM byte limit."""
    assert f.iim is not None
    size = utf8_size(text)
    return f"{size}/{f.iim.limit}", size > f.iim.limit


def over_text(f: Field, text: str) -> str:
    """The tooltip of a value over its IIM byte limit."""
    assert f.iim is not None
    said = translate(
        "ByteCounter",
        "%1 bytes in UTF-8; IPTC IIM %2 holds %3: export cuts the IIM copy of it (the XMP "
        "keeps it whole) and warns.",
    )
    return fill(said, utf8_size(text), dataset_label(f), f.iim.limit)


def dataset_label(f: Field) -> str:
    """The field's name and its IIM dataset number, as the IIM standard writes them."""
    assert f.iim is not None
    return f"{field_label(f.name)} (2:{f.iim.dataset})"


class ByteCounter(QLabel):
    """Bytes the value takes against its IIM limit, updated as the person types."""

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = f
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000/0000"))
        self.over = False

    def count(self, text: str) -> None:
        if not text:
            self.setText("")
            self.setToolTip("")
            self.over = False
            return
        note, self.over = byte_note(self.field, text)
        colour = WARN if self.over else QUIET
        weight = "bold" if self.over else "normal"
        self.setStyleSheet(f"color: {colour}; font-size: 8pt; font-weight: {weight};")
        self.setText(note)
        self.setToolTip(
            over_text(self.field, text)
            if self.over
            else fill(self.tr("%1 bytes of IPTC IIM %2"), note, dataset_label(self.field))
        )


class TagEdit(QWidget):
    """A list value as tags: type and press Enter to add (completion from the catalogue;
    "a; b" adds two), Delete removes the selected tags, Backspace in the empty box the last.
    ``edited`` is emitted with the tags added and removed."""

    edited = Signal(list, list)  # added, removed

    def __init__(self, f: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = f
        self.tags = QListWidget(self)
        self.tags.setFlow(QListWidget.Flow.LeftToRight)
        self.tags.setWrapping(True)
        self.tags.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.tags.setSpacing(2)
        self.tags.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.tags.setFixedHeight(52)
        self.tags.installEventFilter(self)
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(self.tr("Add…"))
        self.entry.returnPressed.connect(self._add)
        self.entry.installEventFilter(self)
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.entry.setCompleter(self.completer)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("−")
        self.remove_button.setToolTip(self.tr("Remove the selected tags (Delete)"))
        self.remove_button.clicked.connect(self._remove_selected)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.entry, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.tags)
        layout.addLayout(row)

    # -- contents ---------------------------------------------------------------------------
    def set_tags(self, tags: Sequence[str], mixed: bool = False) -> None:
        """Show ``tags`` (with several photos: those all of them have)."""
        self.tags.clear()
        for text in tags:
            self._item(text)
        hint = self.tr("(different values) add to all…") if mixed else self.tr("Add…")
        self.entry.setPlaceholderText(hint)

    def values(self) -> list[str]:
        return [self.tags.item(i).text() for i in range(self.tags.count())]

    def set_completions(self, names: Sequence[str]) -> None:
        self.completer.model().setStringList(list(names))  # type: ignore[attr-defined]

    def _item(self, text: str) -> None:
        item = QListWidgetItem(text, self.tags)
        item.setBackground(QBrush(QColor("#e8eef7")))
        if self.field.iim is not None and byte_note(self.field, text)[1]:
            item.setForeground(QBrush(QColor(WARN)))
            item.setToolTip(over_text(self.field, text))

    # -- edits ------------------------------------------------------------------------------
    def flush(self) -> None:
        """Add what is typed in the box and not yet added."""
        if self.entry.text().strip():
            self._add()

    def _add(self) -> None:
        have = self.values()
        added = [t for t in dict.fromkeys(p.strip() for p in self.entry.text().split(";")) if t]
        added = [t for t in added if t not in have]
        self.entry.clear()
        if added:
            for text in added:
                self._item(text)
            self.edited.emit(added, [])

    def _remove_selected(self) -> None:
        rows = sorted((self.tags.row(i) for i in self.tags.selectedItems()), reverse=True)
        self._remove_rows(rows)

    def _remove_rows(self, rows: list[int]) -> None:
        removed = [self.tags.takeItem(r).text() for r in rows]
        if removed:
            self.edited.emit([], removed[::-1])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.tags and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._remove_selected()
                return True
            if (
                watched is self.entry
                and key == Qt.Key.Key_Backspace
                and not self.entry.text()
                and self.tags.count()
            ):
                self._remove_rows([self.tags.count() - 1])
                return True
        return super().eventFilter(watched, event)


def merged_list(own: Sequence[str], added: Sequence[str], removed: Sequence[str]) -> list[str]:
    """One photo's list after tags were added and removed (its other tags kept in order)."""
    kept = [t for t in own if t not in removed]
    return kept + [t for t in added if t not in kept]


def common_tags(lists: Sequence[Sequence[str]]) -> list[str]:
    """The tags every list has, in the first list's order."""
    if not lists:
        return []
    rest = [set(x) for x in lists[1:]]
    return [t for t in lists[0] if all(t in r for r in rest)]
