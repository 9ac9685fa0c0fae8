"""The catalogue: SQLAlchemy models, sessions, migrations and search.

The names below are loaded on first use, so that importing ``pressdesk.catalogue.errors``
(as the command line does before it knows whether a command needs the catalogue) does not
load SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pressdesk.catalogue.errors import CatalogueBusyError, CatalogueError

if TYPE_CHECKING:
    from pressdesk.catalogue.open import Catalogue, open_catalogue

__all__ = ["Catalogue", "CatalogueBusyError", "CatalogueError", "open_catalogue"]


def __getattr__(name: str) -> Any:
    if name in ("Catalogue", "open_catalogue"):
        from pressdesk.catalogue import open as _open

        return getattr(_open, name)
    raise AttributeError(f"module 'pressdesk.catalogue' has no attribute {name!r}")
