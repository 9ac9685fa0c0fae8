"""Shared fixtures: catalogues on SQLite (always) and PostgreSQL (when configured), made
from a template migrated once per session (tests/support/catalogues.py); markers ``gui``
(needs Qt) and ``corpus`` (needs the shared corpus) set from what a test uses."""

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


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """``gui``: tests of the app (tests/app) or that use qtbot; ``corpus``: tests that read
    the shared corpus (through the fixture, or in a module marked so)."""
    app = REPO / "tests" / "app"
    for item in items:
        names = getattr(item, "fixturenames", ())
        if "qtbot" in names or Path(str(item.path)).is_relative_to(app):
            item.add_marker(pytest.mark.gui)
        if "corpus" in names:
            item.add_marker(pytest.mark.corpus)


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
    """A location for a fresh, empty catalogue on each backend, with no schema at all (for
    tests of creating and migrating one; others use ``cat``)."""
    if request.param == "sqlite":
        yield str(tmp_path / "catalogue.sqlite")
        return
    if not PG_URL:
        pytest.skip("PRESSDESK_TEST_POSTGRES_URL is not set")
    reset_postgres(PG_URL)
    yield PG_URL
    reset_postgres(PG_URL)


@pytest.fixture(params=BACKENDS)
def migrated_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A location holding an empty catalogue at the head revision, on each backend: a copy of
    the SQLite template, or the PostgreSQL test database made anew from its template."""
    from tests.support.catalogues import copy_template, fresh_postgres

    if request.param == "sqlite":
        return str(copy_template(tmp_path / "catalogue.sqlite"))
    if not PG_URL:
        pytest.skip("PRESSDESK_TEST_POSTGRES_URL is not set")
    fresh_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def cat(migrated_target: str, tmp_path: Path) -> Iterator[object]:
    """An open, empty catalogue on each backend, with a photo library in tmp_path."""
    from pressdesk.catalogue import open_catalogue

    catalogue = open_catalogue(migrated_target, tmp_path / "library")
    yield catalogue
    catalogue.close()


@pytest.fixture
def sqlite_cat(tmp_path: Path) -> Iterator[object]:
    """An open, empty SQLite catalogue."""
    from tests.support.catalogues import new_catalogue

    catalogue = new_catalogue(tmp_path / "catalogue.sqlite")
    yield catalogue
    catalogue.close()
