"""The photo writer: IIM + XMP + EXIF written into copies, read back by ExifTool and by us."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from pressdesk.core.photos import read_photo, sha256_file
from pressdesk.core.photos.writer import (
    WriteValues,
    build_iim,
    fit_utf8,
    write_photo_copy,
)
from tests.support.bundles import ENGLISH, HEBREW, RUSSIAN
from tests.support.photo_builders import (
    alt,
    app1_exif,
    app1_xmp,
    app13,
    exif_tiff,
    iim,
    irb_with_iim,
    jpeg_with,
    xmp_packet,
)
from tests.support.photo_files import camera_jpeg

JOB = "3f2a1c8e-5b7d-4e2a-9c1f-0a1b2c3d4e5f"
needs_exiftool = pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool missing")


def values_of(fields: dict[str, Any]) -> WriteValues:
    return WriteValues(
        caption=fields["caption"],
        headline=fields["headline"],
        credit=fields["credit"],
        copyright=fields["copyright"],
        creator=tuple(fields["creator"]),
        source=fields["source"],
        persons_shown=tuple(fields["persons"]),
        keywords=tuple(fields["keywords"]),
        job_id=JOB,
    )


def exiftool(path: Path) -> dict[str, Any]:
    out = subprocess.run(
        ["exiftool", "-json", "-G1", "-a", "-charset", "iptc=UTF8", str(path)],
        capture_output=True,
        check=True,
    )
    return dict(json.loads(out.stdout.decode("utf-8"))[0])


def as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def expected_tags(v: WriteValues) -> dict[str, Any]:
    """What ExifTool must report for a copy written with ``v``."""
    assert v.caption and v.headline and v.credit and v.copyright and v.source
    return {
        "XMP-dc:Description": v.caption,
        "XMP-dc:Rights": v.copyright,
        "XMP-dc:Creator": list(v.creator),
        "XMP-dc:Subject": list(v.keywords),
        "XMP-photoshop:Headline": v.headline,
        "XMP-photoshop:Credit": v.credit,
        "XMP-photoshop:Source": v.source,
        "XMP-photoshop:TransmissionReference": JOB,
        "XMP-iptcExt:PersonInImage": list(v.persons_shown),
        "IPTC:CodedCharacterSet": "UTF8",
        "IPTC:Caption-Abstract": fit_utf8(v.caption, 2000).decode(),
        "IPTC:Headline": fit_utf8(v.headline, 256).decode(),
        "IPTC:Credit": fit_utf8(v.credit, 32).decode(),
        "IPTC:CopyrightNotice": fit_utf8(v.copyright, 128).decode(),
        "IPTC:Source": fit_utf8(v.source, 32).decode(),
        "IPTC:By-line": [fit_utf8(c, 32).decode() for c in v.creator],
        "IPTC:Keywords": [fit_utf8(k, 64).decode() for k in v.keywords],
        "IPTC:OriginalTransmissionReference": JOB.replace("-", ""),
    }


def test_fit_utf8_cuts_at_a_character_boundary() -> None:
    assert fit_utf8("GPO", 32) == b"GPO"
    hebrew = "א" * 20  # 40 bytes
    cut = fit_utf8(hebrew, 31)
    assert cut == ("א" * 15).encode()
    assert fit_utf8("a" + "é" * 20, 4) == "aé".encode()


def test_iim_respects_byte_limits_and_marks_utf8() -> None:
    block = build_iim(WriteValues(caption="c" * 3000, credit="ל" * 40, keywords=("k" * 70,)))
    assert block.startswith(b"\x1c\x01\x5a\x00\x03\x1b%G")
    assert b"c" * 2000 in block and b"c" * 2001 not in block
    assert ("ל" * 16).encode() in block and ("ל" * 17).encode() not in block
    assert b"k" * 64 in block and b"k" * 65 not in block


@needs_exiftool
@pytest.mark.parametrize("fields", [ENGLISH, HEBREW, RUSSIAN], ids=["en", "he", "ru"])
def test_exiftool_reads_every_written_field(tmp_path: Path, fields: dict[str, Any]) -> None:
    src = camera_jpeg(
        tmp_path / "src.jpg",
        caption="Old",
        credit="Old credit",
        copyright="Old ©",
        persons=("Somebody Else",),
    )
    before = sha256_file(src)
    v = values_of(fields)
    written = write_photo_copy(src, tmp_path / "copy.jpg", v)
    assert written.embedded and written.sha256 == sha256_file(tmp_path / "copy.jpg")
    assert sha256_file(src) == before
    tags = exiftool(tmp_path / "copy.jpg")
    for key, want in expected_tags(v).items():
        got = as_list(tags.get(key)) if isinstance(want, list) else str(tags.get(key))
        assert got == want, key
    assert tags["Photoshop:IPTCDigest"] == tags["File:CurrentIPTCDigest"]
    assert "Warning" not in " ".join(tags)
    reading = read_photo(tmp_path / "copy.jpg")
    assert reading.iptc_digest == "current"
    m = reading.metadata
    assert (m.caption, m.credit, m.copyright, m.headline, m.source, m.job_id) == (
        v.caption,
        v.credit,
        v.copyright,
        v.headline,
        v.source,
        JOB,
    )
    assert (m.creator, m.persons_shown, m.keywords) == (v.creator, v.persons_shown, v.keywords)
    with Image.open(tmp_path / "copy.jpg") as img:
        img.load()  # the image data is intact


@needs_exiftool
def test_exif_text_tags_follow_and_other_metadata_is_kept(tmp_path: Path) -> None:
    exif = exif_tiff(
        {
            0x010E: "OLYMPUS DIGITAL CAMERA",
            0x013B: "Old Artist",
            0x8298: "Old copyright",
            0x010F: "Canon",
        }
    )
    other_xmp = "<xmp:Rating>4</xmp:Rating>" + alt("dc:description", "Old caption")
    extra_ns = 'xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
    # 2:65 Originating Program and 2:15 Category are no field of the schema: kept as they are
    iim_block = iim((120, "Old caption"), (65, "Photo Mechanic"), (15, "POL"))
    data = jpeg_with(
        app1_exif(exif), app1_xmp(xmp_packet(other_xmp, extra_ns)), app13(irb_with_iim(iim_block))
    )
    src = tmp_path / "src.jpg"
    src.write_bytes(data)
    v = values_of(ENGLISH)
    write_photo_copy(src, tmp_path / "copy.jpg", v)
    tags = exiftool(tmp_path / "copy.jpg")
    assert tags["IFD0:ImageDescription"] == v.caption
    assert tags["IFD0:Artist"] == "; ".join(v.creator)
    assert tags["IFD0:Copyright"] == v.copyright
    assert tags["IFD0:Make"] == "Canon"
    assert str(tags["XMP-xmp:Rating"]) == "4"
    assert tags["IPTC:OriginatingProgram"] == "Photo Mechanic"
    assert tags["IPTC:Category"] == "POL"
    assert tags["XMP-dc:Description"] == v.caption  # replaced, not duplicated
    assert read_photo(tmp_path / "copy.jpg").metadata.caption == v.caption


def test_legacy_iim_is_reencoded_to_utf8(tmp_path: Path) -> None:
    block = iim((65, "Tel Aviv–Yafo".encode("cp1252")), (120, b"Caf\xe9"), utf8=False)
    src = tmp_path / "src.jpg"
    src.write_bytes(jpeg_with(app13(irb_with_iim(block))))
    write_photo_copy(src, tmp_path / "copy.jpg", WriteValues(caption="Nouveau café"))
    reading = read_photo(tmp_path / "copy.jpg")
    assert reading.metadata.caption == "Nouveau café"
    iim_source = reading.source("iim")
    assert iim_source is not None and iim_source.caption == "Nouveau café"
    assert "Tel Aviv–Yafo".encode() in (tmp_path / "copy.jpg").read_bytes()


def test_other_formats_get_an_unchanged_copy_and_a_sidecar(tmp_path: Path) -> None:
    src = tmp_path / "scan.png"
    Image.new("RGB", (32, 24), "blue").save(src)
    written = write_photo_copy(src, tmp_path / "copy.png", values_of(HEBREW))
    assert not written.embedded
    assert sha256_file(tmp_path / "copy.png") == sha256_file(src)
    assert written.sidecar == tmp_path / "copy.xmp"
    from pressdesk.core.photos.reconcile import from_xmp
    from pressdesk.core.photos.xmp import parse_xmp

    meta = from_xmp(parse_xmp(written.sidecar.read_bytes()))
    assert meta.caption == HEBREW["caption"] and meta.persons_shown == tuple(HEBREW["persons"])
