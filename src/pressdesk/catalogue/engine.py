"""Engines for SQLite files and server URLs, with the connection settings each needs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from pressdesk.catalogue.errors import CatalogueError

__all__ = ["BUSY_TIMEOUT_MS", "CatalogueError", "make_engine", "resolve_target"]

BUSY_TIMEOUT_MS = 10_000


def resolve_target(target: str | Path) -> tuple[URL, Path | None]:
    """Turn a path or SQLAlchemy URL into a URL and, for SQLite files, the file path."""
    text = str(target).strip()
    if not text:
        raise CatalogueError("The catalogue location is empty; give a file path or a URL.")
    if "://" in text:
        try:
            url = make_url(text)
        except ArgumentError as exc:
            raise CatalogueError(f"'{text}' is not a valid database URL ({exc}).") from None
        if url.get_backend_name() == "sqlite":
            db = url.database
            if not db or db == ":memory:":
                raise CatalogueError("An in-memory SQLite catalogue cannot be used; give a file.")
            return url, Path(db).expanduser().resolve()
        return url, None
    path = Path(text).expanduser().resolve()
    return URL.create("sqlite+pysqlite", database=str(path)), path


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below own transactions (pysqlite's own handling
        # would defer BEGIN and break SAVEPOINTs).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock up front so that two writers queue on the busy
        # timeout instead of failing when a read transaction tries to upgrade.
        if conn.get_execution_options().get("pressdesk_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def make_engine(url: URL) -> Engine:
    """Create an engine for ``url`` with WAL, foreign keys and a busy timeout on SQLite."""
    # JSON text as written (Hebrew stays Hebrew, not \\u05e9...): the search indexes read it
    kwargs: dict[str, Any] = {"json_serializer": _json_text}
    if url.get_backend_name() == "postgresql":
        kwargs["pool_pre_ping"] = True
        if url.get_driver_name() in ("psycopg", "psycopg2"):
            # Text as UTF-8 whatever the database's own encoding (a SQL_ASCII database would
            # otherwise hand back bytes, and the encoding check could not even say so).
            # Plans made for the values each time: psycopg prepares a statement run five
            # times, and the server's generic plan for a full-text search, made for no word
            # in particular, suits rare words and costs 3-5x on frequent ones.
            kwargs["connect_args"] = {
                "client_encoding": "utf8",
                "options": "-c plan_cache_mode=force_custom_plan",
            }
    try:
        engine = create_engine(url, **kwargs)
    except (NoSuchModuleError, ModuleNotFoundError) as exc:
        raise CatalogueError(
            f"No database driver for '{url.render_as_string(hide_password=True)}' ({exc}); "
            "for PostgreSQL install the extra: pip install 'pressdesk[postgres]'."
        ) from None
    if url.get_backend_name() == "sqlite":
        _configure_sqlite(engine)
    return engine
