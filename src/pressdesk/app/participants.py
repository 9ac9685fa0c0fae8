"""Participants of the current release as tags, with completion and suggestions from the text."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.app.i18n import QT_TRANSLATE_NOOP
from pressdesk.core.text_keys import name_key
from pressdesk.services.reads.records import ParticipantRecord, ReleaseRecord
from pressdesk.services.releases.edit import ParticipantInput

ROLE_TEXT = {
    "participant": QT_TRANSLATE_NOOP("ParticipantsPanel", "took part"),
    "mentioned": QT_TRANSLATE_NOOP("ParticipantsPanel", "mentioned"),
}


def as_inputs(people: Sequence[ParticipantRecord]) -> list[ParticipantInput]:
    return [ParticipantInput(p.name, p.title, p.role, p.person_id) for p in people]


def _known(key: str, have: set[str]) -> bool:
    """Whether a name is already tagged, also as its short form ("Netanyahu")."""
    return any(key == k or key.endswith(" " + k) or k.endswith(" " + key) for k in have)


class ParticipantsPanel(QWidget):
    """Edits who took part in the release (and who is only mentioned)."""

    edit_requested = Signal(int, list, list)  # release id, old inputs, new inputs

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.release: ReleaseRecord | None = None
        self._suggested: list[ParticipantInput] = []
        self._rejected: dict[int, set[str]] = {}

        self.tags = QListWidget(self)
        self.tags.setFlow(QListWidget.Flow.LeftToRight)
        self.tags.setWrapping(True)
        self.tags.setSpacing(4)
        self.tags.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.tags.setMaximumHeight(96)
        self.tags.itemDoubleClicked.connect(lambda _i: self._toggle_role())

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Add a person…"))
        self.completer = QCompleter([], self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name_edit.setCompleter(self.completer)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("title in this release"))
        self.role_box = QComboBox(self)
        self.role_box.addItem(self.tr("participant"), "participant")
        self.role_box.addItem(self.tr("mentioned"), "mentioned")
        add = QPushButton(self.tr("Add"), self)
        add.clicked.connect(self._add)
        self.name_edit.returnPressed.connect(self._add)
        self.title_edit.returnPressed.connect(self._add)
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(self._remove)
        toggle = QPushButton(self.tr("Participant/mentioned"), self)
        toggle.clicked.connect(self._toggle_role)

        self.suggestions = QListWidget(self)
        self.suggestions.setFlow(QListWidget.Flow.LeftToRight)
        self.suggestions.setWrapping(True)
        self.suggestions.setMaximumHeight(60)
        self.suggestions.setSpacing(4)
        accept = QPushButton(self.tr("Accept"), self)
        accept.setToolTip(self.tr("Tag the selected suggestions (all of them if none is selected)"))
        accept.clicked.connect(self._accept)
        reject = QPushButton(self.tr("Reject"), self)
        reject.clicked.connect(self._reject)
        self.suggest_buttons = (accept, reject)
        self.suggest_label = QLabel(self.tr("Suggested from the text:"), self)

        row = QHBoxLayout()
        row.addWidget(self.name_edit, 2)
        row.addWidget(self.title_edit, 2)
        row.addWidget(self.role_box)
        row.addWidget(add)
        row.addWidget(remove)
        row.addWidget(toggle)
        suggest_row = QHBoxLayout()
        suggest_row.addWidget(self.suggest_label)
        suggest_row.addWidget(self.suggestions, 1)
        suggest_row.addWidget(accept)
        suggest_row.addWidget(reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        title = QLabel(
            self.tr("<b>People</b> — double-click a tag to switch participant/mentioned"), self
        )
        layout.addWidget(title)
        layout.addWidget(self.tags)
        layout.addLayout(row)
        layout.addLayout(suggest_row)
        self.setEnabled(False)

    def set_people_names(self, names: Sequence[str]) -> None:
        self.completer.model().setStringList(list(names))  # type: ignore[attr-defined]

    def show_release(
        self, release: ReleaseRecord | None, suggested: Sequence[ParticipantInput] = ()
    ) -> None:
        self.release = release
        self.setEnabled(release is not None)
        self.tags.clear()
        for p in release.participants if release else ():
            text = p.name + (f" — {p.title}" if p.title else "")
            mentioned = self.tr("  (mentioned)") if p.role == "mentioned" else ""
            item = QListWidgetItem(text + mentioned)
            role = self.tr(ROLE_TEXT[p.role])
            item.setToolTip(f"{p.name}: {role}" + (f", {p.title}" if p.title else ""))
            if p.role == "mentioned":
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
                item.setForeground(QColor("#5f6672"))
            else:
                item.setBackground(QColor("#e3edf7"))
            self.tags.addItem(item)
        self.set_suggestions(suggested)

    def set_suggestions(self, suggested: Sequence[ParticipantInput]) -> None:
        """People the text names who are not tagged yet (and were not rejected)."""
        if self.release is None:
            suggested = []
        else:
            have = {name_key(p.name) for p in self.release.participants}
            rejected = self._rejected.get(self.release.id, set())
            suggested = [
                s
                for s in suggested
                if not _known(name_key(s.name), have) and name_key(s.name) not in rejected
            ]
        self._suggested = list(suggested)
        self.suggestions.clear()
        for s in self._suggested:
            self.suggestions.addItem(s.name + (f" — {s.title}" if s.title else ""))
        visible = bool(self._suggested)
        for widget in (self.suggest_label, self.suggestions, *self.suggest_buttons):
            widget.setVisible(visible)

    def current(self) -> list[ParticipantInput]:
        return as_inputs(self.release.participants) if self.release else []

    def _emit(self, new: list[ParticipantInput]) -> None:
        if self.release is not None:
            self.edit_requested.emit(self.release.id, self.current(), new)

    def _add(self) -> None:
        name = self.name_edit.text().strip()
        if not name or self.release is None:
            return
        title = self.title_edit.text().strip() or None
        self._emit([*self.current(), ParticipantInput(name, title, self.role_box.currentData())])
        self.name_edit.clear()
        self.title_edit.clear()

    def _remove(self) -> None:
        rows = {i.row() for i in self.tags.selectedIndexes()}
        if rows:
            self._emit([p for n, p in enumerate(self.current()) if n not in rows])

    def _toggle_role(self) -> None:
        rows = {i.row() for i in self.tags.selectedIndexes()}
        if not rows:
            return
        new = []
        for n, p in enumerate(self.current()):
            if n in rows:
                role = "mentioned" if p.role == "participant" else "participant"
                p = ParticipantInput(p.name, p.title, role, p.person_id)
            new.append(p)
        self._emit(new)

    def _accept(self) -> None:
        rows = sorted({i.row() for i in self.suggestions.selectedIndexes()}) or list(
            range(len(self._suggested))
        )
        chosen = [self._suggested[r] for r in rows]
        if chosen:
            self._emit([*self.current(), *chosen])

    def _reject(self) -> None:
        if self.release is None:
            return
        rows = {i.row() for i in self.suggestions.selectedIndexes()}
        rejected = self._rejected.setdefault(self.release.id, set())
        for n, s in enumerate(self._suggested):
            if n in rows:
                rejected.add(name_key(s.name))
        self.set_suggestions(self._suggested)
