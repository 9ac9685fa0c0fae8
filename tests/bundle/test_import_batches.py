"""A long bundle import commits in batches: other writers get in between, a killed import is
resumed by importing the bundle again, a writer kept out too long fails in one sentence."""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from pressdesk.catalogue import Catalogue, open_catalogue
from pressdesk.catalogue.locks import lock_file
from pressdesk.catalogue.models import BundleImport, Person, Photo, PhotoSlot, Release
from pressdesk.cli.main import main
from pressdesk.services.bundles import batches
from pressdesk.services.bundles.export import export_bundle
from pressdesk.services.bundles.import_ import import_bundle
from pressdesk.services.photos.ingest import ingest_photos
from tests.support import processes
from tests.support.bundles import SEED, jpeg_series
from tests.support.rows import add_participation, add_person, add_release

RELEASES = 330
PHOTOS = 12


@pytest.fixture(scope="module")
def big_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_big_bundle(tmp_path_factory.mktemp("big"))


def make_big_bundle(root: Path) -> Path:
    """A bundle of 330 releases, 12 photos and 30 people: more than three batches of
    records however fast the machine."""
    cat = open_catalogue(root / "source.sqlite")
    photos = ingest_photos(cat, jpeg_series(root / "shots", PHOTOS, size=(64, 48))).added
    with cat.write() as s:
        people = [add_person(s, f"Person Number{n} Testperson") for n in range(30)]
        ids = []
        for n in range(RELEASES):
            r = add_release(
                s,
                headline=f"Release number {n}",
                body=f"The body of release {n}, about the meeting.",
                event_date=dt.date(2020, 1, 1) + dt.timedelta(days=n),
            )
            add_participation(s, r, people[n % len(people)], "Minister")
            if n < PHOTOS:
                s.add(PhotoSlot(release_id=r.id, position=0, photo_id=photos[n].id, credit="GPO"))
            ids.append(r.id)
    export_bundle(cat, ids, root / "bundle")
    cat.close()
    return root / "bundle"


def _bundle_releases(cat: Catalogue) -> list[int]:
    with cat.read() as s:
        return list(s.scalars(select(Release.id).where(Release.headline.like("Release number %"))))


def _releases_in(target: Path) -> int:
    cat = open_catalogue(target)
    try:
        return len(_bundle_releases(cat))
    finally:
        cat.close()


def test_an_import_commits_in_batches(big_bundle: Path, cat: Catalogue) -> None:
    commits: list[int] = []
    event.listen(cat.engine, "commit", lambda conn: commits.append(1))
    result = import_bundle(cat, big_bundle)
    assert len(result.added) == RELEASES + PHOTOS + 30
    total = RELEASES + PHOTOS + 30
    assert len(commits) >= total // batches.BATCH_RECORDS  # never the whole bundle at once
    assert len(_bundle_releases(cat)) == RELEASES
    with cat.read() as s:
        assert s.scalar(select(func.count()).select_from(BundleImport)) == 0  # finished
    again = import_bundle(cat, big_bundle)
    assert (len(again.added), len(again.updated), len(again.skipped)) == (0, 0, total)


def test_a_writer_gets_in_between_batches(big_bundle: Path, tmp_path: Path) -> None:
    """While a bundle import runs, another command writes: it waits its turn (saying so),
    gets the catalogue between two batches, and both succeed."""
    target = tmp_path / "catalogue.sqlite"
    open_catalogue(target).close()
    importer = processes.start(["--catalogue", str(target), "bundle", "import", str(big_bundle)])
    try:
        processes.stop_at(importer, lambda done, total: True, lambda: _releases_in(target) > 0)
        # Hold the writers' queue, so that the import cannot start another batch, and let
        # a second command arrive at the queue behind us.
        with lock_file(target).open("a") as queue:
            importer.send_signal(signal.SIGCONT)
            fcntl.flock(queue, fcntl.LOCK_EX)
            writer = processes.start(["--catalogue", str(target), "release", "import", str(SEED)])
            line = processes.wait_for_line(writer, "waiting for")
            assert line.strip() == (
                f"pressdesk: waiting for {target}: another pressdesk command is writing."
            )
        _out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
        assert "Traceback" not in err
        assert importer.wait(timeout=300) == 0
    finally:
        for proc in (importer,):
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    cat = open_catalogue(target)
    with cat.read() as s:
        seed_id = s.scalar(select(Release.id).where(Release.headline.not_like("Release number %")))
    bundle_ids = _bundle_releases(cat)
    cat.close()
    assert seed_id is not None and len(bundle_ids) == RELEASES
    assert max(bundle_ids) > seed_id  # the import went on after the other command wrote


def test_a_killed_import_is_finished_by_importing_again(
    big_bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "catalogue.sqlite"
    open_catalogue(target).close()
    proc = processes.start(["--catalogue", str(target), "bundle", "import", str(big_bundle)])
    processes.kill_at(proc, lambda done, total: True, lambda: 0 < _releases_in(target) < RELEASES)
    assert main(["--catalogue", str(target), "bundle", "import", str(big_bundle), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    total = RELEASES + PHOTOS + 30
    assert out["resumed"] > 0
    assert len(out["added"]) == total  # what the killed attempt added is reported as added
    cat = open_catalogue(target)
    try:
        with cat.read() as s:
            assert s.scalar(select(func.count()).select_from(BundleImport)) == 0
            assert s.scalar(select(func.count()).select_from(Person)) >= 30
            assert s.scalar(select(func.count()).select_from(Photo)) == PHOTOS
        assert len(_bundle_releases(cat)) == RELEASES
    finally:
        cat.close()


def test_a_killed_import_is_named_by_the_next_import(
    big_bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "catalogue.sqlite"
    open_catalogue(target).close()
    proc = processes.start(["--catalogue", str(target), "bundle", "import", str(big_bundle)])
    processes.kill_at(proc, lambda done, total: True, lambda: 0 < _releases_in(target) < RELEASES)
    source = open_catalogue(tmp_path / "other.sqlite")
    from pressdesk.services.releases.import_ import import_release_files

    rid = import_release_files(source, [SEED]).imported[0].release.id
    export_bundle(source, [rid], tmp_path / "other")
    source.close()
    assert main(["--catalogue", str(target), "bundle", "import", str(tmp_path / "other")]) == 0
    err = capsys.readouterr().err
    assert f"the import of {big_bundle} stopped after" in err
    assert "import that bundle again to finish it" in err


def test_a_writer_kept_out_too_long_fails_in_one_sentence(tmp_path: Path) -> None:
    """Another program holds the write lock past the busy timeout: one sentence, exit 1,
    nothing changed; the file to import is untouched."""
    target = tmp_path / "catalogue.sqlite"
    open_catalogue(target).close()
    release = tmp_path / "release.txt"
    release.write_bytes(SEED.read_bytes())
    holder = sqlite3.connect(target, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        args = ["--catalogue", str(target), "release", "import", str(release)]
        proc = subprocess.run(
            [sys.executable, "-m", "pressdesk", *args],
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ},
        )
    finally:
        holder.rollback()
        holder.close()
    assert proc.returncode == 1
    lines = [x for x in proc.stderr.splitlines() if x.strip()]
    assert lines[-1].startswith(f"pressdesk: The catalogue {target} is busy:")
    assert "nothing was changed" in lines[-1]
    assert "Traceback" not in proc.stderr
    assert release.read_bytes() == SEED.read_bytes()
    assert _releases_in(target) == 0
