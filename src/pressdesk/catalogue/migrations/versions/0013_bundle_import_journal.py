"""bundle import journal: a bundle merged in batches is unfinished while its row exists

A long bundle import commits in short batches so that other writers are not kept waiting;
``bundle_import`` notes how far it is, and ``bundle_import_entry`` what each committed batch
added or updated, so that importing the same bundle again after a kill finishes the job and
reports it whole. Both are empty except while an import runs or after one stopped.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from pressdesk.catalogue.base import UTCDateTime

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bundle_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bundle_sha256", sa.String(length=64), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("done", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bundle_import")),
        sa.UniqueConstraint("bundle_sha256", name=op.f("uq_bundle_import_bundle_sha256")),
    )
    op.create_table(
        "bundle_import_entry",
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=8), nullable=False),
        sa.Column("entry", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["bundle_import.id"],
            name=op.f("fk_bundle_import_entry_import_id_bundle_import"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("import_id", "position", name=op.f("pk_bundle_import_entry")),
    )


def downgrade() -> None:
    op.drop_table("bundle_import_entry")
    op.drop_table("bundle_import")
