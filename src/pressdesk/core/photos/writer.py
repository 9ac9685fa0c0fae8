"""Writing catalogue values into COPIES of photos: IPTC IIM, XMP and EXIF text tags.

Pure Python. For JPEG the metadata segments are rebuilt and everything else (the image
data, ICC profiles, EXIF sub-IFDs, maker notes) is copied byte for byte:

* IPTC IIM in the Photoshop APP13 block, marked UTF-8 (dataset 1:90), each value cut at
  a UTF-8 character boundary to its IIM byte limit (Caption 2000, Credit 32, Copyright
  128, By-line 32, Headline 256, Keywords 64, Source 32, Job Id 32); IIM datasets the
  writer does not manage (dates, city, ...) are kept, re-encoded to UTF-8 when needed.
  The IPTCDigest (resource 0x0425) is set to the MD5 of the new IIM, so MWG readers do
  not take the IIM for stale. Other Photoshop resources are kept.
* XMP in APP1 (see :mod:`.xmp_writer`): unmanaged properties are kept; an existing
  extended-XMP packet is kept only while the main packet still announces it.
* EXIF IFD0 ImageDescription, Artist and Copyright, when the file already has them, are
  set to the catalogue's values, because MWG readers prefer non-blank EXIF values.

Other formats are copied unchanged and get an XMP sidecar (``name.xmp``) instead.
The job id goes into XMP as given; IIM 2:103 holds at most 32 bytes, so a UUID is
written there in its 32-digit hex form.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .containers import PS_SIG, XMP_EXT_SIG, XMP_SIG, sniff
from .fields import EDITABLE, Field, FieldValues
from .iim import RES_IIM, RES_IPTC_DIGEST, _charset_of, decode_legacy, iim_date_parts, iim_text
from .xmp_writer import WriteValues, build_xmp, exif_texts, has_extended_xmp, update_exif_ifd0

__all__ = [
    "PhotoWriteError",
    "WriteValues",
    "WrittenCopy",
    "build_iim",
    "copy_pieces",
    "fit_utf8",
    "write_photo_copy",
]

UTF8_MARKER = b"\x1b%G"
MAX_SEGMENT = 65535 - 2  # payload bytes of one JPEG marker segment
CHUNK = 1 << 20

_BINARY_DATASETS = {0, 200, 201, 202}  # record 2 datasets that are not text


class PhotoWriteError(Exception):
    """A copy with new metadata cannot be written; the message names the file."""


@dataclass(frozen=True)
class WrittenCopy:
    """What :func:`write_photo_copy` wrote: the copy's checksum and size, and a sidecar."""

    sha256: str
    size: int
    embedded: bool  # True when the values are inside the file, False for a sidecar
    sidecar: Path | None = None
    sidecar_sha256: str | None = None
    sidecar_size: int = 0


def fit_utf8(text: str, limit: int) -> bytes:
    """``text`` as UTF-8, cut to at most ``limit`` bytes at a character boundary."""
    raw = text.encode("utf-8")
    if len(raw) <= limit:
        return raw
    return raw[:limit].decode("utf-8", errors="ignore").encode("utf-8")


def _dataset(record: int, number: int, value: bytes) -> bytes:
    if len(value) < 0x8000:
        return bytes([0x1C, record, number]) + struct.pack(">H", len(value)) + value
    return bytes([0x1C, record, number]) + struct.pack(">HI", 0x8004, len(value)) + value


def _iim_datasets(block: bytes) -> list[tuple[int, int, bytes]]:
    """The (record, dataset, value) triples of an IIM stream, up to the first damage."""
    out: list[tuple[int, int, bytes]] = []
    pos, n = 0, len(block)
    while pos + 5 <= n and block[pos] == 0x1C:
        record, number = block[pos + 1], block[pos + 2]
        length = (block[pos + 3] << 8) | block[pos + 4]
        pos += 5
        if length & 0x8000:
            size = length & 0x7FFF
            if size > 4 or pos + size > n:
                break
            length = int.from_bytes(block[pos : pos + size], "big")
            pos += size
        if pos + length > n:
            break
        out.append((record, number, block[pos : pos + length]))
        pos += length
    return out


def iim_values(values: FieldValues, fields: Iterable[Field] = EDITABLE) -> list[tuple[int, bytes]]:
    """The record-2 (dataset, UTF-8 value) pairs of ``values``, each cut at its byte limit."""
    out: list[tuple[int, bytes]] = []
    for f in fields:
        value = values[f.name]
        if f.iim is None or not value or f.value == "langs":
            continue
        if f.value == "date":
            date, time = iim_date_parts(value)
            if date:
                out.append((f.iim.dataset, date.encode("ascii")))
            if time and f.iim.time:
                out.append((f.iim.time, time.encode("ascii")))
            continue
        for item in value if f.is_list else (value,):
            raw = fit_utf8(iim_text(item, f.iim.limit), f.iim.limit)
            if raw:
                out.append((f.iim.dataset, raw))
    return out


