"""The field schema: every field read from built files, written into JPEG copies and read
back, byte limits, and that the schema is the only table of IIM datasets and XMP properties."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.support import photo_builders as pb

from pressdesk.core.checks.limits import cuts
from pressdesk.core.photos import read_photo
from pressdesk.core.photos.fields import (
    BY_IIM,
    EDITABLE,
    FIELDS,
    FieldValues,
    field,
    from_json,
    to_json,
)
from pressdesk.core.photos.iim import iim_date, iim_date_parts
from pressdesk.core.photos.writer import write_photo_copy

SRC = Path(__file__).resolve().parents[3] / "src" / "pressdesk"

EVERY_FIELD = {
    "title": "Peres in Moscow",
    "headline": "President Peres meets President Putin",
    "caption": "President Peres meets with Russian President Putin in Moscow",
    "captions": {"he": "הנשיא פרס נפגש עם הנשיא פוטין במוסקבה", "ru": "Перес и Путин в Москве"},
    "alt_text": "Two men shake hands in front of flags",
    "credit": "GPO/Amos Ben Gershom",
    "copyright": "© GPO 2012",
    "creator": ("Amos Ben Gershom", "Moshe Milner"),
    "source": "Government Press Office",
    "usage_terms": "Editorial use only",
    "web_statement": "https://gpo.gov.il/rights",
    "persons_shown": ("Shimon Peres", "Vladimir Putin"),
    "keywords": ("Peres", "Putin"),
    "date_created": "2012-11-08T14:30:00+04:00",
    "event": "State visit to Russia",
    "sublocation": "The Kremlin",
    "city": "Moscow",
    "state": "Moscow Oblast",
    "country": "Russia",
    "country_code": "RU",
    "instructions": "Embargoed until 18:00",
    "caption_writer": "Desk editor",
    "job_id": "3f2a1c8e-5b7d-4e2a-9c1f-0a1b2c3d4e5f",
}


def test_every_editable_field_is_in_the_round_trip_sample() -> None:
    assert set(EVERY_FIELD) == {f.name for f in EDITABLE}


def test_the_table_is_consistent() -> None:
    names = [f.name for f in FIELDS]
    assert len(names) == len(set(names))
    datasets = [f.iim.dataset for f in FIELDS if f.iim]
    assert len(datasets) == len(set(datasets))
    for f in FIELDS:
        assert f.label and f.flag.startswith("--")
        if "limit" in f.checks:
            assert f.iim is not None
        if f.value == "langs":
            assert f.xmp is not None and f.xmp.kind == "lang-alt" and f.iim is None
        if f.is_list and f.xmp is not None:
            assert f.xmp.kind in ("bag", "seq")


def test_every_field_is_written_into_a_jpeg_copy_and_read_back(tmp_path: Path) -> None:
    src = pb.write(tmp_path / "src.jpg", pb.base_jpeg())
    values = FieldValues(EVERY_FIELD)
    write_photo_copy(src, tmp_path / "copy.jpg", values)
    reading = read_photo(tmp_path / "copy.jpg")
    got = reading.metadata
    for name, value in EVERY_FIELD.items():
        assert got[name] == value, name
    iim = reading.source("iim")
    assert iim is not None
    assert iim.city == "Moscow" and iim.country_code == "RU"
    assert iim.date_created == "2012-11-08T14:30:00+04:00"
    assert iim.job_id == "3f2a1c8e5b7d4e2a9c1f0a1b2c3d4e5f"  # 32 bytes: the hex form
    assert reading.iptc_digest == "current"


def test_new_fields_are_read_from_iim_and_xmp(tmp_path: Path) -> None:
    xmp = pb.xmp_packet(
        pb.alt("dc:title", "XMP title")
        + "<photoshop:City>Jerusalem</photoshop:City>"
        + '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Default</rdf:li>'
        + '<rdf:li xml:lang="he">עברית</rdf:li><rdf:li xml:lang="en">English</rdf:li>'
        + "</rdf:Alt></dc:description>"
        + pb.alt("Iptc4xmpExt:Event", "Independence Day")
    )
    block = pb.iim((5, "IIM title"), (90, "IIM city"), (92, "Knesset"), (101, "Israel"),
                   (100, "ISR"), (40, "No archive"), (122, "R. Writer"), (55, "20120426"))  # fmt: skip
    path = pb.write(
        tmp_path / "in.jpg", pb.jpeg_with(pb.app1_xmp(xmp), pb.app13(pb.irb_with_iim(block)))
    )
    meta = read_photo(path).metadata
    assert (meta.title, meta.city) == ("XMP title", "Jerusalem")  # XMP wins: digest current
    assert (meta.sublocation, meta.country, meta.country_code) == ("Knesset", "Israel", "ISR")
    assert (meta.instructions, meta.caption_writer) == ("No archive", "R. Writer")
    assert meta.date_created == "2012-04-26" and meta.date_taken == "2012-04-26"
    assert meta.caption == "Default"
    assert meta.captions == {"he": "עברית", "en": "English"}
    assert meta.event == "Independence Day"


def test_exif_date_wins_for_date_created(tmp_path: Path) -> None:
    exif = pb.exif_tiff({0x010F: "Canon"}, {0x9003: "2012:11:08 10:00:00"})
    xmp = pb.xmp_packet("<photoshop:DateCreated>2010-01-01</photoshop:DateCreated>")
    path = pb.write(tmp_path / "d.jpg", pb.jpeg_with(pb.app1_exif(exif), pb.app1_xmp(xmp)))
    assert read_photo(path).metadata.date_created == "2012-11-08T10:00:00"


@pytest.mark.parametrize(
    ("iso", "parts"),
    [
        ("2012-11-08", ("20121108", None)),
        ("2012-11", ("20121100", None)),
        ("2012", ("20120000", None)),
        ("2012-11-08T14:30:00+02:00", ("20121108", "143000+0200")),
        ("2012-11-08T14:30:05.25Z", ("20121108", "143005+0000")),
        ("2012-11-08T14:30", ("20121108", "143000")),
        ("8 Nov 2012", (None, None)),
    ],
)
def test_iim_date_parts(iso: str, parts: tuple[str | None, str | None]) -> None:
    assert iim_date_parts(iso) == parts
    if parts[1] and "." not in iso and iso.count(":") >= 2:
        assert iim_date(*parts) == iso.replace("Z", "+00:00")


def test_cuts_follow_the_iim_limits() -> None:
    values = {
        "credit": "ל" * 17,  # 34 bytes > 32
        "city": "Moscow",
        "creator": ["Amos", "א" * 20],
        "job_id": EVERY_FIELD["job_id"],  # a UUID is written in its 32-digit form: no cut
        "country_code": "RUS1",
    }
    found = {(c.field.name, c.size) for c in cuts(values)}
    assert found == {("credit", 34), ("creator", 40), ("country_code", 4)}
    message = cuts({"credit": "ל" * 17})[0].message
    assert "Credit (2:110)" in message and "34 bytes" in message


def test_json_groups_location_and_back() -> None:
    data = to_json(EVERY_FIELD)
    assert data["location"] == {
        "sublocation": "The Kremlin",
        "city": "Moscow",
        "state": "Moscow Oblast",
        "country": "Russia",
        "country_code": "RU",
    }
    assert data["creator"] == ["Amos Ben Gershom", "Moshe Milner"]
    assert data["captions"]["he"].startswith("הנשיא")
    assert from_json(data) == {k: v for k, v in EVERY_FIELD.items()}


def test_field_values_refuse_unknown_names_and_normalise() -> None:
    with pytest.raises(KeyError, match="no photo field"):
        FieldValues(captoin="typo")
    v = FieldValues(caption="  x  ", creator=["a", " ", "b"], captions={"x-default": "d"})
    assert (v.caption, v.creator, v.captions, v.city) == ("x", ("a", "b"), {}, None)
    assert field("caption").iim is not None and BY_IIM[120].name == "caption"


# ------------------------------------------------------------------- the single source

_TABLE_PATTERNS = [
    re.compile(r"(?:^|[{,])\s*\(\s*2\s*,\s*\d{1,3}\s*\)\s*:", re.M),  # (record, dataset) keys
    re.compile(r"^\s*\d{1,3}\s*:\s*\(\s*\"", re.M),  # dataset -> ("name", ...) entries
    re.compile(r"\b(?:dc|photoshop|Iptc4xmpCore|Iptc4xmpExt|xmpRights):[A-Z]\w+"),
    re.compile(r"\b(?:DC|PS|IPTC_EXT|TIFF)\s*\+\s*\""),  # namespace + "Property"
    re.compile(r"Xmp\.(?:dc|photoshop|iptc|iptcExt|xmpRights)\.\w+"),
    re.compile(r"Iptc\.Application2\.\w+"),
    re.compile(r"\(2:\d{1,3}\)"),  # "Credit (2:110)" labels
]


def test_the_schema_is_the_only_table_of_iim_datasets_and_xmp_properties() -> None:
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "fields.py" and path.parent.name == "photos":
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in _TABLE_PATTERNS:
            for m in pattern.finditer(text):
                offenders.append(f"{path.relative_to(SRC)}: {m.group(0)}")
    assert offenders == []
    assert len(list(SRC.rglob("*.py"))) > 50  # the scan saw the package
