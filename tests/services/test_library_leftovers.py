"""What a killed command leaves in the photo library (issue 12, the lower items), seen as a
user sees it through the real ``pressdesk`` process:

* an original moved into the library whose record never committed (a bundle import or an
  ingest killed inside its write transaction) is reported by ``verify`` as an orphan and
  removed by ``verify --repair``, and nothing a record points to is ever removed;
* the temporary files of a killed ``photo add`` are gone after the next command opens the
  catalogue, whatever that command is (the README's promise)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pressdesk.catalogue import open_catalogue
from pressdesk.paths import library_beside
from pressdesk.storage.library import PhotoLibrary
from tests.support import processes
from tests.support.bundles import jpeg_series


def pressdesk(catalogue: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pressdesk", "--catalogue", str(catalogue), *args],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_verify_reports_orphans_and_repair_removes_only_them(tmp_path: Path) -> None:
    shots = jpeg_series(tmp_path / "shots", 3, size=(64, 48))
    target = tmp_path / "c.sqlite"
    added = pressdesk(target, "--json", "photo", "add", str(shots[0]), str(shots[1]))
    assert added.returncode == 0, added.stderr
    kept = [Path(p["sha256"]) for p in json.loads(added.stdout)["added"]]
    cat = open_catalogue(target)
    assert cat.library is not None
    library = PhotoLibrary(cat.library)
    cat.close()
    # What a kill between moving a file into the library and committing its record leaves:
    # the library's own stage-and-keep, and no record.
    orphan = library.keep(library.stage(shots[2]), "JPEG")

    found = pressdesk(target, "--json", "verify")
    assert found.returncode == 1
    report = json.loads(found.stdout)
    assert (report["missing"], report["changed"]) == ([], [])
    assert [o["path"] for o in report["orphans"]] == [str(orphan)]
    assert orphan.exists()  # reported, not touched
    text = pressdesk(target, "verify")
    assert f"ORPHAN   no photo record: {orphan}" in text.stdout
    assert "'pressdesk verify --repair' removes them" in text.stdout

    repaired = pressdesk(target, "--json", "verify", "--repair")
    assert repaired.returncode == 0, repaired.stdout
    report = json.loads(repaired.stdout)
    assert [o["path"] for o in report["removed"]] == [str(orphan)] and report["orphans"] == []
    assert not orphan.exists()
    stored = {p.stem for p in library.root.glob("??/*.jpg")}
    assert stored == {str(sha) for sha in kept}  # every referenced original is still there
    clean = pressdesk(target, "verify")
    assert clean.returncode == 0 and "present and unchanged" in clean.stdout


@pytest.mark.parametrize("next_command", ["photo list", "gui --screenshot"])
def test_a_killed_photo_add_leaves_no_temporary_file_after_the_next_open(
    tmp_path: Path, next_command: str
) -> None:
    shots = jpeg_series(tmp_path / "shots", 80, size=(800, 600))
    target = tmp_path / "c.sqlite"
    pressdesk(target, "release", "list")  # the catalogue exists before the kill
    incoming = library_beside(target) / ".incoming"
    workers: set[int] = set()

    def staged_files_waiting() -> bool:  # asked with the command frozen mid-way
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
        workers.update(int(pid) for pid in children)
        return any(incoming.glob("*.tmp"))

    proc = processes.start(["--catalogue", str(target), "photo", "add", str(tmp_path / "shots")])
    processes.kill_at(proc, lambda done, total: 0 < done < total, staged_files_waiting)
    assert processes.wait_for_exit(workers) == set()  # they die with the command
    assert any(incoming.glob("*.tmp"))  # left by the kill

    args = next_command.split()  # any command, reading only, or the app
    if args[0] == "gui":
        args.append(str(tmp_path / "window.png"))
    opened = pressdesk(target, *args)
    assert opened.returncode == 0, opened.stderr
    assert list(incoming.glob("*.tmp")) == []
    assert len(shots) == 80
