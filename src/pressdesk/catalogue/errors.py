"""The catalogue's error, importable without SQLAlchemy."""

from __future__ import annotations


class CatalogueError(Exception):
    """A catalogue could not be opened or used; the message says which and why."""


class CatalogueBusyError(CatalogueError):
    """Another program kept the catalogue's write lock longer than the busy timeout."""
