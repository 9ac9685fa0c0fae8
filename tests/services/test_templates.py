"""Templates with variables applied to photos (service and ``house template``)."""

from __future__ import annotations

import datetime as dt
import json

from pressdesk.cli.main import main
from pressdesk.services.reads.history import history
from tests.support.rows import add_person, add_photo, add_release, add_slot


def _cli(capsys, target: str, *args: str) -> tuple[int, object, str]:
    code = main(["--catalogue", target, "--json", *args])
    out, err = capsys.readouterr()
    return code, json.loads(out) if out.strip() else None, err


def test_template_fills_variables_per_photo(cat, capsys, migrated_target) -> None:
    with cat.write() as s:
        r = add_release(
            s,
            headline="Peres meets Putin",
            place="Moscow",
            event_date=dt.date(2012, 11, 8),
            issuer="Office of the President",
        )
        p1 = add_photo(s, "p1.jpg", creator=["Kobi Gideon"], taken_at="2012-11-08T10:00:00")
        p2 = add_photo(s, "p2.jpg", caption="Kept as it is")  # in no release
        add_slot(s, r, 0, p1, caption="Peres and Putin", credit="GPO")
        bibi = add_person(s, "Benjamin Netanyahu")
        bibi.code = "bn"
        ids = (str(p1.id), str(p2.id))
        rid = str(r.id)
    code, tpl, _ = _cli(
        capsys,
        migrated_target,
        "house",
        "template",
        "add",
        "desk",
        "--set",
        "caption={release.place}, {release.date:%d.%m.%Y}: {slot.caption}",
        "--set",
        "headline={release.headline}",
        "--set",
        "credit=GPO/{photo.creator}",
        "--set",
        "keywords=Diplomacy; {release.place}",
        "--set",
        "source=\\bn\\ visit",
    )
    assert code == 0 and tpl["name"] == "desk" and len(tpl["fields"]) == 5
    code, photos, err = _cli(capsys, migrated_target, "house", "template", "apply", "desk", *ids)
    assert code == 0
    first, second = photos
    assert first["caption"] == "Moscow, 08.11.2012: Peres and Putin"
    assert first["headline"] == "Peres meets Putin" and first["credit"] == "GPO/Kobi Gideon"
    assert first["keywords"] == ["Diplomacy", "Moscow"]
    assert first["source"] == "Benjamin Netanyahu visit"
    # the photo in no release: release variables are empty, those fields are left alone
    assert second["caption"] == "Kept as it is" and second["keywords"] == ["Diplomacy"]
    assert "{release.place}" in err and "photo " + ids[1] in err
    assert (  # each variable once, with the fields that used it left alone
        f"photo {ids[1]}: {{release.place}}, {{release.date}}, {{slot.caption}}, "
        "{release.headline} had no value, left out (the photo is in no release"
    ) in err
    assert f"photo {ids[0]}:" not in err  # every variable of the photo in a release had a value
    _cli(capsys, migrated_target, "photo", "set", ids[0], "--creator", "")
    code, _, err = _cli(capsys, migrated_target, "house", "template", "apply", "desk", ids[0])
    assert code == 0
    assert f"photo {ids[0]}: {{photo.creator}} had no value, left out (the photo has no" in err
    # a release variable and a photo variable empty at once: each says what gives it a value
    _cli(capsys, migrated_target, "release", "set", rid, "--place", "")
    code, _, err = _cli(capsys, migrated_target, "house", "template", "apply", "desk", ids[0])
    assert code == 0
    assert (
        f"photo {ids[0]}: {{release.place}} had no value, left out (release {rid} has no such "
        f"value: 'pressdesk release set {rid}' gives one)"
    ) in err
    assert f"photo {ids[0]}: {{photo.creator}} had no value, left out (the photo has no" in err
    assert history(cat, "photo", int(ids[0]))[0].source == "template"


def test_bad_templates_are_refused(cat, capsys, migrated_target) -> None:
    code, _, err = _cli(
        capsys, migrated_target, "house", "template", "add", "x", "--set", "caption={release.dat}"
    )
    assert code == 2 and "Unknown variable {release.dat}" in err
    code, _, err = _cli(
        capsys, migrated_target, "house", "template", "add", "x", "--set", "width=5"
    )
    assert code == 2 and "Templates cannot set width" in err
    code, _, err = _cli(capsys, migrated_target, "house", "template", "apply", "nope", "1")
    assert code == 2 and "No template named 'nope'" in err
