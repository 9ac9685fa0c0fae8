"""Hostile input is normal input: each damaged or malicious file gives a clear
PhotoReadError or a correct read (with warnings), quickly, and never hangs."""

from __future__ import annotations

import contextlib
import random
import struct
import zlib
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from tests.support import photo_builders as pb

from pressdesk.core.photos import (
    PhotoReadError,
    embedded_thumbnail,
    make_thumbnail,
    read_photo,
)

HEBREW = "ראש הממשלה נפגש עם נשיא המדינה בירושלים"
RUSSIAN = "Президент России встретился с президентом Израиля в Москве"


def _error(call: Callable[[], object]) -> str:
    """Run ``call`` expecting a PhotoReadError; return its message after basic checks."""
    with pytest.raises(PhotoReadError) as info:
        call()
    message = str(info.value)
    assert "\n" not in message and message.endswith(".")
    return message


def _noise_jpeg(size: tuple[int, int]) -> bytes:
    im = Image.frombytes("RGB", size, random.Random(7).randbytes(size[0] * size[1] * 3))
    buffer = BytesIO()
    im.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


# --------------------------------------------------------------------------- not images


def test_zero_byte_file(tmp_path: Path) -> None:
    path = pb.write(tmp_path / "empty.jpg", b"")
    message = _error(lambda: read_photo(path))
    assert "empty.jpg" in message and "empty (0 bytes)" in message
    assert "empty (0 bytes)" in _error(lambda: make_thumbnail(path))


def test_text_file_named_jpg(tmp_path: Path) -> None:
    path = pb.write(tmp_path / "notes.jpg", b"Photo: GPO\nCaption: Peres meets Putin\n")
    message = _error(lambda: read_photo(path))
    assert "notes.jpg" in message and "text file, not an image" in message
    assert "text file" in _error(lambda: make_thumbnail(path))


def test_html_error_page_named_jpg(tmp_path: Path) -> None:
    path = pb.write(tmp_path / "photo.jpg", b"<!DOCTYPE html><html><body>404</body></html>")
    assert "HTML page" in _error(lambda: read_photo(path))


def test_random_bytes_and_other_formats(tmp_path: Path) -> None:
    garbage = pb.write(tmp_path / "garbage.jpg", random.Random(1).randbytes(4096))
    assert "not an image in a supported format" in _error(lambda: read_photo(garbage))
    gif = tmp_path / "anim.jpg"
    Image.new("P", (4, 4)).save(gif, "GIF")
    assert "GIF image" in _error(lambda: read_photo(gif))


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "does not exist" in _error(lambda: read_photo(tmp_path / "gone.jpg"))
    assert "is a folder" in _error(lambda: read_photo(tmp_path))


# --------------------------------------------------------------------------- truncation


