"""Release files saved in a legacy 8-bit encoding (issue 12, defect 4): real releases of the
corpus in Hebrew, Russian and English, written in windows-1255, ISO-8859-8, windows-1251,
KOI8-R and windows-1252, read as the same release as their UTF-8 file; bytes that cannot be
told apart are refused with one sentence naming the file. Before the fix every such file
was read as windows-1252 (Latin-1 mojibake, language "en", exit 0)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pressdesk.core.releases import ReleaseParseError, parse_release_file

RELEASES = Path(__file__).resolve().parents[2] / "data" / "releases"
HEBREW = RELEASES / "batch-2" / "he10.txt"
RUSSIAN = RELEASES / "batch-2" / "ru03.txt"
ENGLISH = RELEASES / "seed-peres-putin.txt"


def _english_with_accents() -> str:
    text = ENGLISH.read_text(encoding="utf-8")
    return text.replace("Moscow", "Moscow’s café “Zürich” — Kremlin", 1)


CASES = [
    (HEBREW.read_text(encoding="utf-8"), "cp1255", "he"),
    (HEBREW.read_text(encoding="utf-8"), "iso8859_8", "he"),
    (RUSSIAN.read_text(encoding="utf-8"), "cp1251", "ru"),
    (RUSSIAN.read_text(encoding="utf-8"), "koi8_r", "ru"),
    (_english_with_accents(), "cp1252", "en"),
]


@pytest.mark.parametrize(("text", "codec", "language"), CASES, ids=[c[1] for c in CASES])
def test_legacy_file_reads_as_its_utf8_twin(
    tmp_path: Path, text: str, codec: str, language: str
) -> None:
    utf8 = tmp_path / "utf8.txt"
    utf8.write_text(text, encoding="utf-8")
    legacy = tmp_path / f"{codec}.txt"
    legacy.write_bytes(text.encode(codec))
    expected = parse_release_file(utf8)
    got = parse_release_file(legacy)
    assert got.language == language == expected.language
    assert got == expected


@pytest.mark.parametrize(
    "content",
    [
        bytes(range(0xC0, 0xFF)) + b"\n",  # every upper letter in a row: no script's words
        "שלום עולם".encode("cp1255") + b" " + "Привет мир".encode("cp1251"),  # two at once
    ],
)
def test_undecidable_bytes_are_refused_naming_the_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "old-page.txt"
    path.write_bytes(content)
    with pytest.raises(ReleaseParseError) as info:
        parse_release_file(path)
    message = str(info.value)
    assert "old-page.txt" in message and "save it as UTF-8" in message


def test_command_imports_a_windows_1255_release_and_refuses_an_undecidable_one(
    tmp_path: Path,
) -> None:
    """The user's view: ``pressdesk release import`` as a whole process."""
    hebrew = tmp_path / "hebrew.txt"
    hebrew.write_bytes(HEBREW.read_text(encoding="utf-8").encode("cp1255"))
    noise = tmp_path / "noise.txt"
    noise.write_bytes(bytes(range(0xC0, 0xFF)) + b"\n")
    command = [sys.executable, "-m", "pressdesk", "--catalogue", str(tmp_path / "c.db")]
    done = subprocess.run(
        [*command, "--json", "release", "import", str(hebrew)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    (release,) = json.loads(done.stdout)
    assert release["language"] == "he"
    assert "יולי אדלשטיין" in [p["name"] for p in release["participants"]]
    refused = subprocess.run(
        [*command, "release", "import", str(noise)], capture_output=True, text=True, timeout=600
    )
    assert refused.returncode == 2
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and "noise.txt" in lines[0] and "encoding" in lines[0]
    assert "Traceback" not in refused.stderr
