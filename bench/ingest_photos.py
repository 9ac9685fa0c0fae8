"""The ingest benchmark's photos: camera-like 10-megapixel JPEGs with EXIF, IPTC IIM and XMP,
generated once into a pool and linked into a folder per set size (see ``ingest.py``)."""

from __future__ import annotations

import hashlib
import io
import os
import random
import shutil
import struct
import sys
import time
from pathlib import Path

from PIL import Image, ImageChops

SIZE = (3872, 2592)
QUALITY = 90
CHUNK = 1 << 20
PIXEL_SETS = 100  # photos with pixels of their own; later ones reuse them (see _reused_pixels)

MAKES = (
    ("Canon", "Canon EOS 5D Mark IV"),
    ("NIKON CORPORATION", "NIKON D850"),
    ("SONY", "ILCE-7M3"),
    ("FUJIFILM", "X-T4"),
)
PEOPLE = (
    "Shimon Peres",
    "Benjamin Netanyahu",
    "Reuven Rivlin",
    "Tzipi Livni",
    "Vladimir Putin",
    "Angela Merkel",
    "Ban Ki-moon",
    "Isaac Herzog",
)
PLACES = ("Jerusalem", "Tel Aviv", "Moscow", "Berlin", "New York", "Haifa", "Eilat")
EVENTS = ("meets", "welcomes", "speaks with", "visits the office of", "awards a medal to")
KEYWORDS = (
    "politics",
    "diplomacy",
    "president",
    "prime minister",
    "visit",
    "ceremony",
    "press conference",
    "state visit",
    "Knesset",
    "security",
    "economy",
    "culture",
    "ירושלים",
    "пресса",
)
PHOTOGRAPHERS = ("Amos Ben Gershom", "Kobi Gideon", "Haim Zach", "Mark Neyman", "Avi Ohayon")
UTF8_MARKER = b"\x1b%G"
XMP_SIG = b"http://ns.adobe.com/xap/1.0/\x00"


def _segment(marker: int, payload: bytes) -> bytes:
    """One JPEG marker segment."""
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def _dataset(record: int, number: int, value: bytes | str) -> bytes:
    """One IIM dataset (standard two-byte length)."""
    data = value.encode("utf-8") if isinstance(value, str) else value
    return bytes([0x1C, record, number]) + struct.pack(">H", len(data)) + data


def _resource(res_id: int, data: bytes) -> bytes:
    """One Photoshop image resource with an empty name."""
    pad = b"\x00" if len(data) % 2 else b""
    return b"8BIM" + struct.pack(">HxxI", res_id, len(data)) + data + pad


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def metadata_segments(index: int) -> bytes:
    """EXIF, XMP and IPTC (APP13) segments for photo ``index``, as a camera and a
    captioning tool would leave them."""
    rng = random.Random(index)
    make, model = rng.choice(MAKES)
    people = rng.sample(PEOPLE, rng.randint(1, 3))
    place = rng.choice(PLACES)
    caption = (
        f"{people[0]} {rng.choice(EVENTS)} {people[-1] if len(people) > 1 else 'guests'} "
        f"in {place}, photo {index + 1}."
    )
    credit = "GPO"
    byline = rng.choice(PHOTOGRAPHERS)
    copyright_ = f"© {2010 + index % 15} Government Press Office"
    keywords = rng.sample(KEYWORDS, rng.randint(3, 6))
    taken = f"{2010 + index % 15}:{1 + index % 12:02d}:{1 + index % 28:02d} 12:{index % 60:02d}:00"

    exif = Image.Exif()
    exif[0x010F] = make
    exif[0x0110] = model
    exif[0x0112] = 6 if index % 5 == 0 else 1  # some portrait shots
    exif[0x0131] = "Firmware 1.2.0"
    exif[0x0132] = taken
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = taken
    sub[0x9004] = taken
    sub[0x829A] = (1, 250)
    sub[0x829D] = (56, 10)
    sub[0x8827] = 400
    exif_bytes = exif.tobytes()
    if not exif_bytes.startswith(b"Exif\x00\x00"):
        exif_bytes = b"Exif\x00\x00" + exif_bytes

    iim = _dataset(1, 90, UTF8_MARKER) + b"".join(
        [
            _dataset(2, 0, b"\x00\x04"),
            _dataset(2, 120, caption),
            _dataset(2, 110, credit),
            _dataset(2, 116, copyright_),
            _dataset(2, 80, byline),
            *(_dataset(2, 25, kw) for kw in keywords),
        ]
    )
    irb = _resource(0x0404, iim) + _resource(0x0425, hashlib.md5(iim).digest())

    persons = "".join(f"<rdf:li>{_xml(p)}</rdf:li>" for p in people)
    subjects = "".join(f"<rdf:li>{_xml(k)}</rdf:li>" for k in keywords)
    xmp = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about=""\n'
        '    xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"\n'
        '    xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"\n'
        f'    photoshop:Credit="{credit}">\n'
        f'   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{_xml(caption)}'
        "</rdf:li></rdf:Alt></dc:description>\n"
        f"   <dc:creator><rdf:Seq><rdf:li>{_xml(byline)}</rdf:li></rdf:Seq></dc:creator>\n"
        f"   <dc:subject><rdf:Bag>{subjects}</rdf:Bag></dc:subject>\n"
        f"   <Iptc4xmpExt:PersonInImage><rdf:Bag>{persons}</rdf:Bag>"
        "</Iptc4xmpExt:PersonInImage>\n"
        "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n"
        + (" " * 99 + "\n") * 20  # the padding editors leave for in-place updates
        + '<?xpacket end="w"?>'
    )
    return (
        _segment(0xE1, exif_bytes)
        + _segment(0xE1, XMP_SIG + xmp.encode("utf-8"))
        + _segment(0xED, b"Photoshop 3.0\x00" + irb)
    )


