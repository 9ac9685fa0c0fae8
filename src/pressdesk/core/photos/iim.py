"""IPTC IIM (Information Interchange Model) and Photoshop image resource blocks.

The IIM usually lives in a Photoshop "image resource block" (IRB): JPEG APP13
``Photoshop 3.0``, TIFF tag 34377, or (as raw IIM) TIFF tag 33723 and PNG
``Raw profile type iptc`` text chunks. Resource 0x0404 holds the IIM and resource 0x0425
the MD5 ``IPTCDigest`` that a Metadata-Working-Group-aware writer stored the last time it
synchronised IIM and XMP; when it differs from the MD5 of the current IIM, the IIM was
edited later by a tool that did not update the XMP (the digest is *stale*).
"""

from __future__ import annotations

import hashlib
import re
import struct
import uuid
from dataclasses import dataclass, field

from .fields import BY_IIM, BY_IIM_TIME
from .text import clean, decode_legacy, plausible_datetime

IRB_SIGNATURES = (b"8BIM", b"PHUT", b"DCSR", b"AgHg", b"MeSa")
RES_IIM = 0x0404
RES_THUMBNAIL = 0x040C
RES_IPTC_DIGEST = 0x0425

# ISO 2022 escape sequences seen in dataset 1:90 (CodedCharacterSet)
_CHARSETS: dict[bytes, str] = {
    b"\x1b%G": "utf-8",
    b"\x1b%/I": "utf-8",  # UTF-8 level 1 (rare)
    b"\x1b-A": "latin-1",
    b"\x1b.A": "latin-1",
    b"\x1b-B": "iso8859-2",
    b"\x1b-F": "iso8859-7",
    b"\x1b-H": "iso8859-8",
    b"\x1b-L": "iso8859-5",
}


@dataclass
class IrbData:
    """The resources of a Photoshop image resource block that the reader uses."""

    iim: bytes | None = None
    digest: bytes | None = None  # stored IPTCDigest (16 bytes)
    thumbnail: bytes | None = None  # JPEG data of resource 0x040C
    warnings: list[str] = field(default_factory=list)


@dataclass
class IimData:
    """Decoded IIM record 2 values, with what is needed to reconcile them."""

    values: dict[str, str] = field(default_factory=dict)  # field name -> text
    times: dict[str, str] = field(default_factory=dict)  # date field -> its time dataset
    lists: dict[str, list[str]] = field(default_factory=dict)
    raw_sizes: dict[str, list[int]] = field(default_factory=dict)  # byte length per value
    charset: str | None = None  # declared by 1:90, None when undeclared
    digest: str = ""  # MD5 (hex) of the IIM block as stored
    warnings: list[str] = field(default_factory=list)

    def is_empty(self) -> bool:
        """True when no record-2 field was found."""
        return not self.values and not self.lists


def parse_irb(data: bytes) -> IrbData:
    """Parse a Photoshop image resource block; damage gives warnings, never an exception."""
    out = IrbData()
    pos = 0
    n = len(data)
    while pos + 12 <= n:
        sig = data[pos : pos + 4]
        if sig not in IRB_SIGNATURES:
            if data[pos:].strip(b"\x00"):
                out.warnings.append(
                    f"The Photoshop resource block is damaged at byte {pos}; "
                    "resources after it were ignored."
                )
            break
        res_id = struct.unpack_from(">H", data, pos + 4)[0]
        name_len = data[pos + 6]
        name_total = name_len + 1
        name_total += name_total & 1  # Pascal string padded to an even size
        size_pos = pos + 6 + name_total
        if size_pos + 4 > n:
            out.warnings.append("The Photoshop resource block ends inside a resource header.")
            break
        size = struct.unpack_from(">I", data, size_pos)[0]
        start = size_pos + 4
        if start + size > n:
            out.warnings.append(
                f"Photoshop resource 0x{res_id:04X} claims {size} bytes but only "
                f"{n - start} remain; it was ignored."
            )
            break
        payload = data[start : start + size]
        if res_id == RES_IIM and out.iim is None:
            out.iim = payload
        elif res_id == RES_IPTC_DIGEST and size == 16:
            out.digest = payload
        elif res_id == RES_THUMBNAIL and size > 28 and payload[28:30] == b"\xff\xd8":
            out.thumbnail = payload[28:]
        pos = start + size + (size & 1)
    return out


def _decode(raw: bytes, charset: str | None) -> str:
    if charset is not None:
        try:
            return raw.decode(charset)
        except (UnicodeDecodeError, LookupError):
            pass
    return decode_legacy(raw)


