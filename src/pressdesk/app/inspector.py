"""The photo inspector: large preview, the catalogue's IPTC fields, the file's EXIF.

Fields whose catalogue value differs from what the file itself embeds are marked. With
several photos selected, an edit applies to all of them as one undoable step.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
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
from pressdesk.app.i18n import QT_TRANSLATE_NOOP, fill, translate
from pressdesk.app.release_editor import align_for_text, is_rtl
from pressdesk.core.photos.fields import BY_NAME, EDITABLE, Field
from pressdesk.services.reads.records import PhotoRecord

#: The languages the form offers a caption in besides the default one (GPO photos are
#: captioned in Hebrew and English; releases come in Russian too).
CAPTION_LANGUAGES = ("he", "en", "ru")
MIXED = QT_TRANSLATE_NOOP("PhotoInspector", "(different values)")
PREVIEW_SIZE = 640
_SEP = ":"  # "captions:he" - the editor of one language of a "langs" field


def align_text_edit(editor: QPlainTextEdit) -> None:
    """Right-align a text box holding right-to-left text (Hebrew, Arabic)."""
    document = editor.document()
    option = document.defaultTextOption()
    side = (
        Qt.AlignmentFlag.AlignRight if is_rtl(editor.toPlainText()) else Qt.AlignmentFlag.AlignLeft
    )
    if option.alignment() != side:
        option.setAlignment(side)
        document.setDefaultTextOption(option)


def form_keys() -> list[tuple[str, Field, str | None]]:
    """(editor key, field, language) of every editor the form shows, in schema order."""
    out: list[tuple[str, Field, str | None]] = []
    for f in EDITABLE:
        if f.value == "langs":
            out += [(f"{f.name}{_SEP}{lang}", f, lang) for lang in CAPTION_LANGUAGES]
        else:
            out.append((f.name, f, None))
    return out


def label_of(key: str) -> str:
    name, _, lang = key.partition(_SEP)
    if lang:
        return fill(translate("PhotoInspector", "Caption (%1)"), lang)
    return field_label(name)


def _pick(value: Any, key: str) -> Any:
    _name, _, lang = key.partition(_SEP)
    if lang:
        return (value or {}).get(lang)
    return list(value or []) if BY_NAME[key].is_list else value


def field_value(photo: PhotoRecord, key: str) -> Any:
    return _pick(getattr(photo, key.partition(_SEP)[0]), key)


def embedded_value(photo: PhotoRecord, key: str) -> Any:
    return _pick(photo.embedded.get(key.partition(_SEP)[0]), key)


def as_text(key: str, value: Any) -> str:
    if BY_NAME[key.partition(_SEP)[0]].is_list:
        return "; ".join(value or [])
    return value or ""


def from_text(key: str, text: str) -> Any:
    if BY_NAME[key.partition(_SEP)[0]].is_list:
        return [part.strip() for part in text.split(";") if part.strip()]
    return text.strip() or None


def edit_values(photo: PhotoRecord, key: str, new: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """The (old, new) values of the field an editor changes: for one language of the
    captions, the photo's whole captions with that language replaced."""
    name, _, lang = key.partition(_SEP)
    if not lang:
        return {name: field_value(photo, key)}, {name: new}
    old = dict(getattr(photo, name) or {})
    changed = {k: v for k, v in {**old, lang: new}.items() if v}
    return {name: old}, {name: changed}


class PhotoInspector(QWidget):
    """Shows and edits the selected photo(s)."""

    edit_requested = Signal(list, str)  # [(photo id, old values, new values)], undo text
    preset_requested = Signal(str, list)  # preset name, photo ids
    history_requested = Signal()  # the history of the photo shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photos: list[PhotoRecord] = []
        self.preview = QLabel(self.tr("Select a photo in the strip to see it here."), self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(120)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.preview.setStyleSheet("background: #2b2d31; color: #d0d3d8; border-radius: 4px;")
        self._pixmap: QPixmap | None = None
        self.file_label = QLabel("", self)
        self.file_label.setWordWrap(True)
        self.file_label.setStyleSheet("color: #5f6672;")

        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.marks: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        group: str | None = None
        for key, f, _lang in form_keys():
            if f.group != group and f.group:
                heading = QLabel(field_label(f.group), self)
                heading.setStyleSheet("color: #5f6672; font-weight: bold; padding-top: 4px;")
                form.addRow(heading)
            group = f.group
            editor: QLineEdit | QPlainTextEdit
            if f.lines > 1:
                editor = QPlainTextEdit(self)
                editor.setFixedHeight(22 + 18 * f.lines)
                editor.installEventFilter(self)
                editor.textChanged.connect(lambda e=editor: align_text_edit(e))
            else:
                editor = QLineEdit(self)
                editor.editingFinished.connect(lambda k=key: self._finish(k))
                editor.textChanged.connect(lambda t, e=editor: align_for_text(e, t))
            editor.setToolTip(field_hint(f.name) or label_of(key))
            mark = QLabel("", self)
            mark.setFixedWidth(16)
            mark.setStyleSheet("color: #d35400; font-weight: bold;")
            row = QHBoxLayout()
            row.addWidget(editor, 1)
            row.addWidget(mark)
            form.addRow(label_of(key), row)
            self.editors[key] = editor
            self.marks[key] = mark
        self.people_completer = QCompleter([], self)
        self.people_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.people_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        people_edit = self.editors["persons_shown"]
        assert isinstance(people_edit, QLineEdit)
        people_edit.setCompleter(self.people_completer)

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
        layout.addWidget(self.file_label)
        layout.addWidget(self.tabs, 4)
        self.show_photos([])

    # -- contents ---------------------------------------------------------------------------
    def set_people_names(self, names: Sequence[str]) -> None:
        self.people_completer.model().setStringList(list(names))  # type: ignore[attr-defined]

    def set_presets(self, names: Sequence[str]) -> None:
        self.preset_box.clear()
        self.preset_box.addItems(list(names))
        self.apply_preset.setEnabled(bool(self.photos) and self.preset_box.count() > 0)

    def show_photos(self, photos: Sequence[PhotoRecord]) -> None:
        """Show one photo, or the shared values of several."""
        keep_preview = (
            len(photos) == 1 and len(self.photos) == 1 and photos[0].id == self.photos[0].id
        )
        self.photos = list(photos)
        self.tabs.setEnabled(bool(photos))
        self.apply_preset.setEnabled(bool(photos) and self.preset_box.count() > 0)
        for name, editor in self.editors.items():
            values = [as_text(name, field_value(p, name)) for p in photos]
            text = values[0] if values and all(v == values[0] for v in values) else ""
            placeholder = self.tr(MIXED) if len(set(values)) > 1 else ""
            if editor.hasFocus() and keep_preview:
                continue
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
            self._mark(name)
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
        text = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
        if not text and len(self.photos) > 1:
            return  # "(different values)" left alone
        new = from_text(name, text)
        edits = [
            (p.id, *edit_values(p, name, new)) for p in self.photos if field_value(p, name) != new
        ]
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
