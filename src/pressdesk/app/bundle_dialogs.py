"""Exporting a review bundle and importing one, from the app."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.app.i18n import fill, plural, translate
from pressdesk.app.workbench import Workbench
from pressdesk.services.bundles.export import ExportResult, export_bundle
from pressdesk.services.bundles.import_ import BundleImportResult, import_bundle
from pressdesk.services.bundles.warnings import ExportWarning, export_warnings
from pressdesk.services.jobs import JobContext


def _export_job(
    cat: Any, ids: list[int], out: Path, as_zip: bool, *, ctx: JobContext
) -> ExportResult:
    return export_bundle(cat, ids, out, as_zip=as_zip, ctx=ctx)


def _warnings_job(cat: Any, ids: list[int], *, ctx: JobContext) -> list[ExportWarning]:
    return export_warnings(cat, ids)


class ExportDialog(QDialog):
    """Choose which releases, folder or zip, and where; then export with progress."""

    def __init__(
        self,
        bench: Workbench,
        current: int | None,
        listed: list[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bench = bench
        self.current = current
        self.listed = listed
        self.setWindowTitle(self.tr("Export a review bundle"))
        self.setMinimumWidth(560)
        self.one = QRadioButton(self.tr("The selected release"), self)
        self.all = QRadioButton(
            plural(self.tr("All %n release(s) in the list", "", len(listed)), len(listed)), self
        )
        self.one.setEnabled(current is not None)
        (self.one if current is not None else self.all).setChecked(True)
        self.all.setEnabled(bool(listed))
        which = QButtonGroup(self)
        which.addButton(self.one)
        which.addButton(self.all)
        self.as_folder = QRadioButton(self.tr("Folder"), self)
        self.as_zip = QRadioButton(self.tr("Zip file"), self)
        self.as_zip.setChecked(True)
        kind = QButtonGroup(self)
        kind.addButton(self.as_folder)
        kind.addButton(self.as_zip)
        kinds = QHBoxLayout()
        kinds.addWidget(self.as_zip)
        kinds.addWidget(self.as_folder)
        kinds.addStretch(1)
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("Where to write the bundle"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Releases"), self.one)
        form.addRow("", self.all)
        form.addRow(self.tr("As"), kinds)
        form.addRow(self.tr("Save to"), where)
        note = QLabel(
            self.tr(
                "The bundle holds an offline review page (index.html), the records as "
                "JSON and copies of the photos with captions and credits embedded. "
                "Originals are not touched."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6672;")
        self.warnings_label = QLabel(self.tr("Checking what the photo copies can carry…"), self)
        self.warnings_label.setWordWrap(True)
        self.warnings = QPlainTextEdit(self)
        self.warnings.setReadOnly(True)
        self.warnings.setFixedHeight(140)
        self.warnings.setVisible(False)
        self.one.toggled.connect(self._check_warnings)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.warnings)
        layout.addWidget(self.buttons)
        self._asked: list[int] = []
        self._check_warnings()

    def _check_warnings(self) -> None:
        """Find, in the background, what the export cannot write as the catalogue has it."""
        ids = self.chosen_ids()
        self._asked = ids
        if not ids:
            self.show_warnings([])
            return
        self.warnings_label.setText(self.tr("Checking what the photo copies can carry…"))
        self.bench.jobs.run(
            _warnings_job,
            self.bench.catalogue,
            ids,
            on_done=partial(self._checked, ids),
            on_error=lambda e, _tb: self.warnings_label.setText(
                fill(self.tr("Could not check: %1"), e)
            ),
        )

    def _checked(self, asked: list[int], found: list[ExportWarning]) -> None:
        if asked == self._asked:  # (an answer for an earlier choice is dropped)
            self.show_warnings(found)

    def show_warnings(self, found: list[ExportWarning]) -> None:
        """Say, before anything is written, what the copies will not carry as catalogued."""
        if not found:
            self.warnings_label.setText(
                self.tr("Every photo copy will carry the catalogue's values.")
            )
            self.warnings_label.setStyleSheet("color: #2e7d32;")
            self.warnings.setVisible(False)
            self.adjustSize()
            return
        photos = len({w.photo_id for w in found})
        many = plural(self.tr("%n warning(s)", "", len(found)), len(found))
        of = plural(self.tr("%n photo(s)", "", photos), photos)
        self.warnings_label.setText(
            fill(
                self.tr(
                    "⚠ %1 for %2: the copies will not carry these values as the catalogue "
                    "has them (index.html marks them too). Fix them in the inspector first, "
                    "or export anyway."
                ),
                many,
                of,
            )
        )
        self.warnings_label.setStyleSheet("color: #b35900; font-weight: bold;")
        self.warnings.setPlainText("\n".join(w.message for w in found))
        self.warnings.setVisible(True)
        self.adjustSize()  # (grown to the warnings: the buttons no longer cover them)

    def chosen_ids(self) -> list[int]:
        if self.one.isChecked() and self.current is not None:
            return [self.current]
        return list(self.listed)

    def _browse(self) -> None:
        if self.as_zip.isChecked():
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save bundle"), "review-bundle.zip", self.tr("Zip files (*.zip)")
            )
        else:
            path = QFileDialog.getExistingDirectory(self, self.tr("Choose a parent folder"))
            path = str(Path(path) / "review-bundle") if path else ""
        if path:
            self.path.setText(path)

    def _export(self) -> None:
        text = self.path.text().strip()
        if not text:
            QMessageBox.information(
                self, self.tr("Export"), self.tr("Choose where to write the bundle first.")
            )
            return
        out = Path(text).expanduser()
        if self.as_zip.isChecked() and out.suffix.lower() != ".zip":
            out = out.with_suffix(".zip")
        ids = self.chosen_ids()
        parent = self.parentWidget() or self
        self.bench.jobs.run(
            _export_job,
            self.bench.catalogue,
            ids,
            out,
            self.as_zip.isChecked(),
            on_done=lambda r: _exported(parent, r),
            on_error=lambda e, _tb: _tell(parent, self.tr("Export failed"), str(e), warn=True),
            on_cancel=lambda: _tell(
                parent,
                self.tr("Export cancelled"),
                fill(self.tr("Nothing was written at %1."), out),
            ),
            title=self.tr("Exporting review bundle"),
            dialog_parent=parent,
        )
        self.accept()


def _tell(parent: QWidget, title: str, text: str, *, warn: bool = False) -> None:
    if warn:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


def _exported(parent: QWidget, result: ExportResult) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(translate("ExportDialog", "Bundle written"))
    box.setText(
        fill(
            translate("ExportDialog", "The review bundle is at %1\n%2, %3, %4 MB."),
            result.path,
            plural(
                translate("ExportDialog", "%n release(s)", None, result.releases), result.releases
            ),
            plural(translate("ExportDialog", "%n photo(s)", None, result.photos), result.photos),
            f"{result.bytes / 1e6:.1f}",
        )
    )
    if result.warnings:
        box.setDetailedText("\n".join(w.message for w in result.warnings))
    reveal = box.addButton(
        translate("ExportDialog", "Show in folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is reveal:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(result.path).parent)))


def import_bundle_action(bench: Workbench, parent: QWidget, path: Path | None = None) -> None:
    """Ask for a bundle (zip or folder) and merge it into the catalogue."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            translate("ExportDialog", "Import review bundle"),
            "",
            translate("ExportDialog", "Bundles (*.zip);;All files (*)"),
        )
        if not chosen:
            chosen = QFileDialog.getExistingDirectory(
                parent, translate("ExportDialog", "…or choose a bundle folder")
            )
        if not chosen:
            return
        path = Path(chosen)

    def done(result: BundleImportResult) -> None:
        added = len(result.added)
        lines = [
            fill(
                translate("ExportDialog", "%1 added, %2 updated, %3 already up to date."),
                plural(translate("ExportDialog", "%n record(s)", None, added), added),
                f"{len(result.updated):,}",
                f"{len(result.skipped):,}",
            )
        ]
        if result.resumed is not None:
            lines.insert(
                0,
                fill(
                    translate("ExportDialog", "This finished an import that had stopped after %1."),
                    result.resumed,
                ),
            )
        lines += [
            fill(translate("ExportDialog", "Note: %1."), other.message())
            for other in result.unfinished
        ]
        QMessageBox.information(
            parent, translate("ExportDialog", "Bundle imported"), "\n\n".join(lines)
        )

    cat = bench.catalogue
    bench.write(
        lambda ctx: import_bundle(cat, path, ctx=ctx),
        on_done=done,
        title=translate("ExportDialog", "Importing bundle"),
        dialog_parent=parent,
    )
