"""The window's status bar counts and its docks' geometry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from pressdesk.app.main_window import MainWindow
from pressdesk.app.settings import Settings
from pressdesk.services.reads.desk import Counts
from tests.app.waits import WAIT_MS
from tests.support.catalogues import new_catalogue
from tests.support.photo_files import camera_jpeg

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "tests" / "data" / "releases" / "seed-peres-putin.txt"


def _window(tmp_path: Path, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    cat = new_catalogue(tmp_path / "c.sqlite")
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(cat, settings, remember=False)
    qtbot.addWidget(window)
    return window


def test_counts_follow_an_import_and_ignore_late_answers(tmp_path, qtbot) -> None:
    window = _window(tmp_path, qtbot)
    with qtbot.waitSignal(window.ready, timeout=WAIT_MS):
        window.show()
    qtbot.waitUntil(lambda: "0 releases" in window.counts_label.text(), timeout=WAIT_MS)
    window.files.import_files([SEED])
    qtbot.waitUntil(lambda: "1 release ·" in window.counts_label.text(), timeout=WAIT_MS)
    files = [camera_jpeg(tmp_path / f"p{n}.jpg", caption=f"Photo {n}", seed=n) for n in range(3)]
    window.captioning.show_browser()
    window.photos.add_photos(files)
    qtbot.waitUntil(lambda: "3 photos" in window.counts_label.text(), timeout=WAIT_MS)
    browser = window.captioning.browser  # the browser lists the new photos too
    qtbot.waitUntil(lambda: browser.model.rowCount() == 3, timeout=WAIT_MS)
    # Two queries in flight: the first answers last (readers run in parallel) and is dropped.
    window._counts_asked += 2
    window._on_counts(Counts(releases=1, photos=3, people=9), window._counts_asked)
    window._on_counts(Counts(releases=1, photos=1, people=9), window._counts_asked - 1)
    assert "3 photos" in window.counts_label.text()
    window.close()
    window.catalogue.close()


def test_problems_dock_shows_eight_rows_or_more_at_1000_px(tmp_path, qtbot) -> None:
    window = _window(tmp_path, qtbot)
    window.resize(1440, 1000)
    with qtbot.waitSignal(window.ready, timeout=WAIT_MS):
        window.show()
    tree = window.problems.panel.tree
    row = tree.fontMetrics().height() + 4  # a text row with its margins
    qtbot.waitUntil(lambda: tree.viewport().height() >= 8 * row, timeout=WAIT_MS)
    assert window.centralWidget().height() >= 500  # the editor keeps most of the window
    window.close()
    window.catalogue.close()


def test_a_saved_layout_with_the_old_small_dock_is_enlarged(tmp_path, qtbot) -> None:
    cat = new_catalogue(tmp_path / "c.sqlite")
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    first = MainWindow(cat, settings)
    qtbot.addWidget(first)
    first.resize(1440, 1000)
    with qtbot.waitSignal(first.ready, timeout=WAIT_MS):
        first.show()
    first.resizeDocks([first.problems.dock], [150], Qt.Orientation.Vertical)  # as before
    qtbot.waitUntil(lambda: first.problems.dock.height() < 160, timeout=WAIT_MS)
    first.close()  # saves the layout
    again = MainWindow(cat, settings)
    qtbot.addWidget(again)
    again.resize(1440, 1000)  # (offscreen, the saved geometry comes back smaller)
    with qtbot.waitSignal(again.ready, timeout=WAIT_MS):
        again.show()
    tree = again.problems.panel.tree
    row = tree.fontMetrics().height() + 4
    qtbot.waitUntil(lambda: tree.viewport().height() >= 8 * row, timeout=WAIT_MS)
    again.close()
    cat.close()
