"""The inspector in the window: next/previous photo keys through the strip, tags saved to
the catalogue, where each value came from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from pressdesk.services.house.lists import add_agency
from pressdesk.services.photos.ingest import ingest_photos
from pressdesk.services.reads.browse import show_photo
from pressdesk.services.releases.import_ import import_release_files
from tests.app.test_workbench import SEED, open_window, settings  # noqa: F401 (fixture)
from tests.app.waits import WAIT_MS
from tests.support.bundles import make_source
from tests.support.catalogues import new_catalogue
from tests.support.photo_files import camera_jpeg


def test_step_through_the_strip_and_tag_a_photo(tmp_path: Path, settings, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    cat = new_catalogue(tmp_path / "c.sqlite")
    rid = import_release_files(cat, [SEED]).imported[0].release.id
    files = [
        camera_jpeg(tmp_path / f"p{n}.jpg", caption=f"Photo {n}", credit="GPO", seed=n)
        for n in range(3)
    ]
    ingest_photos(cat, files, release=rid)
    add_agency(cat, "Noa Shiloh-Vardi", kind="photographer")
    window = open_window(cat, settings, qtbot)
    photos = window.photos
    qtbot.waitUntil(lambda: photos.slots.rowCount() == 3, timeout=WAIT_MS)
    ids = [i.photo.id for i in photos.slots.items if i.photo]
    photos.strip.setCurrentIndex(photos.slots.index(0))
    qtbot.waitUntil(lambda: [p.id for p in photos.inspector.photos] == ids[:1], timeout=WAIT_MS)
    inspector = photos.inspector

    # creators complete from the house list's photographers
    creator = photos.inspector.editors["creator"]
    names = creator.completer.model().stringList  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "Noa Shiloh-Vardi" in names(), timeout=WAIT_MS)
    assert "GPO" not in names()  # an agency of the house list is no creator

    # where the values came from: read from the file
    qtbot.waitUntil(lambda: inspector.labels["caption"].toolTip() != "", timeout=WAIT_MS)
    assert inspector.labels["caption"].toolTip() == "Caption: read from the file"

    # Ctrl+PgDown twice, Alt+Up once, from a field being typed in
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    city = inspector.editors["city"]
    city.setFocus()
    for key, mod, expected in (
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier, ids[1]),
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier, ids[2]),
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier, ids[2]),  # the last stays
        (Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier, ids[1]),
    ):
        qtbot.keyClick(inspector.editors["city"], key, mod)
        qtbot.waitUntil(lambda e=expected: [p.id for p in inspector.photos] == [e], timeout=WAIT_MS)

    # a keyword typed as a tag is saved, with its provenance
    keywords = inspector.editors["keywords"]
    qtbot.keyClicks(keywords.entry, "state visit")  # type: ignore[union-attr]
    qtbot.keyClick(keywords.entry, Qt.Key.Key_Return)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "state visit" in show_photo(cat, ids[1]).keywords, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: inspector.labels["keywords"].toolTip() == "Keywords: typed by a person",
        timeout=WAIT_MS,
    )
    window.close()
    cat.close()


def test_the_export_dialog_shows_the_warnings_before_it_writes(
    tmp_path: Path,
    settings,  # noqa: F811
    qtbot,
) -> None:  # type: ignore[no-untyped-def]
    source = make_source(tmp_path / "src")  # a Hebrew and a Russian credit over 32 bytes
    window = open_window(source.cat, settings, qtbot)
    window.releases.select_release(source.release_id)
    qtbot.waitUntil(lambda: window.view is not None, timeout=WAIT_MS)
    dialog = window.files.open_export_dialog()
    qtbot.waitUntil(dialog.warnings.isVisible, timeout=WAIT_MS)
    assert "2 warnings for 2 photos" in dialog.warnings_label.text()
    lines = dialog.warnings.toPlainText().splitlines()
    assert len(lines) == 2 and all("Credit (2:110) holds 32" in line for line in lines)
    # the dialog grew to hold them: the buttons do not cover the list
    assert dialog.warnings.geometry().bottom() < dialog.buttons.geometry().top()
    assert not list(tmp_path.glob("**/bagit.txt"))  # nothing written yet
    dialog.close()
    window.close()
    source.cat.close()


def test_next_photo_through_the_photo_browser(tmp_path: Path, settings, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    cat = new_catalogue(tmp_path / "c.sqlite")
    files = [camera_jpeg(tmp_path / f"p{n}.jpg", caption=f"Loose {n}", seed=n) for n in range(3)]
    ingest_photos(cat, files)  # in no release: only the browser shows them
    window = open_window(cat, settings, qtbot)
    browser = window.captioning.browser
    window.captioning.show_browser()
    qtbot.waitUntil(lambda: browser.model.rowCount() == 3, timeout=WAIT_MS)
    ids = list(browser.model.ids)
    window.captioning.inspect_photo_id(ids[0])
    inspector = window.photos.inspector
    qtbot.waitUntil(lambda: [p.id for p in inspector.photos] == ids[:1], timeout=WAIT_MS)
    inspector.editors["city"].setText("Haifa")  # typed, then the next photo: saved first
    inspector.step(1)
    qtbot.waitUntil(lambda: [p.id for p in inspector.photos] == ids[1:2], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: show_photo(cat, ids[0]).city == "Haifa", timeout=WAIT_MS)
    assert browser.selected_ids() == ids[1:2]
    inspector.step(-1)
    qtbot.waitUntil(lambda: [p.id for p in inspector.photos] == ids[:1], timeout=WAIT_MS)
    assert inspector.editors["city"].text() == "Haifa"
    window.close()
    cat.close()
