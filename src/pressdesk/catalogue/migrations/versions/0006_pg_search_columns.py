"""PostgreSQL: stored search vectors

Expression indexes made PostgreSQL re-parse each matching row's text to check and rank it,
so frequent words were slow (seconds at 20,000 photos). A stored generated ``search_doc``
column per searchable table, indexed with GIN, is computed once per write instead.
SQLite (FTS5) is unchanged.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

DOCS = {
    "release": (
        "ix_release_search",
        "to_tsvector('simple', coalesce(headline, '') || ' ' || coalesce(subheadline, '') "
        "|| ' ' || coalesce(summary, '') || ' ' || coalesce(body, ''))",
    ),
    "photo": (
        "ix_photo_search",
        "to_tsvector('simple', coalesce(caption, '') || ' ' || coalesce(headline, '') "
        "|| ' ' || coalesce(credit, '') || ' ' || coalesce(creator::text, ''))",
    ),
    "person_alias": ("ix_person_alias_search", "to_tsvector('simple', alias)"),
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, (old_index, expr) in DOCS.items():
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN search_doc tsvector "
            f"GENERATED ALWAYS AS ({expr}) STORED"
        )
        op.execute(f"CREATE INDEX ix_{table}_search_doc ON {table} USING gin (search_doc)")
        op.execute(f"DROP INDEX IF EXISTS {old_index}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, (old_index, expr) in DOCS.items():
        op.execute(f"CREATE INDEX {old_index} ON {table} USING gin (({expr}))")
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_search_doc")
        op.execute(f"ALTER TABLE {table} DROP COLUMN search_doc")
