"""The photo metadata field schema: one table drives every place a photo field appears.

Each :class:`Field` row says where the field lives in a file (IPTC IIM dataset and its
byte limit, XMP property and kind, EXIF tag), which Metadata Working Group rule reconciles
those sources when reading, its label, and which photo-desk checks apply. The reader
(:mod:`.reconcile`), both writers (:mod:`.writer`, :mod:`.exiv2_writer`), the byte-limit
checks (:mod:`pressdesk.core.checks.limits`), the catalogue, the inspector's form,
``photo set``'s flags, the JSON keys and the bundle all iterate :data:`FIELDS`; adding a
field is one row here (plus its catalogue column) and its tests.

Values are plain Python: ``"text"`` a str or None, ``"list"`` a tuple of str, ``"date"``
an ISO 8601 date or date-time str (as precise as recorded), ``"langs"`` a dict of
language tag -> text (the language alternatives of an XMP lang-alt beside ``x-default``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

ValueKind = Literal["text", "list", "date", "langs"]
XmpKind = Literal["text", "lang-alt", "bag", "seq"]
#: "exif-first": a non-blank EXIF value wins, else as "xmp-first".
#: "xmp-first": XMP wins, unless the IIM's stored digest is stale (IIM edited after XMP):
#: then IIM wins, except a value cut at its IIM limit that the XMP value continues.
#: "xmp-only": only XMP is read.
Mwg = Literal["exif-first", "xmp-first", "xmp-only"]

#: XMP namespace prefix -> URI, for the properties of the table.
NAMESPACES: dict[str, str] = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "Iptc4xmpCore": "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/",
    "Iptc4xmpExt": "http://iptc.org/std/Iptc4xmpExt/2008-02-29/",
    "xmpRights": "http://ns.adobe.com/xap/1.0/rights/",
    "tiff": "http://ns.adobe.com/tiff/1.0/",
}
#: exiv2's own prefix where it differs from the conventional one.
_EXIV2_PREFIX = {"Iptc4xmpCore": "iptc", "Iptc4xmpExt": "iptcExt"}


@dataclass(frozen=True)
class Iim:
    """An IPTC IIM record-2 dataset: number, maximum bytes, name in the IIM standard.

    ``time`` is the dataset of the time that goes with a date (2:60 beside 2:55).
    """

    dataset: int
    limit: int
    name: str
    repeatable: bool = False
    time: int | None = None
    time_limit: int = 11

    @property
    def label(self) -> str:
        """ "Credit (2:110)"."""
        return f"{self.name} (2:{self.dataset})"


@dataclass(frozen=True)
class Xmp:
    """An XMP property (``prefix:name``) and its kind."""

    prefix: str
    name: str
    kind: XmpKind

    @property
    def uri(self) -> str:
        return NAMESPACES[self.prefix]

    @property
    def key(self) -> str:
        """ElementTree form: ``{uri}name``."""
        return "{" + self.uri + "}" + self.name

    @property
    def qname(self) -> str:
        """``prefix:name`` (ExifTool's ``XMP-prefix:name`` drops the colon form)."""
        return f"{self.prefix}:{self.name}"

    @property
    def exiv2_key(self) -> str:
        """exiv2's key: ``Xmp.dc.description``, ``Xmp.iptc.Location``."""
        return f"Xmp.{_EXIV2_PREFIX.get(self.prefix, self.prefix)}.{self.name}"


@dataclass(frozen=True)
class Exif:
    """An EXIF tag, by exiv2 key (``Exif.Image.Artist``) and tag number."""

    key: str
    tag: int

    @property
    def ifd(self) -> str:
        """``Image`` (IFD0) or ``Photo`` (the Exif sub-IFD)."""
        return self.key.split(".")[1]


@dataclass(frozen=True)
class Field:
    """One photo metadata field (see the module docstring)."""

    name: str  # catalogue attribute, JSON key (inside ``group`` when set)
    label: str
    value: ValueKind = "text"
    iim: Iim | None = None
    xmp: Xmp | None = None
    exif: Exif | None = None
    mwg: Mwg = "xmp-first"
    checks: tuple[str, ...] = ()  # "required", "embedded" (differs from the file), "limit"
    group: str | None = None  # JSON object the key sits in ("location")
    editable: bool = True  # a catalogue field a person edits (else read-only camera data)
    hint: str = ""  # placeholder text in forms, help of the command-line flag
    lines: int = 1  # lines of its editor in forms
    search: bool = False  # a column of the photo search index (a migration adds one)

    @property
    def flag(self) -> str:
        """The ``photo set`` flag: ``--country-code``."""
        return "--" + self.name.replace("_", "-")

    @property
    def code(self) -> str:
        """The field's name in problem codes: ``country-code``."""
        return self.name.replace("_", "-")

    @property
    def is_list(self) -> bool:
        return self.value == "list"

    def empty(self) -> Any:
        """The value meaning "no value"."""
        return () if self.value == "list" else {} if self.value == "langs" else None


def _iim(dataset: int, limit: int, name: str, **kw: Any) -> Iim:
    return Iim(dataset, limit, name, **kw)


DC, PS, CORE, EXT, RIGHTS = "dc", "photoshop", "Iptc4xmpCore", "Iptc4xmpExt", "xmpRights"
_LIMITS = ("limit",)

#: The table. Order is the order of forms, flags and JSON keys.
FIELDS: tuple[Field, ...] = (
    Field("title", "Title", search=True, iim=_iim(5, 64, "Object Name"),
          xmp=Xmp(DC, "title", "lang-alt"), checks=_LIMITS, hint="a short name for the photo"),
    Field("headline", "Headline", search=True, iim=_iim(105, 256, "Headline"),
          xmp=Xmp(PS, "Headline", "text"), checks=("embedded", "limit")),
    Field("caption", "Caption", search=True, iim=_iim(120, 2000, "Caption-Abstract"),
          xmp=Xmp(DC, "description", "lang-alt"), exif=Exif("Exif.Image.ImageDescription", 0x010E),
          mwg="exif-first", checks=("required", "embedded", "limit"), lines=3),
    Field("captions", "Captions by language", "langs", search=True,
          xmp=Xmp(DC, "description", "lang-alt"), mwg="xmp-only",
          hint="the caption in other languages (he, en, ...)", lines=2),
    Field("alt_text", "Alt text", search=True, xmp=Xmp(CORE, "AltTextAccessibility", "lang-alt"),
          mwg="xmp-only", hint="what the photo shows, for people who cannot see it", lines=2),
    Field("credit", "Credit line", search=True, iim=_iim(110, 32, "Credit"),
          xmp=Xmp(PS, "Credit", "text"), checks=("required", "embedded", "limit")),
    Field("copyright", "Copyright notice", search=True, iim=_iim(116, 128, "Copyright Notice"),
          xmp=Xmp(DC, "rights", "lang-alt"), exif=Exif("Exif.Image.Copyright", 0x8298),
          mwg="exif-first", checks=("required", "embedded", "limit")),
    Field("creator", "Creator", "list", search=True, iim=_iim(80, 32, "By-line", repeatable=True),
          xmp=Xmp(DC, "creator", "seq"), exif=Exif("Exif.Image.Artist", 0x013B),
          mwg="exif-first", checks=("embedded", "limit"), hint="separate names with ;"),
    Field("source", "Source", search=True, iim=_iim(115, 32, "Source"),
          xmp=Xmp(PS, "Source", "text"), checks=("embedded", "limit")),
    Field("usage_terms", "Usage terms", search=True, xmp=Xmp(RIGHTS, "UsageTerms", "lang-alt"),
          mwg="xmp-only", lines=2),
    Field("web_statement", "Web statement", xmp=Xmp(RIGHTS, "WebStatement", "text"),
          mwg="xmp-only", hint="the address of the rights statement"),
    Field("persons_shown", "Persons shown", "list", xmp=Xmp(EXT, "PersonInImage", "bag"),
          mwg="xmp-only", hint="separate names with ;"),
    Field("keywords", "Keywords", "list", iim=_iim(25, 64, "Keywords", repeatable=True),
          xmp=Xmp(DC, "subject", "bag"), checks=_LIMITS, hint="separate keywords with ;"),
    Field("date_created", "Date created", "date",
          iim=_iim(55, 8, "Date Created", time=60), xmp=Xmp(PS, "DateCreated", "text"),
          exif=Exif("Exif.Photo.DateTimeOriginal", 0x9003), mwg="exif-first",
          hint="YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS"),
    Field("event", "Event", search=True, xmp=Xmp(EXT, "Event", "lang-alt"), mwg="xmp-only"),
    Field("sublocation", "Sublocation", search=True, iim=_iim(92, 32, "Sub-location"),
          xmp=Xmp(CORE, "Location", "text"), checks=_LIMITS, group="location"),
    Field("city", "City", search=True, iim=_iim(90, 32, "City"), xmp=Xmp(PS, "City", "text"),
          checks=_LIMITS, group="location"),
    Field("state", "Province/State", search=True, iim=_iim(95, 32, "Province-State"),
          xmp=Xmp(PS, "State", "text"), checks=_LIMITS, group="location"),
    Field("country", "Country", search=True, iim=_iim(101, 64, "Country-Primary Location Name"),
          xmp=Xmp(PS, "Country", "text"), checks=_LIMITS, group="location"),
    Field("country_code", "Country code", iim=_iim(100, 3, "Country-Primary Location Code"),
          xmp=Xmp(CORE, "CountryCode", "text"), checks=_LIMITS, group="location",
          hint="ISO 3166 code: IL, RU, US"),
    Field("instructions", "Instructions", search=True, iim=_iim(40, 256, "Special Instructions"),
          xmp=Xmp(PS, "Instructions", "text"), checks=_LIMITS),
    Field("caption_writer", "Caption writer", search=True, iim=_iim(122, 32, "Writer-Editor"),
          xmp=Xmp(PS, "CaptionWriter", "text"), checks=_LIMITS),
    Field("job_id", "Job id", search=True, iim=_iim(103, 32, "Original Transmission Reference"),
          xmp=Xmp(PS, "TransmissionReference", "text"), checks=_LIMITS,
          hint="when empty, export writes the release uid"),
    Field("camera_make", "Camera make", xmp=Xmp("tiff", "Make", "text"),
          exif=Exif("Exif.Image.Make", 0x010F), mwg="exif-first", editable=False),
    Field("camera_model", "Camera model", xmp=Xmp("tiff", "Model", "text"),
          exif=Exif("Exif.Image.Model", 0x0110), mwg="exif-first", editable=False),
)  # fmt: skip

BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}
#: The fields a person edits (and export writes), in form order.
EDITABLE: tuple[Field, ...] = tuple(f for f in FIELDS if f.editable)
#: The fields with an IIM dataset, by dataset number.
BY_IIM: dict[int, Field] = {f.iim.dataset: f for f in FIELDS if f.iim}
#: The IIM time datasets that go with a date dataset: time dataset -> field.
BY_IIM_TIME: dict[int, Field] = {f.iim.time: f for f in FIELDS if f.iim and f.iim.time}
#: The fields with an XMP property, by ElementTree key (a property may serve two fields:
#: dc:description is both the caption, x-default, and the captions in other languages).
BY_XMP: dict[str, tuple[Field, ...]] = {}
for _f in FIELDS:
    if _f.xmp:
        BY_XMP[_f.xmp.key] = (*BY_XMP.get(_f.xmp.key, ()), _f)
