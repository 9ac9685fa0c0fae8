"""full-text search index

SQLite: FTS5 external-content tables (unicode61, diacritics folded) kept in sync by
triggers, so every write path updates them. PostgreSQL: GIN indexes over the same text as
``to_tsvector('simple', …)`` expressions, which the server keeps in sync itself.
Existing rows are indexed as part of the upgrade.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TOKENIZER = "unicode61 remove_diacritics 2"

# table -> (fts table, indexed columns, columns whose change re-indexes)
SQLITE_INDEXES = {
    "release": ("release_fts", ("headline", "subheadline", "summary", "body")),
    "photo": ("photo_fts", ("caption", "headline", "credit", "creator")),
    "person_alias": ("person_fts", ("alias",)),
}

PG_INDEXES = {
    "ix_release_search": (
        "release",
        "to_tsvector('simple', coalesce(headline, '') || ' ' || coalesce(subheadline, '') "
        "|| ' ' || coalesce(summary, '') || ' ' || coalesce(body, ''))",
    ),
    "ix_photo_search": (
        "photo",
        "to_tsvector('simple', coalesce(caption, '') || ' ' || coalesce(headline, '') "
        "|| ' ' || coalesce(credit, '') || ' ' || coalesce(creator::text, ''))",
    ),
    "ix_person_alias_search": ("person_alias", "to_tsvector('simple', alias)"),
}


def _sqlite_upgrade() -> None:
    for table, (fts, cols) in SQLITE_INDEXES.items():
        col_list = ", ".join(cols)
        new_vals = ", ".join(f"new.{c}" for c in cols)
        old_vals = ", ".join(f"old.{c}" for c in cols)
        op.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({col_list}, content='{table}', "
            f"content_rowid='id', tokenize='{TOKENIZER}')"
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


def _sqlite_downgrade() -> None:
    for fts, _cols in SQLITE_INDEXES.values():
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_upgrade()
    else:
        for name, (table, expr) in PG_INDEXES.items():
            op.execute(f"CREATE INDEX {name} ON {table} USING gin (({expr}))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_downgrade()
    else:
        for name in PG_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")
