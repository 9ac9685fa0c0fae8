"""The command-line contract for people, release set, history and code replacements."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from pressdesk.catalogue import open_catalogue
from pressdesk.catalogue.models import PersonTitle
from pressdesk.cli.main import main
from tests.support.rows import add_participation, add_person, add_photo, add_release, add_slot

PERSON_KEYS = {"id", "uid", "name", "sort_name", "aliases", "titles", "code", "releases"}


@pytest.fixture
def filled(catalogue_target: str, tmp_path: Path) -> dict[str, object]:
    cat = open_catalogue(catalogue_target, tmp_path / "lib")
    with cat.write() as s:
        r = add_release(s, headline="Peres meets Putin", event_date=dt.date(2012, 11, 8))
        photo = add_photo(s, "p.jpg", caption="Peres and Putin", credit="GPO")
        add_slot(s, r, 0, photo, caption="Peres and Putin", credit="GPO")
        peres = add_person(s, "Shimon Peres", "Peres")
        dup = add_person(s, "S. Peres")
        bibi = add_person(s, "Benjamin Netanyahu")
        s.add(
            PersonTitle(
                person_id=bibi.id,
                title="Leader of the Opposition",
                first_seen=dt.date(2006, 1, 1),
                last_seen=dt.date(2009, 3, 1),
            )
        )
        s.add(
            PersonTitle(
                person_id=bibi.id,
                title="Prime Minister",
                first_seen=dt.date(2009, 3, 31),
                last_seen=dt.date(2020, 1, 1),
            )
        )
        add_participation(s, r, peres, "President")
        ids = {
            "release": r.id,
            "photo": photo.id,
            "peres": peres.id,
            "dup": dup.id,
            "bibi": bibi.id,
        }
    cat.close()
    return {"target": catalogue_target, **ids}


def run(capsys, target, *args: str) -> tuple[int, object, str]:
    try:
        code = main(["--catalogue", str(target), "--json", *args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), err


def test_people_list_show_alias_merge(filled, capsys) -> None:
    t = filled["target"]
    code, people, _ = run(capsys, t, "people", "list")
    assert code == 0 and {p["name"] for p in people} >= {"Shimon Peres", "Benjamin Netanyahu"}
    assert all(set(p) == PERSON_KEYS for p in people)
    code, people, _ = run(capsys, t, "people", "list", "--query", "Netan")
    assert [p["name"] for p in people] == ["Benjamin Netanyahu"]
    assert people[0]["titles"][-1] == {
        "title": "Prime Minister",
        "first_seen": "2009-03-31",
        "last_seen": "2020-01-01",
    }
    code, person, _ = run(capsys, t, "people", "alias", str(filled["peres"]), "שמעון פרס", "Перес")
    assert code == 0 and {"שמעון פרס", "Перес", "Peres"} <= set(person["aliases"])
    code, person, _ = run(capsys, t, "people", "show", str(filled["peres"]))
    assert person["releases"] == 1
    code, person, _ = run(capsys, t, "people", "code", str(filled["dup"]), "sp")
    code, person, _ = run(capsys, t, "people", "merge", str(filled["peres"]), str(filled["dup"]))
    assert code == 0 and "S. Peres" in person["aliases"] and person["code"] == "sp"
    code, _, err = run(capsys, t, "people", "show", str(filled["dup"]))
    assert code == 2 and "No person with id" in err


def test_codes_expand_in_photo_set_and_release_set(filled, capsys) -> None:
    t = filled["target"]
    code, person, _ = run(capsys, t, "people", "code", str(filled["bibi"]), "\\BN\\")
    assert code == 0 and person["code"] == "bn"
    code, _, err = run(capsys, t, "people", "code", str(filled["peres"]), "bn")
    assert code == 2 and "already Benjamin Netanyahu's" in err
    code, photo, err = run(
        capsys,
        t,
        "photo",
        "set",
        str(filled["photo"]),
        "--caption",
        "\\bn\\ meets \\zz\\ in Jerusalem",
        "--person",
        "\\bn\\",
        "--caption-in",
        "he",
        "\\bn\\ בירושלים",
        "--caption-in",
        "ru",
        "\\yy\\ в Иерусалиме",
    )
    assert code == 0
    assert photo["caption"] == "Prime Minister Benjamin Netanyahu meets \\zz\\ in Jerusalem"
    assert photo["captions"]["he"] == "Prime Minister Benjamin Netanyahu בירושלים"
    assert "no person has the code \\yy\\" in err
    assert photo["persons_shown"] == ["Benjamin Netanyahu"]
    assert "no person has the code \\zz\\" in err
    assert f"photo {filled['photo']}'s caption" in err  # names the record and the field
    # a later edit of another field does not warn again about the caption's unknown code
    code, photo, err = run(capsys, t, "photo", "set", str(filled["photo"]), "--city", "Haifa")
    assert code == 0 and photo["location"]["city"] == "Haifa"
    assert "\\zz\\" not in err and "\\yy\\" not in err
    code, photo, err = run(capsys, t, "photo", "set", str(filled["photo"]), "--city", "\\qq\\")
    assert f"no person has the code \\qq\\ in photo {filled['photo']}'s city" in err
    code, release, _ = run(
        capsys,
        t,
        "release",
        "set",
        str(filled["release"]),
        "--summary",
        "\\bn\\ spoke.",
        "--participant",
        "\\bn\\=Prime Minister",
        "--mentioned",
        "Barack Obama",
        "--date",
        "2013-01-02",
        "--place",
        "Jerusalem",
    )
    assert code == 0 and release["summary"] == "Prime Minister Benjamin Netanyahu spoke."
    assert release["event_date"] == "2013-01-02" and release["place"] == "Jerusalem"
    assert [(p["name"], p["title"], p["role"]) for p in release["participants"]] == [
        ("Benjamin Netanyahu", "Prime Minister", "participant"),
        ("Barack Obama", None, "mentioned"),
    ]


def test_release_set_refuses_bad_input(filled, capsys) -> None:
    t = filled["target"]
    code, _, err = run(capsys, t, "release", "set", str(filled["release"]), "--date", "8/11/12")
    assert code == 2 and "is not a date" in err
    code, _, err = run(capsys, t, "release", "set", str(filled["release"]))
    assert code == 2 and "Nothing to set" in err


def test_history_newest_first_with_sources(filled, capsys) -> None:
    t = filled["target"]
    run(capsys, t, "photo", "set", str(filled["photo"]), "--credit", "GPO/Amos Ben Gershom")
    run(capsys, t, "photo", "set", str(filled["photo"]), "--credit", "GPO/Kobi Gideon")
    code, rows, _ = run(capsys, t, "history", "photo", str(filled["photo"]))
    assert code == 0
    assert [(r["field"], r["old"], r["new"], r["source"]) for r in rows] == [
        ("credit", "GPO/Amos Ben Gershom", "GPO/Kobi Gideon", "user"),
        ("credit", "GPO", "GPO/Amos Ben Gershom", "user"),
    ]
    assert set(rows[0]) == {"at", "field", "old", "new", "source"}
    run(capsys, t, "release", "set", str(filled["release"]), "--headline", "New headline")
    code, rows, _ = run(capsys, t, "history", "release", str(filled["release"]))
    assert rows[0]["field"] == "headline" and rows[0]["new"] == "New headline"
    code, _, err = run(capsys, t, "history", "photo", "999999")
    assert code == 2 and "No photo with id 999999" in err


def test_merge_keeps_history_and_undo_gives_the_duplicate_back(filled, capsys) -> None:
    """A merge is one undoable step: undo re-creates the duplicate (same id and uid) with its
    names, code, titles, releases and photos; the releases' history says what the merge did."""
    t = filled["target"]
    run(capsys, t, "people", "code", str(filled["dup"]), "sp")
    run(capsys, t, "release", "set", str(filled["release"]), "--participant", "S. Peres=President")
    run(capsys, t, "photo", "set", str(filled["photo"]), "--person", "S. Peres")
    code, dup_before, _ = run(capsys, t, "people", "show", str(filled["dup"]))
    assert code == 0 and dup_before["releases"] == 1
    code, kept, _ = run(capsys, t, "people", "merge", str(filled["peres"]), str(filled["dup"]))
    assert code == 0 and kept["code"] == "sp" and kept["releases"] == 1
    code, rows, _ = run(capsys, t, "history", "release", str(filled["release"]))
    assert (rows[0]["field"], rows[0]["source"]) == ("participants", "person")
    assert rows[0]["old"][0][0] == filled["dup"] and rows[0]["new"][0][0] == filled["peres"]
    code, rows, _ = run(capsys, t, "history", "photo", str(filled["photo"]))
    assert (rows[0]["field"], rows[0]["new"], rows[0]["source"]) == (
        "persons_shown",
        ["Shimon Peres"],
        "person",
    )

    code, undone, _ = run(capsys, t, "undo")
    assert code == 0 and undone["undone"]["label"].startswith("Merge 1 person into")
    assert set(undone["changes"]["people"]) == {filled["peres"], filled["dup"]}
    code, dup_after, _ = run(capsys, t, "people", "show", str(filled["dup"]))
    assert code == 0 and dup_after == dup_before
    code, peres, _ = run(capsys, t, "people", "show", str(filled["peres"]))
    assert peres["code"] is None and "S. Peres" not in peres["aliases"]
    code, release, _ = run(capsys, t, "release", "show", str(filled["release"]))
    assert [p["person_id"] for p in release["participants"]] == [filled["dup"]]
    code, photo, _ = run(capsys, t, "photo", "show", str(filled["photo"]))
    assert photo["persons_shown"] == ["S. Peres"]
    code, rows, _ = run(capsys, t, "history", "release", str(filled["release"]))
    assert rows[0]["new"][0][0] == filled["dup"] and rows[0]["source"] == "person"


