"""The photo strip: a release's photo slots in a ``QListView`` drawn by one delegate.

Empty slots show the caption and credit published in the release text. Files dropped on the
strip are ingested and attached; slots are reordered by dragging a photo onto another slot
(or into an empty one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pressdesk.app.i18n import fill, translate
from pressdesk.app.photo_grid import PHOTOS_MIME, decode_photo_ids
from pressdesk.app.thumbnails import ThumbnailCache
from pressdesk.services.reads.records import PhotoRecord, ReleaseRecord

MIME = "application/x-pressdesk-slot"
CARD = QSize(196, 214)
THUMB_BOX = QSize(180, 132)
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class SlotItem:
    """One slot as the strip shows it."""

    position: int
    caption: str | None
    credit: str | None
    copyright: str | None
    photo: PhotoRecord | None


class SlotListModel(QAbstractListModel):
    """The slots of the current release, in order."""

    arrange_requested = Signal(list, list)  # old photo order, new photo order
    files_dropped = Signal(list, int)  # paths, slot row (-1: append)

    def __init__(self, thumbs: ThumbnailCache, parent: Any = None) -> None:
        super().__init__(parent)
        self.thumbs = thumbs
        self.items: list[SlotItem] = []
        self.release_id: int | None = None
        thumbs.ready.connect(self._thumb_ready)

    def set_release(self, release: ReleaseRecord | None, photos: dict[int, PhotoRecord]) -> None:
        self.beginResetModel()
        self.release_id = release.id if release else None
        self.items = [
            SlotItem(
                s.position,
                s.caption,
                s.credit,
                s.copyright,
                photos.get(s.photo_id) if s.photo_id else None,
            )
            for s in (release.photos if release else ())
        ]
        self.endResetModel()

    def photo_order(self) -> list[int | None]:
        return [it.photo.id if it.photo else None for it in self.items]

    def _thumb_ready(self, sha256: str) -> None:
        for row, it in enumerate(self.items):
            if it.photo and it.photo.sha256 == sha256:
                idx = self.index(row)
                self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DecorationRole])

    # -- Qt model interface ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            caption = item.photo.caption if item.photo and item.photo.caption else item.caption
            return caption or self.tr("(no caption)")
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [fill(self.tr("Photo %1"), item.position + 1)]
            if item.caption:
                lines.append(fill(self.tr("Published caption: %1"), item.caption))
            if item.credit or item.copyright:
                lines.append(
                    fill(
                        self.tr("Published credit: %1 · © %2"),
                        item.credit or "—",
                        item.copyright or "—",
                    )
                )
            if item.photo:
                lines.append(fill(self.tr("File: %1"), item.photo.original_name))
            else:
                lines.append(self.tr("No file yet: drop a photo here."))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.DecorationRole and item.photo:
            return self.thumbs.pixmap(item.photo.sha256, item.photo.format)
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.items[index.row()].photo:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [MIME, PHOTOS_MIME, "text/uri-list"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(MIME, QByteArray(",".join(map(str, rows)).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self.release_id is not None and (
            data.hasFormat(MIME) or data.hasFormat(PHOTOS_MIME) or data.hasUrls()
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        target = parent.row() if parent.isValid() else row
        if data.hasFormat(PHOTOS_MIME):  # photos dragged from the photo browser
            new = place_photos(self.photo_order(), decode_photo_ids(data), target)
            if new != self.photo_order():
                self.arrange_requested.emit(self.photo_order(), new)
            return False
        if data.hasUrls() and not data.hasFormat(MIME):
            paths = [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()]
            if paths:
                self.files_dropped.emit(paths, target)
            return bool(paths)
        if not data.hasFormat(MIME):
            return False
        rows = [int(r) for r in bytes(data.data(MIME).data()).decode().split(",") if r]
        if len(rows) != 1:
            return False
        new = move_photo(self.photo_order(), rows[0], target)
        if new != self.photo_order():
            self.arrange_requested.emit(self.photo_order(), new)
        return False  # the model is refreshed from the catalogue, not by the view


def place_photos(order: list[int | None], photo_ids: list[int], dst: int) -> list[int | None]:
    """Put catalogue photos into empty slots: the slot dropped on (if empty) and the empty
    slots after it, then those before it; photos already in the release stay where they
    are, and photos beyond the empty slots are left out."""
    new = list(order)
    todo = [p for p in photo_ids if p not in new]
    start = dst if 0 <= dst < len(new) else 0
    empties = [n for n in range(start, len(new)) if new[n] is None]
    empties += [n for n in range(start) if new[n] is None]
    for n, pid in zip(empties, todo, strict=False):
        new[n] = pid
    return new


def move_photo(order: list[int | None], src: int, dst: int) -> list[int | None]:
    """Move the photo of slot ``src`` to slot ``dst``: into it if empty, else before it."""
    new = list(order)
    if not 0 <= src < len(new) or new[src] is None:
        return new
    if dst < 0 or dst >= len(new):
        photo = new[src]
        new[src] = None
        new.append(photo)
        while new and new[-1] is None and len(new) > len(order):
            new.pop()
        return new
    if new[dst] is None:
        new[dst], new[src] = new[src], None
        return new
    photo = new.pop(src)
    new.insert(dst, photo)
    return new


class SlotDelegate(QStyledItemDelegate):
    """Draws a slot as a card: thumbnail (or an empty frame), caption, credit."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return CARD

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item: SlotItem | None = index.data(Qt.ItemDataRole.UserRole)
        if item is None:
            return
        painter.save()
        rect = option.rect.adjusted(4, 4, -4, -4)
        pal = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(
                pal.color(QPalette.ColorRole.Highlight)
                if selected
                else pal.color(QPalette.ColorRole.Mid),
                2 if selected else 1,
            )
        )
        painter.setBrush(pal.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 6, 6)
        box = QRect(
            rect.left() + (rect.width() - THUMB_BOX.width()) // 2,
            rect.top() + 6,
            THUMB_BOX.width(),
            THUMB_BOX.height(),
        )
        pix = index.data(Qt.ItemDataRole.DecorationRole)
        if item.photo is None:
            painter.setPen(QPen(QColor("#8a8f98"), 1, Qt.PenStyle.DashLine))
            painter.setBrush(QColor("#f4f5f7"))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(QColor("#5f6672"))
            painter.drawText(
                box.adjusted(8, 8, -8, -8),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                translate("SlotDelegate", "No photo yet\ndrop a file here"),
            )
        elif pix is not None and not pix.isNull():
            scaled = pix.scaled(
                box.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            x = box.left() + (box.width() - scaled.width()) // 2
            y = box.top() + (box.height() - scaled.height()) // 2
            painter.drawPixmap(x, y, scaled)
        else:
            painter.fillRect(box, QColor("#e8eaed"))
        text_rect = QRect(rect.left() + 8, box.bottom() + 6, rect.width() - 16, 36)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        caption = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(
            text_rect,
            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop,
            option.fontMetrics.elidedText(
                caption, Qt.TextElideMode.ElideRight, text_rect.width() * 2 - 20
            ),
        )
        credit = (item.photo.credit if item.photo and item.photo.credit else item.credit) or "—"
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1.5))
        painter.setFont(small)
        painter.setPen(QColor("#5f6672"))
        credit_rect = QRect(rect.left() + 8, rect.bottom() - 22, rect.width() - 16, 18)
        painter.drawText(
            credit_rect,
            # (the credit line starts where the window's reading starts: right in Hebrew)
            QStyle.visualAlignment(option.direction, Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignVCenter,
            f"{item.position + 1} · © " + credit,
        )
        painter.restore()


class PhotoStrip(QListView):
    """A horizontal strip of slot cards that accepts dropped files and reorders by drag."""

    def __init__(self, model: SlotListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(SlotDelegate(self))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Snap)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSpacing(2)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setAcceptDrops(True)
        self.setMinimumHeight(120)  # cards are clipped, not squeezed, when very small
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def selected_items(self) -> list[SlotItem]:
        return [i.data(Qt.ItemDataRole.UserRole) for i in self.selectionModel().selectedIndexes()]

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        model = self.model()
        if isinstance(model, SlotListModel) and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(QColor("#5f6672"))
            text = (
                self.tr("Drop photo files or folders here to add them to this release.")
                if model.release_id
                else self.tr("Select a release to see its photos.")
            )
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, text)
