"""``catalogue.json`` of a bundle: the records, versioned as ``pressdesk-bundle/1``.

Every record is keyed by its uid so that another catalogue can merge it. A photo carries
the catalogue's fields, what its original file embedded, the original's SHA-256
(``sha256``) and the bundle file it travels as (``file``, ``file_sha256``,
``file_bytes``): a copy with the catalogue's values written in, so its checksum differs.
Reading validates every field's type: a malformed file raises InvalidInputError naming
the place.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import asdict, dataclass, field
from typing import Any

from pressdesk.core.limits import MAX_TEXT_CHARS, too_long
from pressdesk.core.photos.fields import EDITABLE, Field, normalise
from pressdesk.core.photos.fields import to_json as fields_json
from pressdesk.services.bundles.bag import SCHEMA, unsafe_reason
from pressdesk.services.errors import InvalidInputError

#: Containers inside a photo's ``embedded`` metadata (a record's own values nest 2 deep).
MAX_EMBEDDED_DEPTH = 8


def parse_catalogue_json(raw: bytes) -> Any:
    """Parse catalogue.json; ValueError (with a reason to show) for text that is not JSON or
    nests so deeply that the parser gives up (no bundle pressdesk writes comes near)."""
    try:
        return json.loads(raw)
    except RecursionError:
        raise ValueError("is nested too deeply to be a pressdesk catalogue") from None
    except (ValueError, UnicodeDecodeError):
        raise ValueError("is not valid JSON") from None


@dataclass(frozen=True)
class BundlePerson:
    uid: str
    name: str
    sort_name: str
    notes: str | None = None
    aliases: tuple[tuple[str, str], ...] = ()  # (alias, kind)
    titles: tuple[tuple[str, str | None, str | None], ...] = ()  # (title, first, last seen)


@dataclass(frozen=True)
class BundlePhoto:
    uid: str
    sha256: str
    original_name: str
    format: str
    width: int | None
    height: int | None
    bytes: int
    taken_at: str | None
    camera_make: str | None
    camera_model: str | None
    caption: str | None
    headline: str | None
    credit: str | None
    copyright: str | None
    creator: tuple[str, ...]
    source: str | None
    persons_shown: tuple[tuple[str, str], ...]  # (person uid, name), left to right
    keywords: tuple[str, ...]
    embedded: dict[str, Any]
    file: str
    file_sha256: str
    file_bytes: int
    metadata_in_file: bool = True
    sidecar: str | None = None
    thumbnail: str | None = None
    # the schema's other fields (title, date created, location, ...), only those the bundle
    # has: a bundle from an older pressdesk says nothing about them
    extra: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()  # what export could not write into the file as it is

    def value(self, name: str) -> Any:
        """A field's value, whether it has an attribute of its own or sits in ``extra``."""
        if name in _OWN:
            return getattr(self, name)
        return self.extra.get(name)


#: The photo fields of the schema that BundlePhoto does not name itself.
_OWN = {f for f in BundlePhoto.__dataclass_fields__ if f != "extra"}
EXTRA_FIELDS: tuple[Field, ...] = tuple(
    f for f in EDITABLE if f.name not in _OWN and f.name != "persons_shown"
)


@dataclass(frozen=True)
class BundleSlot:
    position: int
    caption: str | None
    credit: str | None
    copyright: str | None
    photo_uid: str | None


@dataclass(frozen=True)
class BundleParticipant:
    person_uid: str
    name: str
    title: str | None
    role: str
    name_in_text: str | None = None  # the name as the release writes it


@dataclass(frozen=True)
class BundleRelease:
    uid: str
    headline: str | None
    subheadline: str | None
    summary: str | None
    body: str
    issuer: str | None
    event_date: str | None
    place: str | None
    language: str | None
    source_url: str | None
    status: str
    source_sha256: str | None
    keywords: tuple[str, ...]
    created_at: str | None
    updated_at: str | None
    slots: tuple[BundleSlot, ...] = ()
    participants: tuple[BundleParticipant, ...] = ()


@dataclass(frozen=True)
class BundleCatalogue:
    """Everything a bundle holds, as plain values."""

    releases: tuple[BundleRelease, ...]
    photos: tuple[BundlePhoto, ...]
    people: tuple[BundlePerson, ...]
    created_at: str = ""
    generator: str = "pressdesk"
    organization: str = ""

    def to_json(self) -> dict[str, Any]:
        """The JSON object written as catalogue.json."""
        return {
            "schema": SCHEMA,
            "generator": self.generator,
            "created_at": self.created_at,
            "organization": self.organization,
            "releases": [_release_json(r) for r in self.releases],
            "photos": [_photo_json(p) for p in self.photos],
            "people": [_person_json(p) for p in self.people],
        }


