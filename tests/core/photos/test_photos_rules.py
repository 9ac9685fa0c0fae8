"""MWG reconciliation, XMP forms, IIM details and date normalisation on built files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from tests.support import photo_builders as pb

from pressdesk.core.photos import EmbeddedMetadata, read_photo, sha256_file
from pressdesk.core.photos.exif import exif_date
from pressdesk.core.photos.iim import iim_date
from pressdesk.core.photos.xmp import parse_xmp, xmp_date

XMP_FULL = pb.xmp_packet(
    pb.alt("dc:description", "XMP caption")
    + pb.alt("dc:rights", "XMP rights")
    + pb.bag("dc:creator", "XMP Creator", kind="Seq")
    + pb.bag("dc:subject", "xmp-kw")
    + "<photoshop:Headline>XMP headline</photoshop:Headline>"
    + "<photoshop:Credit>GPO / Amos Ben Gershom, Government Press Office</photoshop:Credit>"
    + "<photoshop:DateCreated>2012-11-08T14:30:00+02:00</photoshop:DateCreated>"
)
IIM_FULL = pb.iim(
    (120, "IIM caption"),
    (116, "IIM rights"),
    (80, "IIM Creator"),
    (25, "iim-kw"),
    (105, "IIM headline"),
    (110, "GPO / Amos Ben Gershom, Governm"),  # cut at 31 of 32 bytes (UTF-8 slack)
    (55, "20121107"),
    (60, "093000+0200"),
)


def _read(tmp_path: Path, *segments: bytes) -> EmbeddedMetadata:
    path = pb.write(tmp_path / "built.jpg", pb.jpeg_with(*segments))
    return read_photo(path).metadata


@pytest.mark.parametrize(
    ("digest", "winner"),
    [("current", "xmp"), (None, "xmp"), (b"\x00" * 16, "iim")],
    ids=["digest-current", "digest-missing", "digest-stale"],
)
def test_iim_versus_xmp_follows_the_digest(
    tmp_path: Path, digest: str | bytes | None, winner: str
) -> None:
    meta = _read(tmp_path, pb.app1_xmp(XMP_FULL), pb.app13(pb.irb_with_iim(IIM_FULL, digest)))
    if winner == "xmp":
        assert meta.caption == "XMP caption"
        assert meta.headline == "XMP headline"
        assert meta.keywords == ("xmp-kw",)
        assert meta.date_taken == "2012-11-08T14:30:00+02:00"
    else:
        assert meta.caption == "IIM caption"
        assert meta.headline == "IIM headline"
        assert meta.creator == ("IIM Creator",)
        assert meta.copyright == "IIM rights"
        assert meta.keywords == ("iim-kw",)
        assert meta.date_taken == "2012-11-07T09:30:00+02:00"
    # the IIM credit is the XMP credit cut at the 32-byte limit: the full text wins
    assert meta.credit == "GPO / Amos Ben Gershom, Government Press Office"


def test_stale_digest_keeps_an_iim_value_that_is_not_cut(tmp_path: Path) -> None:
    block = pb.iim((110, "GPO"))
    xmp = pb.xmp_packet("<photoshop:Credit>GPO photo desk</photoshop:Credit>")
    meta = _read(tmp_path, pb.app1_xmp(xmp), pb.app13(pb.irb_with_iim(block, b"\x01" * 16)))
    assert meta.credit == "GPO"  # shorter than the limit: not a truncation


def test_hebrew_credit_cut_at_the_byte_limit_is_recovered(tmp_path: Path) -> None:
    full = "לשכת העיתונות הממשלתית ירושלים"  # 57 bytes in UTF-8
    cut = full.encode("utf-8")[:32].decode("utf-8", "ignore")  # 16 letters = 32 bytes
    block = pb.iim((110, cut))
    xmp = pb.xmp_packet(f"<photoshop:Credit>{full}</photoshop:Credit>")
    meta = _read(tmp_path, pb.app1_xmp(xmp), pb.app13(pb.irb_with_iim(block, b"\x01" * 16)))
    assert meta.credit == full


def test_iim_alone_and_xmp_alone(tmp_path: Path) -> None:
    only_iim = _read(tmp_path, pb.app13(pb.irb_with_iim(IIM_FULL, None)))
    assert (
        only_iim.caption == "IIM caption" and only_iim.credit == "GPO / Amos Ben Gershom, Governm"
    )
    only_xmp = _read(tmp_path, pb.app1_xmp(XMP_FULL))
    assert only_xmp.caption == "XMP caption" and only_xmp.creator == ("XMP Creator",)


def test_exif_wins_for_caption_copyright_creator_when_not_blank(tmp_path: Path) -> None:
    exif = pb.exif_tiff(
        {0x010E: "EXIF caption", 0x013B: "Kobi Gideon; Haim Zach", 0x8298: "   "},
        {0x9003: "2012:11:08 10:00:00", 0x9291: "25", 0x9011: "+04:00"},
    )
    meta = _read(tmp_path, pb.app1_exif(exif), pb.app1_xmp(XMP_FULL))
    assert meta.caption == "EXIF caption"
    assert meta.creator == ("Kobi Gideon", "Haim Zach")
    assert meta.copyright == "XMP rights"  # blank EXIF copyright does not count
    assert meta.headline == "XMP headline"  # no EXIF source for headline
    assert meta.date_taken == "2012-11-08T10:00:00.25+04:00"


def test_sources_and_digest_are_reported(tmp_path: Path) -> None:
    path = pb.write(
        tmp_path / "s.jpg",
        pb.jpeg_with(pb.app1_xmp(XMP_FULL), pb.app13(pb.irb_with_iim(IIM_FULL, b"\x00" * 16))),
    )
    reading = read_photo(path)
    assert reading.iptc_digest == "stale"
    assert [name for name, _ in reading.sources] == ["iim", "xmp"]
    xmp_said = reading.source("xmp")
    assert xmp_said is not None and xmp_said.caption == "XMP caption"
    assert any("stale IPTC digest" in w for w in reading.warnings)
    as_dict = reading.metadata.as_dict()
    assert as_dict["creator"] == ["IIM Creator"] and as_dict["persons_shown"] == []


def test_job_id_source_and_caption_writer(tmp_path: Path) -> None:
    uid = "4b0c0f5e-8f0e-4a57-9d1e-3c1b6a0f9a11"
    block = pb.iim((103, uid[:32]), (115, "GPO"), (122, "archivist"))
    xmp = pb.xmp_packet(
        f"<photoshop:TransmissionReference>{uid}</photoshop:TransmissionReference>"
        "<photoshop:Source>Government Press Office</photoshop:Source>"
    )
    meta = _read(tmp_path, pb.app1_xmp(xmp), pb.app13(pb.irb_with_iim(block)))
    assert meta.job_id == uid
    assert meta.source == "Government Press Office"
    assert meta.caption_writer == "archivist"


# --------------------------------------------------------------------------- XMP forms


def test_xmp_attribute_form_alt_order_resource_and_qualified_values() -> None:
    packet = """<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF
      xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
     <rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
        photoshop:Headline="Attribute headline" photoshop:Credit="GPO"/>
     <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
        xmlns:tiff="http://ns.adobe.com/tiff/1.0/">
      <dc:description><rdf:Alt>
        <rdf:li xml:lang="he">כיתוב</rdf:li>
        <rdf:li xml:lang="x-default">Default caption</rdf:li>
      </rdf:Alt></dc:description>
      <dc:rights><rdf:Alt><rdf:li xml:lang="en">Only English</rdf:li></rdf:Alt></dc:rights>
      <dc:creator><rdf:Seq><rdf:li rdf:parseType="Resource">
        <rdf:value>Qualified Creator</rdf:value></rdf:li></rdf:Seq></dc:creator>
      <dc:subject><rdf:Bag><rdf:li>one</rdf:li><rdf:li> </rdf:li><rdf:li>two</rdf:li></rdf:Bag></dc:subject>
      <dc:source rdf:resource="http://example.com/src"/>
      <tiff:Make>Canon</tiff:Make>
     </rdf:Description></rdf:RDF></x:xmpmeta>"""
    data = parse_xmp(packet.encode())
    assert data.warnings == []
    from pressdesk.core.photos.reconcile import from_xmp

    meta = from_xmp(data)
    assert meta.headline == "Attribute headline" and meta.credit == "GPO"
    assert meta.caption == "Default caption"
    assert meta.copyright == "Only English"
    assert meta.creator == ("Qualified Creator",)
    assert meta.keywords == ("one", "two")
    assert meta.camera_make == "Canon"
    assert data.props["{http://purl.org/dc/elements/1.1/}source"] == "http://example.com/src"


def test_xmp_utf16_packet_and_trailing_padding() -> None:
    packet = pb.xmp_packet(pb.alt("dc:description", "Шалом"))
    from pressdesk.core.photos.reconcile import from_xmp

    for encoding in ("utf-16-be", "utf-16-le", "utf-16", "utf-32"):
        raw = ("\n  " + packet).encode(encoding) + "\x00 ".encode(encoding) * 50
        data = parse_xmp(raw)
        assert from_xmp(data).caption == "Шалом", encoding
        assert data.warnings == [], encoding


def test_extended_xmp_in_jpeg(tmp_path: Path) -> None:
    guid = hashlib.md5(b"ext").hexdigest().upper()
    main = pb.xmp_packet(
        "<photoshop:Headline>Main</photoshop:Headline>",
        extra_ns=f'xmlns:xmpNote="http://ns.adobe.com/xmp/note/" xmpNote:HasExtendedXMP="{guid}"',
    )
    ext = pb.xmp_packet(pb.alt("dc:description", "From the extension")).encode()
    half = len(ext) // 2
    segs = [
        pb.segment(
            0xE1,
            b"http://ns.adobe.com/xmp/extension/\x00"
            + guid.encode()
            + len(ext).to_bytes(4, "big")
            + off.to_bytes(4, "big")
            + part,
        )
        for off, part in ((half, ext[half:]), (0, ext[:half]))
    ]
    meta = _read(tmp_path, pb.app1_xmp(main), *segs)
    assert meta.headline == "Main" and meta.caption == "From the extension"


# --------------------------------------------------------------------------- other containers


def test_png_with_itxt_xmp_raw_profiles_and_exif(tmp_path: Path) -> None:
    exif = pb.exif_tiff({0x010F: "NIKON", 0x0112: 8})
    block = pb.iim((120, "IIM in PNG"), (110, "GPO"))
    data = pb.png_with(
        pb.itxt(
            "XML:com.adobe.xmp", pb.xmp_packet("<photoshop:Headline>PNG</photoshop:Headline>"), True
        ),
        pb.raw_profile("exif", b"Exif\x00\x00" + exif),
        pb.raw_profile("iptc", pb.irb_with_iim(block, None)),
        size=(40, 20),
    )
    reading = read_photo(pb.write(tmp_path / "p.png", data))
    assert reading.info.format == "PNG"
    assert (reading.info.width, reading.info.height, reading.info.orientation) == (20, 40, 8)
    assert reading.metadata.camera_make == "NIKON"
    assert reading.metadata.caption == "IIM in PNG" and reading.metadata.headline == "PNG"
    assert reading.iptc_digest == "missing"


def test_tiff_with_iim_and_xmp_tags(tmp_path: Path) -> None:
    from PIL import Image, TiffImagePlugin

    ifd = TiffImagePlugin.ImageFileDirectory_v2()
    ifd[270] = "TIFF caption"
    ifd[271] = "Hasselblad"
    ifd[700] = pb.xmp_packet("<photoshop:Credit>Credit XMP</photoshop:Credit>").encode()
    ifd[33723] = pb.iim((105, "TIFF headline"))
    ifd.tagtype[33723] = 7
    path = tmp_path / "t.tif"
    Image.new("RGB", (30, 20)).save(path, "TIFF", tiffinfo=ifd)
    meta = read_photo(path).metadata
    assert (meta.caption, meta.camera_make) == ("TIFF caption", "Hasselblad")
    assert (meta.credit, meta.headline) == ("Credit XMP", "TIFF headline")


def test_webp_with_exif_and_xmp(tmp_path: Path) -> None:
    from PIL import Image

    path = tmp_path / "w.webp"
    exif = b"Exif\x00\x00" + pb.exif_tiff({0x010E: "WebP caption"})
    xmp = pb.xmp_packet(pb.bag("Iptc4xmpExt:PersonInImage", "Shimon Peres"))
    Image.new("RGB", (50, 30)).save(path, "WEBP", exif=exif, xmp=xmp.encode())
    reading = read_photo(path)
    assert (reading.info.format, reading.info.width, reading.info.height) == ("WEBP", 50, 30)
    assert reading.metadata.caption == "WebP caption"
    assert reading.metadata.persons_shown == ("Shimon Peres",)


# --------------------------------------------------------------------------- dates, checksum


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        (("2008:05:30 15:56:01", "00", None), "2008-05-30T15:56:01.00"),
        (("2001:01:01 01:11:11", "111", "+01:00"), "2001-01-01T01:11:11.111+01:00"),
        (("2004:06:21", None, None), "2004-06-21"),
        (("    :  :     :  :  ", None, None), None),
        (("2011:02:30 25:61:00", None, None), None),
    ],
)
def test_exif_dates(raw: tuple[str, str | None, str | None], iso: str | None) -> None:
    assert exif_date(*raw) == iso


def test_iim_and_xmp_dates() -> None:
    assert iim_date("20050929", "165100") == "2005-09-29T16:51:00"
    assert iim_date("20191016", "190100+0000") == "2019-10-16T19:01:00+00:00"
    assert iim_date("20040000", None) == "2004"
    assert iim_date("20040600", "120000") == "2004-06"
    assert iim_date("garbage", None) is None
    assert xmp_date("2003-08-31") == "2003-08-31"
    assert xmp_date("2014-12-09T15:41:44Z") == "2014-12-09T15:41:44Z"
    assert xmp_date("1993-01-01T03:11:11.311+01:00") == "1993-01-01T03:11:11.311+01:00"
    assert xmp_date("2009:09:09 17:00:00") == "2009-09-09T17:00:00"
    assert xmp_date("2012-11-08T14:30") == "2012-11-08T14:30:00"
    assert xmp_date("yesterday") is None


def test_sha256_file_streams(tmp_path: Path) -> None:
    data = bytes(range(256)) * 5000
    path = pb.write(tmp_path / "x.bin", data)
    assert sha256_file(path, chunk=1000) == hashlib.sha256(data).hexdigest()
    assert sha256_file(path) == hashlib.sha256(data).hexdigest()


def test_exif_table_is_human_readable(tmp_path: Path) -> None:
    from PIL import Image, TiffImagePlugin

    exif = Image.Exif()
    exif[0x010F] = "NIKON CORPORATION"
    exif[0x9C9B] = "Knesset".encode("utf-16-le") + b"\x00\x00"  # XPTitle
    sub = exif.get_ifd(0x8769)
    sub[0x829D] = TiffImagePlugin.IFDRational(28, 10)  # FNumber
    sub[0x920A] = TiffImagePlugin.IFDRational(50, 1)  # FocalLength
    sub[0x829A] = TiffImagePlugin.IFDRational(1, 250)  # ExposureTime
    gps = exif.get_ifd(0x8825)
    gps[1], gps[3] = "N", "E"
    gps[2] = (31.0, 46.0, 48.0)
    gps[4] = (35.0, 12.0, 36.0)
    path = tmp_path / "t.jpg"
    Image.new("RGB", (8, 8)).save(path, exif=exif.tobytes())
    table = dict(read_photo(path).exif_table)
    assert table["Make"] == "NIKON CORPORATION"
    assert table["XP Title"] == "Knesset"
    assert table["F Number"] == "f/2.8"
    assert table["Focal Length"] == "50 mm"
    assert table["Exposure Time"] == "1/250 s"
    assert table["GPS Position"] == "31.780000, 35.210000"
    assert not any("Offset" in label or "GPS Info" in label for label in table)
