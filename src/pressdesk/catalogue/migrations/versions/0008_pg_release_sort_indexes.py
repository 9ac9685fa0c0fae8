"""PostgreSQL: indexes in the release list's sort orders

The release list sorts a column with its empty values last, both ways, and breaks ties by
id. SQLite reads its plain column indexes in that order; PostgreSQL puts NULLs first in a
descending index scan, so it sorted the whole table instead (108 ms for the first page by
date at 200,000 releases). These indexes serve both orders of the nullable sort columns with
short values (date, issuer), ties included: a plain index on a column with few values (the
issuer) left PostgreSQL sorting each value's thousands of releases by id (64 ms). SQLite is
unchanged.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# (kept here as they were at this revision; search_ddl.PG_SORT_INDEXES lists the names)
COLUMNS = ("event_date", "issuer")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in COLUMNS:
        op.execute(
            f"CREATE INDEX ix_release_{column}_desc_sort ON release "
            f"({column} DESC NULLS LAST, id DESC)"
        )
        op.execute(f"CREATE INDEX ix_release_{column}_asc_sort ON release ({column}, id)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in COLUMNS:
        op.execute(f"DROP INDEX IF EXISTS ix_release_{column}_desc_sort")
        op.execute(f"DROP INDEX IF EXISTS ix_release_{column}_asc_sort")
