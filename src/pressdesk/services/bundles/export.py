"""Exporting releases as a review bundle: a BagIt bag (folder or zip).

The photos travel as copies carrying the catalogue's fields (job id: the photo's own, else
the release uid) in IPTC IIM and XMP (JPEG, TIFF, PNG; WebP XMP only), or unchanged with an
XMP sidecar (HEIC, and a file too damaged to rewrite). Originals are only read. Two worker threads read, rewrite and hash the photos
while the calling thread collects the results; everything is written under a temporary
name beside the target and renamed into place at the end (see :mod:`.targets`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pressdesk import __version__
from pressdesk.catalogue import Catalogue
from pressdesk.core.photos import PhotoReadError
from pressdesk.core.photos.writer import PhotoWriteError, copy_pieces
from pressdesk.core.photos.xmp_writer import build_xmp
from pressdesk.services.bundles import bag
from pressdesk.services.bundles.collect import PlannedPhoto, bundle_photo, plan_bundle
from pressdesk.services.bundles.page import render_index
from pressdesk.services.bundles.schema import BundleCatalogue, BundlePhoto
from pressdesk.services.bundles.targets import (
    BagTarget,
    FolderTarget,
    ZipTarget,
    hash_pieces,
    sweep_partials,
)
from pressdesk.services.bundles.warnings import (
    ExportWarning,
    photo_warnings,
    sidecar_warning,
    write_values,
)
from pressdesk.services.errors import InvalidInputError, ServiceError
from pressdesk.services.jobs import JobContext, quiet
from pressdesk.storage.library import PhotoLibrary
from pressdesk.storage.thumbnails import thumbnail_path, write_thumbnail

Progress = Callable[[int, int, str], None]
DEFAULT_ORGANIZATION = "pressdesk"


class OriginalChangedError(ServiceError):
    """A photo's original in the library no longer has the checksum it was stored under."""


@dataclass
class ExportResult:
    """Where the bundle went, how many photos it holds, its size, and any warnings."""

    path: str
    photos: int
    bytes: int
    releases: int = 0
    warnings: list[ExportWarning] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "photos": self.photos,
            "bytes": self.bytes,
            "warnings": [w.to_json() for w in self.warnings],
        }


@dataclass(frozen=True)
class _Written:
    photo: BundlePhoto
    manifest: tuple[tuple[str, str], ...]  # (path in bag, sha256)
    payload_bytes: int
    warnings: tuple[ExportWarning, ...]


def _copy_photo(library: PhotoLibrary, target: BagTarget, planned: PlannedPhoto) -> _Written:
    """Worker: read the original and check its checksum, write the copy (and sidecar,
    thumbnail), hash them. A damaged original raises OriginalChangedError."""
    p = planned.record
    original = library.path_for(p.sha256, p.format)
    try:
        data = original.read_bytes()
    except OSError as exc:
        raise InvalidInputError(
            f"The original of photo {p.id} ({p.original_name}) cannot be read from the library "
            f"({exc.strerror or exc}); run 'pressdesk verify'."
        ) from None
    if hashlib.sha256(data).hexdigest() != p.sha256:  # (hashing releases the GIL)
        raise OriginalChangedError(
            f"The original of photo {p.id} ({p.original_name}) has changed in the library since "
            "it was stored (its checksum no longer matches), so no bundle was written; run "
            "'pressdesk verify'."
        )
    values = write_values(planned)
    warnings = photo_warnings(planned)
    try:
        pieces, sidecar_packet = copy_pieces(data, values, p.original_name)
    except PhotoWriteError as exc:
        pieces, sidecar_packet = [data], build_xmp(values)
        warnings = [sidecar_warning(planned, f"could not be rewritten ({exc})")]
    sha, size = hash_pieces(pieces)
    target.add(planned.file, pieces)
    manifest = [(planned.file, sha)]
    total = size
    sidecar = None
    if sidecar_packet is not None:
        sidecar = planned.file.rsplit(".", 1)[0] + ".xmp"
        target.add(sidecar, [sidecar_packet])
        manifest.append((sidecar, hash_pieces([sidecar_packet])[0]))
        total += len(sidecar_packet)
    thumb = _thumbnail(original, p.sha256)
    has_thumb = thumb is not None
    if thumb is not None:
        target.add(planned.thumbnail, [thumb])
        manifest.append((planned.thumbnail, hash_pieces([thumb])[0]))
        total += len(thumb)
    record = bundle_photo(planned, sha, size, sidecar)
    record = replace(record, warnings=tuple(w.message for w in warnings))
    if not has_thumb:
        record = replace(record, thumbnail=None)
    return _Written(record, tuple(manifest), total, tuple(warnings))


def _thumbnail(original: Path, sha: str) -> bytes | None:
    cached = thumbnail_path(sha)
    try:
        return cached.read_bytes()
    except OSError:
        pass
    try:
        return write_thumbnail(original, sha).read_bytes()
    except (PhotoReadError, OSError):
        return None


