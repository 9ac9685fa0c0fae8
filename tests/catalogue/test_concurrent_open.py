"""Two commands opening the same new catalogue at once: creation is serialised, both succeed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pressdesk.catalogue import open_catalogue
from pressdesk.catalogue.migrate import current_revision, head_revision
from tests.conftest import PG_URL, reset_postgres
from tests.support import processes

ROUNDS = 2


def _race(target: str, library: Path) -> None:
    """Two processes, started together, each creating the catalogue and writing to it."""
    env = {**os.environ, "PRESSDESK_LIBRARY": str(library)}
    procs = processes.start_together(
        [["--catalogue", target, "house", "add", f"Agency {n}"] for n in (1, 2)],
        env=env,
    )
    for proc in procs:
        _out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert "Traceback" not in err


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_two_commands_creating_one_catalogue_both_succeed(backend: str, tmp_path: Path) -> None:
    for n in range(ROUNDS):
        if backend == "sqlite":
            target = str(tmp_path / f"round{n}" / "catalogue.sqlite")
        else:
            if not PG_URL:
                pytest.skip("PRESSDESK_TEST_POSTGRES_URL is not set")
            reset_postgres(PG_URL)
            target = PG_URL
        _race(target, tmp_path / f"library{n}")
        cat = open_catalogue(target, tmp_path / f"library{n}")
        try:
            assert current_revision(cat.engine) == head_revision()
        finally:
            cat.close()
