"""participant name as written in the release

A participation keeps the name as the release itself writes it (its fullest form there),
beside the link to the person's authority record, whose display name may differ
("José Manuel Barroso" in one release, "Jose Manuel Barroso" in the authority).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_in_text", sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.drop_column("name_in_text")
