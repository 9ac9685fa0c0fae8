"""The thumbnail cache: JPEG thumbnails named by the original's checksum."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from pressdesk.core.photos import make_thumbnail
from pressdesk.paths import cache_dir

THUMB_SIZE = 256


def thumbnail_path(sha256: str, size: int = THUMB_SIZE) -> Path:
    """Where the thumbnail of this original at this size is cached."""
    return cache_dir() / "thumbs" / str(size) / sha256[:2] / f"{sha256}.jpg"


def write_thumbnail(original: Path, sha256: str, size: int = THUMB_SIZE) -> Path:
    """Make (or reuse) the cached thumbnail; written atomically."""
    target = thumbnail_path(sha256, size)
    if target.exists():
        return target
    data = make_thumbnail(original, size)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{uuid.uuid4().hex}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, target)
    return target
