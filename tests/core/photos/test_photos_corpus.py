"""read_photo against the real-photo corpus (corpus/photos/expected.json and exiftool.json).

expected.json's ``width``/``height`` are ExifTool's Composite:ImageSize, the size as stored
in the file: that is ``ImageInfo.pixel_width``/``pixel_height``. ``ImageInfo.width``/
``height`` are the displayed size (EXIF orientation applied); they equal the stored size
except for orientations 5-8, where they are swapped (see the deliberate-disagreement test).
"""

from __future__ import annotations

import json
import os
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from tests.support.photo_builders import corpus_photos

from pressdesk.core.photos import PhotoReadError, make_thumbnail, read_photo
from pressdesk.core.photos.text import clean

pytestmark = pytest.mark.corpus  # (reads the shared corpus)

PHOTOS = corpus_photos()
EXPECTED: dict[str, dict[str, Any]] = (
    json.loads((PHOTOS / "expected.json").read_text(encoding="utf-8")) if PHOTOS else {}
)
EXIFTOOL: dict[str, dict[str, Any]] = (
    {e["SourceFile"]: e for e in json.loads((PHOTOS / "exiftool.json").read_text("utf-8"))}
    if PHOTOS
    else {}
)
NAMES = sorted(EXPECTED) or ["<corpus missing>"]
FIELDS = (
    "camera_make",
    "camera_model",
    "date_taken",
    "caption",
    "headline",
    "credit_line",
    "copyright",
    "creator",
    "persons_shown",
    "keywords",
)
RENAMED = {"credit_line": "credit"}
LISTS = {"creator", "persons_shown", "keywords"}


def _photos() -> Path:
    if PHOTOS is None:
        if os.environ.get("CI"):
            pytest.fail("the photo corpus is missing (set PRESSDESK_CORPUS)")
        pytest.skip("the photo corpus is not present (set PRESSDESK_CORPUS)")
    return PHOTOS


def _record(name: str) -> dict[str, Any]:
    """read_photo's answer in expected.json's shape (empty lists as null)."""
    reading = read_photo(_photos() / name)
    meta = reading.metadata.as_dict()
    out: dict[str, Any] = {
        "format": reading.info.format,
        "width": reading.info.pixel_width,
        "height": reading.info.pixel_height,
    }
    for key in FIELDS:
        value = meta[RENAMED.get(key, key)]
        out[key] = (value or None) if key in LISTS else value
    return out


def _expected(name: str) -> dict[str, Any]:
    return {k: EXPECTED[name][k] for k in ("format", "width", "height", *FIELDS)}


@pytest.mark.parametrize("name", NAMES)
def test_corpus_file_matches_expected(name: str) -> None:
    photos = _photos()
    expected = EXPECTED[name]
    if expected["is_corrupt"]:
        try:
            record = _record(name)
        except PhotoReadError as err:
            message = str(err)
            assert name in message and "\n" not in message and message.endswith(".")
            assert err.path == photos / name
            return
        assert record == _expected(name)
        return
    record = _record(name)
    assert record == _expected(name)


@pytest.mark.parametrize("name", NAMES)
def test_corpus_displayed_size_and_thumbnail_shape(name: str) -> None:
    photos = _photos()
    try:
        reading = read_photo(photos / name)
    except PhotoReadError:
        assert EXPECTED[name]["is_corrupt"]
        return
    info = reading.info
    stored = (info.pixel_width, info.pixel_height)
    shown = stored[::-1] if info.orientation >= 5 else stored
    assert (info.width, info.height) == shown
    thumb = make_thumbnail(photos / name, 64)
    with Image.open(BytesIO(thumb)) as im:
        assert im.format == "JPEG"
        assert max(im.size) <= 64
        w, h = info.width or 0, info.height or 0
        if abs(w - h) > max(w, h) // 10:  # clearly landscape or portrait: same as displayed
            assert (im.width > im.height) == (w > h)


