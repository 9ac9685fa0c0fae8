"""Building source catalogues with real releases and photos for the bundle tests."""

from __future__ import annotations

import io
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image
from sqlalchemy import select

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.models import PhotoSlot
from pressdesk.services.photos.edit import update_photo
from pressdesk.services.photos.ingest import ingest_photos
from pressdesk.services.releases.import_ import import_release_files
from tests.support.catalogues import new_catalogue
from tests.support.photo_files import camera_jpeg

SEED = Path(__file__).resolve().parents[1] / "data" / "releases" / "seed-peres-putin.txt"

ENGLISH = {
    "caption": "President Peres meets with Russian President Putin in Moscow <b>&</b>",
    "headline": "Peres in Moscow",
    "credit": "GPO/Amos Ben Gershom",
    "copyright": "© GPO 2012",
    "source": "Government Press Office",
    "creator": ["Amos Ben Gershom"],
    "persons": ["Shimon Peres", "Vladimir Putin"],
    "keywords": ["Peres", "Putin", "Moscow"],
}
HEBREW = {
    "caption": "הנשיא שמעון פרס נפגש עם נשיא רוסיה ולדימיר פוטין במוסקבה",
    "headline": "פרס במוסקבה",
    "credit": 'לע"מ / עמוס בן גרשום, לשכת העיתונות הממשלתית',  # > 32 bytes: cut in IIM
    "copyright": 'לע"מ',
    "source": 'לע"מ',
    "creator": ["עמוס בן גרשום"],
    "persons": ["שמעון פרס"],
    "keywords": ["פרס", "פוטין"],
}
RUSSIAN = {
    "caption": "Президент Перес встречается с президентом России Путиным в Москве",
    "headline": "Перес в Москве",
    "credit": "Правительственное пресс-бюро Израиля",  # > 32 bytes: cut in IIM
    "copyright": "ГПО",
    "source": "ГПО",
    "creator": ["Моше Мильнер"],
    "persons": ["Сергей Лавров"],
    "keywords": ["Лавров", "Москва"],
}


@dataclass
class Source:
    """A catalogue with the seed release and photos attached to its slots."""

    cat: Catalogue
    release_id: int
    release_uid: str
    photo_ids: list[int]

    @property
    def library(self) -> Path:
        assert self.cat.library is not None
        return self.cat.library


def make_source(
    root: Path,
    fields: Sequence[dict[str, Any]] = (ENGLISH, HEBREW, RUSSIAN),
    size: tuple[int, int] = (640, 480),
) -> Source:
    """The seed release with one photo per entry of ``fields``, each edited to those values."""
    root.mkdir(parents=True, exist_ok=True)
    cat = new_catalogue(root / "source.sqlite")
    release = import_release_files(cat, [SEED]).imported[0].release
    incoming = root / "incoming"
    incoming.mkdir(exist_ok=True)
    files = [
        camera_jpeg(
            incoming / f"photo{n}.jpg",
            caption=f"Original caption {n}",
            credit="Old",
            size=size,
            seed=n,
        )
        for n in range(len(fields))
    ]
    added = ingest_photos(cat, files).added
    ids = [p.id for p in added]
    with cat.write() as s:
        existing = list(
            s.scalars(
                select(PhotoSlot)
                .where(PhotoSlot.release_id == release.id)
                .order_by(PhotoSlot.position)
            )
        )
        for n, pid in enumerate(ids):
            if n < len(existing):
                existing[n].photo_id = pid
            else:
                s.add(
                    PhotoSlot(
                        release_id=release.id,
                        position=n,
                        photo_id=pid,
                        caption=f"Slot {n}",
                        credit="GPO",
                    )
                )
    for pid, f in zip(ids, fields, strict=True):
        update_photo(
            cat,
            pid,
            fields={k: f[k] for k in ("caption", "headline", "credit", "copyright", "source")},
            creator=f["creator"],
            persons_shown=f["persons"],
            keywords=f["keywords"],
        )
    return Source(cat, release.id, release.uid, ids)


def jpeg_series(folder: Path, count: int, size: tuple[int, int] = (1600, 1200)) -> list[Path]:
    """``count`` distinct camera-sized JPEGs, quickly: one noise image, a comment each."""
    folder.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    Image.effect_noise(size, 60).convert("RGB").save(buf, "JPEG", quality=92)
    base = buf.getvalue()
    out = []
    for n in range(count):
        comment = f"photo {n}".encode()
        segment = b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment
        path = folder / f"shot{n:04d}.jpg"
        path.write_bytes(base[:2] + segment + base[2:])
        out.append(path)
    return out


def library_checksums(library: Path) -> dict[str, str]:
    """Relative path -> SHA-256 of every stored original."""
    from pressdesk.core.photos import sha256_file

    return {
        str(p.relative_to(library)): sha256_file(p)
        for p in sorted(library.rglob("*"))
        if p.is_file() and ".incoming" not in p.parts
    }
