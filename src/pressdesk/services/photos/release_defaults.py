"""A photo attached to a release takes the release's event date and place when it has no
date created or location of its own (from its file or a person), so that exported copies
say when and where. The values are recorded with provenance ``release``."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk.catalogue.models import Photo, Release
from pressdesk.core.photos.fields import GROUPS
from pressdesk.core.releases.gazetteer import location_of
from pressdesk.services.history import record_change, set_provenance

LOCATION = tuple(f.name for f in GROUPS["location"])


def apply_release_defaults(
    s: Session, release: Release, photo_ids: Iterable[int], actor: str = "release"
) -> list[int]:
    """Give the photos ``photo_ids`` the release's date and place where they have none;
    returns the ids of the photos changed."""
    ids = list(dict.fromkeys(photo_ids))
    if not ids or (release.event_date is None and not release.place):
        return []
    place = location_of(release.place, release.language) if release.place else {}
    changed = []
    for photo in s.scalars(select(Photo).where(Photo.id.in_(ids))):
        values: dict[str, str] = {}
        if photo.date_created is None and release.event_date is not None:
            values["date_created"] = release.event_date.isoformat()
        if place and not any(getattr(photo, name) for name in LOCATION):
            values.update(place)
        for name, value in values.items():
            record_change(s, actor, "photo", photo.uid, name, None, value, "release")
            setattr(photo, name, value)
            set_provenance(s, "photo", photo.uid, name, "release", f"release {release.uid}")
        if values:
            changed.append(photo.id)
    return changed
