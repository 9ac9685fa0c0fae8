"""Matching photos to the empty slots of releases: candidates from the catalogue, scored.

Candidates for a release's empty slots come from three indexed lookups, so that a million
photos are never all scored: photos taken within a few days of the event date, photos whose
text shares the slot captions' rarest words (full-text index), and photos showing the
release's participants. :mod:`pressdesk.core.matching` scores them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.models import Participation, Person, PersonShown, Photo, PhotoSlot, Release
from pressdesk.catalogue.search import Query, Term, fts5_expression, pg_tsquery
from pressdesk.core.matching import (
    PhotoFacts,
    Rarity,
    Reason,
    Scored,
    SlotFacts,
    assign,
    parse_day,
    score,
    words,
)
from pressdesk.services.errors import InvalidInputError, NotFoundError
from pressdesk.services.house.lists import load_house_list
from pressdesk.services.ops import Changes, OpResult
from pressdesk.services.reads.load import resolve_id
from pressdesk.services.releases.edit import place_photos, slot_photos
from pressdesk.services.undo.steps import entry, record_step

DAYS_AROUND = 3
PER_SOURCE = 300  # candidates each lookup may add for one release
SEARCH_WORDS = 8
DEFAULT_MIN_SCORE = 0.5
LIST_FLOOR = 0.1  # proposals below this are not worth showing
REVIEW_REASON = "chosen in review"


@dataclass(frozen=True)
class Proposal:
    """A photo proposed for an empty slot of a release."""

    release_id: int
    position: int
    photo_id: int
    score: float
    reasons: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "release_id": self.release_id,
            "position": self.position,
            "photo_id": self.photo_id,
            "score": round(self.score, 3),
            "reasons": list(self.reasons),
        }


def _slots(s: Session, release_ids: Sequence[int] | None) -> list[SlotFacts]:
    stmt = (
        select(PhotoSlot.release_id, PhotoSlot.position, PhotoSlot.caption, PhotoSlot.credit)
        .where(PhotoSlot.photo_id.is_(None))
        .order_by(PhotoSlot.release_id, PhotoSlot.position)
    )
    if release_ids is not None:
        stmt = stmt.where(PhotoSlot.release_id.in_(release_ids))
    rows = s.execute(stmt).all()
    rids = sorted({r[0] for r in rows})
    dates = dict(
        s.execute(select(Release.id, Release.event_date).where(Release.id.in_(rids))).all()
    )
    people: dict[int, set[int]] = defaultdict(set)
    for rid, pid in s.execute(
        select(Participation.release_id, Participation.person_id).where(
            Participation.release_id.in_(rids), Participation.role == "participant"
        )
    ):
        people[rid].add(pid)
    return [
        SlotFacts(rid, pos, cap, credit, dates.get(rid), frozenset(people[rid]))
        for rid, pos, cap, credit in rows
    ]


def _by_date(s: Session, day: dt.date | None) -> set[int]:
    if day is None:
        return set()
    lo = (day - dt.timedelta(days=DAYS_AROUND)).isoformat()
    hi = (day + dt.timedelta(days=DAYS_AROUND + 1)).isoformat()
    stmt = select(Photo.id).where(Photo.taken_at >= lo, Photo.taken_at < hi).limit(PER_SOURCE)
    return set(s.scalars(stmt))


def _by_text(s: Session, slots: Sequence[SlotFacts]) -> set[int]:
    """Photos sharing the captions' longest words (names and places, mostly), best first."""
    ws = list(dict.fromkeys(w for sl in slots for w in words(sl.caption)))
    if not ws:
        return set()
    ws.sort(key=lambda w: -len(w))
    query = Query((tuple(Term((w,)) for w in ws[:SEARCH_WORDS]),))
    if s.get_bind().dialect.name == "sqlite":
        sql = (
            "SELECT rowid FROM photo_fts WHERE photo_fts MATCH :q ORDER BY bm25(photo_fts) LIMIT :n"
        )
        params: dict[str, Any] = {"q": fts5_expression(query), "n": PER_SOURCE}
    else:
        sql = (
            "SELECT id FROM photo_search WHERE search_doc @@ to_tsquery('simple', :q) "
            "ORDER BY ts_rank(search_doc, to_tsquery('simple', :q)) DESC LIMIT :n"
        )
        params = {"q": pg_tsquery(query), "n": PER_SOURCE}
    return set(s.execute(text(sql), params).scalars())


def _by_people(s: Session, people: frozenset[int]) -> set[int]:
    if not people:
        return set()
    stmt = (
        select(PersonShown.photo_id)
        .where(PersonShown.person_id.in_(people))
        .distinct()
        .limit(PER_SOURCE)
    )
    return set(s.scalars(stmt))


