"""Loading the synthetic catalogue into PostgreSQL: ``COPY`` in two streams, with the
foreign keys and GIN indexes set aside while it runs and put back exactly as the migrations
made them.

A 1,000,000-photo load spent about 40 % of the server's time in the row-by-row foreign-key
triggers and another 15 % maintaining indexes one row at a time. Adding a foreign key back
checks every row in one set-based query, and a GIN index built in one pass is far cheaper
than one kept up to date row by row. The definitions are read from the catalogue itself
(``pg_get_constraintdef``, ``pg_get_indexdef``) before they are dropped, so the schema at
the end is the one the migrations created; ordinary triggers (``photo_slot_text``) stay on.
Most of the rest is computing the stored search documents (Unicode normalisation), which
two server processes share.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import _synth
from catalogue_rows import Layout, Progress

from pressdesk.catalogue import Catalogue

_FOREIGN_KEYS = """
SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
WHERE c.contype = 'f' AND n.nspname = current_schema()
ORDER BY 1, 2
"""
_GIN_INDEXES = """
SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE am.amname = 'gin' AND n.nspname = current_schema()
ORDER BY 1
"""


@contextmanager
def constraints_deferred(conn: Any) -> Iterator[None]:
    """Drop the foreign keys and GIN indexes of the current schema on the psycopg
    connection ``conn`` (committed), yield for the load, then create them again (the
    foreign keys validated against every row) and commit."""
    with conn.cursor() as cur:
        cur.execute(_FOREIGN_KEYS)
        keys: list[tuple[str, str, str]] = cur.fetchall()
        cur.execute(_GIN_INDEXES)
        indexes: list[tuple[str, str]] = cur.fetchall()
        for table, name, _definition in keys:
            cur.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        for name, _definition in indexes:
            cur.execute(f"DROP INDEX {name}")
    conn.commit()
    yield
    with conn.cursor() as cur:
        cur.execute("SET maintenance_work_mem = '512MB'")
        for name, definition in indexes:
            print(f"  creating {name}", flush=True)
            cur.execute(definition)
        for table, name, definition in keys:
            print(f"  adding {table}.{name}", flush=True)
            cur.execute(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
    conn.commit()


# Two COPY streams, each with its own server process: the release side (the slots' trigger
# updates their release, so the slots go with the releases) and the photo side.
PG_STREAMS = (
    ("release", "release_keyword", "participation", "photo_slot", "person_title"),
    ("photo", "photo_keyword", "person_shown"),
)


def load_postgres(
    cat: Catalogue, layout: Layout, synth: _synth.Synth, batch: int, commit_every: int
) -> Progress:
    """Fill an empty, migrated PostgreSQL catalogue with ``COPY`` in two streams (foreign
    keys and GIN indexes put back after the load: ``pg_bulk``)."""
    raws = [cat.engine.raw_connection() for _ in PG_STREAMS]
    try:
        conns: list[Any] = [raw.driver_connection for raw in raws]
        progress = Progress(synth.n_releases)
        with constraints_deferred(conns[0]):
            for conn in conns:
                conn.execute("SET TIME ZONE 'UTC'")
            with conns[0].cursor() as cur:
                _copy_pg(cur, layout, synth.static_rows(), progress)
            conns[0].commit()
            _copy_streams(conns, layout, synth.chunks(batch), commit_every, progress)
        conn = conns[0]
        with conn.cursor() as cur:
            for table, cols in _synth.COLUMNS.items():
                if cols[0] == "id":
                    cur.execute(
                        f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                        f'coalesce(max(id), 1)) FROM "{table}"'
                    )
        conn.commit()
        with conn.cursor() as cur:
            conn.autocommit = True
            cur.execute("VACUUM ANALYZE")
        progress.maybe_print(force=True)
    finally:
        for raw in raws:
            raw.close()
    return progress


def _copy_streams(
    conns: list[Any],
    layout: Layout,
    chunks: Iterable[dict[str, list[_synth.Row]]],
    commit_every: int,
    progress: Progress,
) -> None:
    """Generate chunks here and send each stream's tables through its own connection."""
    queues: list[queue.Queue[dict[str, list[_synth.Row]] | None]] = [
        queue.Queue(maxsize=4) for _ in conns
    ]
    errors: list[BaseException] = []

    def write(conn: Any, q: queue.Queue[dict[str, list[_synth.Row]] | None]) -> None:
        try:
            with conn.cursor() as cur:
                n = 0
                while (rows := q.get()) is not None:
                    _copy_pg(cur, layout, rows, progress)
                    n += 1
                    if n % commit_every == 0:
                        conn.commit()
            conn.commit()
        except BaseException as exc:
            errors.append(exc)
            while q.get() is not None:  # let the producer finish
                pass

    threads = [
        threading.Thread(target=write, args=(conn, q))
        for conn, q in zip(conns, queues, strict=True)
    ]
    for t in threads:
        t.start()
    try:
        for chunk in chunks:
            unsent = {t for t, rows in chunk.items() if rows} - set(sum(PG_STREAMS, ()))
            if unsent:
                raise SystemExit(f"no COPY stream for the tables {sorted(unsent)}")
            for q, tables in zip(queues, PG_STREAMS, strict=True):
                q.put({t: chunk[t] for t in tables if chunk.get(t)})
            progress.maybe_print()
    finally:
        for q in queues:
            q.put(None)
        for t in threads:
            t.join()
    if errors:
        raise errors[0]


def _copy_pg(cur: Any, layout: Layout, rows: dict[str, list[_synth.Row]], p: Progress) -> None:
    for table in _synth.TABLE_ORDER:
        batch = rows.get(table)
        if not batch:
            continue
        cols = ", ".join(layout.columns[table])
        with cur.copy(f'COPY "{table}" ({cols}) FROM STDIN') as copy:
            for row in layout.rows(table, batch):
                copy.write_row(row)
        p.add(table, len(batch))
