"""XMP packets: locate, parse safely, and read the IPTC/MWG properties.

Parsing uses ``defusedxml`` with DTDs forbidden: XMP never needs a DTD, so any
``<!DOCTYPE`` (billion laughs, external entities) is refused at once and the packet is
ignored with a warning. The RDF is walked directly (not through Pillow's ``getxmp()``
dictionary) so that all RDF forms give the same answer: properties as attributes of
``rdf:Description`` or as child elements, ``rdf:Alt`` (``x-default`` preferred),
``rdf:Bag``/``rdf:Seq``, ``rdf:resource`` and qualified values (``rdf:value``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from .text import clean, clean_list, one_line, plausible_datetime

RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XMP_NOTE = "{http://ns.adobe.com/xmp/note/}"

MAX_PACKET = 16 << 20  # 16 MiB of XMP is far beyond anything legitimate

XmpValue = str | tuple[str, ...]

_INVALID_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_PACKET_END = re.compile(r"<\?xpacket\s+end\s*=\s*['\"][rw]?['\"]\s*\?>")
_META_END = re.compile(r"</(?:[\w.-]+:)?(?:xmpmeta|xapmeta)\s*>|</rdf:RDF\s*>")


@dataclass
class XmpData:
    """The properties of one XMP packet: ``{namespace}local`` -> text or list of texts."""

    props: dict[str, XmpValue] = field(default_factory=dict)
    alts: dict[str, dict[str, str]] = field(default_factory=dict)  # lang-alt: lang -> text
    warnings: list[str] = field(default_factory=list)

    def text(self, key: str) -> str | None:
        """A single text value (the first item if the property is a list)."""
        value = self.props.get(key)
        if isinstance(value, tuple):
            return clean(value[0]) if value else None
        return clean(value)

    def items(self, key: str) -> tuple[str, ...]:
        """A list value (a lone text value becomes a one-item list)."""
        value = self.props.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            return clean_list([value])
        return clean_list(list(value))

    def langs(self, key: str) -> dict[str, str]:
        """The language alternatives of a lang-alt property other than ``x-default``
        (language tags as written, e.g. ``he``, ``en-US``)."""
        out: dict[str, str] = {}
        for lang, value in self.alts.get(key, {}).items():
            text = clean(value)
            if text and lang and lang.lower() != "x-default":
                out.setdefault(lang, text)
        return out


def _decode_packet(data: bytes) -> tuple[str | None, str | None]:
    """Decode raw packet bytes to text; returns (text, warning)."""
    head = data[:4]
    sample = data[:64]
    if head.startswith((b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00")):
        encoding = "utf-32"
    elif head.startswith((b"\xfe\xff", b"\xff\xfe")):
        encoding = "utf-16"
    elif sample[0::2].count(0) > len(sample) // 4:  # NUL before each ASCII character
        encoding = "utf-16-be"
    elif sample[1::2].count(0) > len(sample) // 4:
        encoding = "utf-16-le"
    else:
        encoding = "utf-8-sig"
    try:
        return data.decode(encoding), None
    except UnicodeDecodeError:
        return (
            data.decode(encoding, errors="replace"),
            "The XMP packet is not valid Unicode; damaged characters were replaced.",
        )


def _trim(text: str) -> str:
    """Cut padding and trailing junk after the packet, and the XML declaration."""
    start = text.find("<")
    if start < 0:
        return ""
    text = text[start:]
    end = _PACKET_END.search(text)
    if end is None:
        closings = list(_META_END.finditer(text))
        if closings:
            text = text[: closings[-1].end()]
    else:
        text = text[: end.end()]
    return _XML_DECL.sub("", text, count=1)


def parse_xmp(data: bytes) -> XmpData:
    """Parse one XMP packet. Malformed or hostile XML gives a warning and no properties."""
    out = XmpData()
    if len(data) > MAX_PACKET:
        out.warnings.append(
            f"The XMP packet is {len(data) // (1 << 20)} MiB, larger than any real XMP; "
            "it was ignored."
        )
        return out
    text, warning = _decode_packet(data)
    if warning:
        out.warnings.append(warning)
    text, removed = _INVALID_CHARS.subn("", _trim(text or ""))
    if removed:
        out.warnings.append(
            f"The XMP packet contained {removed} control character(s) that XML forbids "
            "(damage); they were removed."
        )
    if not text:
        return out
    try:
        root = fromstring(text, forbid_dtd=True)
    except DefusedXmlException:
        out.warnings.append(
            "The XMP packet declares a DTD or entities (a possible XML bomb or external "
            "entity attack); it was ignored."
        )
        return out
    except (ParseError, ValueError) as exc:
        out.warnings.append(
            f"The XMP packet is not well-formed XML ({one_line(exc)}); it was ignored."
        )
        return out
    _walk(root, out.props, out.alts)
    return out


def _rdf_roots(root: Element) -> Iterable[Element]:
    if root.tag == RDF + "RDF":
        return [root]
    return root.iter(RDF + "RDF")


def _walk(root: Element, props: dict[str, XmpValue], alts: dict[str, dict[str, str]]) -> None:
    for rdf in _rdf_roots(root):
        for node in rdf:  # rdf:Description (or a typed node)
            for key, value in node.attrib.items():
                if key.startswith("{") and not key.startswith((RDF, "{http://www.w3.org/XML")):
                    props.setdefault(key, value)
            for prop in node:
                parsed = _value(prop)
                if parsed is not None:
                    props.setdefault(prop.tag, parsed)
                if len(prop) and prop[0].tag == RDF + "Alt" and prop.tag not in alts:
                    alts[prop.tag] = _alternatives(prop[0])


def _alternatives(alt: Element) -> dict[str, str]:
    """lang -> text of the items of an rdf:Alt (the first item of each language)."""
    out: dict[str, str] = {}
    for li in alt:
        value = _item(li) if li.tag == RDF + "li" else None
        if value is not None:
            out.setdefault(li.get(XML_LANG, ""), value)
    return out


def _qualified_value(node: Element) -> str | None:
    """The rdf:value of a qualified value or struct, else None."""
    if node.get(RDF + "value") is not None:
        return node.get(RDF + "value")
    for child in node:
        if child.tag == RDF + "value":
            return child.text or ""
        if child.tag == RDF + "Description":
            return _qualified_value(child)
    return None


def _item(li: Element) -> str | None:
    resource = li.get(RDF + "resource")
    if resource is not None:
        return resource
    if len(li) == 0:
        if li.get(RDF + "value") is not None:
            return li.get(RDF + "value")
        return li.text or ""
    return _qualified_value(li)


def _value(prop: Element) -> XmpValue | None:
    resource = prop.get(RDF + "resource")
    if resource is not None:
        return resource
    if len(prop) == 0:
        if prop.get(RDF + "parseType") == "Resource":
            return None  # empty struct
        other = [k for k in prop.attrib if not k.startswith((RDF, "{http://www.w3.org/XML"))]
        if other and not (prop.text or "").strip():
            return None  # struct written as attributes
        return prop.text or ""
    first = prop[0]
    if first.tag in (RDF + "Bag", RDF + "Seq"):
        items = [_item(li) for li in first if li.tag == RDF + "li"]
        return tuple(i for i in items if i is not None)
    if first.tag == RDF + "Alt":
        chosen: str | None = None
        for li in first:
            if li.tag != RDF + "li":
                continue
            value = _item(li)
            if value is None:
                continue
            if li.get(XML_LANG, "").lower() == "x-default":
                return value
            if chosen is None:
                chosen = value
        return chosen
    return _qualified_value(prop)


def merge(main: XmpData, extension: XmpData) -> None:
    """Add the properties of an extended-XMP packet that the main packet lacks."""
    for key, value in extension.props.items():
        main.props.setdefault(key, value)
    for key, langs in extension.alts.items():
        main.alts.setdefault(key, langs)
    main.warnings.extend(extension.warnings)


_XMP_DATE = re.compile(
    r"^(\d{4})(?:[-:](\d{2})(?:[-:](\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$"
)


def xmp_date(value: str | None) -> str | None:
    """Normalise an XMP date (ISO 8601 subset, or ExifTool-style colons) to ISO 8601.

    Precision is kept as recorded: ``2003-08-31`` stays a date, fractions and the zone
    stay as given, and a time without seconds gets ``:00``.
    """
    if not value:
        return None
    m = _XMP_DATE.match(value.strip())
    if not m:
        return None
    year, month, day, hh, mm, ss, frac, zone = m.groups()
    if year == "0000" or not plausible_datetime(month, day, hh, mm, ss):
        return None
    iso = year
    if month:
        iso += f"-{month}"
    if day:
        iso += f"-{day}"
    if hh:
        iso += f"T{hh}:{mm}:{ss or '00'}{frac or ''}"
        if zone:
            if zone != "Z" and ":" not in zone:
                zone = f"{zone[:3]}:{zone[3:]}"
            iso += zone
    return iso


def extended_guid(main: XmpData) -> str | None:
    """The GUID of the extended XMP announced by ``xmpNote:HasExtendedXMP``."""
    return main.text(XMP_NOTE + "HasExtendedXMP")
