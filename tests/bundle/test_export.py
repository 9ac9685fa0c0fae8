"""Exporting bundles: BagIt-valid, self-contained page, originals untouched, atomic."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import bagit
import pytest

from pressdesk.cli.main import main
from pressdesk.core.photos import read_photo
from pressdesk.services.bundles.export import export_bundle
from pressdesk.services.errors import InvalidInputError, NotFoundError
from pressdesk.services.jobs import Cancelled, JobContext
from pressdesk.services.photos.edit import update_photo
from pressdesk.services.photos.ingest import ingest_photos
from tests.support import processes
from tests.support.bundles import HEBREW, Source, jpeg_series, library_checksums, make_source
from tests.support.catalogues import new_catalogue
from tests.support.rows import add_release, add_slot


@pytest.fixture
def source(tmp_path: Path) -> Source:
    return make_source(tmp_path / "src")


def test_folder_bundle_is_a_valid_bag_with_everything(source: Source, tmp_path: Path) -> None:
    before = library_checksums(source.library)
    out = tmp_path / "review"
    result = export_bundle(source.cat, [source.release_id], out)
    data = result.to_json()
    assert data == {
        "path": str(out),
        "photos": 3,
        "bytes": result.bytes,
        "warnings": data["warnings"],
    }
    # the Hebrew and the Russian credit are over the 32 bytes of IIM Credit: said, not silent
    assert sorted(w["field"] for w in data["warnings"]) == ["credit", "credit"]
    assert all("Credit (2:110)" in w["message"] for w in data["warnings"])
    assert result.bytes == sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    bagit.Bag(str(out)).validate()  # the reference validator
    proc = subprocess.run(
        [sys.executable, "-m", "bagit", "--validate", str(out)], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    info = (out / "bag-info.txt").read_text()
    for label in ("Source-Organization:", "Bagging-Date:", "Payload-Oxum:"):
        assert label in info
    assert f"External-Identifier: {source.release_uid}" in info
    assert {p.name for p in out.iterdir()} == {
        "bagit.txt",
        "bag-info.txt",
        "manifest-sha256.txt",
        "tagmanifest-sha256.txt",
        "data",
    }
    assert library_checksums(source.library) == before  # originals never touched


def test_catalogue_json_holds_every_record(source: Source, tmp_path: Path) -> None:
    out = tmp_path / "review"
    export_bundle(source.cat, [str(source.release_uid)], out)
    data = json.loads((out / "data" / "catalogue.json").read_text(encoding="utf-8"))
    assert data["schema"] == "pressdesk-bundle/1"
    (release,) = data["releases"]
    assert release["uid"] == source.release_uid
    assert release["headline"] == "Pres Peres meets Russian President Putin in Moscow"
    assert len(release["photos"]) == 3 and len(release["participants"]) >= 5
    assert {p["uid"] for p in data["people"]} >= {p["person_uid"] for p in release["participants"]}
    hebrew = next(p for p in data["photos"] if p["caption"] == HEBREW["caption"])
    assert hebrew["credit"] == HEBREW["credit"] and hebrew["embedded"]["caption"]
    copy = out / "data" / hebrew["file"]
    assert hebrew["file_sha256"] != hebrew["sha256"]  # a copy carrying the catalogue's values
    meta = read_photo(copy).metadata
    assert (meta.caption, meta.credit, meta.job_id) == (
        HEBREW["caption"],
        HEBREW["credit"],
        source.release_uid,
    )
    assert (out / "data" / hebrew["thumbnail"]).is_file()


def test_a_photo_s_own_job_id_is_written_else_the_release_uid(
    source: Source, tmp_path: Path
) -> None:
    own = update_photo(source.cat, source.photo_ids[0], fields={"job_id": "GPO-2012-1108"})
    plain = update_photo(source.cat, source.photo_ids[1], fields={"job_id": None})
    out = tmp_path / "review"
    export_bundle(source.cat, [source.release_id], out)
    data = json.loads((out / "data" / "catalogue.json").read_text(encoding="utf-8"))
    files = {p["uid"]: p["file"] for p in data["photos"]}
    job_ids = {
        r.value.uid: read_photo(out / "data" / files[r.value.uid]).metadata.job_id
        for r in (own, plain)
    }
    assert job_ids == {own.value.uid: "GPO-2012-1108", plain.value.uid: source.release_uid}


def test_index_html_is_offline_escaped_and_bidirectional(source: Source, tmp_path: Path) -> None:
    out = tmp_path / "review"
    export_bundle(source.cat, [source.release_id], out)
    html = (out / "data" / "index.html").read_text(encoding="utf-8")
    assert "<b>&</b>" not in html and "&lt;b&gt;&amp;&lt;/b&gt;" in html
    assert "<script" not in html.lower()
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert HEBREW["caption"] in html and 'dir="auto"' in html
    for ref in re.findall(r'(?:src|href)="([^"#]+)"', html):
        assert (out / "data" / ref).is_file(), ref
    for name in ("Shimon Peres", "GPO/Amos Ben Gershom", "© GPO 2012"):
        assert name in html


def test_rtl_release_is_laid_out_right_to_left(tmp_path: Path, sqlite_cat: object) -> None:
    from pressdesk.catalogue import Catalogue

    assert isinstance(sqlite_cat, Catalogue)
    with sqlite_cat.write() as s:
        rel = add_release(s, headline="הנשיא פרס במוסקבה", language="he", body="גוף <i>ההודעה</i>")
        add_slot(s, rel, 0, None, caption="תמונה", credit='לע"מ')
        rid = rel.id
    export_bundle(sqlite_cat, [rid], tmp_path / "he")
    html = (tmp_path / "he" / "data" / "index.html").read_text(encoding="utf-8")
    assert 'lang="he" dir="rtl"' in html
    assert "&lt;i&gt;ההודעה&lt;/i&gt;" in html
    assert "No photo attached yet" in html


def test_zip_bundle_has_one_top_folder_and_validates(source: Source, tmp_path: Path) -> None:
    out = tmp_path / "review.zip"
    result = export_bundle(source.cat, [source.release_id], out, as_zip=True)
    assert result.bytes == out.stat().st_size and result.photos == 3
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        assert all(n.startswith("review/") for n in names)
        zf.extractall(tmp_path / "unzipped")
    bagit.Bag(str(tmp_path / "unzipped" / "review")).validate()


def test_refusals_leave_nothing(source: Source, tmp_path: Path) -> None:
    taken = tmp_path / "taken"
    taken.mkdir()
    with pytest.raises(InvalidInputError, match="already exists"):
        export_bundle(source.cat, [source.release_id], taken)
    with pytest.raises(NotFoundError):
        export_bundle(source.cat, ["999"], tmp_path / "x")
    with pytest.raises(InvalidInputError, match="does not exist"):
        export_bundle(source.cat, [source.release_id], tmp_path / "no" / "such" / "x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["src", "taken"]


def test_cancelled_export_leaves_nothing(source: Source, tmp_path: Path) -> None:
    calls = []

    def cancelling() -> JobContext:
        """A context that cancels its job at the first progress report."""
        ctx = JobContext(on_progress=lambda *_: (calls.append(1), ctx.cancel()))
        return ctx

    for as_zip in (False, True):
        calls.clear()
        ctx = cancelling()
        out = tmp_path / ("c.zip" if as_zip else "c")
        with pytest.raises(Cancelled):  # (cancelled once the first photo is written)
            export_bundle(source.cat, [source.release_id], out, as_zip=as_zip, ctx=ctx)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["src"]


def test_cli_export_json(
    source: Source, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cat = str(source.cat.sqlite_path)
    out = tmp_path / "cli.zip"
    assert (
        main(
            [
                "--catalogue",
                cat,
                "export",
                str(source.release_id),
                "--out",
                str(out),
                "--zip",
                "--json",
            ]
        )
        == 0
    )
    printed = json.loads(capsys.readouterr().out)
    assert set(printed) == {"path", "photos", "bytes", "warnings"}
    assert {tuple(w) for w in printed["warnings"]} == {("photo_id", "field", "message")}
    assert main(["--catalogue", cat, "export", str(source.release_id), "--out", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.parametrize("as_zip", [False, True], ids=["folder", "zip"])
def test_killed_export_leaves_nothing_at_the_target(tmp_path: Path, as_zip: bool) -> None:
    from pressdesk.catalogue import open_catalogue

    cat = new_catalogue(tmp_path / "big.sqlite")
    files = jpeg_series(tmp_path / "shots", 100)
    with cat.write() as s:
        rid = add_release(s, headline="A hundred photos").id
    ingest_photos(cat, files, release=rid)
    cat.close()
    out = tmp_path / ("big.zip" if as_zip else "big")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    proc = processes.start(
        [
            "--catalogue",
            str(tmp_path / "big.sqlite"),
            "export",
            str(rid),
            "--out",
            str(out),
            *(["--zip"] if as_zip else []),
        ],
        env=env,
    )
    processes.kill_at(proc, lambda done, total: 10 <= done < total)
    partial = list(tmp_path.glob(f".{out.name}.*.partial"))
    assert not out.exists()
    assert partial and all(p.name.startswith(".") for p in partial)
    cat = open_catalogue(tmp_path / "big.sqlite")
    result = export_bundle(cat, [rid], out, as_zip=as_zip)  # sweeps the dead export's leftovers
    cat.close()
    assert result.photos == 100 and out.exists()
    assert not list(tmp_path.glob(f".{out.name}.*.partial"))


def test_heic_photos_travel_with_an_xmp_sidecar_and_a_warning(
    tmp_path: Path, sqlite_cat: object
) -> None:
    import pillow_heif
    from PIL import Image

    from pressdesk.catalogue import Catalogue
    from pressdesk.core.photos.reconcile import from_xmp
    from pressdesk.core.photos.xmp import parse_xmp
    from pressdesk.services.bundles.import_ import import_bundle
    from pressdesk.services.photos.edit import update_photo

    assert isinstance(sqlite_cat, Catalogue)
    pillow_heif.register_heif_opener()
    heic = tmp_path / "phone.heic"
    Image.new("RGB", (64, 48), "teal").save(heic, "HEIF")
    with sqlite_cat.write() as s:
        rid = add_release(s, headline="A phone photo").id
    (photo,) = ingest_photos(sqlite_cat, [heic], release=rid).added
    update_photo(sqlite_cat, photo.id, fields={"caption": "Archive scan", "credit": "GPO"})
    out = tmp_path / "b"
    result = export_bundle(sqlite_cat, [rid], out)
    (warning,) = result.warnings
    assert warning.photo_id == photo.id and warning.field is None
    assert "phone.heic" in warning.message and "sidecar" in warning.message
    bagit.Bag(str(out)).validate()
    (entry,) = json.loads((out / "data" / "catalogue.json").read_text())["photos"]
    assert entry["warnings"] == [warning.message]
    assert "⚠" in (out / "data" / "index.html").read_text(encoding="utf-8")
    assert entry["metadata_in_file"] is False and entry["sidecar"].endswith(".xmp")
    assert entry["file_sha256"] == entry["sha256"]  # copied unchanged
    meta = from_xmp(parse_xmp((out / "data" / entry["sidecar"]).read_bytes()))
    assert (meta.caption, meta.credit) == ("Archive scan", "GPO")
    other = new_catalogue(tmp_path / "other.sqlite")
    assert [e.kind for e in import_bundle(other, out).added] == ["photo", "release"]
    other.close()


@pytest.mark.parametrize("as_zip", [False, True], ids=["folder", "zip"])
def test_a_damaged_original_is_refused_and_nothing_is_written(
    source: Source, tmp_path: Path, as_zip: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    """An original whose bytes no longer match its checksum (what 'verify' calls changed) is
    not exported: exit 1 naming the photo, nothing at --out, nothing left beside it."""
    from pressdesk.services.reads.browse import show_photo
    from pressdesk.services.reads.records import PhotoRecord
    from pressdesk.storage.library import PhotoLibrary

    photo: PhotoRecord = show_photo(source.cat, source.photo_ids[1])
    stored = PhotoLibrary(source.library).path_for(photo.sha256, photo.format)
    stored.chmod(0o644)
    data = bytearray(stored.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte: same size, still a JPEG
    stored.write_bytes(bytes(data))
    out = tmp_path / ("review.zip" if as_zip else "review")
    args = ["--catalogue", str(source.cat.sqlite_path), "export", str(source.release_id)]
    assert main([*args, "--out", str(out), *(["--zip"] if as_zip else [])]) == 1
    err = capsys.readouterr().err
    assert f"photo {photo.id} ({photo.original_name})" in err and "verify" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".review")] == []
