"""Release import into the catalogue: the seed record, re-imports, corrections, bad input."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from pressdesk.cli.main import main
from pressdesk.services.history import provenance_of
from pressdesk.services.people.admin import find_people
from pressdesk.services.reads.browse import search, show_release
from pressdesk.services.releases.edit import ParticipantInput, set_participants, update_release
from pressdesk.services.releases.import_ import import_release_files
from pressdesk.tools.evaluate_releases import evaluate_dir
from pressdesk.tools.evaluate_releases import main as evaluate_main

SEED = Path(__file__).resolve().parents[1] / "data" / "releases" / "seed-peres-putin.txt"
SEED_HEADLINE = "Pres Peres meets Russian President Putin in Moscow"


def test_seed_release_is_the_briefs_record(cat) -> None:
    result = import_release_files(cat, [SEED])
    assert result.errors == []
    r = result.imported[0].release
    assert r.headline == "Pres Peres meets Russian President Putin in Moscow"
    assert r.subheadline == "Peres meets with Russian President Putin in Moscow"
    assert r.summary is not None and r.summary.startswith("They discussed the Iranian threat")
    assert (r.issuer, r.event_date.isoformat() if r.event_date else None, r.place) == (
        "Office of the President",
        "2012-11-08",
        "Moscow",
    )
    assert [(s.caption, s.credit, s.copyright, s.photo_id) for s in r.photos] == [
        ("President Peres meets with Russian President Putin in Moscow", "GPO", "GPO", None)
    ]
    participants = [(p.name, p.title) for p in r.participants if p.role == "participant"]
    assert participants == [
        ("Shimon Peres", "President"),
        ("Vladimir Putin", "Russian President"),
        ("Sergey Lavrov", "Russian Foreign Minister"),
        ("Sergey Yakovlev", "Russian Ambassador to Israel"),
        ("Dorit Golender", "Israeli Ambassador to Russia"),
    ]
    assert "icon_zoom" not in r.body and "•" not in r.body and "Copyright:" not in r.body
    assert "Deputy Prime Minister" not in [p.name for p in find_people(cat)]
    peres = next(p for p in find_people(cat) if p.name == "Shimon Peres")
    assert {"Peres", "President Peres"} & set(peres.aliases)


def test_reimport_changes_nothing_and_keeps_corrections(cat) -> None:
    first = import_release_files(cat, [SEED]).imported[0]
    rid = first.release.id
    update_release(cat, rid, {"place": "The Kremlin, Moscow"}, actor="ann")
    edited = [
        ParticipantInput(p.name, p.title, p.role, p.person_id) for p in first.release.participants
    ][:2]
    set_participants(cat, rid, edited, actor="ann")
    again = import_release_files(cat, [SEED]).imported[0]
    assert again.release.id == rid and not again.created and again.changed_fields == ()
    r = show_release(cat, rid)
    assert r.place == "The Kremlin, Moscow"
    assert [p.name for p in r.participants] == ["Shimon Peres", "Vladimir Putin"]
    with cat.read() as s:
        prov = provenance_of(s, "release", uuid.UUID(r.uid))
    assert prov["place"] == "user" and prov["headline"] == "parsed"
    assert prov["participants"] == "user"
    assert len(search(cat, "Kremlin").releases) == 1


def test_bad_files_are_reported_and_the_rest_imported(cat, tmp_path: Path) -> None:
    tmp_path = tmp_path / "in"
    tmp_path.mkdir()
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "huge.txt").write_text("word " * 1_100_000)
    (tmp_path / "script.html").write_text(
        "<html><head><script>alert('x')</script></head><body><h1>Minister visits Haifa</h1>"
        "<p>(Communicated by the Foreign Ministry Spokesman)</p><p>On Monday, 3 March 2014, "
        "Foreign Minister Avigdor Liberman visited Haifa.</p><script>evil()</script></body></html>"
    )
    for sub, data in (("a", bytes(range(0xC0, 0xFF))), ("b", SEED.read_bytes())):
        (tmp_path / sub).mkdir()  # the same name in two folders: the message says which
        (tmp_path / sub / "same.txt").write_bytes(data)
    result = import_release_files(cat, [tmp_path])
    errors = {Path(e.path).name: e for e in result.errors}
    assert set(errors) == {"empty.txt", "binary.txt", "huge.txt", "same.txt"}
    for error in errors.values():
        assert f"{error.path} " in error.error, error.error  # the path, not only a name
    assert errors["same.txt"].path == str(tmp_path / "a" / "same.txt")
    html = next(i.release for i in result.imported if i.release.headline != SEED_HEADLINE)
    assert html.headline == "Minister visits Haifa"
    assert "alert" not in html.body and "evil" not in html.body


def test_cli_release_import(tmp_path: Path, capsys) -> None:
    cat_path = str(tmp_path / "c.sqlite")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    code = main(["--catalogue", cat_path, "release", "import", str(SEED), str(bad), "--json"])
    out, err = capsys.readouterr()
    assert code == 1
    records = json.loads(out)
    assert [r["headline"] for r in records] == [
        "Pres Peres meets Russian President Putin in Moscow"
    ]
    assert "bad.txt" in err and "Traceback" not in err
    assert main(["--catalogue", cat_path, "release", "import", str(bad)]) == 2
    assert main(["--catalogue", cat_path, "release", "import", str(tmp_path / "nope.txt")]) == 2


@pytest.mark.slow
def test_corpus_evaluation_reaches_95_percent_on_every_field(corpus: Path, capsys) -> None:
    result = evaluate_dir(corpus / "releases", [SEED])  # the seed twice: scored once
    expected = json.loads((corpus / "releases" / "expected.json").read_text())
    assert sorted(result.files) == sorted(expected)
    assert result.below(0.95) == {}, result.misses
    assert evaluate_main([str(corpus / "releases"), "--extra", str(SEED)]) == 0
    assert "headline" in capsys.readouterr().out


def test_conflicting_release_edit_is_refused(cat) -> None:
    from pressdesk.services.errors import ConflictError

    rid = import_release_files(cat, [SEED]).imported[0].release.id
    seen = show_release(cat, rid).version
    update_release(cat, rid, {"place": "Kremlin"}, actor="ann", expected_version=seen)
    with pytest.raises(ConflictError, match="changed by someone else"):
        update_release(cat, rid, {"place": "Red Square"}, actor="bob", expected_version=seen)
    assert show_release(cat, rid).place == "Kremlin"


def test_slot_text_and_photo_order_edits_are_version_checked(cat) -> None:
    from pressdesk.services.errors import ConflictError
    from pressdesk.services.releases.edit import arrange_slots, update_slot

    rid = import_release_files(cat, [SEED]).imported[0].release.id
    seen = show_release(cat, rid).version
    after = update_slot(cat, rid, 0, {"caption": "Corrected caption"}, expected_version=seen).value
    assert after.photos[0].caption == "Corrected caption" and after.version > seen
    with pytest.raises(ConflictError, match="changed by someone else"):
        update_slot(cat, rid, 0, {"caption": "Stale caption"}, expected_version=seen)
    with pytest.raises(ConflictError, match="changed by someone else"):
        arrange_slots(cat, rid, [None, None], expected_version=seen)
    now = show_release(cat, rid)
    assert now.photos[0].caption == "Corrected caption" and len(now.photos) == len(after.photos)
    moved = arrange_slots(cat, rid, [None, None], expected_version=now.version).value
    assert moved.version > now.version
