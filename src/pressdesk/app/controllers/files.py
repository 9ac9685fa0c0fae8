"""File actions: importing releases (pasted, reviewed, files), adding photos from a file
dialog, review bundles out and in, the people manager, and files dropped on the window."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from pressdesk.app.bundle_dialogs import ExportDialog, import_bundle_action
from pressdesk.app.controllers.desk import Desk
from pressdesk.app.controllers.photos import PhotosController
from pressdesk.app.controllers.releases import ReleaseListController
from pressdesk.app.i18n import fill, plural
from pressdesk.app.import_dialog import ImportDialog
from pressdesk.app.people_manager import PeopleManager
from pressdesk.services.photos.head_start import PHOTO_SUFFIXES
from pressdesk.services.releases.import_ import (
    RELEASE_SUFFIXES,
    ImportResult,
    ReviewedRelease,
    import_release_text,
    import_reviewed,
)
from pressdesk.services.releases.preview import preview_people


class FilesController(QObject):
    def __init__(
        self, desk: Desk, releases: ReleaseListController, photos: PhotosController
    ) -> None:
        super().__init__(desk.window)
        self.desk = desk
        self.releases = releases
        self.photos = photos

    # -- dialogs -------------------------------------------------------------------------------
    def open_export_dialog(self) -> ExportDialog:
        rid = self.releases.current_release_id()
        dialog = ExportDialog(self.desk.bench, rid, self.releases.model.ids, self.desk.window)
        dialog.show()
        return dialog

    def open_people_manager(self) -> PeopleManager:
        dialog = PeopleManager(self.desk.bench, self.desk.window)
        dialog.show()
        return dialog

    def import_bundle(self) -> None:
        import_bundle_action(self.desk.bench, self.desk.window)

    def open_import_dialog(self, text: str = "") -> ImportDialog:
        cat = self.desk.catalogue
        dialog = ImportDialog(
            self.desk.jobs,
            self.desk.window,
            preview_people=lambda people: preview_people(cat, people),
        )
        if text:
            dialog.set_text(text)
        dialog.save_requested.connect(self._save_pasted)
        dialog.save_file_requested.connect(lambda path: self.import_files([path]))
        dialog.save_reviewed.connect(self._save_reviewed)
        dialog.show()
        return dialog

    # -- releases ------------------------------------------------------------------------------
    def _save_pasted(self, text: str) -> None:
        cat = self.desk.catalogue
        self.desk.bench.write(
            lambda _ctx: import_release_text(cat, text),
            on_done=lambda r: self.releases.show_release(r.release.id),
        )

    def _save_reviewed(self, review: ReviewedRelease) -> None:
        """A release checked and corrected in the preview: its corrections are saved as typed."""
        cat = self.desk.catalogue
        self.desk.bench.write(
            lambda _ctx: import_reviewed(cat, review),
            on_done=lambda r: self.releases.show_release(r.release.id),
        )

    def import_files(self, paths: Sequence[Path]) -> None:
        self.desk.bench.import_releases(list(paths), self.desk.window, on_done=self._imported)

    def _imported(self, result: ImportResult) -> None:
        if result.imported:
            self.releases.show_release(result.imported[-1].release.id)
        n = len(result.imported)
        msg = fill(
            plural(self.tr("%n release(s) imported, %1 failed.", "", n), n),
            f"{len(result.errors):,}",
        )
        self.desk.status(msg)
        if result.errors:
            details = "\n".join(e.error for e in result.errors[:20])
            QMessageBox.warning(
                self.desk.window,
                self.tr("Some releases could not be imported"),
                f"{msg}\n\n{details}",
            )

    def choose_release_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.desk.window,
            self.tr("Import release files"),
            "",
            self.tr("Releases (*.txt *.html *.htm);;All files (*)"),
        )
        if len(files) == 1:  # one file: preview it first
            self.open_import_dialog().load_file(Path(files[0]))
        elif files:
            self.import_files([Path(f) for f in files])

    # -- photos --------------------------------------------------------------------------------
    def choose_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.desk.window,
            self.tr("Add photos"),
            "",
            self.tr("Images (*.jpg *.jpeg *.tif *.tiff *.png *.webp *.heic)"),
        )
        if files:
            self.photos.add_photos([Path(f) for f in files])

    def drop(self, paths: Sequence[Path]) -> None:
        """Files dropped on the window: releases are imported, photos added."""
        releases = [p for p in paths if p.suffix.lower() in RELEASE_SUFFIXES]
        photos = [p for p in paths if p.suffix.lower() in PHOTO_SUFFIXES or p.is_dir()]
        if releases:
            self.import_files(releases)
        if photos:
            self.photos.add_photos(photos)