def test_deliberate_disagreement_samsung_displayed_size() -> None:
    """samsung_galaxy_s.jpg: expected.json says 640x480 (the stored pixels, ExifTool's
    ImageSize). Its EXIF orientation is 6 ("Rotate 90 CW"), so the photo is displayed, and
    thumbnailed, upright at 480 wide x 640 high; ImageInfo.width/height report that and
    keep 640x480 in pixel_width/pixel_height."""
    info = read_photo(_photos() / "samsung_galaxy_s.jpg").info
    assert info.orientation == 6
    assert (info.width, info.height) == (480, 640)
    assert (info.pixel_width, info.pixel_height) == (640, 480)
    assert (
        EXPECTED["samsung_galaxy_s.jpg"]["width"],
        EXPECTED["samsung_galaxy_s.jpg"]["height"],
    ) == (640, 480)


# Every value each block says on its own, against ExifTool's per-group tags.
SOURCE_TAGS = {
    "xmp": {
        "caption": "XMP-dc:Description",
        "headline": "XMP-photoshop:Headline",
        "credit": "XMP-photoshop:Credit",
        "copyright": "XMP-dc:Rights",
        "creator": "XMP-dc:Creator",
        "source": "XMP-photoshop:Source",
        "persons_shown": "XMP-iptcExt:PersonInImage",
        "keywords": "XMP-dc:Subject",
        "camera_make": "XMP-tiff:Make",
        "camera_model": "XMP-tiff:Model",
        "caption_writer": "XMP-photoshop:CaptionWriter",
        "job_id": "XMP-photoshop:TransmissionReference",
    },
    "iim": {
        "caption": "IPTC:Caption-Abstract",
        "headline": "IPTC:Headline",
        "credit": "IPTC:Credit",
        "copyright": "IPTC:CopyrightNotice",
        "creator": "IPTC:By-line",
        "source": "IPTC:Source",
        "keywords": "IPTC:Keywords",
        "caption_writer": "IPTC:Writer-Editor",
        "job_id": "IPTC:OriginalTransmissionReference",
    },
    "exif": {
        "caption": "IFD0:ImageDescription",
        "copyright": "IFD0:Copyright",
        "camera_make": "IFD0:Make",
        "camera_model": "IFD0:Model",
    },
}


def _exiftool_value(value: Any, is_list: bool) -> Any:
    if value is None:
        return None
    if is_list:
        items = [clean(str(v)) for v in (value if isinstance(value, list) else [value])]
        return [i for i in items if i] or None
    return clean(str(value[0] if isinstance(value, list) else value))


@pytest.mark.parametrize("name", NAMES)
def test_corpus_each_block_matches_exiftool(name: str) -> None:
    photos = _photos()
    try:
        reading = read_photo(photos / name)
    except PhotoReadError:
        assert EXPECTED[name]["is_corrupt"]
        return
    tags = EXIFTOOL[name]
    mismatches = []
    for block, mapping in SOURCE_TAGS.items():
        said = reading.source(block)
        values = said.as_dict() if said else {}
        for field, tag in mapping.items():
            want = _exiftool_value(tags.get(tag), field in LISTS)
            got = values.get(field)
            if field in LISTS:
                got = list(got or []) or None
            if want != got:
                mismatches.append((block, field, want, got))
    assert mismatches == []


@pytest.mark.parametrize("name", NAMES)
def test_corpus_iptc_digest_matches_exiftool(name: str) -> None:
    photos = _photos()
    try:
        reading = read_photo(photos / name)
    except PhotoReadError:
        assert EXPECTED[name]["is_corrupt"], f"{name} is not one of the known broken files"
        return
    tags = EXIFTOOL[name]
    warned_stale = "IPTCDigest is not current" in str(tags.get("ExifTool:Warning", ""))
    assert (reading.iptc_digest == "stale") == warned_stale
