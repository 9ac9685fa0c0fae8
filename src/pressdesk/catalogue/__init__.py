"""The catalogue: SQLAlchemy models, sessions, migrations and search."""

from pressdesk.catalogue.engine import CatalogueError
from pressdesk.catalogue.locks import CatalogueBusyError
from pressdesk.catalogue.open import Catalogue, open_catalogue

__all__ = ["Catalogue", "CatalogueBusyError", "CatalogueError", "open_catalogue"]
