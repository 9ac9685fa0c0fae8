"""The writers over hostile input: each malicious or damaged file gives a copy (whose
metadata our reader reads, or which was unreadable before too) or one clear PhotoWriteError,
quickly; never another exception, never an entity expanded into the copy, never a changed
original."""

from __future__ import annotations

import contextlib
import random
import struct
import zlib
from pathlib import Path

import pytest
from tests.core.photos.test_photos_hostile import (
    BILLION_LAUGHS,
    _fuzz_seeds,
    _xmp_attack_file,
    mutated,
)
from tests.core.photos.test_writers import HEBREW
from tests.support import photo_builders as pb

from pressdesk.core.photos import PhotoReadError, read_photo, sha256_file
from pressdesk.core.photos.fields import FieldValues
from pressdesk.core.photos.writer import PhotoWriteError, copy_pieces

VALUES = FieldValues(HEBREW)


def _write(path: Path, tmp_path: Path) -> bytes | None:
    """The copy of ``path`` (None when refused with a clear PhotoWriteError)."""
    before = sha256_file(path)
    try:
        pieces, _sidecar = copy_pieces(path.read_bytes(), VALUES, path.name)
    except PhotoWriteError as exc:
        message = str(exc)
        assert path.name in message and "\n" not in message and message.endswith(".")
        return None
    finally:
        assert sha256_file(path) == before
    return b"".join(bytes(p) for p in pieces)


def _hostile_files(tmp_path: Path) -> list[Path]:
    deep = "<a:b xmlns:a='urn:a'>" + "<a:b>" * 100_000 + "</a:b>" * 100_001
    bomb = zlib.compress(b" " * (40 << 20), 9)
    bogus_iim = pb.dataset(1, 90, pb.UTF8_MARKER) + pb.dataset(2, 120, "Caption")
    bogus_iim += bytes([0x1C, 2, 105]) + struct.pack(">H", 0x7000) + b"Headline"
    bogus_ext = pb.dataset(2, 110, "GPO") + bytes([0x1C, 2, 120, 0x80, 0x09]) + b"\xff" * 9
    xxe = '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    built = {
        "deep.png": pb.png_with(
            pb.itxt("XML:com.adobe.xmp", pb.xmp_packet(f"<dc:coverage>{deep}</dc:coverage>"))
        ),
        "zbomb.png": pb.png_with(
            pb.png_chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x01\x00\x00\x00" + bomb)
        ),
        "iim.jpg": pb.jpeg_with(pb.app13(pb.irb_with_iim(bogus_iim))),
        "iim2.jpg": pb.jpeg_with(pb.app13(pb.irb_with_iim(bogus_ext) + b"JUNK" * 4)),
        "notwellformed.jpg": pb.jpeg_with(
            pb.app1_xmp("<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF")
        ),
        "empty.jpg": b"",
        "text.jpg": b"not an image at all\n" * 10,
    }
    paths = [pb.write(tmp_path / name, data) for name, data in built.items()]
    (tmp_path / "laughs").mkdir()
    (tmp_path / "xxe").mkdir()
    paths.append(_xmp_attack_file(tmp_path / "laughs", BILLION_LAUGHS, "&lol9;"))
    paths.append(_xmp_attack_file(tmp_path / "xxe", xxe, "&xxe;"))
    return paths


def test_writers_over_hostile_files(tmp_path: Path) -> None:
    written = 0
    for path in _hostile_files(tmp_path):
        copy = _write(path, tmp_path)
        if copy is None:
            continue
        written += 1
        assert b"root:" not in copy and b"lollollol" not in copy  # no entity expanded
        out = pb.write(tmp_path / f"copy-{path.parent.name}-{path.name}", copy)
        try:
            meta = read_photo(out).metadata
        except PhotoReadError:
            with pytest.raises(PhotoReadError):
                read_photo(path)  # only an unreadable file may give an unreadable copy
            continue
        assert meta.caption == HEBREW["caption"], path.name
    assert written >= 5  # the damaged but usable files get copies carrying the catalogue's


@pytest.mark.filterwarnings("ignore")
def test_writers_over_mutated_files(tmp_path: Path) -> None:
    """Random byte flips, cuts and insertions in real and built files (as the reader's
    fuzz test): a copy or a PhotoWriteError, nothing else."""
    rng = random.Random(20261203)
    seeds = _fuzz_seeds(tmp_path)
    suffixes = [".jpg", ".png", ".webp", ".tif", ".jpg", ".png"]
    outcomes = {"copy": 0, "refused": 0}
    for i in range(160):
        k = rng.randrange(len(seeds))
        path = pb.write(tmp_path / f"m{i}{suffixes[k]}", mutated(rng, seeds[k]))
        copy = _write(path, tmp_path)
        outcomes["copy" if copy is not None else "refused"] += 1
        if copy is not None:
            out = pb.write(tmp_path / f"c{i}{suffixes[k]}", copy)
            with contextlib.suppress(PhotoReadError):  # (any other exception fails)
                read_photo(out)
    assert outcomes["copy"] > 0 and outcomes["refused"] > 0, outcomes
