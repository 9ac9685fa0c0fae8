"""The people manager: find people, edit names, aliases and titles, merge duplicates."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pressdesk.app.i18n import fill, plural
from pressdesk.app.workbench import Workbench
from pressdesk.services.people.admin import (
    TitleInput,
    edit_person,
    find_people,
    merge_people,
    person_titles,
)
from pressdesk.services.reads.records import PersonRecord


def _date(text: str) -> dt.date | None:
    text = text.strip()
    return dt.date.fromisoformat(text) if text else None


class PeopleManager(QDialog):
    """Keeps the people authority tidy."""

    def __init__(self, bench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bench = bench
        self.setWindowTitle(self.tr("People"))
        self.resize(900, 560)
        self.person: PersonRecord | None = None

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a person by name or alias…"))
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.currentItemChanged.connect(self._on_current)
        self.merge_button = QPushButton(self.tr("Merge selected into the current person"), self)
        self.merge_button.clicked.connect(self._merge)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.list, 1)
        left.addWidget(self.merge_button)

        self.name = QLineEdit(self)
        self.aliases = QPlainTextEdit(self)
        self.aliases.setPlaceholderText(self.tr("One alias or transliteration per line"))
        self.titles = QTableWidget(0, 3, self)
        self.titles.setHorizontalHeaderLabels(
            [self.tr("Title"), self.tr("First seen"), self.tr("Last seen")]
        )
        self.titles.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.titles.verticalHeader().setVisible(False)
        add_title = QPushButton(self.tr("Add title"), self)
        add_title.clicked.connect(lambda: self.titles.insertRow(self.titles.rowCount()))
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(70)
        self.save_button = QPushButton(self.tr("Save person"), self)
        self.save_button.clicked.connect(self._save)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Aliases"), self.aliases)
        form.addRow(self.tr("Titles"), self.titles)
        form.addRow("", add_title)
        form.addRow(self.tr("Notes"), self.notes)
        right = QVBoxLayout()
        right.addLayout(form, 1)
        right.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.status = QLabel("", self)

        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)

        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        bench.changed.connect(lambda change: self.refresh() if change.people else None)
        self._set_editing(False)
        self.refresh()

    def _set_editing(self, on: bool) -> None:
        for w in (self.name, self.aliases, self.titles, self.notes, self.save_button):
            w.setEnabled(on)

    def refresh(self) -> None:
        """Find the people the search names, in the background; only the newest search's
        answer is shown (an earlier one may come back later)."""
        self._generation += 1
        generation = self._generation
        self.bench.jobs.query(
            find_people,
            self.bench.catalogue,
            self.search.text(),
            on_done=lambda people: self._show_people(people, generation),
            priority=8,  # (someone is typing: before background reads such as suggestions)
        )

    def _show_people(self, people: list[PersonRecord], generation: int) -> None:
        if generation != self._generation:
            return
        current = self.person.id if self.person else None
        self.list.blockSignals(True)
        self.list.clear()
        for p in people:
            item = QListWidgetItem(p.name + (f"  ({', '.join(p.titles[:2])})" if p.titles else ""))
            item.setData(Qt.ItemDataRole.UserRole, p)
            self.list.addItem(item)
            if p.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        n = len(people)
        self.status.setText(plural(self.tr("%n person(s) shown", "", n), n))
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        elif self.list.currentItem() is not None:
            self._on_current(self.list.currentItem(), None)

    def _on_current(self, item: QListWidgetItem | None, _prev: Any) -> None:
        self.person = item.data(Qt.ItemDataRole.UserRole) if item else None
        self._set_editing(self.person is not None)
        if self.person is None:
            return
        self.name.setText(self.person.name)
        self.aliases.setPlainText("\n".join(self.person.aliases))
        self.notes.setPlainText("")
        pid = self.person.id

        def job(*, ctx: object) -> list[TitleInput]:
            return person_titles(self.bench.catalogue, pid)

        self.bench.jobs.run(job, on_done=self._show_titles)

    def _show_titles(self, titles: list[TitleInput]) -> None:
        self.titles.setRowCount(len(titles))
        for n, t in enumerate(titles):
            for col, value in enumerate((t.title, t.first_seen, t.last_seen)):
                text = value.isoformat() if isinstance(value, dt.date) else (value or "")
                self.titles.setItem(n, col, QTableWidgetItem(text))

    def _save(self) -> None:
        if self.person is None:
            return
        titles = []
        try:
            for row in range(self.titles.rowCount()):
                cells = [self.titles.item(row, c) for c in range(3)]
                texts = [c.text() if c else "" for c in cells]
                if texts[0].strip():
                    titles.append(TitleInput(texts[0].strip(), _date(texts[1]), _date(texts[2])))
        except ValueError:
            self.status.setText(self.tr("Dates are written YYYY-MM-DD, e.g. 2012-11-08."))
            return
        aliases = [a.strip() for a in self.aliases.toPlainText().splitlines() if a.strip()]
        cat, pid, name, notes = self.bench.catalogue, self.person.id, self.name.text(), ""
        notes = self.notes.toPlainText()
        self.bench.write(
            lambda _ctx: edit_person(
                cat, pid, name=name, aliases=aliases, titles=titles, notes=notes
            ),
            on_done=lambda r: self.status.setText(fill(self.tr("Saved %1."), r.value.name)),
        )

    def _merge(self) -> None:
        if self.person is None:
            return
        others = [i.data(Qt.ItemDataRole.UserRole) for i in self.list.selectedItems()]
        others = [p for p in others if p.id != self.person.id]
        if not others:
            self.status.setText(
                self.tr("Select the duplicates (Ctrl+click) besides the current person.")
            )
            return
        names = ", ".join(p.name for p in others)
        answer = QMessageBox.question(
            self,
            self.tr("Merge people"),
            fill(
                self.tr(
                    "Merge %1 into %2? Their names become aliases and their releases and "
                    "photos move to this person."
                ),
                names,
                self.person.name,
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            cat, keep, ids = self.bench.catalogue, self.person.id, [p.id for p in others]
            # one step of the window's Undo (Edit > Undo gives the duplicates back)
            self.bench.undoable(
                fill(self.tr("Merge %1 into %2"), names, self.person.name),
                lambda _ctx: merge_people(cat, keep, ids),
            )
            self.status.setText(
                fill(self.tr("Merged into %1 (Edit ▸ Undo takes it back)."), self.person.name)
            )
