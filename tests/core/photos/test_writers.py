"""Every field written into JPEG, TIFF, PNG and WebP copies, read back by ExifTool (an
independent reader) and by our reader, in ASCII, Hebrew and Russian; pixels unchanged,
originals untouched; the writers over the real and the broken corpus files."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from tests.core.photos.test_fields import EVERY_FIELD
from tests.support import photo_builders as pb

from pressdesk.core.checks.limits import cut_utf8
from pressdesk.core.photos import PhotoReadError, read_photo, sha256_file
from pressdesk.core.photos.fields import EDITABLE, FieldValues
from pressdesk.core.photos.writer import PhotoWriteError, copy_pieces

needs_exiftool = pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool missing")

HEBREW = {
    **EVERY_FIELD,
    "title": "פרס במוסקבה",
    "headline": "הנשיא פרס נפגש עם הנשיא פוטין",
    "caption": "הנשיא שמעון פרס נפגש עם נשיא רוסיה ולדימיר פוטין בקרמלין במוסקבה",
    "captions": {"en": "President Peres meets President Putin in Moscow"},
    "alt_text": "שני אנשים לוחצים ידיים",
    "credit": 'לע"מ / עמוס בן גרשום, לשכת העיתונות הממשלתית',  # 79 bytes: IIM cuts it
    "copyright": 'לע"מ',
    "creator": ("עמוס בן גרשום",),
    "source": "לשכת העיתונות הממשלתית",  # 42 bytes
    "usage_terms": "לשימוש עיתונאי בלבד",
    "persons_shown": ("שמעון פרס", "ולדימיר פוטין"),
    "keywords": ("פרס", "פוטין"),
    "date_created": "2012-11-08",
    "event": "ביקור ממלכתי ברוסיה",
    "sublocation": "הקרמלין",
    "city": "מוסקבה",
    "state": "מחוז מוסקבה",
    "country": "רוסיה",
    "instructions": "אמברגו עד 18:00",
    "caption_writer": "דסק",
}
RUSSIAN = {
    **EVERY_FIELD,
    "title": "Перес в Москве",
    "headline": "Президент Перес встретился с Путиным",
    "caption": "Президент Перес встречается с президентом России Путиным в Москве",
    "captions": {"he": "הנשיא פרס נפגש עם הנשיא פוטין", "en": "Peres meets Putin"},
    "credit": "Правительственное пресс-бюро Израиля",
    "creator": ("Моше Мильнер", "Амос Бен Гершом"),
    "persons_shown": ("Сергей Лавров",),
    "keywords": ("Лавров", "Москва"),
    "date_created": "2012-11-08T14:30:05+03:00",
    "event": "Государственный визит",
    "city": "Москва",
    "country": "Россия",
    "caption_writer": "Редактор",
}
LANGUAGES = {"ascii": EVERY_FIELD, "hebrew": HEBREW, "russian": RUSSIAN}
FORMATS = ("JPEG", "TIFF", "PNG", "WEBP")
# ExifTool's group names of the XMP namespaces of the schema
_ET_XMP = {"dc": "dc", "photoshop": "photoshop", "Iptc4xmpCore": "iptcCore",
           "Iptc4xmpExt": "iptcExt", "xmpRights": "xmpRights"}  # fmt: skip


def original(fmt: str, tmp_path: Path) -> Path:
    """A photo of ``fmt`` with some metadata of its own (an old caption and city)."""
    image = Image.new("RGB", (48, 32))
    image.putdata([(x * 5 % 256, y * 7 % 256, (x * y) % 256) for y in range(32) for x in range(48)])
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x010E] = "OLD CAMERA CAPTION"  # MWG: EXIF wins, so the writer must replace it
    exif[0x010F] = "Canon"
    image.save(buffer, fmt, exif=exif.tobytes(), **({"lossless": True} if fmt == "WEBP" else {}))
    path = tmp_path / f"original.{fmt.lower()}"
    path.write_bytes(buffer.getvalue())
    return path


def exiftool(path: Path) -> dict[str, Any]:
    out = subprocess.run(
        ["exiftool", "-json", "-G1", "-a", "-charset", "iptc=UTF8", "-d", "%Y-%m-%d", str(path)],
        capture_output=True,
        check=True,
    )
    return dict(json.loads(out.stdout.decode("utf-8"))[0])


def _as_list(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _et_date(value: Any) -> str:
    return str(value).replace(":", "-", 2).replace(" ", "T")


def write_copy(fmt: str, values: dict[str, Any], tmp_path: Path) -> tuple[Path, Path]:
    src = original(fmt, tmp_path)
    before = sha256_file(src)
    pieces, sidecar = copy_pieces(src.read_bytes(), FieldValues(values), src.name)
    assert sidecar is None  # embedded, no sidecar
    copy = tmp_path / f"copy.{fmt.lower()}"
    copy.write_bytes(b"".join(bytes(p) for p in pieces))
    assert sha256_file(src) == before  # the original is only read
    return src, copy


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_field_is_read_back_by_our_reader(fmt: str, language: str, tmp_path: Path) -> None:
    values = LANGUAGES[language]
    src, copy = write_copy(fmt, values, tmp_path)
    reading = read_photo(copy)
    for name, value in values.items():
        assert reading.metadata[name] == value, name
    assert reading.iptc_digest != "stale"
    assert reading.metadata.camera_make == "Canon"  # what the writer does not manage stays
    with Image.open(src) as a, Image.open(copy) as b:  # pixels identical
        assert a.size == b.size and a.convert("RGB").tobytes() == b.convert("RGB").tobytes()


@needs_exiftool
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_exiftool_reads_every_field_back(fmt: str, language: str, tmp_path: Path) -> None:
    values = LANGUAGES[language]
    _src, copy = write_copy(fmt, values, tmp_path)
    tags = exiftool(copy)
    assert "Warning" not in tags and "Error" not in tags, tags
    for f in EDITABLE:
        value = values[f.name]
        if f.xmp is not None:
            key = f"XMP-{_ET_XMP[f.xmp.prefix]}:{f.xmp.name[0].upper()}{f.xmp.name[1:]}"
            if f.value == "langs":
                for lang, text in value.items():
                    assert tags[f"{key}-{lang}"] == text, (key, lang)
            elif f.is_list:
                assert _as_list(tags[key]) == list(value), key
            elif f.value == "date":
                assert _et_date(tags[key]).startswith(value[:10]), key
            else:
                assert str(tags[key]) == value, key
        if f.iim is None or fmt == "WEBP":  # WebP has no IIM
            continue
        key = "IPTC:" + f.iim.name.replace(" ", "")
        if f.value == "date":
            assert _et_date(tags[key]) == value[:10], key
        elif f.is_list:
            assert _as_list(tags[key]) == [cut_utf8(v, f.iim.limit) for v in value], key
        elif f.name == "job_id":
            assert str(tags[key]) == value.replace("-", ""), key
        else:
            assert str(tags[key]) == cut_utf8(value, f.iim.limit), key
    assert tags.get("IFD0:ImageDescription", values["caption"]) == values["caption"]
    if fmt != "WEBP":
        assert tags["IPTC:CodedCharacterSet"] == "UTF8"


@needs_exiftool
def test_hebrew_and_english_captions_sit_side_by_side(tmp_path: Path) -> None:
    values = {
        "caption": "Peres meets Putin",
        "captions": {"he": "פרס פוגש את פוטין", "en": "Peres meets Putin"},
    }
    for fmt in FORMATS:
        _src, copy = write_copy(fmt, values, tmp_path)
        tags = exiftool(copy)
        assert tags["XMP-dc:Description"] == "Peres meets Putin"
        assert tags["XMP-dc:Description-he"] == "פרס פוגש את פוטין"
        assert tags["XMP-dc:Description-en"] == "Peres meets Putin"


def test_a_jpeg_whose_exif_date_must_change_gets_it_changed(tmp_path: Path) -> None:
    exif = pb.exif_tiff({0x010F: "Canon"}, {0x9003: "2010:01:01 10:00:00"})
    src = pb.write(tmp_path / "d.jpg", pb.jpeg_with(pb.app1_exif(exif)))
    values = FieldValues(date_created="2012-11-08T14:30:00+02:00", caption="x")
    pieces, _ = copy_pieces(src.read_bytes(), values, src.name)
    copy = pb.write(tmp_path / "c.jpg", b"".join(bytes(p) for p in pieces))
    meta = read_photo(copy).metadata
    assert meta.date_created == "2012-11-08T14:30:00+02:00" and meta.camera_make == "Canon"
    values = FieldValues(date_created="2012-11-08", caption="x")  # a date alone: EXIF can't
    pieces, _ = copy_pieces(src.read_bytes(), values, src.name)
    copy = pb.write(tmp_path / "c2.jpg", b"".join(bytes(p) for p in pieces))
    assert read_photo(copy).metadata.date_created == "2012-11-08"


def test_heic_gets_a_sidecar() -> None:
    corpus = pb.corpus_photos()
    heics = sorted(corpus.glob("*.heic")) if corpus else []
    if not heics:
        pytest.skip("no HEIC file in the corpus")
    data = heics[0].read_bytes()
    pieces, sidecar = copy_pieces(data, FieldValues(EVERY_FIELD), heics[0].name)
    assert sidecar is not None and b"".join(bytes(p) for p in pieces) == data


def _corpus_files() -> list[Path]:
    corpus = pb.corpus_photos()
    return sorted(p for p in corpus.iterdir() if p.suffix != ".json" and p.suffix != ".md"
                  and p.suffix != ".tsv") if corpus else []  # fmt: skip


@pytest.mark.parametrize("path", _corpus_files(), ids=lambda p: p.name)
def test_writers_over_the_real_and_broken_corpus(path: Path, tmp_path: Path) -> None:
    """Every corpus file, broken ones too: a copy our reader reads with the new values,
    or one clear PhotoWriteError; never another exception, never a changed original."""
    before = sha256_file(path)
    try:
        pieces, sidecar = copy_pieces(path.read_bytes(), FieldValues(HEBREW), path.name)
    except PhotoWriteError as exc:
        assert path.name in str(exc) and "\n" not in str(exc)
        return
    finally:
        assert sha256_file(path) == before
    copy = tmp_path / ("copy" + path.suffix)
    copy.write_bytes(b"".join(bytes(p) for p in pieces))
    if sidecar is not None:
        return
    try:
        meta = read_photo(copy).metadata
    except PhotoReadError:
        with pytest.raises(PhotoReadError):
            read_photo(path)  # only a file already unreadable may give an unreadable copy
        return
    assert meta.caption == HEBREW["caption"] and meta.city == HEBREW["city"]