GROUPS: dict[str, tuple[Field, ...]] = {}
for _f in FIELDS:
    if _f.group:
        GROUPS[_f.group] = (*GROUPS.get(_f.group, ()), _f)


def field(name: str) -> Field:
    """The row of ``name``; KeyError names the unknown field."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"no photo field {name!r}") from None


def normalise(f: Field, value: Any) -> Any:
    """A value in the field's plain form: stripped text or None, a tuple of non-blank
    texts, a dict of non-blank texts by language tag."""
    if f.value == "list":
        if value is None:
            return ()
        items = [value] if isinstance(value, str) else list(value)
        return tuple(s for s in (str(v).strip() for v in items) if s)
    if f.value == "langs":
        if not value:
            return {}
        pairs = ((str(k).strip(), str(v).strip()) for k, v in dict(value).items() if v)
        return {k: v for k, v in pairs if k and v and k.lower() != "x-default"}
    if value is None:
        return None
    text = str(value).strip()
    return text or None


class FieldValues(Mapping[str, Any]):
    """An immutable set of values keyed by field name; unset fields read as empty.

    Attribute access works too (``values.caption``). Unknown names raise KeyError on
    construction, so a typo never writes nothing silently.
    """

    __slots__ = ("_values",)
    _values: dict[str, Any]

    def __init__(self, values: Mapping[str, Any] | None = None, **kw: Any) -> None:
        merged = {**(values or {}), **kw}
        clean: dict[str, Any] = {}
        for name, value in merged.items():
            normal = normalise(field(name), value)
            if normal:
                clean[name] = normal
        object.__setattr__(self, "_values", clean)

    def __getitem__(self, name: str) -> Any:
        if name in self._values:
            return self._values[name]
        return field(name).empty()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __reduce__(self) -> tuple[type[FieldValues], tuple[dict[str, Any]]]:
        return (type(self), (self._values,))  # picklable: read in worker processes

    def __iter__(self) -> Iterator[str]:
        return (f.name for f in FIELDS)

    def __len__(self) -> int:
        return len(FIELDS)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FieldValues):
            return self._values == other._values
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(sorted((k, repr(v)) for k, v in self._values.items())))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._values!r})"

    def set(self, **changes: Any) -> Any:
        """A copy with some values replaced (of the same class)."""
        return type(self)({**self._values, **changes})

    def is_empty(self) -> bool:
        """True when no field has a value."""
        return not self._values

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: every field by name (lists as lists, groups flattened)."""
        out: dict[str, Any] = {}
        for f in FIELDS:
            value = self[f.name]
            out[f.name] = list(value) if f.is_list else dict(value) if f.value == "langs" else value
        return out


def to_json(values: Mapping[str, Any], fields: tuple[Field, ...] = EDITABLE) -> dict[str, Any]:
    """The contract's JSON of ``fields``: lists as lists, grouped fields nested
    (``"location": {"city": …}``)."""
    out: dict[str, Any] = {}
    for f in fields:
        value = values.get(f.name)
        value = normalise(f, value)
        value = list(value) if f.is_list else dict(value) if f.value == "langs" else value
        if f.group:
            out.setdefault(f.group, {})[f.name] = value
        else:
            out[f.name] = value
    return out


def from_json(data: Mapping[str, Any], fields: tuple[Field, ...] = EDITABLE) -> dict[str, Any]:
    """Field values from contract JSON (grouped keys un-nested); absent keys are left out."""
    out: dict[str, Any] = {}
    for f in fields:
        holder = data.get(f.group) if f.group else data
        if isinstance(holder, Mapping) and f.name in holder:
            out[f.name] = normalise(f, holder[f.name])
    return out
