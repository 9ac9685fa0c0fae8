"""The migration tree: one head, agrees with the models, upgrades keep every row."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from pressdesk.catalogue import CatalogueError, open_catalogue
from pressdesk.catalogue.base import Base
from pressdesk.catalogue.engine import make_engine, resolve_target
from pressdesk.catalogue.migrate import (
    alembic_config,
    current_revision,
    head_revision,
    upgrade,
)
from pressdesk.catalogue.search import search_ids
from pressdesk.catalogue.search_ddl import include_object
from pressdesk.core.photos.fields import FIELDS
from tests.support.search_index import found as _found


def test_single_head() -> None:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1


def test_models_and_migrations_agree(cat) -> None:
    with cat.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"include_object": include_object, "compare_type": True}
        )
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def test_new_catalogue_is_at_head_with_pragmas(tmp_path: Path) -> None:
    cat = open_catalogue(tmp_path / "c.sqlite")
    try:
        assert current_revision(cat.engine) == head_revision()
        with cat.read() as s:
            assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert s.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
        assert cat.library == tmp_path / "c-photos"
    finally:
        cat.close()


def _fill_first_revision(engine) -> dict[str, int]:
    """Rows written with plain SQL as the first revision's schema knows them."""
    now = dt.datetime(2020, 1, 2, 3, 4, 5)
    rows = {}
    with engine.begin() as conn:
        for n in range(3):
            conn.execute(
                text(
                    "INSERT INTO release (uid, headline, body, status, created_at, updated_at, "
                    "version, event_date) VALUES (:uid, :h, :b, 'draft', :now, :now, 1, :d)"
                ),
                {
                    "uid": uuid.uuid4().hex if engine.dialect.name == "sqlite" else uuid.uuid4(),
                    "h": f"Zalman Shazar visit number {n}",
                    "b": "Body text about Jerusalem.",
                    "now": now,
                    "d": dt.date(2012, 11, 8),
                },
            )
        conn.execute(
            text(
                "INSERT INTO photo (uid, sha256, original_name, format, bytes, creator, embedded,"
                " created_at, updated_at, version, caption) VALUES (:uid, :sha, 'a.jpg', 'JPEG',"
                " 10, '[]', '{}', :now, :now, 1, 'Caption naming Milner')"
            ),
            {
                "uid": uuid.uuid4().hex if engine.dialect.name == "sqlite" else uuid.uuid4(),
                "sha": "0" * 64,
                "now": now,
            },
        )
        conn.execute(
            text(
                "INSERT INTO person (uid, display_name, sort_name, created_at, updated_at,"
                " version) VALUES (:uid, 'Shimon Peres', 'Peres, Shimon', :now, :now, 1)"
            ),
            {
                "uid": uuid.uuid4().hex if engine.dialect.name == "sqlite" else uuid.uuid4(),
                "now": now,
            },
        )
        pid = conn.execute(text("SELECT id FROM person")).scalar_one()
        conn.execute(
            text(
                "INSERT INTO person_alias (person_id, alias, key, kind) VALUES "
                "(:p, 'Peres', 'peres', 'alias')"
            ),
            {"p": pid},
        )
        for table in ("release", "photo", "person", "person_alias"):
            rows[table] = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
    return rows


def test_upgrade_from_first_revision_keeps_every_row(catalogue_target: str) -> None:
    url, path = resolve_target(catalogue_target)
    engine = make_engine(url)
    upgrade(engine, "0001")
    before = _fill_first_revision(engine)
    engine.dispose()

    cat = open_catalogue(catalogue_target)
    try:
        assert current_revision(cat.engine) == head_revision()
        if path is not None:
            assert cat.backup is not None and cat.backup.exists()
            with sqlite3.connect(cat.backup) as b:
                assert b.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
                assert b.execute("SELECT count(*) FROM release").fetchone() == (3,)
        with cat.read() as s:
            for table, n in before.items():
                assert s.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == n
            # the search index was built for the rows already there
            hits = search_ids(s, "Shazar")
            assert len(hits.releases) == 3
            assert len(search_ids(s, "Milner").photos) == 1
            assert len(search_ids(s, "Peres").people) == 1
    finally:
        cat.close()


def test_upgrade_folds_accents_of_rows_already_there(catalogue_target: str) -> None:
    """0007 rebuilds PostgreSQL's search documents folded; rows from before it are found
    without their accents (SQLite's FTS5 folded them all along)."""
    url, _path = resolve_target(catalogue_target)
    engine = make_engine(url)
    upgrade(engine, "0001")
    _fill_first_revision(engine)
    upgrade(engine, "0006")
    with engine.begin() as conn:
        conn.execute(text("UPDATE photo SET caption = 'Café meeting in Zürich'"))
        conn.execute(text("UPDATE person_alias SET alias = 'Shímon Péres'"))
    engine.dispose()
    cat = open_catalogue(catalogue_target)
    try:
        with cat.read() as s:
            assert search_ids(s, "Zurich cafe").photos
            assert search_ids(s, "Zürich").photos
            assert len(search_ids(s, "shimon peres").people) == 1
    finally:
        cat.close()


def _slots_and_photo_text(engine) -> None:
    with engine.begin() as conn:
        rid = conn.execute(text("SELECT min(id) FROM release")).scalar_one()
        conn.execute(
            text(
                "INSERT INTO photo_slot (release_id, position, caption, credit) VALUES "
                "(:r, 0, 'Printed caption about Qalansawe', 'GPO/Haim Zach')"
            ),
            {"r": rid},
        )
        conn.execute(text("UPDATE photo SET source = 'Flash90', copyright = 'Kobi Gideon'"))


def test_0009_indexes_printed_captions_and_photo_source_of_rows_already_there(
    catalogue_target: str,
) -> None:
    url, _path = resolve_target(catalogue_target)
    engine = make_engine(url)
    upgrade(engine, "0001")
    _fill_first_revision(engine)
    upgrade(engine, "0008")
    _slots_and_photo_text(engine)
    upgrade(engine, "0009")
    with engine.connect() as conn, Session(conn) as s:
        assert len(_found(s, "Qalansawe").releases) == 1
        assert len(_found(s, "Haim Zach Shazar").releases) == 1
        assert len(_found(s, "Flash90 Gideon").photos) == 1
    # down and up again: the release table and its index come back as they were
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0008")
    with engine.connect() as conn, Session(conn) as s:
        assert _found(s, "Qalansawe").releases == []
        assert len(_found(s, "Shazar").releases) == 3
        assert conn.execute(text("SELECT count(*) FROM photo_slot")).scalar_one() == 1
    upgrade(engine, "0009")
    with engine.connect() as conn, Session(conn) as s:
        assert len(_found(s, "Qalansawe").releases) == 1
    engine.dispose()


def test_refuses_a_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    open_catalogue(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(CatalogueError, match="newer pressdesk"):
        open_catalogue(path)


def test_refuses_a_foreign_database(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(CatalogueError, match="not a pressdesk catalogue"):
        open_catalogue(path)


def test_refuses_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    with pytest.raises(CatalogueError, match="not a SQLite database"):
        open_catalogue(path)


def test_reopening_a_current_catalogue_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    open_catalogue(path).close()
    cat = open_catalogue(path)
    cat.close()
    assert cat.backup is None
    assert not list(tmp_path.glob("*.bak"))


def test_unreachable_server_is_a_clear_error() -> None:
    with pytest.raises(CatalogueError, match=r"127\.0\.0\.1"):
        open_catalogue("postgresql+psycopg://nobody@127.0.0.1:1/none")


def test_engine_of_plain_path_is_sqlite(tmp_path: Path) -> None:
    url, path = resolve_target(str(tmp_path / "x.sqlite"))
    assert url.get_backend_name() == "sqlite" and path == tmp_path / "x.sqlite"
    engine = create_engine(url)
    engine.dispose()


@pytest.mark.postgres
def test_a_database_not_in_utf8_is_refused_clearly() -> None:
    from sqlalchemy.engine import make_url

    from tests.conftest import PG_URL

    if not PG_URL:
        pytest.skip("PRESSDESK_TEST_POSTGRES_URL is not set")
    name = f"pressdesk_ascii_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(
            text(
                f"CREATE DATABASE {name} ENCODING 'SQL_ASCII' TEMPLATE template0 "
                "LC_COLLATE 'C' LC_CTYPE 'C'"
            )
        )
    try:
        url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
        with pytest.raises(CatalogueError, match=f"{name}.*SQL_ASCII.*UTF8"):
            open_catalogue(url)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


def test_0012_adds_photo_desk_fields_and_makes_escaped_creators_searchable(
    catalogue_target: str,
) -> None:
    url, _path = resolve_target(catalogue_target)
    engine = make_engine(url)
    upgrade(engine, "0001")
    _fill_first_revision(engine)
    upgrade(engine, "0011")
    escaped = json.dumps(["עמוס בן גרשום"])  # how revisions before 0012 stored JSON
    assert "\\u05e2" in escaped
    param = "CAST(:c AS json)" if engine.dialect.name == "postgresql" else ":c"
    embedded = json.dumps({"date_taken": "2012-11-08T14:30:00", "caption_writer": "R.W."})
    with engine.begin() as conn:
        conn.execute(text(f"UPDATE photo SET creator = {param}"), {"c": escaped})
        conn.execute(text(f"UPDATE photo SET embedded = {param}"), {"c": embedded})
    upgrade(engine, "0012")
    with engine.connect() as conn:
        row = conn.execute(text("SELECT date_created, caption_writer, job_id FROM photo")).one()
        assert tuple(row) == ("2012-11-08T14:30:00", "R.W.", None)
    with engine.begin() as conn:
        conn.execute(text("UPDATE photo SET city = 'Qalansawe', title = 'Ribbon cutting'"))
    with engine.connect() as conn, Session(conn) as s:
        assert len(_found(s, "גרשום").photos) == 1
        assert len(_found(s, "Qalansawe ribbon").photos) == 1
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0011")
    with engine.connect() as conn, Session(conn) as s:
        assert len(_found(s, "Milner").photos) == 1
        assert _found(s, "Qalansawe").photos == []
    upgrade(engine, "0012")
    engine.dispose()


def test_0014_makes_every_searchable_text_field_of_the_schema_searchable(
    catalogue_target: str,
) -> None:
    url, _path = resolve_target(catalogue_target)
    engine = make_engine(url)
    upgrade(engine, "0001")
    _fill_first_revision(engine)
    upgrade(engine, "0013")
    texts = {
        "instructions": "Embargoed until Thursday",
        "usage_terms": "Editorial quarantine only",
        "caption_writer": "Xanthe Desk",
        "job_id": "GPO-2012-1108",
    }
    sets = ", ".join(f"{name} = :{name}" for name in texts)
    with engine.begin() as conn:
        conn.execute(text(f"UPDATE photo SET {sets}"), texts)
    upgrade(engine, "0014")
    queries = ("Embargoed", "quarantine", "Xanthe", "GPO 2012 1108")
    with engine.connect() as conn, Session(conn) as s:
        assert [len(_found(s, q).photos) for q in queries] == [1, 1, 1, 1]
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0013")
    with engine.connect() as conn, Session(conn) as s:
        assert [len(_found(s, q).photos) for q in queries] == [0, 0, 0, 0]
        assert len(_found(s, "Milner").photos) == 1
    upgrade(engine, "0014")
    engine.dispose()


def test_the_photo_search_index_covers_the_schema_s_searchable_fields(tmp_path: Path) -> None:
    """Every field the schema marks ``search`` is a column of the SQLite photo index (the
    lists and people live in tables of their own and are found through them)."""
    cat = open_catalogue(str(tmp_path / "c.sqlite"))
    with cat.engine.connect() as conn:
        columns = [row[1] for row in conn.execute(text("PRAGMA table_info(photo_fts)"))]
    cat.close()
    assert sorted(columns) == sorted(f.name for f in FIELDS if f.search)
