"""The photo inspector: large preview, the catalogue's IPTC fields, the file's EXIF.

Fields whose catalogue value differs from what the file itself embeds are marked; fields
with an IPTC IIM byte limit count their bytes as the person types; list fields (creators,
people shown, keywords) are tags with completion; each field's label says where its value
came from, and History… shows every change. With several photos selected, an edit applies
to all of them as one undoable step (tags are added to and removed from each photo's own).
Ctrl+PgDown / Ctrl+PgUp (or Alt+Down / Alt+Up) step to the next or previous photo.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.app.field_names import field_hint, field_label
from pressdesk.app.field_widgets import ByteCounter, TagEdit, common_tags
from pressdesk.app.i18n import fill
from pressdesk.app.inspector_form import (
    _SEP,
    MIXED,
    align_text_edit,
    as_text,
    edit_values,
    embedded_value,
    field_value,
    form_keys,
    from_text,
    label_of,
    source_text,
    tag_edits,
)
from pressdesk.app.release_editor import align_for_text
from pressdesk.core.checks.limits import LIMITED
from pressdesk.services.reads.records import PhotoRecord

PREVIEW_SIZE = 640
NEXT_KEYS = ("Ctrl+PgDown", "Alt+Down")
PREVIOUS_KEYS = ("Ctrl+PgUp", "Alt+Up")
Editor = QLineEdit | QPlainTextEdit | TagEdit


class PhotoInspector(QWidget):
    """Shows and edits the selected photo(s)."""

    edit_requested = Signal(list, str)  # [(photo id, old values, new values)], undo text
    preset_requested = Signal(str, list)  # preset name, photo ids
    step_requested = Signal(int)  # +1 next photo, -1 previous
    history_requested = Signal()  # the history of the photo shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photos: list[PhotoRecord] = []
        self.provenance: dict[str, str] = {}
        self.preview = QLabel(self.tr("Select a photo in the strip to see it here."), self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(120)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.preview.setStyleSheet("background: #2b2d31; color: #d0d3d8; border-radius: 4px;")
        self._pixmap: QPixmap | None = None
        self.file_label = QLabel("", self)
        self.file_label.setWordWrap(True)
        self.file_label.setStyleSheet("color: #5f6672;")
        self.sources_label = QLabel("", self)
        self.sources_label.setWordWrap(True)
        self.sources_label.setStyleSheet("color: #8a8f98; font-size: 8pt;")

        self.editors: dict[str, Editor] = {}
        self.labels: dict[str, QLabel] = {}
        self.marks: dict[str, QLabel] = {}
        self.counters: dict[str, ByteCounter] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._build_form(form)

        self.preset_box = QComboBox(self)
        self.preset_box.setPlaceholderText(self.tr("Credit preset…"))
        self.apply_preset = QPushButton(self.tr("Apply to selected"), self)
        self.apply_preset.clicked.connect(self._apply_preset)
        preset_row = QHBoxLayout()
        preset_row.addWidget(self.preset_box, 1)
        preset_row.addWidget(self.apply_preset)
        form.addRow(self.tr("Preset"), preset_row)

        fields = QWidget(self)
        fields.setLayout(form)
        self.exif = QTableWidget(0, 2, self)
        self.exif.setHorizontalHeaderLabels([self.tr("Tag"), self.tr("Value")])
        self.exif.verticalHeader().setVisible(False)
        self.exif.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.exif.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabs = QTabWidget(self)
        scroll = QScrollArea(self)
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tabs.addTab(scroll, "IPTC")
        self.tabs.addTab(self.exif, "EXIF")
        self.history_button = QToolButton(self)
        self.history_button.setText(self.tr("History…"))
        self.history_button.setToolTip(
            self.tr("Each change of this photo's fields, with where it came from; revert one")
        )
        self.history_button.setAutoRaise(True)
        self.history_button.clicked.connect(self.history_requested)
        self.tabs.setCornerWidget(self.history_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.preview, 3)
        layout.addLayout(self._build_navigation())
        layout.addWidget(self.sources_label)
        layout.addWidget(self.tabs, 4)
        self.show_photos([])

    def _build_form(self, form: QFormLayout) -> None:
        group: str | None = None
        for key, f, _lang in form_keys():
            if f.group != group and f.group:
                heading = QLabel(field_label(f.group), self)
                heading.setStyleSheet("color: #5f6672; font-weight: bold; padding-top: 4px;")
                form.addRow(heading)
            group = f.group
            editor = self._editor(key, f)
            editor.setToolTip(field_hint(f.name) or label_of(key))
            mark = QLabel("", self)
            mark.setFixedWidth(16)
            mark.setStyleSheet("color: #d35400; font-weight: bold;")
            row = QHBoxLayout()
            row.addWidget(editor, 1)
            if f in LIMITED and not f.is_list:
                self.counters[key] = ByteCounter(f, self)
                row.addWidget(self.counters[key], 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(mark)
            label = QLabel(label_of(key), self)
            form.addRow(label, row)
            self.editors[key], self.marks[key], self.labels[key] = editor, mark, label

    def _editor(self, key: str, f: Any) -> Editor:
        if f.is_list:
            tags = TagEdit(f, self)
            tags.edited.connect(lambda added, removed, k=key: self._tags_edited(k, added, removed))
            return tags
        if f.lines > 1:
            text = QPlainTextEdit(self)
            text.setFixedHeight(22 + 18 * f.lines)
            text.installEventFilter(self)
            text.textChanged.connect(lambda e=text: align_text_edit(e))
            text.textChanged.connect(lambda e=text, k=key: self._typed(k, e.toPlainText()))
            return text
        line = QLineEdit(self)
        line.editingFinished.connect(lambda k=key: self._finish(k))
        line.textChanged.connect(lambda t, e=line: align_for_text(e, t))
        line.textChanged.connect(lambda t, k=key: self._typed(k, t))
        return line

    def _build_navigation(self) -> QHBoxLayout:
        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        for button, keys, step, what in (
            (self.previous_button, PREVIOUS_KEYS, -1, self.tr("Previous photo")),
            (self.next_button, NEXT_KEYS, 1, self.tr("Next photo")),
        ):
            button.setToolTip(f"{what} ({' / '.join(keys)})")
            button.clicked.connect(lambda _c=False, s=step: self.step(s))
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda s=step: self.step(s))
        row = QHBoxLayout()
        row.addWidget(self.file_label, 1)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        return row

    # -- contents ---------------------------------------------------------------------------
    def set_people_names(self, names: Sequence[str]) -> None:
        self._tag_editor("persons_shown").set_completions(names)

    def set_photographer_names(self, names: Sequence[str]) -> None:
        self._tag_editor("creator").set_completions(names)

    def set_keyword_names(self, names: Sequence[str]) -> None:
        self._tag_editor("keywords").set_completions(names)

    def _tag_editor(self, key: str) -> TagEdit:
        editor = self.editors[key]
        assert isinstance(editor, TagEdit)
        return editor

    def set_presets(self, names: Sequence[str]) -> None:
        self.preset_box.clear()
        self.preset_box.addItems(list(names))
        self.apply_preset.setEnabled(bool(self.photos) and self.preset_box.count() > 0)

    def show_photos(self, photos: Sequence[PhotoRecord]) -> None:
        """Show one photo, or the shared values of several."""
        keep_preview = (
            len(photos) == 1 and len(self.photos) == 1 and photos[0].id == self.photos[0].id
        )
        if not keep_preview:
            self.set_provenance(-1, {})
        self.photos = list(photos)
        self.tabs.setEnabled(bool(photos))
        self.history_button.setEnabled(len(photos) == 1)
        self.apply_preset.setEnabled(bool(photos) and self.preset_box.count() > 0)
        for name, editor in self.editors.items():
            self._show_value(name, editor, keep_preview)
            self._mark(name)
        self._show_file(photos, keep_preview)

    def _show_value(self, name: str, editor: Editor, keep_preview: bool) -> None:
        photos = self.photos
        if isinstance(editor, TagEdit):
            lists = [list(field_value(p, name)) for p in photos]
            editor.set_tags(common_tags(lists), mixed=len({tuple(x) for x in lists}) > 1)
            return
        values = [as_text(name, field_value(p, name)) for p in photos]
        text = values[0] if values and all(v == values[0] for v in values) else ""
        placeholder = self.tr(MIXED) if len(set(values)) > 1 else ""
        if editor.hasFocus() and keep_preview:
            return
        editor.blockSignals(True)
        if isinstance(editor, QPlainTextEdit):
            if editor.toPlainText() != text:
                editor.setPlainText(text)
            editor.setPlaceholderText(placeholder)
            align_text_edit(editor)
        else:
            if editor.text() != text:
                editor.setText(text)
                editor.setCursorPosition(0)
            editor.setPlaceholderText(placeholder or field_hint(name.partition(_SEP)[0]))
            align_for_text(editor, text)
        editor.blockSignals(False)
        self._typed(name, text)

    def _show_file(self, photos: Sequence[PhotoRecord], keep_preview: bool) -> None:
        if not photos:
            self.preview.setText(self.tr("Select a photo in the strip to see it here."))
            self._pixmap = None
            self.file_label.setText("")
            self.exif.setRowCount(0)
        elif len(photos) > 1:
            self.preview.setText(
                self.tr("%n photos selected\nedits apply to all of them", "", len(photos))
            )
            self._pixmap = None
            self.file_label.setText("")
            self.exif.setRowCount(0)
        else:
            p = photos[0]
            taken = fill(self.tr(" · taken %1"), p.taken_at) if p.taken_at else ""
            camera = " ".join(x for x in (p.camera_make, p.camera_model) if x)
            self.file_label.setText(
                f"{p.original_name} · {p.format} {p.width}×{p.height} · "
                f"{p.bytes / 1e6:.1f} MB{taken}" + (f" · {camera}" if camera else "")
            )
            if not keep_preview:
                self.preview.setText(self.tr("Loading preview…"))
                self._pixmap = None

    def set_provenance(self, photo_id: int, sources: dict[str, str]) -> None:
        """Where each field's value came from (field -> history source name)."""
        if photo_id != -1 and (len(self.photos) != 1 or self.photos[0].id != photo_id):
            return
        self.provenance = dict(sources)
        for key, label in self.labels.items():
            source = sources.get(key.partition(_SEP)[0])
            label.setToolTip(
                fill(self.tr("%1: %2"), label_of(key), source_text(source)) if source else ""
            )
        counts: dict[str, int] = {}
        for source in sources.values():
            counts[source] = counts.get(source, 0) + 1
        parts = [f"{source_text(s)} {n}" for s, n in sorted(counts.items(), key=lambda x: -x[1])]
        self.sources_label.setText(
            fill(self.tr("Values %1 (hover a label to see which)"), " · ".join(parts))
            if parts
            else ""
        )

    def set_preview(self, photo_id: int, pixmap: QPixmap) -> None:
        if len(self.photos) == 1 and self.photos[0].id == photo_id:
            self._pixmap = pixmap
            self._fit_preview()

    def set_exif(self, photo_id: int, rows: Sequence[tuple[str, str]]) -> None:
        if len(self.photos) != 1 or self.photos[0].id != photo_id:
            return
        self.exif.setRowCount(len(rows))
        for n, (tag, value) in enumerate(rows):
            self.exif.setItem(n, 0, QTableWidgetItem(tag))
            self.exif.setItem(n, 1, QTableWidgetItem(value))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_preview()

    def _fit_preview(self) -> None:
        if self._pixmap is not None:
            self.preview.setPixmap(
                self._pixmap.scaled(
                    self.preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def _typed(self, key: str, text: str) -> None:
        counter = self.counters.get(key)
        if counter is not None:
            counter.count(text)

    def _mark(self, name: str) -> None:
        differing = [
            p
            for p in self.photos
            if field_value(p, name) != embedded_value(p, name)
            and (field_value(p, name) or embedded_value(p, name))
        ]
        mark = self.marks[name]
        if differing:
            said = as_text(name, embedded_value(differing[0], name)) or self.tr("(nothing)")
            mark.setText("≠")
            mark.setToolTip(
                fill(self.tr("Differs from what the file embeds. The file says: %1"), said)
            )
        else:
            mark.setText("")
            mark.setToolTip("")

    # -- edits ------------------------------------------------------------------------------
    def step(self, delta: int) -> None:
        """Save what is typed, then ask for the next (+1) or previous (-1) photo."""
        self.commit_pending()
        self.step_requested.emit(delta)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QPlainTextEdit) and event.type() == QEvent.Type.FocusOut:
            for key, editor in self.editors.items():
                if editor is watched:
                    self._finish(key)
        return super().eventFilter(watched, event)

    def _finish(self, name: str) -> None:
        if not self.photos:
            return
        editor = self.editors[name]
        if isinstance(editor, TagEdit):
            editor.flush()
            return
        text = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
        if not text and len(self.photos) > 1:
            return  # "(different values)" left alone
        new = from_text(name, text)
        edits = [
            (p.id, *edit_values(p, name, new)) for p in self.photos if field_value(p, name) != new
        ]
        self._request(name, edits)

    def _tags_edited(self, name: str, added: list[str], removed: list[str]) -> None:
        self._request(name, tag_edits(self.photos, name, added, removed))

    def _request(self, name: str, edits: list[tuple[int, dict[str, Any], dict[str, Any]]]) -> None:
        if edits:
            what = label_of(name).lower()
            label = (
                fill(self.tr("Edit %1 of %2 photos"), what, len(edits))
                if len(edits) > 1
                else fill(self.tr("Edit %1"), what)
            )
            self.edit_requested.emit(edits, label)

    def commit_pending(self) -> None:
        for name in self.editors:
            self._finish(name)

    def _apply_preset(self) -> None:
        if self.photos and self.preset_box.currentText():
            self.preset_requested.emit(self.preset_box.currentText(), [p.id for p in self.photos])