def _facts(s: Session, ids: set[int]) -> list[PhotoFacts]:
    if not ids:
        return []
    rows = s.execute(
        select(Photo.id, Photo.caption, Photo.headline, Photo.taken_at, Photo.credit).where(
            Photo.id.in_(ids)
        )
    ).all()
    shown: dict[int, set[int]] = defaultdict(set)
    names: dict[int, str] = {}
    for photo_id, person_id, name in s.execute(
        select(PersonShown.photo_id, PersonShown.person_id, Person.display_name)
        .join(Person, Person.id == PersonShown.person_id)
        .where(PersonShown.photo_id.in_(ids))
    ):
        shown[photo_id].add(person_id)
        names[person_id] = name
    return [
        PhotoFacts(
            pid,
            caption,
            headline,
            parse_day(taken),
            credit,
            frozenset(shown[pid]),
            {p: names[p] for p in shown[pid]},
        )
        for pid, caption, headline, taken, credit in rows
    ]


def _attached(s: Session, release_id: int) -> set[int]:
    stmt = select(PhotoSlot.photo_id).where(
        PhotoSlot.release_id == release_id, PhotoSlot.photo_id.is_not(None)
    )
    return {p for p in s.scalars(stmt) if p is not None}


def _release_proposals(
    s: Session,
    slots: Sequence[SlotFacts],
    agree: Callable[[str, str], bool],
    per_slot: int,
    floor: float,
) -> dict[tuple[int, int], list[Scored]]:
    first = slots[0]
    days = {sl.day for sl in slots if sl.day}
    ids = _by_people(s, first.participants) | _by_text(s, slots)
    for day in days:
        ids |= _by_date(s, day)
    photos = _facts(s, ids - _attached(s, first.release_id))
    texts = [words(p.caption) + words(p.headline) for p in photos]
    rarity = Rarity(texts + [words(sl.caption) for sl in slots])
    out: dict[tuple[int, int], list[Scored]] = {}
    for sl in slots:
        scored = sorted(
            (score(sl, p, rarity, agree) for p in photos), key=lambda c: (-c.score, c.photo_id)
        )
        out[(sl.release_id, sl.position)] = [c for c in scored[:per_slot] if c.score >= floor]
    return out


def propose(
    cat: Catalogue,
    release: str | int | None = None,
    *,
    per_slot: int = 3,
    floor: float = LIST_FLOOR,
    progress: Callable[[int, int, str], None] | None = None,
) -> dict[tuple[int, int], list[Scored]]:
    """For each empty slot (of one release, or all), the photos most likely to belong
    there, best first: (release id, position) -> candidates."""
    with cat.read() as s:
        scope = None if release is None else [resolve_id(s, "release", release)]
        slots = _slots(s, scope)
        house = load_house_list(s)
        by_release: dict[int, list[SlotFacts]] = defaultdict(list)
        for sl in slots:
            by_release[sl.release_id].append(sl)
        out: dict[tuple[int, int], list[Scored]] = {}
        for n, (rid, group) in enumerate(by_release.items()):
            if progress:
                progress(n, len(by_release), f"release {rid}")
            out.update(_release_proposals(s, group, house.compatible, per_slot, floor))
        return out


def proposals_list(found: dict[tuple[int, int], list[Scored]]) -> list[Proposal]:
    """The proposals as records, slot by slot, best first within a slot."""
    return [
        Proposal(rid, pos, c.photo_id, c.score, c.reasons)
        for (rid, pos), cands in sorted(found.items())
        for c in cands
    ]


def chosen(
    found: dict[tuple[int, int], list[Scored]], min_score: float = DEFAULT_MIN_SCORE
) -> list[Proposal]:
    """What ``--apply`` attaches: the best photo per slot at or above ``min_score``, a photo
    at most once per release."""
    picks = assign(found, min_score)
    return [
        Proposal(rid, pos, c.photo_id, c.score, c.reasons)
        for (rid, pos), c in sorted(picks.items())
    ]


