"""Shared fixtures: catalogues on SQLite (always) and PostgreSQL (when configured)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
PG_URL = os.environ.get("PRESSDESK_TEST_POSTGRES_URL")


def corpus_dir() -> Path:
    """The shared test corpus; CI must have it, a developer without it skips those tests."""
    path = Path(os.environ.get("PRESSDESK_CORPUS") or REPO.parent / "shared" / "corpus")
    if not path.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"the test corpus is missing at {path}")
        pytest.skip(f"the test corpus is not at {path} (set PRESSDESK_CORPUS)")
    return path


def pytest_sessionstart(session: pytest.Session) -> None:
    """Under CI a missing corpus stops the run at once, before hundreds of tests skip."""
    if os.environ.get("CI"):
        path = Path(os.environ.get("PRESSDESK_CORPUS") or REPO.parent / "shared" / "corpus")
        if (
            not (path / "releases" / "expected.json").is_file()
            or not (path / "photos" / "expected.json").is_file()
        ):
            pytest.exit(f"the shared test corpus is missing at {path} (CI needs it)", 1)


@pytest.fixture
def corpus() -> Path:
    return corpus_dir()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the real user's data, cache or settings folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("PRESSDESK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("PRESSDESK_CACHE_DIR", str(home / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("PRESSDESK_CATALOGUE", raising=False)
    monkeypatch.delenv("PRESSDESK_LIBRARY", raising=False)


def reset_postgres(url: str) -> None:
    """Drop everything in the test database."""
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def catalogue_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A location for a fresh, empty catalogue on each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "catalogue.sqlite")
        return
    if not PG_URL:
        pytest.skip("PRESSDESK_TEST_POSTGRES_URL is not set")
    reset_postgres(PG_URL)
    yield PG_URL
    reset_postgres(PG_URL)


@pytest.fixture
def cat(catalogue_target: str, tmp_path: Path) -> Iterator[object]:
    """An open, empty catalogue on each backend, with a photo library in tmp_path."""
    from pressdesk.catalogue import open_catalogue

    catalogue = open_catalogue(catalogue_target, tmp_path / "library")
    yield catalogue
    catalogue.close()


@pytest.fixture
def sqlite_cat(tmp_path: Path) -> Iterator[object]:
    """An open, empty SQLite catalogue."""
    from pressdesk.catalogue import open_catalogue

    catalogue = open_catalogue(tmp_path / "catalogue.sqlite")
    yield catalogue
    catalogue.close()
