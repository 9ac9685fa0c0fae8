"""undo steps

One undo model for the app and the command line (``pressdesk undo``): each change a person
makes is kept as a step holding the touched fields of each record before and after, so it
can be undone (and redone) later, from any process, with a conflict refused when somebody
changed those fields since.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "undo_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("undoable", sa.Boolean(), nullable=False),
        sa.Column("entries", sa.JSON(), nullable=False),
        sa.CheckConstraint("state IN ('done', 'undone')", name=op.f("ck_undo_step_state")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_undo_step")),
    )
    with op.batch_alter_table("undo_step", schema=None) as batch_op:
        batch_op.create_index("ix_undo_step_state", ["state", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("undo_step", schema=None) as batch_op:
        batch_op.drop_index("ix_undo_step_state")
    op.drop_table("undo_step")
