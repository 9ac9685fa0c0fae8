"""The photo browser: every photo of the catalogue as a grid, filtered, with batch edits.

Filters (text, in no release, with problems, credit, photographer, keyword, date taken)
select the ids in the background; the grid (:class:`PhotoGridModel`) reads records a page
at a time. Selected photos can be edited together (one undoable step), given a template or
a credit preset, or dragged onto an empty slot of the release in the photo strip.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pressdesk.app import desk_jobs
from pressdesk.app.i18n import plural
from pressdesk.app.jobs import JobRunner
from pressdesk.app.photo_grid import ICON, PhotoGridModel
from pressdesk.app.thumbnails import ThumbnailCache
from pressdesk.app.workbench import Workbench
from pressdesk.services.ops import Changes
from pressdesk.services.reads.photos import PhotoFilter
from pressdesk.services.reads.records import PhotoRecord

FILTER_DELAY_MS = 250
HEAD_START = 240  # ids read first, so the grid fills before a large catalogue's whole list
BATCH_FIELDS = ("caption", "headline", "credit", "copyright", "source")


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None


class PhotoBrowser(QWidget):
    """Every photo in the catalogue, filtered, in a grid."""

    photo_activated = Signal(int)  # a photo id (double-click or Enter)
    status = Signal(str)

    def __init__(
        self, bench: Workbench, jobs: JobRunner, thumbs: ThumbnailCache, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.bench, self.jobs, self.catalogue = bench, jobs, bench.catalogue
        self.model = PhotoGridModel(thumbs, self._load_page, self)
        self._generation = 0
        self._complete = False  # the whole list of the current filter has arrived
        self._held: list[int] = []  # selected photos the head start does not show
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self._build()
        self.bench.changed.connect(self._on_changed)

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Search captions, credits, people…  (a OR b, -word)"))
        self.text.setClearButtonEnabled(True)
        self.unattached = QCheckBox(self.tr("In no release"), self)
        self.problems = QCheckBox(self.tr("With problems"), self)
        self.credit = QLineEdit(self)
        self.credit.setPlaceholderText(self.tr("Credit"))
        self.photographer = QLineEdit(self)
        self.photographer.setPlaceholderText(self.tr("Photographer"))
        self.keyword = QLineEdit(self)
        self.keyword.setPlaceholderText(self.tr("Keyword"))
        self.date_from = QLineEdit(self)
        self.date_from.setPlaceholderText(self.tr("taken from YYYY-MM-DD"))
        self.date_to = QLineEdit(self)
        self.date_to.setPlaceholderText(self.tr("to YYYY-MM-DD"))
        for box in (self.text, self.credit, self.photographer, self.keyword):
            box.textChanged.connect(lambda _t: self._timer.start())
        for box in (self.date_from, self.date_to):  # wide enough for the placeholder
            box.setMinimumWidth(box.fontMetrics().horizontalAdvance(box.placeholderText()) + 16)
            box.setMaximumWidth(box.minimumWidth() + 40)
            box.editingFinished.connect(self.reload)
        for check in (self.unattached, self.problems):
            check.toggled.connect(lambda _on: self.reload())
        filters = QHBoxLayout()
        for w in (self.text, self.unattached, self.problems, self.credit, self.photographer):
            filters.addWidget(w)
        for w in (self.keyword, self.date_from, self.date_to):
            filters.addWidget(w)
        filters.setStretch(0, 3)

        self.grid = QListView(self)
        self.grid.setModel(self.model)
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setUniformItemSizes(True)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setIconSize(ICON)
        self.grid.setGridSize(QSize(172, 168))
        self.grid.setSpacing(4)
        self.grid.setWordWrap(True)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.setDragEnabled(True)
        self.grid.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.grid.doubleClicked.connect(lambda idx: self.photo_activated.emit(idx.data(256)))
        self.grid.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.grid, self._activate_current)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)  # (not Return in every field)

        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        body = QHBoxLayout()
        body.addWidget(self.grid, 1)
        side = QScrollArea(self)  # (the dock can be made small; the form then scrolls)
        side.setWidget(self._build_batch())
        side.setWidgetResizable(True)
        side.setFrameShape(QFrame.Shape.NoFrame)
        side.setMaximumWidth(340)
        body.addWidget(side)
        layout.addLayout(body, 1)
        layout.addWidget(self.count_label)
        self.grid.setMinimumHeight(60)

    def _build_batch(self) -> QWidget:
        box = QGroupBox(self.tr("Selected photos"), self)
        box.setMaximumWidth(320)
        form = QFormLayout(box)
        self.selected_label = QLabel(self.tr("Nothing selected"), box)
        form.addRow(self.selected_label)
        labels = {
            "caption": self.tr("Caption"),
            "headline": self.tr("Headline"),
            "credit": self.tr("Credit"),
            "copyright": self.tr("Copyright"),
            "source": self.tr("Source"),
        }
        self.batch: dict[str, QLineEdit] = {}
        for name in BATCH_FIELDS:
            edit = QLineEdit(box)
            edit.setPlaceholderText(self.tr("(unchanged)"))
            edit.setToolTip(self.tr("Leave empty to keep each photo's own value"))
            self.batch[name] = edit
            form.addRow(labels[name], edit)
        self.apply_fields = QPushButton(self.tr("Set on selected"), box)
        self.apply_fields.clicked.connect(self.apply_batch)
        form.addRow(self.apply_fields)
        self.templates = QComboBox(box)
        self.templates.setMinimumContentsLength(12)
        self.apply_tpl = QPushButton(self.tr("Apply template"), box)
        self.apply_tpl.clicked.connect(self.apply_template)
        form.addRow(self.templates, self.apply_tpl)
        self.presets = QComboBox(box)
        self.presets.setMinimumContentsLength(12)
        self.apply_pre = QPushButton(self.tr("Apply preset"), box)
        self.apply_pre.clicked.connect(self.apply_preset)
        form.addRow(self.presets, self.apply_pre)
        hint = QLabel(self.tr("Drag photos onto an empty slot of the release to attach them."))
        hint.setWordWrap(True)
        form.addRow(hint)
        self._selection_changed()
        return box

    # -- loading ----------------------------------------------------------------------------
    def current_filter(self) -> PhotoFilter:
        return PhotoFilter(
            unattached=self.unattached.isChecked(),
            problems=self.problems.isChecked(),
            credit=self.credit.text().strip() or None,
            photographer=self.photographer.text().strip() or None,
            keyword=self.keyword.text().strip() or None,
            date_from=_date(self.date_from.text()),
            date_to=_date(self.date_to.text()),
            text=self.text.text().strip() or None,
        )

    def reload(self) -> None:
        """Read the ids of the photos the filters keep (in the background): the first
        ``HEAD_START`` at once (tens of milliseconds at 750,000 photos), then all of them
        (seconds there)."""
        self._generation += 1
        generation, flt = self._generation, self.current_filter()
        self._complete = False
        self.count_label.setText(self.tr("Loading…"))
        for first, priority in ((HEAD_START, 3), (None, 2)):
            self.jobs.query(
                desk_jobs.photo_ids,
                self.catalogue,
                flt,
                first,
                on_done=partial(self._ids_arrived, generation, partial_list=first is not None),
                on_error=lambda exc, _tb: self._failed(generation, exc),
                priority=priority,
            )
        self.refresh_lookups()

    def refresh_lookups(self) -> None:
        """The templates and presets offered for the selection."""
        self.jobs.query(desk_jobs.lookups, self.catalogue, on_done=self._lookups_arrived)

    def _lookups_arrived(self, found: desk_jobs.Lookups) -> None:
        for box, names in ((self.templates, found.templates), (self.presets, found.presets)):
            current = box.currentText()
            box.clear()
            box.addItems(names)
            if current in names:
                box.setCurrentText(current)
        self._selection_changed()

    def _ids_arrived(self, generation: int, ids: list[int], *, partial_list: bool = False) -> None:
        if generation != self._generation or (partial_list and self._complete):
            return  # a newer filter is on its way, or the whole list came first
        self._complete = not partial_list
        # The selection is kept through a reload: what the head start lacks is held until
        # the whole list comes.
        selected = list(dict.fromkeys([*self._held, *self.selected_ids()]))
        self._held = selected if partial_list else []
        scrolled = self.grid.verticalScrollBar().value()
        self.model.set_ids(ids)
        if selected:
            self.select_rows([r for pid in selected if (r := self.model.row_of(pid)) is not None])
        self.grid.verticalScrollBar().setValue(scrolled)
        if partial_list and len(ids) == HEAD_START:
            self.count_label.setText(self.tr("Counting photos…"))
        else:
            self.count_label.setText(plural(self.tr("%n photo(s)", "", len(ids)), len(ids)))
        self._selection_changed()

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self.model.set_ids([])
            self.count_label.setText(str(exc))

    def _load_page(self, ids: list[int], done: Callable[[list[PhotoRecord]], None]) -> None:
        self.jobs.query(desk_jobs.photo_page, self.catalogue, ids, on_done=done, priority=1)

    def _on_changed(self, changed: Changes) -> None:
        """Edited photos are read again; photos the grid does not know yet (an ingest) read
        the ids again (the selection and scroll position are kept)."""
        if changed.photos:
            self.model.forget(changed.photos)
            known = self.model.row_of
            if self.isVisible() and any(known(pid) is None for pid in changed.photos):
                self._timer.start()

    # -- selection and batch edits ----------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.grid.selectionModel().selectedIndexes())
        return [self.model.ids[r] for r in rows if r < len(self.model.ids)]

    def select_rows(self, rows: list[int]) -> None:
        sel = self.grid.selectionModel()
        sel.clearSelection()
        flag = QItemSelectionModel.SelectionFlag.Select
        for row in rows:
            sel.select(self.model.index(row), flag)

    def _selection_changed(self) -> None:
        n = len(self.grid.selectionModel().selectedIndexes())
        self.selected_label.setText(
            plural(self.tr("%n photo(s) selected", "", n), n) if n else self.tr("Nothing selected")
        )
        self.apply_fields.setEnabled(n > 0)
        self.apply_tpl.setEnabled(n > 0 and self.templates.count() > 0)
        self.apply_pre.setEnabled(n > 0 and self.presets.count() > 0)

    def _activate_current(self) -> None:
        idx = self.grid.currentIndex()
        if idx.isValid():
            self.photo_activated.emit(idx.data(Qt.ItemDataRole.UserRole))

    def apply_batch(self) -> None:
        """Set the filled-in fields on every selected photo, in one undoable step."""
        values = {n: e.text() for n, e in self.batch.items() if e.text().strip()}
        ids = self.selected_ids()
        if not values or not ids:
            return
        versions = {pid: rec.version for pid in ids if (rec := self.model.known(pid))}
        label = plural(self.tr("Set %1 on %n photo(s)", "", len(ids)), len(ids))
        self.bench.edit_photos(
            [(pid, dict(values)) for pid in ids], label.replace("%1", ", ".join(values)), versions
        )
        for e in self.batch.values():
            e.clear()

    def apply_preset(self) -> None:
        from pressdesk.services.house.presets import apply_preset

        ids, name, cat = self.selected_ids(), self.presets.currentText(), self.catalogue
        if ids and name:
            label = self.tr("Apply preset %1").replace("%1", name)
            self.bench.undoable(label, lambda _ctx: apply_preset(cat, name, ids))

    def apply_template(self) -> None:
        from pressdesk.services.house.templates import apply_template

        ids, name, cat = self.selected_ids(), self.templates.currentText(), self.catalogue
        if ids and name:
            label = self.tr("Apply template %1").replace("%1", name)
            self.bench.undoable(label, lambda _ctx: apply_template(cat, name, ids))

    def warn(self, text: str) -> None:
        self.status.emit(text)
