"""Value types returned by the photo reader."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .fields import FieldValues


class PhotoReadError(Exception):
    """A photo file cannot be read.

    The message is one sentence that names the file, says what is wrong and, where it
    helps, what to do. ``path`` is the file concerned.
    """

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(message)
        self.path = Path(path)

    def __reduce__(self) -> tuple[type[PhotoReadError], tuple[Path, str]]:
        return (type(self), (self.path, str(self)))  # picklable: raised in worker processes


class EmbeddedMetadata(FieldValues):
    """What a photo file says about itself, reconciled by the Metadata Working Group rules:
    one value per field of :data:`.fields.FIELDS` (attribute or key access).

    Strings are stripped of surrounding whitespace (line breaks inside are kept); a field
    the file has no value for is ``None`` (an empty tuple for list fields, an empty dict
    for ``captions``). Dates are ISO 8601 as recorded: ``YYYY-MM-DDTHH:MM:SS[.fff][+HH:MM]``
    or a bare ``YYYY-MM-DD``; no time zone is invented.
    """

    __slots__ = ()

    @property
    def date_taken(self) -> str | None:
        """When the photo was taken: the MWG "DateTimeOriginal", i.e. ``date_created``."""
        value: str | None = self["date_created"]
        return value

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready dict of every field, plus ``date_taken``."""
        return {**super().as_dict(), "date_taken": self.date_taken}


@dataclass(frozen=True)
class ImageInfo:
    """Format and size of the image.

    ``width``/``height`` are the *displayed* size: the EXIF orientation is applied, so a
    640x480 sensor image tagged "rotate 90" is 480 wide and 640 high, like its thumbnail.
    ``pixel_width``/``pixel_height`` are the size as stored in the file (what ExifTool
    calls ``ImageSize``). ``orientation`` is the EXIF orientation (1-8; 1 when absent or
    invalid; always 1 for HEIC, whose container rotation libheif applies itself).
    """

    format: str  # "JPEG", "TIFF", "PNG", "HEIC" or "WEBP"
    width: int | None
    height: int | None
    orientation: int = 1
    pixel_width: int | None = None
    pixel_height: int | None = None


@dataclass(frozen=True)
class PhotoReading:
    """Everything :func:`read_photo` learned from one file.

    ``exif_table`` holds read-only EXIF tags as ``(name, human-readable value)`` pairs for
    an inspector. ``warnings`` are sentences about damaged or suspicious metadata that
    did not stop the read. ``sources`` holds what each metadata block said on its own
    (keys ``"exif"``, ``"iim"``, ``"xmp"``, only those present) so that divergence can be
    shown; ``iptc_digest`` is ``"current"``, ``"stale"``, ``"missing"`` (IIM without a
    stored digest) or ``"none"`` (no IIM).
    """

    info: ImageInfo
    metadata: EmbeddedMetadata
    exif_table: tuple[tuple[str, str], ...] = ()
    warnings: tuple[str, ...] = ()
    sources: tuple[tuple[str, EmbeddedMetadata], ...] = field(default=())
    iptc_digest: str = "none"

    def source(self, name: str) -> EmbeddedMetadata | None:
        """The metadata one block (``"exif"``, ``"iim"`` or ``"xmp"``) said, if present."""
        for key, value in self.sources:
            if key == name:
                return value
        return None
