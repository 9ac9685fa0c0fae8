"""The captioning desk in the app: photo browser, match review, history with revert."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from pressdesk.app.main_window import MainWindow
from pressdesk.app.photo_grid import decode_photo_ids, encode_photo_ids
from pressdesk.app.photo_strip import place_photos
from pressdesk.app.settings import Settings
from pressdesk.catalogue.models import PhotoSlot
from pressdesk.services.reads.browse import show_photo, show_release
from pressdesk.services.releases.import_ import import_release_files
from tests.app.waits import WAIT_MS
from tests.support.catalogues import new_catalogue
from tests.support.jobs import run_jobs_inline
from tests.support.rows import add_photo

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "tests" / "data" / "releases" / "seed-peres-putin.txt"
CAPTION = "President Peres meets with Russian President Putin in Moscow"


@pytest.fixture
def desk(tmp_path: Path, qtbot, monkeypatch):
    run_jobs_inline(monkeypatch)
    cat = new_catalogue(tmp_path / "c.sqlite")
    rid = import_release_files(cat, [SEED]).imported[0].release.id
    with cat.write() as s:
        match = add_photo(
            s,
            "kremlin.jpg",
            caption=CAPTION,
            credit="GPO/Amos Ben Gershom",
            taken_at="2012-11-08T12:00:00",
        )
        other = add_photo(
            s,
            "harbour.jpg",
            caption="Harbour at dawn",
            credit="Reuters",
            copyright="Reuters",
            taken_at="2015-05-01T06:00:00",
        )
        ids = {"release": rid, "match": match.id, "other": other.id}
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(cat, settings, remember=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=WAIT_MS):
        window.show()
    yield window, cat, ids
    window.close()
    cat.close()


def test_browser_shows_every_photo_and_filters(desk, qtbot) -> None:
    window, _cat, ids = desk
    window.captioning.show_browser()
    browser = window.captioning.browser
    qtbot.waitUntil(lambda: browser.model.rowCount() == 2, timeout=WAIT_MS)
    assert browser.model.ids == [ids["other"], ids["match"]]  # newest first, none attached
    qtbot.waitUntil(lambda: browser.model.record(0) is not None, timeout=WAIT_MS)
    assert browser.model.index(0).data() == "Harbour at dawn"
    browser.problems.setChecked(True)  # the Kremlin photo has no copyright
    qtbot.waitUntil(lambda: browser.model.ids == [ids["match"]], timeout=WAIT_MS)
    browser.problems.setChecked(False)
    browser.text.setText("harbour OR kremlin -dawn")
    qtbot.waitUntil(lambda: browser.model.ids == [], timeout=WAIT_MS)
    browser.text.setText("")
    browser.date_from.setText("2012-11-08")
    browser.date_to.setText("2012-11-08")
    browser.reload()
    qtbot.waitUntil(lambda: browser.model.ids == [ids["match"]], timeout=WAIT_MS)
    assert "1 photo" in browser.count_label.text()


def test_batch_edit_of_the_selection_is_one_undoable_step(desk, qtbot) -> None:
    window, cat, ids = desk
    window.captioning.show_browser()
    browser = window.captioning.browser
    qtbot.waitUntil(lambda: browser.model.rowCount() == 2, timeout=WAIT_MS)
    browser.select_rows([0, 1])
    assert browser.apply_fields.isEnabled() and "2 photos selected" in browser.selected_label.text()
    browser.batch["copyright"].setText("GPO")
    browser.batch["source"].setText("Desk")
    with qtbot.waitSignal(window.bench.changed, timeout=WAIT_MS):
        browser.apply_batch()
    assert show_photo(cat, ids["match"]).copyright == "GPO"
    assert show_photo(cat, ids["other"]).source == "Desk"
    with qtbot.waitSignal(window.bench.changed, timeout=WAIT_MS):
        window.bench.undo_stack.undo()
    assert show_photo(cat, ids["other"]).copyright == "Reuters"
    assert show_photo(cat, ids["match"]).copyright is None


def test_dragging_photos_from_the_browser_onto_a_slot(desk, qtbot) -> None:
    window, cat, ids = desk
    window.releases.select_release(ids["release"])
    qtbot.waitUntil(lambda: window.photos.slots.rowCount() == 1, timeout=WAIT_MS)
    mime = encode_photo_ids([ids["match"]])
    assert decode_photo_ids(mime) == [ids["match"]]
    target = window.photos.slots.index(0)
    assert window.photos.slots.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    with qtbot.waitSignal(window.bench.changed, timeout=WAIT_MS):
        window.photos.slots.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    assert show_release(cat, ids["release"]).photos[0].photo_id == ids["match"]
    assert place_photos([None, 7, None], [5, 6, 8], 2) == [6, 7, 5]  # target first, then wrap


def test_match_review_accepts_in_one_undoable_step(desk, qtbot) -> None:
    window, cat, ids = desk
    window.releases.select_release(ids["release"])
    review = window.captioning.open_match()
    review.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(review)
    qtbot.waitUntil(lambda: review.model.rowCount() == 1, timeout=WAIT_MS)
    cand = review.model.candidate(0)
    assert cand is not None and cand.photo_id == ids["match"] and review.model.accepted[0]
    assert "taken on the event date (2012-11-08)" in cand.reasons
    with qtbot.waitSignal(window.bench.changed, timeout=WAIT_MS):
        review.apply()
    assert show_release(cat, ids["release"]).photos[0].photo_id == ids["match"]
    assert window.bench.undo_stack.count() == 1
    with qtbot.waitSignal(window.bench.changed, timeout=WAIT_MS):
        window.bench.undo_stack.undo()
    assert show_release(cat, ids["release"]).photos[0].photo_id is None
    review.reload()
    qtbot.waitUntil(lambda: review.model.rowCount() == 1, timeout=WAIT_MS)
    review.model.reassign(0, -1)  # "no photo": nothing is attached
    assert review.model.picks() == {}
    review.close()


def test_history_view_reverts_one_value(desk, qtbot) -> None:
    window, cat, ids = desk
    from pressdesk.services.photos.edit import update_photo

    update_photo(cat, ids["other"], fields={"caption": "Haifa harbour at dawn"})
    update_photo(cat, ids["other"], fields={"credit": "Reuters/Amir Cohen"})
    window.captioning.inspect_photo_id(ids["other"])
    qtbot.waitUntil(lambda: len(window.photos.inspector.photos) == 1, timeout=WAIT_MS)
    dialog = window.captioning.open_history()
    assert dialog is not None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=WAIT_MS)
    assert [e.field for e in dialog.model.entries] == ["credit", "caption"]
    assert dialog.model.index(1, 4).data() == "user"
    sel = dialog.table.selectionModel()
    sel.select(dialog.model.index(1, 0), sel.SelectionFlag.ClearAndSelect | sel.SelectionFlag.Rows)
    with qtbot.waitSignal(window.bench.changed, timeout=WAIT_MS):
        dialog.revert_selected()
    assert show_photo(cat, ids["other"]).caption == "Harbour at dawn"
    assert show_photo(cat, ids["other"]).credit == "Reuters/Amir Cohen"  # the other stays
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=WAIT_MS)
    dialog.close()


def test_photos_in_no_release_are_reachable_from_the_window(desk, qtbot) -> None:
    window, cat, ids = desk
    with cat.write() as s:
        assert s.query(PhotoSlot).filter(PhotoSlot.photo_id.is_not(None)).count() == 0
    window.captioning.inspect_photo_id(ids["match"])
    qtbot.waitUntil(lambda: len(window.photos.inspector.photos) == 1, timeout=WAIT_MS)
    assert window.photos.inspector.photos[0].caption == CAPTION
    assert dt.date.today()  # (the inspector holds the photo though it is in no release)


def test_history_buttons_of_the_editor_and_inspector_revert_one_value(desk, qtbot) -> None:
    from pressdesk.app.history_view import HistoryDialog
    from pressdesk.services.releases.edit import update_release

    window, cat, ids = desk
    update_release(cat, ids["release"], {"place": "Moscow, Kremlin"})
    update_release(cat, ids["release"], {"headline": "Peres and Putin in the Kremlin"})
    window.releases.select_release(ids["release"])
    qtbot.waitUntil(lambda: window.view is not None, timeout=WAIT_MS)
    qtbot.mouseClick(window.editing.editor.history_button, Qt.MouseButton.LeftButton)
    (dialog,) = window.findChildren(HistoryDialog)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 2, timeout=WAIT_MS)
    assert dialog.kind == "release" and dialog.model.entries[1].field == "place"
    sel = dialog.table.selectionModel()
    sel.select(dialog.model.index(1, 0), sel.SelectionFlag.ClearAndSelect | sel.SelectionFlag.Rows)
    with qtbot.waitSignal(window.bench.changed, timeout=WAIT_MS):
        dialog.revert_selected()
    release = show_release(cat, ids["release"])
    assert release.headline == "Peres and Putin in the Kremlin"  # the other value stays
    assert release.place == "Moscow"
    dialog.close()
    dialog.deleteLater()

    window.captioning.inspect_photo_id(ids["other"])
    qtbot.waitUntil(lambda: len(window.photos.inspector.photos) == 1, timeout=WAIT_MS)
    qtbot.mouseClick(window.photos.inspector.history_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(d.kind == "photo" for d in window.findChildren(HistoryDialog)),
        timeout=WAIT_MS,
    )


def test_browser_filters_by_credit_photographer_keyword_and_release(desk, qtbot) -> None:
    from pressdesk.services.photos.edit import update_photo

    window, cat, ids = desk
    update_photo(cat, ids["other"], creator=["Amir Cohen"], keywords=["harbour"])
    with cat.write() as s:  # the Kremlin photo goes into the release's slot
        slot = s.query(PhotoSlot).filter_by(release_id=ids["release"]).first()
        slot.photo_id = ids["match"]
    window.captioning.show_browser()
    browser = window.captioning.browser
    qtbot.waitUntil(lambda: browser.model.rowCount() == 2, timeout=WAIT_MS)
    for box, value, kept in (
        (browser.credit, "reuters", [ids["other"]]),
        (browser.credit, "amos ben", [ids["match"]]),
        (browser.photographer, "cohen", [ids["other"]]),
        (browser.keyword, "harbour", [ids["other"]]),
        (browser.keyword, "kremlin", []),
    ):
        box.setText(value)
        qtbot.waitUntil(lambda kept=kept: browser.model.ids == kept, timeout=WAIT_MS)
        box.clear()
        qtbot.waitUntil(lambda: browser.model.rowCount() == 2, timeout=WAIT_MS)
    browser.unattached.setChecked(True)
    qtbot.waitUntil(lambda: browser.model.ids == [ids["other"]], timeout=WAIT_MS)
    browser.select_rows([0])
    assert browser.selected_ids() == [ids["other"]]
    mime = browser.model.mimeData([browser.model.index(0)])  # what a drag from the grid carries
    assert decode_photo_ids(mime) == [ids["other"]]


def test_template_on_the_selection_is_one_undoable_step(desk, qtbot) -> None:
    from pressdesk.services.house.templates import save_template

    window, cat, ids = desk
    save_template(cat, "Desk", {"source": "Desk of {release.issuer}", "copyright": "GPO"})
    window.captioning.show_browser()
    browser = window.captioning.browser
    qtbot.waitUntil(lambda: browser.templates.count() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: browser.model.rowCount() == 2, timeout=WAIT_MS)
    browser.select_rows([0, 1])
    assert browser.apply_tpl.isEnabled()
    with qtbot.waitSignal(window.bench.changed, timeout=WAIT_MS):
        browser.apply_template()
    assert {show_photo(cat, i).copyright for i in (ids["match"], ids["other"])} == {"GPO"}
    with qtbot.waitSignal(window.bench.changed, timeout=WAIT_MS):
        window.bench.undo_stack.undo()
    assert show_photo(cat, ids["other"]).copyright == "Reuters"
    assert show_photo(cat, ids["match"]).copyright is None


def test_browser_shows_a_head_start_then_the_whole_list(desk, qtbot) -> None:
    window, _cat, ids = desk
    window.captioning.show_browser()
    browser = window.captioning.browser
    qtbot.waitUntil(lambda: browser.model.rowCount() == 2, timeout=WAIT_MS)
    browser.select_rows([1])
    generation = browser._generation + 1
    browser._generation = generation  # (as reload does, without its queries)
    browser._complete = False
    head = [ids["other"]]
    browser._ids_arrived(generation, head, partial_list=True)
    assert browser.model.ids == head and browser.count_label.text() == "1 photo"
    browser._ids_arrived(generation, [ids["other"], ids["match"]])  # the whole list
    assert browser.selected_ids() == [ids["match"]]  # the selection survived both
    browser._ids_arrived(generation, head, partial_list=True)  # a late head start: dropped
    assert browser.model.ids == [ids["other"], ids["match"]]
