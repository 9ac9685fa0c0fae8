"""EXIF reading with exifread, hardened against damaged data.

exifread's own ``process_file`` either returns every tag or raises; here each IFD is
first checked with the bounds-checked walker of :mod:`.tiff` and then dumped by
exifread on its own, so one broken directory costs only that directory. Tags whose
value lies outside the EXIF data (bad offsets) are dropped. exifread's log messages
become warnings of the read instead of stray lines on stderr.
"""

from __future__ import annotations

import io
import logging
import re
import struct
import threading
from dataclasses import dataclass, field
from typing import Any, BinaryIO, cast

from exifread.core.exif_header import ExifHeader  # exifread 3.x: does the per-IFD work

from .fields import FIELDS
from .text import clean, decode_legacy, plausible_datetime
from .tiff import Buffer, TiffBuffer, TiffError

TAG_EXIF_IFD = 0x8769
TAG_GPS_IFD = 0x8825
TAG_INTEROP_IFD = 0xA005

# tags that mean nothing to a person looking at a photo (pointers, layout, binary blobs)
_HIDDEN_TAGS = {
    0x0111, 0x0117, 0x0144, 0x0145, 0x0201, 0x0202, 0x02BC, 0x83BB, 0x8649, 0x8769,
    0x8773, 0x8825, 0x927C, 0xA005, 0xC4A5, 0x014A, 0x9286,
}  # fmt: skip
_MAX_VALUE_CHARS = 300

#: EXIF date tag -> its sub-second and time-zone companion tags
DATE_COMPANIONS = {
    "Exif.Photo.DateTimeOriginal": (
        "Exif.Photo.SubSecTimeOriginal",
        "Exif.Photo.OffsetTimeOriginal",
    ),
    "Exif.Photo.DateTimeDigitized": (
        "Exif.Photo.SubSecTimeDigitized",
        "Exif.Photo.OffsetTimeDigitized",
    ),
    "Exif.Image.DateTime": ("Exif.Photo.SubSecTime", "Exif.Photo.OffsetTime"),
}
_EXIF_DATE = re.compile(r"^(\d{4})[:-](\d{2})[:-](\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2}))?$")
_SUBSEC = re.compile(r"^\d{1,9}$")
_OFFSET = re.compile(r"^[+-]\d{2}:\d{2}$")


@dataclass
class ExifData:
    """The EXIF values the reader uses, the inspector table and any warnings."""

    values: dict[str, str] = field(default_factory=dict)  # exiv2 key -> text (dates ISO)
    orientation: int = 1
    table: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    present: bool = False


class _Capture(logging.Handler):
    """Collects exifread warnings for the read running in the current thread."""

    local = threading.local()

    def emit(self, record: logging.LogRecord) -> None:
        sink: list[str] | None = getattr(self.local, "sink", None)
        if sink is not None and record.levelno >= logging.WARNING:
            sink.append(record.getMessage())


_capture = _Capture()
_exif_logger = logging.getLogger("exifread")
if not any(isinstance(h, _Capture) for h in _exif_logger.handlers):
    _exif_logger.addHandler(_capture)
    _exif_logger.propagate = False


def _text(tag: Any) -> str | None:
    if tag is None:
        return None
    values = tag.values
    if isinstance(values, bytes):
        return clean(decode_legacy(values))
    if isinstance(values, str):
        return clean(values)
    return clean(str(tag.printable))


def exif_date(date: str | None, subsec: str | None, offset: str | None) -> str | None:
    """ISO 8601 from EXIF DateTimeOriginal plus SubSecTimeOriginal and OffsetTimeOriginal."""
    if not date:
        return None
    m = _EXIF_DATE.match(date.strip())
    if not m:
        return None
    year, month, day, hh, mm, ss = m.groups()
    if year == "0000" or month == "00" or day == "00":
        return None
    if not plausible_datetime(month, day, hh, mm, ss):
        return None
    iso = f"{year}-{month}-{day}"
    if hh is None:
        return iso
    iso += f"T{hh}:{mm}:{ss}"
    if subsec and _SUBSEC.match(subsec.strip()):
        iso += "." + subsec.strip()
    if offset and _OFFSET.match(offset.strip()):
        iso += offset.strip()
    return iso


_ISO_TIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})?$"
)


def exif_date_parts(iso: str | None) -> tuple[str, str | None, str | None] | None:
    """ISO 8601 date-time -> EXIF (``YYYY:MM:DD HH:MM:SS``, sub-seconds, offset); None for
    no value or a date without a time of day (EXIF dates always have one)."""
    m = _ISO_TIME.match((iso or "").strip())
    if not m:
        return None
    year, month, day, hh, mm, ss, frac, zone = m.groups()
    offset = "+00:00" if zone == "Z" else zone
    return f"{year}:{month}:{day} {hh}:{mm}:{ss or '00'}", frac, offset