def export_bundle(
    cat: Catalogue,
    refs: Sequence[str | int],
    out: Path,
    *,
    as_zip: bool = False,
    organization: str = DEFAULT_ORGANIZATION,
    ctx: JobContext | None = None,
    workers: int = 2,
) -> ExportResult:
    """Write the releases ``refs`` (ids or uids) with their photos and people as a bundle.

    ``out`` must not exist yet. Nothing appears at ``out`` until the bundle is complete:
    an error or a cancellation (``check_cancel`` raising) removes the partial bundle.
    """
    ctx = ctx or quiet()
    progress, check_cancel = ctx.progress, ctx.check
    if cat.library is None:
        raise InvalidInputError(
            "This catalogue has no photo library; give one with --library PATH "
            "or $PRESSDESK_LIBRARY."
        )
    if not refs:
        raise InvalidInputError("Name at least one release to export.")
    out = Path(out).expanduser().absolute()
    if out.exists() or out.is_symlink():
        raise InvalidInputError(
            f"{out} already exists; an export never overwrites, so choose a new path."
        )
    if not out.parent.is_dir():
        raise InvalidInputError(f"The folder {out.parent} does not exist.")
    with cat.read() as session:
        plan = plan_bundle(session, refs)
    library = PhotoLibrary(cat.library)
    for planned in plan.photos:
        if not library.path_for(planned.record.sha256, planned.record.format).is_file():
            raise InvalidInputError(
                f"The original of photo {planned.record.id} ({planned.record.original_name}) is "
                "missing from the library; run 'pressdesk verify'."
            )
    sweep_partials(out)
    total = len(plan.photos) + 1
    try:
        target: BagTarget = ZipTarget(out) if as_zip else FolderTarget(out)
    except OSError as exc:
        raise InvalidInputError(f"Cannot write beside {out} ({exc.strerror or exc}).") from None
    try:
        written = _write_photos(library, target, plan.photos, progress, check_cancel, workers)
        check_cancel()
        catalogue = BundleCatalogue(
            releases=plan.releases,
            photos=tuple(w.photo for w in written),
            people=plan.people,
            created_at=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
            generator=f"pressdesk {__version__}",
            organization=organization,
        )
        manifest = [entry for w in written for entry in w.manifest]
        payload = sum(w.payload_bytes for w in written)
        for relpath, text in (
            (bag.CATALOGUE_JSON, json.dumps(catalogue.to_json(), ensure_ascii=False, indent=1)),
            (bag.INDEX_HTML, render_index(catalogue)),
        ):
            data, sha = bag.sha256_text(text)
            target.add(relpath, [data])
            manifest.append((relpath, sha))
            payload += len(data)
        _write_tag_files(target, catalogue, manifest, payload)
        progress(total, total, "")
        size = target.commit()
    except BaseException:
        target.abort()
        raise
    warnings = [w for written_photo in written for w in written_photo.warnings]
    return ExportResult(str(out), len(written), size, len(plan.releases), warnings)


def _write_photos(
    library: PhotoLibrary,
    target: BagTarget,
    photos: Sequence[PlannedPhoto],
    progress: Progress | None,
    check_cancel: Callable[[], None] | None,
    workers: int,
) -> list[_Written]:
    results: list[_Written] = []
    total = len(photos) + 1
    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="export") as pool:
        in_flight: list[Future[_Written]] = []
        queue = list(photos)
        try:
            while queue or in_flight:
                while queue and len(in_flight) < workers * 2:
                    in_flight.append(pool.submit(_copy_photo, library, target, queue.pop(0)))
                results.append(in_flight.pop(0).result())
                if progress:
                    progress(len(results), total, results[-1].photo.original_name)
                if check_cancel:
                    check_cancel()
        except BaseException:
            for fut in in_flight:
                fut.cancel()
            for fut in in_flight:
                if not fut.cancelled():
                    fut.exception()  # wait: nothing may still write into the target
            raise
    return results


def _write_tag_files(
    target: BagTarget,
    catalogue: BundleCatalogue,
    manifest: list[tuple[str, str]],
    payload_bytes: int,
) -> None:
    """bagit.txt, bag-info.txt, the payload manifest and the tag manifest."""
    headlines = "; ".join(r.headline or r.uid for r in catalogue.releases)
    tag_files = [
        ("bagit.txt", bag.BAGIT_TXT),
        (
            bag.BAG_INFO,
            bag.bag_info_text(
                organization=catalogue.organization,
                external_ids=[r.uid for r in catalogue.releases],
                payload_bytes=payload_bytes,
                payload_files=len(manifest),
                description=f"pressdesk review bundle: {headlines}"[:900],
            ),
        ),
        (bag.MANIFEST, bag.manifest_text(manifest)),
    ]
    tag_entries = []
    for name, text in tag_files:
        data, sha = bag.sha256_text(text)
        target.add(name, [data])
        tag_entries.append((name, sha))
    data, _sha = bag.sha256_text(bag.manifest_text(tag_entries))
    target.add(bag.TAG_MANIFEST, [data])
