"""Generate a large synthetic catalogue for the scale benchmark.

    python bench/make_catalogue.py OUT.sqlite [--photos 1000000] [--releases 200000] [--seed 1]
    python bench/make_catalogue.py --url postgresql+psycopg://USER@HOST/DB [...]

The catalogue is created through ``open_catalogue`` (so the schema, the FTS5 tables and
their triggers are the real ones), then filled with bulk inserts: ``sqlite3`` executemany on
the same file, one transaction per ``--commit-every`` batches, with the journal off and
``synchronous=OFF`` while loading (the FTS5 index is filled by the real triggers). On
PostgreSQL the rows are sent with ``COPY`` while the foreign keys and GIN indexes are set
aside (``pg_bulk``: put back as the migrations made them, the keys checked against every
row), then ``VACUUM ANALYZE`` (the state autovacuum leaves a loaded catalogue in).

Before loading, one release, photo and person are written through the ORM and read back raw
to check that the loader stores uids, datetimes, dates and JSON exactly as the ORM does.

The words the search benchmark should use, and how many rows each matches, are printed and
written to ``OUT.sqlite.bench.json`` (``bench/search.py`` reads it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
import sys
import time
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import _synth
from catalogue_rows import Layout, Progress
from load_postgres import load_postgres
from sqlalchemy import func, select, text

from pressdesk.catalogue import Catalogue, open_catalogue
from pressdesk.catalogue.models import Person, Photo, Release
from pressdesk.catalogue.search import fts5_expression, parse_query, pg_tsquery
from pressdesk.catalogue.search_ddl import PG_DOC_COLUMN, PG_DOC_TABLES

FTS_KINDS = (("releases", "release_fts"), ("photos", "photo_fts"), ("people", "person_fts"))


# ------------------------------------------------------------------------- format check


def check_storage_format(cat: Catalogue) -> None:
    """Write one release, photo and person through the ORM, read the stored values back raw
    and compare them with what the bulk loader writes for the same values; roll back."""
    uid = uuid.uuid4()
    when = dt.datetime(2012, 11, 8, 9, 30, 15, 123456, tzinfo=dt.UTC)
    naive = when.replace(tzinfo=None)
    day = dt.date(2012, 11, 8)
    creator = ["Amos Ben Gershom"]
    embedded = {"caption": "שמעון פרס, Москва", "creator": creator, "job_id": None}
    expected_uid = uid.hex
    expected_when = naive.isoformat(" ", "microseconds")
    with cat.read() as session:
        session.add(Release(uid=uid, body="b", event_date=day, created_at=when, updated_at=when))
        session.add(
            Photo(
                uid=uuid.uuid4(),
                sha256="0" * 64,
                original_name="x.jpg",
                format="JPEG",
                bytes=1,
                creator=creator,
                embedded=embedded,
                created_at=when,
                updated_at=when,
            )
        )
        session.add(Person(uid=uuid.uuid4(), display_name="A B", sort_name="B, A"))
        session.flush()
        conn = session.connection()
        rel = conn.execute(
            text("SELECT uid, event_date, created_at, version, status FROM release")
        ).one()
        pho = conn.execute(text("SELECT creator, embedded, created_at FROM photo")).one()
        session.rollback()
    got = {
        "release.uid": rel[0],
        "release.event_date": rel[1],
        "release.created_at": rel[2],
        "release.version": rel[3],
        "release.status": rel[4],
        "photo.creator": pho[0],
        "photo.embedded": pho[1],
        "photo.created_at": pho[2],
    }
    want = {
        "release.uid": expected_uid,
        "release.event_date": day.isoformat(),
        "release.created_at": expected_when,
        "release.version": 1,
        "release.status": "draft",
        "photo.creator": json.dumps(creator, ensure_ascii=False),
        "photo.embedded": json.dumps(embedded, ensure_ascii=False),
        "photo.created_at": expected_when,
    }
    if cat.dialect != "sqlite":
        return  # PostgreSQL has native uuid/timestamptz/json columns; COPY parses text.
    bad = {k: (got[k], want[k]) for k in want if got[k] != want[k]}
    if bad:
        raise SystemExit(f"the bulk loader's storage format differs from the ORM's: {bad}")


# ------------------------------------------------------------------------------ loaders


def _insert_sql(table: str, cols: tuple[str, ...]) -> str:
    return f'INSERT INTO "{table}" ({", ".join(cols)}) VALUES ({", ".join("?" * len(cols))})'


def load_sqlite(
    path: Path, layout: Layout, synth: _synth.Synth, batch: int, commit_every: int
) -> Progress:
    """Fill the (empty, migrated) SQLite catalogue at ``path``."""
    con = sqlite3.connect(str(path), isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        con.execute("PRAGMA cache_size = -2000000")  # 2 GB page cache while loading
        con.execute("PRAGMA temp_store = MEMORY")
        progress = Progress(synth.n_releases)
        deferred = _defer_derived(con)
        con.execute("BEGIN")
        _write_sqlite(con, layout, synth.static_rows(), progress)
        for n, chunk in enumerate(synth.chunks(batch), start=1):
            _write_sqlite(con, layout, chunk, progress)
            if n % commit_every == 0:
                con.execute("COMMIT")
                con.execute("BEGIN")
            progress.maybe_print()
        con.execute("COMMIT")
        progress.maybe_print(force=True)
        _rebuild_derived(con, deferred)
        # Back to the mode the application uses (it sets WAL on every connection anyway).
        con.execute("PRAGMA journal_mode = WAL")
    finally:
        con.close()
    return progress


# The slot-text trigger re-indexes a release's whole text in FTS5 for each slot inserted,
# and every trigger and index costs per row: the loader drops them, fills the tables, then
# derives the same state in one pass each (slot_text as the trigger computes it, indexes,
# FTS5 'rebuild' from the content tables) and puts the triggers back.
_SLOT_TEXT = (
    "UPDATE release SET slot_text = (SELECT group_concat(t, ' ') FROM (SELECT trim("
    "coalesce(caption, '') || ' ' || coalesce(credit, '') || ' ' || coalesce(copyright, '')) "
    "AS t FROM photo_slot WHERE release_id = release.id ORDER BY position, id)) "
    "WHERE id IN (SELECT release_id FROM photo_slot)"
)


def _defer_derived(con: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """Drop the triggers and secondary indexes (returned as (type, name, sql))."""
    rows = con.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'index') "
        "AND sql IS NOT NULL"
    ).fetchall()
    for kind, name, _sql in rows:
        con.execute(f'DROP {kind.upper()} "{name}"')
    return rows


def _rebuild_derived(con: sqlite3.Connection, deferred: list[tuple[str, str, str]]) -> None:
    """Slot texts, indexes, full-text indexes and triggers, as if inserted row by row."""
    started = time.perf_counter()
    con.execute("BEGIN")
    # Indexes first: the slot-text UPDATE looks up each release's slots, and without
    # photo_slot's release index that is a scan of every slot per release (hours at 1M).
    for kind, _name, sql in deferred:
        if kind == "index":
            con.execute(sql)
    if any(name == "photo_slot_text_ai" for _k, name, _s in deferred):
        con.execute(_SLOT_TEXT)
    fts = [
        name
        for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE "
            "'CREATE VIRTUAL TABLE % USING fts5(%'"
        )
    ]
    for name in fts:
        con.execute(f'INSERT INTO "{name}"("{name}") VALUES (\'rebuild\')')
    for kind, _name, sql in deferred:
        if kind == "trigger":
            con.execute(sql)
    con.execute("COMMIT")
    print(f"  indexes, slot texts and full text rebuilt in {time.perf_counter() - started:.1f}s")


def _write_sqlite(
    con: sqlite3.Connection, layout: Layout, rows: dict[str, list[_synth.Row]], p: Progress
) -> None:
    for table in _synth.TABLE_ORDER:
        batch = rows.get(table)
        if batch:
            con.executemany(_insert_sql(table, layout.columns[table]), layout.rows(table, batch))
            p.add(table, len(batch))


# ------------------------------------------------------------------------------ reports


def match_counts(cat: Catalogue, queries: Iterable[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """How many releases, photos and aliases each benchmark query matches (raw full text)."""
    if cat.dialect == "sqlite":
        sources = [(kind, fts, f"{fts} MATCH :q") for kind, fts in FTS_KINDS]
    else:
        sources = [
            (kind, table, f"{doc} @@ to_tsquery('simple', :q)")
            for kind, table, doc in (
                ("releases", PG_DOC_TABLES["release"], PG_DOC_COLUMN),
                ("photos", PG_DOC_TABLES["photo"], PG_DOC_COLUMN),
                ("people", "person_alias", PG_DOC_COLUMN),
            )
        ]
    out = {}
    with cat.read() as session:
        for q in queries:
            parsed = parse_query(q["query"], prefix_last=q["prefix_last"])
            expr = fts5_expression(parsed) if cat.dialect == "sqlite" else pg_tsquery(parsed)
            out[q["label"]] = {
                kind: session.scalar(text(f"SELECT count(*) FROM {src} WHERE {cond}"), {"q": expr})
                or 0
                for kind, src, cond in sources
            }
    return out


def sanity_check(cat: Catalogue) -> dict[str, int]:
    """Read back through the services layer (the ORM must accept every stored value)."""
    from pressdesk.services.reads.browse import list_releases, show_photo, show_release

    page = list_releases(cat, limit=5)
    if page:
        show_release(cat, page[0].id)
        show_release(cat, page[-1].uid)
    with cat.read() as session:
        counts = {
            "release": session.scalar(select(func.count()).select_from(Release)) or 0,
            "photo": session.scalar(select(func.count()).select_from(Photo)) or 0,
            "person": session.scalar(select(func.count()).select_from(Person)) or 0,
        }
        first_photo = session.scalar(select(Photo.id).order_by(Photo.id).limit(1))
        last_photo = session.scalar(select(Photo.id).order_by(Photo.id.desc()).limit(1))
    for pid in (first_photo, last_photo):
        if pid is not None:
            show_photo(cat, pid)
    return counts


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", nargs="?", type=Path, help="the SQLite catalogue file to create")
    ap.add_argument("--url", help="a SQLAlchemy URL of an empty server database instead")
    ap.add_argument("--photos", type=int, default=1_000_000)
    ap.add_argument("--releases", type=int, default=200_000)
    ap.add_argument("--people", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--batch", type=int, default=2000, help="releases per executemany batch")
    ap.add_argument("--commit-every", type=int, default=25, help="batches per transaction")
    ap.add_argument("--force", action="store_true", help="replace an existing OUT file")
    ap.add_argument(
        "--check", action="store_true", help="also run PRAGMA foreign_key_check / quick_check"
    )
    args = ap.parse_args(argv)
    if (args.out is None) == (args.url is None):
        ap.error("give either OUT.sqlite or --url")
    if args.releases < 1 or args.photos < 0:
        ap.error("--releases must be at least 1 and --photos not negative")

    started = time.perf_counter()
    target: str | Path
    if args.out is not None:
        path = args.out.resolve()
        if path.exists():
            if not args.force:
                ap.error(f"{path} exists; use --force to replace it")
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        target = path
    else:
        path = None
        target = args.url
    cat = open_catalogue(target)
    with cat.read() as session:
        if session.scalar(select(func.count()).select_from(Release)):
            raise SystemExit(f"{cat.location} already holds releases; give an empty catalogue")
    check_storage_format(cat)
    layout = Layout(cat)
    synth = _synth.Synth(
        seed=args.seed, photos=args.photos, releases=args.releases, people=args.people
    )
    queries = _synth.bench_queries()
    print(
        f"generating {args.releases:,} releases, {args.photos:,} photos, {args.people:,} people "
        f"(seed {args.seed}) into {cat.location}",
        flush=True,
    )
    if path is not None:
        cat.close()
        progress = load_sqlite(path, layout, synth, args.batch, args.commit_every)
    else:
        progress = load_postgres(cat, layout, synth, args.batch, args.commit_every)
        cat.close()
    load_seconds = time.perf_counter() - progress.start

    cat = open_catalogue(target)
    counts = sanity_check(cat)
    matches = match_counts(cat, queries)
    cat.close()
    if path is not None and args.check:
        t = time.perf_counter()
        con = sqlite3.connect(str(path))
        bad_fk = con.execute("PRAGMA foreign_key_check").fetchall()
        quick = con.execute("PRAGMA quick_check").fetchone()[0]
        con.close()
        print(
            f"foreign_key_check: {len(bad_fk)} problems; quick_check: {quick} "
            f"({time.perf_counter() - t:.1f}s)"
        )
        if bad_fk or quick != "ok":
            return 1

    total = time.perf_counter() - started
    print()
    print("rows written:")
    for table, n in progress.rows.items():
        print(f"  {table:<16} {n:>12,}")
    print(f"  {'total':<16} {progress.total:>12,}")
    print(
        f"load {load_seconds:.1f}s ({progress.total / load_seconds:,.0f} rows/s, "
        f"{progress.rows['photo'] / load_seconds:,.0f} photos/s); total {total:.1f}s"
    )
    print(f"ORM read-back ok: {counts}")

    info: dict[str, Any] = {
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "seed": args.seed,
        "rows": progress.rows,
        "load_seconds": round(load_seconds, 1),
        "total_seconds": round(total, 1),
        "queries": queries,
    }
    info["matches"] = matches
    if path is not None:
        size = sum(
            Path(f"{path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{path}{s}").exists()
        )
        info["bytes"] = size
        print(f"file size {size / 1e9:.2f} GB ({path})")
    print("\nqueries for bench/search.py (matches: releases / photos / people aliases):")
    for q in queries:
        m = matches[q["label"]]
        print(
            f"  {q['label']:<20} {q['query']!r:<20} "
            f"{m['releases']:>8,} / {m['photos']:>9,} / {m['people']:>6,}"
        )
    if path is not None:
        side = Path(f"{path}.bench.json")
        side.write_text(json.dumps(info, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {side}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
