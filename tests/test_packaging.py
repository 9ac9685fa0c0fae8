"""The wheel carries everything the program reads at run time: migrations, forms, icon,
desktop entry and demo data, found from the installed package (not the source tree). The
forms (``ui/``) and resources (``resources/``) live at the top of the repository and are
mapped into the package by pyproject.toml."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "pressdesk"
#: Folders of the repository shipped inside the package, and their names there.
MAPPED = {"ui": "pressdesk/ui", "resources": "pressdesk/resources"}

CHECK = r"""
import os, sys
from pathlib import Path
import pressdesk
from pressdesk.paths import resources_dir, ui_dir
target = Path(sys.argv[1]).resolve()
assert Path(pressdesk.__file__).resolve().is_relative_to(target), pressdesk.__file__
assert (ui_dir() / "release_editor.ui").is_file() and ui_dir().is_relative_to(target)
assert (resources_dir() / "icons" / "pressdesk.svg").is_file()
assert resources_dir().is_relative_to(target), resources_dir()
from pressdesk.app.language import read_ts, ts_file
assert ts_file("he").is_file() and ts_file("he").is_relative_to(target), ts_file("he")
assert len(read_ts(ts_file("he"))) > 300
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


def test_pyproject_lists_every_package() -> None:
    """pyproject.toml lists the packages (the finder cannot map ui/ and resources/): every
    package of the source tree must be there, or the wheel would silently lack it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    in_tree = {
        ".".join(p.parent.relative_to(PACKAGE.parent).parts) for p in PACKAGE.rglob("__init__.py")
    } | {"pressdesk.ui", "pressdesk.resources"}
    missing = sorted(in_tree - listed)
    assert not missing, f"add {missing} to [tool.setuptools] packages in pyproject.toml"
    assert not sorted(listed - in_tree)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # Built from a copy of what is tracked: a build in the working tree would leave its
    # egg-info behind, whose file list would then hide a file missing from package-data.
    tree = tmp_path_factory.mktemp("tree")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, tree / name)
    for folder in ("src", *MAPPED):
        shutil.copytree(
            ROOT / folder, tree / folder, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
        )
    # (no build isolation: the setuptools of the test environment builds it, so no index
    # is needed and nothing is fetched)
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
    build = subprocess.run(
        [*command, "-q", "-w", str(out), str(tree)], capture_output=True, text=True, timeout=600
    )
    assert build.returncode == 0, build.stderr
    (built,) = out.glob("pressdesk-*.whl")
    return built


def _files(folder: Path, inside: str) -> list[str]:
    return [
        f"{inside}/{p.relative_to(folder).as_posix()}"
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    ]


@pytest.mark.slow
def test_the_wheel_holds_every_data_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = _files(PACKAGE / "catalogue" / "migrations", "pressdesk/catalogue/migrations")
    for folder, inside in MAPPED.items():
        wanted += _files(ROOT / folder, inside)
    assert any(name.endswith(".ui") for name in wanted)
    assert wanted and not [name for name in wanted if name not in names]


@pytest.mark.slow
def test_an_installed_wheel_runs_from_its_own_files(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), wheel],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, install.stderr
    env = {**os.environ, "PYTHONPATH": str(target), "PRESSDESK_DATA_DIR": str(tmp_path / "data")}
    env["PRESSDESK_CACHE_DIR"] = str(tmp_path / "cache")
    run = subprocess.run(
        [sys.executable, "-c", CHECK, str(target)],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
