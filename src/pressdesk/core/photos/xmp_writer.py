"""Building XMP packets and EXIF IFD0 text tags for the photo writer (see :mod:`.writer`).

An existing packet is kept apart from the properties the writer manages: those are removed
wherever they were (attributes or elements of any ``rdf:Description``) and written afresh
in a new ``rdf:Description``, so that camera, rights and editing history survive. A packet
that is malformed, declares a DTD or nests deeper than :data:`MAX_DEPTH` is not kept.
"""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from xml.etree.ElementTree import Element, SubElement

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from . import xmp as X
from .fields import EDITABLE, Field, FieldValues
from .fields import NAMESPACES as FIELD_NAMESPACES
from .tiff import TiffBuffer, TiffError

X_META = "adobe:ns:meta/"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
NAMESPACES = {
    "x": X_META,
    "rdf": RDF_NS,
    **FIELD_NAMESPACES,
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "xmpMM": "http://ns.adobe.com/xap/1.0/mm/",
    "xmpNote": X.XMP_NOTE[1:-1],
    "exif": "http://ns.adobe.com/exif/1.0/",
    "stEvt": "http://ns.adobe.com/xap/1.0/sType/ResourceEvent#",
    "stRef": "http://ns.adobe.com/xap/1.0/sType/ResourceRef#",
    "aux": "http://ns.adobe.com/exif/1.0/aux/",
    "crs": "http://ns.adobe.com/camera-raw-settings/1.0/",
    "plus": "http://ns.useplus.org/ldf/xmp/1.0/",
}
for _prefix, _uri in NAMESPACES.items():
    ET.register_namespace(_prefix, _uri)

RDF = "{" + RDF_NS + "}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PACKET_HEAD = '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
PACKET_TAIL = '\n<?xpacket end="w"?>'
PADDING = 2048
#: Elements nested deeper than this in a packet (real XMP nests a dozen at most) make the
#: packet not worth keeping: writing it back would recurse that deep.
MAX_DEPTH = 200


#: The catalogue values written into a photo copy (field name -> value); an empty value
#: removes the field from the copy.
WriteValues = FieldValues


def managed_keys(fields: Iterable[Field]) -> set[str]:
    """The XMP properties (ElementTree keys) that writing ``fields`` replaces."""
    return {f.xmp.key for f in fields if f.xmp is not None}


def _alt(prop: Element, items: list[tuple[str, str]]) -> None:
    alt = SubElement(prop, RDF + "Alt")
    for lang, text in items:
        SubElement(alt, RDF + "li", {XML_LANG: lang}).text = text


def lang_items(values: FieldValues, fields: Iterable[Field]) -> list[tuple[str, str]]:
    """The (language, text) items of one lang-alt property from the fields sharing it:
    a text field gives ``x-default``, a ``langs`` field the other languages."""
    items: list[tuple[str, str]] = []
    for f in fields:
        value = values[f.name]
        if f.value == "langs":
            items += sorted(value.items())
        elif value:
            items.insert(0, ("x-default", value))
    return items


def _managed_description(values: FieldValues, fields: Iterable[Field]) -> Element:
    desc = Element(RDF + "Description", {RDF + "about": ""})
    by_key: dict[str, list[Field]] = {}
    for f in fields:
        if f.xmp is not None:
            by_key.setdefault(f.xmp.key, []).append(f)
    for key, sharing in by_key.items():
        kind = sharing[0].xmp.kind if sharing[0].xmp else "text"
        if kind == "lang-alt":
            items = lang_items(values, sharing)
            if items:
                _alt(SubElement(desc, key), items)
            continue
        value = values[sharing[0].name]
        if not value:
            continue
        prop = SubElement(desc, key)
        if kind == "text":
            prop.text = value
        else:
            container = SubElement(prop, RDF + ("Seq" if kind == "seq" else "Bag"))
            for item in value:
                SubElement(container, RDF + "li").text = item
    return desc


def _kept_tree(existing: bytes | None, managed: set[str]) -> Element | None:
    """The existing packet's x:xmpmeta tree without the managed properties, or None."""
    if not existing:
        return None
    parsed = X.parse_xmp(existing)  # the reader's own checks: size, encoding, DTD refusal
    if parsed.warnings and not parsed.props:
        return None
    text, _warning = X._decode_packet(existing)
    try:
        root = fromstring(X._trim(text or ""), forbid_dtd=True)
    except (DefusedXmlException, ET.ParseError, ValueError):
        return None
    if _deeper_than(root, MAX_DEPTH):
        return None
    if root.tag == RDF + "RDF":
        meta = Element("{" + X_META + "}xmpmeta")
        meta.append(root)
        root = meta
    rdf = root.find(RDF + "RDF") if root.tag != RDF + "RDF" else root
    if rdf is None:
        return None
    for desc in list(rdf):
        for key in [k for k in desc.attrib if k in managed]:
            del desc.attrib[key]
        for child in [c for c in desc if c.tag in managed]:
            desc.remove(child)
        if len(desc) == 0 and set(desc.attrib) <= {RDF + "about"}:
            rdf.remove(desc)
    return root


