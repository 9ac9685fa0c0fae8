"""The release editor: the form from ``ui/release_editor.ui`` bound to one release."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QFile, QObject, Qt, Signal
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.app.i18n import fill
from pressdesk.paths import ui_dir
from pressdesk.services.reads.records import ReleaseRecord

UI_DIR = ui_dir()
W = TypeVar("W", bound=QWidget)
LINE_FIELDS = {
    "headline": "headline",
    "subheadline": "subheadline",
    "summary": "summary",
    "issuer": "issuer",
    "event_date": "eventDate",
    "place": "place",
}


def child(form: QWidget, kind: type[W], name: str) -> W:
    """The form's widget called ``name`` (a form without it is a broken install)."""
    found = form.findChild(kind, name)
    if found is None:
        raise LookupError(f"The form {form.objectName()!r} has no {kind.__name__} {name!r}.")
    return found


def load_form(name: str, parent: QWidget) -> QWidget:
    """Load a Qt Designer form from ``ui/``."""
    path = UI_DIR / name
    file = QFile(str(path))
    if not file.open(QFile.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"The form {path} is missing; reinstall pressdesk.")
    try:
        widget = QUiLoader().load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"The form {path} could not be loaded.")
    return widget


def is_rtl(text: str) -> bool:
    """True when the first strongly directional letter is Hebrew, Arabic or another RTL script."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def align_for_text(widget: QLineEdit, text: str) -> None:
    """Right-align a line edit holding right-to-left text."""
    side = Qt.AlignmentFlag.AlignRight if is_rtl(text) else Qt.AlignmentFlag.AlignLeft
    widget.setAlignment(side | Qt.AlignmentFlag.AlignVCenter)


def _value(record: ReleaseRecord, name: str) -> str:
    value: Any = getattr(record, name)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value or ""


class ReleaseEditor(QWidget):
    """Edits one release; every finished edit is reported as (release id, old, new)."""

    edit_requested = Signal(int, dict, dict)
    invalid = Signal(str)
    history_requested = Signal()  # the history of the release shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = load_form("release_editor.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.lines: dict[str, QLineEdit] = {
            name: child(self.form, QLineEdit, obj) for name, obj in LINE_FIELDS.items()
        }
        self.body: QPlainTextEdit = child(self.form, QPlainTextEdit, "body")
        self.history_button = QToolButton(self.form)
        self.history_button.setText(self.tr("History…"))
        self.history_button.setToolTip(
            self.tr("Each change of this release's fields, with where it came from; revert one")
        )
        self.history_button.clicked.connect(self.history_requested)
        facts = self.form.findChild(QHBoxLayout, "factsRow")
        if isinstance(facts, QHBoxLayout):
            facts.addWidget(self.history_button)
        self.record: ReleaseRecord | None = None
        for name, widget in self.lines.items():
            widget.editingFinished.connect(lambda n=name: self._finish(n))
            widget.textChanged.connect(lambda text, w=widget: align_for_text(w, text))
        self.body.installEventFilter(self)
        self.setEnabled(False)

    def show_release(self, record: ReleaseRecord | None) -> None:
        """Fill the form (no edit is reported for it)."""
        same = self.record is not None and record is not None and self.record.id == record.id
        self.record = record
        self.setEnabled(record is not None)
        for name, widget in self.lines.items():
            text = _value(record, name) if record else ""
            if widget.text() != text and not (same and widget.hasFocus()):
                widget.blockSignals(True)
                widget.setText(text)
                widget.setCursorPosition(0)
                widget.blockSignals(False)
            align_for_text(widget, text)
            widget.setStyleSheet("")
        body = record.body if record else ""
        if self.body.toPlainText() != body and not (same and self.body.hasFocus()):
            self.body.setPlainText(body)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body and event.type() == QEvent.Type.FocusOut:
            self._finish("body")
        return super().eventFilter(watched, event)

    def commit_pending(self) -> None:
        """Report any edit still in a focused field (before switching releases)."""
        for name in (*self.lines, "body"):
            self._finish(name)

    def _finish(self, name: str) -> None:
        if self.record is None:
            return
        text = self.body.toPlainText() if name == "body" else self.lines[name].text()
        new: Any = text.strip()
        old = _value(self.record, name)
        if name == "event_date" and new:
            try:
                dt.date.fromisoformat(new)
            except ValueError:
                self.lines[name].setStyleSheet("border: 1px solid #c0392b;")
                self.invalid.emit(
                    fill(
                        self.tr("“%1” is not a date: write it as YYYY-MM-DD, e.g. 2012-11-08."), new
                    )
                )
                return
            self.lines[name].setStyleSheet("")
        if new == (old.strip() if isinstance(old, str) else old):
            return
        old_value = old or None
        new_value = new or None
        if name == "body":
            old_value, new_value = old or "", new
        self.edit_requested.emit(self.record.id, {name: old_value}, {name: new_value})
