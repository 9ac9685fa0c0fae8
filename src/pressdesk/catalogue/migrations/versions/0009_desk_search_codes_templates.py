"""search over printed captions, photo source and copyright; codes, templates, change sources

Search: a release is also found by the captions, credits and copyright lines printed in it
(its photo slots), and a photo by its source and copyright. On PostgreSQL "GPO/Haim Zach"
is indexed as words (its parser made "gpo/haim" one file-name token, which no query found). The slots' text is kept in
``release.slot_text`` by triggers on ``photo_slot`` on both databases (written only by the
database; the ORM does not map it), so the release's search index (SQLite FTS5 column,
PostgreSQL stored tsvector) holds it beside the headline and body.

People get a ``code`` (``\\bn\\`` in a field expands to the person's current title and
name); ``template`` holds named sets of field values with variables; each change record
says where its value came from (``source``); provenance accepts ``template``, ``fix``,
``release`` and ``person`` besides the first five sources.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from pressdesk.catalogue.base import UTCDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TOKENIZER = "unicode61 remove_diacritics 2"
# (kept here as they are at this revision)
FTS = {
    "release_fts": ("release", ("headline", "subheadline", "summary", "body", "slot_text")),
    "photo_fts": ("photo", ("caption", "headline", "credit", "creator", "source", "copyright")),
}
OLD_FTS = {
    "release_fts": ("release", ("headline", "subheadline", "summary", "body")),
    "photo_fts": ("photo", ("caption", "headline", "credit", "creator")),
}
PG_TEXTS = {
    "release": ("headline", "subheadline", "summary", "body", "slot_text"),
    "photo": ("caption", "headline", "credit", "creator::text", "source", "copyright"),
}
OLD_PG_TEXTS = {
    "release": ("headline", "subheadline", "summary", "body"),
    "photo": ("caption", "headline", "credit", "creator::text"),
}
OLD_SOURCES = "'parsed', 'file', 'preset', 'user', 'bundle'"
SOURCES = OLD_SOURCES + ", 'template', 'fix', 'release', 'person'"

# The printed text of a release's slots, in slot order (SQLite).
_SQLITE_SLOT_TEXT = (
    "(SELECT group_concat(t, ' ') FROM (SELECT trim(coalesce(caption, '') || ' ' || "
    "coalesce(credit, '') || ' ' || coalesce(copyright, '')) AS t FROM photo_slot "
    "WHERE release_id = {ref} ORDER BY position, id))"
)
_PG_SLOT_FUNCTION = """
CREATE FUNCTION pressdesk_release_slot_text() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE rid integer;
BEGIN
  FOREACH rid IN ARRAY ARRAY[
    CASE WHEN TG_OP <> 'INSERT' THEN OLD.release_id END,
    CASE WHEN TG_OP <> 'DELETE' THEN NEW.release_id END
  ] LOOP
    IF rid IS NOT NULL THEN
      UPDATE release SET slot_text = (
        SELECT string_agg(concat_ws(' ', caption, credit, copyright), ' '
                          ORDER BY position, id)
        FROM photo_slot WHERE release_id = rid)
      WHERE id = rid;
    END IF;
  END LOOP;
  RETURN NULL;
