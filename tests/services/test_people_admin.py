"""The people authority: import matching, merging duplicates, aliases and titles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pressdesk.core.text_keys import name_key
from pressdesk.services.people.admin import (
    TitleInput,
    edit_person,
    find_people,
    merge_people,
    person_titles,
)
from pressdesk.services.photos.edit import update_photo
from pressdesk.services.reads.browse import search, show_photo, show_release
from pressdesk.services.releases.edit import ParticipantInput, set_participants
from tests.support.rows import add_photo, add_release


def test_merge_moves_everything_and_keeps_names_as_aliases(cat) -> None:
    with cat.write() as s:
        r1 = add_release(s, event_date=dt.date(2012, 11, 8)).id
        r2 = add_release(s, event_date=dt.date(2013, 3, 5)).id
        pid = add_photo(s, "p.jpg").id
    set_participants(cat, r1, [ParticipantInput("Shimon Peres", "President")])
    set_participants(
        cat,
        r2,
        [
            ParticipantInput("Shimon Peres", "President"),
            ParticipantInput("Szymon Perski", "President"),
        ],
    )
    update_photo(cat, pid, persons_shown=["Szymon Perski", "Shimon Peres"])
    people = {p.name: p.id for p in find_people(cat)}
    merged = merge_people(cat, people["Shimon Peres"], [people["Szymon Perski"]]).value
    assert merged.name == "Shimon Peres" and "Szymon Perski" in merged.aliases
    assert [p.name for p in find_people(cat)] == ["Shimon Peres"]
    assert [p.name for p in show_release(cat, r2).participants] == ["Shimon Peres"]
    assert show_photo(cat, pid).persons_shown == ("Shimon Peres",)
    titles = person_titles(cat, merged.id)
    assert titles == [TitleInput("President", dt.date(2012, 11, 8), dt.date(2013, 3, 5))]
    assert search(cat, "Perski").people[0].id == merged.id


def test_rename_and_aliases_are_searchable(cat) -> None:
    with cat.write() as s:
        rid = add_release(s).id
    set_participants(cat, rid, [ParticipantInput("Peres", "President")])
    pid = find_people(cat)[0].id
    rec = edit_person(
        cat,
        pid,
        name="Shimon Peres",
        aliases=["Peres", "שמעון פרס"],
        titles=[TitleInput("President"), TitleInput("Prime Minister")],
    ).value
    assert rec.name == "Shimon Peres" and set(rec.aliases) == {"Peres", "שמעון פרס"}
    assert rec.titles == ("President", "Prime Minister")
    assert search(cat, "שמעון").people[0].id == pid
    assert [p.name for p in find_people(cat, "Shim")] == ["Shimon Peres"]


def test_import_matches_the_authority_case_and_accent_insensitively(cat, tmp_path: Path) -> None:
    from pressdesk.services.releases.import_ import import_release_files

    with cat.write() as s:
        rid = add_release(s).id
    set_participants(cat, rid, [ParticipantInput("Sérgey Lávrov", "Foreign Minister")])
    seed = Path(__file__).resolve().parents[1] / "data" / "releases" / "seed-peres-putin.txt"
    imported = import_release_files(cat, [seed]).imported[0]
    lavrov = [p for p in imported.release.participants if "Lavrov" in p.name or "Lávrov" in p.name]
    assert len(lavrov) == 1 and lavrov[0].name == "Sérgey Lávrov"
    assert "Sergey Lavrov" not in imported.new_people
    assert len([p for p in find_people(cat) if "lavrov" in name_key(p.name)]) == 1
