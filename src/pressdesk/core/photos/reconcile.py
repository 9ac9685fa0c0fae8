"""Reconcile EXIF, IPTC IIM and XMP by the Metadata Working Group (MWG) rules.

As ExifTool applies them (``exiftool -use MWG``), see ``corpus/photos/README.md``:

* caption, copyright and creator: the EXIF value wins when it is not blank;
* otherwise, and for headline, credit, keywords, source, caption writer, job id and the
  IIM/XMP date: the XMP value wins, unless the file has IIM whose stored IPTCDigest no
  longer matches it (``stale``): then the IIM value wins, except that an IIM value cut at
  its IIM length limit is replaced by the longer XMP value it begins;
* a source without a value never wins over one with a value (IIM without any digest,
  e.g. in PNG text chunks, is used when XMP has no value);
* camera make/model: EXIF, else XMP ``tiff:Make``/``tiff:Model``;
* persons shown: XMP ``Iptc4xmpExt:PersonInImage`` only.
"""

from __future__ import annotations

from dataclasses import replace

from . import xmp as X
from .exif import ExifData
from .iim import MAX_LENGTHS, IimData, iim_date, is_truncated
from .model import EmbeddedMetadata
from .xmp import XmpData

_IIM_XMP_TEXT = ("caption", "headline", "credit", "copyright", "source", "caption_writer", "job_id")
_IIM_XMP_LISTS = ("creator", "keywords")


def split_artist(artist: str | None) -> tuple[str, ...]:
    """EXIF Artist holds several creators separated by "; " (MWG)."""
    if not artist:
        return ()
    return tuple(part.strip() for part in artist.split("; ") if part.strip())


def from_exif(exif: ExifData) -> EmbeddedMetadata:
    """What the EXIF block says, as metadata fields."""
    return EmbeddedMetadata(
        caption=exif.description,
        copyright=exif.copyright,
        creator=split_artist(exif.artist),
        date_taken=exif.date_original,
        camera_make=exif.make,
        camera_model=exif.model,
    )


def from_iim(iim: IimData) -> EmbeddedMetadata:
    """What the IPTC IIM block says, as metadata fields."""
    v = iim.values
    return EmbeddedMetadata(
        caption=v.get("caption"),
        headline=v.get("headline"),
        credit=v.get("credit"),
        copyright=v.get("copyright"),
        creator=tuple(iim.lists.get("creator", ())),
        source=v.get("source"),
        keywords=tuple(iim.lists.get("keywords", ())),
        date_taken=iim_date(v.get("date_created"), v.get("time_created")),
        caption_writer=v.get("caption_writer"),
        job_id=v.get("job_id"),
    )


def from_xmp(data: XmpData) -> EmbeddedMetadata:
    """What the XMP packet says, as metadata fields."""
    return EmbeddedMetadata(
        caption=data.text(X.DC + "description"),
        headline=data.text(X.PS + "Headline"),
        credit=data.text(X.PS + "Credit"),
        copyright=data.text(X.DC + "rights"),
        creator=data.items(X.DC + "creator"),
        source=data.text(X.PS + "Source"),
        persons_shown=data.items(X.IPTC_EXT + "PersonInImage"),
        keywords=data.items(X.DC + "subject"),
        date_taken=X.xmp_date(data.text(X.PS + "DateCreated")),
        camera_make=data.text(X.TIFF + "Make"),
        camera_model=data.text(X.TIFF + "Model"),
        caption_writer=data.text(X.PS + "CaptionWriter"),
        job_id=data.text(X.PS + "TransmissionReference"),
    )


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
    fields: dict[str, object] = {}

    for name in _IIM_XMP_TEXT:
        iv, xv = getattr(i, name), getattr(x, name)
        if iv is None or (xv is not None and not iim_wins):
            fields[name] = xv
        else:
            limit = MAX_LENGTHS[name]
            fields[name] = _recovered(iv, xv, sizes.get(name, [0])[0], limit) if iim_wins else iv

    for name in _IIM_XMP_LISTS:
        ivs, xvs = getattr(i, name), getattr(x, name)
        if not ivs or (xvs and not iim_wins):
            fields[name] = xvs
        elif iim_wins:
            raw = sizes.get(name, [])
            fields[name] = tuple(
                _recovered(v, xvs[k] if k < len(xvs) else None, raw[k] if k < len(raw) else 0,
                           MAX_LENGTHS[name])
                for k, v in enumerate(ivs)
            )  # fmt: skip
        else:
            fields[name] = ivs

    date: str | None = i.date_taken if iim_wins and i.date_taken else x.date_taken or i.date_taken

    result = replace(
        EmbeddedMetadata(),
        persons_shown=x.persons_shown,
        camera_make=e.camera_make or x.camera_make,
        camera_model=e.camera_model or x.camera_model,
        date_taken=e.date_taken or date,
        **fields,  # type: ignore[arg-type]
    )
    # EXIF wins for caption, copyright and creator when it is not blank
    return replace(
        result,
        caption=e.caption or result.caption,
        copyright=e.copyright or result.copyright,
        creator=e.creator or result.creator,
    )
