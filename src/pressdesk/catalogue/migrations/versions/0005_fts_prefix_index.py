"""full-text prefix indexes

Search as you type asks for one- to four-letter prefixes ("m*", "mi*", "pre*"). Without a
prefix index FTS5 merges the doclists of every word with that prefix on each query (100-200
ms per table at 1,000,000 photos); with ``prefix='1 2 3 4'`` such a prefix is one index entry.
FTS5 options cannot be altered, so the tables are recreated under the same names (the
triggers on the content tables keep working) and rebuilt from their content. SQLite only.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TOKENIZER = "unicode61 remove_diacritics 2"
TABLES = {
    "release_fts": ("release", "headline, subheadline, summary, body"),
    "photo_fts": ("photo", "caption, headline, credit, creator"),
    "person_fts": ("person_alias", "alias"),
}


def _recreate(prefix: str | None) -> None:
    option = f", prefix='{prefix}'" if prefix else ""
    for fts, (table, cols) in TABLES.items():
        op.execute(f"DROP TABLE {fts}")
        op.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', "
            f"content_rowid='id', tokenize='{TOKENIZER}'{option})"
        )
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _recreate("1 2 3 4")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _recreate(None)
