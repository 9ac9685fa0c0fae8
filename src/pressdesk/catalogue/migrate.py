"""Bringing a catalogue's schema to the current revision: create, back up, upgrade."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine

from pressdesk.catalogue.engine import CatalogueError
from pressdesk.catalogue.locks import Notice, schema_lock

SCRIPT_LOCATION = "pressdesk.catalogue:migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config for the packaged migration tree, optionally bound to a connection."""
    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest revision of the migration tree."""
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise CatalogueError(f"The migration tree has {len(heads)} heads; it must have one.")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    """The revision a database is at, or None for an empty database."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def backup_sqlite(path: Path, revision: str) -> Path:
    """Copy a SQLite catalogue (consistently, through the backup API) before an upgrade."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.{revision}.{stamp}.bak")
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one transaction."""
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)


def ensure_schema(
    engine: Engine, sqlite_path: Path | None, on_wait: Notice | None = None
) -> Path | None:
    """Create an empty catalogue or upgrade an old one; return the backup made, if any.

    Two processes opening the same new or old catalogue at once take turns (see
    :func:`.locks.schema_lock`): the second finds the schema at the current revision.
    """
    head = head_revision()
    if current_revision(engine) == head:
        return None
    where = str(sqlite_path) if sqlite_path else engine.url.render_as_string(hide_password=True)
    _require_utf8(engine, where)
    with schema_lock(engine, sqlite_path, on_wait):
        current = current_revision(engine)  # (again: it may have changed while we waited)
        if current == head:
            return None
        if current is None:
            tables = set(inspect(engine).get_table_names())
            if tables:
                raise CatalogueError(
                    f"{where} already holds other tables and is not a pressdesk catalogue; "
                    "choose another file or database."
                )
            upgrade(engine)
            return None
        if current not in _known_revisions():
            raise CatalogueError(
                f"{where} was written by a newer pressdesk (schema {current}); "
                "upgrade pressdesk to open it."
            )
        backup = backup_sqlite(sqlite_path, current) if sqlite_path else None
        upgrade(engine)
        return backup


def _require_utf8(engine: Engine, where: str) -> None:
    """A PostgreSQL catalogue must be a UTF8 database: releases and captions are in Hebrew,
    Russian and more, and search folds text with ``normalize()``, which needs UTF8."""
    if engine.dialect.name != "postgresql":
        return
    with engine.connect() as conn:
        encoding = conn.exec_driver_sql("SHOW server_encoding").scalar_one()
    if str(encoding).upper() not in ("UTF8", "UTF-8"):
        raise CatalogueError(
            f"The database {where} uses the {encoding} encoding; pressdesk needs a UTF8 "
            "database. Create one with CREATE DATABASE … ENCODING 'UTF8' TEMPLATE template0 "
            "and open that instead."
        )
