"""Background work for the photo browser, the match review and the history view: plain
functions over the services, run as jobs (``fn(*args, token=…, progress=…)``); no Qt, no
database code here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pressdesk.app.i18n import translate
from pressdesk.catalogue import Catalogue
from pressdesk.services.jobs import JobContext
from pressdesk.services.reads.history import HistoryEntry
from pressdesk.services.reads.photos import PhotoFilter
from pressdesk.services.reads.records import PhotoRecord


@dataclass(frozen=True)
class Lookups:
    templates: list[str]
    presets: list[str]


def photo_ids(cat: Catalogue, flt: PhotoFilter, first: int | None = None) -> list[int]:
    """The ids the filter keeps (with ``first``, only that many: the grid's head start)."""
    from pressdesk.services.reads.photos import photo_ids as ids

    return ids(cat, flt, limit=first)


def photo_page(cat: Catalogue, ids: Sequence[int]) -> list[PhotoRecord]:
    from pressdesk.services.reads.photos import photo_page as page

    return page(cat, ids)


def lookups(cat: Catalogue) -> Lookups:
    from pressdesk.services.house.lists import list_presets
    from pressdesk.services.house.templates import list_templates

    return Lookups([t.name for t in list_templates(cat)], [p.name for p in list_presets(cat)])


def history(cat: Catalogue, kind: str, record_id: int) -> list[HistoryEntry]:
    from pressdesk.services.reads.history import history as load

    return load(cat, kind, record_id)


@dataclass(frozen=True)
class Candidate:
    photo_id: int
    score: float
    reasons: tuple[str, ...]
    photo: PhotoRecord | None


@dataclass(frozen=True)
class SlotProposals:
    """An empty slot and the photos proposed for it, best first."""

    release_id: int
    headline: str
    position: int
    caption: str | None
    candidates: tuple[Candidate, ...]
    chosen: int | None  # the photo --apply would attach (one photo per slot and release)


def match_review(cat: Catalogue, release: int | None, *, ctx: JobContext) -> list[SlotProposals]:
    """Every empty slot's proposals, with the records the review shows."""
    from pressdesk.services.photos import match
    from pressdesk.services.reads.browse import show_release
    from pressdesk.services.reads.photos import photo_page as page

    def progress(done: int, total: int, _name: str) -> None:  # (the service says "release N")
        ctx.progress(
            done,
            total,
            translate("MatchReview", "release %1 of %2")
            .replace("%1", str(done + 1))
            .replace("%2", str(total)),
        )

    found = match.propose(cat, release, progress=progress)
    picks = {(p.release_id, p.position): p.photo_id for p in match.chosen(found)}
    ids = sorted({c.photo_id for cands in found.values() for c in cands})
    photos = {p.id: p for p in page(cat, ids)}
    releases: dict[int, Any] = {}
    out = []
    for (rid, pos), cands in sorted(found.items()):
        if not cands:
            continue
        if rid not in releases:
            releases[rid] = show_release(cat, rid)
        record = releases[rid]
        caption = next((s.caption for s in record.photos if s.position == pos), None)
        out.append(
            SlotProposals(
                rid,
                record.headline or translate("MatchReview", "release %1").replace("%1", str(rid)),
                pos,
                caption,
                tuple(
                    Candidate(c.photo_id, c.score, c.reasons, photos.get(c.photo_id)) for c in cands
                ),
                picks.get((rid, pos)),
            )
        )
    return out
