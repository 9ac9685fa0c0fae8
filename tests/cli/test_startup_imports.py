"""A command loads only what it uses: the modules each run imported, seen from inside a real
process (``sys.modules`` after ``main``), not a timing."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pressdesk.catalogue import open_catalogue

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "tests" / "data" / "releases" / "seed-peres-putin.txt"

_PROBE = """
import contextlib, gc, io, json, sys
from pressdesk.cli import main as cli
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        rc = cli.run()
    except SystemExit as exc:
        rc = exc.code
print(json.dumps({"rc": rc, "out": out.getvalue(), "modules": sorted(sys.modules),
                  "gc": [gc.isenabled(), gc.get_freeze_count()]}))
"""

NEVER_FOR_READS = (
    "alembic",
    "mako",
    "PIL",
    "exifread",
    "PySide6",
    "sqlalchemy.dialects.postgresql",
    "pressdesk.services.photos.ingest",
    "pressdesk.core.photos",
    "pressdesk.core.releases",
)


def _run(*argv: str) -> tuple[int, str, set[str]]:
    """Run the ``pressdesk`` program (``cli.main.run``) in a fresh interpreter."""
    result = _probe(*argv)
    return result["rc"], result["out"], set(result["modules"])


def _probe(*argv: str) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, *argv], capture_output=True, text=True, check=True
    )
    return json.loads(proc.stdout.splitlines()[-1])


# the field schema is plain data: records and the command line's flags need it
ALLOWED = {"pressdesk.core.photos", "pressdesk.core.photos.fields"}


def _loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules - ALLOWED for n in names if m == n or m.startswith(n + "."))


@pytest.fixture(scope="module")
def small_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("startup") / "small.sqlite"
    from pressdesk.services.releases.import_ import import_release_files

    cat = open_catalogue(path)
    try:
        assert import_release_files(cat, [SEED]).imported
    finally:
        cat.close()
    return path


def test_help_loads_no_database_and_no_image_code() -> None:
    rc, out, modules = _run("--help")
    assert rc == 0 and "release" in out and "search" in out
    assert _loaded(modules, ("sqlalchemy", *NEVER_FOR_READS)) == []


def test_subcommand_help_loads_no_database() -> None:
    rc, out, modules = _run("photo", "set", "--help")
    assert rc == 0 and "--caption" in out
    assert _loaded(modules, ("sqlalchemy", *NEVER_FOR_READS)) == []


def test_release_list_loads_neither_alembic_nor_image_code(small_catalogue: Path) -> None:
    rc, out, modules = _run("--catalogue", str(small_catalogue), "release", "list", "--json")
    assert rc == 0
    assert [r["headline"] for r in json.loads(out)] != []
    assert "sqlalchemy.orm" in modules  # the probe really ran the command
    assert _loaded(modules, NEVER_FOR_READS) == []


def test_search_loads_neither_alembic_nor_image_code(small_catalogue: Path) -> None:
    rc, out, modules = _run("--catalogue", str(small_catalogue), "search", "Peres", "--json")
    assert rc == 0
    assert json.loads(out)["releases"]
    assert _loaded(modules, NEVER_FOR_READS) == []


def test_photo_add_loads_neither_the_release_parser_nor_heic_support(
    small_catalogue: Path, tmp_path: Path
) -> None:
    """Adding camera JPEGs (no --release) needs no release parser (the gazetteer that
    attaching to a release uses) and no HEIC support; with --release they are attached."""
    from tests.support.photo_files import camera_jpeg

    catalogue = tmp_path / "c.sqlite"  # (the shared one stays as the other tests expect it)
    shutil.copyfile(small_catalogue, catalogue)
    folder = tmp_path / "shoot"
    folder.mkdir()
    for i in range(2):
        camera_jpeg(folder / f"p{i}.jpg", caption=f"Photo {i}", persons=("Shimon Peres",), seed=i)
    library = ["--library", str(tmp_path / "library")]
    rc, out, modules = _run("--catalogue", str(catalogue), *library, "photo", "add", str(folder))
    assert rc == 0 and "2 added" in out
    assert "pressdesk.services.photos.ingest" in modules  # the probe really ingested
    assert _loaded(modules, ("pressdesk.core.releases", "pillow_heif")) == []
    camera_jpeg(folder / "p2.jpg", caption="Photo 2", seed=2)
    argv = ("--catalogue", str(catalogue), *library, "photo", "add", str(folder))
    rc, out, modules = _run(*argv, "--release", "1", "--json")
    assert rc == 0 and len(json.loads(out)["added"]) == 1
    assert all(
        p["releases"] == [1] for p in json.loads(out)["added"] + json.loads(out)["duplicates"]
    )


def test_a_new_catalogue_is_still_created_through_the_migrations(tmp_path: Path) -> None:
    target = tmp_path / "new.sqlite"
    rc, out, modules = _run("--catalogue", str(target), "release", "list", "--json")
    assert rc == 0 and json.loads(out) == []
    assert "alembic" in modules  # created by Alembic, the one path that needs it
    rc, _, modules = _run("--catalogue", str(target), "release", "list", "--json")
    assert rc == 0 and "alembic" not in modules  # then at head: one query, no Alembic


def test_parser_choices_match_the_services() -> None:
    from pressdesk.cli import browse_commands, photo_commands
    from pressdesk.services.photos.edit import TEXT_FIELDS
    from pressdesk.services.reads.browse import SORT_COLUMNS

    assert sorted(browse_commands.SORT_CHOICES) == sorted(SORT_COLUMNS)
    assert photo_commands.TEXT_FIELDS == TEXT_FIELDS


def test_start_up_objects_are_frozen_and_collection_resumes(small_catalogue: Path) -> None:
    """No collection during start-up; once the catalogue is open, what start-up made
    (SQLAlchemy, the mappers) is frozen out of later full passes and collection is on."""
    result = _probe("--catalogue", str(small_catalogue), "release", "list", "--json")
    enabled, frozen = result["gc"]
    assert result["rc"] == 0 and enabled
    assert frozen > 50_000  # SQLAlchemy's and the models' objects, not just the parser's
