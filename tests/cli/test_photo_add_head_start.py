"""``photo add`` starts its workers on the files before it opens the catalogue, and stops
them (leaving nothing behind) when the catalogue cannot be opened."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest

from pressdesk.catalogue import open as catalogue_open
from pressdesk.cli.main import main
from pressdesk.storage import worker_pool
from tests.support.photo_files import camera_jpeg


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(6):
        camera_jpeg(folder / f"p{n}.jpg", caption=f"Photo {n}", size=(800, 600), seed=n)
    return folder


def test_workers_are_busy_before_the_catalogue_opens(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setattr(worker_pool, "START_METHOD", "fork")
    opened_with: list[int] = []
    real_open = catalogue_open.open_catalogue

    def watched_open(*args, **kwargs):  # type: ignore[no-untyped-def]
        opened_with.append(len(multiprocessing.active_children()))
        return real_open(*args, **kwargs)

    monkeypatch.setattr(catalogue_open, "open_catalogue", watched_open)
    cat = tmp_path / "c.sqlite"
    assert main(["--catalogue", str(cat), "photo", "add", str(folder), "--json"]) == 0
    added = json.loads(capsys.readouterr().out)["added"]
    assert [p["original_name"] for p in added] == [f"p{n}.jpg" for n in range(6)]
    assert opened_with and opened_with[0] >= 1  # workers were running when it opened
    assert multiprocessing.active_children() == []
    incoming = tmp_path / "c-photos" / ".incoming"
    assert not incoming.exists() or list(incoming.iterdir()) == []


def test_a_catalogue_that_cannot_open_stops_the_workers(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setattr(worker_pool, "START_METHOD", "fork")
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database, just notes")
    library = tmp_path / "library"
    code = main(["--catalogue", str(bad), "--library", str(library), "photo", "add", str(folder)])
    assert code == 2
    assert "is not a SQLite database" in capsys.readouterr().err
    assert multiprocessing.active_children() == []
    incoming = library / ".incoming"
    assert not incoming.exists() or list(incoming.iterdir()) == []
    assert not any(p.is_file() for p in library.rglob("*"))  # nothing was stored
