"""Attaching photos to a release's slots: fill empty slots by caption, then in order."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pressdesk.catalogue.models import Photo, PhotoSlot, Release
from pressdesk.core.text_keys import fold
from pressdesk.services.photos.release_defaults import apply_release_defaults

MATCH_THRESHOLD = 0.5
_WORD = re.compile(r"\w+")


def caption_similarity(a: str | None, b: str | None) -> float:
    """Share of words the two captions have in common (0 to 1)."""
    if not a or not b:
        return 0.0
    wa, wb = set(_WORD.findall(fold(a))), set(_WORD.findall(fold(b)))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def attach_photos(
    s: Session,
    release_id: int,
    photo_ids: Sequence[int],
    captions: dict[int, str | None] | None = None,
) -> list[int]:
    """Put photos into the release's empty slots, in the caller's transaction; photos already
    there are left alone.

    Each photo goes to the empty slot whose published caption best matches its own caption
    (``captions``, when the caller has them at hand; else read); the rest fill the remaining
    empty slots in order, then new slots are appended. Returns the slot positions used, in
    the order of ``photo_ids``.
    """
    slots = list(
        s.scalars(
            select(PhotoSlot).where(PhotoSlot.release_id == release_id).order_by(PhotoSlot.position)
        )
    )
    present = {sl.photo_id for sl in slots if sl.photo_id is not None}
    todo = [pid for pid in dict.fromkeys(photo_ids) if pid not in present]
    known = captions or {}
    unknown = [pid for pid in todo if pid not in known]
    if unknown:
        rows = s.execute(select(Photo.id, Photo.caption).where(Photo.id.in_(unknown))).all()
        known = {**known, **dict(rows)}
    empty = [sl for sl in slots if sl.photo_id is None]
    placed: dict[int, PhotoSlot] = {}
    pairs = sorted(
        (
            (caption_similarity(known.get(pid), sl.caption), -n, pid, sl)
            for n, pid in enumerate(todo)
            for sl in empty
        ),
        key=lambda t: (t[0], t[1]),
        reverse=True,
    )
    used: set[int] = set()
    for score, _n, pid, sl in pairs:
        if score < MATCH_THRESHOLD:
            break
        if pid in placed or sl.id in used:
            continue
        placed[pid] = sl
        used.add(sl.id)
    free = [sl for sl in empty if sl.id not in used]
    top = s.scalar(select(func.max(PhotoSlot.position)).where(PhotoSlot.release_id == release_id))
    next_pos = (top if top is not None else -1) + 1
    for pid in todo:
        if pid in placed:
            continue
        if free:
            placed[pid] = free.pop(0)
        else:
            slot = PhotoSlot(release_id=release_id, position=next_pos)
            next_pos += 1
            s.add(slot)
            placed[pid] = slot
    for pid, sl in placed.items():
        sl.photo_id = pid
    release = s.get(Release, release_id)
    if release is not None:
        apply_release_defaults(s, release, todo)
    s.flush()
    return [placed[pid].position for pid in todo]
