"""SQLAlchemy models for every record of the catalogue.

Relationships are ``lazy="raise"``: every query says what it loads. Editable records carry a
``version`` counter used for optimistic locking, so that a conflicting edit from another
team member raises instead of silently overwriting.
"""

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from pressdesk.catalogue.base import Base, UTCDateTime, new_uid, utcnow
from pressdesk.core.photos.fields import EDITABLE, Field

ROLES = ("participant", "mentioned")
# Where a value came from: parsed from the release text, read from the file, a credit preset,
# typed by a person (user), a review bundle, a template, a one-click fix, the release the
# photo is attached to, the people authority.
SOURCES = ("parsed", "file", "preset", "user", "bundle", "template", "fix", "release", "person")


class Timestamped:
    """Created/updated times and the optimistic-locking version counter."""

    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Keyword(Base):
    """A keyword shared by releases and photos."""

    __tablename__ = "keyword"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String(200), unique=True)


class ReleaseKeyword(Base):
    __tablename__ = "release_keyword"
    release_id: Mapped[int] = mapped_column(
        ForeignKey("release.id", ondelete="CASCADE"), primary_key=True
    )
    keyword_id: Mapped[int] = mapped_column(
        ForeignKey("keyword.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class PhotoKeyword(Base):
    __tablename__ = "photo_keyword"
    photo_id: Mapped[int] = mapped_column(
        ForeignKey("photo.id", ondelete="CASCADE"), primary_key=True
    )
    keyword_id: Mapped[int] = mapped_column(
        ForeignKey("keyword.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class Release(Timestamped, Base):
    """One press release: its text, where and when, and its photo slots."""

    __tablename__ = "release"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=new_uid)
    headline: Mapped[str | None] = mapped_column(Text)
    subheadline: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    issuer: Mapped[str | None] = mapped_column(String(300), index=True)
    event_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    place: Mapped[str | None] = mapped_column(String(300))
    language: Mapped[str | None] = mapped_column(String(16))
    source_url: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    # SHA-256 of the normalised source text: re-importing identical text finds this release.
    source_sha256: Mapped[str | None] = mapped_column(String(64), unique=True)

    slots: Mapped[list["PhotoSlot"]] = relationship(
        back_populates="release",
        lazy="raise",
        order_by="PhotoSlot.position",
        cascade="all, delete-orphan",
    )
    participations: Mapped[list["Participation"]] = relationship(
        back_populates="release",
        lazy="raise",
        order_by="Participation.position",
        cascade="all, delete-orphan",
    )

    __table_args__ = (
        CheckConstraint("status IN ('draft', 'confirmed')", name="status"),
        Index("ix_release_created_at", "created_at"),
    )


class Photo(Timestamped, Base):
    """A photo file in the library: its identity, the catalogue's fields and what it embeds."""

    __tablename__ = "photo"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=new_uid)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    original_name: Mapped[str] = mapped_column(String(500))
    format: Mapped[str] = mapped_column(String(16))
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    bytes: Mapped[int] = mapped_column(Integer)
    taken_at: Mapped[str | None] = mapped_column(String(40), index=True)
    camera_make: Mapped[str | None] = mapped_column(String(200))
    camera_model: Mapped[str | None] = mapped_column(String(200))
    caption: Mapped[str | None] = mapped_column(Text)
    headline: Mapped[str | None] = mapped_column(Text)
    credit: Mapped[str | None] = mapped_column(String(500), index=True)
    copyright: Mapped[str | None] = mapped_column(String(500))
    creator: Mapped[list["str"]] = mapped_column(JSON, default=list)
    source: Mapped[str | None] = mapped_column(String(500))
    # the IPTC fields a photo desk uses beyond those (core.photos.fields; revision 0012)
    title: Mapped[str | None] = mapped_column(Text)
    captions: Mapped[dict[str, str] | None] = mapped_column(JSON, default=dict)  # language -> text
    alt_text: Mapped[str | None] = mapped_column(Text)
    usage_terms: Mapped[str | None] = mapped_column(Text)
    web_statement: Mapped[str | None] = mapped_column(Text)
    date_created: Mapped[str | None] = mapped_column(String(40), index=True)  # ISO 8601
    event: Mapped[str | None] = mapped_column(Text)
    sublocation: Mapped[str | None] = mapped_column(String(500))
    city: Mapped[str | None] = mapped_column(String(500))
    state: Mapped[str | None] = mapped_column(String(500))
    country: Mapped[str | None] = mapped_column(String(500))
    country_code: Mapped[str | None] = mapped_column(String(16))
    instructions: Mapped[str | None] = mapped_column(Text)
    caption_writer: Mapped[str | None] = mapped_column(String(500))
    job_id: Mapped[str | None] = mapped_column(String(200))
    embedded: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    slots: Mapped[list["PhotoSlot"]] = relationship(back_populates="photo", lazy="raise")
    shown: Mapped[list["PersonShown"]] = relationship(
        back_populates="photo",
        lazy="raise",
        order_by="PersonShown.position",
        cascade="all, delete-orphan",
    )


class PhotoSlot(Base):
    """A photo's place in a release, with the caption and credit printed in the release text."""

    __tablename__ = "photo_slot"
    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("release.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    caption: Mapped[str | None] = mapped_column(Text)
    credit: Mapped[str | None] = mapped_column(String(500))
    copyright: Mapped[str | None] = mapped_column(String(500))
    photo_id: Mapped[int | None] = mapped_column(
        ForeignKey("photo.id", ondelete="SET NULL"), index=True
    )

    release: Mapped["Release"] = relationship(back_populates="slots", lazy="raise")
    photo: Mapped["Photo | None"] = relationship(back_populates="slots", lazy="raise")

    __table_args__ = (Index("ix_photo_slot_release_position", "release_id", "position"),)


class Person(Timestamped, Base):
    """An authority record for a person: names, aliases, titles held."""

    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=new_uid)
    display_name: Mapped[str] = mapped_column(String(300))
    sort_name: Mapped[str] = mapped_column(String(300), index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    # A short code, lower case: "\\bn\\" in a field expands to the current title and name.
    code: Mapped[str | None] = mapped_column(String(40))

    aliases: Mapped[list["PersonAlias"]] = relationship(
        back_populates="person", lazy="raise", cascade="all, delete-orphan"
    )
    titles: Mapped[list["PersonTitle"]] = relationship(
        back_populates="person", lazy="raise", cascade="all, delete-orphan"
    )

    __table_args__ = (Index("uq_person_code", "code", unique=True),)


class PersonAlias(Base):
    """A name under which a person is found: the display name itself, short forms,
    transliterations. ``key`` is the case- and diacritics-folded form used for matching."""

    __tablename__ = "person_alias"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="alias")

    person: Mapped["Person"] = relationship(back_populates="aliases", lazy="raise")

    __table_args__ = (
        UniqueConstraint("person_id", "key"),
        CheckConstraint("kind IN ('name', 'alias', 'transliteration')", name="kind"),
    )


class PersonTitle(Base):
    """A title a person held, with the first and last release dates it was seen on."""

    __tablename__ = "person_title"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(300))
    first_seen: Mapped[dt.date | None] = mapped_column(Date)
    last_seen: Mapped[dt.date | None] = mapped_column(Date)

    person: Mapped["Person"] = relationship(back_populates="titles", lazy="raise")

    __table_args__ = (UniqueConstraint("person_id", "title"),)


class Participation(Base):
    """A person's part in a release: the title used there and whether they took part."""

    __tablename__ = "participation"
    id: Mapped[int] = mapped_column(primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("release.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    title: Mapped[str | None] = mapped_column(String(300))
    # The name as this release writes it (its fullest form there); the person record holds
    # the authority's form.
    name_in_text: Mapped[str | None] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(16), default="participant")
    position: Mapped[int] = mapped_column(Integer, default=0)

    release: Mapped["Release"] = relationship(back_populates="participations", lazy="raise")
    person: Mapped["Person"] = relationship(lazy="raise")

    __table_args__ = (
        UniqueConstraint("release_id", "person_id"),
        CheckConstraint("role IN ('participant', 'mentioned')", name="role"),
    )


class PersonShown(Base):
    """A person shown in a photo, ordered left to right."""

    __tablename__ = "person_shown"
    photo_id: Mapped[int] = mapped_column(
        ForeignKey("photo.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    photo: Mapped["Photo"] = relationship(back_populates="shown", lazy="raise")
    person: Mapped["Person"] = relationship(lazy="raise")


class ChangeRecord(Base):
    """Who changed which field of which record, when, from what to what."""

    __tablename__ = "change_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(32))
    entity_uid: Mapped[uuid.UUID] = mapped_column(Uuid)
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    new_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    # One of SOURCES (None in records older than revision 0009: the actor tells).
    source: Mapped[str | None] = mapped_column(String(16))

    __table_args__ = (Index("ix_change_record_entity", "entity", "entity_uid"),)


class Provenance(Base):
    """Where a field's current value came from, so a person's correction is never
    overwritten by a re-import."""

    __tablename__ = "provenance"
    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_uid: Mapped[uuid.UUID] = mapped_column(Uuid)
    field: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)

    __table_args__ = (
        UniqueConstraint("entity", "entity_uid", "field"),
        CheckConstraint(
            "source IN ('parsed', 'file', 'preset', 'user', 'bundle', 'template', 'fix', "
            "'release', 'person')",
            name="source",
        ),
    )


class Agency(Base):
    """An agency or photographer the desk accepts, with its canonical credit form."""

    __tablename__ = "agency"
    id: Mapped[int] = mapped_column(primary_key=True)
    canonical: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="agency")
    required_copyright: Mapped[str | None] = mapped_column(String(200))

    variants: Mapped[list["AgencyVariant"]] = relationship(
        back_populates="agency", lazy="raise", cascade="all, delete-orphan"
    )

    __table_args__ = (CheckConstraint("kind IN ('agency', 'photographer')", name="kind"),)


class AgencyVariant(Base):
    """A written form of an agency's credit ("Government Press Office", "Photo: GPO")."""

    __tablename__ = "agency_variant"
    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="CASCADE"))
    variant: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(200), unique=True)

    agency: Mapped["Agency"] = relationship(back_populates="variants", lazy="raise")


