"""Bounded ranking at its edges, on both backends: one statement decides between ranking
every match and taking the newest, and the ranking it gives is the full one."""

from __future__ import annotations

import pytest

from pressdesk.catalogue import search as search_mod
from pressdesk.catalogue.search import photo_ids_matching, release_ids_matching, search_ids
from tests.support.rows import add_person, add_photo, add_release


@pytest.fixture
def cabinet(cat):
    """Six releases and photos with the word "cabinet" once, twice or three times (ids in
    writing order), a seventh of each without it, and two people."""
    ids: dict[str, list[int]] = {"releases": [], "photos": []}
    with cat.write() as s:
        for n in range(6):
            words = " ".join(["cabinet"] * (n % 3 + 1))
            ids["releases"].append(add_release(s, headline=f"Meeting {n}", body=words).id)
            ids["photos"].append(add_photo(s, f"{n}.jpg", caption=f"The {words} room").id)
        add_release(s, headline="Unrelated", body="Nothing here.")
        add_photo(s, "x.jpg", caption="A harbour")
        add_person(s, "Dalia Cabinetmaker", "Cabinet Dalia")
        add_person(s, "Ruth Cabinet", "Ruthie")
    return cat, ids


@pytest.mark.parametrize("cap", [6, 100])
def test_at_or_under_the_cap_every_match_is_ranked(cabinet, monkeypatch, cap: int) -> None:
    cat, ids = cabinet
    monkeypatch.setattr(search_mod, "RANK_CAP", cap)  # six matches: exactly at, or under
    with cat.read() as s:
        hits = search_ids(s, "cabinet", limit=6)
    assert hits.ranked
    for kind in ("releases", "photos"):
        found = getattr(hits, kind)
        assert sorted(found) == sorted(ids[kind])
        # three times before twice before once
        times = {i: n % 3 + 1 for n, i in enumerate(ids[kind])}
        assert [times[i] for i in found] == [3, 3, 2, 2, 1, 1]


def test_one_past_the_cap_the_newest_come_back(cabinet, monkeypatch) -> None:
    cat, ids = cabinet
    monkeypatch.setattr(search_mod, "RANK_CAP", 5)
    with cat.read() as s:
        hits = search_ids(s, "cabinet", limit=4)
        assert not hits.ranked
        assert hits.releases == sorted(ids["releases"], reverse=True)[:4]
        assert hits.photos == sorted(ids["photos"], reverse=True)[:4]
        assert release_ids_matching(s, "cabin", limit=3) == sorted(ids["releases"])[::-1][:3]
        assert photo_ids_matching(s, "cabinet", limit=2) == sorted(ids["photos"])[::-1][:2]


def test_ranked_only_when_every_kind_is_under_the_cap(cabinet, monkeypatch) -> None:
    cat, _ids = cabinet
    with cat.write() as s:
        add_release(s, headline="Cabinet again", body="cabinet")  # 7 releases, 6 photos
    monkeypatch.setattr(search_mod, "RANK_CAP", 6)
    with cat.read() as s:
        hits = search_ids(s, "cabinet")
    assert not hits.ranked and len(hits.releases) == 7 and len(hits.photos) == 6


def test_limit_and_nothing_found(cabinet) -> None:
    cat, _ids = cabinet
    with cat.read() as s:
        assert len(search_ids(s, "cabinet", limit=2).photos) == 2
        assert search_ids(s, "cabinet", limit=2).photos == search_ids(s, "cabinet").photos[:2]
        none = search_ids(s, "zzzqqq")
        assert (none.releases, none.photos, none.people, none.ranked) == ([], [], [], True)
        assert release_ids_matching(s, "zzzqqq", limit=5) == []


def test_people_in_the_same_search_leave_out_excluded_names(cabinet) -> None:
    cat, _ids = cabinet
    with cat.read() as s:
        both = search_ids(s, "Cabinet*").people
        assert len(both) == 2
        # Dalia is left out by her alias "Cabinet Dalia", though her name matches
        assert len(search_ids(s, "Cabinet* -Dalia").people) == 1
        assert search_ids(s, "Cabinet* -Dalia -Ruthie").people == []
        assert search_ids(s, "Cabinet* -Dalia", limit=1).people == [
            i for i in both if i not in search_ids(s, "Dalia").people
        ]
        assert search_ids(s, "Cabinet*", limit=1).people == both[:1]


@pytest.mark.parametrize("people_cap", [1, 3, 100])
def test_people_are_the_same_on_either_side_of_the_people_cap(
    cabinet, monkeypatch, people_cap: int
) -> None:
    """PostgreSQL finds people from every matching alias up to the cap, by walking them in
    person order past it: the same people either way (three aliases match "cabinet*")."""
    cat, _ids = cabinet
    monkeypatch.setattr(search_mod, "PEOPLE_CAP", people_cap)
    with cat.read() as s:
        both = search_ids(s, "Cabinet*").people
        assert len(both) == 2 and both == sorted(both)
        assert search_ids(s, "Cabinet*", limit=1).people == both[:1]
        assert search_ids(s, "Cabinet* -Dalia").people == [
            i for i in both if i not in search_ids(s, "Dalia").people
        ]
        assert search_ids(s, "Cabinet* -Dalia -Ruthie").people == []


def test_postgresql_plans_a_search_for_its_own_words(cabinet) -> None:
    """psycopg prepares a statement run five times; the server's generic plan of a search,
    made for no word in particular, must not replace the plan for the words searched."""
    cat, _ids = cabinet
    if cat.dialect != "postgresql":
        pytest.skip("prepared statements and plan caching are PostgreSQL's")
    with cat.read() as s:
        for _ in range(12):
            search_ids(s, "cabinet")
        plans = s.connection().exec_driver_sql(
            "SELECT generic_plans, custom_plans FROM pg_prepared_statements "
            "WHERE strpos(statement, 'to_tsquery') > 0"
        )
        generic, custom = plans.one()
    assert generic == 0 and custom > 0
