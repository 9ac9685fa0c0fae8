"""Photo ingest on real files: library, duplicates, bad input, attaching, editing, verify."""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pressdesk.catalogue import open_catalogue
from pressdesk.catalogue.models import Photo, PhotoSlot
from pressdesk.cli.main import main
from pressdesk.core.photos import sha256_file
from pressdesk.services.history import history_of, provenance_of
from pressdesk.services.photos import ingest as ingest_module
from pressdesk.services.photos.edit import update_photo
from pressdesk.services.photos.ingest import ingest_photos
from pressdesk.services.photos.verify import verify_library
from pressdesk.services.reads.browse import show_release
from pressdesk.storage.library import PhotoLibrary
from pressdesk.storage.thumbnails import thumbnail_path
from tests.support import processes
from tests.support.catalogues import copy_template
from tests.support.photo_files import camera_jpeg
from tests.support.rows import add_release, add_slot

PHOTO_KEYS = {
    "id",
    "uid",
    "sha256",
    "original_name",
    "format",
    "width",
    "height",
    "bytes",
    "taken_at",
    "camera_make",
    "camera_model",
    "caption",
    "headline",
    "credit",
    "copyright",
    "creator",
    "source",
    "persons_shown",
    "keywords",
    "embedded",
    "releases",
    # contract additions (second round)
    "title",
    "date_created",
    "location",
    "event",
    "instructions",
    "usage_terms",
    "web_statement",
    "caption_writer",
    "job_id",
    "alt_text",
    "captions",
}


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    camera_jpeg(
        folder / "peres_putin.jpg",
        caption="President Peres meets with Russian President Putin in Moscow",
        credit="GPO",
        copyright="GPO",
        persons=("Shimon Peres", "Vladimir Putin"),
        seed=1,
    )
    camera_jpeg(
        folder / "lavrov.jpg",
        caption="Russian Foreign Minister Sergey Lavrov",
        credit="GPO/Amos Ben Gershom",
        copyright="GPO",
        seed=2,
    )
    camera_jpeg(folder / "hebrew.jpg", caption="הנשיא שמעון פרס במוסקבה", credit='לע"מ', seed=3)
    return folder


def _library_files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file() and ".incoming" not in p.parts}


def test_ingest_stores_reads_and_thumbnails(cat, shots: Path) -> None:
    originals = {p.name: sha256_file(p) for p in shots.iterdir()}
    result = ingest_photos(cat, [shots])
    assert [p.original_name for p in result.added] == [
        "hebrew.jpg",
        "lavrov.jpg",
        "peres_putin.jpg",
    ]
    assert result.duplicates == [] and result.errors == []
    peres = result.added[2]
    assert set(peres.to_json()) == PHOTO_KEYS
    assert peres.caption == "President Peres meets with Russian President Putin in Moscow"
    assert (peres.credit, peres.copyright) == ("GPO", "GPO")
    assert peres.persons_shown == ("Shimon Peres", "Vladimir Putin")
    assert peres.embedded["persons_shown"] == ["Shimon Peres", "Vladimir Putin"]
    assert (peres.width, peres.height, peres.format) == (640, 480, "JPEG")
    assert result.added[0].caption == "הנשיא שמעון פרס במוסקבה"
    library = PhotoLibrary(cat.library)
    for photo in result.added:
        stored = library.path_for(photo.sha256, photo.format)
        assert stored.exists() and sha256_file(stored) == photo.sha256
        assert not stored.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
        assert thumbnail_path(photo.sha256).exists()
    # originals untouched, nothing left half-written
    assert {p.name: sha256_file(p) for p in shots.iterdir()} == originals
    assert list(library.incoming.glob("*")) == []
    with cat.read() as s:
        prov = provenance_of(s, "photo", __import__("uuid").UUID(peres.uid))
        assert prov["caption"] == "file" and prov["credit"] == "file"


