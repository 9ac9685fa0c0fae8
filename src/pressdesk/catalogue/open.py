"""Opening a catalogue: resolve the location, create or migrate it, hand out sessions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, configure_mappers, sessionmaker

from pressdesk.catalogue import models  # noqa: F401  (mapped before configure_mappers)
from pressdesk.catalogue.engine import (
    BUSY_TIMEOUT_MS,
    CatalogueError,
    make_engine,
    resolve_target,
)
from pressdesk.catalogue.errors import CatalogueBusyError
from pressdesk.catalogue.locks import (
    Notice,
    announced,
    file_lock,
    lock_file,
)
from pressdesk.catalogue.revision import head_revision, stored_revision
from pressdesk.paths import library_beside


@dataclass
class Catalogue:
    """An open catalogue: its engine, where its photo library lives, and session factories."""

    url: URL
    engine: Engine
    library: Path | None
    sqlite_path: Path | None = None
    backup: Path | None = None
    # Called (from another thread) when a write has waited a moment for another writer.
    on_wait: Notice | None = None
    _reader: sessionmaker[Session] = field(init=False, repr=False)
    _writer: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(pressdesk_write=True), expire_on_commit=False
        )

    @property
    def location(self) -> str:
        """A human-readable location (file path or URL without password)."""
        if self.sqlite_path:
            return str(self.sqlite_path)
        return self.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        with self._reader() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session for one use case's writes, committed as one transaction at the end.

        On SQLite the write lock is taken at once, in turn with other writers (see
        :mod:`.locks`); a database still locked after the busy timeout raises
        :class:`CatalogueBusyError` and nothing is changed.
        """
        with self._writer() as session, session.begin():
            if self.sqlite_path is not None:
                self._take_write_lock(session)
            yield session

    def _take_write_lock(self, session: Session) -> None:
        assert self.sqlite_path is not None
        try:
            with announced(self.on_wait), file_lock(lock_file(self.sqlite_path)):
                session.connection()  # BEGIN IMMEDIATE, waiting up to the busy timeout
        except OperationalError as exc:
            if "locked" not in str(exc.orig) and "busy" not in str(exc.orig):
                raise
            raise CatalogueBusyError(
                f"The catalogue {self.sqlite_path} is busy: another program has kept it locked "
                f"for more than {BUSY_TIMEOUT_MS // 1000} seconds, so nothing was changed; "
                "try again when it has finished."
            ) from None

    def close(self) -> None:
        self.engine.dispose()


def open_catalogue(
    target: str | Path, library: Path | None = None, *, on_wait: Notice | None = None
) -> Catalogue:
    """Open the catalogue at a path or URL, creating or upgrading it as needed.

    A SQLite catalogue keeps its photo library in a ``photos`` folder beside the file unless
    ``library`` names another; a server catalogue has no library unless one is given.
    ``on_wait`` is called once when this process has to wait more than a moment for another
    one (creating or upgrading the schema, or writing).
    """
    url, sqlite_path = resolve_target(target)
    if sqlite_path is not None:
        if sqlite_path.is_dir():
            raise CatalogueError(f"{sqlite_path} is a folder; give a catalogue file inside it.")
        try:
            sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CatalogueError(
                f"Cannot create the folder for {sqlite_path} ({exc.strerror})."
            ) from None
        if sqlite_path.exists() and not _looks_like_sqlite(sqlite_path):
            raise CatalogueError(
                f"{sqlite_path} is not a SQLite database; choose a pressdesk catalogue file."
            )
        if library is None:
            library = library_beside(sqlite_path)
    engine = make_engine(url)
    try:
        at_head = stored_revision(engine) == head_revision()
        backup = None if at_head else _migrate(engine, sqlite_path, on_wait)
    except CatalogueError:
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        where = str(sqlite_path) if sqlite_path else url.render_as_string(hide_password=True)
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise CatalogueError(f"Cannot open the catalogue {where}: {reason}.") from None
    except SQLAlchemyError as exc:
        engine.dispose()
        raise CatalogueError(f"Cannot open the catalogue {url!s}: {exc}.") from None
    configure_mappers()  # once, now, rather than in the first query of a use case
    return Catalogue(
        url=url,
        engine=engine,
        library=library,
        sqlite_path=sqlite_path,
        backup=backup,
        on_wait=on_wait,
    )


def _migrate(engine: Engine, sqlite_path: Path | None, on_wait: Notice | None) -> Path | None:
    """Create or upgrade the schema; Alembic is loaded only here."""
    from pressdesk.catalogue.migrate import ensure_schema

    return ensure_schema(engine, sqlite_path, on_wait)


def _looks_like_sqlite(path: Path) -> bool:
    if path.stat().st_size == 0:
        return True
    with path.open("rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"