def _release_json(r: BundleRelease) -> dict[str, Any]:
    out = asdict(r)
    out["keywords"] = list(r.keywords)
    out["photos"] = [asdict(s) for s in r.slots]
    out["participants"] = [asdict(p) for p in r.participants]
    del out["slots"]
    return out


def _photo_json(p: BundlePhoto) -> dict[str, Any]:
    out = asdict(p)
    del out["extra"]
    out["creator"] = list(p.creator)
    out["keywords"] = list(p.keywords)
    out["persons_shown"] = [{"uid": u, "name": n} for u, n in p.persons_shown]
    out["warnings"] = list(p.warnings)
    present = tuple(f for f in EXTRA_FIELDS if f.name in p.extra)
    out.update(fields_json(p.extra, present))
    return out


def _person_json(p: BundlePerson) -> dict[str, Any]:
    return {
        "uid": p.uid,
        "name": p.name,
        "sort_name": p.sort_name,
        "notes": p.notes,
        "aliases": [{"alias": a, "kind": k} for a, k in p.aliases],
        "titles": [{"title": t, "first_seen": f, "last_seen": la} for t, f, la in p.titles],
    }


# --------------------------------------------------------------------------- reading


class _Reader:
    """Typed access to one JSON object, with errors that name the place."""

    def __init__(self, obj: Any, where: str) -> None:
        if not isinstance(obj, dict):
            raise _bad(where, "is not an object")
        self.obj, self.where = obj, where

    def text(self, key: str, *, optional: bool = True) -> str | None:
        value = self.obj.get(key)
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise _bad(f"{self.where}.{key}", "is not a text")
        if len(value) > MAX_TEXT_CHARS:
            raise InvalidInputError(
                f"The bundle's catalogue.json cannot be imported: "
                f"{too_long(f'{self.where}.{key}', len(value))}."
            )
        return value

    def req(self, key: str) -> str:
        value = self.text(key, optional=False)
        assert value is not None
        return value

    def uid(self, key: str = "uid", *, optional: bool = False) -> str | None:
        value = self.text(key, optional=optional)
        if value is None:
            return None
        try:
            return str(uuid.UUID(value))
        except ValueError:
            raise _bad(f"{self.where}.{key}", "is not a UUID") from None

    def integer(self, key: str, *, optional: bool = True) -> int | None:
        value = self.obj.get(key)
        if value is None and optional:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise _bad(f"{self.where}.{key}", "is not a whole number")
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.obj.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _bad(f"{self.where}.{key}", "is not a list of texts")
        return tuple(value)

    def objects(self, key: str) -> list[_Reader]:
        value = self.obj.get(key) or []
        if not isinstance(value, list):
            raise _bad(f"{self.where}.{key}", "is not a list")
        return [_Reader(v, f"{self.where}.{key}[{i}]") for i, v in enumerate(value)]

    def path(self, key: str, *, optional: bool = False) -> str | None:
        value = self.text(key, optional=optional)
        if value is None:
            return None
        reason = unsafe_reason(value)
        if reason:
            raise _bad(f"{self.where}.{key}", f"is {reason}")
        return value

    def sha(self, key: str) -> str:
        value = self.req(key).lower()
        if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
            raise _bad(f"{self.where}.{key}", "is not a SHA-256 checksum")
        return value


def _bad(where: str, what: str) -> InvalidInputError:
    return InvalidInputError(f"The bundle's catalogue.json is malformed: {where} {what}.")


def read_catalogue(obj: Any) -> BundleCatalogue:
    """Validate and convert a parsed catalogue.json; unknown schemas are refused."""
    if not isinstance(obj, dict):
        raise _bad("the top level", "is not an object")
    schema = obj.get("schema")
    if schema != SCHEMA:
        raise InvalidInputError(
            f"The bundle's catalogue.json has schema {schema!r}, which this pressdesk does not "
            f"know (it reads {SCHEMA}); import it with a newer pressdesk."
        )
    top = _Reader(obj, "catalogue")
    people = tuple(_person(r) for r in top.objects("people"))
    photos = tuple(_photo(r) for r in top.objects("photos"))
    releases = tuple(_release(r) for r in top.objects("releases"))
    return BundleCatalogue(
        releases,
        photos,
        people,
        created_at=top.text("created_at") or "",
        generator=top.text("generator") or "",
        organization=top.text("organization") or "",
    )


def _person(r: _Reader) -> BundlePerson:
    aliases = tuple((a.req("alias"), a.text("kind") or "alias") for a in r.objects("aliases"))
    titles = tuple(
        (t.req("title"), t.text("first_seen"), t.text("last_seen")) for t in r.objects("titles")
    )
    uid = r.uid()
    assert uid is not None
    return BundlePerson(
        uid, r.req("name"), r.text("sort_name") or r.req("name"), r.text("notes"), aliases, titles
    )


