"""Locate metadata blocks and the image size in each file format, without decoding pixels.

Each parser walks only the container structure (JPEG segments up to the first scan,
PNG chunks, RIFF chunks, the TIFF IFD0, the HEIF boxes via libheif) and returns a
:class:`Blocks`. Structural damage that makes the image unusable raises
:class:`StructureError` whose text completes the sentence "<file> ..."; damage that only
affects metadata becomes a warning.

Truncation is detected cheaply: a JPEG must contain an end-of-image marker after its
first scan (searched backwards from the end of the file, so a complete file costs one
page read; trailers after the EOI are allowed), a PNG must reach its IEND chunk, a WebP
its declared RIFF size, and a TIFF's strips or tiles must lie inside the file. HEIC is
left to libheif, which reports damage when the pixels are decoded.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass, field

from .tiff import Buffer, TiffBuffer, TiffError

XMP_SIG = b"http://ns.adobe.com/xap/1.0/\x00"
XMP_EXT_SIG = b"http://ns.adobe.com/xmp/extension/\x00"
PS_SIG = b"Photoshop 3.0\x00"
PNG_SIG = b"\x89PNG\r\n\x1a\n"
MAX_TEXT_CHUNK = 32 << 20  # decompressed size limit of one PNG text chunk

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


def _name(chunk_type: bytes) -> str:
    """A printable chunk name (damaged files have garbage there)."""
    text = chunk_type.decode("latin-1").strip()
    return text if text.isascii() and text.isprintable() else repr(chunk_type)


def _truncated(what: str) -> StructureError:
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
            raise _truncated("it ends before the JPEG image data begins")
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
            raise _truncated("it ends inside a JPEG segment header")
        length = struct.unpack_from(">H", data, pos + 2)[0]
        if length < 2:
            raise StructureError(
                f"is a damaged JPEG: the segment at byte {pos} has length {length}"
            )
        end = pos + 2 + length
        if end > n:
            raise _truncated("a JPEG segment runs past the end of the file")
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
        raise _truncated("its JPEG image data stops before the end-of-image marker")
    if irb_parts:
        out.irb = b"".join(irb_parts)
    for guid, parts in ext_parts.items():
        out.xmp_extended[guid] = b"".join(parts[k] for k in sorted(parts))
    return out


# --------------------------------------------------------------------------- PNG


def _inflate(data: bytes, warnings: list[str], what: str) -> bytes | None:
    inflater = zlib.decompressobj()
    try:
        result = inflater.decompress(data, MAX_TEXT_CHUNK)
    except zlib.error:
        warnings.append(f"The compressed PNG {what} chunk is damaged; it was ignored.")
        return None
    if inflater.unconsumed_tail:
        warnings.append(f"The PNG {what} chunk inflates to more than 32 MiB; it was ignored.")
        return None
    return result


def _raw_profile(text: bytes, warnings: list[str]) -> bytes | None:
    """Decode an ImageMagick 'Raw profile type ...' text: name, length, hex digits."""
    m = re.match(rb"\s*(\S+)\s*\n\s*(\d+)\s*\n(.*)", text, re.S)
    if not m:
        warnings.append("A PNG raw profile text chunk is malformed; it was ignored.")
        return None
    length = int(m.group(2))
    digits = re.sub(rb"\s+", b"", m.group(3))
    try:
        raw = bytes.fromhex(digits.decode("ascii"))
    except ValueError:
        warnings.append("A PNG raw profile text chunk has bad hex digits; it was ignored.")
        return None
    return raw[:length]


def _png_text(ctype: bytes, body: bytes, warnings: list[str]) -> tuple[str, bytes] | None:
    """(keyword, text bytes) of a tEXt/zTXt/iTXt chunk whose keyword matters to us."""
    keyword, sep, rest = body.partition(b"\x00")
    if not sep:
        return None
    key = keyword.decode("latin-1")
    if key != "XML:com.adobe.xmp" and not key.lower().startswith("raw profile type "):
        return None
    if ctype == b"tEXt":
        return key, rest
    if ctype == b"zTXt":
        text = _inflate(rest[1:], warnings, key)
        return (key, text) if text is not None else None
    # iTXt: compression flag, method, language\0, translated keyword\0, text
    if len(rest) < 2:
        return None
    flag = rest[0]
    lang_rest = rest[2:]
    _lang, _, lang_rest = lang_rest.partition(b"\x00")
    _tkey, _, text_bytes = lang_rest.partition(b"\x00")
    if flag:
        inflated = _inflate(text_bytes, warnings, key)
        return (key, inflated) if inflated is not None else None
    return key, text_bytes


def parse_png(data: Buffer) -> Blocks:
    """Walk all PNG chunks (metadata may follow the image data), skipping pixel data."""
    out = Blocks("PNG")
    n = len(data)
    pos = 8
    first = True
    while True:
        if pos + 8 > n:
            raise _truncated("the PNG ends before its IEND chunk")
        length, ctype = struct.unpack_from(">I4s", data, pos)
        if first and ctype != b"IHDR":
            raise StructureError("is a damaged PNG: it does not start with an IHDR header chunk")
        end = pos + 12 + length
        if end > n:
            raise _truncated(f"the PNG {_name(ctype)} chunk runs past the end of the file")
        first = False
        if ctype == b"IEND":
            break
        if ctype in (b"IHDR", b"tEXt", b"zTXt", b"iTXt", b"eXIf"):
            body = data[pos + 8 : pos + 8 + length]
            crc = struct.unpack_from(">I", data, pos + 8 + length)[0]
            if zlib.crc32(ctype + body) != crc:
                if ctype == b"IHDR":
                    raise StructureError(
                        "is a damaged PNG: its IHDR header chunk fails its checksum"
                    )
                out.warnings.append(
                    f"A PNG {ctype.decode()} chunk fails its checksum; it was ignored."
                )
            elif ctype == b"IHDR":
                out.width, out.height = struct.unpack_from(">II", body, 0)
            elif ctype == b"eXIf":
                out.exif = body[6:] if body.startswith(b"Exif\x00") else body
            else:
                _png_metadata(out, _png_text(ctype, body, out.warnings))
        pos = end
    return out


def _png_metadata(out: Blocks, found: tuple[str, bytes] | None) -> None:
    if found is None:
        return
    key, text = found
    if key == "XML:com.adobe.xmp":
        out.xmp = out.xmp or text
        return
    kind = key[len("raw profile type ") :].lower()
    raw = _raw_profile(text, out.warnings)
    if not raw:
        return
    if kind in ("exif", "app1") and out.exif is None:
        out.exif = raw[6:] if raw.startswith(b"Exif\x00") else raw
    elif kind in ("iptc", "8bim"):
        if raw.startswith(b"8BIM"):
            out.irb = out.irb or raw
        elif raw.startswith(b"\x1c"):
            out.iim = out.iim or raw
    elif kind == "xmp":
        out.xmp = out.xmp or raw


# --------------------------------------------------------------------------- WebP


def parse_webp(data: Buffer) -> Blocks:
    """Walk RIFF chunks: VP8X/VP8/VP8L for the size, EXIF and XMP chunks."""
    out = Blocks("WEBP")
    n = len(data)
    riff_end = 8 + struct.unpack_from("<I", data, 4)[0]
    if riff_end > n:
        raise _truncated("the WebP data is shorter than its RIFF header declares")
    pos = 12
    while pos + 8 <= riff_end:
        ctype, length = struct.unpack_from("<4sI", data, pos)
        body_end = pos + 8 + length
        if body_end > riff_end:
            raise _truncated(f"the WebP {_name(ctype)} chunk runs past the end of the file")
        body = (
            data[pos + 8 : body_end]
            if ctype in (b"VP8X", b"EXIF", b"XMP ")
            else data[pos + 8 : pos + 8 + 16]
        )
        if ctype == b"VP8X" and len(body) >= 10:
            out.width = 1 + int.from_bytes(body[4:7], "little")
            out.height = 1 + int.from_bytes(body[7:10], "little")
        elif (
            ctype == b"VP8 "
            and out.width is None
            and len(body) >= 10
            and body[3:6] == b"\x9d\x01\x2a"
        ):
            w, h = struct.unpack_from("<HH", body, 6)
            out.width, out.height = w & 0x3FFF, h & 0x3FFF
        elif ctype == b"VP8L" and out.width is None and len(body) >= 5 and body[0] == 0x2F:
            bits = int.from_bytes(body[1:5], "little")
            out.width, out.height = 1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF)
        elif ctype == b"EXIF" and out.exif is None:
            out.exif = body[6:] if body.startswith(b"Exif\x00") else body
        elif ctype == b"XMP " and out.xmp is None:
            out.xmp = body
        pos = body_end + (length & 1)
    if out.width is None or out.height is None:
        raise StructureError("is a damaged WebP: it has no image chunk giving its size")
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
                raise _truncated("its TIFF image data runs past the end of the file")
    return out


# --------------------------------------------------------------------------- HEIC


def parse_heic(path: str) -> Blocks:
    """Read size, EXIF and XMP of the primary HEIF image through libheif (no decoding)."""
    import pillow_heif

    try:
        heif = pillow_heif.open_heif(path, convert_hdr_to_8bit=False)
    except (ValueError, RuntimeError, OSError, EOFError) as exc:
        raise StructureError(f"is a damaged HEIC image ({exc})") from exc
    out = Blocks("HEIC")
    out.width, out.height = heif.size
    exif = heif.info.get("exif")
    if exif:
        out.exif = exif[6:] if exif.startswith(b"Exif\x00") else exif
    xmp = heif.info.get("xmp")
    if xmp:
        out.xmp = xmp
    return out