def test_merge_refusals_name_the_record_and_what_to_do(filled, capsys) -> None:
    t = filled["target"]
    code, _, err = run(capsys, t, "people", "merge", str(filled["peres"]), "999999")
    assert code == 2 and "No person with id 999999" in err and "people list --query" in err
    code, _, err = run(capsys, t, "people", "merge", str(filled["peres"]), str(filled["peres"]))
    assert code == 2 and f"Person {filled['peres']} cannot be merged into itself" in err
    code, _, err = run(capsys, t, "people", "merge", str(filled["peres"]), "abc")
    assert code == 2 and "'abc' is not a person id (a number) or uid" in err
    code, dup, _ = run(capsys, t, "people", "show", str(filled["dup"]))
    code, kept, _ = run(capsys, t, "people", "merge", str(filled["peres"]), dup["uid"])
    assert code == 0 and "S. Peres" in kept["aliases"]
    code, person, _ = run(capsys, t, "people", "show", str(filled["peres"]))
    assert code == 0 and person["name"] == "Shimon Peres"


def test_history_revert_puts_back_one_value(filled, capsys) -> None:
    t, photo, release = filled["target"], str(filled["photo"]), str(filled["release"])
    run(capsys, t, "photo", "set", photo, "--caption", "First", "--credit", "GPO/Kobi Gideon")
    run(capsys, t, "photo", "set", photo, "--caption", "Second")
    code, record, _ = run(capsys, t, "history", "photo", photo, "--revert", "caption")
    assert code == 0 and record["caption"] == "First" and record["credit"] == "GPO/Kobi Gideon"
    code, rows, _ = run(capsys, t, "history", "photo", photo)
    assert (rows[0]["field"], rows[0]["old"], rows[0]["new"]) == ("caption", "Second", "First")
    code, _, err = run(capsys, t, "history", "photo", photo, "--revert", "headline")
    assert code == 2 and f"photo {photo} has no recorded change of 'headline'" in err
    assert f"'pressdesk history photo {photo}'" in err

    run(capsys, t, "release", "set", release, "--participant", "Benjamin Netanyahu=PM")
    code, record, _ = run(capsys, t, "history", "release", release, "--revert", "participants")
    assert code == 0
    assert [(p["name"], p["title"]) for p in record["participants"]] == [
        ("Shimon Peres", "President")
    ]
    run(capsys, t, "release", "set", release, "--participant", "S. Peres=President")
    run(capsys, t, "people", "merge", str(filled["peres"]), str(filled["dup"]))
    # the newest change is the merge's: its old value names a person merged away
    code, _, err = run(capsys, t, "history", "release", release, "--revert", "participants")
    assert code == 1 and f"Person {filled['dup']} of that value is no longer" in err


