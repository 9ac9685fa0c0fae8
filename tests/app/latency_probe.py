"""Run in a fresh process, as a started app would be (by the latency test, and by
``bench/window.py --ingest``): open the window on a catalogue, ingest a folder into the
selected release through the app, and print as JSON the event-loop gaps (ms), the seconds the
ingest took, and how many times the event loop saw the ingest part-way done."""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from pressdesk.app.main_window import MainWindow
from pressdesk.app.settings import Settings
from pressdesk.catalogue import open_catalogue


def main(catalogue: str, folder: str, expected: int) -> int:
    app = QApplication(sys.argv[:1])
    cat = open_catalogue(catalogue)
    settings = Settings(
        QSettings(str(Path(catalogue).with_suffix(".ini")), QSettings.Format.IniFormat)
    )
    window = MainWindow(cat, settings, remember=False)
    gaps: list[int] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(lambda: gaps.append(clock.restart()))
    started: list[float] = []

    def begin() -> None:
        gc.freeze()  # as launch.py does once the window is ready
        clock.start()
        ticker.start()
        started.append(time.monotonic())
        window.photos.add_photos([Path(folder)])

    midway: list[str] = []  # the status bar's counts while the ingest was still running

    def watch() -> None:
        shown = (
            sum(1 for i in window.photos.slots.items if i.photo) if window.view is not None else 0
        )
        if shown >= expected:
            ticker.stop()
            seconds = time.monotonic() - started[0]
            print(json.dumps({"gaps": gaps, "seconds": seconds, "midway": midway}))
            app.quit()
        else:
            midway.append(window.counts_label.text())  # batches committed so far
            QTimer.singleShot(20, watch)

    window.ready.connect(lambda: QTimer.singleShot(200, lambda: (begin(), watch())))
    QTimer.singleShot(180_000, app.quit)
    window.show()
    app.exec()
    window.close()
    cat.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
