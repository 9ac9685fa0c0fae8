"""IPTC IIM byte limits: what export can write into a photo's IIM block.

IIM counts bytes, and export writes UTF-8 (with the 1:90 marker), so a Hebrew letter takes
two bytes and a value of 20 Hebrew letters already exceeds the 32-byte Credit limit.
"""

from __future__ import annotations

#: field -> (IIM dataset name, maximum bytes)
IIM_LIMITS: dict[str, tuple[str, int]] = {
    "caption": ("Caption-Abstract (2:120)", 2000),
    "headline": ("Headline (2:105)", 256),
    "credit": ("Credit (2:110)", 32),
    "copyright": ("Copyright Notice (2:116)", 128),
    "source": ("Source (2:115)", 32),
    "creator": ("By-line (2:80)", 32),
}


def utf8_size(text: str) -> int:
    """Bytes the text takes in UTF-8."""
    return len(text.encode("utf-8"))


def over_limit(field: str, value: str | None) -> int | None:
    """The UTF-8 size of ``value`` when it exceeds the IIM limit of ``field``, else None."""
    if not value or field not in IIM_LIMITS:
        return None
    limit = IIM_LIMITS[field][1]
    if len(value) * 4 <= limit:  # cannot be over, whatever the characters
        return None
    size = utf8_size(value)
    return size if size > limit else None


def cut_utf8(text: str, limit: int) -> str:
    """The longest prefix of ``text`` that fits in ``limit`` UTF-8 bytes (whole characters)."""
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    return data[:limit].decode("utf-8", errors="ignore")