def test_same_bytes_twice_is_one_photo(cat, shots: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy_of_lavrov.jpg"
    shutil.copy(shots / "lavrov.jpg", copy)
    first = ingest_photos(cat, [shots / "lavrov.jpg", copy])
    assert len(first.added) == 1 and len(first.duplicates) == 1
    assert first.duplicates[0].id == first.added[0].id
    again = ingest_photos(cat, [shots])
    assert [p.original_name for p in again.added] == ["hebrew.jpg", "peres_putin.jpg"]
    assert [p.id for p in again.duplicates] == [first.added[0].id]
    with cat.read() as s:
        assert s.scalar(select(func.count()).select_from(Photo)) == 3
    assert len(_library_files(cat.library)) == 3


def test_records_read_in_chunks_at_the_end(
    cat, shots: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The added and duplicate records, read once the files are done in chunks of ids, are
    every file's, in input order, with what the files say (a chunk of 2 ids over 4 files)."""
    monkeypatch.setattr(ingest_module, "RECORDS_AT_ONCE", 2)
    copy = tmp_path / "zz_copy_of_hebrew.jpg"
    shutil.copy(shots / "hebrew.jpg", copy)
    result = ingest_photos(cat, [shots, copy])
    assert [p.original_name for p in result.added] == [
        "hebrew.jpg",
        "lavrov.jpg",
        "peres_putin.jpg",
    ]
    assert [p.id for p in result.duplicates] == [result.added[0].id]
    assert result.added[1].credit == "GPO/Amos Ben Gershom"
    assert result.added[2].persons_shown == ("Shimon Peres", "Vladimir Putin")
    assert len({p.id for p in result.added}) == 3


def test_bad_files_are_named_and_the_rest_go_in(cat, shots: Path) -> None:
    (shots / "empty.jpg").write_bytes(b"")
    (shots / "notes.jpg").write_text("this is not an image")
    good = (shots / "lavrov.jpg").read_bytes()
    (shots / "cut.jpg").write_bytes(good[: len(good) // 2])
    result = ingest_photos(cat, [shots, shots / "missing.jpg"])
    assert len(result.added) == 3
    failed = {Path(e.path).name: e.error for e in result.errors}
    assert set(failed) == {"empty.jpg", "notes.jpg", "cut.jpg", "missing.jpg"}
    for name, message in failed.items():
        assert name in message and "Traceback" not in message
    assert len(_library_files(cat.library)) == 3
    assert list(PhotoLibrary(cat.library).incoming.glob("*")) == []


def test_corpus_ingest(cat, corpus: Path) -> None:
    result = ingest_photos(cat, [corpus / "photos"])
    expected = json.loads((corpus / "photos" / "expected.json").read_text())
    failed = {Path(e.path).name for e in result.errors}
    assert failed <= {name for name, v in expected.items() if v["is_corrupt"]}
    assert len(result.added) + len(failed) == len(expected)
    by_name = {p.original_name: p for p in result.added}
    for name, photo in by_name.items():
        exp = expected[name]
        assert photo.caption == exp["caption"], name
        assert photo.credit == exp["credit_line"], name
        assert photo.copyright == exp["copyright"], name
        assert list(photo.creator) == (exp["creator"] or []), name
        assert list(photo.keywords) == (exp["keywords"] or []), name


def test_attach_fills_empty_slots_by_caption_then_appends(cat, shots: Path) -> None:
    with cat.write() as s:
        r = add_release(s, headline="Peres in Moscow")
        add_slot(
            s,
            r,
            0,
            None,
            caption="Russian Foreign Minister Sergey Lavrov meets Peres",
            credit="GPO",
        )
        add_slot(
            s,
            r,
            1,
            None,
            caption="President Peres meets with Russian President Putin in Moscow",
            credit="GPO",
            copyright="GPO",
        )
        rid = r.id
    result = ingest_photos(
        cat,
        [shots / "peres_putin.jpg", shots / "lavrov.jpg", shots / "hebrew.jpg"],
        release=str(rid),
    )
    ids = {p.original_name: p.id for p in result.added}
    with cat.read() as s:
        slots = s.execute(
            select(PhotoSlot.position, PhotoSlot.photo_id)
            .where(PhotoSlot.release_id == rid)
            .order_by(PhotoSlot.position)
        ).all()
    assert slots == [(0, ids["lavrov.jpg"]), (1, ids["peres_putin.jpg"]), (2, ids["hebrew.jpg"])]
    assert all(rid in p.releases for p in result.added)


def test_edits_keep_history_and_survive_reingest(cat, shots: Path) -> None:
    photo = ingest_photos(cat, [shots / "lavrov.jpg"]).added[0]
    edited = update_photo(
        cat,
        photo.id,
        fields={"credit": "Amos Ben Gershom/GPO"},
        persons_shown=["Sergey Lavrov"],
        actor="ann",
    ).value
    assert edited.credit == "Amos Ben Gershom/GPO" and edited.persons_shown == ("Sergey Lavrov",)
    assert edited.embedded["credit"] == "GPO/Amos Ben Gershom"  # what the file says stays
    again = ingest_photos(cat, [shots / "lavrov.jpg"])
    assert again.duplicates[0].credit == "Amos Ben Gershom/GPO"
    with cat.read() as s:
        changes = history_of(s, "photo", __import__("uuid").UUID(photo.uid))
        assert [(c.field, c.old_value, c.new_value, c.actor) for c in changes] == [
            ("credit", "GPO/Amos Ben Gershom", "Amos Ben Gershom/GPO", "ann"),
            ("persons_shown", [], ["Sergey Lavrov"], "ann"),
        ]
        assert provenance_of(s, "photo", __import__("uuid").UUID(photo.uid))["credit"] == "user"


def test_conflicting_photo_edit_is_refused(cat, shots: Path) -> None:
    from pressdesk.services.errors import ConflictError

    photo = ingest_photos(cat, [shots / "lavrov.jpg"]).added[0]
    update_photo(cat, photo.id, fields={"caption": "Ann's caption"}, expected_version=1)
    with pytest.raises(ConflictError, match="changed by someone else"):
        update_photo(cat, photo.id, fields={"caption": "Bob's caption"}, expected_version=1)
    assert update_photo(cat, photo.id).value.caption == "Ann's caption"


def test_verify_finds_missing_and_changed(cat, shots: Path) -> None:
    added = ingest_photos(cat, [shots]).added
    assert verify_library(cat).to_json() == {
        "checked": 3,
        "missing": [],
        "changed": [],
        "orphans": [],
    }
    library = PhotoLibrary(cat.library)
    gone = library.path_for(added[0].sha256, "JPEG")
    gone.unlink()
    damaged = library.path_for(added[1].sha256, "JPEG")
    damaged.chmod(0o644)
    with damaged.open("ab") as fh:
        fh.write(b"x")
    result = verify_library(cat)
    assert [m["photo_id"] for m in result.missing] == [added[0].id]
    assert [c["photo_id"] for c in result.changed] == [added[1].id]
    # ingesting the original again restores the missing copy
    ingest_photos(cat, [shots / added[0].original_name])
    assert [m["photo_id"] for m in verify_library(cat).missing] == []


def test_cli_photo_commands(tmp_path: Path, shots: Path, capsys) -> None:
    cat_path = str(tmp_path / "c.sqlite")
    assert main(["--catalogue", cat_path, "photo", "add", str(shots), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"added", "duplicates", "errors", "skipped"} and len(out["added"]) == 3
    pid = out["added"][0]["id"]
    assert (
        main(
            [
                "--catalogue",
                cat_path,
                "photo",
                "set",
                str(pid),
                "--caption",
                "New",
                "--person",
                "A B",
                "--person",
                "C D",
                "--creator",
                "X Y",
                "--json",
            ]
        )
        == 0
    )
    rec = json.loads(capsys.readouterr().out)
    assert (rec["caption"], rec["persons_shown"], rec["creator"]) == (
        "New",
        ["A B", "C D"],
        ["X Y"],
    )
    assert main(["--catalogue", cat_path, "photo", "show", str(pid), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["caption"] == "New"
    assert main(["--catalogue", cat_path, "verify", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["checked"] == 3
    (shots / "bad.jpg").write_text("nope")
    assert main(["--catalogue", cat_path, "photo", "add", str(shots / "bad.jpg")]) == 2
    assert main(["--catalogue", cat_path, "photo", "add", str(shots)]) == 1
    err = capsys.readouterr().err
    assert "bad.jpg" in err and "Traceback" not in err
    lib = tmp_path / "c-photos"
    victim = next(p for p in lib.rglob("*.jpg"))
    victim.chmod(0o644)
    victim.write_bytes(b"changed")
    assert main(["--catalogue", cat_path, "verify"]) == 1
    assert main(["--catalogue", cat_path, "photo", "show", "9999"]) == 2


@pytest.mark.slow
def test_killed_ingest_leaves_a_consistent_catalogue(tmp_path: Path) -> None:
    """Kill the CLI mid-batch: every record has its file, and a re-run finishes the job."""
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(160):
        camera_jpeg(
            folder / f"p{n:03}.jpg", caption=f"Photo {n}", credit="GPO", size=(1200, 900), seed=n
        )
    cat_path = tmp_path / "c.sqlite"
    copy_template(cat_path)
    # (the command line commits every 256 files or 5 s: batches of 8 here, so that some
    # are committed when the process is killed however fast the machine)
    small = "import pressdesk.services.photos.ingest as i; i.UNWATCHED_BATCH_SIZE = 8"
    args = ["--catalogue", str(cat_path), "photo", "add", str(folder)]
    proc = processes.start(args, prelude=small)

    def some_committed() -> bool:  # asked with the ingest frozen mid-way
        cat = open_catalogue(cat_path)
        with cat.read() as s:
            count = s.scalar(select(func.count()).select_from(Photo)) or 0
        cat.close()
        return count > 0

    processes.kill_at(proc, lambda done, total: done >= 40 and done < total, some_committed)
    cat = open_catalogue(cat_path)
    library = PhotoLibrary(cat.library)
    with cat.read() as s:
        rows = s.execute(select(Photo.sha256, Photo.format)).all()
    assert 0 < len(rows) < 160
    for sha, fmt in rows:  # no record without its file
        assert sha256_file(library.path_for(sha, fmt)) == sha
    cat.close()

    assert main(["--catalogue", str(cat_path), "photo", "add", str(folder)]) == 0
    cat = open_catalogue(cat_path)
    with cat.read() as s:
        shas = set(s.scalars(select(Photo.sha256)))
    assert len(shas) == 160
    assert {p.stem for p in _library_files(library.root)} == shas  # no orphan file
    assert list(library.incoming.glob("*")) == []  # no temporary leftovers
    assert not verify_library(cat).damaged
    cat.close()


def test_appended_slots_get_new_positions(cat, shots: Path) -> None:
    with cat.write() as s:
        r = add_release(s, headline="One slot")
        add_slot(s, r, 0, None, caption="Unrelated published caption", credit="GPO")
        rid = r.id
    ingest_photos(cat, sorted(shots.iterdir()), release=str(rid))
    with cat.read() as s:
        positions = list(
            s.scalars(
                select(PhotoSlot.position)
                .where(PhotoSlot.release_id == rid)
                .order_by(PhotoSlot.position)
            )
        )
    assert positions == [0, 1, 2]


def test_photos_for_a_release_are_added_and_attached_together(
    cat, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each batch's photos are stored and attached in one transaction (a crash between the
    two cannot leave photos added but not attached), and the slots follow the input order
    however the workers finish."""
    from pressdesk.services.jobs import JobContext
    from pressdesk.services.photos import ingest

    monkeypatch.setattr(ingest, "BATCH_SIZE", 2)
    with cat.write() as s:
        rid = add_release(s, headline="Six photos").id
    files = [camera_jpeg(tmp_path / f"p{n}.jpg", caption=f"Photo {n}", seed=n) for n in range(6)]
    seen: list[tuple[int, int]] = []

    def committed(_changes: object) -> None:  # after each batch's commit
        with cat.read() as s:
            photos = s.scalar(select(func.count()).select_from(Photo)) or 0
            attached = s.scalar(
                select(func.count()).select_from(PhotoSlot).where(PhotoSlot.photo_id.is_not(None))
            )
        seen.append((photos, attached or 0))

    result = ingest_photos(cat, files, release=rid, ctx=JobContext(on_committed=committed))
    assert seen and all(photos == attached for photos, attached in seen)
    slots = show_release(cat, rid).photos
    assert [s.photo_id for s in slots] == [p.id for p in result.added]
    assert [p.original_name for p in result.added] == [f.name for f in files]