#: exiv2 key -> tag number of the date tags the writers compare (the Exif sub-IFD): the
#: schema's date fields' tags, and the sub-second and offset tags that go with them
_PHOTO_TAGS = {
    **{f.exif.key: f.exif.tag for f in FIELDS if f.exif and f.exif.ifd == "Photo"},
    "Exif.Photo.SubSecTimeOriginal": 0x9291,
    "Exif.Photo.OffsetTimeOriginal": 0x9011,
}


def exif_date_of(data: Buffer, key: str = "Exif.Photo.DateTimeOriginal") -> str | None:
    """The ISO date of an EXIF date tag in a TIFF-structured EXIF block, read directly (no
    exifread): for the writers, to see whether the EXIF date must change. None when absent
    or unreadable."""
    try:
        tiff = TiffBuffer(data)
        sub = tiff.first_int(tiff.entries(tiff.first_ifd), TAG_EXIF_IFD)
        entries = tiff.entries(sub) if sub else {}

        def text(k: str) -> str | None:
            entry = entries.get(_PHOTO_TAGS[k])
            return clean(bytes(tiff.raw(entry))) if entry is not None else None

        subsec, offset = DATE_COMPANIONS[key]
        return exif_date(text(key), text(subsec), text(offset))
    except (TiffError, KeyError, struct.error):
        return None


def _valid_ifds(tiff: TiffBuffer, warnings: list[str]) -> dict[str, int]:
    """Offsets of IFD0, IFD1 and the Exif IFD that pass a bounds check."""
    found: dict[str, int] = {}
    chain = tiff.ifd_chain()
    for index, offset in enumerate(chain[:2]):
        name = "IFD0" if index == 0 else "IFD1"
        try:
            entries = tiff.entries(offset)
        except TiffError as exc:
            warnings.append(f"The EXIF {name} directory is damaged ({exc}); it was skipped.")
            continue
        found["Image" if index == 0 else "Thumbnail"] = offset
        if index == 0 and TAG_EXIF_IFD in entries:
            sub = tiff.first_int(entries, TAG_EXIF_IFD)
            try:
                if sub is None:
                    raise TiffError("no offset")
                tiff.entries(sub)
                found["EXIF"] = sub
            except TiffError as exc:
                warnings.append(f"The EXIF sub-directory is damaged ({exc}); it was skipped.")
    if not chain:
        warnings.append("The EXIF data has no image directory.")
    return found


def read_exif(data: Buffer) -> ExifData:
    """Read EXIF from a TIFF-structured buffer (an EXIF block, or a whole TIFF file).

    Never raises for damaged data: problems become ``warnings``.
    """
    out = ExifData()
    try:
        tiff = TiffBuffer(data)
    except TiffError as exc:
        out.warnings.append(f"The EXIF data is unreadable ({exc}); it was ignored.")
        return out
    ifds = _valid_ifds(tiff, out.warnings)
    if "Image" in ifds:
        entries = tiff.entries(ifds["Image"])
        orientation = tiff.first_int(entries, 0x0112)
        if orientation is not None and 1 <= orientation <= 8:
            out.orientation = orientation
        elif orientation is not None:
            out.warnings.append(f"The EXIF orientation {orientation} is invalid; it was ignored.")
    tags = _dump(data, ifds, len(data), out.warnings)
    out.present = bool(tags)
    for f in FIELDS:
        if f.exif is not None:
            value = _field_value(f.exif.key, tags, out.warnings)
            if value is not None:
                out.values[f.exif.key] = value
    out.table = _table(tags)
    return out


def exifread_name(key: str) -> str:
    """exifread's name of a tag given by exiv2 key: ``Exif.Photo.X`` -> ``EXIF X``."""
    _family, group, name = key.split(".")
    return f"{'EXIF' if group == 'Photo' else group} {name}"


def _field_value(key: str, tags: dict[str, Any], warnings: list[str]) -> str | None:
    raw = _text(tags.get(exifread_name(key)))
    companions = DATE_COMPANIONS.get(key)
    if companions is None or raw is None:
        return raw
    subsec, offset = (_text(tags.get(exifread_name(k))) for k in companions)
    value = exif_date(raw, subsec, offset)
    if value is None and raw.strip(" :0"):
        warnings.append(f"The EXIF {key.split('.')[-1]} {raw!r} is not a valid date.")
    return value


