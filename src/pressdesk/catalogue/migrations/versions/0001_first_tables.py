"""first tables

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "agency",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("canonical", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("required_copyright", sa.String(length=200), nullable=True),
        sa.CheckConstraint("kind IN ('agency', 'photographer')", name=op.f("ck_agency_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency")),
        sa.UniqueConstraint("canonical", name=op.f("uq_agency_canonical")),
    )
    op.create_table(
        "change_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_uid", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("old_value", sa.JSON(), nullable=True),
        sa.Column("new_value", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_record")),
    )
    with op.batch_alter_table("change_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_record_at"), ["at"], unique=False)
        batch_op.create_index("ix_change_record_entity", ["entity", "entity_uid"], unique=False)

    op.create_table(
        "credit_preset",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("credit", sa.String(length=200), nullable=True),
        sa.Column("copyright", sa.String(length=200), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_credit_preset")),
        sa.UniqueConstraint("name", name=op.f("uq_credit_preset_name")),
    )
    op.create_table(
        "keyword",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_keyword")),
        sa.UniqueConstraint("text", name=op.f("uq_keyword_text")),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("display_name", sa.String(length=300), nullable=False),
        sa.Column("sort_name", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("uid", name=op.f("uq_person_uid")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_sort_name"), ["sort_name"], unique=False)

    op.create_table(
        "photo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("original_name", sa.String(length=500), nullable=False),
        sa.Column("format", sa.String(length=16), nullable=False),
        sa.Column("width", sa.Integer(), nullable=True),
        sa.Column("height", sa.Integer(), nullable=True),
        sa.Column("bytes", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.String(length=40), nullable=True),
        sa.Column("camera_make", sa.String(length=200), nullable=True),
        sa.Column("camera_model", sa.String(length=200), nullable=True),
        sa.Column("caption", sa.Text(), nullable=True),
        sa.Column("headline", sa.Text(), nullable=True),
        sa.Column("credit", sa.String(length=500), nullable=True),
        sa.Column("copyright", sa.String(length=500), nullable=True),
        sa.Column("creator", sa.JSON(), nullable=False),
        sa.Column("source", sa.String(length=500), nullable=True),
        sa.Column("embedded", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo")),
        sa.UniqueConstraint("sha256", name=op.f("uq_photo_sha256")),
        sa.UniqueConstraint("uid", name=op.f("uq_photo_uid")),
    )
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_photo_credit"), ["credit"], unique=False)

    op.create_table(
        "provenance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_uid", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "source IN ('parsed', 'file', 'preset', 'user', 'bundle')",
            name=op.f("ck_provenance_source"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_provenance")),
        sa.UniqueConstraint(
            "entity", "entity_uid", "field", name=op.f("uq_provenance_entity_entity_uid_field")
        ),
    )
    op.create_table(
        "release",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Uuid(), nullable=False),
        sa.Column("headline", sa.Text(), nullable=True),
        sa.Column("subheadline", sa.Text(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("issuer", sa.String(length=300), nullable=True),
        sa.Column("event_date", sa.Date(), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("source_url", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("source_sha256", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("status IN ('draft', 'confirmed')", name=op.f("ck_release_status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_release")),
        sa.UniqueConstraint("source_sha256", name=op.f("uq_release_source_sha256")),
        sa.UniqueConstraint("uid", name=op.f("uq_release_uid")),
    )
    with op.batch_alter_table("release", schema=None) as batch_op:
        batch_op.create_index("ix_release_created_at", ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_release_event_date"), ["event_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_release_issuer"), ["issuer"], unique=False)

    op.create_table(
        "agency_variant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("variant", sa.String(length=200), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agency.id"],
            name=op.f("fk_agency_variant_agency_id_agency"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency_variant")),
        sa.UniqueConstraint("key", name=op.f("uq_agency_variant_key")),
    )
    op.create_table(
        "participation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "role IN ('participant', 'mentioned')", name=op.f("ck_participation_role")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_participation_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["release_id"],
            ["release.id"],
            name=op.f("fk_participation_release_id_release"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participation")),
        sa.UniqueConstraint(
            "release_id", "person_id", name=op.f("uq_participation_release_id_person_id")
        ),
    )
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participation_person_id"), ["person_id"], unique=False)

    op.create_table(
        "person_alias",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=300), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.CheckConstraint(
            "kind IN ('name', 'alias', 'transliteration')", name=op.f("ck_person_alias_kind")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_alias_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_alias")),
        sa.UniqueConstraint("person_id", "key", name=op.f("uq_person_alias_person_id_key")),
    )
    with op.batch_alter_table("person_alias", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_alias_key"), ["key"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_alias_person_id"), ["person_id"], unique=False)

    op.create_table(
        "person_shown",
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_shown_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["photo_id"],
            ["photo.id"],
            name=op.f("fk_person_shown_photo_id_photo"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("photo_id", "person_id", name=op.f("pk_person_shown")),
    )
    with op.batch_alter_table("person_shown", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_shown_person_id"), ["person_id"], unique=False)

    op.create_table(
        "person_title",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("first_seen", sa.Date(), nullable=True),
        sa.Column("last_seen", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_title_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_title")),
        sa.UniqueConstraint("person_id", "title", name=op.f("uq_person_title_person_id_title")),
    )
    op.create_table(
        "photo_keyword",
        sa.Column("photo_id", sa.Integer(), nullable=False),
        sa.Column("keyword_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["keyword_id"],
            ["keyword.id"],
            name=op.f("fk_photo_keyword_keyword_id_keyword"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["photo_id"],
            ["photo.id"],
            name=op.f("fk_photo_keyword_photo_id_photo"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("photo_id", "keyword_id", name=op.f("pk_photo_keyword")),
    )
    op.create_table(
        "photo_slot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("caption", sa.Text(), nullable=True),
        sa.Column("credit", sa.String(length=500), nullable=True),
        sa.Column("copyright", sa.String(length=500), nullable=True),
        sa.Column("photo_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["photo_id"],
            ["photo.id"],
            name=op.f("fk_photo_slot_photo_id_photo"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["release_id"],
            ["release.id"],
            name=op.f("fk_photo_slot_release_id_release"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_photo_slot")),
    )
    with op.batch_alter_table("photo_slot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_photo_slot_photo_id"), ["photo_id"], unique=False)
        batch_op.create_index(
            "ix_photo_slot_release_position", ["release_id", "position"], unique=False
        )

    op.create_table(
        "release_keyword",
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("keyword_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["keyword_id"],
            ["keyword.id"],
            name=op.f("fk_release_keyword_keyword_id_keyword"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["release_id"],
            ["release.id"],
            name=op.f("fk_release_keyword_release_id_release"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("release_id", "keyword_id", name=op.f("pk_release_keyword")),
    )


def downgrade() -> None:

    op.drop_table("release_keyword")
    with op.batch_alter_table("photo_slot", schema=None) as batch_op:
        batch_op.drop_index("ix_photo_slot_release_position")
        batch_op.drop_index(batch_op.f("ix_photo_slot_photo_id"))

    op.drop_table("photo_slot")
    op.drop_table("photo_keyword")
    op.drop_table("person_title")
    with op.batch_alter_table("person_shown", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_shown_person_id"))

    op.drop_table("person_shown")
    with op.batch_alter_table("person_alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_alias_person_id"))
        batch_op.drop_index(batch_op.f("ix_person_alias_key"))

    op.drop_table("person_alias")
    with op.batch_alter_table("participation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participation_person_id"))

    op.drop_table("participation")
    op.drop_table("agency_variant")
    with op.batch_alter_table("release", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_release_issuer"))
        batch_op.drop_index(batch_op.f("ix_release_event_date"))
        batch_op.drop_index("ix_release_created_at")

    op.drop_table("release")
    op.drop_table("provenance")
    with op.batch_alter_table("photo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_photo_credit"))

    op.drop_table("photo")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_sort_name"))

    op.drop_table("person")
    op.drop_table("keyword")
    op.drop_table("credit_preset")
    with op.batch_alter_table("change_record", schema=None) as batch_op:
        batch_op.drop_index("ix_change_record_entity")
        batch_op.drop_index(batch_op.f("ix_change_record_at"))

    op.drop_table("change_record")
    op.drop_table("agency")
