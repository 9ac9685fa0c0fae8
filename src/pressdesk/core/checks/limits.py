"""IPTC IIM byte limits: what export can write into a photo's IIM block.

The limits are the ``iim`` column of :data:`pressdesk.core.photos.fields.FIELDS`. IIM counts
bytes, and export writes UTF-8 (with the 1:90 marker), so a Hebrew letter takes two bytes
and a value of 20 Hebrew letters already exceeds the 32-byte Credit limit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pressdesk.core.photos.fields import BY_NAME, EDITABLE, Field
from pressdesk.core.photos.iim import iim_text

#: The fields whose values are checked against their IIM byte limit.
LIMITED: tuple[Field, ...] = tuple(
    f for f in EDITABLE if f.iim is not None and "limit" in f.checks and f.value != "date"
)


def utf8_size(text: str) -> int:
    """Bytes the text takes in UTF-8."""
    return len(text.encode("utf-8"))


def limit_of(field: str) -> int | None:
    """The IIM byte limit of a field, or None when it has no IIM dataset."""
    f = BY_NAME.get(field)
    return f.iim.limit if f is not None and f.iim is not None else None


def over_limit(field: str, value: str | None) -> int | None:
    """The UTF-8 size of ``value`` when it exceeds the IIM limit of ``field``, else None."""
    limit = limit_of(field)
    if not value or limit is None:
        return None
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


@dataclass(frozen=True)
class Cut:
    """A value export writes shorter than it is: ``size`` bytes into ``limit``."""

    field: Field
    value: str
    size: int
    limit: int

    @property
    def message(self) -> str:
        assert self.field.iim is not None
        kept = cut_utf8(self.value, self.limit)
        return (
            f"The {self.field.label.lower()} is {self.size} bytes in UTF-8; IPTC IIM "
            f"{self.field.iim.label} holds {self.limit}, so the copy's IIM says "
            f"'{kept}' (the XMP keeps the whole text)."
        )


def cuts(values: Mapping[str, Any], fields: Iterable[Field] = LIMITED) -> list[Cut]:
    """Every value (or list item) of ``values`` over its field's IIM byte limit."""
    out = []
    for f in fields:
        if f.iim is None or f.value not in ("text", "list"):
            continue
        value = values.get(f.name)
        limit = f.iim.limit
        for text in (value or ()) if f.is_list else (value,):
            if not text or len(text) * 4 <= limit:
                continue  # cannot be over, whatever the characters (and iim_text keeps it)
            text = iim_text(text, limit)
            size = over_limit(f.name, text)
            if size is not None and text is not None:
                out.append(Cut(f, text, size, f.iim.limit))
    return out
