"""Thumbnails in the app: the file's EXIF thumbnail first, then the real one."""

from __future__ import annotations

from pathlib import Path

from pressdesk.app.jobs import JobRunner
from pressdesk.app.thumbnails import ThumbnailCache
from pressdesk.catalogue import open_catalogue
from pressdesk.core.photos import embedded_thumbnail
from pressdesk.services.ingest import ingest_photos
from pressdesk.services.thumbs import thumbnail_path


def test_embedded_thumbnail_is_an_instant_first_preview(
    tmp_path: Path, corpus: Path, qtbot
) -> None:
    source = corpus / "photos" / "canon_40d.jpg"
    assert embedded_thumbnail(source)  # the camera stored one
    cat = open_catalogue(tmp_path / "c.sqlite")
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
    qtbot.waitUntil(lambda: len(arrivals) == 2, timeout=10_000)
    assert cached.exists()  # the real thumbnail was made after the quick one
    assert max(arrivals[1]) == 256 or max(arrivals[1]) == max(photo.width, photo.height)
    assert thumbs.pixmap(photo.sha256, photo.format) is not None
    jobs.shutdown()
    cat.close()
