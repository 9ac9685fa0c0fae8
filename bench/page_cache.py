"""Copy cost of staging originals into the library, with and without giving pages back.

    python bench/page_cache.py [--n 100] [--rounds 3] [--idle 15] [--folder DIR]

Stages ``N`` photos (by default the ingest benchmark's, ``$TMPDIR/pressdesk-bench-ingest/
set-200``: run ``bench/ingest.py`` once first) through ``PhotoLibrary.stage`` three ways, each
after ``--idle`` seconds without work (so that the machine is in the state an ingest meets).
As in an ingest's worker, each copy is read back and then left alone for 40 ms (the time
its thumbnail takes to decode, spent idle here) before the next:

* ``plain``: the copy and its hash only (no early write-back, pages kept);
* ``writeback``: ``stage`` as shipped (write-back started at once), pages kept;
* ``shipped``: ``stage``, then ``release_memory`` once the copy has been read back, as an
  ingest's worker does.

Each way ends with the library's flush. Prints the CPU time of the whole machine per file
(Linux: from ``/proc/stat``, so the kernel's write-back threads count too; elsewhere this
process's) and each way's ratio to ``plain`` measured in the same round. On a virtual
machine that reports free memory to its host, ``plain`` may pay for every freshly used page.
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

from pressdesk.storage import flushing
from pressdesk.storage.library import PhotoLibrary

WAYS = ("plain", "writeback", "shipped")


DECODE_SECONDS = 0.04


def busy_seconds() -> float:
    """CPU seconds the whole machine has spent (Linux), else this process's."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]
    except OSError:
        times = os.times()
        return times.user + times.system
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(v) for v in fields)
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def run(way: str, files: list[Path], root: Path) -> float:
    """CPU seconds per file to stage ``files`` one way, flush included (the copies are then
    deleted)."""
    library = PhotoLibrary(root)
    saved = flushing._sync_file_range
    if way == "plain":
        flushing._sync_file_range = None
    try:
        start = busy_seconds()
        for path in files:
            staged = library.stage(path)
            staged.tmp.read_bytes()  # (the worker reads it: metadata, thumbnail)
            time.sleep(DECODE_SECONDS)
            if way == "shipped":
                library.release_memory(staged.tmp)
        library.flush([])
        spent = busy_seconds() - start
    finally:
        flushing._sync_file_range = saved
    shutil.rmtree(root)
    return spent / len(files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = Path(tempfile.gettempdir()) / "pressdesk-bench-ingest" / "set-200"
    parser.add_argument("--folder", type=Path, default=default)
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
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
