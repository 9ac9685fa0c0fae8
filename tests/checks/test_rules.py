"""Every rule on real cases, on SQLite and PostgreSQL: one failing and one passing case each.

Photos are real JPEGs (IIM + XMP) ingested through the photo service; releases are the
seed release and corpus releases imported through the release service.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pressdesk.core.checks.model import ERROR, SET_PHOTO_FIELD, CheckReport, Problem
from pressdesk.services.checks.run import check_catalogue, problem_counts
from pressdesk.services.photos.edit import update_photo
from pressdesk.services.photos.ingest import ingest_photos
from pressdesk.services.releases.import_ import import_release_files
from tests.checks.conftest import SEED_CAPTION, AddPhoto, gpo_photo


def of(report: CheckReport, code: str) -> list[Problem]:
    return [p for p in report.problems if p.code == code]


def codes(report: CheckReport) -> list[str]:
    return sorted(p.code for p in report.problems)


def test_seed_release_with_a_correct_gpo_photo_is_clean(
    cat, seed: int, add_photo: AddPhoto
) -> None:
    gpo_photo(add_photo, seed)
    report = check_catalogue(cat, seed)
    assert report.problems == ()
    assert not report.has_errors


def test_seed_release_with_a_wrongly_credited_photo_has_exactly_the_credit_error(
    cat, seed: int, add_photo: AddPhoto
) -> None:
    pid = gpo_photo(add_photo, seed, credit="Getty Images", copyright="Getty Images")
    report = check_catalogue(cat, seed)
    [error] = report.errors
    assert "credit" in error.code and error.code == "slot-credit-mismatch"
    assert (error.release_id, error.photo_id, error.field, error.position) == (
        seed,
        pid,
        "credit",
        0,
    )
    assert "GPO" in error.message and "Getty Images" in error.message
    assert f"Release {seed}" in error.message and f"photo {pid}" in error.message
    assert error.fix is None and error.suggestion  # which side is right is for a person
    assert codes(report) == ["not-in-house-list", "slot-credit-mismatch"]


def test_agency_photo_from_the_corpus_in_a_gpo_slot(
    cat, seed: int, corpus: Path, tmp_path: Path
) -> None:
    reuters = shutil.copy(corpus / "photos" / "reuters_thumb.jpg", tmp_path / "reuters.jpg")
    ingest_photos(cat, [Path(reuters)], release=seed)
    report = check_catalogue(cat, seed)
    [mismatch] = of(report, "slot-credit-mismatch")
    assert "REUTERS" in mismatch.message
    assert of(report, "not-in-house-list")
    # no copyright notice in the file; the release's is not offered for what may be the
    # wrong photo
    [missing] = of(report, "missing-copyright")
    assert missing.fix is None and missing.severity == ERROR


def test_missing_fields_are_errors_with_the_releases_values_as_fixes(
    cat, seed: int, add_photo: AddPhoto
) -> None:
    pid = add_photo(seed)  # a file with no metadata at all
    report = check_catalogue(cat, seed)
    missing = {p.code: p for p in report.errors}
    assert set(missing) == {"missing-caption", "missing-credit", "missing-copyright"}
    assert missing["missing-caption"].fix.value == SEED_CAPTION
    assert missing["missing-credit"].fix.value == "GPO"
    assert missing["missing-copyright"].fix.value == "GPO"
    assert all(p.fix.action == SET_PHOTO_FIELD and p.fix.photo_id == pid for p in missing.values())


def test_a_less_specific_release_credit_agrees_with_the_photos(
    cat, seed: int, add_photo: AddPhoto
) -> None:
    gpo_photo(add_photo, seed, credit="Photo by Amos Ben-Gershom (Government Press Office)")
    report = check_catalogue(cat, seed)
    assert report.errors == ()
    [style] = of(report, "house-style")  # the catalogue's credit should be written house-style
    assert style.fix is not None and style.fix.value == "Amos Ben Gershom/GPO"


def test_catalogue_value_differing_from_the_file(cat, add_photo: AddPhoto) -> None:
    pid = add_photo(caption="Peres in Moscow", credit="GPO", copyright="GPO")
    assert of(check_catalogue(cat), "embedded-caption-differs") == []
    update_photo(cat, pid, fields={"caption": "Peres and Putin in Moscow"}, actor="ann")
    update_photo(cat, pid, fields={"credit": "Government Press Office"}, actor="ann")
    report = check_catalogue(cat)
    [differs] = of(report, "embedded-caption-differs")
    assert "embedded" in differs.code and differs.photo_id == pid and differs.field == "caption"
    assert "Peres in Moscow" in differs.message
    assert of(report, "embedded-credit-differs") == []  # the same credit, in other words


def test_photographer_differing_from_the_files_by_line(cat, corpus: Path, tmp_path: Path) -> None:
    agency = shutil.copy(corpus / "photos" / "iptc_agency_example.jpg", tmp_path / "lincoln.jpg")
    [photo] = ingest_photos(cat, [Path(agency)]).added
    assert photo.creator == ("Julie Doe",)
    assert of(check_catalogue(cat), "embedded-creator-differs") == []
    update_photo(cat, photo.id, creator=["Julie Doe", "John Roe"], actor="ann")
    [differs] = of(check_catalogue(cat), "embedded-creator-differs")
    assert differs.field == "creator" and "John Roe" in differs.message


def test_hebrew_credit_over_the_iim_byte_limit(cat, add_photo: AddPhoto) -> None:
    hebrew = "לשכת העיתונות הממשלתית"  # 22 letters and spaces, 42 bytes
    pid = add_photo(caption="שמעון פרס במוסקבה", credit=hebrew, copyright="GPO")
    report = check_catalogue(cat)
    [limit] = of(report, "credit-over-limit")
    assert "limit" in limit.code and limit.photo_id == pid and "42 bytes" in limit.message
    assert limit.fix is not None and limit.fix.value == "GPO"  # the house list's form fits
    short = add_photo(caption="שמעון פרס", credit='לע"מ', copyright="GPO")
    assert [p for p in of(check_catalogue(cat), "credit-over-limit") if p.photo_id == short] == []


def test_real_credit_cut_at_32_bytes_in_the_file(cat, corpus: Path, tmp_path: Path) -> None:
    hubble = shutil.copy(corpus / "photos" / "hubble_iptc_trunc.jpg", tmp_path / "hubble.jpg")
    [photo] = ingest_photos(cat, [Path(hubble)]).added
    [limit] = of(check_catalogue(cat), "credit-over-limit")
    assert limit.photo_id == photo.id and limit.fix is None


def test_credit_and_photographer_not_in_the_house_list(cat, add_photo: AddPhoto) -> None:
    known = add_photo(caption="c", credit="GPO/Moshe Milner", copyright="GPO")
    stranger = add_photo(caption="c", credit="GPO/John Doe", copyright="GPO")
    agency = add_photo(caption="c", credit="Flash90", copyright="Flash90")
    report = check_catalogue(cat)
    assert [p.photo_id for p in of(report, "photographer-not-in-house-list")] == [stranger]
    assert [p.photo_id for p in of(report, "not-in-house-list")] == [agency]
    assert all(p.photo_id != known for p in report.problems)


def test_copyright_breaking_the_agencys_rule(cat, add_photo: AddPhoto) -> None:
    good = add_photo(caption="c", credit="GPO/Kobi Gideon", copyright="© GPO")
    bad = add_photo(caption="c", credit="GPO/Kobi Gideon", copyright="Kobi Gideon")
    [rule] = of(check_catalogue(cat), "copyright-agency-rule")
    assert rule.photo_id == bad and rule.field == "copyright"
    assert rule.fix is not None and rule.fix.value == "GPO" and rule.fix.expected == "Kobi Gideon"
    assert good != bad


def test_person_named_in_the_caption_but_not_tagged(cat, seed: int, add_photo: AddPhoto) -> None:
    pid = gpo_photo(add_photo, seed, persons=("Shimon Peres",))
    report = check_catalogue(cat, seed)
    [untagged] = of(report, "person-named-not-tagged")
    assert "Vladimir Putin" in untagged.message and untagged.photo_id == pid
    assert untagged.fix is not None and untagged.fix.person_id is not None
    assert report.errors == ()


def test_person_shown_who_is_not_a_participant(cat, seed: int, add_photo: AddPhoto) -> None:
    gpo_photo(add_photo, seed, persons=("Shimon Peres", "Vladimir Putin", "Angela Merkel"))
    [stranger] = of(check_catalogue(cat, seed), "shown-not-participant")
    assert "Angela Merkel" in stranger.message and stranger.fix is not None


def test_empty_slot_is_a_warning(cat, seed: int) -> None:
    report = check_catalogue(cat, seed)
    assert codes(report) == ["empty-slot"] and report.problems[0].severity != ERROR
    assert report.problems[0].photo_id is None and report.problems[0].position == 0


def test_same_photo_credited_differently_in_two_releases(
    cat, seed: int, corpus: Path, add_photo: AddPhoto, tmp_path: Path
) -> None:
    pid = gpo_photo(add_photo, seed)
    mfa = import_release_files(cat, [corpus / "releases" / "r16.txt"]).imported[0].release.id
    same_file = next((tmp_path / "incoming").glob("*.jpg"))
    ingest_photos(cat, [same_file], release=mfa)  # the duplicate joins that release too
    report = check_catalogue(cat)
    [twice] = of(report, "credited-differently")
    assert twice.photo_id == pid and "MFA" in twice.message and "GPO" in twice.message
    assert [p.photo_id for p in of(check_catalogue(cat, mfa), "credited-differently")] == [pid]
    r11 = import_release_files(cat, [corpus / "releases" / "r11.txt"]).imported[0].release.id
    ingest_photos(cat, [same_file], release=r11)  # printed "GPO" there too: no conflict
    assert len(of(check_catalogue(cat), "credited-differently")) == 1
    # the list's "with problems" filter: one pass, a shared photo counts in each release
    every = problem_counts(cat, None)
    assert every == {r: n for r, n in problem_counts(cat, [seed, mfa, r11]).items() if n}
    # the shared photo's credit conflict is reported once in a full check (under its first
    # release) but counts in each of its releases
    assert of(check_catalogue(cat, r11), "credited-differently") and r11 in every


def test_problem_counts_match_the_release_checks(
    cat, seed: int, corpus: Path, add_photo: AddPhoto
) -> None:
    gpo_photo(add_photo, seed, credit="Getty Images")
    other = import_release_files(cat, [corpus / "releases" / "r20.txt"]).imported[0].release.id
    clean = import_release_files(cat, [corpus / "releases" / "r05.txt"]).imported[0].release.id
    counts = problem_counts(cat, [seed, other, clean, 999])
    assert counts == {
        rid: len(check_catalogue(cat, rid).problems) for rid in (seed, other, clean)
    } | {999: 0}
    assert counts[seed] >= 2 and counts[clean] == 0
    assert problem_counts(cat, []) == {}


def test_unknown_release_is_not_found(cat) -> None:
    from pressdesk.services.errors import NotFoundError

    with pytest.raises(NotFoundError, match="No release with id 42"):
        check_catalogue(cat, 42)
