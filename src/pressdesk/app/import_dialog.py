"""Import a release: paste or open it, check and correct what the parser read, save.

The raw text is on the left (right to left for Hebrew and Arabic); on the right the parsed
values in a :class:`~pressdesk.app.import_form.ReleaseForm`, with what importing would do
with each person (known, the same person in another spelling to confirm, new, left out)
when the dialog is given a way to ask the people authority. A value the archivist corrects
is kept when the text is parsed again, and is saved as typed by a person (a later re-import
never overwrites it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pressdesk.app.i18n import fill
from pressdesk.app.import_form import OPTIONAL, ReleaseForm
from pressdesk.app.import_tables import LOW, RTL
from pressdesk.app.jobs import JobRunner
from pressdesk.core.releases import (
    ParsedPerson,
    ParsedRelease,
    ReleaseParseError,
    parse_release_html,
    parse_release_text,
)
from pressdesk.core.releases.encoding import decode_release
from pressdesk.core.releases.text import detect_language
from pressdesk.services.releases.import_ import ReviewedRelease
from pressdesk.services.releases.preview import PersonPreview

PreviewPeople = Callable[[Sequence[ParsedPerson]], list[PersonPreview]]


def _parse(text: str, html: bool, *, ctx: object) -> ParsedRelease:
    return parse_release_html(text) if html else parse_release_text(text)


class ImportDialog(QDialog):
    """Paste release text on the left; check and correct the parsed record on the right."""

    save_requested = Signal(str)  # pasted text, nothing corrected
    save_file_requested = Signal(object)  # an opened file, unchanged, nothing corrected
    save_reviewed = Signal(object)  # a ReviewedRelease: the source plus corrections

    def __init__(
        self,
        jobs: JobRunner,
        parent: QWidget | None = None,
        *,
        preview_people: PreviewPeople | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a release"))
        self.resize(1180, 720)
        self.jobs = jobs
        self.preview_people = preview_people
        self.parsed: ParsedRelease | None = None
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(
            self.tr("Paste the text of a press release here, as copied from the web page…")
        )
        self.form = ReleaseForm(self)
        self.fields, self.photos, self.people = self.form.fields, self.form.photos, self.form.people
        split = QSplitter(self)
        split.addWidget(self.text)
        split.addWidget(self.form)
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
        self.path: Path | None = None
        self._loaded_text = ""

    @property
    def edited(self) -> set[str]:
        """The values the archivist changed (kept across re-parses)."""
        return self.form.edited

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
        try:  # as the import will read it: UTF-8, or the legacy encoding it was saved in
            self._loaded_text = decode_release(raw, path.name).text
        except ReleaseParseError as exc:
            self.status.setText(str(exc))
            return
        self.path = path
        self.setWindowTitle(fill(self.tr("Import a release — %1"), path.name))
        self.text.setPlainText(self._loaded_text)

    @property
    def is_html(self) -> bool:
        return self.path is not None and self.path.suffix.lower() in (".html", ".htm")

    def _set_text_direction(self, language: str) -> None:
        rtl = language in RTL
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
        self.form.fill(parsed)
        self.save_button.setEnabled(True)
        low = [
            n
            for n, c in parsed.confidence.items()
            if c < LOW and n not in OPTIONAL and not n.startswith("photo")
        ]
        self.status.setText(
            self.tr("Check the highlighted values and correct anything, then Save.")
            if low
            else self.tr("Check the fields, correct anything, then Save.")
        )
        if self.preview_people is not None and parsed.participants:
            people = parsed.participants
            self.jobs.query(
                self.preview_people,
                people,
                on_done=lambda previews: self._previewed(generation, people, previews),
            )

    def _previewed(
        self, generation: int, people: Sequence[ParsedPerson], previews: list[PersonPreview]
    ) -> None:
        if generation == self._generation:
            self.form.show_previews(people, previews)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self.save_button.setEnabled(False)
            self.status.setText(str(exc))

    # -- out --------------------------------------------------------------------------------
    def review(self) -> ReviewedRelease:
        """The source and the archivist's corrections (raises ValueError for a bad date)."""
        fields, photos, people = self.form.corrections()
        unchanged = self.path is not None and self.text.toPlainText() == self._loaded_text
        return ReviewedRelease(
            text=None if unchanged else self.text.toPlainText(),
            path=self.path if unchanged else None,
            fields=fields,
            photos=photos,
            people=people,
            separate=self.people.separate(),
        )

    def _save(self) -> None:
        try:
            review = self.review()
        except ValueError as exc:
            self.status.setText(str(exc))
            return
        if not review.corrected:
            if review.path is not None:
                self.save_file_requested.emit(review.path)
            else:
                self.save_requested.emit(review.text or "")
        else:
            self.save_reviewed.emit(review)
        self.accept()
