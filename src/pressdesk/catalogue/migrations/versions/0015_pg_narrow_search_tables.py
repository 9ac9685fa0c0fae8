"""PostgreSQL: search documents in narrow tables of their own

A release's stored ``search_doc`` (a tsvector of its whole text) lived in the wide release
row and, being over 2 KB, in TOAST: a search that tests rows one by one (the capped count of
a frequent word, the newest matches in id order) read 4-5 pages per release tested, which
the planner does not price (37-81 ms of CPU for frequent words at 1,000,000 photos). The
documents of releases and photos now live in ``release_search`` and ``photo_search`` (id
and document), kept inline (storage MAIN, ``toast_tuple_target`` 8160: a document is moved
out of line only when it does not fit a page), with the GIN indexes on them; triggers on
the text columns write a row's document when the row is inserted or its text changes (no
longer on every update of any column, as the generated column was). The upgrade copies the
documents already computed. SQLite (FTS5 tables, already apart from the rows) is unchanged.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

# (kept here as they are at this revision: release from 0009, photo from 0014)
TEXTS = {
    "release": (
        ("headline", "subheadline", "summary", "body", "slot_text"),
        "/.@:",
    ),
    "photo": (
        (
            "caption", "headline", "credit", "creator::text", "source", "copyright",
            "title", "captions::text", "alt_text", "event", "sublocation", "city",
            "state", "country", "instructions", "usage_terms", "caption_writer", "job_id",
        ),
        "/.@:-",
    ),
}  # fmt: skip


def document(table: str, row: str = "") -> str:
    """The SQL of ``table``'s search document, over the columns of ``row`` (``NEW.`` in a
    trigger, nothing in the table itself)."""
    columns, breaks = TEXTS[table]
    source = " || ' ' || ".join(f"coalesce({row}{c}, '')" for c in columns)
    source = f"translate({source}, '{breaks}', '{' ' * len(breaks)}')"
    return f"to_tsvector('simple', pressdesk_search_fold({source}))"


def _trigger_columns(table: str) -> str:
    return ", ".join(c.removesuffix("::text") for c in TEXTS[table][0])


def _narrow(table: str) -> None:
    docs = f"{table}_search"
    op.execute(
        f"CREATE TABLE {docs} (id integer NOT NULL, search_doc tsvector NOT NULL, "
        f"CONSTRAINT pk_{docs} PRIMARY KEY (id), CONSTRAINT fk_{docs}_id_{table} "
        f"FOREIGN KEY (id) REFERENCES {table} (id) ON DELETE CASCADE) "
        "WITH (toast_tuple_target = 8160)"
    )
    op.execute(f"ALTER TABLE {docs} ALTER COLUMN search_doc SET STORAGE MAIN")
    # The documents are those the generated column holds: copied, not computed again.
    op.execute(f"INSERT INTO {docs} (id, search_doc) SELECT id, search_doc FROM {table}")
    op.execute(f"ALTER TABLE {table} DROP COLUMN search_doc")  # (its index goes with it)
    op.execute(f"CREATE INDEX ix_{table}_search_doc ON {docs} USING gin (search_doc)")
    op.execute(
        f"CREATE FUNCTION pressdesk_{docs}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"INSERT INTO {docs} (id, search_doc) VALUES (NEW.id, {document(table, 'NEW.')}) "
        "ON CONFLICT (id) DO UPDATE SET search_doc = EXCLUDED.search_doc; "
        "RETURN NULL; END $$"
    )
    op.execute(
        f"CREATE TRIGGER {docs} AFTER INSERT OR UPDATE OF {_trigger_columns(table)} "
        f"ON {table} FOR EACH ROW EXECUTE FUNCTION pressdesk_{docs}()"
    )
    op.execute(f"ANALYZE {docs}")


def _wide(table: str) -> None:
    docs = f"{table}_search"
    op.execute(f"DROP TRIGGER {docs} ON {table}")
    op.execute(f"DROP FUNCTION pressdesk_{docs}()")
    op.execute(f"DROP TABLE {docs}")  # (the GIN index goes with it)
    op.execute(
        f"ALTER TABLE {table} ADD COLUMN search_doc tsvector GENERATED ALWAYS AS "
        f"({document(table)}) STORED"
    )
    op.execute(f"CREATE INDEX ix_{table}_search_doc ON {table} USING gin (search_doc)")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TEXTS:
        _narrow(table)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TEXTS:
        _wide(table)
