"""Cleaning up after a killed command when a catalogue is opened."""

from __future__ import annotations

import contextlib
from pathlib import Path


def sweep_leftovers(library_root: Path | None) -> None:
    """Remove the temporary files a killed ``photo add`` or bundle import left in the
    library's ``.incoming/`` (those of processes that have ended, or older than an hour:
    :meth:`.library.PhotoLibrary.sweep_incoming`). Called by every command and the app when
    they open a catalogue; costs one ``stat`` when there is nothing to clean. A library
    this user cannot write to is left for a command that can."""
    if library_root is None or not (library_root / ".incoming").is_dir():
        return
    from pressdesk.storage.library import PhotoLibrary  # (hashing and image code: only now)

    with contextlib.suppress(OSError):
        PhotoLibrary(library_root).sweep_incoming()
