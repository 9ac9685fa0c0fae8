"""The import preview: values can be corrected before saving, unsure ones are highlighted,
and Hebrew text runs right to left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pressdesk.app.import_dialog import ImportDialog
from pressdesk.app.jobs import JobRunner
from pressdesk.services.releases.import_ import ReviewedRelease
from tests.app.waits import WAIT_MS

pytestmark = pytest.mark.usefixtures("sync_jobs")

HEBREW = """השר נפגש עם השגריר
(נמסר מלשכת שר החוץ)
שר החוץ דוד לוי נפגש היום בחיפה עם שגריר צרפת פייר דופון.
"""
ENGLISH = "Minister visits school\n\nMinister Dana Katz visited a school today. Katz spoke.\n"


def _open(qtbot, text: str) -> ImportDialog:
    dialog = ImportDialog(JobRunner())  # (synchronous: see the sync_jobs fixture)
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
    dialog._add_person()
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
