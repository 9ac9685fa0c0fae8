"""The thumbnail cache: JPEG thumbnails named by the original's checksum."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from pressdesk.core.photos import ImageInfo, make_thumbnail
from pressdesk.paths import cache_dir, ensure_dir

THUMB_SIZE = 256


def thumbnail_path(sha256: str, size: int = THUMB_SIZE, cache: Path | None = None) -> Path:
    """Where the thumbnail of this original at this size is cached (below ``cache``, by
    default the user's cache folder)."""
    root = cache if cache is not None else cache_dir()
    return root / "thumbs" / str(size) / sha256[:2] / f"{sha256}.jpg"


def write_thumbnail(
    original: Path,
    sha256: str,
    size: int = THUMB_SIZE,
    info: ImageInfo | None = None,
    cache: Path | None = None,
) -> Path:
    """Make (or reuse) the cached thumbnail; written atomically. ``info``: the file's
    :class:`ImageInfo` when already read (its structure is then not parsed again)."""
    target = thumbnail_path(sha256, size, cache)
    if target.exists():
        return target
    data = make_thumbnail(original, size, info)
    ensure_dir(target.parent)
    tmp = target.with_name(f".{uuid.uuid4().hex}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, target)
    return target
