"""The app in Hebrew: every text is translated, the layout runs right to left, the language
is a preference whose default is the system's."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from pressdesk.app import field_names, language
from pressdesk.app.language import read_ts, system_language, ts_file
from pressdesk.app.main_window import MainWindow
from pressdesk.app.preferences import PreferencesDialog
from pressdesk.app.settings import Settings
from pressdesk.catalogue.models import SOURCES
from pressdesk.core.photos.fields import FIELDS
from pressdesk.services.reads.records import RELEASE_FIELDS
from pressdesk.services.releases.import_ import import_release_files
from tests.app.waits import WAIT_MS
from tests.support.catalogues import new_catalogue
from tests.support.rows import add_photo

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "src" / "pressdesk" / "app"
SEED = REPO / "tests" / "data" / "releases" / "seed-peres-putin.txt"
HEBREW = re.compile(r"[\u0590-\u05ff]")
#: Latin words a Hebrew window may show: the app's name, formats, acronyms, key names and
#: the date pattern people type.
ALLOWED = {
    "pressdesk", "YYYY", "MM", "DD", "HH", "SS", "DDTHH", "IPTC", "EXIF", "JSON", "Zip", "ISO",
    "Ctrl", "OR", "html", "index", "txt", "htm", "jpg", "jpeg", "tif", "tiff", "png",
    "webp", "heic", "zip", "IL", "RU", "US", "he", "en", "ru", "MB", "Shift", "Alt", "PgUp",
    "PgDown", "Up", "Down", "Delete", "IIM", "XMP", "UTF",
    "English",  # the name of the language in its own language (Preferences)
}  # fmt: skip
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _lupdate(out: Path) -> None:
    sources = [*sorted(str(p) for p in APP.rglob("*.py")), str(REPO / "ui" / "release_editor.ui")]
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(tool), *sources, "-ts", str(out), "-locations", "none"],
        check=True,
        capture_output=True,
    )


def test_every_text_of_the_app_has_a_hebrew_translation(tmp_path) -> None:
    """lupdate over the sources now: each text it finds is translated (into Hebrew letters,
    not left empty or in English) in the .ts kept in the repository."""
    fresh = tmp_path / "fresh.ts"
    _lupdate(fresh)
    wanted = set(read_ts_sources(fresh))
    have = read_ts(ts_file("he"))
    assert len(wanted) > 300
    missing = sorted(k for k in wanted if k not in have)
    assert not missing, (
        f"translate these in {ts_file('he')} (pyside6-lupdate, then Linguist): {missing}"
    )
    not_hebrew = [k for k, forms in have.items() if not all(HEBREW.search(f) for f in forms)]
    assert all(_latin_free(k[1]) for k in not_hebrew), not_hebrew  # only "YYYY-MM-DD"


def read_ts_sources(path: Path) -> list[tuple[str, str, str]]:
    from xml.etree import ElementTree

    out = []
    for context in ElementTree.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            out.append(
                (
                    context.findtext("name") or "",
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                )
            )
    return out


def _latin_free(text: str) -> bool:
    return all(w in ALLOWED for w in LATIN_WORD.findall(text))


def test_field_names_cover_the_schema() -> None:
    names = {f.name for f in FIELDS} | {f.group for f in FIELDS if f.group} | set(RELEASE_FIELDS)
    assert names <= set(field_names.LABELS), names - set(field_names.LABELS)
    assert {f.hint for f in FIELDS if f.hint} <= set(field_names.HINTS)
    assert set(SOURCES) <= set(field_names.SOURCES)


def test_every_rule_of_the_checks_has_a_text() -> None:
    from pressdesk.app.problem_texts import rule_text
    from pressdesk.core.checks.rules import CODES

    missing = [code for code in CODES if rule_text(code) is None]
    assert not missing, f"add these rule codes to app/problem_texts.py: {missing}"


def test_every_reason_of_the_match_has_a_text() -> None:
    from pressdesk.app.reason_texts import REASONS, reason_text
    from pressdesk.core.matching import REASONS as MADE
    from pressdesk.core.matching import Reason

    assert set(MADE) <= set(REASONS), set(MADE) - set(REASONS)
    reason = Reason("credit {} differs from {}", "'GPO'", "'Reuters'")
    assert reason == "credit 'GPO' differs from 'Reuters'"  # read as its English text
    assert reason_text(reason) == reason  # (no translation installed: English)


def test_the_language_follows_the_system_unless_chosen(tmp_path, qtbot) -> None:
    assert system_language(QLocale("he_IL")) == "he"
    assert system_language(QLocale("iw_IL")) == "he"
    assert system_language(QLocale("en_GB")) == "en"
    assert system_language(QLocale("de_DE")) == "en"  # no German translation: English
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert settings.language is None
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # "System default (…)"
    dialog.language.setCurrentIndex(dialog.language.findData("he"))
    assert dialog.note.text()  # applies at the next start
    dialog.accept()
    assert settings.language == "he"


@pytest.fixture
def hebrew(qapp):
    assert language.install(qapp, "he") == "he"
    yield qapp
    language.install(qapp, "en")


def _texts(widget: QWidget, data: tuple[QWidget, ...] = ()) -> list[tuple[str, str]]:
    """(where, text) of what a person reads in a window: labels, buttons, placeholders,
    menus, headers, tabs, titles, tooltips; not the records' own values (``data``: widgets
    that show them, such as the lists of issuers, presets and templates)."""
    found: list[tuple[str, str]] = [("title", widget.windowTitle())]
    for w in widget.findChildren(QWidget):
        name = f"{type(w).__name__} {w.objectName()}"
        if w in data:
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            found.append((name, w.text()))
        elif isinstance(w, QLineEdit):
            found.append((name, w.placeholderText()))
        elif isinstance(w, QGroupBox | QDockWidget):
            found.append((name, w.title() if isinstance(w, QGroupBox) else w.windowTitle()))
        elif isinstance(w, QTabWidget):
            found += [(name, w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            found += [(name, w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QMenu):
            found += [(f"menu {w.title()}", a.text()) for a in w.actions()]
            found.append((name, w.title()))
        elif isinstance(w, QHeaderView) and w.model() is not None:
            m, o = w.model(), w.orientation()
            if o == Qt.Orientation.Horizontal:
                found += [(name, str(m.headerData(s, o) or "")) for s in range(m.columnCount())]
        if w.toolTip() and not isinstance(w, QLineEdit):
            found.append((name + " tooltip", w.toolTip()))
    return [(where, t) for where, t in found if t]


def _english(texts: list[tuple[str, str]], data: set[str]) -> list[tuple[str, str]]:
    return [
        (where, t)
        for where, t in texts
        if t not in data
        and not _latin_free(re.sub(r"<[^>]+>|&(?=\w)", "", t))  # markup, accelerators
    ]


def test_the_window_in_hebrew_is_right_to_left_and_has_no_english(hebrew, tmp_path, qtbot):
    cat = new_catalogue(tmp_path / "c.sqlite")
    rid = import_release_files(cat, [SEED]).imported[0].release.id
    with cat.write() as s:
        add_photo(s, "loose.jpg", caption="Harbour at dawn", credit="Reuters")
        add_photo(  # a photo the match proposes for the release's slot
            s,
            "kremlin.jpg",
            caption="President Peres meets with Russian President Putin in Moscow",
            credit="GPO/Amos Ben Gershom",
            taken_at="2012-11-08T12:00:00",
        )
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(cat, settings, remember=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=WAIT_MS):
        window.show()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.releases.select_release(rid)
    qtbot.waitUntil(lambda: window.view is not None, timeout=WAIT_MS)
    window.captioning.show_browser()
    qtbot.waitUntil(lambda: window.captioning.browser.model.rowCount() == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "תמונ" in window.counts_label.text(), timeout=WAIT_MS)
    # The records' own values (names, headlines, the catalogue's path) are data.
    data = {cat.location, window.windowTitle()}
    shown = (
        window.location_label,
        window.photos.inspector.file_label,
        window.releases.issuer_box,
        window.photos.inspector.preset_box,
        window.captioning.browser.templates,
        window.captioning.browser.presets,
    )
    english = _english(_texts(window, shown), data)
    assert not english, english
    assert HEBREW.search(window.releases.issuer_box.itemText(0))  # "All issuers"
    problems = window.problems.panel.model  # the checks' rules and places, in Hebrew
    qtbot.waitUntil(lambda: bool(problems.groups), timeout=WAIT_MS)
    rows = [problems.index(r, 0) for r in range(problems.rowCount())]
    rows += [problems.index(c, 0, g) for g in list(rows) for c in range(problems.rowCount(g))]
    texts = [re.sub(r"\([^)]*\.jpg\)", "", str(i.data())) for i in rows]  # file names
    assert texts and all(HEBREW.search(t) and _latin_free(t) for t in texts), texts
    dialogs = [
        window.open_preferences(),
        window.captioning.open_match(),
        window.files.open_people_manager(),
        window.files.open_import_dialog(),
        window.files.open_export_dialog(),
    ]
    review = dialogs[1]
    qtbot.waitUntil(lambda: review.model.rowCount() == 1, timeout=WAIT_MS)
    why = re.sub(r"'[^']*'", "", str(review.model.index(0, 5).data()))  # quoted credits
    assert HEBREW.search(why) and _latin_free(why), why
    for dialog in dialogs:
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        english = _english(_texts(dialog), data)
        assert not english, (type(dialog).__name__, english)
        dialog.close()
    window.close()
    cat.close()