def test_history_shows_where_unchanged_values_came_from(catalogue_target, tmp_path, capsys):
    """A release as imported and a photo as ingested have a history: each value's origin
    (parsed from the text, read from the file), below the changes made since."""
    from tests.support.photo_files import camera_jpeg

    seed = Path(__file__).resolve().parents[1] / "data" / "releases" / "seed-peres-putin.txt"
    jpeg = camera_jpeg(tmp_path / "peres.jpg", caption="Peres in Moscow", credit="GPO")
    t = catalogue_target
    lib = ["--library", str(tmp_path / "lib")]
    code, releases, _ = run(capsys, t, *lib, "release", "import", str(seed))
    rid = str(releases[0]["id"])
    code, added, _ = run(capsys, t, *lib, "photo", "add", str(jpeg))
    pid = str(added["added"][0]["id"])
    code, rows, _ = run(capsys, t, *lib, "history", "release", rid)
    assert code == 0
    origin = {r["field"]: (r["old"], r["new"], r["source"]) for r in rows}
    assert origin["headline"] == (
        None,
        "Pres Peres meets Russian President Putin in Moscow",
        "text",
    )
    assert origin["event_date"] == (None, "2012-11-08", "text")
    assert origin["photos[0].credit"] == (None, "GPO", "text")
    code, rows, _ = run(capsys, t, *lib, "history", "photo", pid)
    assert {r["field"]: (r["new"], r["source"]) for r in rows}["caption"] == (
        "Peres in Moscow",
        "file",
    )
    run(capsys, t, *lib, "photo", "set", pid, "--caption", "Peres and Putin in Moscow")
    code, rows, _ = run(capsys, t, *lib, "history", "photo", pid)
    captions = [(r["old"], r["new"], r["source"]) for r in rows if r["field"] == "caption"]
    assert captions == [("Peres in Moscow", "Peres and Putin in Moscow", "user")]
    code, _, err = run(capsys, t, *lib, "history", "release", rid, "--revert", "headline")
    assert code == 2 and "has no recorded change of 'headline'" in err


