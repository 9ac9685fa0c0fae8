"""index on photo.taken_at

The photo browser and ``photo list`` filter by the day a photo was taken, and matching
photos to releases looks for the photos taken on a release's event date; both read a range
of ``taken_at`` (ISO 8601 text), which this index serves at a million photos.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_photo_taken_at", "photo", ["taken_at"])


def downgrade() -> None:
    op.drop_index("ix_photo_taken_at", "photo")
