"""The photo desk fields through the catalogue: read at ingest with provenance, edited with
``photo set`` (flags from the schema) and history, searched, taken from the release when a
photo has none, exported into the copies and carried through a bundle."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from pressdesk.catalogue.models import Provenance
from pressdesk.cli.main import main
from pressdesk.core.photos import read_photo
from pressdesk.services.bundles.export import export_bundle
from pressdesk.services.bundles.import_ import import_bundle
from pressdesk.services.errors import InvalidInputError
from pressdesk.services.photos.edit import update_photo
from pressdesk.services.photos.ingest import ingest_photos
from pressdesk.services.reads.browse import search, show_photo
from pressdesk.services.reads.history import history
from pressdesk.services.releases.import_ import import_release_files
from tests.support import photo_builders as pb
from tests.support.catalogues import new_catalogue

SEED = Path(__file__).resolve().parents[1] / "data" / "releases" / "seed-peres-putin.txt"


def _jpeg(path: Path, *segments: bytes) -> Path:
    return pb.write(path, pb.jpeg_with(*segments, size=(96, 64)))


def test_ingest_reads_the_new_fields_with_provenance(cat, tmp_path: Path) -> None:
    xmp = pb.xmp_packet(
        pb.alt("dc:title", "Peres–Putin")
        + "<photoshop:City>Moscow</photoshop:City>"
        + '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Peres and Putin</rdf:li>'
        + '<rdf:li xml:lang="he">פרס ופוטין</rdf:li></rdf:Alt></dc:description>'
        + "<photoshop:DateCreated>2012-11-08</photoshop:DateCreated>"
    )
    path = _jpeg(tmp_path / "in.jpg", pb.app1_xmp(xmp))
    (photo,) = ingest_photos(cat, [path]).added
    data = photo.to_json()
    assert data["title"] == "Peres–Putin" and data["date_created"] == "2012-11-08"
    assert data["location"]["city"] == "Moscow" and data["location"]["country"] is None
    assert data["captions"] == {"he": "פרס ופוטין"} and data["caption"] == "Peres and Putin"
    assert data["embedded"]["title"] == "Peres–Putin"
    with cat.read() as s:
        rows = s.execute(
            select(Provenance.field, Provenance.source).where(Provenance.entity == "photo")
        ).all()
        notes = {field: source for field, source in rows}
    assert notes["title"] == notes["city"] == notes["captions"] == "file"
    assert "event" not in notes  # nothing read, nothing noted
    found = search(cat, "Moscow").photos
    assert [p.id for p in found] == [photo.id]
    assert [p.id for p in search(cat, "ופוטין").photos] == [photo.id]


def test_photo_set_flags_come_from_the_schema(
    cat, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (photo,) = ingest_photos(cat, [_jpeg(tmp_path / "a.jpg")]).added
    target = (
        cat.url.render_as_string(hide_password=False)
        if cat.sqlite_path is None
        else str(cat.sqlite_path)
    )
    argv = ["--catalogue", target, "--json", "photo", "set", str(photo.id)]
    argv += ["--title", "Handshake", "--date-created", "2012-11-08T14:30:00+04:00"]
    argv += ["--sublocation", "Kremlin", "--city", "Москва", "--country-code", "ru"]
    argv += ["--event", "State visit", "--instructions", "Embargo 18:00"]
    argv += ["--usage-terms", "Editorial use", "--web-statement", "https://gpo.gov.il/r"]
    argv += ["--caption-writer", "Desk", "--alt-text", "Two men shake hands"]
    argv += ["--caption-in", "he", "לחיצת יד", "--caption-in", "en", "Handshake"]
    argv += ["--creator", "Amos Ben Gershom", "--creator", "Moshe Milner"]
    assert main(argv) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["title"] == "Handshake" and out["date_created"] == "2012-11-08T14:30:00+04:00"
    assert out["location"] == {
        "sublocation": "Kremlin",
        "city": "Москва",
        "state": None,
        "country": None,
        "country_code": "RU",
    }
    assert out["captions"] == {"he": "לחיצת יד", "en": "Handshake"}
    assert out["creator"] == ["Amos Ben Gershom", "Moshe Milner"]  # every creator
    assert (out["event"], out["instructions"], out["caption_writer"]) == (
        "State visit",
        "Embargo 18:00",
        "Desk",
    )
    assert main([*argv[:6], "--caption-in", "en", ""]) == 0  # one language cleared
    assert json.loads(capsys.readouterr().out)["captions"] == {"he": "לחיצת יד"}
    changes = {e.field: e for e in history(cat, "photo", photo.id)}
    assert changes["city"].new == "Москва" and changes["city"].source == "user"


def test_a_date_that_is_not_iso_is_refused(cat, tmp_path: Path) -> None:
    (photo,) = ingest_photos(cat, [_jpeg(tmp_path / "a.jpg")]).added
    with pytest.raises(InvalidInputError, match="YYYY-MM-DD"):
        update_photo(cat, photo.id, fields={"date_created": "8 Nov 2012"})


def test_a_photo_without_date_or_place_takes_the_release_s(cat, tmp_path: Path) -> None:
    release = import_release_files(cat, [SEED]).imported[0].release
    own = pb.xmp_packet(
        "<photoshop:DateCreated>2012-11-07</photoshop:DateCreated>"
        "<photoshop:City>Sochi</photoshop:City>"
    )
    bare, dated = _jpeg(tmp_path / "bare.jpg"), _jpeg(tmp_path / "own.jpg", pb.app1_xmp(own))
    result = ingest_photos(cat, [bare, dated], release=release.id)
    first, second = (show_photo(cat, p.id) for p in result.added)
    assert (first.date_created, first.city, first.country_code) == ("2012-11-08", "Moscow", "RU")
    assert first.country == "Russia"  # the country's name in the release's language (CLDR)
    assert (second.date_created, second.city) == ("2012-11-07", "Sochi")  # its own stay
    entries = {e.field: e for e in history(cat, "photo", first.id)}
    assert entries["date_created"].source == "release"
    with cat.read() as s:
        source = s.scalar(
            select(Provenance.source).where(
                Provenance.field == "city", Provenance.entity_uid == _uid(first.uid)
            )
        )
    assert source == "release"


def _uid(text: str):  # type: ignore[no-untyped-def]
    import uuid

    return uuid.UUID(text)


def test_new_fields_go_into_the_copies_and_through_a_bundle(sqlite_cat, tmp_path: Path) -> None:
    cat = sqlite_cat
    release = import_release_files(cat, [SEED]).imported[0].release
    (photo,) = ingest_photos(cat, [_jpeg(tmp_path / "a.jpg")], release=release.id).added
    update_photo(
        cat,
        photo.id,
        fields={"title": "כותרת", "event": "Визит", "captions": {"he": "כיתוב", "en": "Caption"}},
    )
    out = tmp_path / "bundle"
    export_bundle(cat, [release.id], out)
    entry = json.loads((out / "data" / "catalogue.json").read_text("utf-8"))["photos"][0]
    assert entry["title"] == "כותרת" and entry["location"]["city"] == "Moscow"
    copy = read_photo(out / "data" / entry["file"]).metadata
    assert (copy.title, copy.event, copy.city, copy.date_created) == (
        "כותרת",
        "Визит",
        "Moscow",
        "2012-11-08",
    )
    assert copy.captions == {"he": "כיתוב", "en": "Caption"}
    page = (out / "data" / "index.html").read_text("utf-8")
    assert "כותרת" in page and "Moscow" in page
    other = new_catalogue(tmp_path / "other.sqlite")
    try:
        import_bundle(other, out)
        (imported,) = search(other, "כותרת").photos
        assert imported.captions == {"he": "כיתוב", "en": "Caption"}
        assert (imported.event, imported.city) == ("Визит", "Moscow")
    finally:
        other.close()
