"""The records a search shows, loaded on both backends: in the order asked, unknown ids left
out, counts taken in the same query as the rows."""

from __future__ import annotations

from pressdesk.services.reads.load import load_people, load_photos, release_summaries
from tests.support.rows import (
    add_participation,
    add_person,
    add_photo,
    add_release,
    add_slot,
)


def test_release_summaries_count_every_slot(cat) -> None:
    with cat.write() as s:
        a = add_release(s, headline="Two slots")
        b = add_release(s, headline="No slots")
        photo = add_photo(s, "a.jpg")
        add_slot(s, a, 0, photo, caption="With a photo")
        add_slot(s, a, 1, caption="Empty slot")
        ids = (a.id, b.id)
    with cat.read() as s:
        rows = release_summaries(s, [ids[1], 999_999, ids[0]])
    assert [(r.id, r.headline, r.photo_count) for r in rows] == [
        (ids[1], "No slots", 0),
        (ids[0], "Two slots", 2),
    ]


def test_people_with_their_number_of_participations(cat) -> None:
    with cat.write() as s:
        peres = add_person(s, "Shimon Peres", "Peres", "שמעון פרס")
        nobody = add_person(s, "Ruth Nobody")
        for n in range(3):
            release = add_release(s, headline=f"Release {n}")
            add_participation(s, release, peres, "President")
        ids = (peres.id, nobody.id)
    with cat.read() as s:
        people = load_people(s, [ids[1], ids[0], 999_999])
    assert [(p.id, p.releases) for p in people] == [(ids[1], 0), (ids[0], 3)]
    assert people[1].aliases == ("Peres", "שמעון פרס")  # (not the display name)


def test_photos_with_the_releases_they_are_in(cat) -> None:
    with cat.write() as s:
        photo = add_photo(s, "a.jpg", caption="Peres in Moscow")
        lone = add_photo(s, "b.jpg")
        r1, r2 = add_release(s, headline="One"), add_release(s, headline="Two")
        add_slot(s, r2, 0, photo)
        add_slot(s, r1, 0, photo)
        add_slot(s, r1, 1, photo)  # twice in one release: listed once
        ids = (photo.id, lone.id, r1.id, r2.id)
    with cat.read() as s:
        photos = load_photos(s, [ids[1], ids[0]])
    assert [(p.id, p.releases) for p in photos] == [(ids[1], ()), (ids[0], (ids[2], ids[3]))]
    assert photos[1].caption == "Peres in Moscow"
