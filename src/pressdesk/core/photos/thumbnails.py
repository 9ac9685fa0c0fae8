"""Thumbnails: decode as little as possible, apply the EXIF orientation, encode JPEG.

For JPEG, Pillow's draft mode asks libjpeg to decode at 1/2, 1/4 or 1/8 scale (DCT
scaling), so a 24-megapixel photo is decoded at about 0.4 megapixels for a 256-pixel
thumbnail. Other formats have no reduced decode and are decoded in full. Pillow's
decompression-bomb protection stays on. Caching (by checksum) is the caller's job.
"""

from __future__ import annotations

import functools
import io
import struct
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from .model import ImageInfo, PhotoReadError
from .reader import probe
from .text import one_line

JPEG_QUALITY = 85


@functools.cache
def _register_heif() -> None:
    """Teach Pillow HEIC, once, when the first HEIC file is opened (pillow-heif and libheif
    take about 12 ms to load, which an ingest of camera JPEGs need not spend)."""
    try:
        import pillow_heif
    except ImportError:  # pragma: no cover - pillow-heif is a dependency
        return
    pillow_heif.register_heif_opener()


def _strip_app_segments(data: bytes) -> bytes | None:
    """A copy of a JPEG without its APPn segments (but a well-formed Adobe APP14), for
    files whose metadata Pillow chokes on although the image data is intact (e.g. a short
    JFIF or Adobe segment); None if the structure is unusable."""
    out = [data[:2]]
    pos = 2
    n = len(data)
    while pos + 4 <= n:
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:
            out.append(data[pos : pos + 2])
            pos += 2
            continue
        length = struct.unpack_from(">H", data, pos + 2)[0]
        if marker == 0xDA:
            out.append(data[pos:])
            return b"".join(out)
        is_app = 0xE0 <= marker <= 0xEF
        adobe = marker == 0xEE and length >= 14  # colour transform: needed to decode
        if not is_app or adobe:
            out.append(data[pos : pos + 2 + length])
        pos += 2 + length
    return None


_TRANSPOSE: dict[int, Image.Transpose] = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def _open(path: Path) -> Image.Image:
    try:
        return Image.open(path)
    except Image.DecompressionBombError as exc:  # probe() normally refuses first
        raise PhotoReadError(
            path, f"{path} exceeds the safety limit against decompression bombs ({one_line(exc)})."
        ) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        with path.open("rb") as fh:
            is_jpeg = fh.read(3) == b"\xff\xd8\xff"
        stripped = _strip_app_segments(path.read_bytes()) if is_jpeg else None
        if stripped is not None:
            try:
                return Image.open(io.BytesIO(stripped))
            except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
                pass
        raise PhotoReadError(
            path,
            f"{path} cannot be decoded by the image library ({one_line(exc)}); it may be damaged.",
        ) from exc


def open_reduced(path: Path | str, size: int, info: ImageInfo | None = None) -> Image.Image:
    """Open a photo decoded at the smallest scale still at least ``size`` pixels on each
    side (JPEG draft mode), loaded and turned upright by its EXIF orientation.

    The orientation applied is the one :func:`read_photo` reports (``ImageInfo``), read by
    the same code, so the thumbnail's shape always matches the catalogued width/height
    (this replaces ``ImageOps.exif_transpose``, which re-parses EXIF with Pillow and also
    honours XMP orientation). Raises PhotoReadError for unreadable, damaged, truncated or
    oversized files, with the same messages as :func:`read_photo`. ``info``, when the
    caller has just read the file with :func:`read_photo`, spares parsing its structure again.
    """
    path = Path(path)
    if size < 1:
        raise ValueError("thumbnail size must be at least 1 pixel")
    if info is None:
        info = probe(path)  # structural checks, bomb limit, orientation
    if info.format == "HEIC":
        _register_heif()
    im = _open(path)
    try:
        if im.format in ("JPEG", "MPO"):
            im.draft(None, (size, size))
        im.load()
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise PhotoReadError(
            path,
            f"{path} is damaged: its image data cannot be decoded ({one_line(exc)}); "
            "get a complete copy from its source.",
        ) from exc
    method = _TRANSPOSE.get(info.orientation)
    return im.transpose(method) if method is not None else im


def _to_rgb(im: Image.Image) -> Image.Image:
    if im.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        scale = 1 / 256 if im.mode.startswith("I;16") else 1 / 65536
        return im.convert("I").point(lambda v: v * scale).convert("L").convert("RGB")
    if im.mode == "F":
        return im.convert("L").convert("RGB")
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return im.convert("RGB") if im.mode != "RGB" else im


def make_thumbnail(path: Path | str, size: int = 256, info: ImageInfo | None = None) -> bytes:
    """JPEG bytes of a thumbnail that fits in ``size`` x ``size``, upright.

    JPEGs are decoded in draft mode (libjpeg DCT scaling), never in full when a reduced
    scale suffices. Raises PhotoReadError when the file cannot be read or decoded. ``info``:
    as for :func:`open_reduced`.
    """
    im = open_reduced(path, size, info)
    im.thumbnail((size, size), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    _to_rgb(im).save(buffer, "JPEG", quality=JPEG_QUALITY)
    return buffer.getvalue()
