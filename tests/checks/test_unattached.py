"""A photo in no release is checked too: missing caption, credit and copyright."""

from __future__ import annotations

from pressdesk.services.checks.run import check_catalogue
from tests.checks.conftest import SEED_CAPTION, AddPhoto


def _codes(report, pid: int) -> set[str]:
    return {p.code for p in report.problems if p.photo_id == pid}


def test_photos_outside_any_release_are_flagged(cat, seed: int, add_photo: AddPhoto) -> None:
    bare = add_photo()
    gpo = add_photo(credit="GPO")
    complete = add_photo(caption="Harbour at dawn", credit="GPO", copyright="GPO")
    inside = add_photo(release=seed, caption=SEED_CAPTION, credit="GPO", copyright="GPO")
    report = check_catalogue(cat)
    assert _codes(report, bare) == {
        "unattached-missing-caption",
        "unattached-missing-credit",
        "unattached-missing-copyright",
    }
    assert "unattached-missing-caption" in _codes(report, gpo)
    copyright_problem = next(
        p for p in report.problems if p.photo_id == gpo and p.code == "unattached-missing-copyright"
    )
    assert copyright_problem.severity == "warning" and copyright_problem.release_id is None
    assert copyright_problem.fix is not None and copyright_problem.fix.value == "GPO"
    assert not {c for c in _codes(report, complete) if c.startswith("unattached")}
    assert not {c for c in _codes(report, inside) if "missing" in c}
    # a release's own check is about its photos only
    assert not any(p.photo_id == bare for p in check_catalogue(cat, seed).problems)
