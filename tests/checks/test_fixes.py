"""One-click fixes and credit presets: one transaction, history, provenance, undo."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from pressdesk.catalogue.models import Photo
from pressdesk.services.checks.fix import fix_problem, fix_problems
from pressdesk.services.checks.run import check_catalogue
from pressdesk.services.errors import ConflictError, InvalidInputError, NotFoundError
from pressdesk.services.history import history_of, provenance_of
from pressdesk.services.house.lists import list_presets
from pressdesk.services.house.presets import apply_preset
from pressdesk.services.photos.edit import update_photo
from pressdesk.services.reads.browse import show_photo, show_release
from pressdesk.services.undo.apply import redo_step, undo_last, undo_step
from tests.checks.conftest import SEED_CAPTION, AddPhoto, gpo_photo


def _uid(cat, pid: int) -> uuid.UUID:
    with cat.read() as s:
        return s.scalar(select(Photo.uid).where(Photo.id == pid))


def test_fixing_every_missing_field_in_one_step_leaves_no_error(
    cat, seed: int, add_photo: AddPhoto
) -> None:
    pid = add_photo(seed)
    report = check_catalogue(cat, seed)
    assert len(report.errors) == 3
    applied = fix_problems(cat, report.problems, actor="desk")
    assert {(c.field, c.new) for c in applied.fields if c.field != "persons_shown"} == {
        ("caption", SEED_CAPTION),
        ("credit", "GPO"),
        ("copyright", "GPO"),
    }
    # the caption printed in the release names Peres and Putin: tagging them was offered too
    assert show_photo(cat, pid).persons_shown == ("Shimon Peres", "Vladimir Putin")
    assert applied.changes.photos == {pid} and applied.undo_step is not None
    assert check_catalogue(cat, seed).problems == ()
    uid = _uid(cat, pid)
    assert (
        provenance_of_photo(cat, uid)["credit"] == "fix"
    )  # (a one-click fix, which re-imports never overwrite)
    with cat.read() as s:
        history = [(h.actor, h.field, h.new_value) for h in history_of(s, "photo", uid)]
    assert ("desk", "credit", "GPO") in history


def provenance_of_photo(cat, uid: uuid.UUID) -> dict[str, str]:
    with cat.read() as s:
        return provenance_of(s, "photo", uid)


def test_fix_then_undo_then_redo(cat, add_photo: AddPhoto) -> None:
    pid = add_photo(caption="c", credit="Government Press Office/Koby Gideon", copyright="GPO")
    [style] = [p for p in check_catalogue(cat).problems if p.code == "house-style"]
    applied = fix_problem(cat, style)
    assert show_photo(cat, pid).credit == "GPO/Kobi Gideon"
    assert applied.undo_step is not None
    undone = undo_step(cat, applied.undo_step)
    assert undone.changes.photos == {pid}
    assert show_photo(cat, pid).credit == "Government Press Office/Koby Gideon"
    redo_step(cat, applied.undo_step)
    assert show_photo(cat, pid).credit == "GPO/Kobi Gideon"
    assert undo_last(cat).value.label == "Fix: " + style.fix.label  # type: ignore[union-attr]
    assert show_photo(cat, pid).credit == "Government Press Office/Koby Gideon"


def test_a_fix_refuses_when_the_field_changed_since_the_check(cat, add_photo: AddPhoto) -> None:
    pid = add_photo(caption="c", credit="GPO/Kobi Gideon", copyright="Kobi Gideon")
    [rule] = [p for p in check_catalogue(cat).problems if p.code == "copyright-agency-rule"]
    update_photo(cat, pid, fields={"copyright": "Someone else"}, actor="ann")
    with pytest.raises(ConflictError, match="changed since it was checked"):
        fix_problem(cat, rule)
    assert show_photo(cat, pid).copyright == "Someone else"


def test_problems_without_a_fix_are_refused_one_by_one_and_skipped_in_bulk(
    cat, seed: int, add_photo: AddPhoto
) -> None:
    gpo_photo(add_photo, seed, credit="Getty Images")
    [error] = check_catalogue(cat, seed).errors
    with pytest.raises(InvalidInputError, match="no one-click fix"):
        fix_problem(cat, error)
    assert not fix_problems(cat, [error])


def test_tagging_and_adding_participants(cat, seed: int, add_photo: AddPhoto) -> None:
    pid = gpo_photo(add_photo, seed, persons=("Shimon Peres", "Angela Merkel"))
    report = check_catalogue(cat, seed)
    fixable = [p for p in report.problems if p.fix]
    assert {p.code for p in fixable} == {"person-named-not-tagged", "shown-not-participant"}
    fix_problems(cat, fixable)
    assert show_photo(cat, pid).persons_shown == ("Shimon Peres", "Angela Merkel", "Vladimir Putin")
    names = [p.name for p in show_release(cat, seed).participants]
    assert names[-1] == "Angela Merkel"
    assert check_catalogue(cat, seed).problems == ()
    undo_last(cat)
    assert show_photo(cat, pid).persons_shown == ("Shimon Peres", "Angela Merkel")
    assert "Angela Merkel" not in [p.name for p in show_release(cat, seed).participants]


def test_preset_applies_to_many_photos_in_one_transaction(cat, add_photo: AddPhoto) -> None:
    ids = [add_photo(caption=f"c{n}", credit="Reuters", copyright="Reuters") for n in range(3)]
    already = add_photo(caption="c", credit="GPO/Haim Zach", copyright="GPO")
    preset = next(p for p in list_presets(cat) if p.name == "GPO/Haim Zach")
    applied = apply_preset(cat, preset, [*ids, already], actor="desk")
    # credit, copyright and source of three photos; only the source of the last one (which
    # had the preset's credit and copyright already)
    assert len(applied.fields) == 3 * 3 + 1
    assert [c.field for c in applied.fields if c.record_id == already] == ["source"]
    for pid in ids:
        photo = show_photo(cat, pid)
        assert (photo.credit, photo.copyright, photo.source) == ("GPO/Haim Zach", "GPO", "GPO")
        assert provenance_of_photo(cat, _uid(cat, pid))["credit"] == "preset"
    undo_last(cat)
    assert {show_photo(cat, pid).credit for pid in ids} == {"Reuters"}


def test_a_preset_on_an_unknown_photo_changes_nothing(cat, add_photo: AddPhoto) -> None:
    pid = add_photo(caption="c", credit="Reuters", copyright="Reuters")
    with pytest.raises(NotFoundError):
        apply_preset(cat, "GPO", [pid, 424242])
    assert show_photo(cat, pid).credit == "Reuters"
    with pytest.raises(NotFoundError, match="No credit preset"):
        apply_preset(cat, "No such preset", [pid])
