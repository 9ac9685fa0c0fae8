"""The README's screenshots of the captioning desk, taken by the app itself (offscreen).

    QT_QPA_PLATFORM=offscreen python docs/screenshots.py [--work DIR]

Builds a catalogue as ``bench/match.py`` does (the corpus releases imported by the parser,
photos with the corpus photos' pixels and captions from the releases), adds the corpus
photos themselves (real files, in no release), makes a few edits through the services, then
renders the photo browser, the match review, the history view and the window in Hebrew to
``docs/screenshot-*.png``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
PHOTOS = REPO.parent / "shared" / "corpus" / "photos"


def _bench_match():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_match", REPO / "bench" / "match.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def good_images() -> list[Path]:
    from PIL import Image

    out = []
    for path in sorted(PHOTOS.glob("*.jpg")):
        if any(w in path.name for w in ("bad", "trunc", "broken", "stub", "ps_test", "ducky")):
            continue  # (the corpus's damaged files decode, but as noise)
        try:
            with Image.open(path) as img:
                img.load()
                if img.width >= 300:
                    out.append(path)
        except Exception:
            continue
    return out


def wait(app, cond: Callable[[], bool], seconds: float = 60) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if cond():
            return
        time.sleep(0.02)
    raise SystemExit(f"timed out waiting for {cond}")


def settle(app, seconds: float = 2.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def build(work: Path) -> Path:
    match = _bench_match()
    images = good_images()
    catalogue, _truth, _kinds = match.build(work, 7, images)
    match.pressdesk(catalogue, "photo", "add", *map(str, images))
    return catalogue


def edits(catalogue: Path) -> int:
    """A few edits through the services, so that a photo has a history; its id."""
    from pressdesk.catalogue import open_catalogue
    from pressdesk.services.house.templates import apply_template, save_template
    from pressdesk.services.photos.edit import update_photo
    from pressdesk.services.reads.photos import PhotoFilter, photo_ids

    cat = open_catalogue(catalogue)
    try:
        pid = photo_ids(cat, PhotoFilter(text="Netanyahu"))[0]
        save_template(cat, "GPO desk", {"copyright": "GPO", "source": "GPO / {release.issuer}"})
        apply_template(cat, "GPO desk", [pid])
        update_photo(cat, pid, fields={"credit": "GPO/Haim Zach"})
        update_photo(cat, pid, fields={"headline": "Netanyahu meets Wang Qishan"})
        return pid
    finally:
        cat.close()


def hebrew_release(catalogue: Path) -> int:
    """A Hebrew release of the corpus with several photo slots, its slots filled by the
    match (as an archivist accepting the proposals would); its id."""
    from sqlalchemy import func, select

    from pressdesk.catalogue import open_catalogue
    from pressdesk.catalogue.models import PhotoSlot, Release
    from pressdesk.services.photos.match import attach_proposals, chosen, propose

    cat = open_catalogue(catalogue)
    try:
        with cat.read() as s:
            slots = func.count(PhotoSlot.position)
            rid = (
                s.execute(
                    select(Release.id)
                    .join(PhotoSlot, PhotoSlot.release_id == Release.id)
                    .where(Release.language == "he")
                    .group_by(Release.id)
                    .order_by(slots.desc(), Release.id)
                )
                .scalars()
                .first()
            )
        assert rid is not None, "the corpus has no Hebrew release with photo slots"
        attach_proposals(cat, chosen(propose(cat, rid)))
        return rid
    finally:
        cat.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="pressdesk-shots-"))
    catalogue = work / "catalogue.sqlite"
    if not catalogue.exists():
        catalogue = build(work)
    pid = edits(catalogue)
    hebrew = hebrew_release(catalogue)

    from PySide6.QtCore import QItemSelectionModel, QSettings
    from PySide6.QtWidgets import QApplication

    from pressdesk.app import language
    from pressdesk.app.history_view import HistoryDialog
    from pressdesk.app.main_window import MainWindow
    from pressdesk.app.match_review import MatchReview
    from pressdesk.app.photo_browser import PhotoBrowser
    from pressdesk.app.settings import Settings
    from pressdesk.catalogue import open_catalogue

    app = QApplication.instance() or QApplication(sys.argv)
    cat = open_catalogue(catalogue)
    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(cat, settings, remember=False)
    window.resize(1440, 900)
    window.show()
    wait(app, lambda: window._is_ready)

    browser = PhotoBrowser(window.bench, window.jobs, window.desk.thumbs)
    browser.resize(1400, 720)
    browser.show()
    browser.reload()
    wait(app, lambda: browser.model.rowCount() > 0)
    browser.select_rows([0, 1, 2])
    settle(app, 6)
    browser.grab().save(str(DOCS / "screenshot-photo-browser.png"))
    browser.close()

    review = MatchReview(window.bench, window.desk.thumbs, None, window)  # every release
    review.show()
    wait(app, lambda: review.model.rowCount() > 0, 120)
    settle(app, 4)
    review.grab().save(str(DOCS / "screenshot-match-review.png"))
    review.close()

    history = HistoryDialog(window.bench, "photo", pid, "Netanyahu meets Wang Qishan", window)
    history.show()
    wait(app, lambda: history.model.rowCount() >= 3)
    history.table.selectionModel().select(
        history.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    settle(app, 1)
    history.grab().save(str(DOCS / "screenshot-history.png"))
    history.close()
    window.close()

    language.install(app, "he")  # the window in Hebrew, built again, right to left
    window = MainWindow(cat, settings, remember=False)
    window.resize(1440, 900)
    window.show()
    wait(app, lambda: window._is_ready)
    window.releases.select_release(hebrew)
    wait(app, lambda: window.view is not None and window.view.release.id == hebrew)
    wait(app, lambda: window.photos.slots.rowCount() > 0)
    window.photos.strip.setCurrentIndex(window.photos.slots.index(0))
    settle(app, 4)
    window.grab().save(str(DOCS / "screenshot-hebrew.png"))
    window.close()
    cat.close()
    print(f"screenshots in {DOCS}; catalogue in {work}")


if __name__ == "__main__":
    main()