def _dump(data: Buffer, ifds: dict[str, int], size: int, warnings: list[str]) -> dict[str, Any]:
    if not ifds:
        return {}
    fh = cast(BinaryIO, io.BytesIO(data) if isinstance(data, bytes) else data)
    endian = "I" if data[:2] == b"II" else "M"
    header = ExifHeader(fh, endian, 0, 0, False, False, False, True)
    messages: list[str] = []
    _Capture.local.sink = messages
    try:
        for name in ("Image", "EXIF"):
            if name not in ifds:
                continue
            try:
                header.dump_ifd(ifd=ifds[name], ifd_name=name)
            except Exception as exc:  # exifread raises many kinds on damaged data
                warnings.append(
                    f"Part of the EXIF {name} directory could not be read "
                    f"({type(exc).__name__}); the rest was kept."
                )
    finally:
        _Capture.local.sink = None
    for message in dict.fromkeys(messages):
        warnings.append(f"EXIF: {message}.")
    tags: dict[str, Any] = {}
    for key, tag in header.tags.items():
        if tag.field_length > 4 and tag.field_offset + tag.field_length > size:
            warnings.append(
                f"The EXIF tag {key.split(' ', 1)[-1]} points outside the data; ignored."
            )
            continue
        tags[key] = tag
    return tags


def _label(key: str) -> str | None:
    group, _, name = key.partition(" ")
    if group not in ("Image", "EXIF", "GPS") or name.startswith("Tag 0x"):
        return None
    return _WORDS.sub(" ", name)


_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_XP_TAGS = {0x9C9B, 0x9C9C, 0x9C9D, 0x9C9E, 0x9C9F}  # Windows XPTitle...XPSubject (UCS-2)
_UNITS = {0x829A: ("", " s"), 0x829D: ("f/", ""), 0x920A: ("", " mm")}


def _number(value: Any) -> float | None:
    try:
        return float(value.num) / float(value.den) if hasattr(value, "den") else float(value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None


def _format(tag: Any) -> str:
    values = tag.values
    if tag.tag in _XP_TAGS and isinstance(values, list):
        try:
            return bytes(values).decode("utf-16-le")
        except (ValueError, UnicodeDecodeError):
            pass
    if isinstance(values, bytes):
        return decode_legacy(values)
    if isinstance(values, list) and len(values) == 1 and hasattr(values[0], "den"):
        prefix, suffix = _UNITS.get(tag.tag, ("", ""))
        if tag.tag == 0x829A:  # exposure time stays a fraction: 1/160 s
            return f"{tag.printable}{suffix}"
        number = _number(values[0])
        if number is not None:
            return f"{prefix}{number:.4g}{suffix}"
    return str(tag.printable)


def _gps(tags: dict[str, Any]) -> str | None:
    """Decimal latitude, longitude of the GPS tags, e.g. "38.890208, -77.044265"."""
    out = []
    for axis, negative in (("Latitude", "S"), ("Longitude", "W")):
        tag, ref = tags.get(f"GPS GPS{axis}"), tags.get(f"GPS GPS{axis}Ref")
        if tag is None or not isinstance(tag.values, list) or len(tag.values) != 3:
            return None
        parts = [_number(v) for v in tag.values]
        if any(p is None for p in parts):
            return None
        d, m, sec = (float(p or 0) for p in parts)
        value = d + m / 60 + sec / 3600
        if ref is not None and str(ref.printable).strip().upper() == negative:
            value = -value
        out.append(f"{value:.6f}")
    return ", ".join(out)


def _table(tags: dict[str, Any]) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for key, tag in tags.items():
        if getattr(tag, "tag", None) in _HIDDEN_TAGS:
            continue
        label = _label(key)
        if label is None:
            continue
        text = _format(tag).replace("\x00", "").strip()
        if not text:
            continue
        if len(text) > _MAX_VALUE_CHARS:
            text = text[: _MAX_VALUE_CHARS - 1] + "…"
        rows.append((label, text))
    position = _gps(tags)
    if position:
        rows.append(("GPS Position", position))
    return rows


def orientation_of(data: Buffer) -> int:
    """The IFD0 orientation (1-8) of an EXIF buffer; 1 when absent, invalid or unreadable."""
    try:
        tiff = TiffBuffer(data)
        value = tiff.first_int(tiff.entries(tiff.first_ifd), 0x0112)
    except TiffError:
        return 1
    return value if value is not None and 1 <= value <= 8 else 1


def thumbnail_location(data: Buffer) -> tuple[int, int] | None:
    """(offset, length) of the IFD1 JPEG thumbnail inside the EXIF buffer, if any."""
    try:
        tiff = TiffBuffer(data)
        chain = tiff.ifd_chain()
        if len(chain) < 2:
            return None
        entries = tiff.entries(chain[1])
    except TiffError:
        return None
    offset = tiff.first_int(entries, 0x0201)
    length = tiff.first_int(entries, 0x0202)
    if not offset or not length or offset + length > len(data):
        return None
    return offset, length