def parse_iim(block: bytes) -> IimData:
    """Parse an IIM stream (sequence of 0x1C-tagged datasets) into record-2 values.

    A dataset whose length runs past the end of the block stops the parse with a
    warning; values read before it are kept.
    """
    out = IimData(digest=hashlib.md5(block, usedforsecurity=False).hexdigest())
    raw_items: list[tuple[int, bytes]] = []
    pos = 0
    n = len(block)
    while pos < n:
        if block[pos] != 0x1C:
            if block[pos:].strip(b"\x00"):
                out.warnings.append(
                    f"The IPTC IIM data has unexpected bytes at offset {pos}; the rest was ignored."
                )
            break
        if pos + 5 > n:
            out.warnings.append("The IPTC IIM data ends inside a dataset header.")
            break
        record, dataset = block[pos + 1], block[pos + 2]
        length = (block[pos + 3] << 8) | block[pos + 4]
        pos += 5
        if length & 0x8000:  # extended dataset: length of the length follows
            len_len = length & 0x7FFF
            if len_len > 4 or pos + len_len > n:
                out.warnings.append(
                    f"The IPTC IIM dataset {record}:{dataset} has an invalid extended length; "
                    "the rest was ignored."
                )
                break
            length = int.from_bytes(block[pos : pos + len_len], "big")
            pos += len_len
        if pos + length > n:
            out.warnings.append(
                f"The IPTC IIM dataset {record}:{dataset} claims {length} bytes but only "
                f"{n - pos} remain; it and the rest were ignored."
            )
            break
        value = block[pos : pos + length]
        pos += length
        if record == 1 and dataset == 90:
            out.charset = _charset_of(value)
            if out.charset is None:
                out.warnings.append(
                    "The IPTC IIM declares a character set this reader does not know; "
                    "text was decoded as UTF-8 or Windows-1252."
                )
        elif record == 2 and (dataset in BY_IIM or dataset in BY_IIM_TIME):
            raw_items.append((dataset, value))
    for dataset, value in raw_items:
        _store(out, dataset, value)
    return out


def _store(out: IimData, dataset: int, value: bytes) -> None:
    """Decode one record-2 dataset into ``out`` under its field's name."""
    text = clean(_decode(value, out.charset))
    if text is None:
        return
    if dataset in BY_IIM_TIME:
        out.times.setdefault(BY_IIM_TIME[dataset].name, text)
        return
    f = BY_IIM[dataset]
    out.raw_sizes.setdefault(f.name, []).append(len(value.rstrip(b"\x00 ")))
    if f.iim is not None and f.iim.repeatable:
        out.lists.setdefault(f.name, []).append(text)
    else:
        out.values.setdefault(f.name, text)


def _charset_of(value: bytes) -> str | None:
    value = value.strip(b"\x00 ")
    for seq, name in _CHARSETS.items():
        if value.startswith(seq):
            return name
    return None


_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_TIME = re.compile(r"^(\d{2})(\d{2})(\d{2})(?:([+-])(\d{2})(\d{2}))?$")


def iim_date(date: str | None, time: str | None) -> str | None:
    """Combine IIM DateCreated (CCYYMMDD) and TimeCreated (HHMMSS±HHMM) into ISO 8601.

    A date whose month or day is 00 is shortened to what is known (``YYYY`` or
    ``YYYY-MM``). An unparseable date gives None.
    """
    if not date:
        return None
    m = _DATE.match(date.strip())
    if not m:
        return None
    year, month, day = m.groups()
    if year == "0000" or not plausible_datetime(month, day):
        return None
    if month == "00":
        return year
    if day == "00":
        return f"{year}-{month}"
    iso = f"{year}-{month}-{day}"
    t = _TIME.match((time or "").strip())
    if t:
        hh, mm, ss, sign, zh, zm = t.groups()
        if not plausible_datetime(None, None, hh, mm, ss):
            return iso
        iso += f"T{hh}:{mm}:{ss}"
        if sign:
            iso += f"{sign}{zh}:{zm}"
    return iso


def is_truncated(raw_size: int, limit: int) -> bool:
    """Whether an IIM value of ``raw_size`` bytes was probably cut at its length limit.

    A UTF-8 writer that cuts at a character boundary can leave up to 3 bytes unused, so
    sizes within 3 bytes of the limit count (the caller also requires that the XMP value
    is longer and begins with the IIM value).
    """
    return limit - 3 <= raw_size <= limit


def iim_text(value: str, limit: int) -> str:
    """The text IIM gets for ``value``: a UUID too long for its dataset in its 32-digit hex
    form (a release uid as job id in 2:103), anything else as it is."""
    if len(value) <= limit:
        return value
    try:
        return uuid.UUID(value).hex
    except ValueError:
        return value


_ISO = re.compile(
    r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?"
    r"(Z|[+-]\d{2}:?\d{2})?)?)?)?$"
)


def iim_date_parts(iso: str | None) -> tuple[str | None, str | None]:
    """ISO 8601 -> IIM (DateCreated ``CCYYMMDD``, TimeCreated ``HHMMSS±HHMM`` or None).

    Unknown month or day are written ``00`` (IIM's way of saying "unknown"); a time
    without a zone is written without one; fractions of a second are dropped.
    """
    m = _ISO.match((iso or "").strip())
    if not m:
        return None, None
    year, month, day, hh, mm, ss, zone = m.groups()
    date = f"{year}{month or '00'}{day or '00'}"
    if hh is None:
        return date, None
    time = f"{hh}{mm}{ss or '00'}"
    if zone:
        time += "+0000" if zone == "Z" else zone.replace(":", "")
    return date, time