class PixelMaker:
    """Photo-like pixels: smooth blotches and a gradient under sensor-like noise.

    The full-size noise is made once per channel (the slow part) and each photo takes a
    different crop of it, so every photo differs while generation stays at ~0.3 s each.
    """

    MARGIN = 256

    def __init__(self) -> None:
        w, h = SIZE
        self.noise = [Image.effect_noise((w + self.MARGIN, h + self.MARGIN), 10) for _ in "RGB"]
        self.gradient = Image.linear_gradient("L").resize(SIZE)

    def channel(self, rng: random.Random, which: int) -> Image.Image:
        w, h = SIZE
        low = Image.effect_noise((w // 32, h // 32), 60).resize(SIZE, Image.Resampling.BICUBIC)
        mid = Image.effect_noise((w // 4, h // 4), 40).resize(SIZE, Image.Resampling.BILINEAR)
        gradient = self.gradient.transpose(Image.Transpose.ROTATE_180) if which else self.gradient
        base = Image.blend(Image.blend(low, gradient, 0.4), mid, 0.3)
        x, y = rng.randrange(self.MARGIN), rng.randrange(self.MARGIN)
        return ImageChops.add(base, self.noise[which].crop((x, y, x + w, y + h)), 1.0, -128)

    def jpeg(self, index: int) -> bytes:
        """The JPEG (SOI, camera metadata, then Pillow's JFIF, tables and scan)."""
        rng = random.Random(10_000 + index)
        image = Image.merge("RGB", [self.channel(rng, i) for i in range(3)])
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=QUALITY)
        data = buffer.getvalue()
        return data[:2] + metadata_segments(index) + data[2:]


def _reused_pixels(pool: Path, index: int) -> bytes | None:
    """Photo ``index`` >= PIXEL_SETS: the compressed pixels of photo ``index % PIXEL_SETS``
    under its own metadata (a different file, the same decoding work; generating pixels
    costs seconds a photo on a loaded machine). None when that photo is not there yet."""
    if index < PIXEL_SETS:
        return None
    source = pool / f"cam_{index % PIXEL_SETS:04d}.jpg"
    if not source.is_file():
        return None
    data = source.read_bytes()
    skip = 2 + len(metadata_segments(index % PIXEL_SETS))
    return data[:2] + metadata_segments(index) + data[skip:]


def photo_set(workdir: Path, n: int) -> Path:
    """A folder holding exactly ``n`` generated photos (hard links into the cached pool)."""
    pool = workdir / "pool"
    pool.mkdir(parents=True, exist_ok=True)
    maker: PixelMaker | None = None
    missing = [i for i in range(n) if not (pool / f"cam_{i:04d}.jpg").is_file()]
    started = time.perf_counter()
    for count, index in enumerate(missing, 1):
        target = pool / f"cam_{index:04d}.jpg"
        tmp = target.with_suffix(".part")
        data = _reused_pixels(pool, index)
        if data is None:
            maker = maker or PixelMaker()
            data = maker.jpeg(index)
        tmp.write_bytes(data)
        tmp.replace(target)
        if count % 25 == 0 or count == len(missing):
            print(
                f"  generated {count}/{len(missing)} photos "
                f"({time.perf_counter() - started:.0f} s)",
                file=sys.stderr,
            )
    folder = workdir / f"set-{n}"
    wanted = {f"cam_{i:04d}.jpg" for i in range(n)}
    if folder.is_dir() and {p.name for p in folder.iterdir()} != wanted:
        shutil.rmtree(folder)
    if not folder.is_dir():
        tmp_folder = workdir / f".set-{n}.part"
        shutil.rmtree(tmp_folder, ignore_errors=True)
        tmp_folder.mkdir()
        for name in sorted(wanted):
            os.link(pool / name, tmp_folder / name)
        tmp_folder.rename(folder)
    return folder


def warm(files: list[Path]) -> int:
    """Read every file once so that all variants start with them in the page cache."""
    total = 0
    for path in files:
        with path.open("rb") as fh:
            while block := fh.read(CHUNK):
                total += len(block)
    return total
