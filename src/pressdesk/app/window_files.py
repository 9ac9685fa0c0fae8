"""The main window's file actions: importing releases and bundles, adding photos,
exporting (a mixin of MainWindow)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from pressdesk.app.bundle_dialogs import ExportDialog
from pressdesk.app.import_dialog import ImportDialog
from pressdesk.app.people_manager import PeopleManager
from pressdesk.core.wording import count
from pressdesk.services.photos.head_start import PHOTO_SUFFIXES
from pressdesk.services.photos.ingest import IngestResult
from pressdesk.services.releases.import_ import (
    RELEASE_SUFFIXES,
    ImportResult,
    ReviewedRelease,
    import_release_text,
    import_reviewed,
)

# (what the mixin borrows from MainWindow, for the type checker)
if TYPE_CHECKING:
    _Window = QMainWindow
else:
    _Window = object


class FileActions(_Window):
    """Bring releases, photos and bundles in; send bundles out."""

    bench: Any
    jobs: Any
    catalogue: Any
    model: Any
    search_box: Any
    _pending_select: int | None

    if TYPE_CHECKING:

        def current_release_id(self) -> int | None: ...
        def reload(self) -> None: ...

    def add_photos(self, paths: Sequence[Path]) -> None:
        """Ingest files/folders and attach them to the current release (progress + cancel)."""
        rid = self.current_release_id()
        self.bench.ingest(list(paths), rid, self, on_done=self._ingested)

    def _ingested(self, result: IngestResult) -> None:
        msg = (
            f"{count(len(result.added), 'photo')} added, {len(result.duplicates):,} already in the "
            f"catalogue, {len(result.errors)} could not be read."
        )
        self.statusBar().showMessage(msg, 10000)
        if result.errors:
            details = "\n".join(e.error for e in result.errors[:20])
            QMessageBox.warning(self, "Some photos could not be added", f"{msg}\n\n{details}")

    def open_export_dialog(self) -> ExportDialog:
        dialog = ExportDialog(self.bench, self.current_release_id(), self.model.ids, self)
        dialog.show()
        return dialog

    def open_people_manager(self) -> PeopleManager:
        dialog = PeopleManager(self.bench, self)
        dialog.show()
        return dialog

    # -- import -------------------------------------------------------------------------------
    def open_import_dialog(self, text: str = "") -> ImportDialog:
        dialog = ImportDialog(self.jobs, self)
        if text:
            dialog.set_text(text)
        dialog.save_requested.connect(self._save_pasted)
        dialog.save_file_requested.connect(lambda path: self.import_files([path]))
        dialog.save_reviewed.connect(self._save_reviewed)
        dialog.show()
        return dialog

    def _save_pasted(self, text: str) -> None:
        self.bench.write(
            import_release_text,
            self.catalogue,
            text,
            on_done=lambda r: self._imported_one(r.release.id),
        )

    def _save_reviewed(self, review: ReviewedRelease) -> None:
        """A release checked and corrected in the preview: its corrections are saved as typed."""
        self.bench.write(
            import_reviewed,
            self.catalogue,
            review,
            on_done=lambda r: self._imported_one(r.release.id),
        )

    def _imported_one(self, release_id: int) -> None:
        self._pending_select = release_id
        self.search_box.clear()
        self.reload()

    def import_files(self, paths: Sequence[Path]) -> None:
        self.bench.import_releases(list(paths), self, on_done=self._imported)

    def _imported(self, result: ImportResult) -> None:
        if result.imported:
            self._imported_one(result.imported[-1].release.id)
        msg = f"{count(len(result.imported), 'release')} imported, {len(result.errors):,} failed."
        self.statusBar().showMessage(msg, 10000)
        if result.errors:
            details = "\n".join(e.error for e in result.errors[:20])
            QMessageBox.warning(self, "Some releases could not be imported", f"{msg}\n\n{details}")

    def _choose_release_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Import release files", "", "Releases (*.txt *.html *.htm);;All files (*)"
        )
        if len(files) == 1:  # one file: preview it first
            self.open_import_dialog().load_file(Path(files[0]))
        elif files:
            self.import_files([Path(f) for f in files])

    def _choose_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Add photos", "", "Images (*.jpg *.jpeg *.tif *.tiff *.png *.webp *.heic)"
        )
        if files:
            self.add_photos([Path(f) for f in files])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        releases = [p for p in paths if p.suffix.lower() in RELEASE_SUFFIXES]
        photos = [p for p in paths if p.suffix.lower() in PHOTO_SUFFIXES or p.is_dir()]
        if releases:
            self.import_files(releases)
        if photos:
            self.add_photos(photos)
        event.acceptProposedAction()
