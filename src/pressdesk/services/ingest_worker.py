"""The file work of a photo ingest, run in worker processes: copy and hash, metadata,
thumbnail.

Decoding and hashing release the GIL, but reading metadata, writing the thumbnail file and
the committing thread's SQL do not; as threads of one process they take turns on the GIL
and a core waits. ``bench/ingest.py`` measured two worker threads keeping 92-93 % of two
cores busy against 96-98 % for two worker processes (and for the bare decode-and-hash loop),
so processes were kept. Workers:

* take plain arguments (a path and :class:`WorkerSettings`), so a worker started by fork or
  by a fork server needs nothing else from the process that asked for it;
* die with that process (``PR_SET_PDEATHSIG`` on Linux, a watchdog thread elsewhere), so an
  ingest that is killed leaves no worker behind to add files to the library's incoming area.

This module imports no database code, so a fork server preloads it cheaply.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from PIL import Image

from pressdesk.core.photos import PhotoReadError, PhotoReading, read_photo
from pressdesk.paths import cache_dir
from pressdesk.services.library import PhotoLibrary, StagedFile
from pressdesk.services.thumbs import THUMB_SIZE, write_thumbnail

PR_SET_PDEATHSIG = 1
#: Forces a start method ("fork", "forkserver" or "spawn"); None chooses (see start_method).
START_METHOD: str | None = None


@dataclass(frozen=True)
class Prepared:
    """A file read by a worker: stored under a temporary name, with its metadata."""

    path: Path
    staged: StagedFile
    reading: PhotoReading


@dataclass(frozen=True)
class WorkerSettings:
    """What a worker needs from the ingesting process, taken when the ingest starts."""

    library_root: Path
    thumb_cache: Path = field(default_factory=cache_dir)
    thumb_size: int = THUMB_SIZE
    max_image_pixels: int | None = field(default_factory=lambda: Image.MAX_IMAGE_PIXELS)
    owner: int = field(default_factory=os.getpid)  # keeps or discards the staged copies


def prepare(
    library: PhotoLibrary,
    path: Path,
    thumb_size: int = THUMB_SIZE,
    cache: Path | None = None,
    owner: int | None = None,
) -> Prepared:
    """Copy and hash ``path`` into the library's incoming area, read its metadata and make
    its thumbnail (in ``cache``, by default the user's cache folder). The copy is not yet
    flushed: call :meth:`PhotoLibrary.sync` before its record is committed. ``owner``: the
    process that will keep or discard the copy (see :meth:`PhotoLibrary.stage`)."""
    try:
        staged = library.stage(path, sync=False, owner=owner)
    except OSError as exc:
        raise PhotoReadError(path, f"{path} cannot be read ({exc.strerror or exc}).") from None
    try:
        reading = read_photo(staged.tmp)
        write_thumbnail(staged.tmp, staged.sha256, thumb_size, reading.info, cache)
    except PhotoReadError as exc:
        library.discard(staged)
        message = str(exc).replace(str(staged.tmp), str(path)).replace(staged.tmp.name, path.name)
        raise PhotoReadError(path, message) from None
    except BaseException:
        library.discard(staged)
        raise
    return Prepared(path, staged, reading)


def prepare_file(settings: WorkerSettings, path: Path) -> Prepared:
    """The task a worker runs for one file: :func:`prepare` under the ingest's settings."""
    Image.MAX_IMAGE_PIXELS = settings.max_image_pixels  # the decompression-bomb limit stays on
    library = PhotoLibrary(settings.library_root)
    return prepare(library, path, settings.thumb_size, settings.thumb_cache, settings.owner)


def start_method() -> str:
    """``fork`` where it is safe and cheapest (Linux, and this process runs one thread, as
    the command line does); else a fork server, started once and forked from thereafter
    (the app: forking a process that runs Qt's threads is not safe); ``spawn`` elsewhere."""
    if START_METHOD is not None:
        return START_METHOD
    methods = multiprocessing.get_all_start_methods()
    if sys.platform == "linux" and "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` ingest worker processes that end when this process ends."""
    method = start_method()
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        # The server imports these once; workers forked from it start with them imported.
        # Ignored once the server runs.
        context.set_forkserver_preload([__name__, *_main_script_imports()])
    parent = os.getpid() if method == "fork" else None
    return ProcessPoolExecutor(
        max_workers=max(1, workers),
        mp_context=context,
        initializer=_die_with_parent,
        initargs=(parent,),
    )


def _main_script_imports() -> list[str]:
    """The modules a main *script* took its names from (``from pressdesk.app.launch import
    main`` in an installed launcher): every worker runs a main script again (guarded by
    ``if __name__ == "__main__"``) and would import them anew. ``python -m`` mains are
    not run again, so nothing is needed for them."""
    main = sys.modules.get("__main__")
    if main is None or getattr(main, "__spec__", None) is not None:
        return []
    names = set()
    for value in vars(main).values():
        name = value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", "")
        if isinstance(name, str) and name in sys.modules and not name.startswith("__"):
            names.add(name)
    return sorted(names)


def _die_with_parent(parent: int | None) -> None:
    """Worker start-up: be killed when the parent process dies (``parent``: its pid when
    known, to catch a parent that died before this ran)."""
    watched = parent if parent is not None else os.getppid()
    armed = False
    if sys.platform == "linux":
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            armed = libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
        except (OSError, AttributeError):
            armed = False
    if os.getppid() != watched:
        os._exit(1)
    if not armed:
        threading.Thread(target=_watch_parent, args=(watched,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)
