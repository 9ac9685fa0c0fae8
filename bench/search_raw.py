"""The raw full-text queries the search benchmark puts beside ours: rank-ordered and
index-ordered FTS5 (``sqlite3`` directly) or ``to_tsquery`` statements, and match counts."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, cast

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.search import fts5_expression, parse_query, pg_tsquery
from pressdesk.catalogue.search_ddl import PG_DOC_COLUMN

LIMIT = 50


class RawSQLite:
    """The raw FTS5 queries, run with the ``sqlite3`` module on the same file."""

    TABLES = (("releases", "release_fts"), ("photos", "photo_fts"), ("people", "person_fts"))

    def __init__(self, path: Path) -> None:
        self.con = sqlite3.connect(str(path))
        self.con.execute("PRAGMA query_only = ON")

    def expression(self, raw: str, prefix_last: bool) -> str:
        return fts5_expression(parse_query(raw, prefix_last=prefix_last))

    def ranked(self, expr: str) -> list[list[int]]:
        return [
            [
                r[0]
                for r in self.con.execute(
                    f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY rank LIMIT {LIMIT}",
                    (expr,),
                )
            ]
            for _kind, fts in self.TABLES
        ]

    def newest(self, expr: str) -> list[list[int]]:
        return [
            [
                r[0]
                for r in self.con.execute(
                    f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid DESC "
                    f"LIMIT {LIMIT}",
                    (expr,),
                )
            ]
            for _kind, fts in self.TABLES
        ]

    def counts(self, expr: str) -> dict[str, int]:
        return {
            kind: self.con.execute(
                f"SELECT count(*) FROM {fts} WHERE {fts} MATCH ?", (expr,)
            ).fetchone()[0]
            for kind, fts in self.TABLES
        }

    def close(self) -> None:
        self.con.close()


class RawPostgres:
    """The equivalent raw ``to_tsquery`` queries on PostgreSQL (``ts_rank`` order), on the
    tables holding the search documents: ``release_search`` and ``photo_search`` since
    migration 0015, the wide rows before it (a baseline run of an older checkout)."""

    def __init__(self, cat: Catalogue) -> None:
        self.raw = cat.engine.raw_connection()
        self.con: Any = cast(Any, self.raw.driver_connection)
        self.con.autocommit = True
        with self.con.cursor() as cur:
            cur.execute("SELECT to_regclass('release_search') IS NOT NULL")
            narrow = cur.fetchone()[0]
        self.TABLES = tuple(
            (kind, f"{table}_search" if narrow and kind != "people" else table, PG_DOC_COLUMN)
            for kind, table in (
                ("releases", "release"),
                ("photos", "photo"),
                ("people", "person_alias"),
            )
        )

    def expression(self, raw: str, prefix_last: bool) -> str:
        return pg_tsquery(parse_query(raw, prefix_last=prefix_last))

    def _run(self, sql: str, q: str) -> list[int]:
        with self.con.cursor() as cur:
            cur.execute(sql, {"q": q})
            return [r[0] for r in cur.fetchall()]

    def ranked(self, expr: str) -> list[list[int]]:
        return [
            self._run(
                f"SELECT id FROM {table} WHERE {doc} @@ to_tsquery('simple', %(q)s) "
                f"ORDER BY ts_rank({doc}, to_tsquery('simple', %(q)s)) DESC LIMIT {LIMIT}",
                expr,
            )
            for _kind, table, doc in self.TABLES
        ]

    def newest(self, expr: str) -> list[list[int]]:
        return [
            self._run(
                f"SELECT id FROM {table} WHERE {doc} @@ to_tsquery('simple', %(q)s) "
                f"ORDER BY id DESC LIMIT {LIMIT}",
                expr,
            )
            for _kind, table, doc in self.TABLES
        ]

    def counts(self, expr: str) -> dict[str, int]:
        return {
            kind: self._run(
                f"SELECT count(*) FROM {table} WHERE {doc} @@ to_tsquery('simple', %(q)s)",
                expr,
            )[0]
            for kind, table, doc in self.TABLES
        }

    def close(self) -> None:
        self.raw.close()