def _deeper_than(root: Element, limit: int) -> bool:
    """Whether elements nest more than ``limit`` deep under ``root`` (without recursion)."""
    level = [root]
    for _depth in range(limit):
        level = [child for element in level for child in element]
        if not level:
            return False
    return True


def build_xmp(
    values: FieldValues,
    existing: bytes | None = None,
    *,
    keep: bool = True,
    fields: Iterable[Field] = EDITABLE,
) -> bytes:
    """A complete XMP packet (UTF-8, with padding) carrying ``values`` of ``fields``.

    With ``keep`` the properties of ``existing`` that ``fields`` do not manage are carried
    over.
    """
    fields = tuple(fields)
    root = _kept_tree(existing, managed_keys(fields)) if keep else None
    if root is None:
        root = Element("{" + X_META + "}xmpmeta")
        SubElement(root, RDF + "RDF")
    rdf = root.find(RDF + "RDF")
    assert rdf is not None
    rdf.append(_managed_description(values, fields))
    body = ET.tostring(root, encoding="unicode")
    return (PACKET_HEAD + body + "\n" + " " * PADDING + PACKET_TAIL).encode("utf-8")


def has_extended_xmp(packet: bytes) -> bool:
    """Whether a packet announces extended XMP (``xmpNote:HasExtendedXMP``)."""
    return b"HasExtendedXMP" in packet


# --------------------------------------------------------------------------- EXIF IFD0


def exif_texts(values: FieldValues, fields: Iterable[Field] = EDITABLE) -> dict[int, str | None]:
    """The EXIF IFD0 text tags that mirror catalogue fields (MWG: Artist joins with '; ')."""
    out: dict[int, str | None] = {}
    for f in fields:
        if f.exif is not None and f.exif.ifd == "Image" and f.value in ("text", "list"):
            value = values[f.name]
            out[f.exif.tag] = ("; ".join(value) if f.is_list else value) or None
    return out


def update_exif_ifd0(exif: bytes, texts: dict[int, str | None]) -> bytes | None:
    """The EXIF block with IFD0's text tags set to ``texts`` (tags absent stay absent; an
    empty value removes the tag), or None when nothing changes or the block is unusable.

    A new IFD0 is appended at the end of the block and the header pointed at it, so every
    other offset in the block (EXIF/GPS sub-IFDs, maker notes, the thumbnail) stays valid.
    """
    try:
        tiff = TiffBuffer(exif)
        start = tiff.first_ifd
        count = tiff.u16(start)
        next_ifd = tiff.u32(start + 2 + 12 * count)
        current = tiff.entries(start)
    except (TiffError, struct.error):
        return None
    e = tiff.endian
    wanted: dict[int, bytes | None] = {}
    for tag, text in texts.items():
        entry = current.get(tag)
        if entry is None:
            continue
        try:
            old = bytes(tiff.raw(entry)).rstrip(b"\x00")
        except TiffError:
            old = b""
        new = text.encode("utf-8") if text else None
        if (new or b"") != old:
            wanted[tag] = new
    if not wanted:
        return None
    kept: list[tuple[int, bytes | None, bytes]] = []  # (tag, new value or None, raw entry)
    for i in range(count):
        raw = exif[start + 2 + 12 * i : start + 14 + 12 * i]
        tag = struct.unpack(e + "H", raw[:2])[0]
        if tag not in wanted:
            kept.append((tag, None, raw))
        elif wanted[tag] is not None:
            kept.append((tag, wanted[tag], raw))
    base = len(exif) + (len(exif) & 1)
    data_at = base + 2 + 12 * len(kept) + 4
    blobs: list[bytes] = []
    out: list[bytes] = []
    for tag, value, raw in kept:
        if value is None:
            out.append(raw)
            continue
        value += b"\x00"
        if len(value) <= 4:
            out.append(struct.pack(e + "HHI", tag, 2, len(value)) + value.ljust(4, b"\x00"))
            continue
        out.append(struct.pack(e + "HHII", tag, 2, len(value), data_at))
        blob = value + (b"\x00" if len(value) & 1 else b"")
        blobs.append(blob)
        data_at += len(blob)
    ifd = struct.pack(e + "H", len(out)) + b"".join(out) + struct.pack(e + "I", next_ifd)
    head = exif[:4] + struct.pack(e + "I", base)
    return head + exif[8:] + b"\x00" * (base - len(exif)) + ifd + b"".join(blobs)
