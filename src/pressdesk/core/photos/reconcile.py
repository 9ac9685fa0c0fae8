"""Reconcile EXIF, IPTC IIM and XMP by the Metadata Working Group (MWG) rules.

Each field's rule is the ``mwg`` column of :data:`.fields.FIELDS`, as ExifTool applies the
rules (``exiftool -use MWG``), see ``corpus/photos/README.md``:

* ``exif-first`` (caption, copyright, creator, date created, camera make/model): the EXIF
  value wins when it is not blank; otherwise as ``xmp-first``;
* ``xmp-first``: the XMP value wins, unless the file has IIM whose stored IPTCDigest no
  longer matches it (``stale``): then the IIM value wins, except that an IIM value cut at
  its IIM length limit is replaced by the longer XMP value it begins;
* a source without a value never wins over one with a value (IIM without any digest,
  e.g. in PNG text chunks, is used when XMP has no value);
* ``xmp-only`` (persons shown, event, captions by language, ...): XMP alone.
"""

from __future__ import annotations

from typing import Any

from . import xmp as X
from .exif import ExifData
from .fields import FIELDS, Field
from .iim import IimData, iim_date, is_truncated
from .model import EmbeddedMetadata
from .xmp import XmpData


def split_artist(artist: str | None) -> tuple[str, ...]:
    """EXIF Artist holds several creators separated by "; " (MWG)."""
    if not artist:
        return ()
    return tuple(part.strip() for part in artist.split("; ") if part.strip())


def from_exif(exif: ExifData) -> EmbeddedMetadata:
    """What the EXIF block says, as metadata fields."""
    values: dict[str, Any] = {}
    for f in FIELDS:
        if f.exif is not None and f.exif.key in exif.values:
            raw = exif.values[f.exif.key]
            values[f.name] = split_artist(raw) if f.is_list else raw
    return EmbeddedMetadata(values)


def from_iim(iim: IimData) -> EmbeddedMetadata:
    """What the IPTC IIM block says, as metadata fields."""
    values: dict[str, Any] = {}
    for f in FIELDS:
        if f.iim is None:
            continue
        if f.is_list:
            values[f.name] = tuple(iim.lists.get(f.name, ()))
        elif f.value == "date":
            values[f.name] = iim_date(iim.values.get(f.name), iim.times.get(f.name))
        else:
            values[f.name] = iim.values.get(f.name)
    return EmbeddedMetadata(values)


def _xmp_value(f: Field, data: XmpData) -> Any:
    assert f.xmp is not None
    key = f.xmp.key
    if f.is_list:
        return data.items(key)
    if f.value == "langs":
        return data.langs(key)
    if f.value == "date":
        return X.xmp_date(data.text(key))
    return data.text(key)


def from_xmp(data: XmpData) -> EmbeddedMetadata:
    """What the XMP packet says, as metadata fields."""
    return EmbeddedMetadata({f.name: _xmp_value(f, data) for f in FIELDS if f.xmp is not None})


def _recovered(iim_value: str, xmp_value: str | None, raw_size: int, limit: int) -> str:
    """The XMP value when the IIM value is that value cut at the IIM limit."""
    if (
        xmp_value
        and len(xmp_value) > len(iim_value)
        and xmp_value.startswith(iim_value)
        and is_truncated(raw_size, limit)
    ):
        return xmp_value
    return iim_value


def _iim_over_xmp(f: Field, iv: Any, xv: Any, raw: list[int]) -> Any:
    """The IIM value when a stale digest makes it win, recovering values cut at the limit."""
    if f.iim is None or f.value == "date":
        return iv
    limit = f.iim.limit
    if f.is_list:
        return tuple(
            _recovered(v, xv[k] if k < len(xv) else None, raw[k] if k < len(raw) else 0, limit)
            for k, v in enumerate(iv)
        )
    return _recovered(iv, xv, raw[0] if raw else 0, limit)


def reconcile(
    exif: ExifData | None,
    iim: IimData | None,
    xmp: XmpData | None,
    digest_status: str,
) -> EmbeddedMetadata:
    """Apply the MWG rules to the blocks a file holds. ``digest_status`` as in PhotoReading."""
    e = from_exif(exif) if exif else EmbeddedMetadata()
    i = from_iim(iim) if iim else EmbeddedMetadata()
    x = from_xmp(xmp) if xmp else EmbeddedMetadata()
    iim_wins = iim is not None and digest_status == "stale"
    sizes = iim.raw_sizes if iim else {}
    values: dict[str, Any] = {}
    for f in FIELDS:
        ev, iv, xv = e[f.name], i[f.name], x[f.name]
        if f.mwg == "exif-first" and ev:
            values[f.name] = ev
        elif f.mwg == "xmp-only" or not iv or (xv and not iim_wins):
            values[f.name] = xv
        elif iim_wins:
            values[f.name] = _iim_over_xmp(f, iv, xv, sizes.get(f.name, []))
        else:
            values[f.name] = iv
    return EmbeddedMetadata(values)
