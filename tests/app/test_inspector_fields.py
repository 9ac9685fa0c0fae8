"""The inspector's form is made from the field schema; a language's caption edits the
captions of every selected photo, keeping their other languages."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from pressdesk.app.field_widgets import TagEdit
from pressdesk.app.inspector import NEXT_KEYS, PhotoInspector
from pressdesk.core.photos.fields import EDITABLE
from pressdesk.services.reads.records import PhotoRecord


def _record(
    pid: int, captions: dict[str, str], city: str | None, keywords: tuple[str, ...] = ()
) -> PhotoRecord:
    return PhotoRecord(
        id=pid, uid=f"u{pid}", sha256="0" * 64, original_name=f"p{pid}.jpg", format="JPEG",
        width=64, height=48, bytes=1000, taken_at=None, camera_make=None, camera_model=None,
        caption="Caption", headline=None, credit="GPO", copyright=None, creator=("A", "B"),
        source=None, persons_shown=(), keywords=keywords, captions=captions, city=city,
    )  # fmt: skip


def test_every_editable_field_has_an_editor(qtbot) -> None:  # type: ignore[no-untyped-def]
    inspector = PhotoInspector()
    qtbot.addWidget(inspector)
    names = {key.partition(":")[0] for key in inspector.editors}
    assert names == {f.name for f in EDITABLE}
    assert {"captions:he", "captions:en"} <= set(inspector.editors)


def test_several_photos_a_language_caption_and_mixed_values(qtbot) -> None:  # type: ignore[no-untyped-def]
    inspector = PhotoInspector()
    qtbot.addWidget(inspector)
    one = _record(1, {"en": "One"}, "Moscow")
    two = _record(2, {"ru": "Два"}, "Sochi")
    inspector.show_photos([one, two])
    city = inspector.editors["city"]
    assert city.text() == "" and city.placeholderText() == "(different values)"
    assert inspector.editors["creator"].values() == ["A", "B"]  # tags
    hebrew = inspector.editors["captions:he"]
    with qtbot.waitSignal(inspector.edit_requested) as signal:
        hebrew.setPlainText("שלום")
        inspector.commit_pending()
    edits, label = signal.args
    assert label == "Edit caption (he) of 2 photos"
    assert [(pid, new["captions"]) for pid, _old, new in edits] == [
        (1, {"en": "One", "he": "שלום"}),
        (2, {"ru": "Два", "he": "שלום"}),
    ]
    inspector.show_photos([replace(one, captions={"en": "One", "he": "שלום"})])
    assert hebrew.toPlainText() == "שלום"


def test_keywords_are_tags_added_to_and_removed_from_each_photo_s_own(qtbot) -> None:  # type: ignore[no-untyped-def]
    inspector = PhotoInspector()
    qtbot.addWidget(inspector)
    inspector.set_keyword_names(["Knesset", "Kremlin", "Moscow"])
    one = _record(1, {}, None, ("Moscow", "Kremlin"))
    two = _record(2, {}, None, ("Kremlin", "Putin"))
    inspector.show_photos([one, two])
    keywords = inspector.editors["keywords"]
    assert isinstance(keywords, TagEdit)
    assert keywords.values() == ["Kremlin"]  # what both have
    assert "different values" in keywords.entry.placeholderText()
    keywords.completer.setCompletionPrefix("kre")
    assert keywords.completer.currentCompletion() == "Kremlin"
    with qtbot.waitSignal(inspector.edit_requested) as signal:
        qtbot.keyClicks(keywords.entry, "Peres; state visit")
        qtbot.keyClick(keywords.entry, Qt.Key.Key_Return)
    edits, label = signal.args
    assert label == "Edit keywords of 2 photos"
    assert [new["keywords"] for _pid, _old, new in edits] == [
        ["Moscow", "Kremlin", "Peres", "state visit"],
        ["Kremlin", "Putin", "Peres", "state visit"],
    ]
    inspector.show_photos([replace(one, keywords=edits[0][2]["keywords"]),
                           replace(two, keywords=edits[1][2]["keywords"])])  # fmt: skip
    assert keywords.values() == ["Kremlin", "Peres", "state visit"]
    keywords.tags.item(0).setSelected(True)  # Kremlin
    with qtbot.waitSignal(inspector.edit_requested) as signal:
        qtbot.keyClick(keywords.tags, Qt.Key.Key_Delete)
    assert [new["keywords"] for _pid, _old, new in signal.args[0]] == [
        ["Moscow", "Peres", "state visit"],
        ["Putin", "Peres", "state visit"],
    ]


def test_iim_byte_counters_count_as_the_person_types(qtbot) -> None:  # type: ignore[no-untyped-def]
    inspector = PhotoInspector()
    qtbot.addWidget(inspector)
    inspector.show_photos([_record(1, {}, None)])
    counter = inspector.counters["credit"]
    assert counter.text() == "3/32" and not counter.over  # "GPO"
    credit = inspector.editors["credit"]
    credit.setText('לע"מ / עמוס בן גרשום')  # 20 characters, 34 bytes
    assert counter.text() == "34/32" and counter.over
    assert "Credit line (2:110) holds 32" in counter.toolTip()
    assert set(inspector.counters) >= {"caption", "headline", "city", "job_id", "title"}
    assert "web_statement" not in inspector.counters  # no IIM dataset
    keywords = inspector.editors["keywords"]
    assert isinstance(keywords, TagEdit)
    keywords.set_tags(["ok", "х" * 40])  # 80 bytes: over IIM Keywords' 64
    assert keywords.tags.item(1).toolTip().startswith("80 bytes")
    assert keywords.tags.item(0).toolTip() == ""


def test_next_and_previous_keys_save_then_ask_for_the_neighbour(qtbot) -> None:  # type: ignore[no-untyped-def]
    inspector = PhotoInspector()
    qtbot.addWidget(inspector)
    inspector.show()
    inspector.activateWindow()
    qtbot.waitUntil(inspector.isActiveWindow)  # (shortcuts reach the active window only)
    inspector.show_photos([_record(1, {}, "Moscow")])
    city = inspector.editors["city"]
    city.setFocus()
    city.setText("Sochi")
    requested: list[object] = []
    inspector.edit_requested.connect(lambda edits, _label: requested.append(edits))
    with qtbot.waitSignal(inspector.step_requested) as signal:
        qtbot.keyClick(city, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert signal.args == [1] and NEXT_KEYS[0] == "Ctrl+PgDown"
    assert requested and requested[0][0][2] == {"city": "Sochi"}  # saved first
    with qtbot.waitSignal(inspector.step_requested) as signal:
        qtbot.keyClick(city, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert signal.args == [-1]


def test_where_each_value_came_from_is_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    inspector = PhotoInspector()
    qtbot.addWidget(inspector)
    inspector.show_photos([_record(7, {}, "Moscow")])
    inspector.set_provenance(8, {"city": "user"})  # another photo's: ignored
    assert inspector.labels["city"].toolTip() == ""
    inspector.set_provenance(7, {"city": "release", "caption": "file", "credit": "file"})
    assert inspector.labels["city"].toolTip() == "City: from the release (its date/place)"
    assert inspector.labels["caption"].toolTip() == "Caption: read from the file"
    assert "read from the file 2" in inspector.sources_label.text()
    with qtbot.waitSignal(inspector.history_requested):
        inspector.history_button.click()
