"""Photo metadata reading and thumbnails (pure Python: Pillow, pillow-heif, exifread, defusedxml).

Public API::

    read_photo(path) -> PhotoReading        # format, size, reconciled EXIF/IIM/XMP, warnings
    make_thumbnail(path, size=256) -> bytes # JPEG, upright, draft-mode decoding
    embedded_thumbnail(path) -> bytes|None  # the EXIF IFD1 JPEG thumbnail, if present
    sha256_file(path) -> str                # streaming checksum
    probe(path) -> ImageInfo                # structural checks + size/orientation only
    open_reduced(path, size) -> PIL.Image   # draft-decoded, upright (for larger previews)

Every failure to read a file is a :class:`PhotoReadError` whose message is one sentence
naming the file.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import EmbeddedMetadata, ImageInfo, PhotoReadError, PhotoReading
    from .reader import embedded_thumbnail, probe, read_photo, sha256_file
    from .thumbnails import make_thumbnail, open_reduced

# Loaded on first use, so that importing ``pressdesk.core.photos.fields`` (the field schema,
# which records and the command line's flags need) loads no image code.
_HOMES = {
    "EmbeddedMetadata": ".model",
    "ImageInfo": ".model",
    "PhotoReadError": ".model",
    "PhotoReading": ".model",
    "embedded_thumbnail": ".reader",
    "probe": ".reader",
    "read_photo": ".reader",
    "sha256_file": ".reader",
    "make_thumbnail": ".thumbnails",
    "open_reduced": ".thumbnails",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name], __name__), name)


__all__ = [
    "EmbeddedMetadata",
    "ImageInfo",
    "PhotoReadError",
    "PhotoReading",
    "embedded_thumbnail",
    "make_thumbnail",
    "open_reduced",
    "probe",
    "read_photo",
    "sha256_file",
]
