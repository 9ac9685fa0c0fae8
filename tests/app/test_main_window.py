"""The first window over a real catalogue: list, search, selection, model tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from pressdesk.app.main_window import MainWindow
from pressdesk.app.release_model import PLACEHOLDER, ReleaseTableModel
from pressdesk.app.settings import Settings
from pressdesk.services.reads.desk import release_rows
from tests.app.waits import WAIT_MS
from tests.support.catalogues import new_catalogue
from tests.support.rows import add_photo, add_release, add_slot


@pytest.fixture
def filled(tmp_path: Path):
    cat = new_catalogue(tmp_path / "c.sqlite")
    with cat.write() as s:
        for n in range(250):
            r = add_release(
                s,
                headline=f"Release number {n}",
                issuer="Office of the President",
                body=f"Body {n} about Jerusalem",
            )
            if n % 10 == 0:
                add_slot(s, r, 0, add_photo(s, f"p{n}.jpg"), caption="c", credit="GPO")
        add_release(s, headline="Peres meets Putin in Moscow", body="Lavrov attended")
        add_release(s, headline="נשיא המדינה נפגש עם נשיא רוסיה", body="בירושלים")
    yield cat
    cat.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_release_model_passes_qtmodeltester(filled, qtmodeltester) -> None:
    def fetch(ids, deliver):
        deliver(release_rows(filled, ids))

    model = ReleaseTableModel(fetch)
    with filled.read() as s:
        from sqlalchemy import select

        from pressdesk.catalogue.models import Release

        ids = list(s.scalars(select(Release.id).order_by(Release.id)))
    model.set_ids(ids)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 252


def test_model_fetches_rows_a_page_at_a_time_elsewhere(filled) -> None:
    """A page is asked for when first shown; until it comes the row is a placeholder, and a
    page read before a change to its rows is dropped when it comes late."""
    asked: list[list[int]] = []
    waiting: list[tuple[list[int], object]] = []

    def request(ids, deliver):  # (the window reads the page on a worker thread)
        asked.append(ids)
        waiting.append((ids, deliver))

    def deliver_all() -> None:
        while waiting:
            ids, deliver = waiting.pop(0)
            deliver(release_rows(filled, ids))

    model = ReleaseTableModel(request)
    model.set_ids(list(range(1, 253)))
    assert asked == []  # nothing read before a row is asked for
    assert model.data(model.index(0, 0)) == PLACEHOLDER and not model.loaded(0)
    assert model.data(model.index(99, 0)) == PLACEHOLDER
    assert [len(a) for a in asked] == [100]  # one request for the page, however many rows
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    deliver_all()
    assert model.data(model.index(0, 0)) == "Release number 0"
    assert model.data(model.index(99, 0)) == "Release number 99" and changed == [0]
    model.data(model.index(150, 0))
    assert [len(a) for a in asked] == [100, 100]
    model.refresh([151])  # a write changed a row whose page is still on its way
    deliver_all()
    assert model.data(model.index(150, 0)) == PLACEHOLDER  # the late page was dropped
    deliver_all()
    assert model.data(model.index(150, 0)) == "Release number 150"


def test_window_lists_searches_and_shows(filled, settings, qtbot) -> None:
    window = MainWindow(filled, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=WAIT_MS):
        window.show()
    assert window.releases.model.rowCount() == 252
    assert window.releases.model.release_id(0) == max(
        window.releases.model.ids
    )  # newest first, not by headline
    assert (
        "252 releases" in window.counts_label.text()
        or qtbot.waitUntil(lambda: "252 releases" in window.counts_label.text(), timeout=WAIT_MS)
        is None
    )
    assert window.releases.current_release_id() is not None

    qtbot.keyClicks(window.releases.search_box, "Lavro")  # search as you type: a prefix
    qtbot.waitUntil(lambda: window.releases.model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: window.editing.editor.lines["headline"].text() == "Peres meets Putin in Moscow",
        timeout=WAIT_MS,
    )

    window.releases.search_box.setText("רוסיה")
    qtbot.waitUntil(lambda: window.releases.model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: "נשיא המדינה" in window.editing.editor.lines["headline"].text(), timeout=WAIT_MS
    )
    headline = window.editing.editor.lines["headline"]
    assert headline.alignment() & Qt.AlignmentFlag.AlignRight  # Hebrew runs right to left

    window.releases.search_box.clear()
    qtbot.waitUntil(lambda: window.releases.model.rowCount() == 252, timeout=WAIT_MS)


def test_sorting_is_done_in_sql(filled, settings, qtbot) -> None:
    """Clicking a column re-runs the id query in SQL: the whole list of 252 comes back in the
    database's order, though the view has read the rows of its first page only (a sort in
    the view could order only the rows it had read)."""
    from pressdesk.services.reads.browse import ReleaseFilter, release_id_query

    window = MainWindow(filled, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=WAIT_MS):
        window.show()
    created_order = window.releases.model.ids
    for order, descending in (
        (Qt.SortOrder.AscendingOrder, False),
        (Qt.SortOrder.DescendingOrder, True),
    ):
        with filled.read() as s:
            in_sql = list(s.scalars(release_id_query(ReleaseFilter(), "headline", descending)))
        window.releases.table.sortByColumn(0, order)
        qtbot.waitUntil(lambda in_sql=in_sql: window.releases.model.ids == in_sql, timeout=WAIT_MS)
        assert len(in_sql) == 252 and in_sql != created_order
    model = window.releases.model
    model.data(model.index(0, 0)), model.data(model.index(251, 0))  # (their pages are read)
    qtbot.waitUntil(lambda: model.loaded(0) and model.loaded(251), timeout=WAIT_MS)
    first, last = model.data(model.index(0, 0)), model.data(model.index(251, 0))
    assert (first, last) == ("נשיא המדינה נפגש עם נשיא רוסיה", "Peres meets Putin in Moscow")


def test_window_state_is_remembered(filled, settings, qtbot) -> None:
    window = MainWindow(filled, settings)
    qtbot.addWidget(window)
    window.show()
    window.resize(780, 740)
    window.splitter.setSizes([230, 320, 220])
    window.close()
    again = MainWindow(filled, settings)
    qtbot.addWidget(again)
    again.show()
    assert (again.size().width(), again.size().height()) == (780, 740)
    assert abs(again.splitter.sizes()[0] - 230) < 20
    again.close()


def test_empty_catalogue_tells_what_to_do(tmp_path, settings, qtbot) -> None:
    cat = new_catalogue(tmp_path / "empty.sqlite")
    window = MainWindow(cat, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=WAIT_MS):
        window.show()
    assert window.middle.currentWidget() is window.empty
    assert "Import release text" in window.empty.text()
    window.close()
    cat.close()


def test_screenshot_command(filled, tmp_path) -> None:
    out = tmp_path / "shot.png"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pressdesk",
            "--catalogue",
            str(filled.sqlite_path),
            "gui",
            "--screenshot",
            str(out),
            "--select",
            "3",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stderr
    from PIL import Image

    with Image.open(out) as img:
        assert img.size[0] >= 800 and img.size[1] >= 500
        # not a blank image: the list and the release text are drawn
        assert len(img.convert("L").getcolors(maxcolors=100000) or []) > 20
