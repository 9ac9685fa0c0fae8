"""photo desk fields: title, date created, location, event, rights, captions by language

The IPTC fields of ``core/photos/fields.py`` beyond the first nine become photo columns
(``captions`` a JSON object: language -> caption). The photo search index also covers the
text ones a person searches by: title, captions by language, alt text, event and the
location. Date created, caption writer and job id are filled from what earlier revisions
read from each file (``embedded``). JSON columns are written as UTF-8 text from now on (Hebrew no longer as
``\\u05e9`` escapes, which no search found); existing creator lists are rewritten so.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

TOKENIZER = "unicode61 remove_diacritics 2"
# (kept here as they are at this revision)
COLUMNS: tuple[tuple[str, sa.types.TypeEngine], ...] = (
    ("title", sa.Text()),
    ("captions", sa.JSON()),
    ("alt_text", sa.Text()),
    ("usage_terms", sa.Text()),
    ("web_statement", sa.Text()),
    ("date_created", sa.String(length=40)),
    ("event", sa.Text()),
    ("sublocation", sa.String(length=500)),
    ("city", sa.String(length=500)),
    ("state", sa.String(length=500)),
    ("country", sa.String(length=500)),
    ("country_code", sa.String(length=16)),
    ("instructions", sa.Text()),
    ("caption_writer", sa.String(length=500)),
    ("job_id", sa.String(length=200)),
)
OLD_SEARCH = ("caption", "headline", "credit", "creator", "source", "copyright")
NEW_SEARCH = (
    *OLD_SEARCH,
    "title",
    "captions",
    "alt_text",
    "event",
    "sublocation",
    "city",
    "state",
    "country",
)


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


def _pg_doc(cols: tuple[str, ...]) -> None:
    texts = [f"{c}::text" if c in ("creator", "captions") else c for c in cols]
    source = " || ' ' || ".join(f"coalesce({c}, '')" for c in texts)
    source = f"translate({source}, '/.@:', '    ')"
    op.execute("ALTER TABLE photo DROP COLUMN search_doc")  # (its index goes with it)
    op.execute(
        "ALTER TABLE photo ADD COLUMN search_doc tsvector GENERATED ALWAYS AS "
        f"(to_tsvector('simple', pressdesk_search_fold({source}))) STORED"
    )
    op.execute("CREATE INDEX ix_photo_search_doc ON photo USING gin (search_doc)")


def _unescape_creators() -> None:
    """Rewrite JSON creator lists stored with \\u escapes as plain UTF-8 text."""
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT id, CAST(creator AS TEXT) FROM photo WHERE CAST(creator AS TEXT) LIKE '%\\u%' ESCAPE '!'"
        )
    ).all()
    param = "CAST(:c AS json)" if conn.dialect.name == "postgresql" else ":c"
    for pid, raw in rows:
        conn.execute(
            sa.text(f"UPDATE photo SET creator = {param} WHERE id = :id"),
            {"c": json.dumps(json.loads(raw), ensure_ascii=False), "id": pid},
        )


# embedded key (as read from the file before this revision) -> new column
_FROM_EMBEDDED = {
    "date_taken": "date_created",
    "caption_writer": "caption_writer",
    "job_id": "job_id",
}


def _from_embedded() -> None:
    """Fill the new columns that revisions before this one already read from each file."""
    postgres = op.get_bind().dialect.name == "postgresql"
    for key, column in _FROM_EMBEDDED.items():
        value = (
            f"(embedded::json ->> '{key}')" if postgres else f"json_extract(embedded, '$.{key}')"
        )
        op.execute(f"UPDATE photo SET {column} = {value} WHERE {value} IS NOT NULL")


def upgrade() -> None:
    for name, type_ in COLUMNS:
        op.add_column("photo", sa.Column(name, type_, nullable=True))
    op.create_index("ix_photo_date_created", "photo", ["date_created"])
    _from_embedded()
    _unescape_creators()
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_fts(NEW_SEARCH)
    else:
        _pg_doc(NEW_SEARCH)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_fts(OLD_SEARCH)
    else:
        _pg_doc(OLD_SEARCH)
    op.drop_index("ix_photo_date_created", "photo")
    for name, _type in reversed(COLUMNS):
        op.drop_column("photo", name)  # (SQLite 3.35+ drops a column in place)
