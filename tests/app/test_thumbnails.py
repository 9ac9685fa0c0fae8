"""Thumbnails in the app: the file's EXIF thumbnail first, then the real one."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from pressdesk.app.jobs import JobRunner
from pressdesk.app.thumbnails import ThumbnailCache
from pressdesk.core.photos import embedded_thumbnail
from pressdesk.services.photos.ingest import ingest_photos
from pressdesk.storage.thumbnails import thumbnail_path
from tests.app.waits import WAIT_MS
from tests.support.catalogues import new_catalogue


def test_embedded_thumbnail_is_an_instant_first_preview(
    tmp_path: Path, corpus: Path, qtbot
) -> None:
    source = corpus / "photos" / "canon_40d.jpg"
    assert embedded_thumbnail(source)  # the camera stored one
    cat = new_catalogue(tmp_path / "c.sqlite")
    photo = ingest_photos(cat, [source]).added[0]
    cached = thumbnail_path(photo.sha256)
    cached.unlink()  # as after clearing the cache
    jobs = JobRunner()
    thumbs = ThumbnailCache(jobs, cat.library)
    arrivals: list[tuple[int, int]] = []
    thumbs.ready.connect(
        lambda sha: arrivals.append((thumbs._pixmaps[sha].width(), thumbs._pixmaps[sha].height()))
    )
    assert thumbs.pixmap(photo.sha256, photo.format) is None
    qtbot.waitUntil(lambda: len(arrivals) == 2, timeout=WAIT_MS)
    with Image.open(io.BytesIO(embedded_thumbnail(source) or b"")) as quick:
        assert arrivals[0] == quick.size  # first the camera's own small thumbnail
    assert cached.exists()  # then the real thumbnail, made from the photo itself
    assert arrivals[1] == (photo.width, photo.height)  # this photo is smaller than 256 px
    assert thumbs.pixmap(photo.sha256, photo.format) is not None
    jobs.shutdown()
    cat.close()
