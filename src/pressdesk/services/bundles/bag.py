"""BagIt 1.0 (RFC 8493) tag files: writing them, and parsing them back.

A bundle is a bag whose payload (``data/``) holds ``index.html``, ``catalogue.json``,
``photos/`` and ``thumbs/``, with SHA-256 payload and tag manifests.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

SCHEMA = "pressdesk-bundle/1"
BAGIT_TXT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
MANIFEST = "manifest-sha256.txt"
TAG_MANIFEST = "tagmanifest-sha256.txt"
BAG_INFO = "bag-info.txt"
CATALOGUE_JSON = "data/catalogue.json"
INDEX_HTML = "data/index.html"


def encode_path(path: str) -> str:
    """A manifest path with CR, LF and % percent-encoded (RFC 8493 section 2.1.3)."""
    return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def decode_path(path: str) -> str:
    """The inverse of :func:`encode_path`."""
    return (
        path.replace("%0D", "\r")
        .replace("%0d", "\r")
        .replace("%0A", "\n")
        .replace("%0a", "\n")
        .replace("%25", "%")
    )


def manifest_text(entries: Iterable[tuple[str, str]]) -> str:
    """Manifest lines ``checksum  path`` for (path, checksum) pairs, sorted by path."""
    return "".join(f"{sha}  {encode_path(path)}\n" for path, sha in sorted(entries))


def bag_info_text(
    *,
    organization: str,
    external_ids: Sequence[str],
    payload_bytes: int,
    payload_files: int,
    description: str,
    today: dt.date | None = None,
) -> str:
    """The bag-info.txt of a bundle."""
    lines = [
        f"Source-Organization: {organization}",
        f"Bagging-Date: {(today or dt.date.today()).isoformat()}",
        f"Payload-Oxum: {payload_bytes}.{payload_files}",
        *(f"External-Identifier: {uid}" for uid in external_ids),
        f"External-Description: {description}",
        "Bag-Software-Agent: pressdesk",
    ]
    return "".join(_fold(line) + "\n" for line in lines)


def _fold(line: str) -> str:
    """Keep one label per line: line breaks inside a value would start a bogus label."""
    return " ".join(line.split())


def sha256_text(text: str) -> tuple[bytes, str]:
    """UTF-8 bytes of a tag file and their SHA-256."""
    data = text.encode("utf-8")
    return data, hashlib.sha256(data).hexdigest()


class ManifestError(ValueError):
    """A manifest or tag file is malformed; the text says which line."""


@dataclass(frozen=True)
class Manifest:
    """Path -> expected SHA-256 of one manifest."""

    entries: Mapping[str, str]


def parse_manifest(name: str, text: str) -> Manifest:
    """Parse ``checksum  path`` lines; a malformed line raises ManifestError."""
    entries: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split(maxsplit=1)
        if len(parts) != 2 or len(parts[0]) != 64:
            raise ManifestError(f"{name} line {number} is not 'SHA-256 checksum  path'")
        sha, path = parts[0].lower(), decode_path(parts[1].lstrip(" *"))
        try:
            int(sha, 16)
        except ValueError:
            raise ManifestError(f"{name} line {number} has no SHA-256 checksum") from None
        entries[path] = sha
    return Manifest(entries)


def parse_bag_info(text: str) -> dict[str, list[str]]:
    """Label -> values of bag-info.txt (continuation lines joined)."""
    out: dict[str, list[str]] = {}
    last: tuple[str, int] | None = None
    for line in text.splitlines():
        if line[:1] in (" ", "\t") and last is not None:
            label, index = last
            out[label][index] += " " + line.strip()
            continue
        if ":" not in line:
            continue
        label, value = line.split(":", 1)
        out.setdefault(label.strip(), []).append(value.strip())
        last = (label.strip(), len(out[label.strip()]) - 1)
    return out


def unsafe_reason(path: str) -> str | None:
    """Why a relative path inside a bag cannot be used (absolute, '..', odd characters)."""
    if not path:
        return "an empty path"
    if path.startswith(("/", "\\")) or (len(path) > 1 and path[1] == ":"):
        return "an absolute path"
    if "\\" in path:
        return "a path with backslashes"
    if "\x00" in path:
        return "a path with a NUL character"
    parts = path.split("/")
    if any(p == ".." for p in parts):
        return "a path that climbs out of the bundle ('..')"
    if any(p in ("", ".") for p in parts[:-1]):
        return "a path with an empty or '.' component"
    return None
