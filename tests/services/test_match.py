"""``match``: candidates from the catalogue for empty slots, proposals and --apply."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from pressdesk.catalogue.models import PersonShown
from pressdesk.cli.main import main
from pressdesk.services.photos.match import propose
from pressdesk.services.reads.browse import show_release
from tests.support.rows import add_participation, add_person, add_photo, add_release, add_slot


@pytest.fixture
def desk(cat):
    with cat.write() as s:
        r = add_release(s, headline="Peres meets Obama", event_date=dt.date(2013, 3, 21))
        add_slot(
            s, r, 0, caption="President Peres welcomes Barack Obama at the residence", credit="GPO"
        )
        add_slot(s, r, 1, caption="Peres shows Obama the Israeli technology exhibit", credit="GPO")
        peres = add_person(s, "Shimon Peres")
        add_participation(s, r, peres, "President")
        welcome = add_photo(
            s,
            "welcome.jpg",
            caption="Peres welcomes Obama at his residence",
            credit="Amos Ben Gershom/GPO",
            taken_at="2013-03-21T18:02:00",
        )
        tech = add_photo(s, "tech.jpg", taken_at="2013-03-21T19:40:00", credit="GPO")
        s.add(PersonShown(photo_id=tech.id, person_id=peres.id, position=0))
        old = add_photo(
            s,
            "old.jpg",
            caption="Peres welcomes Obama at his residence",
            credit="GPO",
            taken_at="2012-01-05T10:00:00",
        )
        add_photo(
            s,
            "far.jpg",
            caption="A harbour at dawn",
            credit="Reuters",
            taken_at="2020-01-01T06:00:00",
        )
        ids = {"r": r.id, "welcome": welcome.id, "tech": tech.id, "old": old.id}
    return cat, ids


def test_proposals_best_first_with_reasons(desk) -> None:
    cat, i = desk
    found = propose(cat)
    first = found[(i["r"], 0)]
    assert first[0].photo_id == i["welcome"] and first[0].score > 0.9
    assert all(c.photo_id != i["old"] or c.score < 0.3 for c in first)
    second = found[(i["r"], 1)]
    assert i["tech"] in [c.photo_id for c in second]
    tech = next(c for c in second if c.photo_id == i["tech"])
    assert "shows Shimon Peres, who takes part" in tech.reasons


def test_match_command_applies_in_one_step(desk, capsys, migrated_target) -> None:
    cat, i = desk
    code = main(["--catalogue", migrated_target, "--json", "match", "--release", str(i["r"])])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert set(out["proposals"][0]) == {"release_id", "position", "photo_id", "score", "reasons"}
    code = main(["--catalogue", migrated_target, "--json", "match", "--apply"])
    out = json.loads(capsys.readouterr().out)
    assert {(a["position"], a["photo_id"]) for a in out["attached"]} == {
        (0, i["welcome"]),
        (1, i["tech"]),
    }
    assert [s.photo_id for s in show_release(cat, i["r"]).photos] == [i["welcome"], i["tech"]]
    code = main(["--catalogue", migrated_target, "--json", "match", "--apply"])
    assert json.loads(capsys.readouterr().out) == {"proposals": [], "attached": []}
    code = main(["--catalogue", migrated_target, "--json", "history", "release", str(i["r"])])
    history = json.loads(capsys.readouterr().out)
    assert history[0]["field"] == "photos" and history[0]["new"] == [i["welcome"], i["tech"]]
    with pytest.raises(SystemExit):
        main(["--catalogue", migrated_target, "match", "--min-score", "2"])
    assert "between 0 and 1" in capsys.readouterr().err


def _match(capsys, target: str, *args: str) -> tuple[int, dict, str]:
    try:
        code = main(["--catalogue", target, "--json", "match", *args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, json.loads(out) if out.strip() else {}, err


def test_review_rejects_and_reassigns_in_one_undoable_step(desk, capsys, migrated_target) -> None:
    """--reject and --assign review what --apply attaches; the whole review is one step."""
    cat, i = desk
    r = str(i["r"])
    code, out, _ = _match(
        capsys, migrated_target, "--apply", "--reject", f"{r}:1", "--assign", f"{r}:2={i['old']}"
    )
    assert code == 0
    assert [(a["position"], a["photo_id"]) for a in out["attached"]] == [(1, i["old"])]
    assert out["attached"][0]["reasons"][0] == "chosen in review"
    assert [s.photo_id for s in show_release(cat, i["r"]).photos] == [None, i["old"]]
    assert main(["--catalogue", migrated_target, "--json", "undo"]) == 0
    undone = json.loads(capsys.readouterr().out)
    assert undone["changes"]["photos"] == [i["old"]]  # its releases changed: views refresh it
    assert [s.photo_id for s in show_release(cat, i["r"]).photos] == [None, None]
    # rejecting the best photo of slot 1 leaves it to slot 2, where it is then the best
    code, out, _ = _match(capsys, migrated_target, "--apply", "--reject", f"{r}:1={i['welcome']}")
    assert (1, i["welcome"]) in [(a["position"], a["photo_id"]) for a in out["attached"]]
    assert all(a["photo_id"] != i["welcome"] or a["position"] != 0 for a in out["attached"])


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--reject", "{r}:1"], "add --apply"),
        (["--release", "999999", "--reject", "{r}:1"], "add --apply"),  # before the scoring
        (["--release", "999999", "--apply", "--assign", "{r}:9=1"], "has no slot 9"),
        (["--apply", "--assign", "{r}:9=1"], "has no slot 9 (it has 2)"),
        (["--apply", "--assign", "{r}:1"], "--assign needs a photo"),
        (["--apply", "--assign", "{r}:1=999999"], "No photo with id 999999"),
        (["--apply", "--assign", "{r}:0=1"], "is not RELEASE:SLOT"),
        (
            ["--apply", "--assign", "{r}:1={old}", "--assign", "{r}:1={tech}"],
            "Slot 1 of release {r} is given two photos by --assign",
        ),
        (
            ["--apply", "--assign", "{r}:1={old}", "--assign", "{r}:2={old}"],
            "Photo {old} is assigned to two slots of release {r} (1 and 2)",
        ),
        (
            ["--apply", "--reject", "{r}:1={old}", "--assign", "{r}:1={old}"],
            "Photo {old} is both rejected and assigned for slot 1 of release {r}",
        ),
        (
            ["--apply", "--reject", "{r}:1", "--assign", "{r}:1={old}"],
            "Slot 1 of release {r} is both rejected and assigned",
        ),
    ],
)
def test_review_refusals_name_the_slot(desk, capsys, migrated_target, args, says) -> None:
    cat, i = desk
    code, out, err = _match(capsys, migrated_target, *[a.format(**i) for a in args])
    assert code == 2 and says.format(**i) in err and not out
    assert [s.photo_id for s in show_release(cat, i["r"]).photos] == [None, None]