def _photo(r: _Reader) -> BundlePhoto:
    embedded = r.obj.get("embedded") or {}
    if not isinstance(embedded, dict):
        raise _bad(f"{r.where}.embedded", "is not an object")
    if _depth(embedded) > MAX_EMBEDDED_DEPTH:
        raise _bad(f"{r.where}.embedded", "is nested too deeply to be photo metadata")
    shown = tuple((p.uid() or "", p.req("name")) for p in r.objects("persons_shown"))
    return BundlePhoto(
        uid=r.uid() or "",
        sha256=r.sha("sha256"),
        original_name=r.req("original_name"),
        format=r.req("format"),
        width=r.integer("width"),
        height=r.integer("height"),
        bytes=r.integer("bytes", optional=False) or 0,
        taken_at=r.text("taken_at"),
        camera_make=r.text("camera_make"),
        camera_model=r.text("camera_model"),
        caption=r.text("caption"),
        headline=r.text("headline"),
        credit=r.text("credit"),
        copyright=r.text("copyright"),
        creator=r.texts("creator"),
        source=r.text("source"),
        persons_shown=shown,
        keywords=r.texts("keywords"),
        embedded=embedded,
        file=r.path("file") or "",
        file_sha256=r.sha("file_sha256"),
        file_bytes=r.integer("file_bytes", optional=False) or 0,
        metadata_in_file=bool(r.obj.get("metadata_in_file", True)),
        sidecar=r.path("sidecar", optional=True),
        thumbnail=r.path("thumbnail", optional=True),
        extra=_extra(r),
        warnings=r.texts("warnings"),
    )


def _extra(r: _Reader) -> dict[str, Any]:
    """The schema's further fields the photo object has (grouped ones inside their group)."""
    out: dict[str, Any] = {}
    for f in EXTRA_FIELDS:
        holder = r
        if f.group:
            if r.obj.get(f.group) is None:
                continue
            holder = _Reader(r.obj[f.group], f"{r.where}.{f.group}")
        if f.name not in holder.obj:
            continue
        if f.value == "langs":
            langs = holder.obj[f.name] or {}
            if not isinstance(langs, dict) or not all(isinstance(v, str) for v in langs.values()):
                raise _bad(f"{holder.where}.{f.name}", "is not an object of texts by language")
            out[f.name] = normalise(f, langs)
        elif f.is_list:
            out[f.name] = holder.texts(f.name)
        else:
            out[f.name] = holder.text(f.name)
    return out


def _depth(value: Any) -> int:
    """How deeply lists and objects nest in ``value`` (a scalar is 0), without recursion."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        children = item.values() if isinstance(item, dict) else item
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            if deepest > MAX_EMBEDDED_DEPTH:
                break
            stack.extend((child, level + 1) for child in children)
    return deepest


def _release(r: _Reader) -> BundleRelease:
    slots = tuple(
        BundleSlot(
            s.integer("position", optional=False) or 0,
            s.text("caption"),
            s.text("credit"),
            s.text("copyright"),
            s.uid("photo_uid", optional=True),
        )
        for s in r.objects("photos")
    )
    participants = tuple(
        BundleParticipant(
            p.uid("person_uid") or "",
            p.req("name"),
            p.text("title"),
            p.text("role") or "participant",
            p.text("name_in_text"),
        )
        for p in r.objects("participants")
    )
    for i, p in enumerate(participants):
        if p.role not in ("participant", "mentioned"):
            raise _bad(f"{r.where}.participants[{i}].role", "is not participant or mentioned")
    event_date = r.text("event_date")
    if event_date is not None:
        try:
            dt.date.fromisoformat(event_date)
        except ValueError:
            raise _bad(f"{r.where}.event_date", "is not an ISO date") from None
    status = r.text("status") or "draft"
    if status not in ("draft", "confirmed"):
        raise _bad(f"{r.where}.status", "is not draft or confirmed")
    return BundleRelease(
        uid=r.uid() or "",
        headline=r.text("headline"),
        subheadline=r.text("subheadline"),
        summary=r.text("summary"),
        body=r.text("body") or "",
        issuer=r.text("issuer"),
        event_date=event_date,
        place=r.text("place"),
        language=r.text("language"),
        source_url=r.text("source_url"),
        status=status,
        source_sha256=r.text("source_sha256"),
        keywords=r.texts("keywords"),
        created_at=r.text("created_at"),
        updated_at=r.text("updated_at"),
        slots=slots,
        participants=participants,
    )
