"""The import preview: values can be corrected before saving, unsure ones are highlighted,
and Hebrew text runs right to left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pressdesk.app.import_dialog import ImportDialog
from pressdesk.app.jobs import JobRunner
from pressdesk.services.releases.import_ import ReviewedRelease, import_release_text
from pressdesk.services.releases.preview import preview_people
from tests.app.waits import WAIT_MS

pytestmark = pytest.mark.usefixtures("sync_jobs")

HEBREW = """השר נפגש עם השגריר
(נמסר מלשכת שר החוץ)
שר החוץ דוד לוי נפגש היום בחיפה עם שגריר צרפת פייר דופון.
"""
ENGLISH = "Minister visits school\n\nMinister Dana Katz visited a school today. Katz spoke.\n"


def _open(qtbot, text: str, **kwargs) -> ImportDialog:
    dialog = ImportDialog(JobRunner(), **kwargs)  # (synchronous: see the sync_jobs fixture)
    qtbot.addWidget(dialog)
    dialog.set_text(text)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT_MS)
    return dialog


def test_hebrew_text_runs_right_to_left_and_fields_are_filled(qtbot) -> None:
    dialog = _open(qtbot, HEBREW)
    assert dialog.text.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.fields["issuer"].text() == "לשכת שר החוץ"
    assert dialog.fields["place"].text() == "חיפה"
    names = [dialog.people.item(r, 0).text() for r in range(dialog.people.rowCount())]
    assert names == ["דוד לוי", "פייר דופון"]


def test_unsure_values_are_highlighted_and_corrections_are_saved(qtbot) -> None:
    dialog = _open(qtbot, ENGLISH)
    place = dialog.fields["place"]
    assert place.text() == "" and "Not found" in place.toolTip()  # highlighted for checking
    place.setFocus()
    qtbot.keyClicks(place, "Eilat")
    dialog.fields["event_date"].setText("2015-05-01")
    dialog.edited.add("event_date")
    dialog.people.add_person()
    dialog.people.item(dialog.people.rowCount() - 1, 0).setText("Ruth Adler")
    saved: list[ReviewedRelease] = []
    dialog.save_reviewed.connect(saved.append)
    dialog.save_button.click()
    (review,) = saved
    assert review.fields["place"] == "Eilat" and str(review.fields["event_date"]) == "2015-05-01"
    assert review.text == ENGLISH and review.path is None
    assert [p.name for p in review.people or ()] == ["Dana Katz", "Ruth Adler"]


def test_a_bad_date_is_refused_with_a_message(qtbot) -> None:
    dialog = _open(qtbot, ENGLISH)
    dialog.fields["event_date"].setText("yesterday")
    dialog.edited.add("event_date")
    saved: list[object] = []
    dialog.save_reviewed.connect(saved.append)
    dialog.save_button.click()
    assert "YYYY-MM-DD" in dialog.status.text()
    assert saved == [] and dialog.result() != ImportDialog.DialogCode.Accepted


RUSSIAN = """Мэр посетил порт в Хайфе и встретился с моряками, которые вернулись из долгого плавания
Мэр Реувен Ривлин посетил порт в Хайфе 2 марта 2015 года.
"""
MENU = "Minister visits school\n\nMinister Dana Katz visited a school today.\n\nUseful Links\n"


def _checks(dialog: ImportDialog) -> dict[str, tuple[str, bool]]:
    table = dialog.people
    return {
        table.item(r, 0).text(): (
            table.item(r, 3).text(),
            table.item(r, 0).background().color().name() == "#fff1c2",
        )
        for r in range(table.rowCount())
    }


def test_people_matched_by_another_spelling_are_shown_to_confirm(qtbot, cat) -> None:
    import_release_text(cat, "Mayor visits port\n\nMayor Reuven Rivlin visited Haifa.\n")
    dialog = _open(qtbot, RUSSIAN, preview_people=lambda people: preview_people(cat, people))
    qtbot.waitUntil(lambda: "Реувен Ривлин" in _checks(dialog), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: _checks(dialog)["Реувен Ривлин"][0] != "", timeout=WAIT_MS)
    note, highlighted = _checks(dialog)["Реувен Ривлин"]
    assert "Reuven Rivlin" in note and "another script" in note and highlighted
    # a long headline shows from its start, not scrolled to its end
    assert dialog.fields["headline"].cursorPosition() == 0


def test_a_phrase_that_is_not_a_name_is_marked_as_left_out(qtbot, cat) -> None:
    from pressdesk.core.releases import ParsedPerson

    dialog = _open(qtbot, ENGLISH, preview_people=lambda people: preview_people(cat, people))
    people = (ParsedPerson("Dana Katz", "Minister", "participant"),)
    people += (ParsedPerson("Useful Links", None, "mentioned"),)
    dialog.people.set_people(people)
    dialog.form.show_previews(people, preview_people(cat, people))
    checks = _checks(dialog)
    assert checks["Dana Katz"] == ("new person", False)
    assert checks["Useful Links"] == ("not a name: will not be saved", True)
    assert "people" not in dialog.edited  # showing what import would do is no correction
    assert dialog.people.separate() == ()  # no suggestion here, so nothing to untick


def test_hebrew_values_in_the_tables_are_right_aligned(qtbot) -> None:
    dialog = _open(qtbot, HEBREW)
    item = dialog.people.item(0, 0)
    assert item.textAlignment() & Qt.AlignmentFlag.AlignRight
    assert dialog.fields["issuer"].alignment() & Qt.AlignmentFlag.AlignRight


def test_unticking_a_suggested_match_saves_the_name_as_a_new_person(qtbot, cat) -> None:
    import_release_text(cat, "Mayor visits port\n\nMayor Reuven Rivlin visited Haifa.\n")
    dialog = _open(qtbot, RUSSIAN, preview_people=lambda people: preview_people(cat, people))
    qtbot.waitUntil(lambda: "Реувен Ривлин" in _checks(dialog), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: bool(dialog.people.item(0, 3).flags() & Qt.ItemFlag.ItemIsUserCheckable),
        timeout=WAIT_MS,
    )
    check = dialog.people.item(0, 3)
    assert check.checkState() == Qt.CheckState.Checked  # linked unless the archivist says no
    check.setCheckState(Qt.CheckState.Unchecked)
    assert "people" not in dialog.edited  # the list itself is as parsed
    saved: list[ReviewedRelease] = []
    dialog.save_reviewed.connect(saved.append)
    dialog.save_button.click()
    (review,) = saved
    assert review.separate == ("Реувен Ривлин",) and review.people is None


def test_a_legacy_encoded_file_is_previewed_as_it_will_be_imported(qtbot, tmp_path) -> None:
    """A windows-1255 file shows its Hebrew (it showed U+FFFD marks, and saving an edit
    imported them); bytes whose encoding cannot be told are refused with the reason."""
    path = tmp_path / "old.txt"
    path.write_bytes(HEBREW.encode("cp1255"))
    dialog = ImportDialog(JobRunner())
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT_MS)
    assert dialog.text.toPlainText() == HEBREW
    assert dialog.fields["issuer"].text() == "לשכת שר החוץ"
    noise = tmp_path / "noise.txt"
    noise.write_bytes(bytes(range(0xC0, 0xFF)))
    dialog.load_file(noise)
    assert "noise.txt" in dialog.status.text() and "save it as UTF-8" in dialog.status.text()
    assert dialog.path == path


def test_the_language_can_be_corrected(qtbot) -> None:
    dialog = _open(qtbot, ENGLISH)
    assert dialog.form.language.currentText() == "en"
    dialog.form.language.setCurrentText("he")
    dialog.form.language.textActivated.emit("he")  # as when the archivist picks it
    saved: list[ReviewedRelease] = []
    dialog.save_reviewed.connect(saved.append)
    dialog.save_button.click()
    assert saved[0].fields == {"language": "he"}
