"""Every model is written and read back, on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, InvalidRequestError
from sqlalchemy.orm import selectinload
from sqlalchemy.orm.exc import StaleDataError

from pressdesk.catalogue.models import (
    Agency,
    AgencyVariant,
    ChangeRecord,
    CreditPreset,
    Keyword,
    Participation,
    Person,
    PersonShown,
    PersonTitle,
    Photo,
    PhotoKeyword,
    PhotoSlot,
    Provenance,
    Release,
    ReleaseKeyword,
)
from tests.support.rows import add_participation, add_person, add_photo, add_release, add_slot


def test_release_with_slots_people_keywords_round_trip(cat) -> None:
    with cat.write() as s:
        r = add_release(
            s,
            headline="Pres Peres meets Russian President Putin in Moscow",
            subheadline="Peres meets with Russian President Putin in Moscow",
            summary="They discussed the Iranian threat.",
            body="First paragraph.\n\nSecond paragraph.",
            issuer="Office of the President",
            event_date=dt.date(2012, 11, 8),
            place="Moscow",
            language="en",
            source_url="https://example.org/r",
            source_sha256="a" * 64,
        )
        photo = add_photo(
            s,
            "putin.jpg",
            credit="GPO",
            creator=["Amos Ben Gershom"],
            embedded={"caption": "x", "keywords": ["a", "b"]},
        )
        add_slot(s, r, 0, photo, caption="Peres and Putin", credit="GPO", copyright="GPO")
        add_slot(s, r, 1, None, caption="Empty slot", credit="GPO", copyright=None)
        peres = add_person(s, "Shimon Peres", "Peres", "President Peres", "שמעון פרס")
        putin = add_person(s, "Vladimir Putin", "Путин")
        add_participation(s, r, peres, "President", position=0)
        add_participation(s, r, putin, "Russian President", position=1)
        s.add(
            PersonTitle(
                person_id=peres.id,
                title="President",
                first_seen=dt.date(2012, 11, 8),
                last_seen=dt.date(2012, 11, 8),
            )
        )
        kw = Keyword(text="diplomacy")
        s.add(kw)
        s.flush()
        s.add(ReleaseKeyword(release_id=r.id, keyword_id=kw.id, position=0))
        s.add(PhotoKeyword(photo_id=photo.id, keyword_id=kw.id, position=0))
        s.add(PersonShown(photo_id=photo.id, person_id=peres.id, position=0))
        s.add(PersonShown(photo_id=photo.id, person_id=putin.id, position=1))
        rid, uid = r.id, r.uid

    with cat.read() as s:
        r = s.scalars(
            select(Release)
            .where(Release.id == rid)
            .options(
                selectinload(Release.slots).selectinload(PhotoSlot.photo),
                selectinload(Release.participations).selectinload(Participation.person),
            )
        ).one()
        assert r.uid == uid and isinstance(r.uid, uuid.UUID)
        assert r.event_date == dt.date(2012, 11, 8)
        assert r.created_at.tzinfo is not None and r.created_at.utcoffset() == dt.timedelta(0)
        assert r.version == 1
        assert [sl.caption for sl in r.slots] == ["Peres and Putin", "Empty slot"]
        assert r.slots[0].photo is not None and r.slots[0].photo.creator == ["Amos Ben Gershom"]
        assert r.slots[0].photo.embedded["keywords"] == ["a", "b"]
        assert r.slots[1].photo is None
        assert [(p.person.display_name, p.title) for p in r.participations] == [
            ("Shimon Peres", "President"),
            ("Vladimir Putin", "Russian President"),
        ]
        peres = s.scalars(
            select(Person)
            .where(Person.display_name == "Shimon Peres")
            .options(selectinload(Person.aliases), selectinload(Person.titles))
        ).one()
        assert {a.alias for a in peres.aliases} >= {"Peres", "שמעון פרס"}
        assert peres.titles[0].first_seen == dt.date(2012, 11, 8)
        shown = s.scalars(select(PersonShown).order_by(PersonShown.position)).all()
        assert [x.person_id for x in shown] == [peres.id, shown[1].person_id]
        assert s.scalar(select(ReleaseKeyword.keyword_id)) == s.scalar(select(Keyword.id))
        assert s.scalar(select(PhotoKeyword.photo_id)) is not None


def test_relationships_refuse_implicit_loading(cat) -> None:
    with cat.write() as s:
        add_release(s)
    with cat.read() as s:
        r = s.scalars(select(Release)).one()
        with pytest.raises(InvalidRequestError):
            _ = r.slots


def test_history_provenance_house_list_presets_round_trip(cat) -> None:
    uid = uuid.uuid4()
    when = dt.datetime(2024, 3, 1, 12, 30, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    with cat.write() as s:
        s.add(
            ChangeRecord(
                at=when,
                actor="archivist",
                entity="photo",
                entity_uid=uid,
                field="credit",
                old_value="Photo: GPO",
                new_value="GPO",
            )
        )
        s.add(
            Provenance(
                entity="photo",
                entity_uid=uid,
                field="credit",
                source="user",
                detail="typed in the inspector",
            )
        )
        gpo = Agency(canonical="Example Pictures", kind="agency", required_copyright="Example")
        gpo.variants = [AgencyVariant(variant="Example Pictures Ltd", key="example pictures ltd")]
        s.add(gpo)
        s.add(
            CreditPreset(
                name="Example staff", credit="Example", copyright="Example", source="Example"
            )
        )
    with cat.read() as s:
        change = s.scalars(select(ChangeRecord)).one()
        assert change.at == when and change.at.utcoffset() == dt.timedelta(0)
        assert (change.old_value, change.new_value) == ("Photo: GPO", "GPO")
        assert s.scalars(select(Provenance)).one().source == "user"
        agency = s.scalars(
            select(Agency)
            .where(Agency.canonical == "Example Pictures")
            .options(selectinload(Agency.variants))
        ).one()
        assert agency.variants[0].variant == "Example Pictures Ltd"
        assert (
            s.scalars(select(CreditPreset).where(CreditPreset.name == "Example staff"))
            .one()
            .copyright
            == "Example"
        )


def test_constraints_are_enforced(cat) -> None:
    with pytest.raises(IntegrityError), cat.write() as s:
        add_photo(s, "a.jpg", sha256="f" * 64)
        add_photo(s, "b.jpg", sha256="f" * 64)
    with pytest.raises(IntegrityError), cat.write() as s:
        s.add(Provenance(entity="photo", entity_uid=uuid.uuid4(), field="x", source="guess"))
    with pytest.raises(IntegrityError), cat.write() as s:
        s.add(PhotoSlot(release_id=12345, position=0))


def test_deleting_a_release_cascades_to_slots_not_photos(cat) -> None:
    with cat.write() as s:
        r = add_release(s)
        p = add_photo(s)
        add_slot(s, r, 0, p)
    with cat.write() as s:
        s.delete(s.get(Release, r.id))
    with cat.read() as s:
        assert s.scalars(select(PhotoSlot)).all() == []
        assert s.get(Photo, p.id) is not None


def test_naive_datetimes_are_refused(cat) -> None:
    with pytest.raises(Exception, match="naive"), cat.write() as s:
        s.add(
            ChangeRecord(
                at=dt.datetime(2024, 1, 1),
                actor="x",
                entity="photo",
                entity_uid=uuid.uuid4(),
                field="f",
            )
        )
        s.flush()


def test_conflicting_edit_is_detected(cat) -> None:
    """Two overlapping read-modify-write transactions: the second one is refused.

    (SQLite serialises writers with BEGIN IMMEDIATE, so the overlap can only happen on a
    server; on SQLite the services compare the version the user saw before writing.)
    """
    if cat.dialect == "sqlite":
        pytest.skip("writers cannot overlap on SQLite")
    with cat.write() as s:
        rid = add_release(s, headline="Original").id
    first = cat._writer()
    second = cat._writer()
    try:
        a = first.get(Release, rid)
        b = second.get(Release, rid)
        assert a is not None and b is not None
        a.headline = "Edited by Ann"
        first.commit()
        b.headline = "Edited by Bob"
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()
    with cat.read() as s:
        r = s.get(Release, rid)
        assert r is not None and r.headline == "Edited by Ann" and r.version == 2