def managed_datasets(fields: Iterable[Field]) -> set[int]:
    """The record-2 datasets that writing ``fields`` replaces."""
    out = set()
    for f in fields:
        if f.iim is not None:
            out.add(f.iim.dataset)
            if f.iim.time:
                out.add(f.iim.time)
    return out


def build_iim(
    values: FieldValues, existing: bytes | None = None, fields: Iterable[Field] = EDITABLE
) -> bytes:
    """An IIM stream (UTF-8 marked) carrying ``values`` of ``fields`` and the other datasets
    of ``existing``, re-encoded to UTF-8 when they were in another character set."""
    fields = tuple(fields)
    managed = managed_datasets(fields)
    kept = _iim_datasets(existing) if existing else []
    charset = next((_charset_of(v) for r, d, v in kept if (r, d) == (1, 90)), None)
    record1 = [(d, v) for r, d, v in kept if r == 1 and d != 90]
    record2: list[tuple[int, bytes]] = []
    for r, d, v in kept:
        if r != 2 or d in managed or d == 0:
            continue
        if charset != "utf-8" and d not in _BINARY_DATASETS:
            text = v.decode(charset, errors="replace") if charset else decode_legacy(v)
            v = text.encode("utf-8")
        record2.append((d, v))
    record2 += iim_values(values, fields)
    record2.sort(key=lambda item: item[0])  # stable: repeated values keep their order
    out = [_dataset(1, d, v) for d, v in record1 if d < 90]
    out.append(_dataset(1, 90, UTF8_MARKER))
    out += [_dataset(1, d, v) for d, v in record1 if d > 90]
    out.append(_dataset(2, 0, b"\x00\x04"))  # ApplicationRecordVersion 4
    out += [_dataset(2, d, v) for d, v in record2]
    return b"".join(out)


def _resources(irb: bytes) -> list[tuple[bytes, int, bytes, bytes]]:
    """(signature, id, raw name field, data) of each resource of a Photoshop IRB."""
    out = []
    pos, n = 0, len(irb)
    while pos + 12 <= n and irb[pos : pos + 4] in (b"8BIM", b"PHUT", b"DCSR", b"AgHg", b"MeSa"):
        res_id = struct.unpack_from(">H", irb, pos + 4)[0]
        name_total = irb[pos + 6] + 1
        name_total += name_total & 1
        size_pos = pos + 6 + name_total
        if size_pos + 4 > n:
            break
        size = struct.unpack_from(">I", irb, size_pos)[0]
        if size_pos + 4 + size > n:
            break
        data = irb[size_pos + 4 : size_pos + 4 + size]
        out.append((irb[pos : pos + 4], res_id, irb[pos + 6 : size_pos], data))
        pos = size_pos + 4 + size + (size & 1)
    return out


def _resource(sig: bytes, res_id: int, name: bytes, data: bytes) -> bytes:
    pad = b"\x00" if len(data) & 1 else b""
    return sig + struct.pack(">H", res_id) + name + struct.pack(">I", len(data)) + data + pad


def build_irb(iim: bytes, existing: bytes | None = None) -> bytes:
    """A Photoshop IRB with ``iim`` (0x0404) and its IPTCDigest (0x0425); the other
    resources of ``existing`` are kept in their order."""
    digest = hashlib.md5(iim, usedforsecurity=False).digest()
    parts: list[bytes] = []
    placed = False
    for sig, res_id, name, data in _resources(existing or b""):
        if res_id in (RES_IIM, RES_IPTC_DIGEST):
            if not placed:
                parts.append(_resource(b"8BIM", RES_IIM, b"\x00\x00", iim))
                parts.append(_resource(b"8BIM", RES_IPTC_DIGEST, b"\x00\x00", digest))
                placed = True
            continue
        parts.append(_resource(sig, res_id, name, data))
    if not placed:
        parts.append(_resource(b"8BIM", RES_IIM, b"\x00\x00", iim))
        parts.append(_resource(b"8BIM", RES_IPTC_DIGEST, b"\x00\x00", digest))
    return b"".join(parts)


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def _app13_segments(irb: bytes) -> list[bytes]:
    room = MAX_SEGMENT - len(PS_SIG)
    return [_segment(0xED, PS_SIG + irb[i : i + room]) for i in range(0, len(irb), room)]


