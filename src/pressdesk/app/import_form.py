"""The import preview's form: every value the parser read, editable, the unsure ones
highlighted with the reason in their tooltip. What the archivist changes is remembered, kept
when the text is parsed again, and read back as corrections."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pressdesk.app.i18n import QT_TRANSLATE_NOOP, fill, translate
from pressdesk.app.import_tables import LOW, PeopleTable, SlotTable, is_rtl, why
from pressdesk.core.releases import ParsedPerson, ParsedRelease, ParsedSlot
from pressdesk.core.releases.lang import languages
from pressdesk.services.releases.preview import PersonPreview

OPTIONAL = {"subheadline", "summary"}  # usually absent: not highlighted when empty
FIELDS = (
    ("headline", QT_TRANSLATE_NOOP("ImportDialog", "Headline")),
    ("subheadline", QT_TRANSLATE_NOOP("ImportDialog", "Subheadline")),
    ("issuer", QT_TRANSLATE_NOOP("ImportDialog", "Issuer")),
    ("event_date", QT_TRANSLATE_NOOP("ImportDialog", "Date")),
    ("place", QT_TRANSLATE_NOOP("ImportDialog", "Place")),
)


def _align(widget: QLineEdit | QPlainTextEdit, text: str | None) -> None:
    """Right to left for Hebrew or Arabic text, left to right otherwise."""
    rtl = is_rtl(text)
    widget.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    if isinstance(widget, QLineEdit):
        widget.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        widget.setCursorPosition(0)  # show a long value from its start


class ReleaseForm(QScrollArea):
    """The parsed release as editable fields and tables."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edited: set[str] = set()  # what the archivist changed: kept across re-parses
        self.filling = False
        box = QWidget(self)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for name, label in FIELDS:
            edit = QLineEdit(box)
            edit.setClearButtonEnabled(True)
            if name == "event_date":
                edit.setPlaceholderText("YYYY-MM-DD")
            edit.textEdited.connect(lambda _t, n=name: self.mark_edited(n))
            self.fields[name] = edit
            form.addRow(translate("ImportDialog", label), edit)
        self.summary = QPlainTextEdit(box)
        self.summary.setMaximumHeight(70)
        self.summary.textChanged.connect(lambda: self.mark_edited("summary"))
        form.addRow(translate("ImportDialog", "Summary"), self.summary)
        self.language = QComboBox(box)  # the parser's guess, or any language code typed
        self.language.setEditable(True)
        self.language.addItems(languages())
        self.language.textActivated.connect(lambda _t: self.mark_edited("language"))
        line = self.language.lineEdit()
        if line is not None:
            line.textEdited.connect(lambda _t: self.mark_edited("language"))
        form.addRow(translate("ImportDialog", "Language"), self.language)
        self.photos = SlotTable(box)
        self.photos.edited.connect(lambda: self.mark_edited("photos"))
        self.people = PeopleTable(box)
        self.people.edited.connect(lambda: self.mark_edited("people"))
        self.warnings = QLabel("", box)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #9a6700")

        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(translate("ImportDialog", "<b>Photo slots</b> (as printed in the release)"), box)
        )
        layout.addWidget(self.photos, 1)
        layout.addLayout(self.photos.buttons(self.photos.add_slot))
        layout.addWidget(
            QLabel(
                translate(
                    "ImportDialog", "<b>People</b> — highlighted rows are suggestions to confirm"
                ),
                box,
            )
        )
        layout.addWidget(self.people, 2)
        layout.addLayout(self.people.buttons(self.people.add_person))
        layout.addWidget(self.warnings)
        self.setWidgetResizable(True)
        self.setWidget(box)

    def mark_edited(self, name: str) -> None:
        if not self.filling:
            self.edited.add(name)
            self._style(name, 1.0)

    def _style(self, name: str, confidence: float) -> None:
        widget: QWidget | None = self.fields.get(name) or (
            self.summary if name == "summary" else None
        )
        if widget is None:
            return
        low = confidence < LOW and name not in self.edited
        widget.setStyleSheet("background: #fff1c2" if low else "")
        widget.setToolTip(why(confidence) if low else "")

    # -- in ---------------------------------------------------------------------------------
    def fill(self, r: ParsedRelease) -> None:
        """Show a parse; values the archivist corrected stay as they are."""
        self.filling = True
        try:
            self._fill(r)
        finally:
            self.filling = False

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
            _align(edit, edit.text())
            if value:
                self._style(name, r.confidence.get(name, 1.0))
            else:  # most releases rightly have no subheadline
                self._style(name, 1.0 if name in OPTIONAL else 0.0)
        if "summary" not in self.edited:
            self.summary.setPlainText(r.summary or "")
        _align(self.summary, r.summary)
        if "language" not in self.edited:
            self.language.setCurrentText(r.language)
        if "photos" not in self.edited:
            scores = [r.confidence.get(f"photos[{n}]", 1.0) for n in range(len(r.photos))]
            self.photos.set_slots(r.photos, scores)
        if "people" not in self.edited:
            self.people.set_people(r.participants)
        self.warnings.setText("\n".join(r.warnings))

    def show_previews(
        self, people: Sequence[ParsedPerson], previews: Sequence[PersonPreview]
    ) -> None:
        """What importing would do with each person, unless the list was edited since."""
        if "people" not in self.edited and tuple(people) == self.people.shown:
            self.people.set_people(people, previews)

    # -- out --------------------------------------------------------------------------------
    def corrections(
        self,
    ) -> tuple[dict[str, Any], tuple[ParsedSlot, ...] | None, tuple[ParsedPerson, ...] | None]:
        """The corrected fields, slots and people (None: not corrected); a date that is not
        one raises ValueError with a sentence to show."""
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
                    fill(
                        translate(
                            "ImportDialog", "The date “%1” is not a date: write it as YYYY-MM-DD."
                        ),
                        typed,
                    )
                ) from None
        if "summary" in self.edited:
            fields["summary"] = self.summary.toPlainText().strip() or None
        if "language" in self.edited:
            fields["language"] = self.language.currentText().strip().lower() or "en"
        photos = self.photos.slots() if "photos" in self.edited else None
        people = self.people.people() if "people" in self.edited else None
        return fields, photos, people
