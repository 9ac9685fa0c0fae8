"""Re-hashing the photo library against the catalogue."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.models import Photo
from pressdesk.core.photos import sha256_file
from pressdesk.services.errors import InvalidInputError
from pressdesk.services.jobs import JobContext, quiet
from pressdesk.services.photos.orphans import find_orphans, remove_orphans
from pressdesk.storage.library import PhotoLibrary

PAGE = 500


@dataclass
class VerifyResult:
    checked: int = 0
    missing: list[dict[str, Any]] = field(default_factory=list)
    changed: list[dict[str, Any]] = field(default_factory=list)
    #: Stored files no record points to (left by a killed import), see :mod:`.orphans`.
    orphans: list[dict[str, Any]] = field(default_factory=list)
    #: With ``repair``: the orphans removed (the others stay in ``orphans``, with a reason).
    removed: list[dict[str, Any]] | None = None

    @property
    def damaged(self) -> bool:
        return bool(self.missing or self.changed or self.orphans)

    def to_json(self) -> dict[str, Any]:
        out = {
            "checked": self.checked,
            "missing": self.missing,
            "changed": self.changed,
            "orphans": self.orphans,
        }
        if self.removed is not None:
            out["removed"] = self.removed
        return out


def verify_library(
    cat: Catalogue,
    *,
    ctx: JobContext | None = None,
    repair: bool = False,
) -> VerifyResult:
    """Re-hash every stored original; report missing files, files whose bytes changed and
    stored files no record points to (orphans); with ``repair``, remove the orphans."""
    ctx = ctx or quiet()
    progress, check_cancel = ctx.progress, ctx.check
    if cat.library is None:
        raise InvalidInputError(
            "This catalogue has no photo library; give one with --library PATH "
            "or $PRESSDESK_LIBRARY."
        )
    library = PhotoLibrary(cat.library)
    result = VerifyResult()
    with cat.read() as s:
        total = s.scalar(select(func.count()).select_from(Photo)) or 0
    last_id = 0
    while True:
        with cat.read() as s:
            rows = s.execute(
                select(Photo.id, Photo.sha256, Photo.format, Photo.original_name)
                .where(Photo.id > last_id)
                .order_by(Photo.id)
                .limit(PAGE)
            ).all()
        if not rows:
            break
        for pid, sha, fmt, name in rows:
            last_id = pid
            check_cancel()
            path = library.path_for(sha, fmt)
            entry = {"photo_id": pid, "sha256": sha, "path": str(path), "original_name": name}
            if not path.exists():
                result.missing.append(entry)
            else:
                try:
                    actual = sha256_file(path)
                except OSError as exc:
                    entry["error"] = f"cannot be read ({exc.strerror or exc})"
                    result.missing.append(entry)
                else:
                    if actual != sha:
                        result.changed.append({**entry, "actual_sha256": actual})
            result.checked += 1
            progress(result.checked, total, name)
    result.orphans = find_orphans(cat, library)
    if repair:
        result.removed, result.orphans = remove_orphans(cat, library, result.orphans)
    return result