END $$
"""


def _sqlite_fts(tables: dict[str, tuple[str, tuple[str, ...]]]) -> None:
    for fts, (table, cols) in tables.items():
        col_list = ", ".join(cols)
        new_vals = ", ".join(f"new.{c}" for c in cols)
        old_vals = ", ".join(f"old.{c}" for c in cols)
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        op.execute(f"DROP TABLE {fts}")
        op.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({col_list}, content='{table}', "
            f"content_rowid='id', tokenize='{TOKENIZER}', prefix='1 2 3 4')"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {fts}(rowid, {col_list}) VALUES (new.id, {new_vals}); END"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {col_list}) VALUES ('delete', old.id, {old_vals}); "
            "END"
        )
        op.execute(
            f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {col_list} ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {col_list}) VALUES ('delete', old.id, {old_vals}); "
            f"INSERT INTO {fts}(rowid, {col_list}) VALUES (new.id, {new_vals}); END"
        )
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def _sqlite_slot_triggers() -> None:
    def update(ref: str) -> str:
        return (
            f"UPDATE release SET slot_text = {_SQLITE_SLOT_TEXT.format(ref=ref)} WHERE id = {ref};"
        )

    op.execute(
        f"CREATE TRIGGER photo_slot_text_ai AFTER INSERT ON photo_slot BEGIN "
        f"{update('new.release_id')} END"
    )
    op.execute(
        f"CREATE TRIGGER photo_slot_text_ad AFTER DELETE ON photo_slot BEGIN "
        f"{update('old.release_id')} END"
    )
    op.execute(
        "CREATE TRIGGER photo_slot_text_au AFTER UPDATE OF caption, credit, copyright, "
        f"position, release_id ON photo_slot BEGIN {update('old.release_id')} "
        f"{update('new.release_id')} END"
    )
    op.execute(f"UPDATE release SET slot_text = {_SQLITE_SLOT_TEXT.format(ref='release.id')}")


def _pg_doc(table: str, columns: tuple[str, ...], *, split: bool = True) -> None:
    source = " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)
    if split:
        # PostgreSQL's parser keeps "GPO/Haim", "gov.il" and "a@b" as one token; the query
        # side splits them into words, so the document does too.
        source = f"translate({source}, '/.@:', '    ')"
    op.execute(f"ALTER TABLE {table} DROP COLUMN search_doc")  # (its index goes with it)
    op.execute(
        f"ALTER TABLE {table} ADD COLUMN search_doc tsvector GENERATED ALWAYS AS "
        f"(to_tsvector('simple', pressdesk_search_fold({source}))) STORED"
    )
    op.execute(f"CREATE INDEX ix_{table}_search_doc ON {table} USING gin (search_doc)")


def _pg_upgrade() -> None:
    op.execute(_PG_SLOT_FUNCTION)
    op.execute(
        "CREATE TRIGGER photo_slot_text AFTER INSERT OR DELETE OR UPDATE OF caption, credit, "
        "copyright, position, release_id ON photo_slot FOR EACH ROW "
        "EXECUTE FUNCTION pressdesk_release_slot_text()"
    )
    op.execute(
        "UPDATE release r SET slot_text = s.t FROM (SELECT release_id, string_agg(concat_ws("
        "' ', caption, credit, copyright), ' ' ORDER BY position, id) AS t FROM photo_slot "
        "GROUP BY release_id) s WHERE s.release_id = r.id"
    )
    for table, columns in PG_TEXTS.items():
        _pg_doc(table, columns)


def _other_tables() -> None:
    # (plain ALTERs and an index: recreating ``person`` on SQLite would cascade its rows)
    op.add_column("person", sa.Column("code", sa.String(length=40), nullable=True))
    op.create_index("uq_person_code", "person", ["code"], unique=True)
    op.add_column("change_record", sa.Column("source", sa.String(length=16), nullable=True))
    with op.batch_alter_table("provenance") as batch:
        batch.drop_constraint(op.f("ck_provenance_source"), type_="check")
        batch.create_check_constraint(op.f("ck_provenance_source"), f"source IN ({SOURCES})")
    op.create_table(
        "template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_template")),
        sa.UniqueConstraint("name", name=op.f("uq_template_name")),
    )


def upgrade() -> None:
    op.add_column("release", sa.Column("slot_text", sa.Text(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_slot_triggers()
        _sqlite_fts(FTS)
    else:
        _pg_upgrade()
    _other_tables()


def downgrade() -> None:
    op.drop_table("template")
    with op.batch_alter_table("provenance") as batch:
        batch.drop_constraint(op.f("ck_provenance_source"), type_="check")
        batch.create_check_constraint(op.f("ck_provenance_source"), f"source IN ({OLD_SOURCES})")
    op.drop_column("change_record", "source")
    op.drop_index("uq_person_code", "person")
    op.drop_column("person", "code")
    if op.get_bind().dialect.name == "sqlite":
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS photo_slot_text_{suffix}")
        # (the release triggers name slot_text: they go before the column does)
        _sqlite_fts(OLD_FTS)
    else:
        op.execute("DROP TRIGGER photo_slot_text ON photo_slot")
        op.execute("DROP FUNCTION pressdesk_release_slot_text()")
        for table, columns in OLD_PG_TEXTS.items():
            _pg_doc(table, columns, split=False)
    op.drop_column("release", "slot_text")
