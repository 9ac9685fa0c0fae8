"""The catalogue's error, importable without SQLAlchemy."""

from __future__ import annotations


class CatalogueError(Exception):
    """A catalogue could not be opened or used; the message says which and why."""
