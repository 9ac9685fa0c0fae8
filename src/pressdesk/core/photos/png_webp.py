"""PNG and WebP containers: chunk walks for size, EXIF, XMP and IPTC (see :mod:`.containers`)."""

from __future__ import annotations

import re
import struct
import zlib

from .containers import Blocks, StructureError, chunk_name, truncated
from .tiff import Buffer

MAX_TEXT_CHUNK = 32 << 20  # decompressed size limit of one PNG text chunk


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
            raise truncated("the PNG ends before its IEND chunk")
        length, ctype = struct.unpack_from(">I4s", data, pos)
        if first and ctype != b"IHDR":
            raise StructureError("is a damaged PNG: it does not start with an IHDR header chunk")
        end = pos + 12 + length
        if end > n:
            raise truncated(f"the PNG {chunk_name(ctype)} chunk runs past the end of the file")
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
        raise truncated("the WebP data is shorter than its RIFF header declares")
    pos = 12
    while pos + 8 <= riff_end:
        ctype, length = struct.unpack_from("<4sI", data, pos)
        body_end = pos + 8 + length
        if body_end > riff_end:
            raise truncated(f"the WebP {chunk_name(ctype)} chunk runs past the end of the file")
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
