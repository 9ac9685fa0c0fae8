"""bundle import: round trip, merge by uid, a person's edits kept, re-import changes nothing."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.models import ChangeRecord, Person, Photo, Provenance, Release
from pressdesk.cli.main import main
from pressdesk.services.bundles.export import export_bundle
from pressdesk.services.bundles.import_ import import_bundle
from pressdesk.services.history import provenance_of
from pressdesk.services.photos.edit import update_photo
from pressdesk.services.photos.verify import verify_library
from pressdesk.services.reads.browse import show_photo, show_release
from pressdesk.services.reads.load import load_people
from tests.support.bundles import make_source
from tests.support.rows import add_person

RELEASE_IGNORED = {"id"}
PHOTO_IGNORED = {"id", "sha256", "bytes", "embedded", "releases"}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, Any]]:
    """A source catalogue exported as a folder and a zip, with its records as JSON."""
    root = tmp_path_factory.mktemp("import")
    source = make_source(root / "src")
    export_bundle(source.cat, [source.release_id], root / "bundle")
    export_bundle(source.cat, [source.release_id], root / "bundle.zip", as_zip=True)
    records = _records(source.cat, source.release_id)
    source.cat.close()
    return root / "bundle", root / "bundle.zip", records


def _records(cat: Catalogue, release_id: int | str) -> dict[str, Any]:
    """The release, its photos and people as comparable JSON (local ids mapped to uids)."""
    release = show_release(cat, release_id)
    photos = {s.photo_id: show_photo(cat, s.photo_id) for s in release.photos if s.photo_id}
    with cat.read() as s:
        people = {p.id: p for p in load_people(s, [p.person_id for p in release.participants])}
    rel = {k: v for k, v in release.to_json().items() if k not in RELEASE_IGNORED}
    for slot in rel["photos"]:
        slot["photo_id"] = photos[slot["photo_id"]].uid if slot["photo_id"] else None
    for part in rel["participants"]:
        part["person_id"] = people[part["person_id"]].uid
    return {
        "release": rel,
        "photos": sorted(
            (
                {k: v for k, v in p.to_json().items() if k not in PHOTO_IGNORED}
                for p in photos.values()
            ),
            key=lambda p: p["uid"],
        ),
        "people": sorted(
            ({k: v for k, v in p.to_json().items() if k != "id"} for p in people.values()),
            key=lambda p: p["uid"],
        ),
    }


def exported_photos(folder: Path) -> list[dict[str, Any]]:
    data = json.loads((folder / "data" / "catalogue.json").read_text(encoding="utf-8"))
    return list(data["photos"])


def _counts(cat: Catalogue) -> tuple[int, ...]:
    with cat.read() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(m)) or 0
            for m in (Release, Photo, Person, ChangeRecord)
        )


@pytest.mark.parametrize("kind", ["folder", "zip"])
def test_round_trip_gives_the_same_records(
    cat: Catalogue, exported: tuple[Path, Path, dict[str, Any]], kind: str
) -> None:
    folder, archive, records = exported
    result = import_bundle(cat, folder if kind == "folder" else archive)
    assert {e.kind for e in result.added} == {"release", "photo", "person"}
    assert not result.updated and not result.skipped
    uid = records["release"]["uid"]
    assert _records(cat, uid) == records
    photo = show_photo(cat, records["photos"][0]["uid"])
    assert photo.embedded["caption"] == photo.caption  # the stored file is the bundle's copy
    with cat.read() as s:
        prov = s.scalar(
            select(Provenance).where(
                Provenance.entity_uid == uuid.UUID(photo.uid), Provenance.field == "sha256"
            )
        )
    assert prov is not None and prov.source == "bundle" and prov.detail
    original_sha = next(p for p in exported_photos(folder) if p["uid"] == photo.uid)["sha256"]
    assert original_sha in prov.detail and original_sha != photo.sha256
    assert not verify_library(cat).damaged


def test_reimport_changes_nothing(
    cat: Catalogue, exported: tuple[Path, Path, dict[str, Any]]
) -> None:
    folder, archive, _ = exported
    import_bundle(cat, folder)
    counts = _counts(cat)
    with cat.read() as s:
        versions = sorted(s.execute(select(Release.uid, Release.version)).all())
    again = import_bundle(cat, archive)
    assert not again.added and not again.updated and len(again.skipped) >= 5
    assert _counts(cat) == counts
    with cat.read() as s:
        assert sorted(s.execute(select(Release.uid, Release.version)).all()) == versions


def test_changes_are_merged_and_a_persons_edits_kept(tmp_path: Path, cat: Catalogue) -> None:
    source = make_source(tmp_path / "src")
    export_bundle(source.cat, [source.release_id], tmp_path / "v1")
    import_bundle(cat, tmp_path / "v1")
    first, second = source.photo_ids[:2]
    update_photo(source.cat, first, fields={"caption": "Corrected at the desk", "credit": "GPO"})
    update_photo(source.cat, second, fields={"copyright": "© GPO"})
    export_bundle(source.cat, [source.release_id], tmp_path / "v2")
    uid2 = show_photo(source.cat, second).uid
    update_photo(cat, uid2, fields={"copyright": "Reviewer's fix"}, source="user")
    result = import_bundle(cat, tmp_path / "v2")
    by_uid = {e.uid: e for e in result.updated + result.skipped}
    uid1 = show_photo(source.cat, first).uid
    assert set(by_uid[uid1].fields) == {"caption", "credit"}
    assert by_uid[uid2].kept == ("copyright",)
    assert show_photo(cat, uid1).caption == "Corrected at the desk"
    assert show_photo(cat, uid2).copyright == "Reviewer's fix"
    with cat.read() as s:
        assert provenance_of(s, "photo", uuid.UUID(uid1))["caption"] == "bundle"


def test_people_are_matched_by_name_and_alias(tmp_path: Path, cat: Catalogue) -> None:
    with cat.write() as s:
        peres = add_person(s, "Shimon Peres", "שמעון פרס").id
    source = make_source(tmp_path / "src")
    export_bundle(source.cat, [source.release_id], tmp_path / "b")
    result = import_bundle(cat, tmp_path / "b")
    matched = [e for e in result.updated + result.skipped if e.kind == "person"]
    assert {e.id for e in matched} == {peres}  # by name, and by the Hebrew alias
    release = show_release(cat, source.release_uid)
    assert release.participants[0].person_id == peres
    with cat.read() as s:
        (record,) = load_people(s, [peres])
    assert "President" in record.titles


def test_cli_import_reports_and_exit_codes(
    tmp_path: Path, exported: tuple[Path, Path, dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _, _ = exported
    target = ["--catalogue", str(tmp_path / "other.sqlite")]
    assert main([*target, "bundle", "import", str(folder), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"path", "added", "updated", "skipped", "resumed"}
    assert len(out["added"]) >= 9 and out["resumed"] is None
    assert main([*target, "bundle", "import", str(folder)]) == 0
    assert "0 added, 0 updated" in capsys.readouterr().out


def test_the_longest_release_passes_through_its_own_bundle(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One text limit for release import and bundle import: a release at 1.6 MB goes out and
    back in; a text over the limit is refused by both with the same figure."""
    from pressdesk.catalogue import open_catalogue
    from pressdesk.core.limits import MAX_TEXT_CHARS

    seed = Path(__file__).resolve().parents[1] / "data" / "releases" / "seed-peres-putin.txt"
    paragraph = (
        "\n\nThe two presidents also discussed trade, tourism and cooperation in science and "
        "technology, and agreed to meet again next year in Jerusalem."
    )
    text = seed.read_text(encoding="utf-8")
    text += paragraph * ((1_600_000 - len(text)) // len(paragraph))
    long_file = tmp_path / "long.txt"
    long_file.write_text(text, encoding="utf-8")
    source = tmp_path / "source.sqlite"
    assert main(["--catalogue", str(source), "release", "import", str(long_file)]) == 0
    assert main(["--catalogue", str(source), "export", "1", "--out", str(tmp_path / "b")]) == 0
    target = tmp_path / "target.sqlite"
    capsys.readouterr()
    assert main(["--catalogue", str(target), "bundle", "import", str(tmp_path / "b")]) == 0
    cat = open_catalogue(target)
    with cat.read() as s:
        body = s.scalar(select(Release.body))
    cat.close()
    assert body is not None and len(body) > 1_500_000

    too_long = tmp_path / "too-long.txt"
    too_long.write_text("word " * (MAX_TEXT_CHARS // 5 + 1), encoding="utf-8")
    assert main(["--catalogue", str(source), "release", "import", str(too_long)]) == 2
    err = capsys.readouterr().err
    assert f"the limit is {MAX_TEXT_CHARS:,} characters" in err and "too-long.txt" in err

    catalogue_json = tmp_path / "b" / "data" / "catalogue.json"
    data = json.loads(catalogue_json.read_text(encoding="utf-8"))
    data["releases"][0]["body"] = "word " * (MAX_TEXT_CHARS // 5 + 1)
    catalogue_json.write_text(json.dumps(data), encoding="utf-8")
    from tests.bundle.test_hostile import rebag

    rebag(tmp_path / "b")
    assert main(["--catalogue", str(target), "bundle", "import", str(tmp_path / "b")]) == 2
    err = capsys.readouterr().err
    assert "releases[0].body" in err and f"the limit is {MAX_TEXT_CHARS:,} characters" in err
    assert "is not a text" not in err
