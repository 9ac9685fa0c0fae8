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

from .model import EmbeddedMetadata, ImageInfo, PhotoReadError, PhotoReading
from .reader import embedded_thumbnail, probe, read_photo, sha256_file
from .thumbnails import make_thumbnail, open_reduced

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
