"""Hostile paths given to the commands as a user gives them (issue 12, the lower items):
file names holding terminal escapes and bidi marks are printed escaped; a FIFO is named as
one (and never opened: reading it would wait for a writer); a folder walk says which files
it skipped, and a named camera RAW file is refused as the walk skips it. Each runs the real
``pressdesk`` as a process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pressdesk.core.wording import printable
from tests.support.photo_files import camera_jpeg

ESCAPE = "\x1b[2J"  # a terminal's "clear the screen"
OVERRIDE = "\u202e"  # right-to-left override: "gpj.exe" shows as "exe.jpg"


def pressdesk(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pressdesk", "--catalogue", str(tmp_path / "c.db"), *args],
        capture_output=True,
        text=True,
        timeout=600,  # a FIFO opened for reading would hang here
    )


def test_printable_escapes_controls_and_bidi_marks_only() -> None:
    assert printable(f"a{ESCAPE}b{OVERRIDE}c\n\u200f") == "a\\x1b[2Jb\\u202ec\\n\\u200f"
    assert printable("שלום Привет café a\u200db") == "שלום Привет café a\u200db"


def test_names_with_escapes_and_bidi_marks_are_printed_escaped(tmp_path: Path) -> None:
    photo = tmp_path / f"bad{ESCAPE}name{OVERRIDE}txt.jpg"
    photo.write_bytes(b"not a jpeg at all")
    release = tmp_path / f"rel\x07{OVERRIDE}.txt"
    release.write_bytes(b"")
    good = camera_jpeg(tmp_path / f"ok{OVERRIDE}gpj.jpg")
    for args in (["photo", "add", str(photo), str(good)], ["release", "import", str(release)]):
        done = pressdesk(tmp_path, *args)
        shown = done.stdout + done.stderr
        assert "\x1b" not in shown and "\x07" not in shown and OVERRIDE not in shown
        assert "\\x1b[2J" in shown or "\\x07" in shown
        assert "\\u202e" in shown
    assert "Traceback" not in shown


def test_a_fifo_is_named_as_one(tmp_path: Path) -> None:
    for name, command in (("pipe.jpg", ["photo", "add"]), ("pipe.txt", ["release", "import"])):
        fifo = tmp_path / name
        os.mkfifo(fifo)
        done = pressdesk(tmp_path, *command, str(fifo))
        assert done.returncode == 2
        assert f"{fifo} is a FIFO (named pipe), not a file." in done.stderr
        assert "does not exist" not in done.stderr
    gone = pressdesk(tmp_path, "photo", "add", str(tmp_path / "gone.jpg"))
    assert "gone.jpg does not exist." in gone.stderr


def test_folder_walk_reports_skipped_files_and_agrees_with_named_files(tmp_path: Path) -> None:
    folder = tmp_path / "shoot"
    folder.mkdir()
    camera_jpeg(folder / "a.jpg")
    camera_jpeg(folder / "raw.dng", seed=1)  # TIFF-like RAWs open as their preview only
    (folder / "b.gif").write_bytes(b"GIF89a\x01\x00\x01\x00")
    (folder / "c.psd").write_bytes(b"8BPS\x00\x01")
    (folder / "a.xmp").write_text("<x:xmpmeta xmlns:x='adobe:ns:meta/'/>")
    (folder / "e.CR2").write_bytes(b"II*\x00\x10\x00\x00\x00CR")
    os.mkfifo(folder / "pipe.jpg")

    text = pressdesk(tmp_path, "photo", "add", str(folder))
    assert text.returncode == 0, text.stderr
    assert "1 added" in text.stdout
    assert "6 files skipped: not a supported photo (a.xmp, b.gif, c.psd" in text.stderr

    again = pressdesk(tmp_path, "--json", "photo", "add", str(folder))
    result = json.loads(again.stdout)
    assert [p["original_name"] for p in result["duplicates"]] == ["a.jpg"]
    assert result["errors"] == []
    skipped = {Path(s["path"]).name: s["reason"] for s in result["skipped"]}
    assert set(skipped) == {"a.xmp", "b.gif", "c.psd", "raw.dng", "e.CR2", "pipe.jpg"}
    assert skipped["raw.dng"] == "not a supported photo (camera RAW, DNG)"

    named = pressdesk(tmp_path, "--json", "photo", "add", str(folder / "raw.dng"))
    assert named.returncode == 2
    (error,) = json.loads(named.stdout)["errors"]
    assert "is a camera RAW file (DNG), not a photo pressdesk can catalogue" in error["error"]


def test_a_bundle_member_s_hostile_name_is_printed_escaped(tmp_path: Path) -> None:
    seed = Path(__file__).resolve().parents[1] / "data" / "releases" / "seed-peres-putin.txt"
    assert pressdesk(tmp_path, "release", "import", str(seed)).returncode == 0
    assert pressdesk(tmp_path, "export", "1", "--out", str(tmp_path / "b")).returncode == 0
    (tmp_path / "b" / "data" / f"x{ESCAPE}{OVERRIDE}gpj.txt").write_bytes(b"x")
    for command in ("verify", "import"):
        done = pressdesk(tmp_path, "bundle", command, str(tmp_path / "b"))
        assert done.returncode == 1
        shown = done.stdout + done.stderr
        assert "EXTRA    data/x\\x1b[2J\\u202egpj.txt" in done.stdout
        assert "\x1b" not in shown and OVERRIDE not in shown
