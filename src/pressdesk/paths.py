"""Where pressdesk keeps its data: platformdirs locations with environment overrides."""

from __future__ import annotations

import importlib
import os
from pathlib import Path

APP_NAME = "pressdesk"


def _shipped(package: str) -> Path:
    """The folder of a data package installed with pressdesk: inside the installed package
    from a wheel, the repository's top-level folder in an editable install. Run from a
    source checkout that is not installed (or installed before ui/ and resources/ moved to
    the top), the checkout's folder is used."""
    try:
        module = importlib.import_module(package)
    except ModuleNotFoundError:
        checkout = Path(__file__).resolve().parents[2] / package.rpartition(".")[2]
        if checkout.is_dir():
            return checkout
        raise
    return Path(str(module.__file__)).resolve().parent


def ui_dir() -> Path:
    """The Qt Designer forms (``ui/`` in the repository, ``pressdesk.ui`` when installed)."""
    return _shipped("pressdesk.ui")


def resources_dir() -> Path:
    """Icons, the desktop entry and the demo data (``resources/``, ``pressdesk.resources``)."""
    return _shipped("pressdesk.resources")


def data_dir() -> Path:
    """The user's data folder (``$PRESSDESK_DATA_DIR`` overrides it)."""
    override = os.environ.get("PRESSDESK_DATA_DIR")
    if override:
        return Path(override).expanduser()
    import platformdirs  # only when no override is given (it loads tempfile, shutil …)

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """The user's cache folder for thumbnails (``$PRESSDESK_CACHE_DIR`` overrides it)."""
    override = os.environ.get("PRESSDESK_CACHE_DIR")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def default_catalogue() -> str:
    """The catalogue used when none is named: ``$PRESSDESK_CATALOGUE`` or a SQLite file."""
    return os.environ.get("PRESSDESK_CATALOGUE") or str(data_dir() / "catalogue.sqlite")


def default_library() -> Path | None:
    """The photo library named by ``$PRESSDESK_LIBRARY``, if any."""
    value = os.environ.get("PRESSDESK_LIBRARY")
    return Path(value).expanduser() if value else None


def library_beside(catalogue_file: Path) -> Path:
    """The photo library of a SQLite catalogue with none named: ``NAME-photos`` beside it."""
    return catalogue_file.with_name(catalogue_file.stem + "-photos")


def ensure_dir(path: Path) -> None:
    """Create a folder (and its parents) unless it exists: a look-up is much cheaper than
    ``mkdir`` of an existing folder, which takes the parent folder's lock and then fails."""
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True)
