"""Checking a bundle: every payload file present and unchanged, nothing extra, tag files
intact, Payload-Oxum right, catalogue.json readable and of a known schema.

Damage (missing, changed or extra files, a bad manifest) is reported in the result;
hostile or unusable input (see :mod:`.source`) raises InvalidInputError.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pressdesk.services.bundles import bag
from pressdesk.services.bundles.schema import parse_catalogue_json
from pressdesk.services.bundles.source import DEFAULT_LIMITS, BagSource, Limits, open_bag
from pressdesk.services.errors import InvalidInputError
from pressdesk.services.jobs import JobContext, quiet

Progress = Callable[[int, int, str], None]
CHUNK = 1 << 20


@dataclass
class BundleCheck:
    """The result of verifying a bundle."""

    path: str
    files: int = 0
    bytes: int = 0
    missing: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    schema: str | None = None
    releases: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not (self.missing or self.changed or self.extra or self.problems)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "valid": self.valid,
            "files": self.files,
            "bytes": self.bytes,
            "missing": self.missing,
            "changed": self.changed,
            "extra": self.extra,
            "problems": self.problems,
            "schema": self.schema,
            "releases": self.releases,
        }


def file_sha256(source: BagSource, relpath: str) -> str:
    """SHA-256 of one file of the bag, streamed."""
    digest = hashlib.sha256()
    with source.open(relpath) as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def verify_bundle(
    path: Path,
    *,
    limits: Limits = DEFAULT_LIMITS,
    ctx: JobContext | None = None,
) -> BundleCheck:
    """Verify a bundle folder or zip (hostile input raises InvalidInputError)."""
    ctx = ctx or quiet()
    progress, check_cancel = ctx.progress, ctx.check
    with open_bag(path, limits) as source:
        return check_bag(source, limits, progress=progress, check_cancel=check_cancel)


def _manifest(source: BagSource, name: str, limits: Limits, result: BundleCheck) -> dict[str, str]:
    if name not in source.files:
        return {}
    try:
        text = source.read_bytes(name, limits.max_tag_file_bytes).decode("utf-8")
        entries = dict(bag.parse_manifest(name, text).entries)
    except (UnicodeDecodeError, bag.ManifestError) as exc:
        result.problems.append(f"{name} is malformed ({exc}).")
        return {}
    for relpath in entries:
        reason = bag.unsafe_reason(relpath)
        if reason:
            raise InvalidInputError(
                f"{source.label} was refused: its {name} names {reason} ('{relpath}')."
            )
    return entries


def check_bag(
    source: BagSource,
    limits: Limits = DEFAULT_LIMITS,
    *,
    progress: Progress | None = None,
    check_cancel: Callable[[], None] | None = None,
) -> BundleCheck:
    """Verify an opened bag."""
    result = BundleCheck(source.label)
    declaration = source.read_bytes("bagit.txt", 4096).decode("utf-8", "replace")
    if "BagIt-Version:" not in declaration:
        result.problems.append("bagit.txt does not declare a BagIt version.")
    if bag.MANIFEST not in source.files:
        result.problems.append(f"The bundle has no SHA-256 payload manifest ({bag.MANIFEST}).")
    payload = _manifest(source, bag.MANIFEST, limits, result)
    tags = _manifest(source, bag.TAG_MANIFEST, limits, result)
    outside = sorted(p for p in payload if not p.startswith("data/"))
    if outside:
        result.problems.append(f"The payload manifest lists files outside data/: {outside[0]}.")
    present = {p for p in source.files if p.startswith("data/")}
    result.missing = sorted(p for p in {*payload, *tags} if p not in source.files)
    result.extra = sorted(present - set(payload))
    to_hash = sorted(p for p in {*payload, *tags} if p in source.files)
    total = len(to_hash)
    for done, relpath in enumerate(to_hash, 1):
        expected = payload.get(relpath) or tags[relpath]
        if file_sha256(source, relpath) != expected:
            result.changed.append(relpath)
        if progress:
            progress(done, total, relpath)
        if check_cancel:
            check_cancel()
    result.files = len(present)
    result.bytes = sum(source.files[p] for p in present)
    _check_info(source, result)
    _check_catalogue(source, limits, result)
    return result


def _check_info(source: BagSource, result: BundleCheck) -> None:
    if bag.BAG_INFO not in source.files:
        return
    info = bag.parse_bag_info(source.read_bytes(bag.BAG_INFO, 1 << 20).decode("utf-8", "replace"))
    result.releases = info.get("External-Identifier", [])
    oxum = (info.get("Payload-Oxum") or [""])[0]
    if oxum and oxum != f"{result.bytes}.{result.files}":
        result.problems.append(
            f"The Payload-Oxum of bag-info.txt is {oxum} (bytes.files) but the payload is "
            f"{result.bytes}.{result.files}."
        )


def _check_catalogue(source: BagSource, limits: Limits, result: BundleCheck) -> None:
    name = bag.CATALOGUE_JSON
    if name not in source.files:
        if name not in result.missing:
            result.problems.append("The bundle has no data/catalogue.json.")
        return
    try:
        obj = parse_catalogue_json(source.read_bytes(name, limits.max_tag_file_bytes))
    except ValueError as exc:
        result.problems.append(f"data/catalogue.json {exc}.")
        return
    schema = obj.get("schema") if isinstance(obj, dict) else None
    result.schema = schema if isinstance(schema, str) else None
    if schema != bag.SCHEMA:
        result.problems.append(
            f"data/catalogue.json has schema {schema!r}; this pressdesk reads {bag.SCHEMA}."
        )
        return
    for photo in obj.get("photos") or []:
        if not isinstance(photo, dict):
            continue
        for key in ("file", "sidecar"):
            rel = photo.get(key)
            if isinstance(rel, str) and bag.unsafe_reason(rel):
                result.problems.append(
                    f"data/catalogue.json names {bag.unsafe_reason(rel)} ('{rel}')."
                )
                continue
            missing = isinstance(rel, str) and f"data/{rel}" not in source.files
            if missing and f"data/{rel}" not in result.missing:
                result.problems.append(
                    f"data/catalogue.json names data/{rel}, which is not in the bundle."
                )
