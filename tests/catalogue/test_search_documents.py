"""PostgreSQL's search documents live in narrow tables (migration 0015): moved there with the
rows already indexed, written by triggers when a row's text changes, kept inline; SQLite's
FTS5 index is unchanged by the migration."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.orm import Session

from pressdesk.catalogue.engine import make_engine, resolve_target
from pressdesk.catalogue.migrate import alembic_config, upgrade
from pressdesk.catalogue.models import Photo, PhotoSlot, Release
from pressdesk.catalogue.search import search_ids
from tests.support.rows import add_photo, add_release, add_slot
from tests.support.search_index import found


def _rows_at_0014(engine) -> None:
    """A release with a printed caption and a photo with a desk field, as 0014 knows them."""
    pg = engine.dialect.name == "postgresql"
    now = dt.datetime(2020, 1, 2, 3, 4, 5)
    with engine.begin() as conn:
        for n in range(2):
            conn.execute(
                text(
                    "INSERT INTO release (uid, headline, body, status, created_at, updated_at, "
                    "version) VALUES (:uid, :h, 'Body about Tiberias.', 'draft', :now, :now, 1)"
                ),
                {"uid": uuid.uuid4() if pg else uuid.uuid4().hex, "h": f"Quorvane {n}", "now": now},
            )
        rid = conn.execute(text("SELECT min(id) FROM release")).scalar_one()
        conn.execute(
            text(
                "INSERT INTO photo_slot (release_id, position, caption, credit) VALUES "
                "(:r, 0, 'Printed caption about Zembla', 'GPO/Ilan Tovar')"
            ),
            {"r": rid},
        )
        conn.execute(
            text(
                "INSERT INTO photo (uid, sha256, original_name, format, bytes, creator, embedded,"
                " created_at, updated_at, version, caption, job_id) VALUES (:uid, :sha, 'a.jpg',"
                " 'JPEG', 10, '[\"Dalia Fenwick\"]', '{}', :now, :now, 1, 'Pier at dusk',"
                " 'WIRE-2012-0042')"
            ),
            {"uid": uuid.uuid4() if pg else uuid.uuid4().hex, "sha": "1" * 64, "now": now},
        )


def _counts(s: Session) -> list[int]:
    queries = ("Quorvane", "Zembla", "Tovar Tiberias", "Fenwick", "WIRE 2012 0042", "dusk")
    return [len(found(s, q).releases) + len(found(s, q).photos) for q in queries]


def test_0015_keeps_every_document_of_rows_already_there(catalogue_target: str) -> None:
    url, _path = resolve_target(catalogue_target)
    engine = make_engine(url)
    upgrade(engine, "0014")
    _rows_at_0014(engine)
    with engine.connect() as conn, Session(conn) as s:
        before = _counts(s)
    assert before == [2, 1, 1, 1, 1, 1]
    upgrade(engine, "0015")
    pg = engine.dialect.name == "postgresql"
    with engine.connect() as conn, Session(conn) as s:
        assert _counts(s) == before
        if pg:
            columns = "SELECT count(*) FROM information_schema.columns WHERE column_name = "
            assert s.scalar(text(columns + "'search_doc' AND table_name = 'release'")) == 0
            assert s.scalar(text(columns + "'search_doc' AND table_name = 'photo'")) == 0
            assert s.scalar(text("SELECT count(*) FROM release_search")) == 2
            assert s.scalar(text("SELECT count(*) FROM photo_search")) == 1
    # down and up again: the documents go back into the rows and come out again
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0014")
    with engine.connect() as conn, Session(conn) as s:
        assert _counts(s) == before
    upgrade(engine, "0015")
    with engine.connect() as conn, Session(conn) as s:
        assert _counts(s) == before
    engine.dispose()


def test_documents_follow_the_text_and_only_the_text(cat) -> None:
    with cat.write() as s:
        release = add_release(s, headline="Orchard festival opens", body="Music.")
        photo = add_photo(s, "p.jpg", caption="Lanterns by the lake", city="Safed")
        release_id, photo_id = release.id, photo.id
    with cat.write() as s:
        s.get(Release, release_id).status = "confirmed"  # not a searched field
        s.get(Photo, photo_id).web_statement = "https://example.org/terms"
    with cat.read() as s:
        assert search_ids(s, "Orchard festival").releases == [release_id]
        assert search_ids(s, "Lanterns Safed").photos == [photo_id]
    with cat.write() as s:
        s.get(Release, release_id).summary = "Harvest lanterns"
        s.get(Photo, photo_id).city = "Acre"
        add_slot(s, s.get(Release, release_id), 0, caption="Stalls under the walls")
    with cat.read() as s:
        assert search_ids(s, "orchard harvest stalls").releases == [release_id]
        assert search_ids(s, "Lanterns Acre").photos == [photo_id]
        assert search_ids(s, "Safed").photos == []
    with cat.write() as s:
        s.delete(s.query(PhotoSlot).filter_by(release_id=release_id).one())
        s.delete(s.get(Photo, photo_id))
    with cat.read() as s:
        assert search_ids(s, "stalls").releases == []
        assert search_ids(s, "Lanterns").photos == []
        assert search_ids(s, "Lanterns").releases == [release_id]


@pytest.mark.postgres
def test_one_inline_document_per_row_on_postgresql(cat) -> None:
    if cat.dialect != "postgresql":
        pytest.skip("the narrow document tables are PostgreSQL's")
    # a body of 400 different words: a document of about 5.6 KB, which the wide rows kept in
    # TOAST (testing it read several pages); one that fits a page now stays in the row
    body = " ".join(f"w{n:04d}x" for n in range(400))
    with cat.write() as s:
        long_id = add_release(s, headline="Vellichor", body=body).id
        add_release(s, headline="Short one")
        add_photo(s, "a.jpg", caption="A caption")
        gone = add_release(s, headline="Deleted soon").id
    with cat.write() as s:
        s.delete(s.get(Release, gone))
    with cat.read() as s:
        for table in ("release", "photo"):
            missing = s.scalar(
                text(
                    f"SELECT count(*) FROM {table} t FULL JOIN {table}_search d USING (id) "
                    "WHERE t.id IS NULL OR d.id IS NULL"
                )
            )
            assert missing == 0, table
        size = s.scalar(
            text("SELECT pg_column_size(search_doc) FROM release_search WHERE id = :i"),
            {"i": long_id},
        )
        assert size > 4000
        toasted = s.scalar(
            text("SELECT reltoastrelid::regclass::text FROM pg_class WHERE relname = :t"),
            {"t": "release_search"},
        )
        assert s.scalar(text(f"SELECT count(*) FROM {toasted}")) == 0
        assert search_ids(s, "vellichor w0399x").releases == [long_id]