def rewrite_jpeg(
    data: bytes | memoryview,
    values: FieldValues,
    name: str = "photo",
    fields: Iterable[Field] = EDITABLE,
) -> list[bytes | memoryview]:
    """The pieces of a copy of a JPEG with ``values`` written in; joined they are the file.

    The last piece is a memoryview of the image data of ``data`` (no copy is made).
    """
    view = memoryview(data)
    if sniff(bytes(view[:4])) != "JPEG":
        raise PhotoWriteError(f"{name} is not a JPEG file.")
    segments: list[tuple[int, bytes | None]] = []  # payload None: a standalone marker
    pos, n = 2, len(view)
    while True:
        if pos + 4 > n or view[pos] != 0xFF:
            raise PhotoWriteError(f"{name} is a damaged JPEG; its metadata cannot be rewritten.")
        marker = view[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:
            segments.append((marker, None))
            pos += 2
            continue
        if marker == 0xDA:
            break
        length = struct.unpack_from(">H", view, pos + 2)[0]
        if length < 2 or pos + 2 + length > n:
            raise PhotoWriteError(f"{name} is a damaged JPEG; its metadata cannot be rewritten.")
        segments.append((marker, bytes(view[pos + 4 : pos + 2 + length])))
        pos += 2 + length
    app1 = [p for m, p in segments if m == 0xE1 and p is not None]
    old_xmp = next((p[len(XMP_SIG) :] for p in app1 if p.startswith(XMP_SIG)), None)
    old_irb = b"".join(
        p[len(PS_SIG) :] for m, p in segments if m == 0xED and p and p.startswith(PS_SIG)
    )
    old_iim = next((d for _s, i, _n, d in _resources(old_irb) if i == RES_IIM), None)
    fields = tuple(fields)
    irb = build_irb(build_iim(values, old_iim, fields), old_irb)
    packet = build_xmp(values, old_xmp, fields=fields)
    if len(XMP_SIG) + len(packet) > MAX_SEGMENT:
        packet = build_xmp(values, None, fields=fields)  # drop the kept properties rather than fail
        if len(XMP_SIG) + len(packet) > MAX_SEGMENT:
            raise PhotoWriteError(
                f"{name}: the catalogue's text is too long for the XMP of a JPEG (64 KB)."
            )
    keep_extended = has_extended_xmp(packet)
    head: list[bytes] = [b"\xff\xd8"]
    new_meta = [_segment(0xE1, XMP_SIG + packet), *_app13_segments(irb)]
    for marker, payload in segments:
        if payload is None:
            head.append(bytes([0xFF, marker]))
            continue
        is_exif = marker == 0xE1 and payload.startswith(b"Exif\x00")
        if marker == 0xE1 and payload.startswith(XMP_SIG):
            continue
        if marker == 0xE1 and payload.startswith(XMP_EXT_SIG) and not keep_extended:
            continue
        if marker == 0xED and payload.startswith(PS_SIG):
            continue
        if new_meta and marker != 0xE0 and not is_exif:
            head.extend(new_meta)  # after JFIF and EXIF, before everything else
            new_meta = []
        if is_exif:
            updated = update_exif_ifd0(payload[6:], exif_texts(values, fields))
            if updated is not None and len(updated) + 6 <= MAX_SEGMENT:
                payload = payload[:6] + updated
        head.append(_segment(marker, payload))
    head.extend(new_meta)
    return [b"".join(head), view[pos:]]


def _write_hashed(pieces: Iterable[bytes | memoryview], target: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with target.open("wb") as fh:
        for piece in pieces:
            digest.update(piece)
            fh.write(piece)
            size += len(piece)
    return digest.hexdigest(), size


def copy_pieces(
    data: bytes, values: FieldValues, name: str = "photo", fields: Iterable[Field] = EDITABLE
) -> tuple[list[bytes | memoryview], bytes | None]:
    """The pieces of the copy of a photo file and, for non-JPEG files, its XMP sidecar.

    JPEG gets the values embedded (a damaged JPEG raises PhotoWriteError); other formats are
    copied unchanged and the values go into the sidecar packet.
    """
    if sniff(data[:64]) == "JPEG":
        return rewrite_jpeg(data, values, name, fields), None
    return [data], build_xmp(values, fields=fields)


def write_photo_copy(
    src: Path, dst: Path, values: FieldValues, fields: Iterable[Field] = EDITABLE
) -> WrittenCopy:
    """Write a copy of ``src`` at ``dst`` carrying ``values``; ``src`` is only read.

    JPEG: the values are embedded (IIM + XMP + EXIF text tags). Other formats: the file is
    copied unchanged and an XMP sidecar is written beside the copy (``dst`` with the
    suffix ``.xmp``). Raises PhotoWriteError (naming ``src``) when the file cannot be used.
    """
    try:
        data = src.read_bytes()
    except OSError as exc:
        raise PhotoWriteError(f"{src} cannot be read ({exc.strerror or exc}).") from None
    pieces, sidecar_packet = copy_pieces(data, values, str(src), fields)
    sha, size = _write_hashed(pieces, dst)
    if sidecar_packet is None:
        return WrittenCopy(sha, size, embedded=True)
    sidecar = dst.with_suffix(".xmp")
    side_sha, side_size = _write_hashed([sidecar_packet], sidecar)
    return WrittenCopy(sha, size, False, sidecar, side_sha, side_size)
