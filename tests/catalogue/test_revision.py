"""The schema check at start-up: the head recorded in code is Alembic's head, and a database
at any other revision still goes through the migrations."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from pressdesk.catalogue import CatalogueError, open_catalogue
from pressdesk.catalogue.engine import make_engine, resolve_target
from pressdesk.catalogue.migrate import current_revision
from pressdesk.catalogue.migrate import head_revision as alembic_head
from pressdesk.catalogue.revision import VERSIONS, head_revision, stored_revision


def test_head_read_from_the_file_names_is_alembics_head() -> None:
    assert head_revision() == alembic_head()


def test_every_migration_file_is_named_by_its_revision() -> None:
    """The start-up check reads the head from the file names: ``NNNN_name.py`` must hold
    ``revision = "NNNN"``."""
    files = sorted(p for p in VERSIONS.glob("[0-9][0-9][0-9][0-9]_*.py"))
    assert len(files) >= 9
    for path in files:
        assert f'revision = "{path.name[:4]}"' in path.read_text(encoding="utf-8"), path.name


def test_stored_revision_of_new_foreign_and_current_databases(tmp_path: Path) -> None:
    url, _ = resolve_target(tmp_path / "empty.sqlite")
    engine = make_engine(url)
    try:
        assert stored_revision(engine) is None  # no version table
    finally:
        engine.dispose()
    cat = open_catalogue(tmp_path / "c.sqlite")
    try:
        assert stored_revision(cat.engine) == head_revision() == current_revision(cat.engine)
    finally:
        cat.close()


def test_a_catalogue_at_another_revision_goes_through_alembic(tmp_path: Path) -> None:
    """Not the recorded head: Alembic judges it (here an unknown, newer revision is refused;
    ``test_migrations`` upgrades one from the first revision)."""
    path = tmp_path / "c.sqlite"
    open_catalogue(path).close()
    url, _ = resolve_target(path)
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    engine.dispose()
    with pytest.raises(CatalogueError, match="newer pressdesk"):
        open_catalogue(path)
