"""The file work of a photo ingest, run in worker processes (:mod:`.worker_pool`): copy
and hash, metadata, thumbnail.

Decoding and hashing release the GIL, but reading metadata, writing the thumbnail file and
the committing thread's SQL do not; as threads of one process they take turns on the GIL
and a core waits. ``bench/ingest.py`` measured two worker threads keeping 92-94 % of two
cores busy against 96-98 % for two worker processes (and 96-97 % for the bare
decode-and-hash loop), so processes were kept.

Tasks take plain arguments (a path and :class:`WorkerSettings`), so a worker started by
fork or by a fork server needs nothing else from the process that asked for it. This
module imports no database code, so a fork server preloads it cheaply.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from pressdesk.core.photos import PhotoReadError, PhotoReading, read_photo
from pressdesk.paths import cache_dir
from pressdesk.storage.library import PhotoLibrary, StagedFile
from pressdesk.storage.thumbnails import THUMB_SIZE, write_thumbnail


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
    flushed: :meth:`PhotoLibrary.flush` it with its batch before the records commit. ``owner``: the
    process that will keep or discard the copy (see :meth:`PhotoLibrary.stage`)."""
    try:
        staged = library.stage(path, owner=owner)
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
    # Read: out of memory with it. Its write to disk, started when it was staged, is done
    # by now on a local disk; what is still being written goes after the batch's flush.
    library.release_memory(staged.tmp)
    return Prepared(path, staged, reading)


def prepare_file(settings: WorkerSettings, path: Path) -> Prepared:
    """The task a worker runs for one file: :func:`prepare` under the ingest's settings."""
    Image.MAX_IMAGE_PIXELS = settings.max_image_pixels  # the decompression-bomb limit stays on
    library = PhotoLibrary(settings.library_root)
    return prepare(library, path, settings.thumb_size, settings.thumb_cache, settings.owner)