def attach_proposals(
    cat: Catalogue, picks: Sequence[Proposal], *, actor: str = "user"
) -> OpResult[list[Proposal]]:
    """Attach each proposed photo to its slot, all in one transaction and one undo step; a
    slot filled since the proposal was made is left alone (and not returned)."""
    done: list[Proposal] = []
    entries = []
    with cat.write() as s:
        for rid in sorted({p.release_id for p in picks}):
            release = s.get(Release, rid)
            if release is None:
                continue
            before = slot_photos(s, release)
            order = list(before)
            for pick in (p for p in picks if p.release_id == rid):
                if pick.position < len(order) and order[pick.position] is None:
                    order[pick.position] = pick.photo_id
                    done.append(pick)
            if order != before:
                place_photos(s, release, order, actor)
                entries.append(entry("slot_photos", rid, before, slot_photos(s, release)))
        label = f"Attach {len(done)} matched photo{'s' if len(done) != 1 else ''}"
        step = record_step(s, label, entries, actor)
    changes = Changes.of(releases=[p.release_id for p in done], photos=[p.photo_id for p in done])
    return OpResult(done, changes, step)


def reviewed(
    found: dict[tuple[int, int], list[Scored]],
    min_score: float,
    *,
    rejected: Sequence[tuple[int, int, int | None]] = (),
    assigned: Sequence[tuple[int, int, int]] = (),
) -> list[Proposal]:
    """What a review attaches: ``assigned`` (release id, position, photo id) as given, never
    a ``rejected`` (release id, position, photo id, or None for the whole slot), and for the
    other slots the best photo at or above ``min_score`` (a photo once per release)."""
    fixed = {(rid, pos): pid for rid, pos, pid in assigned}
    taken = {(rid, pid) for rid, _pos, pid in assigned}
    no_slot = {(rid, pos) for rid, pos, pid in rejected if pid is None}
    no_pair = {(rid, pos, pid) for rid, pos, pid in rejected if pid is not None}
    rest = {
        key: [
            c
            for c in cands
            if (*key, c.photo_id) not in no_pair and (key[0], c.photo_id) not in taken
        ]
        for key, cands in found.items()
        if key not in fixed and key not in no_slot
    }
    picks = chosen(rest, min_score)
    for (rid, pos), pid in fixed.items():
        known = next((c for c in found.get((rid, pos), []) if c.photo_id == pid), None)
        reasons = (Reason(REVIEW_REASON), *(known.reasons if known else ()))
        picks.append(Proposal(rid, pos, pid, known.score if known else 0.0, reasons))
    return sorted(picks, key=lambda p: (p.release_id, p.position))


def check_assignments(
    cat: Catalogue,
    assigned: Sequence[tuple[int, int, int]],
    rejected: Sequence[tuple[int, int, int | None]] = (),
) -> None:
    """Refuse, naming it, a slot that does not exist or is filled, a photo that does not
    exist, or a review that contradicts itself (two photos for one slot, one photo twice in a
    release, a pick both rejected and assigned), before anything is attached."""
    _check_review(assigned, rejected)
    with cat.read() as s:
        for rid, pos, pid in assigned:
            release = s.get(Release, rid)
            if release is None:
                raise NotFoundError(
                    f"No release with id {rid}; 'pressdesk release list' shows them."
                )
            order = slot_photos(s, release)
            if not 0 <= pos < len(order):
                raise InvalidInputError(
                    f"Release {rid} has no slot {pos + 1} (it has {len(order)}); "
                    f"'pressdesk release show {rid}' lists its slots."
                )
            if order[pos] is not None:
                raise InvalidInputError(
                    f"Slot {pos + 1} of release {rid} already holds photo {order[pos]}; only "
                    "empty slots are matched."
                )
            if s.get(Photo, pid) is None:
                raise NotFoundError(f"No photo with id {pid}; 'pressdesk photo list' shows them.")


def _check_review(
    assigned: Sequence[tuple[int, int, int]], rejected: Sequence[tuple[int, int, int | None]]
) -> None:
    slots: dict[tuple[int, int], int] = {}
    places: dict[tuple[int, int], int] = {}
    for rid, pos, pid in assigned:
        other = slots.setdefault((rid, pos), pid)
        if other != pid:
            raise InvalidInputError(
                f"Slot {pos + 1} of release {rid} is given two photos by --assign ({other} and "
                f"{pid}); give one."
            )
        where = places.setdefault((rid, pid), pos)
        if where != pos:
            raise InvalidInputError(
                f"Photo {pid} is assigned to two slots of release {rid} ({where + 1} and "
                f"{pos + 1}); a photo goes in one slot of a release."
            )
    for rid, pos, rejected_id in rejected:
        if (rid, pos) not in slots:
            continue
        if rejected_id is None:
            raise InvalidInputError(
                f"Slot {pos + 1} of release {rid} is both rejected and assigned; give one of "
                "--reject or --assign for it."
            )
        if slots[(rid, pos)] == rejected_id:
            raise InvalidInputError(
                f"Photo {rejected_id} is both rejected and assigned for slot {pos + 1} of release "
                f"{rid}; give one of --reject or --assign for it."
            )
