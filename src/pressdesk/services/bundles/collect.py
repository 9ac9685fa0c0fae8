"""Gathering what a bundle of releases holds: the releases, their photos and their people."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pressdesk.catalogue.models import Person, PersonShown, Release
from pressdesk.services.bundles.schema import (
    EXTRA_FIELDS,
    BundleParticipant,
    BundlePerson,
    BundlePhoto,
    BundleRelease,
    BundleSlot,
)
from pressdesk.services.reads.load import load_photos, load_releases, resolve_id
from pressdesk.services.reads.records import PhotoRecord
from pressdesk.storage.library import SUFFIXES


@dataclass(frozen=True)
class PlannedPhoto:
    """A photo to copy into the bundle: the record, where it goes, its job id."""

    record: PhotoRecord
    person_uids: tuple[str, ...]
    file: str  # path inside the bag, e.g. data/photos/peres-putin-1a2b3c4d.jpg
    thumbnail: str
    job_id: str | None


@dataclass(frozen=True)
class Plan:
    """Everything that goes into a bundle, read in one transaction."""

    releases: tuple[BundleRelease, ...]
    photos: tuple[PlannedPhoto, ...]
    people: tuple[BundlePerson, ...]


def slug(name: str, limit: int = 40) -> str:
    """A short ASCII file-name stem: 'Peres & Putin.JPG' -> 'peres-putin'."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()[:limit].strip("-")
    return stem or "photo"


def plan_bundle(session: Session, refs: Sequence[str | int]) -> Plan:
    """Resolve release ids/uids (NotFoundError names a missing one) and gather the records."""
    ids = list(dict.fromkeys(resolve_id(session, "release", ref) for ref in refs))
    releases = load_releases(session, ids)
    rows = {
        r.id: r
        for r in session.scalars(
            select(Release).where(Release.id.in_(ids)).options(selectinload(Release.participations))
        )
    }
    photo_ids: list[int] = []
    job: dict[int, str] = {}
    for r in releases:
        for slot in r.photos:
            if slot.photo_id is not None and slot.photo_id not in job:
                photo_ids.append(slot.photo_id)
                job[slot.photo_id] = r.uid
    photos = load_photos(session, photo_ids)
    photo_uid = {p.id: p.uid for p in photos}
    shown: dict[int, list[int]] = defaultdict(list)
    for photo_id, person_id in session.execute(
        select(PersonShown.photo_id, PersonShown.person_id)
        .where(PersonShown.photo_id.in_(photo_ids))
        .order_by(PersonShown.photo_id, PersonShown.position)
    ):
        shown[photo_id].append(person_id)
    person_ids = list(
        dict.fromkeys(
            [p.person_id for r in releases for p in r.participants]
            + [pid for p in photos for pid in shown[p.id]]
        )
    )
    people = _people(session, person_ids)
    person_uid = {pid: people_by_id.uid for pid, people_by_id in people.items()}

    bundle_releases = tuple(
        BundleRelease(
            uid=r.uid,
            headline=r.headline,
            subheadline=r.subheadline,
            summary=r.summary,
            body=r.body,
            issuer=r.issuer,
            event_date=r.event_date.isoformat() if r.event_date else None,
            place=r.place,
            language=r.language,
            source_url=r.source_url,
            status=r.status,
            source_sha256=rows[r.id].source_sha256,
            keywords=r.keywords,
            created_at=r.created_at.isoformat(),
            updated_at=r.updated_at.isoformat(),
            slots=tuple(
                BundleSlot(
                    s.position,
                    s.caption,
                    s.credit,
                    s.copyright,
                    photo_uid.get(s.photo_id) if s.photo_id else None,
                )
                for s in r.photos
            ),
            participants=tuple(
                BundleParticipant(person_uid[p.person_id], p.name, p.title, p.role, p.name_in_text)
                for p in r.participants
            ),
        )
        for r in releases
    )
    planned = []
    used: set[str] = set()
    for p in photos:
        stem = f"{slug(p.original_name.rsplit('.', 1)[0])}-{p.uid[:8]}"
        while stem in used:
            stem += "x"
        used.add(stem)
        planned.append(
            PlannedPhoto(
                record=p,
                person_uids=tuple(person_uid[pid] for pid in shown[p.id]),
                file=f"data/photos/{stem}{SUFFIXES.get(p.format, '.bin')}",
                thumbnail=f"data/thumbs/{stem}.jpg",
                job_id=job.get(p.id),
            )
        )
    return Plan(bundle_releases, tuple(planned), tuple(people[pid] for pid in person_ids))


def _people(session: Session, ids: Sequence[int]) -> dict[int, BundlePerson]:
    if not ids:
        return {}
    rows = session.scalars(
        select(Person)
        .where(Person.id.in_(ids))
        .options(selectinload(Person.aliases), selectinload(Person.titles))
    ).all()
    out: dict[int, BundlePerson] = {}
    for p in rows:
        out[p.id] = BundlePerson(
            uid=str(p.uid),
            name=p.display_name,
            sort_name=p.sort_name,
            notes=p.notes,
            aliases=tuple(
                sorted((a.alias, a.kind) for a in p.aliases if a.alias != p.display_name)
            ),
            titles=tuple(
                (
                    t.title,
                    t.first_seen.isoformat() if t.first_seen else None,
                    t.last_seen.isoformat() if t.last_seen else None,
                )
                for t in sorted(p.titles, key=lambda t: t.id)
            ),
        )
    return out


def bundle_photo(
    planned: PlannedPhoto, file_sha256: str, file_bytes: int, sidecar: str | None
) -> BundlePhoto:
    """The catalogue.json record of a photo once its copy is written."""
    p = planned.record
    return BundlePhoto(
        uid=p.uid,
        sha256=p.sha256,
        original_name=p.original_name,
        format=p.format,
        width=p.width,
        height=p.height,
        bytes=p.bytes,
        taken_at=p.taken_at,
        camera_make=p.camera_make,
        camera_model=p.camera_model,
        caption=p.caption,
        headline=p.headline,
        credit=p.credit,
        copyright=p.copyright,
        creator=p.creator,
        source=p.source,
        persons_shown=tuple(zip(planned.person_uids, p.persons_shown, strict=False)),
        keywords=p.keywords,
        embedded=p.embedded,
        file=planned.file.removeprefix("data/"),
        file_sha256=file_sha256,
        file_bytes=file_bytes,
        metadata_in_file=sidecar is None,
        sidecar=sidecar.removeprefix("data/") if sidecar else None,
        thumbnail=planned.thumbnail.removeprefix("data/"),
        extra={f.name: getattr(p, f.name) for f in EXTRA_FIELDS},
    )
