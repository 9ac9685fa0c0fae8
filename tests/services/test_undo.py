"""One undo model: every undoable write records a step; undo and redo replay it, refusing
when the fields were changed since; imports stop undo; ``pressdesk undo`` from the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressdesk.cli.main import main
from pressdesk.services.errors import ConflictError
from pressdesk.services.photos.edit import update_photo
from pressdesk.services.photos.ingest import ingest_photos
from pressdesk.services.reads.browse import show_photo, show_release
from pressdesk.services.releases.edit import (
    ParticipantInput,
    arrange_slots,
    set_participants,
    update_release,
    update_slot,
)
from pressdesk.services.releases.import_ import import_release_files
from pressdesk.services.undo.apply import NothingToUndo, redo_step, undo_last, undo_step
from tests.support.photo_files import camera_jpeg

SEED = Path(__file__).resolve().parents[1] / "data" / "releases" / "seed-peres-putin.txt"


@pytest.fixture
def rid(cat) -> int:
    return import_release_files(cat, [SEED]).imported[0].release.id


def test_release_fields_undo_redo_and_the_step_says_what_it_changed(cat, rid: int) -> None:
    before = show_release(cat, rid)
    done = update_release(cat, rid, {"headline": "New headline", "event_date": "2013-01-02"})
    assert done.undo_step is not None and done.changes.releases == {rid}
    assert done.value.headline == "New headline"
    undone = undo_step(cat, done.undo_step)
    assert undone.value.label == "Edit headline, event_date" and undone.changes.releases == {rid}
    again = show_release(cat, rid)
    assert (again.headline, again.event_date) == (before.headline, before.event_date)
    redo_step(cat, done.undo_step)
    assert show_release(cat, rid).headline == "New headline"
    with pytest.raises(ConflictError, match="already done"):
        redo_step(cat, done.undo_step)


def test_a_write_that_changes_nothing_records_no_step(cat, rid: int) -> None:
    headline = show_release(cat, rid).headline
    assert update_release(cat, rid, {"headline": headline}).undo_step is None


def test_slots_photo_order_and_participants_undo(cat, rid: int, tmp_path: Path) -> None:
    photo = ingest_photos(cat, [camera_jpeg(tmp_path / "a.jpg", caption="x")]).added[0]
    old_people = show_release(cat, rid).participants
    update_slot(cat, rid, 0, {"caption": "Corrected"})
    arrange_slots(cat, rid, [photo.id, None])
    set_participants(cat, rid, [ParticipantInput("Angela Merkel", "Chancellor")])
    assert [p.name for p in show_release(cat, rid).participants] == ["Angela Merkel"]
    undo_last(cat)  # the participants
    after = show_release(cat, rid).participants
    assert [(p.person_id, p.title, p.role) for p in after] == [
        (p.person_id, p.title, p.role) for p in old_people
    ]
    undo_last(cat)  # the photo order
    assert [s.photo_id for s in show_release(cat, rid).photos] == [None, None]
    undo_last(cat)  # the slot's caption
    assert show_release(cat, rid).photos[0].caption.startswith("President Peres meets")


def test_photo_fields_and_lists_undo(cat, tmp_path: Path) -> None:
    photo = ingest_photos(
        cat, [camera_jpeg(tmp_path / "a.jpg", caption="Old", credit="GPO")]
    ).added[0]
    update_photo(cat, photo.id, fields={"caption": "New"}, persons_shown=["Shimon Peres"])
    assert show_photo(cat, photo.id).persons_shown == ("Shimon Peres",)
    result = undo_last(cat)
    assert result.changes.photos == {photo.id}
    again = show_photo(cat, photo.id)
    assert (again.caption, again.persons_shown) == ("Old", ())


def test_undo_is_refused_when_the_fields_changed_since(cat, rid: int) -> None:
    first = update_release(cat, rid, {"place": "Kremlin"}, actor="ann")
    update_release(cat, rid, {"place": "Red Square"}, actor="bob")
    assert first.undo_step is not None
    with pytest.raises(ConflictError, match="changed since"):
        undo_step(cat, first.undo_step)
    assert show_release(cat, rid).place == "Red Square"  # nothing written


def test_undo_stops_at_an_import_and_at_nothing(cat, tmp_path: Path) -> None:
    with pytest.raises(NothingToUndo, match="no change to undo"):
        undo_last(cat)
    rid = import_release_files(cat, [SEED]).imported[0].release.id
    update_release(cat, rid, {"place": "Kremlin"})
    undo_last(cat)
    with pytest.raises(NothingToUndo, match="cannot be undone"):
        undo_last(cat)  # the import itself
    ingest_photos(cat, [camera_jpeg(tmp_path / "a.jpg", caption="x")])
    with pytest.raises(NothingToUndo, match="'Add 1 photo'"):
        undo_last(cat)


def test_cli_undo_json_and_exit_status(
    migrated_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--catalogue", migrated_target, "--library", str(tmp_path / "lib")]
    shot = camera_jpeg(tmp_path / "a.jpg", caption="Old caption")
    assert main([*args, "photo", "add", str(shot)]) == 0
    assert main([*args, "photo", "set", "1", "--caption", "Typed caption"]) == 0
    capsys.readouterr()
    assert main([*args, "undo", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["undone"]["label"] == "Edit caption" and out["undone"]["actor"] == "cli"
    assert out["changes"]["photos"] == [1]
    assert main([*args, "--json", "photo", "show", "1"]) == 0
    assert json.loads(capsys.readouterr().out)["caption"] == "Old caption"
    assert main([*args, "undo"]) == 1  # the next change back is the photo's import
    err = capsys.readouterr().err
    assert err.startswith("pressdesk: The last change to this catalogue, 'Add 1 photo'")
    assert "cannot be undone" in err