def test_truncated_jpeg(tmp_path: Path) -> None:
    data = _noise_jpeg((320, 240))
    path = pb.write(tmp_path / "cut.jpg", data[: len(data) * 6 // 10])
    message = _error(lambda: read_photo(path))
    assert "cut.jpg is truncated" in message and "complete copy" in message
    assert "truncated" in _error(lambda: make_thumbnail(path))


def test_jpeg_cut_inside_headers(tmp_path: Path) -> None:
    data = pb.jpeg_with(pb.app1_exif(pb.exif_tiff({0x010F: "Canon"})))
    for cut in (3, 12, 40, 120):
        path = pb.write(tmp_path / f"cut{cut}.jpg", data[:cut])
        assert "truncated" in _error(lambda p=path: read_photo(p))  # type: ignore[misc]


def test_jpeg_with_trailer_after_end_marker_is_fine(tmp_path: Path) -> None:
    """Motion photos and some cameras append data after the EOI: not truncation."""
    path = pb.write(
        tmp_path / "motion.jpg", pb.base_jpeg() + b"\x00\x00\x00\x18ftypmp42" + b"\x01" * 5000
    )
    assert read_photo(path).info.width == 64


def test_truncated_png_and_webp(tmp_path: Path) -> None:
    png = pb.png_with(size=(64, 64))
    path = pb.write(tmp_path / "cut.png", png[:-20])
    assert "cut.png is truncated" in _error(lambda: read_photo(path))
    webp = tmp_path / "full.webp"
    Image.new("RGB", (64, 64), "green").save(webp, "WEBP")
    cut = pb.write(tmp_path / "cut.webp", webp.read_bytes()[:-10])
    assert "truncated" in _error(lambda: read_photo(cut))
    assert read_photo(webp).info.format == "WEBP"


def test_png_without_ihdr(tmp_path: Path) -> None:
    path = pb.write(tmp_path / "broken.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 72)
    assert "does not start with an IHDR" in _error(lambda: read_photo(path))


# --------------------------------------------------------------------------- size limits


def test_png_decompression_bomb(tmp_path: Path) -> None:
    path = pb.write(tmp_path / "bomb.png", pb.png_header_only(100_000, 100_000))
    message = _error(lambda: read_photo(path))
    assert "bomb.png is 100000x100000 pixels" in message and "exceeds the safety limit" in message
    assert "exceeds the safety limit" in _error(lambda: make_thumbnail(path))


def test_jpeg_decompression_bomb(tmp_path: Path) -> None:
    data = bytearray(pb.base_jpeg((16, 16)))
    sof = data.index(b"\xff\xc0")
    struct.pack_into(">HH", data, sof + 5, 60_000, 60_000)
    path = pb.write(tmp_path / "huge.jpg", bytes(data))
    assert "exceeds the safety limit" in _error(lambda: read_photo(path))
    assert "exceeds the safety limit" in _error(lambda: make_thumbnail(path))


def test_large_but_allowed_size_only_warns(tmp_path: Path) -> None:
    limit = Image.MAX_IMAGE_PIXELS or 89_478_485
    side = int((limit * 1.5) ** 0.5)
    path = pb.write(tmp_path / "big.png", pb.png_header_only(side, side))
    reading = read_photo(path)
    assert reading.info.width == side
    assert any("decompression-bomb warning threshold" in w for w in reading.warnings)


def test_zero_size_image(tmp_path: Path) -> None:
    path = pb.write(tmp_path / "zero.png", pb.png_header_only(0, 10))
    assert "impossible image size" in _error(lambda: read_photo(path))


# --------------------------------------------------------------------------- XMP attacks

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
        for i in range(1, 10)
    )
    + "]>\n"
)


def _xmp_attack_file(tmp_path: Path, prologue: str, value: str) -> Path:
    packet = prologue + pb.xmp_packet(pb.alt("dc:description", value)).split("?>", 1)[1]
    block = pb.iim((120, "Caption from IIM"))
    data = pb.jpeg_with(pb.app1_xmp(packet), pb.app13(pb.irb_with_iim(block)))
    return pb.write(tmp_path / "attack.jpg", data)


def test_xmp_billion_laughs(tmp_path: Path) -> None:
    path = _xmp_attack_file(tmp_path, BILLION_LAUGHS, "&lol9;")
    reading = read_photo(path)
    assert any("XML bomb" in w for w in reading.warnings)
    assert reading.source("xmp") is None
    assert reading.metadata.caption == "Caption from IIM"  # the rest of the file is read


def test_xmp_external_entity(tmp_path: Path) -> None:
    prologue = '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    path = _xmp_attack_file(tmp_path, prologue, "&xxe;")
    reading = read_photo(path)
    assert any("external entity" in w for w in reading.warnings)
    assert reading.source("xmp") is None
    assert "root:" not in repr(reading)


def test_xmp_not_well_formed(tmp_path: Path) -> None:
    data = pb.jpeg_with(pb.app1_xmp("<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF"))
    reading = read_photo(pb.write(tmp_path / "bad.jpg", data))
    assert any("not well-formed" in w for w in reading.warnings)


def test_xmp_deeply_nested(tmp_path: Path) -> None:
    deep = "<a:b xmlns:a='urn:a'>" + "<a:b>" * 100_000 + "</a:b>" * 100_001
    body = pb.alt("dc:description", "still here") + f"<dc:coverage>{deep}</dc:coverage>"
    data = pb.png_with(pb.itxt("XML:com.adobe.xmp", pb.xmp_packet(body)))
    reading = read_photo(pb.write(tmp_path / "deep.png", data))
    assert reading.metadata.caption == "still here"


def test_png_text_chunk_zip_bomb(tmp_path: Path) -> None:
    bomb = zlib.compress(b" " * (40 << 20), 9)
    chunk = pb.png_chunk(b"iTXt", b"XML:com.adobe.xmp\x00\x01\x00\x00\x00" + bomb)
    path = pb.write(tmp_path / "zbomb.png", pb.png_with(chunk))
    reading = read_photo(path)
    assert any("more than 32 MiB" in w for w in reading.warnings)


# --------------------------------------------------------------------------- IIM damage


def test_iim_with_bogus_length(tmp_path: Path) -> None:
    good = pb.dataset(1, 90, pb.UTF8_MARKER) + pb.dataset(2, 120, "Caption before the damage")
    bogus = bytes([0x1C, 2, 105]) + struct.pack(">H", 0x7000) + b"Headline"
    data = pb.jpeg_with(pb.app13(pb.irb_with_iim(good + bogus)))
    reading = read_photo(pb.write(tmp_path / "iim.jpg", data))
    assert reading.metadata.caption == "Caption before the damage"
    assert reading.metadata.headline is None
    assert any("2:105 claims 28672 bytes" in w for w in reading.warnings)


def test_iim_with_bogus_extended_length_and_damaged_irb(tmp_path: Path) -> None:
    bogus = pb.dataset(2, 110, "GPO") + bytes([0x1C, 2, 120, 0x80, 0x09]) + b"\xff" * 9
    irb = pb.irb_with_iim(bogus) + b"JUNK" * 4
    reading = read_photo(pb.write(tmp_path / "iim2.jpg", pb.jpeg_with(pb.app13(irb))))
    assert reading.metadata.credit == "GPO"
    assert any("invalid extended length" in w for w in reading.warnings)
    assert any("resource block is damaged" in w for w in reading.warnings)


def test_irb_resource_longer_than_segment(tmp_path: Path) -> None:
    irb = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", 1 << 30) + b"\x1c\x02\x78"
    reading = read_photo(pb.write(tmp_path / "irb.jpg", pb.jpeg_with(pb.app13(irb))))
    assert reading.metadata.caption is None
    assert any("0x0404 claims" in w for w in reading.warnings)


def test_hebrew_utf8_iim_caption_with_marker(tmp_path: Path) -> None:
    block = pb.iim((120, HEBREW), (110, "לע״מ"), (80, "עמוס בן גרשום"), (25, "ירושלים"))
    path = pb.write(tmp_path / "he.jpg", pb.jpeg_with(pb.app13(pb.irb_with_iim(block))))
    meta = read_photo(path).metadata
    assert meta.caption == HEBREW
    assert meta.credit == "לע״מ"
    assert meta.creator == ("עמוס בן גרשום",)
    assert meta.keywords == ("ירושלים",)


def test_iim_without_marker_utf8_then_cp1252(tmp_path: Path) -> None:
    utf8 = pb.iim((120, HEBREW), utf8=False)
    path = pb.write(tmp_path / "he2.jpg", pb.jpeg_with(pb.app13(pb.irb_with_iim(utf8))))
    assert read_photo(path).metadata.caption == HEBREW
    latin = pb.iim((120, b"Jos\xe9 Mourinho \x96 Chelsea"), utf8=False)
    path = pb.write(tmp_path / "cp.jpg", pb.jpeg_with(pb.app13(pb.irb_with_iim(latin))))
    assert read_photo(path).metadata.caption == "José Mourinho – Chelsea"


def test_russian_in_xmp(tmp_path: Path) -> None:
    body = (
        pb.alt("dc:description", RUSSIAN)
        + pb.bag("dc:creator", "Алексей Никольский", kind="Seq")
        + pb.bag("dc:subject", "Кремль", "Москва")
        + pb.bag("Iptc4xmpExt:PersonInImage", "Владимир Путин", "Шимон Перес")
    )
    packet = pb.xmp_packet(body, extra_ns='photoshop:Credit="РИА Новости"')
    path = pb.write(tmp_path / "ru.jpg", pb.jpeg_with(pb.app1_xmp(packet)))
    meta = read_photo(path).metadata
    assert meta.caption == RUSSIAN
    assert meta.credit == "РИА Новости"
    assert meta.creator == ("Алексей Никольский",)
    assert meta.keywords == ("Кремль", "Москва")
    assert meta.persons_shown == ("Владимир Путин", "Шимон Перес")


# --------------------------------------------------------------------------- EXIF damage


def _exif_jpeg(tmp_path: Path, tiff: bytes, name: str = "exif.jpg") -> Path:
    return pb.write(tmp_path / name, pb.jpeg_with(pb.app1_exif(tiff)))


@pytest.mark.filterwarnings("ignore:Truncated File Read:UserWarning")  # Pillow's own EXIF read
def test_exif_with_broken_value_offset(tmp_path: Path) -> None:
    tiff = bytearray(
        pb.tiff_le(
            [
                pb.ascii_entry(0x010F, "NIKON CORPORATION"),
                pb.ascii_entry(0x0110, "NIKON D5"),
                pb.ascii_entry(0x013B, "Moshe Milner"),
            ]
        )
    )
    struct.pack_into("<I", tiff, 8 + 2 + 12 * 1 + 8, 0xFFFFFF00)  # Model points far away
    reading = read_photo(_exif_jpeg(tmp_path, bytes(tiff)))
    assert reading.metadata.camera_make == "NIKON CORPORATION"
    assert reading.metadata.camera_model is None
    assert reading.metadata.creator == ("Moshe Milner",)
    assert any("outside" in w for w in reading.warnings)
    assert make_thumbnail(tmp_path / "exif.jpg", 32)


def test_exif_directory_past_the_end_and_loops(tmp_path: Path) -> None:
    tiff = bytearray(pb.tiff_le([pb.ascii_entry(0x010F, "Canon"), pb.short_entry(0x0112, 6)]))
    struct.pack_into("<H", tiff, 8, 500)  # IFD0 claims 500 entries
    reading = read_photo(_exif_jpeg(tmp_path, bytes(tiff)))
    assert reading.metadata.camera_make is None
    assert reading.info.orientation == 1
    assert any("IFD0 directory is damaged" in w for w in reading.warnings)

    looped = bytearray(pb.tiff_le([pb.ascii_entry(0x010F, "Canon")]))
    struct.pack_into("<I", looped, 8 + 2 + 12, 8)  # next IFD is IFD0 again
    reading = read_photo(_exif_jpeg(tmp_path, bytes(looped), "loop.jpg"))
    assert reading.metadata.camera_make == "Canon"
    assert embedded_thumbnail(tmp_path / "loop.jpg") is None


def test_exif_sub_ifd_pointing_nowhere(tmp_path: Path) -> None:
    tiff = pb.tiff_le([pb.ascii_entry(0x010F, "SONY"), pb.long_entry(0x8769, 0x7FFFFFF0)])
    reading = read_photo(_exif_jpeg(tmp_path, tiff))
    assert reading.metadata.camera_make == "SONY"
    assert any("sub-directory is damaged" in w for w in reading.warnings)


def test_exif_garbage_header(tmp_path: Path) -> None:
    reading = read_photo(_exif_jpeg(tmp_path, b"XX\x00\x00garbage"))
    assert reading.metadata.is_empty()
    assert any("EXIF data is unreadable" in w for w in reading.warnings)


def test_exif_invalid_orientation_and_dates(tmp_path: Path) -> None:
    tiff = pb.exif_tiff({0x0112: 9}, {0x9003: "2011:13:45 99:00:00"})
    reading = read_photo(_exif_jpeg(tmp_path, tiff))
    assert reading.info.orientation == 1
    assert reading.metadata.date_taken is None
    assert any("not a valid date" in w for w in reading.warnings)
    blank = pb.exif_tiff({}, {0x9003: "0000:00:00 00:00:00"})
    assert read_photo(_exif_jpeg(tmp_path, blank, "blank.jpg")).metadata.date_taken is None


def test_embedded_thumbnail_pointing_outside(tmp_path: Path) -> None:
    tiff = pb.tiff_le(
        [pb.ascii_entry(0x010F, "X")], [pb.long_entry(0x0201, 1 << 30), pb.long_entry(0x0202, 5000)]
    )
    assert embedded_thumbnail(_exif_jpeg(tmp_path, tiff)) is None


def test_heic_read_and_truncated(tmp_path: Path) -> None:
    pillow_heif = pytest.importorskip("pillow_heif")
    pillow_heif.register_heif_opener()
    exif = Image.Exif()
    exif[0x010E] = "Knesset plenum"
    path = tmp_path / "p.heic"
    Image.new("RGB", (64, 48), "red").save(path, exif=exif.tobytes())
    reading = read_photo(path)
    assert (reading.info.format, reading.info.width, reading.info.height) == ("HEIC", 64, 48)
    assert reading.metadata.caption == "Knesset plenum"
    data = path.read_bytes()
    for cut in (30, len(data) // 2, len(data) - 1):
        cut_path = pb.write(tmp_path / f"cut{cut}.heic", data[:cut])
        assert "is truncated" in _error(lambda p=cut_path: read_photo(p))  # type: ignore[misc]
        assert "is truncated" in _error(lambda p=cut_path: make_thumbnail(p))  # type: ignore[misc]


def _fuzz_seeds(tmp_path: Path) -> list[bytes]:
    exif = pb.exif_tiff(
        {0x010F: "Canon", 0x0112: 6, 0x010E: "caption"}, {0x9003: "2020:01:02 03:04:05"}
    )
    block = pb.iim((120, HEBREW), (110, "GPO"), (25, "a"), (25, "b"))
    xmp = pb.xmp_packet(pb.alt("dc:description", RUSSIAN) + pb.bag("dc:subject", "x", "y"))
    jpeg = pb.jpeg_with(pb.app1_exif(exif), pb.app1_xmp(xmp), pb.app13(pb.irb_with_iim(block)))
    png = pb.png_with(
        pb.itxt("XML:com.adobe.xmp", xmp, True),
        pb.raw_profile("exif", b"Exif\x00\x00" + exif),
        pb.raw_profile("iptc", pb.irb_with_iim(block)),
    )
    webp = tmp_path / "seed.webp"
    Image.new("RGB", (40, 30), "red").save(
        webp, "WEBP", exif=b"Exif\x00\x00" + exif, xmp=xmp.encode()
    )
    tif = tmp_path / "seed.tif"
    Image.new("RGB", (40, 30), "red").save(tif, "TIFF", exif=exif)
    seeds = [jpeg, png, webp.read_bytes(), tif.read_bytes()]
    photos = pb.corpus_photos()
    if photos is not None:
        seeds += [(photos / n).read_bytes() for n in ("canon30d_broken.jpg", "navy_reagan.png")]
    return seeds


def mutated(rng: random.Random, seed: bytes) -> bytes:
    """``seed`` with one to five random byte flips, cuts, insertions or a truncation."""
    data = bytearray(seed)
    for _ in range(rng.randint(1, 5)):
        pos = rng.randrange(len(data))
        op = rng.random()
        if op < 0.6:
            data[pos] = rng.randrange(256)
        elif op < 0.8:
            del data[pos : pos + rng.randint(1, 64)]
        elif op < 0.95:
            data[pos:pos] = rng.randbytes(rng.randint(1, 16))
        else:
            del data[max(1, pos) :]
    return bytes(data)


@pytest.mark.filterwarnings("ignore")
def test_mutated_files_never_raise_anything_but_photo_read_error(tmp_path: Path) -> None:
    """Random byte flips, cuts and insertions in real files: every call either works or
    raises PhotoReadError (never IndexError, struct.error, RecursionError...), quickly."""
    rng = random.Random(20240611)
    seeds = _fuzz_seeds(tmp_path)
    suffixes = [".jpg", ".png", ".webp", ".tif", ".jpg", ".png"]
    for i in range(240):
        k = rng.randrange(len(seeds))
        path = pb.write(tmp_path / f"m{i}{suffixes[k]}", mutated(rng, seeds[k]))
        for call in (read_photo, make_thumbnail, embedded_thumbnail):
            with contextlib.suppress(PhotoReadError):
                call(path)  # refused or read: never a traceback (a hang: pytest-timeout)