class CreditPreset(Base):
    """Credit + copyright + source applied to many photos at once."""

    __tablename__ = "credit_preset"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    credit: Mapped[str | None] = mapped_column(String(200))
    copyright: Mapped[str | None] = mapped_column(String(200))
    source: Mapped[str | None] = mapped_column(String(200))


class Template(Base):
    """Named field values applied to photos; values may hold variables ({release.date})."""

    __tablename__ = "template"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class UndoStep(Base):
    """One change as a step that can be undone and redone: for every record it touched, the
    touched fields before and after (``entries``, in the order written). A change that
    cannot be undone (an import) is kept as a step with no entries, so that undo stops
    there instead of reaching past it."""

    __tablename__ = "undo_step"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    label: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(8), default="done")
    undoable: Mapped[bool] = mapped_column(Boolean, default=True)
    entries: Mapped[Any] = mapped_column(JSON, nullable=False)

    __table_args__ = (
        CheckConstraint("state IN ('done', 'undone')", name="state"),
        Index("ix_undo_step_state", "state", "id"),
    )


class BundleImport(Base):
    """A bundle import merged in batches that has not finished: written with its first
    batch, deleted with its last (see services.bundles.journal)."""

    __tablename__ = "bundle_import"
    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(Text)
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    total: Mapped[int] = mapped_column(Integer)
    done: Mapped[int] = mapped_column(Integer)


class BundleImportEntry(Base):
    """A record an unfinished bundle import added or updated (its report, kept for the
    attempt that finishes it)."""

    __tablename__ = "bundle_import_entry"
    import_id: Mapped[int] = mapped_column(
        ForeignKey("bundle_import.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    outcome: Mapped[str] = mapped_column(String(8))
    entry: Mapped[Any] = mapped_column(JSON)


#: The photo fields of the schema (core.photos.fields) kept as columns of ``photo`` (persons
#: shown and keywords are tables of their own).
PHOTO_COLUMN_FIELDS: tuple[Field, ...] = tuple(f for f in EDITABLE if f.name in Photo.__table__.c)
