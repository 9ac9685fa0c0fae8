"""Copy cost of staging originals into the library, with and without giving pages back.

    python bench/page_cache.py [--n 100] [--rounds 2] [--idle 15] [--folder DIR]

Stages ``N`` photos (by default the ingest benchmark's, ``$TMPDIR/pressdesk-bench-ingest/
set-200``: run ``bench/ingest.py`` once first) through ``PhotoLibrary.stage`` three ways, each
after ``--idle`` seconds without work (so that the machine is in the state an ingest meets):

* ``plain``: the copy and its hash only (no early write-back, pages kept);
* ``writeback``: ``stage`` as shipped (write-back started at once), pages kept;
* ``shipped``: ``stage`` then ``release_memory``, as an ingest's worker does.

Prints CPU ms per file (this process: user + system) and each way's ratio to ``plain``
measured in the same round. On a virtual machine that reports free memory to its host,
``plain`` pays for every freshly used page.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pressdesk.services import library as library_module
from pressdesk.services.library import PhotoLibrary

WAYS = ("plain", "writeback", "shipped")


def run(way: str, files: list[Path], root: Path) -> float:
    """CPU seconds per file to stage ``files`` one way (the copies are then deleted)."""
    library = PhotoLibrary(root)
    saved = library_module._sync_file_range
    if way == "plain":
        library_module._sync_file_range = None
    try:
        start = os.times()
        for path in files:
            staged = library.stage(path)
            if way == "shipped":
                library.release_memory(staged)
        end = os.times()
    finally:
        library_module._sync_file_range = saved
    library.flush([])
    shutil.rmtree(root)
    return (end.user - start.user + end.system - start.system) / len(files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = Path(tempfile.gettempdir()) / "pressdesk-bench-ingest" / "set-200"
    parser.add_argument("--folder", type=Path, default=default)
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--idle", type=float, default=15.0)
    args = parser.parse_args()
    files = sorted(args.folder.glob("*.jpg"))[: args.n]
    if not files:
        sys.exit(f"No photos in {args.folder}: run bench/ingest.py once to make them.")
    for path in files:  # the sources in the page cache, as in the ingest benchmark
        path.read_bytes()
    scratch = Path(tempfile.mkdtemp(prefix="pressdesk-page-cache-"))
    results: dict[str, list[float]] = {way: [] for way in WAYS}
    ratios: dict[str, list[float]] = {way: [] for way in WAYS}
    try:
        for round_no in range(args.rounds):
            cpu = {}
            for way in WAYS[round_no % 3 :] + WAYS[: round_no % 3]:  # rotating order
                time.sleep(args.idle)
                cpu[way] = run(way, files, scratch / way)
                results[way].append(cpu[way])
                print(f"  round {round_no + 1} {way:10s} {cpu[way] * 1000:6.2f} ms CPU a file")
            for way in WAYS:
                ratios[way].append(cpu[way] / cpu["plain"])
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"\n{len(files)} photos, {args.rounds} rounds, {args.idle:.0f} s idle before each way")
    for way in WAYS:
        median = statistics.median(results[way]) * 1000
        ratio = statistics.median(ratios[way])
        print(f"{way:10s} {median:6.2f} ms CPU a file   {ratio:4.2f}x plain (median of rounds)")


if __name__ == "__main__":
    main()