def test_a_code_nobody_has_never_becomes_a_person(filled, capsys) -> None:
    t = filled["target"]
    code, people_before, _ = run(capsys, t, "people", "list")
    code, _, err = run(
        capsys, t, "release", "set", str(filled["release"]), "--participant", "\\zz\\"
    )
    assert code == 2 and "No person has the code \\zz\\" in err and "people code ID zz" in err
    code, _, err = run(capsys, t, "photo", "set", str(filled["photo"]), "--person", "\\qq\\")
    assert code == 2 and "No person has the code \\qq\\" in err
    code, people_after, _ = run(capsys, t, "people", "list")
    assert people_after == people_before
    code, release, _ = run(capsys, t, "release", "show", str(filled["release"]))
    assert [p["name"] for p in release["participants"]] == ["Shimon Peres"]


def test_history_text_names_the_participants(filled, capsys) -> None:
    """The text history says who was added or removed by name, not by person id; --json
    keeps the contract's ids."""
    t, release = filled["target"], str(filled["release"])
    run(capsys, t, "release", "set", release, "--participant", "Benjamin Netanyahu=PM")
    code = main(["--catalogue", str(t), "history", "release", release])
    out = capsys.readouterr().out
    assert code == 0
    line = next(x for x in out.splitlines() if "participants" in x)
    assert f"Shimon Peres (#{filled['peres']}), President" in line
    assert f"Benjamin Netanyahu (#{filled['bibi']}), PM" in line
    code, rows, _ = run(capsys, t, "history", "release", release)
    assert rows[0]["new"][0][0] == filled["bibi"] and set(rows[0]) == {
        "at",
        "field",
        "old",
        "new",
        "source",
    }


def test_history_origins_take_their_place_newest_first(filled, capsys) -> None:
    """A value's origin recorded after a change of another field comes before that change."""
    from pressdesk.catalogue.models import Photo, Provenance

    t, photo = filled["target"], str(filled["photo"])
    run(capsys, t, "photo", "set", photo, "--credit", "GPO/Kobi Gideon")
    cat = open_catalogue(t, None)
    with cat.write() as s:
        uid = s.get(Photo, filled["photo"]).uid
        later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
        s.add(
            Provenance(
                entity="photo", entity_uid=uid, field="caption", source="file", recorded_at=later
            )
        )
    cat.close()
    code, rows, _ = run(capsys, t, "history", "photo", photo)
    assert code == 0
    assert [(r["field"], r["source"]) for r in rows] == [("caption", "file"), ("credit", "user")]
    stamps = [r["at"] for r in rows]
    assert stamps == sorted(stamps, reverse=True)
