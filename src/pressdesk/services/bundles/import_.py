"""Importing a bundle (folder or zip) into a catalogue.

Order: refuse hostile input (see :mod:`.source`); verify every file (damage raises
BundleDamagedError and nothing is imported); read catalogue.json (an unknown schema or a
malformed file raises InvalidInputError); check that it is consistent with the manifest;
copy the files of photos the catalogue lacks into its library (``.incoming``, as ingest
does); then merge the records in short transactions (see :mod:`.batches`), so that other
writers are not kept waiting. A failure or a cancellation before the first commit leaves the
catalogue as it was; one after it leaves the import resumable: importing the same bundle
again finishes it (see :mod:`.journal`).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.models import Photo
from pressdesk.core.photos import PhotoReadError
from pressdesk.services.bundles import bag
from pressdesk.services.bundles.batches import Merger, merge_in_batches
from pressdesk.services.bundles.journal import Unfinished, open_journal, unfinished_imports
from pressdesk.services.bundles.merge import Entry
from pressdesk.services.bundles.schema import BundleCatalogue, parse_catalogue_json, read_catalogue
from pressdesk.services.bundles.source import DEFAULT_LIMITS, BagSource, Limits, open_bag
from pressdesk.services.bundles.verify import BundleCheck, check_bag
from pressdesk.services.errors import InvalidInputError, ServiceError
from pressdesk.services.jobs import JobContext, quiet
from pressdesk.services.ops import Changes
from pressdesk.services.undo.steps import record_barrier
from pressdesk.storage.ingest_worker import Prepared, prepare
from pressdesk.storage.library import _HOST, PhotoLibrary

Progress = Callable[[int, int, str], None]


class BundleDamagedError(ServiceError):
    """The bundle failed verification; ``check`` lists what is missing, changed or extra."""

    def __init__(self, check: BundleCheck) -> None:
        counts = [
            f"{len(v)} {label}"
            for label, v in (
                ("missing", check.missing),
                ("changed", check.changed),
                ("extra", check.extra),
            )
            if v
        ]
        what = " and ".join(
            x
            for x in (
                ", ".join(counts) + " file(s)" if counts else "",
                f"{len(check.problems)} other problem(s)" if check.problems else "",
            )
            if x
        )
        super().__init__(f"{check.path} is damaged ({what}); nothing was imported.")
        self.check = check


@dataclass
class BundleImportResult:
    """What an import added, updated and skipped (unchanged); ``resumed``: how many records
    an interrupted import of the same bundle had merged; ``unfinished``: other bundles whose
    import stopped before its end."""

    path: str
    added: list[Entry] = field(default_factory=list)
    updated: list[Entry] = field(default_factory=list)
    skipped: list[Entry] = field(default_factory=list)
    resumed: int | None = None
    unfinished: list[Unfinished] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "added": [e.to_json() for e in self.added],
            "updated": [e.to_json() for e in self.updated],
            "skipped": [e.to_json() for e in self.skipped],
            "resumed": self.resumed,
        }

    @property
    def changes(self) -> Changes:
        touched = self.added + self.updated
        return Changes.of(
            releases=(e.id for e in touched if e.kind == "release"),
            photos=(e.id for e in touched if e.kind == "photo"),
            people=(e.id for e in touched if e.kind == "person"),
        )


def import_bundle(
    cat: Catalogue,
    path: Path,
    *,
    limits: Limits = DEFAULT_LIMITS,
    ctx: JobContext | None = None,
    actor: str = "user",
) -> BundleImportResult:
    """Verify a bundle and merge its records and photos into ``cat``."""
    ctx = ctx or quiet()
    progress, check_cancel = ctx.progress, ctx.check
    if cat.library is None:
        raise InvalidInputError(
            "This catalogue has no photo library; give one with --library PATH "
            "or $PRESSDESK_LIBRARY."
        )
    library = PhotoLibrary(cat.library)
    library.sweep_incoming()
    with open_bag(Path(path), limits) as source:
        check = check_bag(source, limits, progress=progress, check_cancel=check_cancel)
        if check.schema is not None and check.schema != bag.SCHEMA:
            read_catalogue({"schema": check.schema})  # raises: unknown schema
        intact = bag.CATALOGUE_JSON not in (*check.changed, *check.missing)
        data = _read_catalogue(source, limits) if intact else None
        if not check.valid or data is None:
            raise BundleDamagedError(check)
        _check_consistent(source, data)
        key = hashlib.sha256(source.read_bytes(bag.MANIFEST, 1 << 28)).hexdigest()
        merger = Merger(data, library, f"bundle {source.label}")
        journal = open_journal(cat, key, str(path), len(merger.records))
        merger.staged = _stage_new_photos(cat, library, source, data, progress, check_cancel)
        try:
            check_cancel()
            report = merge_in_batches(cat, merger, journal, library, progress, check_cancel)
            with cat.write() as session:  # (undo stops here: an import cannot be undone)
                record_barrier(session, f"Import bundle {source.label}", actor)
        finally:
            for item in merger.staged.values():
                library.discard(item.staged)
    return BundleImportResult(
        str(path),
        report.added,
        report.updated,
        report.skipped,
        resumed=journal.resumed_after,
        unfinished=unfinished_imports(cat, other_than=key),
    )


def _read_catalogue(source: BagSource, limits: Limits) -> BundleCatalogue | None:
    """catalogue.json, strictly validated (malformed input raises InvalidInputError)."""
    if bag.CATALOGUE_JSON not in source.files:
        return None
    try:
        obj = parse_catalogue_json(source.read_bytes(bag.CATALOGUE_JSON, limits.max_tag_file_bytes))
    except ValueError as exc:
        raise InvalidInputError(
            f"{source.label}: data/catalogue.json {exc}; it was refused."
        ) from None
    return read_catalogue(obj)


def _check_consistent(source: BagSource, data: BundleCatalogue) -> None:
    """Every reference resolves and every photo file is the one catalogue.json describes."""
    manifest = bag.parse_manifest(
        bag.MANIFEST, source.read_bytes(bag.MANIFEST, 1 << 28).decode("utf-8")
    ).entries
    people = {p.uid for p in data.people}
    photos = {p.uid for p in data.photos}
    for p in data.photos:
        if manifest.get(f"data/{p.file}") != p.file_sha256:
            raise InvalidInputError(
                f"{source.label}: catalogue.json describes data/{p.file} with another checksum "
                "than the manifest; the bundle is inconsistent and was refused."
            )
        for person_uid, name in p.persons_shown:
            if person_uid not in people:
                raise _dangling(source, f"person {name} shown in photo {p.original_name}")
    for r in data.releases:
        for part in r.participants:
            if part.person_uid not in people:
                raise _dangling(source, f"participant {part.name}")
        for slot in r.slots:
            if slot.photo_uid and slot.photo_uid not in photos:
                raise _dangling(source, f"photo {slot.photo_uid}")


def _dangling(source: BagSource, what: str) -> InvalidInputError:
    return InvalidInputError(
        f"{source.label}: catalogue.json refers to {what}, whose record is not in the bundle; "
        "it was refused."
    )


def _stage_new_photos(
    cat: Catalogue,
    library: PhotoLibrary,
    source: BagSource,
    data: BundleCatalogue,
    progress: Progress | None,
    check_cancel: Callable[[], None] | None,
) -> dict[str, Prepared]:
    """Copy the files of photos the catalogue does not have into the library's incoming area."""
    with cat.read() as s:
        uids = {uuid.UUID(p.uid) for p in data.photos}
        known_uids = {str(u) for u in s.scalars(select(Photo.uid).where(Photo.uid.in_(uids)))}
        shas = [x for p in data.photos for x in (p.sha256, p.file_sha256)]
        known_shas = set(s.scalars(select(Photo.sha256).where(Photo.sha256.in_(shas))))
    needed = [
        p
        for p in data.photos
        if p.uid not in known_uids and not {p.sha256, p.file_sha256} & known_shas
    ]
    staged: dict[str, Prepared] = {}
    try:
        for done, p in enumerate(needed, 1):
            relpath = f"data/{p.file}"
            local = source.local_path(relpath)
            extracted = None
            if local is None:
                extracted = _extract(library, source, relpath)
                local = extracted
            try:
                item = prepare(library, local)
            except PhotoReadError as exc:
                raise InvalidInputError(f"{source.label}: {relpath} {_predicate(exc)}") from None
            finally:
                if extracted is not None:
                    extracted.unlink(missing_ok=True)
            staged[p.uid] = item
            if item.staged.sha256 != p.file_sha256:
                raise InvalidInputError(
                    f"{source.label}: {relpath} changed while it was being imported; "
                    "nothing was imported."
                )
            if progress:
                progress(done, len(needed), p.original_name)
            if check_cancel:
                check_cancel()
    except BaseException:
        for item in staged.values():
            library.discard(item.staged)
        raise
    return staged


def _predicate(exc: PhotoReadError) -> str:
    text = str(exc)
    path = str(exc.path)
    return text[len(path) :].strip() if text.startswith(path) else f"cannot be read ({text})"


def _extract(library: PhotoLibrary, source: BagSource, relpath: str) -> Path:
    """Copy one zip member to a temporary file in the library's incoming area."""
    library.incoming.mkdir(parents=True, exist_ok=True)
    tmp = library.incoming / f"{_HOST}-{os.getpid()}-{uuid.uuid4().hex}.tmp"
    try:
        with source.open(relpath) as fin, tmp.open("wb") as fout:
            shutil.copyfileobj(fin, fout, 1 << 20)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp
