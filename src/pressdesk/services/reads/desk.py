"""What the desk (the app's window) reads: plain functions the app runs as background jobs,
each with its own session. The app holds no database code; it calls these."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.models import (
    Agency,
    CreditPreset,
    Keyword,
    Person,
    Photo,
    PhotoSlot,
    Release,
)
from pressdesk.catalogue.search import release_ids_matching
from pressdesk.core.checks.model import CheckReport
from pressdesk.core.photos import read_photo
from pressdesk.core.releases import parse_release_text
from pressdesk.services.checks.run import check_catalogue, problem_counts
from pressdesk.services.jobs import JobContext
from pressdesk.services.reads.browse import ReleaseFilter, release_id_query, show_release
from pressdesk.services.reads.load import load_photos, release_summaries
from pressdesk.services.reads.records import PhotoRecord, ReleaseRecord, ReleaseSummary
from pressdesk.services.releases.edit import ParticipantInput
from pressdesk.storage.library import PhotoLibrary

SEARCH_LIMIT = 5000


@dataclass(frozen=True)
class Counts:
    releases: int
    photos: int
    people: int


@dataclass(frozen=True)
class ReleaseView:
    """A release with its photos, as the editor, strip and inspector need it."""

    release: ReleaseRecord
    photos: dict[int, PhotoRecord]


def counts(cat: Catalogue) -> Counts:
    with cat.read() as s:
        return Counts(
            releases=s.scalar(select(func.count()).select_from(Release)) or 0,
            photos=s.scalar(select(func.count()).select_from(Photo)) or 0,
            people=s.scalar(select(func.count()).select_from(Person)) or 0,
        )


def release_ids(
    cat: Catalogue,
    text: str,
    sort: str,
    descending: bool,
    flt: ReleaseFilter,
    with_problems: bool = False,
    first: int | None = None,
) -> list[int]:
    """The ordered ids for the release list: search (ranked) or the sorted query, filtered;
    with ``with_problems`` only releases the photo-desk checks find problems in; with
    ``first`` only that many (a quick first page while the whole list is read)."""
    ids = _release_ids(cat, text, sort, descending, flt, first)
    if with_problems:
        flagged = set(problem_counts(cat, None))
        ids = [i for i in ids if i in flagged]
    return ids


def _release_ids(
    cat: Catalogue,
    text: str,
    sort: str,
    descending: bool,
    flt: ReleaseFilter,
    first: int | None = None,
) -> list[int]:
    with cat.read() as s:
        if not text.strip():
            return list(s.scalars(release_id_query(flt, sort, descending).limit(first)))
        ids = release_ids_matching(s, text, limit=SEARCH_LIMIT, prefix_last=True)
        if not ids or flt == ReleaseFilter():
            return ids
        keep = set(s.scalars(release_id_query(flt).where(Release.id.in_(ids))))
        return [i for i in ids if i in keep]


def release_rows(cat: Catalogue, ids: Sequence[int]) -> list[ReleaseSummary]:
    """A page of the release list."""
    with cat.read() as s:
        return release_summaries(s, ids)


def release_view(cat: Catalogue, release_id: int) -> ReleaseView:
    release = show_release(cat, release_id)
    ids = [s.photo_id for s in release.photos if s.photo_id]
    with cat.read() as s:
        photos = {p.id: p for p in load_photos(s, ids)}
    return ReleaseView(release, photos)


def issuers(cat: Catalogue) -> list[str]:
    with cat.read() as s:
        return [
            i
            for i in s.scalars(
                select(Release.issuer)
                .where(Release.issuer.is_not(None))
                .distinct()
                .order_by(Release.issuer)
                .limit(500)
            )
            if i
        ]


def people_names(cat: Catalogue) -> list[str]:
    with cat.read() as s:
        return list(s.scalars(select(Person.display_name).order_by(Person.sort_name).limit(50_000)))


def photographer_names(cat: Catalogue) -> list[str]:
    """The house list's photographers (for completing creators), alphabetically."""
    with cat.read() as s:
        rows = select(Agency.canonical).where(Agency.kind == "photographer")
        return list(s.scalars(rows.order_by(Agency.canonical)))


def keyword_names(cat: Catalogue) -> list[str]:
    """The catalogue's keywords (for completion), alphabetically; at most 50,000."""
    with cat.read() as s:
        return list(s.scalars(select(Keyword.text).order_by(Keyword.text).limit(50_000)))


def preset_names(cat: Catalogue) -> list[str]:
    with cat.read() as s:
        return list(s.scalars(select(CreditPreset.name).order_by(CreditPreset.name)))


def suggestions(body: str) -> list[ParticipantInput]:
    """People the release text names, as the parser reads them."""
    if not body.strip():
        return []
    parsed = parse_release_text(body)
    return [ParticipantInput(p.name, p.title, p.role) for p in parsed.participants]


def exif_rows(cat: Catalogue, photo: PhotoRecord) -> tuple[int, list[tuple[str, str]]]:
    """The read-only EXIF table of a stored original."""
    if cat.library is None:
        return photo.id, []
    path = PhotoLibrary(cat.library).path_for(photo.sha256, photo.format)
    return photo.id, list(read_photo(path).exif_table)


def counts_of_problems(cat: Catalogue, ids: list[int]) -> dict[int, int]:
    """Problems per release for a page of the release list."""
    return problem_counts(cat, ids)


def check(cat: Catalogue, release_id: int | None, *, ctx: JobContext) -> CheckReport:
    """The photo-desk checks for one release or (None) the whole catalogue."""
    return check_catalogue(cat, release_id, ctx=ctx)


def recheck(
    cat: Catalogue, release_ids: list[int], photo_ids: list[int]
) -> tuple[set[int], list[CheckReport]]:
    """Check again the releases an edit touched (directly or through their photos)."""
    with cat.read() as s:
        touched = set(release_ids) | set(
            s.scalars(
                select(PhotoSlot.release_id).where(PhotoSlot.photo_id.in_(photo_ids)).distinct()
            )
        )
    return touched, [check_catalogue(cat, rid) for rid in sorted(touched)]
