"""Search benchmark: p50/p95 latency of typical queries, next to raw full-text queries.

    python bench/search.py CATALOGUE.sqlite [--repeat 30] [--warmup 3] [--json OUT.json]
                           [--no-raw] [--no-breakdown]

For each typical query (the words come from ``CATALOGUE.sqlite.bench.json``, written by
``bench/make_catalogue.py``) it times, in the same run and on the same rows:

* ``with records``: what ``pressdesk search`` and a page of results need: ``search_ids``
  and then the records shown (release summaries, full photo records, people with their
  aliases and titles) in one ``cat.read()`` session. The target (p95 < 50 ms) is on this;
  its CPU time is shown too (last column: this process's, plus on PostgreSQL that of its
  server process, from ``/proc/PID/schedstat``), which a loaded machine inflates far less;
* ``search_ids`` end to end: a ``cat.read()`` session, releases + photos + people ids;
* the raw FTS5 queries a naive search would run: ``SELECT rowid FROM x_fts WHERE x_fts
  MATCH ? ORDER BY rank LIMIT 50`` on ``release_fts``, ``photo_fts`` and ``person_fts``
  (summed), with the ``sqlite3`` module directly;
* the raw floor: the same three queries in index order (``ORDER BY rowid DESC``), which
  stop after 50 rows.

The three are timed in turns (one run of each, ``--repeat`` times) so that background load
on the machine hits them alike. It also times the first page of the release list
(``list_releases(cat, limit=100)``) and a count of the releases, then types the
``--type-ahead`` words one keystroke at a time (``search_ids(..., prefix_last=True)`` and
the records shown after each letter, as the search does). Runs are warm (after ``--warmup`` runs, with the file in the OS cache); the
load average is printed because other work on the machine inflates the timings. Queries
whose p95 misses the target are re-run with a per-statement breakdown of ``search_ids``
(which SQL statement took the time); ``--breakdown`` shows it for all.

Modules: ``search_timing`` (samples, p50/p95, turns, the CPU clock), ``search_raw`` (the
raw queries), ``search_breakdown`` (per-statement times); ``search_runs.py`` alternates
whole runs of this script on two source trees and takes the medians.

On a PostgreSQL URL the raw columns are the equivalent ``to_tsquery`` queries.
``--no-raw`` leaves the raw columns out (rank-ordered queries take seconds each on a loaded
server); ``--no-breakdown`` skips the per-statement re-runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import platform
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import _synth
from search_breakdown import breakdown
from search_raw import RawPostgres, RawSQLite
from search_timing import Timing, cpu_clock, measure, measure_interleaved
from sqlalchemy import func, select

from pressdesk.catalogue import Catalogue, open_catalogue
from pressdesk.catalogue.models import Person, Photo, Release
from pressdesk.catalogue.search import search_ids
from pressdesk.services.reads.browse import list_releases
from pressdesk.services.reads.load import load_people, load_photos, release_summaries

TARGET_MS = 50.0
LIMIT = 50


def load_queries(target: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The queries recorded beside the catalogue, or the generator's defaults."""
    side = Path(f"{target}.bench.json")
    if "://" not in target and side.exists():
        info = json.loads(side.read_text(encoding="utf-8"))
        return info["queries"], info
    return _synth.bench_queries(), {}


def with_records_of(cat: Catalogue, raw: str, prefix_last: bool) -> object:
    """What ``pressdesk search`` and a page of results do: the ids, then the records shown
    (release summaries, full photo records, people), in one read session."""
    with cat.read() as session:
        hits = search_ids(session, raw, limit=LIMIT, prefix_last=prefix_last)
        return (
            release_summaries(session, hits.releases),
            load_photos(session, hits.photos),
            load_people(session, hits.people),
        )


