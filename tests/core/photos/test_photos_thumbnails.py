"""Thumbnails: draft-mode decoding, orientation, modes, embedded thumbnails, no caching."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from tests.support import photo_builders as pb

from pressdesk.core.photos import (
    PhotoReadError,
    embedded_thumbnail,
    make_thumbnail,
    open_reduced,
    read_photo,
)


def _decode(data: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(data))
    im.load()
    return im


def _two_colour_jpeg(path: Path, size: tuple[int, int], orientation: int | None) -> Path:
    """Left half red, right half blue; optional EXIF orientation."""
    im = Image.new("RGB", size, (255, 0, 0))
    im.paste((0, 0, 255), (size[0] // 2, 0, size[0], size[1]))
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    im.save(path, "JPEG", quality=95, exif=exif.tobytes())
    return path


def test_large_jpeg_is_decoded_in_draft_mode(tmp_path: Path) -> None:
    path = tmp_path / "big.jpg"
    Image.new("RGB", (3200, 2400), (90, 120, 150)).save(path, "JPEG")
    reduced = open_reduced(path, 256)
    # libjpeg scaled the decode by 1/8: the smallest scale still >= 256 on each side
    assert reduced.size == (400, 300)
    thumb = _decode(make_thumbnail(path, 256))
    assert thumb.format == "JPEG" and thumb.size == (256, 192)


def test_draft_scale_depends_on_requested_size(tmp_path: Path) -> None:
    path = tmp_path / "big.jpg"
    Image.new("RGB", (3200, 2400), "white").save(path, "JPEG")
    assert open_reduced(path, 1024).size == (1600, 1200)  # 1/2
    assert open_reduced(path, 2400).size == (3200, 2400)  # full size needed


@pytest.mark.parametrize(
    ("orientation", "top_left_colour"),
    [(None, "red"), (1, "red"), (3, "blue"), (6, "red"), (8, "blue")],
)
def test_orientation_is_applied(
    tmp_path: Path, orientation: int | None, top_left_colour: str
) -> None:
    path = _two_colour_jpeg(tmp_path / "o.jpg", (300, 200), orientation)
    thumb = _decode(make_thumbnail(path, 128))
    portrait = orientation in (6, 8)
    assert (thumb.height > thumb.width) == portrait
    info = read_photo(path).info
    assert info.width is not None and info.height is not None
    assert (info.width > info.height) == (not portrait)  # displayed size agrees
    r, _g, b = thumb.convert("RGB").getpixel((5, 5))  # type: ignore[misc]
    assert (r > b) == (top_left_colour == "red")


def test_orientation_6_makes_a_portrait_thumbnail(tmp_path: Path) -> None:
    path = _two_colour_jpeg(tmp_path / "six.jpg", (400, 300), 6)
    thumb = _decode(make_thumbnail(path))
    assert thumb.size == (192, 256)
    # rotated 90 degrees clockwise: the left (red) half is now the top half
    top = thumb.getpixel((96, 20))
    bottom = thumb.getpixel((96, 236))
    assert top[0] > 200 and top[2] < 60  # type: ignore[index]
    assert bottom[2] > 200 and bottom[0] < 60  # type: ignore[index]


@pytest.mark.parametrize("mode", ["RGBA", "LA", "P", "L", "I;16", "CMYK", "1"])
def test_image_modes_become_rgb_jpeg(tmp_path: Path, mode: str) -> None:
    fmt = "JPEG" if mode == "CMYK" else ("TIFF" if mode == "I;16" else "PNG")
    path = tmp_path / f"m.{fmt.lower()}"
    Image.new(mode, (90, 60)).save(path, fmt)
    thumb = _decode(make_thumbnail(path, 32))
    assert thumb.mode == "RGB" and thumb.size == (32, 21)


def test_transparent_png_gets_a_white_background(tmp_path: Path) -> None:
    path = tmp_path / "t.png"
    Image.new("RGBA", (40, 40), (0, 0, 0, 0)).save(path)
    assert _decode(make_thumbnail(path, 16)).getpixel((8, 8)) == (255, 255, 255)


def test_no_caching_here(tmp_path: Path) -> None:
    path = tmp_path / "c.jpg"
    Image.new("RGB", (64, 64), "red").save(path)
    first = make_thumbnail(path, 16)
    Image.new("RGB", (64, 64), "blue").save(path)
    assert make_thumbnail(path, 16) != first


def test_thumbnail_size_must_be_positive(tmp_path: Path) -> None:
    path = tmp_path / "c.jpg"
    Image.new("RGB", (8, 8)).save(path)
    with pytest.raises(ValueError):
        make_thumbnail(path, 0)


def test_embedded_exif_thumbnail(tmp_path: Path) -> None:
    small = pb.base_jpeg((32, 24), "green")
    tiff = pb.tiff_le(
        [pb.ascii_entry(0x010F, "Canon"), pb.short_entry(0x0112, 6)],
        [pb.short_entry(0x0103, 6), pb.long_entry(0x0201, 0), pb.long_entry(0x0202, len(small))],
        small,
    )
    path = pb.write(tmp_path / "e.jpg", pb.jpeg_with(pb.app1_exif(tiff), size=(640, 480)))
    assert embedded_thumbnail(path) == small
    assert read_photo(path).info.orientation == 6  # the caller rotates the preview


def test_no_embedded_thumbnail(tmp_path: Path) -> None:
    path = pb.write(tmp_path / "plain.jpg", pb.base_jpeg())
    assert embedded_thumbnail(path) is None
    with pytest.raises(PhotoReadError):
        embedded_thumbnail(pb.write(tmp_path / "empty.jpg", b""))


@pytest.mark.parametrize("payload", [b"JFIF\x00", b"Adobe"], ids=["short-jfif", "short-adobe"])
def test_jpeg_whose_metadata_pillow_rejects_still_thumbnails(
    tmp_path: Path, payload: bytes
) -> None:
    """A malformed APP segment that makes Pillow refuse the file must not cost the
    thumbnail: the image data is intact, so it is decoded without the APP segments."""
    marker = 0xE0 if payload.startswith(b"JFIF") else 0xEE
    path = pb.write(tmp_path / "odd.jpg", pb.jpeg_with(pb.segment(marker, payload), size=(80, 40)))
    with pytest.raises(Exception):  # noqa: B017 - proves Pillow alone gives up
        Image.open(path)
    assert read_photo(path).info.width == 80
    assert _decode(make_thumbnail(path, 20)).size == (20, 10)


def test_heic_support_is_loaded_when_the_first_heic_is_opened(tmp_path: Path) -> None:
    """pillow-heif is not loaded with the thumbnail code (an ingest of JPEGs never needs
    it), yet a HEIC thumbnails in a fresh process that has not registered it."""
    import json
    import subprocess
    import sys

    import pillow_heif

    pillow_heif.register_heif_opener()
    heic = tmp_path / "phone.heic"
    Image.new("RGB", (320, 240), "teal").save(heic, "HEIF")
    probe = (
        "import json, sys\n"
        "from pressdesk.core.photos import make_thumbnail\n"
        "from pressdesk.core.photos import thumbnails\n"
        "before = 'pillow_heif' in sys.modules\n"
        "data = make_thumbnail(sys.argv[1], 64)\n"
        "print(json.dumps([before, 'pillow_heif' in sys.modules, data[:2].hex()]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(heic)], capture_output=True, text=True, check=True
    ).stdout
    before, after, start = json.loads(out.splitlines()[-1])
    assert (before, after, start) == (False, True, "ffd8")
