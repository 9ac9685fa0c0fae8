"""Locate metadata blocks and the image size in each file format, without decoding pixels.

Each parser walks only the container structure (JPEG segments up to the first scan,
the TIFF IFD0, the top-level HEIF boxes plus libheif's header parse; PNG and WebP chunks
are in :mod:`.png_webp`) and returns a :class:`Blocks`. Structural damage that makes the
image unusable raises :class:`StructureError`, whose text completes the sentence
"<file> ..."; damage that only affects metadata becomes a warning.

Truncation is detected cheaply, without decoding: a JPEG must contain an end-of-image
marker after its first scan (searched backwards from the end of the file, so a complete
file costs one page read; trailers after the EOI, as in motion photos, are allowed), a
PNG must reach its IEND chunk, a WebP its declared RIFF size, a TIFF's strips or tiles
must lie inside the file and every top-level HEIF box must end inside the file. Damage
inside the compressed pixel data itself is only found when decoding (make_thumbnail).
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass, field

from .text import one_line
from .tiff import Buffer, TiffBuffer, TiffError

XMP_SIG = b"http://ns.adobe.com/xap/1.0/\x00"
XMP_EXT_SIG = b"http://ns.adobe.com/xmp/extension/\x00"
PS_SIG = b"Photoshop 3.0\x00"
PNG_SIG = b"\x89PNG\r\n\x1a\n"

FORMATS = ("JPEG", "TIFF", "PNG", "HEIC", "WEBP")


class StructureError(Exception):
    """The file is not a usable image; the message follows the file name in a sentence."""


@dataclass
class Blocks:
    """Raw metadata blocks found in a file, plus its stored pixel size."""

    format: str
    width: int | None = None
    height: int | None = None
    exif: Buffer | None = None  # TIFF-structured EXIF (for TIFF files: the whole file)
    xmp: bytes | None = None
    xmp_extended: dict[str, bytes] = field(default_factory=dict)  # GUID -> packet
    irb: bytes | None = None  # Photoshop image resource block
    iim: bytes | None = None  # bare IIM (TIFF tag 33723, PNG raw profile)
    warnings: list[str] = field(default_factory=list)


def sniff(head: bytes) -> str | None:
    """The format of a file from its first bytes, or None when it is none of FORMATS."""
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(PNG_SIG):
        return "PNG"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "TIFF"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[4:8] == b"ftyp":
        brands = {head[i : i + 4] for i in range(8, min(len(head), 64) - 3, 4)}
        if brands & {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}:
            return "HEIC"
    return None


def describe_unsupported(head: bytes) -> str:
    """Say what a file that is not a supported image seems to be."""
    others = {
        b"GIF8": "a GIF image",
        b"BM": "a BMP image",
        b"%PDF": "a PDF document",
        b"PK\x03\x04": "a ZIP archive (or an Office document)",
        b"II+\x00": "a BigTIFF image, which pressdesk cannot read",
        b"MM\x00+": "a BigTIFF image, which pressdesk cannot read",
        b"\x00\x00\x00\x0cjP": "a JPEG 2000 image",
    }
    for magic, what in others.items():
        if head.startswith(magic):
            return f"is {what}, not a photo pressdesk can catalogue (JPEG, TIFF, PNG, HEIC or WebP)"
    if head[4:8] == b"ftyp":
        return "is an ISO media file (video or AVIF?), not a JPEG, TIFF, PNG, HEIC or WebP photo"
    sample = head.lstrip(b"\xef\xbb\xbf")
    try:
        text = sample.decode("utf-8")
        is_text = all(c.isprintable() or c in "\r\n\t" for c in text[:-4])
    except UnicodeDecodeError:
        is_text = False
    if is_text:
        if re.match(r"\s*<(!doctype html|html)", text, re.I):
            return "is an HTML page, not an image (perhaps a download error page)"
        return "is a text file, not an image"
    return "is not an image in a supported format (JPEG, TIFF, PNG, HEIC or WebP)"


def chunk_name(chunk_type: bytes) -> str:
    """A printable chunk name (damaged files have garbage there)."""
    text = chunk_type.decode("latin-1").strip()
    return text if text.isascii() and text.isprintable() else repr(chunk_type)


def truncated(what: str) -> StructureError:
    return StructureError(
        f"is truncated: {what}; the file was probably cut short while copying or "
        "downloading, so get a complete copy from its source"
    )


# --------------------------------------------------------------------------- JPEG

_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def parse_jpeg(data: Buffer) -> Blocks:
    """Walk JPEG segments up to the first scan (SOS)."""
    out = Blocks("JPEG")
    n = len(data)
    irb_parts: list[bytes] = []
    ext_parts: dict[str, dict[int, bytes]] = {}
    pos = 2
    sos_end = None
    while sos_end is None:
        if pos + 2 > n:
            raise truncated("it ends before the JPEG image data begins")
        if data[pos] != 0xFF:
            raise StructureError(
                f"is a damaged JPEG: byte {pos} should start a segment marker but does not"
            )
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD8:  # standalone markers
            pos += 2
            continue
        if marker == 0xD9:
            raise StructureError("is a damaged JPEG: it ends before any image data")
        if pos + 4 > n:
            raise truncated("it ends inside a JPEG segment header")
        length = struct.unpack_from(">H", data, pos + 2)[0]
        if length < 2:
            raise StructureError(
                f"is a damaged JPEG: the segment at byte {pos} has length {length}"
            )
        end = pos + 2 + length
        if end > n:
            raise truncated("a JPEG segment runs past the end of the file")
        if marker == 0xDA:
            sos_end = end
            break
        payload = data[pos + 4 : end]
        if marker in _SOF and out.width is None:
            if len(payload) >= 5:
                out.height, out.width = struct.unpack_from(">HH", payload, 1)
        elif marker == 0xE1:
            if payload.startswith(b"Exif\x00") and out.exif is None:
                out.exif = payload[6:]
            elif payload.startswith(XMP_SIG) and out.xmp is None:
                out.xmp = payload[len(XMP_SIG) :]
            elif payload.startswith(XMP_EXT_SIG) and len(payload) >= len(XMP_EXT_SIG) + 40:
                head = payload[len(XMP_EXT_SIG) :]
                guid = head[:32].decode("ascii", "replace")
                offset = struct.unpack_from(">I", head, 36)[0]
                ext_parts.setdefault(guid, {})[offset] = head[40:]
        elif marker == 0xED and payload.startswith(PS_SIG):
            irb_parts.append(payload[len(PS_SIG) :])
        pos = end
    if out.width is None or out.height is None:
        raise StructureError("is a damaged JPEG: it has no frame header giving its size")
    if out.height == 0:
        raise StructureError(
            "is a JPEG whose height is not declared in its header; it cannot be read"
        )
    if data.rfind(b"\xff\xd9", sos_end) < 0:
        raise truncated("its JPEG image data stops before the end-of-image marker")
    if irb_parts:
        out.irb = b"".join(irb_parts)
    for guid, parts in ext_parts.items():
        out.xmp_extended[guid] = b"".join(parts[k] for k in sorted(parts))
    return out


# --------------------------------------------------------------------------- TIFF


def parse_tiff_file(data: Buffer) -> Blocks:
    """Read IFD0 of a TIFF file: size, XMP (700), IIM (33723), Photoshop IRB (34377)."""
    out = Blocks("TIFF", exif=data)
    try:
        tiff = TiffBuffer(data)
        entries = tiff.entries(tiff.first_ifd)
    except TiffError as exc:
        raise StructureError(f"is a damaged TIFF: {exc}") from exc
    out.width = tiff.first_int(entries, 0x0100)
    out.height = tiff.first_int(entries, 0x0101)
    if out.width is None or out.height is None:
        raise StructureError("is a damaged TIFF: its first image directory gives no size")
    for tag, attr in ((700, "xmp"), (33723, "iim"), (34377, "irb")):
        entry = entries.get(tag)
        if entry is None:
            continue
        try:
            setattr(out, attr, tiff.raw(entry))
        except TiffError:
            out.warnings.append(
                f"The TIFF metadata tag {tag} points outside the file; it was ignored."
            )
    for offsets_tag, counts_tag in ((0x0111, 0x0117), (0x0144, 0x0145)):
        if offsets_tag in entries and counts_tag in entries:
            try:
                offsets = tiff.ints(entries[offsets_tag])
                counts = tiff.ints(entries[counts_tag])
            except (TiffError, struct.error) as exc:
                raise StructureError(f"is a damaged TIFF: {exc}") from exc
            if any(o + c > len(data) for o, c in zip(offsets, counts, strict=False)):
                raise truncated("its TIFF image data runs past the end of the file")
    return out


# --------------------------------------------------------------------------- HEIC


def _check_boxes(data: Buffer) -> None:
    """Walk the top-level ISO-BMFF boxes: a box running past the end means truncation."""
    pos, n = 0, len(data)
    while pos + 8 <= n:
        size = struct.unpack_from(">I", data, pos)[0]
        if size == 1:
            if pos + 16 > n:
                break
            size = struct.unpack_from(">Q", data, pos + 8)[0]
        elif size == 0:  # the box extends to the end of the file
            return
        if size < 8:
            raise StructureError(f"is a damaged HEIC image: a box at byte {pos} has size {size}")
        if pos + size > n:
            raise truncated(
                f"its HEIF {chunk_name(data[pos + 4 : pos + 8])} box runs past the end of the file"
            )
        pos += size
    if pos != n:
        raise truncated("it ends inside a HEIF box header")


def parse_heic(path: str, data: Buffer) -> Blocks:
    """Read size, EXIF and XMP of the primary HEIF image through libheif (no decoding)."""
    import pillow_heif

    _check_boxes(data)
    try:
        heif = pillow_heif.open_heif(path, convert_hdr_to_8bit=False)
    except Exception as exc:  # libheif reports damage as ValueError, SyntaxError, ...
        raise StructureError(f"is a damaged HEIC image ({one_line(exc)})") from exc
    out = Blocks("HEIC")
    out.width, out.height = heif.size
    exif = heif.info.get("exif")
    if exif:
        out.exif = exif[6:] if exif.startswith(b"Exif\x00") else exif
    xmp = heif.info.get("xmp")
    if xmp:
        out.xmp = xmp
    return out
