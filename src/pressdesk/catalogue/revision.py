"""The schema revision this code expects, and reading a database's revision in one query,
without Alembic (which, with Mako and Pygments, costs a command over 100 ms to import)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

# The newest migration in ``migrations/versions``. A new migration changes this line too;
# ``tests/catalogue/test_revision.py`` fails until it equals Alembic's own head.
HEAD_REVISION = "0010"


def stored_revision(engine: Engine) -> str | None:
    """The revision recorded in the database, or None when it has no version table (a new
    or foreign database) or more than one row (left to Alembic to judge)."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:
        return None
    return str(rows[0][0]) if len(rows) == 1 else None
