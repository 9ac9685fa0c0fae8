"""Build real image files with chosen (or deliberately broken) metadata for tests."""

from __future__ import annotations

import hashlib
import io
import os
import struct
import zlib
from pathlib import Path

from PIL import Image

XMP_SIG = b"http://ns.adobe.com/xap/1.0/\x00"
UTF8_MARKER = b"\x1b%G"

# --------------------------------------------------------------------------- corpus


def corpus_photos() -> Path | None:
    """The corpus photo folder: $PRESSDESK_CORPUS[/photos], else <repo>/../shared/corpus/photos."""
    repo = Path(__file__).resolve().parents[2]
    root = Path(os.environ.get("PRESSDESK_CORPUS") or repo.parent / "shared" / "corpus")
    for candidate in (root / "photos", root):
        if (candidate / "expected.json").is_file():
            return candidate
    return None


# --------------------------------------------------------------------------- JPEG


def base_jpeg(size: tuple[int, int] = (64, 48), color: str = "red", **save: object) -> bytes:
    """A plain JPEG (SOI, JFIF APP0, tables, frame, scan, EOI)."""
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "JPEG", **save)
    return buffer.getvalue()


def segment(marker: int, payload: bytes) -> bytes:
    """One JPEG marker segment."""
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def jpeg_with(*segments: bytes, size: tuple[int, int] = (64, 48)) -> bytes:
    """A JPEG with the given segments inserted right after SOI."""
    base = base_jpeg(size)
    return base[:2] + b"".join(segments) + base[2:]


def app1_exif(tiff: bytes) -> bytes:
    return segment(0xE1, b"Exif\x00\x00" + tiff)


def app1_xmp(packet: bytes | str) -> bytes:
    data = packet.encode("utf-8") if isinstance(packet, str) else packet
    return segment(0xE1, XMP_SIG + data)


def app13(irb: bytes) -> bytes:
    return segment(0xED, b"Photoshop 3.0\x00" + irb)


# --------------------------------------------------------------------------- IIM / IRB


def dataset(record: int, number: int, value: bytes | str) -> bytes:
    """One IIM dataset (standard 2-byte length)."""
    data = value.encode("utf-8") if isinstance(value, str) else value
    return bytes([0x1C, record, number]) + struct.pack(">H", len(data)) + data


def iim(*fields: tuple[int, bytes | str], utf8: bool = True) -> bytes:
    """An IIM stream of record-2 datasets, preceded by the 1:90 UTF-8 marker if asked."""
    head = dataset(1, 90, UTF8_MARKER) if utf8 else b""
    return head + b"".join(dataset(2, number, value) for number, value in fields)


def resource(res_id: int, data: bytes) -> bytes:
    """One Photoshop image resource (empty name)."""
    pad = b"\x00" if len(data) % 2 else b""
    return (
        b"8BIM"
        + struct.pack(">H", res_id)
        + b"\x00\x00"
        + struct.pack(">I", len(data))
        + data
        + pad
    )


def irb_with_iim(block: bytes, digest: str | bytes | None = "current") -> bytes:
    """An IRB holding ``block`` as IIM and an IPTCDigest: "current", None, or explicit bytes."""
    out = resource(0x0404, block)
    if digest == "current":
        out += resource(0x0425, hashlib.md5(block).digest())
    elif isinstance(digest, bytes):
        out += resource(0x0425, digest)
    return out


# --------------------------------------------------------------------------- XMP


def xmp_packet(body: str, extra_ns: str = "") -> str:
    """A complete XMP packet around rdf:Description content (attributes + children)."""
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about=""\n'
        '    xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"\n'
        '    xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"\n'
        f"    {extra_ns}>\n{body}\n  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n"
        + " " * 200
        + '\n<?xpacket end="w"?>'
    )


def alt(prop: str, text: str) -> str:
    return f'<{prop}><rdf:Alt><rdf:li xml:lang="x-default">{text}</rdf:li></rdf:Alt></{prop}>'


def bag(prop: str, *items: str, kind: str = "Bag") -> str:
    lis = "".join(f"<rdf:li>{i}</rdf:li>" for i in items)
    return f"<{prop}><rdf:{kind}>{lis}</rdf:{kind}></{prop}>"


# --------------------------------------------------------------------------- EXIF


