"""Writing catalogue values into copies of TIFF, PNG and WebP photos with python-exiv2.

exiv2 (the library Photini uses) rewrites the container; what goes in is built by the same
code as for the pure-Python JPEG writer, from the same field schema:

* the IPTC IIM stream of :func:`.writer.build_iim` (UTF-8 marked, each value cut to its
  byte limit, the datasets the schema does not manage kept), where the format has IIM
  (TIFF, PNG; WebP has none);
* the XMP packet of :func:`.xmp_writer.build_xmp` (the properties the schema does not
  manage kept), written as it is;
* EXIF: the IFD0 text tags the file already has and the date the photo was created, so
  that MWG readers, which prefer EXIF, see the catalogue's values.

A JPEG goes through here only when its EXIF date must change (the pure writer leaves the
EXIF sub-IFD as it is). Only the copy's bytes are produced; the original is never opened
for writing.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable

from . import png_webp
from .containers import Blocks, StructureError, parse_jpeg, parse_tiff_file, sniff
from .exif import DATE_COMPANIONS, exif_date_parts
from .fields import EDITABLE, Field, FieldValues
from .iim import parse_irb
from .text import one_line
from .writer import PhotoWriteError, build_iim
from .writer import _iim_datasets as iim_datasets
from .xmp_writer import build_xmp, exif_texts

#: The formats this writer embeds metadata into, and whether the format carries IIM.
FORMATS = {"TIFF": True, "PNG": True, "WEBP": False, "JPEG": True}


def _exiv2():  # type: ignore[no-untyped-def]
    """python-exiv2, loaded on first use (it is a large extension module)."""
    import exiv2

    exiv2.LogMsg.setLevel(exiv2.LogMsg.Level.mute)
    return exiv2


def _blocks(data: bytes, fmt: str, name: str) -> Blocks:
    parse = {
        "JPEG": parse_jpeg,
        "TIFF": parse_tiff_file,
        "PNG": png_webp.parse_png,
        "WEBP": png_webp.parse_webp,
    }[fmt]
    try:
        return parse(data)
    except (StructureError, IndexError, ValueError, OverflowError) as exc:
        raise PhotoWriteError(f"{name} is a damaged {fmt} file ({one_line(exc)}).") from None


def _old_iim(blocks: Blocks) -> bytes | None:
    if blocks.irb is not None:
        irb = parse_irb(blocks.irb)
        if irb.iim is not None:
            return irb.iim
    return blocks.iim


def rewrite_exiv2(
    data: bytes, values: FieldValues, name: str = "photo", fields: Iterable[Field] = EDITABLE
) -> bytes:
    """A copy of the photo ``data`` (TIFF, PNG, WebP or JPEG) carrying ``values``."""
    fields = tuple(fields)
    fmt = sniff(data[:64]) or ""
    if fmt not in FORMATS:
        raise PhotoWriteError(f"{name} is not a TIFF, PNG, WebP or JPEG file.")
    blocks = _blocks(data, fmt, name)
    packet = build_xmp(values, blocks.xmp, fields=fields)
    exiv2 = _exiv2()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            image = exiv2.ImageFactory.open(data)
            image.readMetadata()
            image.setXmpPacket(packet.decode("utf-8"))
            image.writeXmpFromPacket(True)
            if FORMATS[fmt]:
                _put_iim(exiv2, image.iptcData(), build_iim(values, _old_iim(blocks), fields))
            _put_exif(exiv2, image.exifData(), values, fields)
            image.writeMetadata()
            io = image.io()
            view = io.mmap()
            try:
                return bytes(view)
            finally:
                io.munmap()
    except exiv2.Exiv2Error as exc:
        said = exc.args[-1] if exc.args else exc  # (error code, message)
        raise PhotoWriteError(
            f"{name}: its metadata cannot be rewritten ({one_line(Exception(said))})."
        ) from None


def _put_iim(exiv2, iptc, block: bytes) -> None:  # type: ignore[no-untyped-def]
    """Replace the IIM of the image with the datasets of ``block``, byte for byte."""
    iptc.clear()
    for record, dataset, value in iim_datasets(block):
        if record == 2 and dataset == 0:
            continue  # ApplicationRecordVersion: exiv2 writes its own
        datum = exiv2.Iptcdatum(exiv2.IptcKey(dataset, record))
        datum.setValue(
            exiv2.DataValue(value, exiv2.ByteOrder.invalidByteOrder, exiv2.TypeId.undefined)
        )
        iptc.add(datum)


def _erase(exif, key: str) -> None:  # type: ignore[no-untyped-def]
    pos = exif.findKey(_exiv2().ExifKey(key))
    if pos != exif.end():
        exif.erase(pos)


def _put_exif(exiv2, exif, values: FieldValues, fields: tuple[Field, ...]) -> None:  # type: ignore[no-untyped-def]
    """EXIF text tags the image already has, and the EXIF date of the field that has one."""
    keys = {f.exif.tag: f.exif.key for f in fields if f.exif is not None}
    for tag, text in exif_texts(values, fields).items():
        key = keys[tag]
        if exif.findKey(exiv2.ExifKey(key)) == exif.end():
            continue  # absent tags stay absent
        if text:
            exif[key] = exiv2.AsciiValue(text)
        else:
            _erase(exif, key)
    for f in fields:
        if f.exif is None or f.value != "date" or f.exif.key not in DATE_COMPANIONS:
            continue
        if exif.findKey(exiv2.ExifKey(f.exif.key)) == exif.end():
            continue
        subsec_key, offset_key = DATE_COMPANIONS[f.exif.key]
        parts = exif_date_parts(values[f.name])
        if parts is None:  # no value, or a date without a time: EXIF cannot say it
            for key in (f.exif.key, subsec_key, offset_key):
                _erase(exif, key)
            continue
        stamp, subsec, offset = parts
        exif[f.exif.key] = exiv2.AsciiValue(stamp)
        for key, text in ((subsec_key, subsec), (offset_key, offset)):
            if text:
                exif[key] = exiv2.AsciiValue(text)
            else:
                _erase(exif, key)
