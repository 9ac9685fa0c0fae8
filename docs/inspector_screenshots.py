"""The README's screenshots of the photo inspector and the export dialog, taken by the app
itself (offscreen).

    QT_QPA_PLATFORM=offscreen python docs/inspector_screenshots.py [--work DIR]

Imports the seed release, adds three corpus photos (JPEG, TIFF, HEIC) to its three slots,
gives them Hebrew, English and Russian values through ``photo set`` (a credit and a
sublocation over their IIM byte limits), then renders the inspector with one photo,
with three (tags they all have, mixed values), and the export dialog with its warnings to
``docs/screenshot-inspector-*.png`` and ``docs/screenshot-export-warnings.png``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from screenshots import settle, wait  # docs/screenshots.py: pump Qt events until ready

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
PHOTOS = REPO.parent / "shared" / "corpus" / "photos"
SEED = REPO / "tests" / "data" / "releases" / "seed-peres-putin.txt"
FILES = ("iptc_agency_example.jpg", "canon5d3_iptc.tif", "nikon_d5300.heic")  # 3 slots


def pressdesk(catalogue: Path, *args: str) -> None:
    env = {**os.environ, "PRESSDESK_CATALOGUE": str(catalogue)}
    subprocess.run(
        [sys.executable, "-m", "pressdesk", *args], env=env, check=True, capture_output=True
    )


def build(work: Path) -> Path:
    catalogue = work / "catalogue.sqlite"
    pressdesk(catalogue, "release", "import", str(SEED))
    for name in FILES:  # one slot each, in this order
        pressdesk(catalogue, "photo", "add", "--release", "1", str(PHOTOS / name))
    common = ["--keyword", "Kremlin", "--keyword", "state visit", "--person", "Shimon Peres"]
    pressdesk(
        catalogue, "photo", "set", "1", "--title", "Peres–Putin", "--credit",
        'לע"מ / עמוס בן גרשום', "--caption-in", "he", "הנשיא פרס נפגש עם הנשיא פוטין במוסקבה",
        "--caption-in", "en", "President Peres meets President Putin in Moscow",
        "--city", "Москва", "--sublocation", "Резиденция президента в Кремле",
        "--creator", "Amos Ben Gershom", "--creator", "Moshe Milner",
        "--person", "Vladimir Putin", *common,
    )  # fmt: skip
    pressdesk(catalogue, "photo", "set", "2", "--keyword", "Moscow", *common)
    pressdesk(catalogue, "photo", "set", "3", "--keyword", "Peres", *common)
    return catalogue


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="pressdesk-inspector-"))
    catalogue = work / "catalogue.sqlite"
    if not catalogue.exists():
        catalogue = build(work)

    from PySide6.QtCore import QItemSelectionModel, QSettings
    from PySide6.QtWidgets import QApplication

    from pressdesk.app.main_window import MainWindow
    from pressdesk.app.settings import Settings
    from pressdesk.catalogue import open_catalogue

    app = QApplication.instance() or QApplication(sys.argv)
    cat = open_catalogue(catalogue)
    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(cat, settings, remember=False)
    window.resize(1440, 1000)
    window.show()
    wait(app, lambda: window._is_ready)
    window.releases.select_release(1)
    wait(app, lambda: window.view is not None and window.photos.slots.rowCount() >= 3)
    photos, inspector = window.photos, window.photos.inspector
    inspector.setMinimumWidth(460)

    photos.strip.setCurrentIndex(photos.slots.index(0))
    wait(app, lambda: inspector.sources_label.text() != "")
    settle(app, 3)
    inspector.grab().save(str(DOCS / "screenshot-inspector-fields.png"))
    scroll = inspector.tabs.widget(0)
    bar = scroll.verticalScrollBar()  # type: ignore[attr-defined]
    bar.setValue(inspector.editors["credit"].y() - 8)  # credit over its limit, creators
    settle(app, 1)
    inspector.grab().save(str(DOCS / "screenshot-inspector-tags.png"))

    flag = QItemSelectionModel.SelectionFlag.Select
    for row in range(3):
        photos.strip.selectionModel().select(photos.slots.index(row), flag)
    wait(app, lambda: len(inspector.photos) == 3)
    settle(app, 1)
    scroll.ensureWidgetVisible(inspector.editors["keywords"], 0, 0)  # type: ignore[attr-defined]
    settle(app, 1)
    inspector.grab().save(str(DOCS / "screenshot-inspector-several.png"))

    dialog = window.files.open_export_dialog()
    wait(app, lambda: dialog.warnings.isVisible(), 60)
    settle(app, 1)
    dialog.grab().save(str(DOCS / "screenshot-export-warnings.png"))
    dialog.close()
    window.close()
    cat.close()
    print(f"screenshots in {DOCS}; catalogue in {work}")


if __name__ == "__main__":
    main()
