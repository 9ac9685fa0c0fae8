"""Import a release from pasted text: paste, check the parsed fields, save."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pressdesk.app.jobs import JobRunner
from pressdesk.core.releases import (
    ParsedRelease,
    parse_release_html,
    parse_release_text,
)


def _parse(text: str, html: bool, *, token: Any, progress: Any) -> ParsedRelease:
    return parse_release_html(text) if html else parse_release_text(text)


def preview_html(r: ParsedRelease) -> str:
    """The parsed fields as the archivist checks them before saving."""
    rows = [
        ("Headline", r.headline),
        ("Subheadline", r.subheadline),
        ("Summary", r.summary),
        ("Issuer", r.issuer),
        ("Date", r.event_date.isoformat() if r.event_date else None),
        ("Place", r.place),
        ("Language", r.language),
    ]
    out = ["<table cellspacing=4>"]
    for label, value in rows:
        shown = escape(value) if value else "<span style='color:#c0392b'>not found</span>"
        out.append(f"<tr><td><b>{label}</b></td><td dir='auto'>{shown}</td></tr>")
    out.append("</table>")
    if r.photos:
        out.append("<p><b>Photos</b></p><ol>")
        for s in r.photos:
            out.append(
                f"<li dir='auto'>{escape(s.caption or '(no caption)')}<br><small>credit "
                f"{escape(s.credit or '—')} · © {escape(s.copyright or '—')}</small></li>"
            )
        out.append("</ol>")
    if r.participants:
        out.append("<p><b>People</b></p><ul>")
        for p in r.participants:
            role = "" if p.role == "participant" else " <i>(mentioned)</i>"
            title = f", {escape(p.title)}" if p.title else ""
            out.append(f"<li>{escape(p.name)}{title}{role}</li>")
        out.append("</ul>")
    for w in r.warnings:
        out.append(f"<p style='color:#b9770e'>{escape(w)}</p>")
    return "".join(out)


class ImportDialog(QDialog):
    """Paste release text on the left; the parsed record appears on the right."""

    save_requested = Signal(str)  # pasted or edited text
    save_file_requested = Signal(object)  # an opened file, unchanged

    def __init__(self, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import a release")
        self.resize(1000, 640)
        self.jobs = jobs
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(
            "Paste the text of a press release here, as copied from the web page…"
        )
        self.preview = QTextBrowser(self)
        split = QSplitter(self)
        split.addWidget(self.text)
        split.addWidget(self.preview)
        split.setSizes([520, 480])
        self.status = QLabel("", self)
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

    def set_text(self, text: str) -> None:
        self.text.setPlainText(text)

    def load_file(self, path: Path) -> None:
        """Preview a release file; saving it unchanged imports the file itself."""
        try:
            raw = path.read_bytes()
        except OSError as exc:
            self.status.setText(f"{path} cannot be read ({exc.strerror}).")
            return
        self.path = path
        self._loaded_text = raw.decode("utf-8", errors="replace")
        self.setWindowTitle(f"Import a release — {path.name}")
        self.text.setPlainText(self._loaded_text)

    @property
    def is_html(self) -> bool:
        return self.path is not None and self.path.suffix.lower() in (".html", ".htm")

    def _reparse(self) -> None:
        text = self.text.toPlainText()
        self._generation += 1
        gen = self._generation
        if not text.strip():
            self.preview.clear()
            self.save_button.setEnabled(False)
            return
        html = self.is_html and text == self._loaded_text
        self.jobs.run(
            _parse,
            text,
            html,
            on_done=lambda r: self._show(gen, r),
            on_error=lambda e, _tb: self._failed(gen, e),
        )

    def _show(self, generation: int, parsed: ParsedRelease) -> None:
        if generation == self._generation:
            self.preview.setHtml(preview_html(parsed))
            self.save_button.setEnabled(True)
            self.status.setText("Check the fields, then Save. You can correct them afterwards.")

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self.preview.clear()
            self.save_button.setEnabled(False)
            self.status.setText(str(exc))

    def _save(self) -> None:
        text = self.text.toPlainText()
        if self.path is not None and text == self._loaded_text:
            self.save_file_requested.emit(self.path)
        else:
            self.save_requested.emit(text)
        self.accept()
