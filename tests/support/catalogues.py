"""Catalogues for tests, migrated once: the Alembic chain runs once per test session into a
template, and each test gets a copy (SQLite) or the emptied template tables (PostgreSQL).

A copy is the schema the migrations built, not one made from the models, so the tests
still exercise the real migrations (tests/catalogue/test_migrations.py runs them afresh).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from pressdesk.catalogue import Catalogue, open_catalogue
from pressdesk.catalogue.migrate import current_revision, head_revision

_template: Path | None = None


def sqlite_template() -> Path:
    """An empty SQLite catalogue at the head revision, made on first use in this process."""
    global _template
    if _template is None:
        folder = Path(tempfile.mkdtemp(prefix="pressdesk-template-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        path = folder / "template.sqlite"
        open_catalogue(path, folder / "unused-library").close()
        _template = path
    return _template


def copy_template(path: Path) -> Path:
    """Put an empty, migrated SQLite catalogue at ``path`` (which must not exist yet)."""
    if path.exists():
        raise FileExistsError(f"{path} exists; a template copy never overwrites a catalogue")
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(sqlite_template(), path)
    return path


def new_catalogue(path: Path, library: Path | None = None) -> Catalogue:
    """Open a new, empty SQLite catalogue at ``path`` (a copy of the template)."""
    return open_catalogue(copy_template(path), library)


def empty_postgres(url: str) -> None:
    """Leave the test database empty at the head revision: the tables of an earlier test are
    emptied (identities restarted), or the schema is rebuilt when it is not at head."""
    engine = create_engine(url)
    try:
        at_head = current_revision(engine) == head_revision()
        with engine.begin() as conn:
            if not at_head:
                conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
                conn.execute(text("CREATE SCHEMA public"))
                return
            tables = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
            if tables:
                names = ", ".join(f'"{t}"' for t in tables)
                conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    finally:
        engine.dispose()
