"""The inspector's form is made from the field schema; a language's caption edits the
captions of every selected photo, keeping their other languages."""

from __future__ import annotations

from dataclasses import replace

from pressdesk.app.inspector import PhotoInspector
from pressdesk.core.photos.fields import EDITABLE
from pressdesk.services.reads.records import PhotoRecord


def _record(pid: int, captions: dict[str, str], city: str | None) -> PhotoRecord:
    return PhotoRecord(
        id=pid, uid=f"u{pid}", sha256="0" * 64, original_name=f"p{pid}.jpg", format="JPEG",
        width=64, height=48, bytes=1000, taken_at=None, camera_make=None, camera_model=None,
        caption="Caption", headline=None, credit="GPO", copyright=None, creator=("A", "B"),
        source=None, persons_shown=(), keywords=(), captions=captions, city=city,
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
    assert inspector.editors["creator"].text() == "A; B"
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
