"""The photo browser's reads on a large catalogue, per filter (run by hand).

    python bench/browser.py CATALOGUE.sqlite [RUNS]

For each filter: the head start the grid shows first (its first 240 ids), the whole list of
ids (the count and the scroll range), and the first page of 120 records; medians and ranges
over RUNS runs (default 3) in this process. Make the catalogue with bench/make_catalogue.py.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from pathlib import Path

from pressdesk.catalogue import open_catalogue
from pressdesk.services.reads.photos import PhotoFilter, photo_ids, photo_page

HEAD_START = 240  # as app/photo_browser.py

CASES = {
    "all": PhotoFilter(),
    "in no release": PhotoFilter(unattached=True),
    "with problems": PhotoFilter(problems=True),
    "credit 'reuters'": PhotoFilter(credit="reuters"),
    "photographer 'cohen'": PhotoFilter(photographer="cohen"),
    "keyword 'peres'": PhotoFilter(keyword="peres"),
    "text 'Netanyahu'": PhotoFilter(text="Netanyahu"),
    "taken in 2015": PhotoFilter(date_from=dt.date(2015, 1, 1), date_to=dt.date(2015, 12, 31)),
}


def timed(fn, runs):  # type: ignore[no-untyped-def]
    times, out = [], None
    for _ in range(runs):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    return out, statistics.median(times), min(times), max(times)


def main() -> None:
    cat = open_catalogue(Path(sys.argv[1]))
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    print("filter | head start (240 ids) | whole list | ids | first page of 120")
    for name, flt in CASES.items():
        _h, head, hlo, hhi = timed(lambda f=flt: photo_ids(cat, f, limit=HEAD_START), runs)
        ids, whole, lo, hi = timed(lambda f=flt: photo_ids(cat, f), runs)
        start = time.perf_counter()
        photo_page(cat, ids[:120])
        page = time.perf_counter() - start
        print(
            f"{name} | {head * 1000:.0f} ms ({hlo * 1000:.0f}-{hhi * 1000:.0f}) | "
            f"{whole:.2f} s ({lo:.2f}-{hi:.2f}) | {len(ids):,} | {page * 1000:.0f} ms",
            flush=True,
        )


if __name__ == "__main__":
    main()
