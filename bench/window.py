"""Benchmark the main window on a large catalogue (run by hand, offscreen).

    python bench/window.py CATALOGUE.sqlite [--queries "Peres,minister,Gersh"]

Prints the time until the first page of releases is shown, the time each search keystroke
takes to answer (the id query, the model reset and the first page of rows, i.e. everything
but the 150 ms typing pause), and the peak memory of the process. Targets (issue 5): first
page < 1 s, each keystroke < 100 ms, memory < 600 MB, at 200,000 releases / 1,000,000 photos.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from pressdesk.app import loaders
from pressdesk.app.main_window import MainWindow
from pressdesk.app.settings import Settings
from pressdesk.catalogue import open_catalogue
from pressdesk.services.browse import ReleaseFilter


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("catalogue", type=Path)
    parser.add_argument("--queries", default="Peres,minister,Ben Gersh,Netanyahu,Moscow")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    cat = open_catalogue(args.catalogue)
    settings = Settings(
        QSettings(str(Path("/tmp") / "pressdesk-bench.ini"), QSettings.Format.IniFormat)
    )

    started = time.perf_counter()
    window = MainWindow(cat, settings, remember=False)
    ready = []
    window.ready.connect(lambda: ready.append(time.perf_counter()))
    window.show()
    while not ready:
        app.processEvents()  # a benchmark driver, not app code
        time.sleep(0.001)
    first_page = ready[0] - started
    rows = window.model.rowCount()
    while window.jobs.running:  # the rest of the list and the background counts
        app.processEvents()
        time.sleep(0.001)
    whole = time.perf_counter() - started
    print(
        f"catalogue: {args.catalogue} ({rows:,} releases on the first page, "
        f"{window.model.rowCount():,} in the whole list after {whole * 1000:.0f} ms)"
    )
    print(
        f"first page shown: {first_page * 1000:8.1f} ms   target < 1000 ms   "
        f"{'OK' if first_page < 1 else 'SLOW'}"
    )

    print(f"\n{'keystroke':<14}{'matches':>9}{'p50 ms':>9}{'max ms':>9}")
    worst = 0.0
    for query in args.queries.split(","):
        for n in range(1, len(query) + 1):
            text = query[:n]
            times = []
            ids: list[int] = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                ids = loaders.release_ids(cat, text, "created", True, ReleaseFilter())
                window.model.set_ids(ids)
                for row in range(min(40, len(ids))):  # what a view paints at once
                    window.model.data(window.model.index(row, 0))
                times.append((time.perf_counter() - t0) * 1000)
            worst = max(worst, max(times))
            print(f"{text!r:<14}{len(ids):>9,}{statistics.median(times):>9.1f}{max(times):>9.1f}")
    print(
        f"\nslowest keystroke: {worst:.1f} ms   target < 100 ms   {'OK' if worst < 100 else 'SLOW'}"
    )
    print(
        f"peak memory: {peak_mb():.0f} MB   target < 600 MB   {'OK' if peak_mb() < 600 else 'HIGH'}"
    )
    window.close()
    cat.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
