"""Text helpers shared by the EXIF, IIM and XMP readers."""

from __future__ import annotations

import re

_LINE_BREAKS = re.compile(r"\r\n?")


def decode_legacy(raw: bytes) -> str:
    """Decode bytes of an undeclared character set: UTF-8 when valid, else Windows-1252.

    This is what ExifTool does for IIM without a 1:90 marker and for EXIF ASCII fields.
    Bytes that cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) fall back to Latin-1.
    """
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in raw)


def clean(value: str | bytes | None) -> str | None:
    """Normalise one text value: trailing NULs and surrounding whitespace removed,
    CR/CRLF line breaks turned into LF; blank becomes None."""
    if value is None:
        return None
    if isinstance(value, bytes):
        value = decode_legacy(value)
    value = value.strip("\x00")
    if "\x00" in value:  # text after a terminating NUL is garbage
        value = value.split("\x00", 1)[0]
    value = _LINE_BREAKS.sub("\n", value).strip()
    return value or None


def clean_list(values: list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    """Clean each item of a list, dropping blank items."""
    if not values:
        return ()
    out: list[str] = []
    for item in values:
        cleaned = clean(item)
        if cleaned is not None:
            out.append(cleaned)
    return tuple(out)


def plausible_datetime(
    month: str | None,
    day: str | None,
    hour: str | None = None,
    minute: str | None = None,
    second: str | None = None,
) -> bool:
    """Whether two-digit date/time parts are in range (absent parts are not checked;
    month and day 00 are allowed: they mean "unknown" in IIM and XMP)."""
    limits = ((month, 12), (day, 31), (hour, 24), (minute, 59), (second, 60))
    return all(part is None or int(part) <= top for part, top in limits)


def one_line(exc: BaseException, limit: int = 160) -> str:
    """An exception's text on one line, shortened: for embedding in an error sentence."""
    text = " ".join(str(exc).split()).rstrip(".") or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"
