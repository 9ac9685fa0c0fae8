"""The photos of the shown release: the strip (slots, drag and drop), the inspector
(fields, preview, EXIF, presets) and adding photos."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QObject
from PySide6.QtWidgets import QMessageBox

from pressdesk.app.controllers.desk import Desk
from pressdesk.app.controllers.editor import EditorController
from pressdesk.app.controllers.releases import ReleaseListController
from pressdesk.app.i18n import fill, plural
from pressdesk.app.inspector import PhotoInspector
from pressdesk.app.photo_strip import PhotoStrip, SlotListModel
from pressdesk.core.checks.model import Problem
from pressdesk.services.house.presets import apply_preset
from pressdesk.services.photos.ingest import IngestResult
from pressdesk.services.reads import desk as reads
from pressdesk.services.reads.desk import ReleaseView
from pressdesk.services.reads.history import photo_provenance
from pressdesk.services.reads.records import PhotoRecord

PREVIEW_SIZE = 1024


class PhotosController(QObject):
    """The strip and the inspector follow the release the editor shows."""

    def __init__(
        self, desk: Desk, releases: ReleaseListController, editing: EditorController
    ) -> None:
        super().__init__(desk.window)
        self.desk = desk
        self.releases = releases
        self.editing = editing
        self.slots = SlotListModel(desk.thumbs, desk.window)
        self.slots.arrange_requested.connect(self._arrange)
        self.slots.files_dropped.connect(lambda paths, _row: self.add_photos(paths))
        self.strip = PhotoStrip(self.slots, desk.window)
        self.strip.selectionModel().selectionChanged.connect(self._strip_selected)
        self.inspector = PhotoInspector(desk.window)
        self.inspector.step_requested.connect(self.step)
        #: how the inspector's next/previous keys move: through the strip, or through
        #: whatever else showed a photo there last (the photo browser), which sets this
        self.stepper: Callable[[int, int], None] = self._strip_step
        self.inspector.edit_requested.connect(
            lambda edits, text: desk.bench.edit_photos(
                [(pid, new) for pid, _old, new in edits],
                text,
                {p.id: p.version for p in self.inspector.photos},
            )
        )
        self.inspector.preset_requested.connect(self._apply_preset)
        releases.selected.connect(lambda _rid: self.inspector.commit_pending())
        editing.view_shown.connect(self.show)

    def show(self, view: ReleaseView | None) -> None:
        """Show the release's slots, keeping the selected photos (else the first one)."""
        selected = [i.photo.id for i in self.strip.selected_items() if i.photo]
        self.slots.set_release(view.release if view else None, view.photos if view else {})
        if not selected:
            selected = [next((i.photo.id for i in self.slots.items if i.photo), -1)]
        flag = self.strip.selectionModel().SelectionFlag.Select
        for row, item in enumerate(self.slots.items):
            if item.photo and item.photo.id in selected:
                self.strip.selectionModel().select(self.slots.index(row), flag)
        self._on_strip_selection()

    def _strip_selected(self, *_args: Any) -> None:
        self.stepper = self._strip_step
        self._on_strip_selection()

    def _on_strip_selection(self, *_args: Any) -> None:
        self.inspect([i.photo for i in self.strip.selected_items() if i.photo])

    def inspect(self, photos: Sequence[PhotoRecord]) -> None:
        """Show photos in the inspector (one: with its preview and EXIF)."""
        self.inspector.show_photos(photos)
        if len(photos) == 1:
            p = photos[0]
            self.desk.thumbs.load_preview(
                p.sha256,
                p.format,
                PREVIEW_SIZE,
                lambda _sha, pix, pid=p.id: self.inspector.set_preview(pid, pix),
            )
            self.desk.jobs.query(
                reads.exif_rows,
                self.desk.catalogue,
                p,
                on_done=lambda r: self.inspector.set_exif(*r),
            )
            self.desk.jobs.query(
                photo_provenance,
                self.desk.catalogue,
                p.id,
                on_done=lambda r: self.inspector.set_provenance(*r),
            )

    def step(self, delta: int) -> None:
        """Show the next (+1) or previous (-1) photo in the inspector."""
        shown = self.inspector.photos
        if shown:
            self.stepper((shown[-1] if delta > 0 else shown[0]).id, delta)

    def _strip_step(self, photo_id: int, delta: int) -> None:
        rows = [r for r, item in enumerate(self.slots.items) if item.photo]
        ids = [self.slots.items[r].photo.id for r in rows]  # type: ignore[union-attr]
        if photo_id not in ids:
            return
        at = ids.index(photo_id) + delta
        if 0 <= at < len(rows):  # (the view's own command would read the held Ctrl as "add")
            flag = QItemSelectionModel.SelectionFlag.ClearAndSelect
            self.strip.selectionModel().setCurrentIndex(self.slots.index(rows[at]), flag)

    def _arrange(self, _old: list[int | None], new: list[int | None]) -> None:
        view = self.editing.view
        if view is not None:
            rid = view.release.id
            self.desk.bench.arrange(rid, new, version=self.editing.shown_version(rid))

    def _apply_preset(self, name: str, photo_ids: list[int]) -> None:
        cat = self.desk.catalogue
        self.desk.bench.undoable(
            fill(
                plural(
                    self.tr("Apply preset %1 to %n photo(s)", "", len(photo_ids)), len(photo_ids)
                ),
                name,
            ),
            lambda _ctx: apply_preset(cat, name, photo_ids),
        )

    def add_photos(self, paths: Sequence[Path]) -> None:
        """Ingest files/folders and attach them to the current release (progress + cancel)."""
        rid = self.releases.current_release_id()
        self.desk.bench.ingest(list(paths), rid, self.desk.window, on_done=self._ingested)

    def _ingested(self, result: IngestResult) -> None:
        added = len(result.added)
        msg = fill(
            plural(
                self.tr(
                    "%n photo(s) added, %1 already in the catalogue, %2 could not be read.",
                    "",
                    added,
                ),
                added,
            ),
            f"{len(result.duplicates):,}",
            f"{len(result.errors):,}",
        )
        if result.skipped:
            n = len(result.skipped)
            msg += " " + plural(self.tr("%n file(s) skipped: not a supported photo.", "", n), n)
        self.desk.status(msg)
        if result.errors:
            details = "\n".join(e.error for e in result.errors[:20])
            QMessageBox.warning(
                self.desk.window, self.tr("Some photos could not be added"), f"{msg}\n\n{details}"
            )

    def focus(self, problem: Problem) -> bool:
        """Select the problem's photo or slot and its field; False if the field is not a
        photo's."""
        for row, item in enumerate(self.slots.items):
            if (
                problem.photo_id is not None and item.photo and item.photo.id == problem.photo_id
            ) or (problem.photo_id is None and item.position == problem.position):
                self.strip.setCurrentIndex(self.slots.index(row))
                break
        editor = self.inspector.editors.get(problem.field or "")
        if editor is not None and problem.photo_id is not None:
            self.inspector.tabs.setCurrentIndex(0)
            editor.setFocus()
            return True
        return False
