"""What the photo inspector's form is made of: one editor per editable field of the schema
(a caption per language), how values show as text and come back, and the edit a change
makes on each selected photo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from pressdesk.app.field_names import field_label
from pressdesk.app.field_widgets import merged_list
from pressdesk.app.i18n import QT_TRANSLATE_NOOP, fill, translate
from pressdesk.app.release_editor import is_rtl
from pressdesk.core.photos.fields import BY_NAME, EDITABLE, Field
from pressdesk.services.reads.records import PhotoRecord

#: The languages the form offers a caption in besides the default one (GPO photos are
#: captioned in Hebrew and English; releases come in Russian too).
CAPTION_LANGUAGES = ("he", "en", "ru")
MIXED = QT_TRANSLATE_NOOP("PhotoInspector", "(different values)")
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


def tag_edits(
    photos: list[PhotoRecord], name: str, added: list[str], removed: list[str]
) -> list[tuple[int, dict[str, Any], dict[str, Any]]]:
    """(photo id, old, new) of each photo whose list changes when tags are added to and
    removed from all of them (each keeps its other tags)."""
    out = []
    for p in photos:
        old = list(getattr(p, name) or ())
        new = merged_list(old, added, removed)
        if new != old:
            out.append((p.id, {name: old}, {name: new}))
    return out


def source_text(source: str) -> str:
    """A sentence part saying where a value came from (a history source name)."""
    texts = {
        "file": translate("Provenance", "read from the file"),
        "user": translate("Provenance", "typed by a person"),
        "text": translate("Provenance", "from the release text"),
        "preset": translate("Provenance", "from a credit preset"),
        "template": translate("Provenance", "from a template"),
        "person": translate("Provenance", "from the people authority"),
        "bundle": translate("Provenance", "from a review bundle"),
        "fix": translate("Provenance", "from a one-click fix"),
        "release": translate("Provenance", "from the release (its date/place)"),
    }
    return texts.get(source, source)
