"""The demo catalogue: real releases and a few photos, built on first use."""

from __future__ import annotations

from pathlib import Path

from pressdesk.catalogue import Catalogue, open_catalogue
from pressdesk.paths import data_dir, resources_dir
from pressdesk.services.photos.ingest import ingest_photos
from pressdesk.services.releases.import_ import import_release_files

DEMO_DIR = resources_dir() / "demo"
SEED_NAME = "seed-peres-putin.txt"


def demo_catalogue_path() -> Path:
    return data_dir() / "demo" / "catalogue.sqlite"


def open_demo(path: Path | None = None) -> Catalogue:
    """Open the demo catalogue, filling it from ``resources/demo`` the first time."""
    path = path or demo_catalogue_path()
    fresh = not path.exists()
    cat = open_catalogue(path)
    if fresh:
        releases = sorted((DEMO_DIR / "releases").glob("*.txt"))
        result = import_release_files(cat, releases)
        seed = next(i.release.id for i in result.imported if i.path.endswith(SEED_NAME))
        ingest_photos(cat, [DEMO_DIR / "photos" / "peres-putin-kremlin-demo.jpg"], release=seed)
        ingest_photos(
            cat,
            [DEMO_DIR / "photos" / "navy_reagan.jpg", DEMO_DIR / "photos" / "iptc_ref_2019.jpg"],
        )
    return cat
