"""Thumbnails for the views, loaded in the background and kept in a small LRU cache."""

from __future__ import annotations

from collections import OrderedDict
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPixmap

from pressdesk.app.jobs import JobRunner
from pressdesk.core.photos import embedded_thumbnail
from pressdesk.storage.library import PhotoLibrary
from pressdesk.storage.thumbnails import THUMB_SIZE, thumbnail_path, write_thumbnail

CACHE_ITEMS = 1500


def _load(
    original: Path | None, sha256: str, size: int, quick: bool, *, ctx: object
) -> tuple[QImage, bool]:
    """Worker: the cached thumbnail as a QImage; returns (image, final).

    With ``quick`` and no cached thumbnail yet, the file's embedded EXIF thumbnail is
    returned at once as a provisional image (the caller then asks for the real one).
    """
    path = thumbnail_path(sha256, size)
    if not path.exists() and original is not None and original.exists():
        if quick:
            embedded = embedded_thumbnail(original)
            if embedded:
                image = QImage.fromData(embedded)
                if not image.isNull():
                    return image, False
        write_thumbnail(original, sha256, size)
    image = QImage(str(path))
    if image.isNull():
        raise FileNotFoundError(f"No thumbnail for {sha256[:12]}…")
    return image, True


def _load_preview(original: Path, size: int, *, ctx: object) -> QImage:
    """Worker: a large, upright, draft-decoded preview of the original."""
    from PIL.ImageQt import ImageQt

    from pressdesk.core.photos import open_reduced

    with open_reduced(original, size) as img:
        return QImage(ImageQt(img.convert("RGBA")))


class ThumbnailCache(QObject):
    """Pixmaps by checksum; ``ready`` is emitted when one arrives from the background."""

    ready = Signal(str)

    def __init__(
        self,
        jobs: JobRunner,
        library: Path | None,
        parent: QObject | None = None,
        size: int = THUMB_SIZE,
    ) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.library = PhotoLibrary(library) if library else None
        self.size = size
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._pending: set[str] = set()
        self._failed: set[str] = set()

    def pixmap(self, sha256: str, fmt: str) -> QPixmap | None:
        """The thumbnail if loaded; otherwise start loading it and return None."""
        pix = self._pixmaps.get(sha256)
        if pix is not None:
            self._pixmaps.move_to_end(sha256)
            return pix
        if sha256 not in self._pending and sha256 not in self._failed:
            self._pending.add(sha256)
            original = self.library.path_for(sha256, fmt) if self.library else None
            self._request(sha256, original, quick=True)
        return None

    def _request(self, sha256: str, original: Path | None, quick: bool) -> None:
        self.jobs.run(
            _load,
            original,
            sha256,
            self.size,
            quick,
            on_done=partial(self._arrived_result, sha256, original),
            on_error=partial(self._failed_load, sha256),
        )

    def _arrived(self, sha256: str, original: Path | None, image: QImage, final: bool) -> None:
        self._pixmaps[sha256] = QPixmap.fromImage(image)
        while len(self._pixmaps) > CACHE_ITEMS:
            self._pixmaps.popitem(last=False)
        if final:
            self._pending.discard(sha256)
        else:  # the embedded preview is shown; now make the real thumbnail
            self._request(sha256, original, quick=False)
        self.ready.emit(sha256)

    def _arrived_result(
        self, sha256: str, original: Path | None, result: tuple[QImage, bool]
    ) -> None:
        self._arrived(sha256, original, *result)

    def _failed_load(self, sha256: str, _exc: Exception, _tb: str) -> None:
        self._missing(sha256)

    def _missing(self, sha256: str) -> None:
        self._pending.discard(sha256)
        self._failed.add(sha256)

    def load_preview(self, sha256: str, fmt: str, size: int, on_done: Any) -> None:
        """Load a large preview of the original in the background."""
        if self.library is None:
            return
        self.jobs.run(
            _load_preview,
            self.library.path_for(sha256, fmt),
            size,
            on_done=lambda img: on_done(sha256, QPixmap.fromImage(img)),
            on_error=lambda _e, _tb: None,
        )
