"""read_photo: format, size and reconciled metadata of a photo file, without decoding pixels."""

from __future__ import annotations

import hashlib
import mmap
import os
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PIL import Image

from . import containers, png_webp, reconcile
from .containers import Blocks, StructureError
from .exif import ExifData, orientation_of, read_exif, thumbnail_location
from .iim import IimData, parse_iim, parse_irb
from .model import ImageInfo, PhotoReadError, PhotoReading
from .text import one_line
from .xmp import XmpData, extended_guid, merge, parse_xmp


def _fail(path: Path, predicate: str) -> PhotoReadError:
    return PhotoReadError(path, f"{path} {predicate}.")


@contextmanager
def _mapped(path: Path) -> Iterator[mmap.mmap]:
    """Memory-map a photo file read-only, turning OS errors into PhotoReadError."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise _fail(path, "is a folder, not a photo file")
        if size == 0:
            raise _fail(path, "is empty (0 bytes); it is not a photo")
        with path.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            yield mm
    except FileNotFoundError as exc:
        raise _fail(path, "does not exist") from exc
    except PermissionError as exc:
        raise _fail(path, "cannot be opened: permission denied") from exc
    except OSError as exc:
        raise _fail(path, f"cannot be read ({exc.strerror or exc})") from exc


def size_check(path: Path, width: int, height: int) -> str | None:
    """Apply Pillow's decompression-bomb limits to a declared size.

    Raises PhotoReadError above twice ``Image.MAX_IMAGE_PIXELS`` (where Pillow refuses to
    open), returns a warning above ``MAX_IMAGE_PIXELS`` (where Pillow warns).
    """
    if width <= 0 or height <= 0:
        raise _fail(path, f"declares an impossible image size of {width}x{height} pixels")
    limit = Image.MAX_IMAGE_PIXELS
    if limit is None:
        return None
    pixels = width * height
    if pixels > 2 * limit:
        raise _fail(
            path,
            f"is {width}x{height} pixels ({pixels / 1e6:,.0f} megapixels), which exceeds the "
            f"safety limit of {2 * limit / 1e6:,.0f} megapixels against decompression bombs; "
            "it was not opened",
        )
    if pixels > limit:
        return (
            f"The image is {pixels / 1e6:,.0f} megapixels, above the {limit / 1e6:,.0f} megapixel "
            "decompression-bomb warning threshold."
        )
    return None


def _blocks(path: Path, mm: mmap.mmap) -> Blocks:
    head = mm[:64]
    fmt = containers.sniff(head)
    try:
        if fmt == "JPEG":
            return containers.parse_jpeg(mm)
        if fmt == "PNG":
            return png_webp.parse_png(mm)
        if fmt == "TIFF":
            return containers.parse_tiff_file(mm)
        if fmt == "WEBP":
            return png_webp.parse_webp(mm)
        if fmt == "HEIC":
            return containers.parse_heic(os.fspath(path), mm)
    except StructureError as exc:
        raise _fail(path, str(exc)) from exc
    except (IndexError, ValueError, OverflowError, struct.error) as exc:
        raise _fail(path, f"has a damaged {fmt} structure ({one_line(exc)})") from exc
    raise _fail(path, containers.describe_unsupported(head))


def _digest_status(irb_digest: bytes | None, iim: IimData | None) -> str:
    if iim is None:
        return "none"
    if irb_digest is None:
        return "missing"
    return "current" if irb_digest.hex() == iim.digest else "stale"


def read_photo(path: Path | str) -> PhotoReading:
    """Read format, size, orientation and the reconciled EXIF/IIM/XMP metadata of a photo.

    Only container headers and metadata blocks are parsed; pixels are never decoded.
    Damaged metadata gives warnings; a file that is missing, empty, not a supported image,
    structurally damaged, truncated (see :mod:`.containers`) or over the
    decompression-bomb limit raises :class:`PhotoReadError`.
    """
    path = Path(path)
    warnings: list[str] = []
    with _mapped(path) as mm:
        blocks = _blocks(path, mm)
        warnings.extend(blocks.warnings)
        exif: ExifData | None = None
        if blocks.exif is not None:
            exif = read_exif(blocks.exif)
            warnings.extend(exif.warnings)
        if blocks.format == "TIFF" and exif is not None and not exif.present:
            exif = None
    iim_block = blocks.iim
    irb_digest = None
    if blocks.irb is not None:
        irb = parse_irb(blocks.irb)
        warnings.extend(irb.warnings)
        iim_block = irb.iim if irb.iim is not None else iim_block
        irb_digest = irb.digest
    iim = parse_iim(iim_block) if iim_block is not None else None
    if iim is not None:
        warnings.extend(iim.warnings)
    xmp = _xmp(blocks, warnings)
    status = _digest_status(irb_digest, iim)
    if status == "stale" and iim is not None and not iim.is_empty() and xmp is not None:
        warnings.append(
            "The IPTC IIM was changed after the XMP was last synchronised (stale IPTC "
            "digest); the IIM values were preferred."
        )
    metadata = reconcile.reconcile(exif, iim, xmp, status)
    sources = []
    if exif is not None and exif.present:
        sources.append(("exif", reconcile.from_exif(exif)))
    if iim is not None and not iim.is_empty():
        sources.append(("iim", reconcile.from_iim(iim)))
    if xmp is not None and xmp.props:
        sources.append(("xmp", reconcile.from_xmp(xmp)))
    orientation = exif.orientation if exif is not None else 1
    info = _info(path, blocks, orientation, warnings)
    return PhotoReading(
        info=info,
        metadata=metadata,
        exif_table=tuple(exif.table) if exif else (),
        warnings=tuple(dict.fromkeys(warnings)),
        sources=tuple(sources),
        iptc_digest=status,
    )


def _xmp(blocks: Blocks, warnings: list[str]) -> XmpData | None:
    if blocks.xmp is None:
        return None
    main = parse_xmp(blocks.xmp)
    guid = extended_guid(main)
    if guid and guid in blocks.xmp_extended:
        merge(main, parse_xmp(blocks.xmp_extended[guid]))
    warnings.extend(main.warnings)
    return main


def _info(path: Path, blocks: Blocks, orientation: int, warnings: list[str]) -> ImageInfo:
    width, height = blocks.width, blocks.height
    assert width is not None and height is not None  # containers guarantee a size
    warning = size_check(path, width, height)
    if warning:
        warnings.append(warning)
    if blocks.format == "HEIC":
        orientation = 1  # libheif applies the container's rotation itself
    shown_w, shown_h = (height, width) if orientation >= 5 else (width, height)
    return ImageInfo(
        format=blocks.format,
        width=shown_w,
        height=shown_h,
        orientation=orientation,
        pixel_width=width,
        pixel_height=height,
    )


def probe(path: Path | str) -> ImageInfo:
    """Format, size and orientation only: the structural checks of :func:`read_photo`
    (same errors) without reading IIM, XMP or the EXIF tags."""
    path = Path(path)
    with _mapped(path) as mm:
        blocks = _blocks(path, mm)
        orientation = orientation_of(blocks.exif) if blocks.exif is not None else 1
    return _info(path, blocks, orientation, [])


def embedded_thumbnail(path: Path | str) -> bytes | None:
    """The JPEG thumbnail stored in the file's EXIF IFD1 (or Photoshop resources), if any.

    Cheap: only the metadata blocks are read. The bytes are returned as stored; the
    thumbnail is usually in sensor orientation, so apply ``ImageInfo.orientation`` when
    showing it. Returns None when the file has no usable thumbnail; raises
    PhotoReadError when the file itself cannot be read.
    """
    path = Path(path)
    with _mapped(path) as mm:
        blocks = _blocks(path, mm)
        if blocks.exif is not None:
            location = thumbnail_location(blocks.exif)
            if location is not None:
                offset, length = location
                data = bytes(blocks.exif[offset : offset + length])
                if data.startswith(b"\xff\xd8"):
                    return data
    if blocks.irb is not None:
        thumb = parse_irb(blocks.irb).thumbnail
        if thumb:
            return thumb
    return None


def sha256_file(path: Path | str, chunk: int = 1 << 20) -> str:
    """SHA-256 (hex) of a file, read in ``chunk``-byte pieces (constant memory)."""
    digest = hashlib.sha256()
    buffer = bytearray(chunk)  # reused: no allocation per piece
    view = memoryview(buffer)
    with Path(path).open("rb", buffering=0) as fh:
        while n := fh.readinto(buffer):
            digest.update(view[:n])
    return digest.hexdigest()
