"""The schema revision this code expects, and reading a database's revision in one query,
without Alembic (which, with Mako and Pygments, costs a command over 100 ms to import)."""

from __future__ import annotations

import functools
import os
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

VERSIONS = Path(__file__).resolve().with_name("migrations") / "versions"


@functools.cache
def head_revision() -> str:
    """The newest migration, read from the file names (``NNNN_name.py``, whose revision id is
    ``NNNN``): a new migration is seen without anyone updating a constant.
    ``tests/catalogue/test_revision.py`` checks that this is Alembic's own single head."""
    numbers = [n[:4] for n in os.listdir(VERSIONS) if n[:4].isdigit() and n.endswith(".py")]
    return max(numbers)


def stored_revision(engine: Engine) -> str | None:
    """The revision recorded in the database, or None when it has no version table (a new
    or foreign database) or more than one row (left to Alembic to judge)."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:
        return None
    return str(rows[0][0]) if len(rows) == 1 else None
