"""photo search over the desk's remaining text fields: instructions, usage terms, caption
writer and job id

A photo is found by every text field of the schema a person types (the fields marked
``search`` in ``core/photos/fields.py``); revision 0012 left out the special instructions
("embargo"), the usage terms, the caption writer and the job id. On PostgreSQL a hyphen
in a photo's text now separates words, as on SQLite: its parser read "GPO-2012-1108" as
"gpo", "-2012", "-1108" (signed numbers), which no query "GPO 2012 1108" found.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

TOKENIZER = "unicode61 remove_diacritics 2"
# (kept here as they are at this revision)
OLD_SEARCH = (
    "caption", "headline", "credit", "creator", "source", "copyright", "title", "captions",
    "alt_text", "event", "sublocation", "city", "state", "country",
)  # fmt: skip
NEW_SEARCH = (*OLD_SEARCH, "instructions", "usage_terms", "caption_writer", "job_id")
_JSON = ("creator", "captions")


def _sqlite_fts(cols: tuple[str, ...]) -> None:
    fts, table = "photo_fts", "photo"
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


def _pg_doc(cols: tuple[str, ...], breaks: str) -> None:
    texts = [f"{c}::text" if c in _JSON else c for c in cols]
    source = " || ' ' || ".join(f"coalesce({c}, '')" for c in texts)
    source = f"translate({source}, '{breaks}', '{' ' * len(breaks)}')"
    op.execute("ALTER TABLE photo DROP COLUMN search_doc")  # (its index goes with it)
    op.execute(
        "ALTER TABLE photo ADD COLUMN search_doc tsvector GENERATED ALWAYS AS "
        f"(to_tsvector('simple', pressdesk_search_fold({source}))) STORED"
    )
    op.execute("CREATE INDEX ix_photo_search_doc ON photo USING gin (search_doc)")


def _index(cols: tuple[str, ...], breaks: str) -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_fts(cols)
    else:
        _pg_doc(cols, breaks)


def upgrade() -> None:
    _index(NEW_SEARCH, "/.@:-")


def downgrade() -> None:
    _index(OLD_SEARCH, "/.@:")
