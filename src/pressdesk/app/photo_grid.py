"""The photo browser's model: every photo of a filter as a grid, a page of records at a time.

The model holds only the ids of the photos the filter keeps (one background query); the
records of a page (``PAGE`` photos) are read in the background the first time a view asks
for one of them, and thumbnails stream in from the :class:`ThumbnailCache`. Nothing here
touches the disk or the catalogue on the GUI thread, and no widget is made per photo.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QPixmap

from pressdesk.app.thumbnails import ThumbnailCache
from pressdesk.services.reads.records import PhotoRecord

PAGE = 120
CELL = QSize(164, 160)
ICON = QSize(150, 112)
ICONS_KEPT = 2000
PHOTOS_MIME = "application/x-pressdesk-photos"
Index = QModelIndex | QPersistentModelIndex
PageLoader = Callable[[list[int], Callable[[list[PhotoRecord]], None]], None]
"""Starts reading the records of these ids in the background; calls back on the GUI thread."""


def encode_photo_ids(ids: Iterable[int]) -> QMimeData:
    """Drag data naming photos of the catalogue."""
    data = QMimeData()
    data.setData(PHOTOS_MIME, QByteArray(json.dumps(list(ids)).encode()))
    return data


def decode_photo_ids(data: QMimeData) -> list[int]:
    if not data.hasFormat(PHOTOS_MIME):
        return []
    try:
        ids = json.loads(bytes(data.data(PHOTOS_MIME).data()).decode())
    except ValueError:
        return []
    return [int(i) for i in ids if isinstance(i, int)]


class PhotoGridModel(QAbstractListModel):
    """Photos by id, records loaded a page at a time."""

    def __init__(self, thumbs: ThumbnailCache, load_page: PageLoader, parent: Any = None) -> None:
        super().__init__(parent)
        self.thumbs = thumbs
        self._load_page = load_page
        self.ids: list[int] = []
        self._row: dict[int, int] = {}
        self._records: dict[int, PhotoRecord] = {}
        self._pending: set[int] = set()  # page numbers being read
        self._generation = 0
        self._icons: dict[str, QPixmap] = {}
        thumbs.ready.connect(self._thumb_ready)

    def set_ids(self, ids: Sequence[int]) -> None:
        """Show these photos (records are read again as they are needed)."""
        self.beginResetModel()
        self._generation += 1
        self.ids = list(ids)
        self._row = {pid: n for n, pid in enumerate(self.ids)}
        self._records.clear()
        self._pending.clear()
        self.endResetModel()

    def record(self, row: int) -> PhotoRecord | None:
        """The record of a row if it has been read (else it is requested)."""
        if not 0 <= row < len(self.ids):
            return None
        found = self._records.get(self.ids[row])
        if found is None:
            self._request(row // PAGE)
        return found

    def known(self, photo_id: int) -> PhotoRecord | None:
        """The record of a photo if it has been read (nothing is requested)."""
        return self._records.get(photo_id)

    def row_of(self, photo_id: int) -> int | None:
        """The row showing this photo (None: the filter does not keep it)."""
        return self._row.get(photo_id)

    def forget(self, photo_ids: Iterable[int]) -> None:
        """Read these photos again (they changed)."""
        pages = set()
        for pid in photo_ids:
            self._records.pop(pid, None)
            if pid in self._row:
                pages.add(self._row[pid] // PAGE)
        for page in pages:
            self._pending.discard(page)
            first = self.index(page * PAGE)
            last = self.index(min(len(self.ids), (page + 1) * PAGE) - 1)
            self.dataChanged.emit(first, last)

    def _request(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        generation = self._generation
        ids = self.ids[page * PAGE : (page + 1) * PAGE]
        self._load_page(ids, lambda records: self._arrived(generation, page, records))

    def _arrived(self, generation: int, page: int, records: list[PhotoRecord]) -> None:
        if generation != self._generation:
            return  # the filter changed meanwhile
        for rec in records:
            self._records[rec.id] = rec
        first = self.index(page * PAGE)
        last = self.index(min(len(self.ids), (page + 1) * PAGE) - 1)
        self.dataChanged.emit(first, last)

    def _icon(self, rec: PhotoRecord) -> QPixmap | None:
        """The thumbnail scaled to the grid's icon size (kept, so painting never scales)."""
        found = self._icons.get(rec.sha256)
        if found is None:
            pix = self.thumbs.pixmap(rec.sha256, rec.format)
            if pix is None:
                return None
            found = pix.scaled(
                ICON, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            self._icons[rec.sha256] = found
            while len(self._icons) > ICONS_KEPT:
                self._icons.pop(next(iter(self._icons)))
        return found

    def _thumb_ready(self, sha256: str) -> None:
        self._icons.pop(sha256, None)
        for pid, rec in self._records.items():
            if rec.sha256 == sha256 and pid in self._row:
                idx = self.index(self._row[pid])
                self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DecorationRole])

    # -- Qt model interface ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.SizeHintRole:
            return CELL  # (the same for every cell, read or not: the grid never relayouts)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        rec = self.record(index.row())
        if role == Qt.ItemDataRole.UserRole:
            return self.ids[index.row()]
        if rec is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            text = rec.caption or rec.headline or rec.original_name
            return text if len(text) <= 60 else text[:59] + "…"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(rec)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(
                x
                for x in (
                    rec.caption,
                    f"{self.tr('Credit')}: {rec.credit or '—'}  © {rec.copyright or '—'}",
                    f"{self.tr('Taken')}: {rec.taken_at or '—'}",
                    rec.original_name,
                )
                if x
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [PHOTOS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_photo_ids(self.ids[r] for r in rows)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction
