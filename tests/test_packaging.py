"""The wheel carries everything the program reads at run time: migrations, forms, icon,
desktop entry and demo data, found from the installed package (not the source tree)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "pressdesk"

pytestmark = pytest.mark.slow

CHECK = r"""
import os, sys
from pathlib import Path
import pressdesk
from pressdesk.paths import resources_dir, ui_dir
target = Path(sys.argv[1]).resolve()
assert Path(pressdesk.__file__).resolve().is_relative_to(target), pressdesk.__file__
assert (ui_dir() / "release_editor.ui").is_file()
assert (resources_dir() / "icons" / "pressdesk.svg").is_file()
from pressdesk.services.demo import open_demo
cat = open_demo(Path(os.environ["PRESSDESK_DATA_DIR"]) / "demo.sqlite")
from pressdesk.services.reads.browse import list_releases
from pressdesk.services.reads.load import load_photos
releases = list_releases(cat)
assert len(releases) == 3, releases
assert Path(cat.library).is_relative_to(Path(os.environ["PRESSDESK_DATA_DIR"]))
with cat.read() as session:
    from sqlalchemy import select
    from pressdesk.catalogue.models import Photo
    photos = load_photos(session, list(session.scalars(select(Photo.id))))
assert len(photos) == 3 and all(p.width > 0 for p in photos), photos
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # Built from a copy of what is tracked: a build in the working tree would leave its
    # egg-info behind, whose file list would then hide a file missing from package-data.
    tree = tmp_path_factory.mktemp("tree")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, tree / name)
    shutil.copytree(
        ROOT / "src", tree / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
    )
    # (no build isolation: the setuptools of the test environment builds it, so no index
    # is needed and nothing is fetched)
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
    build = subprocess.run(
        [*command, "-q", "-w", str(out), str(tree)], capture_output=True, text=True, timeout=240
    )
    assert build.returncode == 0, build.stderr
    (built,) = out.glob("pressdesk-*.whl")
    return built


def test_the_wheel_holds_every_data_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = [
        p.relative_to(PACKAGE.parent).as_posix()
        for folder in ("ui", "resources", "catalogue/migrations")
        for p in (PACKAGE / folder).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    ]
    assert wanted and not [name for name in wanted if name not in names]


def test_an_installed_wheel_runs_from_its_own_files(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), wheel],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert install.returncode == 0, install.stderr
    env = {**os.environ, "PYTHONPATH": str(target), "PRESSDESK_DATA_DIR": str(tmp_path / "data")}
    env["PRESSDESK_CACHE_DIR"] = str(tmp_path / "cache")
    run = subprocess.run(
        [sys.executable, "-c", CHECK, str(target)],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
