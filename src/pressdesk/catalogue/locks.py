"""Locks between pressdesk processes sharing one catalogue.

* Creating or upgrading a catalogue's schema is serialised: on SQLite by an exclusive lock on
  the file ``<catalogue>-lock`` beside it, on PostgreSQL by an advisory lock; whoever comes
  second finds the schema made and uses it.
* Writers on SQLite queue fairly: a writer holds ``<catalogue>-lock`` only while it waits for
  the database's write lock (``BEGIN IMMEDIATE``). A long writer that commits in batches goes
  through the same queue before each batch, so a writer that arrived while a batch was
  running takes the database next instead of losing the race to the long writer's next
  batch again and again.
* A wait longer than :data:`NOTICE_AFTER` seconds is announced once through ``on_wait``; a
  database still locked after SQLite's busy timeout raises :class:`CatalogueBusyError`.
"""

from __future__ import annotations

import os
import threading
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine

try:
    import fcntl
except ImportError:  # Windows: SQLite's busy timeout alone
    fcntl = None  # type: ignore[assignment]

from pressdesk.catalogue.errors import CatalogueError

Notice = Callable[[], None]
NOTICE_AFTER = 1.0
# The PostgreSQL advisory lock key of schema changes (any fixed 64-bit number of our own).
SCHEMA_LOCK_KEY = zlib.crc32(b"pressdesk schema") << 16


def lock_file(sqlite_path: Path) -> Path:
    """The lock file of a SQLite catalogue: ``catalogue.sqlite-lock`` beside it."""
    return sqlite_path.with_name(sqlite_path.name + "-lock")


@contextmanager
def announced(on_wait: Notice | None, after: float = NOTICE_AFTER) -> Iterator[None]:
    """Call ``on_wait`` once if the body is still running ``after`` seconds from now."""
    if on_wait is None:
        yield
        return
    timer = threading.Timer(after, on_wait)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


@contextmanager
def file_lock(path: Path, on_wait: Notice | None = None) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (created if needed), waiting for it as long as it
    takes (an interrupt ends the wait). Without ``fcntl`` nothing is locked."""
    if fcntl is None:
        yield
        return
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        raise CatalogueError(
            f"Cannot create the lock file {path} ({exc.strerror or exc}); "
            "check that its folder is writable."
        ) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            with announced(on_wait):
                fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # (closing releases the lock)


@contextmanager
def schema_lock(
    engine: Engine, sqlite_path: Path | None, on_wait: Notice | None = None
) -> Iterator[None]:
    """Hold the lock that serialises schema creation and upgrades of one catalogue."""
    if sqlite_path is not None:
        with file_lock(lock_file(sqlite_path), on_wait):
            yield
        return
    if engine.dialect.name != "postgresql":
        yield
        return
    key = {"k": SCHEMA_LOCK_KEY}
    with engine.connect() as conn:
        if not conn.execute(text("SELECT pg_try_advisory_lock(:k)"), key).scalar_one():
            with announced(on_wait):
                conn.execute(text("SELECT pg_advisory_lock(:k)"), key)
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), key)
            conn.commit()
