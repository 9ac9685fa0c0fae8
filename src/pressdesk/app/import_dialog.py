"""Import a release: paste or open it, check and correct what the parser read, save.

The raw text is on the left (right to left for Hebrew and Arabic); on the right every parsed
value is an editable field, the photo slots and the people are editable tables. Values the
parser is unsure of are highlighted with the reason in their tooltip, and people to confirm
are marked. A value the archivist corrects is kept when the text is parsed again, and is
saved as typed by a person (a later re-import never overwrites it).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pressdesk.app.i18n import QT_TRANSLATE_NOOP, fill, translate
from pressdesk.app.jobs import JobRunner
from pressdesk.core.releases import (
    ParsedPerson,
    ParsedRelease,
    ParsedSlot,
    parse_release_html,
    parse_release_text,
)
from pressdesk.core.releases.text import detect_language
from pressdesk.services.releases.import_ import ReviewedRelease

LOW = 0.7  # values below this confidence are highlighted for checking
_LOW_COLOUR = QColor("#fff1c2")
_RTL = {"he", "ar", "fa", "yi"}
_OPTIONAL = {"subheadline", "summary"}  # usually absent: not highlighted when empty
_FIELDS = (
    ("headline", QT_TRANSLATE_NOOP("ImportDialog", "Headline")),
    ("subheadline", QT_TRANSLATE_NOOP("ImportDialog", "Subheadline")),
    ("issuer", QT_TRANSLATE_NOOP("ImportDialog", "Issuer")),
    ("event_date", QT_TRANSLATE_NOOP("ImportDialog", "Date")),
    ("place", QT_TRANSLATE_NOOP("ImportDialog", "Place")),
)


def _parse(text: str, html: bool, *, ctx: object) -> ParsedRelease:
    return parse_release_html(text) if html else parse_release_text(text)


def _direction(text: str | None) -> Qt.LayoutDirection:
    if text and detect_language(text) in _RTL:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def _why(confidence: float) -> str:
    if confidence <= 0.0:
        return translate("ImportDialog", "Not found in the text: type it if the release gives it.")
    return fill(
        translate("ImportDialog", "The parser is not sure of this value (%1): please check it."),
        f"{confidence:.0%}",
    )


class ImportDialog(QDialog):
    """Paste release text on the left; check and correct the parsed record on the right."""

    save_requested = Signal(str)  # pasted text, nothing corrected
    save_file_requested = Signal(object)  # an opened file, unchanged, nothing corrected
    save_reviewed = Signal(object)  # a ReviewedRelease: the source plus corrections

    def __init__(self, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a release"))
        self.resize(1180, 720)
        self.jobs = jobs
        self.parsed: ParsedRelease | None = None
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(
            self.tr("Paste the text of a press release here, as copied from the web page…")
        )
        split = QSplitter(self)
        split.addWidget(self.text)
        split.addWidget(self._build_form())
        split.setSizes([480, 700])
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._reparse)
        self.text.textChanged.connect(self._timer.start)
        self._generation = 0
        self._filling = False
        self.edited: set[str] = set()  # what the archivist changed: kept across re-parses
        self.path: Path | None = None
        self._loaded_text = ""

    # -- the form ---------------------------------------------------------------------------
    def _build_form(self) -> QWidget:
        box = QWidget(self)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for name, label in _FIELDS:
            edit = QLineEdit(box)
            edit.setClearButtonEnabled(True)
            if name == "event_date":
                edit.setPlaceholderText("YYYY-MM-DD")
            edit.textEdited.connect(lambda _t, n=name: self._mark_edited(n))
            self.fields[name] = edit
            form.addRow(self.tr(label), edit)
        self.summary = QPlainTextEdit(box)
        self.summary.setMaximumHeight(70)
        self.summary.textChanged.connect(lambda: self._mark_edited("summary"))
        form.addRow(self.tr("Summary"), self.summary)
        self.language = QLabel("", box)
        form.addRow(self.tr("Language"), self.language)

        self.photos = QTableWidget(0, 3, box)
        self.photos.setHorizontalHeaderLabels(
            [self.tr("Caption"), self.tr("Credit"), self.tr("Copyright")]
        )
        self.photos.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.photos.setColumnWidth(1, 190)
        self.photos.itemChanged.connect(lambda _i: self._mark_edited("photos"))
        self.people = QTableWidget(0, 4, box)
        self.people.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Title"), self.tr("Role"), self.tr("Check")]
        )
        self.people.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.people.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.itemChanged.connect(lambda _i: self._mark_edited("people"))
        self.warnings = QLabel("", box)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #9a6700")

        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>Photo slots</b> (as printed in the release)"), box))
        layout.addWidget(self.photos, 1)
        layout.addLayout(self._row_buttons(self.photos, "photos", self._add_photo))
        layout.addWidget(
            QLabel(self.tr("<b>People</b> — highlighted rows are suggestions to confirm"), box)
        )
        layout.addWidget(self.people, 2)
        layout.addLayout(self._row_buttons(self.people, "people", self._add_person))
        layout.addWidget(self.warnings)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(box)
        return scroll

    def _row_buttons(self, table: QTableWidget, name: str, add: Any) -> QHBoxLayout:
        row = QHBoxLayout()
        plus = QPushButton(self.tr("Add"), self)
        minus = QPushButton(self.tr("Remove selected"), self)
        plus.clicked.connect(add)

        def remove() -> None:
            for index in sorted({i.row() for i in table.selectedIndexes()}, reverse=True):
                table.removeRow(index)
            self._mark_edited(name)

        minus.clicked.connect(remove)
        row.addWidget(plus)
        row.addWidget(minus)
        row.addStretch(1)
        return row

    def _mark_edited(self, name: str) -> None:
        if not self._filling:
            self.edited.add(name)
            self._style_field(name, 1.0)

    def _style_field(self, name: str, confidence: float) -> None:
        widget: QWidget | None = self.fields.get(name) or (
            self.summary if name == "summary" else None
        )
        if widget is None:
            return
        low = confidence < LOW and name not in self.edited
        widget.setStyleSheet("background: #fff1c2" if low else "")
        widget.setToolTip(_why(confidence) if low else "")

    def _add_photo(self) -> None:
        self._photo_row(ParsedSlot(None, None, None), 1.0)
        self._mark_edited("photos")

    def _add_person(self) -> None:
        self._person_row(ParsedPerson("", None, "participant"), None)
        self._mark_edited("people")
        item = self.people.item(self.people.rowCount() - 1, 0)
        if item is not None:
            self.people.editItem(item)

    def _photo_row(self, slot: ParsedSlot, confidence: float) -> None:
        row = self.photos.rowCount()
        self.photos.insertRow(row)
        for col, value in enumerate((slot.caption, slot.credit, slot.copyright)):
            item = QTableWidgetItem(value or "")
            if confidence < LOW:
                item.setBackground(_LOW_COLOUR)
                item.setToolTip(_why(confidence))
            self.photos.setItem(row, col, item)

    def _person_row(self, person: ParsedPerson, note: str | None) -> None:
        row = self.people.rowCount()
        self.people.insertRow(row)
        name = QTableWidgetItem(person.name)
        title = QTableWidgetItem(person.title or "")
        check = QTableWidgetItem(note or "")
        check.setFlags(check.flags() & ~Qt.ItemFlag.ItemIsEditable)
        for col, item in ((0, name), (1, title), (3, check)):
            if note:
                item.setBackground(_LOW_COLOUR)
                item.setToolTip(note)
            self.people.setItem(row, col, item)
        role = QComboBox(self.people)
        role.addItem(self.tr("participant"), "participant")
        role.addItem(self.tr("mentioned"), "mentioned")
        role.setCurrentIndex(max(0, role.findData(person.role)))
        role.currentTextChanged.connect(lambda _t: self._mark_edited("people"))
        self.people.setCellWidget(row, 2, role)

    # -- text in ----------------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        self.text.setPlainText(text)

    def load_file(self, path: Path) -> None:
        """Preview a release file; saving it unchanged imports the file itself."""
        try:
            raw = path.read_bytes()
        except OSError as exc:
            self.status.setText(fill(self.tr("%1 cannot be read (%2)."), path, exc.strerror))
            return
        self.path = path
        self._loaded_text = raw.decode("utf-8", errors="replace")
        self.setWindowTitle(fill(self.tr("Import a release — %1"), path.name))
        self.text.setPlainText(self._loaded_text)

    @property
    def is_html(self) -> bool:
        return self.path is not None and self.path.suffix.lower() in (".html", ".htm")

    def _set_text_direction(self, language: str) -> None:
        rtl = language in _RTL
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.text.setLayoutDirection(direction)
        option = self.text.document().defaultTextOption()
        option.setTextDirection(direction)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.text.document().setDefaultTextOption(option)

    def _reparse(self) -> None:
        text = self.text.toPlainText()
        self._generation += 1
        gen = self._generation
        if not text.strip():
            self.save_button.setEnabled(False)
            return
        self._set_text_direction(detect_language(text))
        html = self.is_html and text == self._loaded_text
        self.jobs.run(
            _parse,
            text,
            html,
            on_done=lambda r: self._show(gen, r),
            on_error=lambda e, _tb: self._failed(gen, e),
        )

    def _show(self, generation: int, parsed: ParsedRelease) -> None:
        if generation != self._generation:
            return
        self.parsed = parsed
        self._filling = True
        try:
            self._fill(parsed)
        finally:
            self._filling = False
        self.save_button.setEnabled(True)
        low = [
            n
            for n, c in parsed.confidence.items()
            if c < LOW and n not in _OPTIONAL and not n.startswith("photo")
        ]
        self.status.setText(
            self.tr("Check the highlighted values and correct anything, then Save.")
            if low
            else self.tr("Check the fields, correct anything, then Save.")
        )

    def _fill(self, r: ParsedRelease) -> None:
        values = {
            "headline": r.headline,
            "subheadline": r.subheadline,
            "issuer": r.issuer,
            "event_date": r.event_date.isoformat() if r.event_date else None,
            "place": r.place,
        }
        for name, value in values.items():
            edit = self.fields[name]
            if name not in self.edited:
                edit.setText(value or "")
            edit.setLayoutDirection(_direction(edit.text()))
            edit.setAlignment(
                Qt.AlignmentFlag.AlignRight
                if _direction(edit.text()) == Qt.LayoutDirection.RightToLeft
                else Qt.AlignmentFlag.AlignLeft
            )
            if value:
                self._style_field(name, r.confidence.get(name, 1.0))
            else:  # most releases rightly have no subheadline
                self._style_field(name, 1.0 if name in _OPTIONAL else 0.0)
        if "summary" not in self.edited:
            self.summary.setPlainText(r.summary or "")
        self.summary.setLayoutDirection(_direction(r.summary))
        self.language.setText(r.language)
        if "photos" not in self.edited:
            self.photos.setRowCount(0)
            for n, slot in enumerate(r.photos):
                self._photo_row(slot, r.confidence.get(f"photos[{n}]", 1.0))
        if "people" not in self.edited:
            self.people.setRowCount(0)
            for p in r.participants:
                note = None
                if p.confidence < LOW:
                    note = fill(self.tr("suggested (%1): confirm or remove"), f"{p.confidence:.0%}")
                self._person_row(p, note)
        self.warnings.setText("\n".join(r.warnings))

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self.save_button.setEnabled(False)
            self.status.setText(str(exc))

    # -- out --------------------------------------------------------------------------------
    def review(self) -> ReviewedRelease:
        """The source and the archivist's corrections (raises ValueError for a bad date)."""
        fields: dict[str, Any] = {}
        for name in ("headline", "subheadline", "issuer", "place"):
            if name in self.edited:
                fields[name] = self.fields[name].text().strip() or None
        if "event_date" in self.edited:
            typed = self.fields["event_date"].text().strip()
            try:
                fields["event_date"] = dt.date.fromisoformat(typed) if typed else None
            except ValueError:
                raise ValueError(
                    fill(self.tr("The date “%1” is not a date: write it as YYYY-MM-DD."), typed)
                ) from None
        if "summary" in self.edited:
            fields["summary"] = self.summary.toPlainText().strip() or None
        photos = None
        if "photos" in self.edited:
            photos = tuple(
                ParsedSlot(*(self._cell(self.photos, row, col) for col in range(3)))
                for row in range(self.photos.rowCount())
            )
        people = None
        if "people" in self.edited:
            found = []
            for row in range(self.people.rowCount()):
                person = self._cell(self.people, row, 0)
                if not person:
                    continue
                role = self.people.cellWidget(row, 2)
                found.append(
                    ParsedPerson(
                        person,
                        self._cell(self.people, row, 1),
                        role.currentData() if isinstance(role, QComboBox) else "participant",
                    )
                )
            people = tuple(found)
        unchanged = self.path is not None and self.text.toPlainText() == self._loaded_text
        return ReviewedRelease(
            text=None if unchanged else self.text.toPlainText(),
            path=self.path if unchanged else None,
            fields=fields,
            photos=photos,
            people=people,
        )

    @staticmethod
    def _cell(table: QTableWidget, row: int, col: int) -> str | None:
        item = table.item(row, col)
        return (item.text().strip() or None) if item is not None else None

    def _save(self) -> None:
        try:
            review = self.review()
        except ValueError as exc:
            self.status.setText(str(exc))
            return
        if not (review.fields or review.photos is not None or review.people is not None):
            if review.path is not None:
                self.save_file_requested.emit(review.path)
            else:
                self.save_requested.emit(review.text or "")
        else:
            self.save_reviewed.emit(review)
        self.accept()
