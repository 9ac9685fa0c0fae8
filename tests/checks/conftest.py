"""Fixtures for the photo-desk checks: the seed release and real JPEGs with IIM/XMP."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pressdesk.services.photos.ingest import ingest_photos
from pressdesk.services.releases.import_ import import_release_files
from tests.support.photo_files import camera_jpeg

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "tests" / "data" / "releases" / "seed-peres-putin.txt"
SEED_CAPTION = "President Peres meets with Russian President Putin in Moscow"

AddPhoto = Callable[..., int]


@pytest.fixture
def seed(cat) -> int:
    """The seed release (one slot: caption, 'GPO', 'GPO'; no photo yet); its id."""
    return import_release_files(cat, [SEED]).imported[0].release.id


@pytest.fixture
def add_photo(cat, tmp_path: Path) -> AddPhoto:
    """Write a real JPEG with the given IIM/XMP metadata, ingest it (into ``release`` when
    given) and return its photo id."""
    counter = iter(range(1, 10_000))

    def add(release: int | None = None, name: str | None = None, **meta: object) -> int:
        n = next(counter)
        folder = tmp_path / "incoming"
        folder.mkdir(exist_ok=True)
        path = camera_jpeg(folder / (name or f"photo{n}.jpg"), seed=n, **meta)  # type: ignore[arg-type]
        result = ingest_photos(cat, [path], release=release)
        assert result.errors == [], result.errors
        return (result.added or result.duplicates)[0].id

    return add


def gpo_photo(add: AddPhoto, release: int | None, **overrides: object) -> int:
    """The seed's photo, credited correctly (GPO/GPO), both leaders tagged."""
    meta: dict[str, object] = {
        "caption": SEED_CAPTION,
        "credit": "GPO",
        "copyright": "GPO",
        "persons": ("Shimon Peres", "Vladimir Putin"),
    }
    meta.update(overrides)
    return add(release, **meta)