def exif_tiff(
    ifd0: dict[int, object] | None = None, exif_ifd: dict[int, object] | None = None
) -> bytes:
    """A TIFF-structured EXIF block built by Pillow (without the 'Exif\\0\\0' prefix)."""
    exif = Image.Exif()
    for tag, value in (ifd0 or {}).items():
        exif[tag] = value
    if exif_ifd:
        sub = exif.get_ifd(0x8769)
        for tag, value in exif_ifd.items():
            sub[tag] = value
    data = exif.tobytes()
    return data[6:] if data.startswith(b"Exif\x00\x00") else data


# --------------------------------------------------------------------------- PNG


def png_chunk(ctype: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + ctype + body + struct.pack(">I", zlib.crc32(ctype + body))


def png_with(*chunks: bytes, size: tuple[int, int] = (32, 16)) -> bytes:
    """A valid PNG with extra chunks inserted before IDAT."""
    buffer = io.BytesIO()
    Image.new("RGB", size, "blue").save(buffer, "PNG")
    data = buffer.getvalue()
    idat = data.index(b"IDAT") - 4
    return data[:idat] + b"".join(chunks) + data[idat:]


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose IHDR claims ``width`` x ``height`` with a token IDAT (a bomb stand-in)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", ihdr)
        + png_chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + png_chunk(b"IEND", b"")
    )


def itxt(keyword: str, text: str, compressed: bool = False) -> bytes:
    data = text.encode("utf-8")
    if compressed:
        data = zlib.compress(data)
    body = keyword.encode("latin-1") + b"\x00" + bytes([int(compressed), 0]) + b"\x00\x00" + data
    return png_chunk(b"iTXt", body)


def ztxt(keyword: str, compressed_text: bytes) -> bytes:
    return png_chunk(b"zTXt", keyword.encode("latin-1") + b"\x00\x00" + compressed_text)


def raw_profile(kind: str, data: bytes) -> bytes:
    """ImageMagick/GIMP 'Raw profile type <kind>' zTXt chunk."""
    hexdata = data.hex()
    lines = "\n".join(hexdata[i : i + 72] for i in range(0, len(hexdata), 72))
    text = f"\n{kind}\n{len(data):8d}\n{lines}\n".encode("ascii")
    return ztxt(f"Raw profile type {kind}", zlib.compress(text))


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- raw TIFF

Entry = tuple[int, int, int, bytes]  # tag, TIFF type, count, value bytes


def ascii_entry(tag: int, text: str) -> Entry:
    data = text.encode("utf-8") + b"\x00"
    return (tag, 2, len(data), data)


def short_entry(tag: int, value: int) -> Entry:
    return (tag, 3, 1, struct.pack("<H", value))


def long_entry(tag: int, value: int) -> Entry:
    return (tag, 4, 1, struct.pack("<I", value))


def tiff_le(ifd0: list[Entry], ifd1: list[Entry] | None = None, blob: bytes = b"") -> bytes:
    """A little-endian TIFF/EXIF structure: IFD0, optional IFD1, then value data, then
    ``blob``. In IFD1, a LONG tag 0x0201 whose value is 0 is pointed at ``blob``."""

    def ifd_size(entries: list[Entry]) -> int:
        return 2 + 12 * len(entries) + 4

    ifd0_at = 8
    ifd1_at = ifd0_at + ifd_size(ifd0)
    data_at = ifd1_at + (ifd_size(ifd1) if ifd1 else 0)
    data = bytearray()
    blob_at = data_at + sum(
        len(e[3]) + (len(e[3]) & 1) for e in ifd0 + (ifd1 or []) if len(e[3]) > 4
    )

    def encode(entries: list[Entry], next_ifd: int) -> bytes:
        out = bytearray(struct.pack("<H", len(entries)))
        for tag, ftype, count, value in entries:
            if tag == 0x0201 and value == struct.pack("<I", 0):
                value = struct.pack("<I", blob_at)
            if len(value) > 4:
                field = struct.pack("<I", data_at + len(data))
                data.extend(value + (b"\x00" if len(value) & 1 else b""))
            else:
                field = value.ljust(4, b"\x00")
            out += struct.pack("<HHI", tag, ftype, count) + field
        out += struct.pack("<I", next_ifd)
        return bytes(out)

    first = encode(ifd0, ifd1_at if ifd1 else 0)
    second = encode(ifd1, 0) if ifd1 else b""
    return b"II*\x00" + struct.pack("<I", ifd0_at) + first + second + bytes(data) + blob
