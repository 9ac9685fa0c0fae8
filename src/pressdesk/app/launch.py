"""Starting the app: QApplication, the catalogue, the main window, screenshot mode."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from pressdesk.app import language
from pressdesk.app.i18n import fill, translate
from pressdesk.app.settings import Settings
from pressdesk.catalogue import CatalogueError, open_catalogue
from pressdesk.paths import default_catalogue, default_library, resources_dir
from pressdesk.storage.leftovers import sweep_leftovers

RESOURCES = resources_dir()


def _app() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("pressdesk")
    app.setOrganizationName("pressdesk")
    app.setDesktopFileName("pressdesk")
    icon = RESOURCES / "icons" / "pressdesk.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def _prepare_workers() -> None:
    from pressdesk.services.photos.ingest import prepare_workers

    prepare_workers()  # (starts a process and returns: no need for a background job)


def run(args: argparse.Namespace) -> int:
    """Open the main window on the chosen catalogue; with --screenshot, render and exit."""
    from pressdesk.app.main_window import MainWindow

    if args.screenshot and not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = _app()
    settings = Settings()
    language.install(app, settings.language or language.system_language())
    target = args.catalogue or default_catalogue()
    library = Path(args.library).expanduser() if args.library else default_library()
    try:
        if getattr(args, "demo", False):
            from pressdesk.services.demo import open_demo

            catalogue = open_demo()
        else:
            catalogue = open_catalogue(target, library)
    except CatalogueError as exc:
        if args.screenshot:
            sys.stderr.write(f"pressdesk: {exc}\n")
        else:
            QMessageBox.critical(
                None,
                "pressdesk",
                fill(translate("launch", "The catalogue cannot be opened.\n\n%1"), exc),
            )
        return 2
    sweep_leftovers(catalogue.library)  # what a killed command left
    window = MainWindow(catalogue, settings, remember=not args.screenshot)
    if args.select:
        try:
            window.releases.select_release(int(args.select))
        except ValueError:
            sys.stderr.write(f"pressdesk: '{args.select}' is not a release id.\n")
            return 2
    if args.screenshot:
        out = Path(args.screenshot)

        idle_polls = 0

        def shoot_when_idle() -> None:
            nonlocal idle_polls
            idle_polls = idle_polls + 1 if window.jobs.running == 0 else 0
            if idle_polls >= 3:  # nothing loading for a while: the window is complete
                window.grab().save(str(out))
                app.quit()
            else:
                QTimer.singleShot(50, shoot_when_idle)

        def first_render() -> None:
            window.grab()  # paints once, so lazily loaded rows ask for their data
            QTimer.singleShot(50, shoot_when_idle)

        window.ready.connect(lambda: QTimer.singleShot(50, first_render))
        QTimer.singleShot(30_000, app.quit)  # never hang in a script
    # Start-up objects (modules, widgets) live as long as the app: keep them out of the
    # garbage collector's full passes, which would otherwise pause the window.
    window.ready.connect(gc.freeze)
    if not args.screenshot:  # the first ingest then need not start the photo workers
        window.ready.connect(lambda: QTimer.singleShot(2000, _prepare_workers))
    window.show()
    status = app.exec()
    window.close()
    catalogue.close()
    if args.screenshot and not out.exists():
        sys.stderr.write(f"pressdesk: the screenshot {out} could not be written.\n")
        return 2
    return status


def main() -> int:
    """Entry point of the ``pressdesk-gui`` launcher."""
    from pressdesk.cli.main import main as cli_main

    return cli_main(["gui", *sys.argv[1:]])
