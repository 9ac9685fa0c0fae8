"""Real JPEG files with real IPTC IIM and XMP metadata, for ingest tests."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from tests.support.photo_builders import (
    alt,
    app1_xmp,
    app13,
    bag,
    iim,
    irb_with_iim,
    xmp_packet,
)


def camera_jpeg(
    path: Path,
    *,
    caption: str | None = None,
    credit: str | None = None,
    copyright: str | None = None,
    persons: tuple[str, ...] = (),
    size: tuple[int, int] = (640, 480),
    seed: int = 0,
) -> Path:
    """A JPEG whose IIM (UTF-8 marked) and XMP carry the given caption, credit and people."""
    img = Image.effect_noise(size, 40 + seed % 50).convert("RGB")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=90)
    data = buf.getvalue()
    fields: list[tuple[int, bytes | str]] = []
    if caption:
        fields.append((120, caption))
    if credit:
        fields.append((110, credit))
    if copyright:
        fields.append((116, copyright))
    body = ""
    if caption:
        body += alt("dc:description", caption)
    if copyright:
        body += alt("dc:rights", copyright)
    if persons:
        body += bag("Iptc4xmpExt:PersonInImage", *persons)
    segments = b""
    if body or credit:
        extra = f"<photoshop:Credit>{credit}</photoshop:Credit>" if credit else ""
        segments += app1_xmp(xmp_packet(body + extra))
    if fields:
        segments += app13(irb_with_iim(iim(*fields)))
    path.write_bytes(data[:2] + segments + data[2:])
    return path