def fmt(ms: float) -> str:
    return f"{ms:8.1f}" if ms < 1000 else f"{ms:8.0f}"


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("catalogue", help="a SQLite catalogue file (or a SQLAlchemy URL)")
    ap.add_argument("--repeat", type=int, default=30, help="timed runs per operation")
    ap.add_argument("--warmup", type=int, default=3, help="untimed runs before timing")
    ap.add_argument("--breakdown", action="store_true", help="per-statement times for all")
    ap.add_argument("--json", type=Path, help="also write the results to this JSON file")
    ap.add_argument(
        "--type-ahead",
        default="president,Gershom",
        help="comma-separated words typed one keystroke at a time ('' to skip)",
    )
    ap.add_argument("--only", help="run only queries whose label or text contains this")
    ap.add_argument(
        "--no-raw",
        action="store_true",
        help="leave out the raw full-text queries (seconds each on a loaded server)",
    )
    ap.add_argument(
        "--no-breakdown",
        action="store_true",
        help="no per-statement breakdown of the queries over the target",
    )
    args = ap.parse_args(argv)

    target = args.catalogue if "://" in args.catalogue else str(Path(args.catalogue).resolve())
    if "://" not in target and not Path(target).exists():
        ap.error(f"{target} does not exist; make one with bench/make_catalogue.py")
    queries, info = load_queries(target)
    if args.only:
        queries = [q for q in queries if args.only in q["label"] or args.only in q["query"]]
    cat = open_catalogue(target)
    rawdb: RawSQLite | RawPostgres = (
        RawSQLite(Path(target)) if cat.dialect == "sqlite" else RawPostgres(cat)
    )
    with cat.read() as session:
        rows = {
            name: session.scalar(select(func.count()).select_from(model)) or 0
            for name, model in (("releases", Release), ("photos", Photo), ("people", Person))
        }
    size = ""
    if cat.sqlite_path:
        size = f", {cat.sqlite_path.stat().st_size / 1e9:.2f} GB"
    print(f"catalogue {cat.location} ({cat.dialect}{size})")
    print("rows: " + ", ".join(f"{k} {v:,}" for k, v in rows.items()))
    load = "/".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"load average {load} (other work on the machine inflates the timings), "
        f"python {platform.python_version()}, sqlite {sqlite3.sqlite_version}, "
        f"{os.cpu_count()} CPUs, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, "
        f"repeat {args.repeat}, warm-up {args.warmup}, limit {LIMIT}, target p95 < {TARGET_MS:g} ms"
    )
    print()

    results: list[dict[str, Any]] = []
    clock = cpu_clock(cat)
    if clock:
        print(
            "CPU (last column): CPU ms of a search with its records, this process"
            + (" and its PostgreSQL server processes" if cat.dialect == "postgresql" else "")
            + ", p50 and p95 (other load inflates it much less than the wall time)\n"
        )
    header = (
        f"{'query':<20} {'text':<20} {'releases':>8} {'photos':>8} {'aliases':>7} | "
        f"{'with records':>17} | {'search_ids':>17} | {'raw FTS rank':>17} | "
        f"{'raw rowid desc':>17} | {'ratio':>5} | p95<50" + (" | CPU w/ records" if clock else "")
    )
    sub = (
        f"{'':<20} {'':<20} {'':>8} {'':>8} {'':>7} | {'p50':>8} {'p95':>8} | "
        f"{'p50':>8} {'p95':>8} | {'p50':>8} {'p95':>8} | {'p50':>8} {'p95':>8} | {'p50':>5} |"
    )
    print(header)
    print(sub)
    print("-" * len(header))
    for q in queries:
        raw, prefix_last = q["query"], q["prefix_last"]
        expr = rawdb.expression(raw, prefix_last)
        counts = rawdb.counts(expr)

        def via_search(raw: str = raw, prefix_last: bool = prefix_last) -> object:
            with cat.read() as session:
                return search_ids(session, raw, limit=LIMIT, prefix_last=prefix_last)

        def with_records(raw: str = raw, prefix_last: bool = prefix_last) -> object:
            return with_records_of(cat, raw, prefix_last)

        raw_fns: list[Callable[[], object]] = [
            functools.partial(rawdb.ranked, expr),
            functools.partial(rawdb.newest, expr),
        ]
        timings = measure_interleaved(
            [with_records, via_search, *([] if args.no_raw else raw_fns)],
            args.repeat,
            args.warmup,
            clock,
        )
        full, ours = timings[:2]
        ranked, newest = timings[2:] if not args.no_raw else (Timing([0.0]), Timing([0.0]))
        with cat.read() as session:
            hits = search_ids(session, raw, limit=LIMIT, prefix_last=prefix_last)
        ok = full.p95 < TARGET_MS
        ratio = ours.p50 / ranked.p50 if ranked.p50 else float("nan")
        print(
            f"{q['label']:<20} {raw!r:<20} {counts['releases']:>8,} {counts['photos']:>8,} "
            f"{counts['people']:>7,} | {fmt(full.p50)} {fmt(full.p95)} | "
            f"{fmt(ours.p50)} {fmt(ours.p95)} | "
            f"{fmt(ranked.p50)} {fmt(ranked.p95)} | {fmt(newest.p50)} {fmt(newest.p95)} | "
            f"{ratio:5.2f} | {'yes' if ok else 'NO'}"
            + (f" | {fmt(full.cpu_p50)} {fmt(full.cpu_p95)}" if full.cpu else ""),
            flush=True,
        )
        results.append(
            {
                **q,
                "matches": counts,
                "ranked": hits.ranked,
                "with_records_ms": {"p50": full.p50, "p95": full.p95, "max": full.max},
                "with_records_cpu_ms": (
                    {"p50": full.cpu_p50, "p95": full.cpu_p95} if full.cpu else None
                ),
                "search_ids_ms": {"p50": ours.p50, "p95": ours.p95, "max": ours.max},
                "raw_rank_ms": {"p50": ranked.p50, "p95": ranked.p95},
                "raw_rowid_desc_ms": {"p50": newest.p50, "p95": newest.p95},
                "p95_under_target": ok,
            }
        )

    print()
    page = measure(lambda: list_releases(cat, limit=100), args.repeat, args.warmup)

    def count_releases() -> int:
        with cat.read() as session:
            return session.scalar(select(func.count()).select_from(Release)) or 0

    count = measure(count_releases, args.repeat, args.warmup)
    for label, t in (("release list, first page (100)", page), ("count of releases", count)):
        ok = t.p95 < TARGET_MS
        print(
            f"{label:<32} p50 {t.p50:7.1f} ms  p95 {t.p95:7.1f} ms  p95<50: {'yes' if ok else 'NO'}"
        )
        results.append({"label": label, "ms": {"p50": t.p50, "p95": t.p95}, "p95_under_target": ok})

    words = [w for w in args.type_ahead.split(",") if w]
    if words:
        print(
            "\nsearch as you type (search_ids with prefix_last=True and the records shown, "
            "after each keystroke):"
        )
    for word in words:
        cells = []
        for n in range(1, len(word) + 1):
            typed = word[:n]

            def keystroke(typed: str = typed) -> object:
                return with_records_of(cat, typed, True)

            t = measure_interleaved([keystroke], args.repeat, args.warmup, clock)[0]
            ok = t.p95 < TARGET_MS
            cells.append(f"{typed}… {t.p50:.0f}/{t.p95:.0f}{'' if ok else '!'}")
            results.append(
                {
                    "label": f"typing {typed!r}",
                    "query": typed,
                    "prefix_last": True,
                    "with_records_ms": {"p50": t.p50, "p95": t.p95, "max": t.max},
                    "with_records_cpu_ms": (
                        {"p50": t.cpu_p50, "p95": t.cpu_p95} if t.cpu else None
                    ),
                    "p95_under_target": ok,
                    "type_ahead": True,
                }
            )
        print(f"  {word}: " + "  ".join(cells) + "   (p50/p95 ms, ! = p95 over target)")

    slow = [
        r
        for r in results
        if "query" in r
        and (
            args.breakdown
            or (not args.no_breakdown and not r["p95_under_target"] and not r.get("type_ahead"))
        )
    ]
    if slow:
        print("\nwhere a search with its records spends its time (median ms per statement):")
    for r in slow:
        print(f"  {r['label']} ({r['query']!r}):")
        for ms, sql in breakdown(cat, r["query"], r["prefix_last"], max(5, args.repeat // 3)):
            print(f"    {ms:8.1f}  {sql[:110]}")

    rawdb.close()
    cat.close()
    if args.json:
        doc = {
            "catalogue": cat.location,
            "rows": rows,
            "generated": info.get("created"),
            "measured": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "sqlite": sqlite3.sqlite_version,
            "cpus": os.cpu_count(),
            "load_average_end": os.getloadavg(),
            "repeat": args.repeat,
            "results": results,
        }
        args.json.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"\nload average at the end {'/'.join(f'{x:.1f}' for x in os.getloadavg())}")
    missed = [r["label"] for r in results if not r["p95_under_target"]]
    print(f"\n{len(results) - len(missed)}/{len(results)} under {TARGET_MS:g} ms at p95", end="")
    print(f"; missed: {', '.join(missed)}" if missed else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
