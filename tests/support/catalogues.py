"""Catalogues for tests, migrated once: the Alembic chain runs once per test session into a
template, and each test gets a copy of it: a copied file (SQLite), or a database created
from the template database (PostgreSQL's ``CREATE DATABASE … TEMPLATE``). The data the
migrations put in (the house list) comes with the copy.

A copy is the schema the migrations built, not one made from the models, so the tests
still exercise the real migrations (tests/catalogue/test_migrations.py runs them afresh).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from sqlalchemy import create_engine, make_url

from pressdesk.catalogue import Catalogue, open_catalogue

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


_pg_templates: set[str] = set()


def fresh_postgres(url: str) -> None:
    """Make the test database at ``url`` a fresh copy of a template database migrated once
    per test session (``<name>_template``, beside it on the same server)."""
    target = make_url(url)
    name = target.database
    template = f"{name}_template"
    admin = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            if template not in _pg_templates:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')
                conn.exec_driver_sql(f"CREATE DATABASE \"{template}\" ENCODING 'UTF8'")
                open_catalogue(target.set(database=template).render_as_string(False)).close()
                _pg_templates.add(template)
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    finally:
        admin.dispose()
