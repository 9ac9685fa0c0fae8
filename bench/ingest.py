"""Ingest benchmark: a full ingest into a fresh catalogue next to a bare loop on the same files.

    python bench/ingest.py [--n 200] [--workdir DIR] [--keep] [--rounds 3]
                           [--variants bare,threads,processes] [--breakdown] [--profile]
                           [--alt TAG=SRC_DIR ...] [--json OUT.json]

It generates ``N`` camera-like JPEGs (3872x2592, about 10 megapixels, quality 90, about 3.7 MB
each: gradients, blotches and sensor-like noise, so they compress like photos) carrying EXIF
(Make, Model, DateTimeOriginal, Orientation), IPTC IIM in a Photoshop APP13 block (caption,
credit, copyright, by-line, keywords, the 1:90 UTF-8 marker, a current IPTC digest) and XMP
(dc:description, dc:subject, dc:creator, photoshop:Credit, Iptc4xmpExt:PersonInImage). They
are cached in ``DIR/pool`` (default ``$TMPDIR/pressdesk-bench-ingest``) so reruns are quick;
``DIR/set-N`` holds hard links to the first ``N``.

After reading every file once (to warm the page cache) it times, in the same run and in a
rotating order, each variant in its own subprocess (its own peak memory, no warm caches;
imports and catalogue creation are not timed):

* ``bare``: ``ThreadPoolExecutor(2)`` over the files: Pillow ``Image.open`` +
  ``draft("RGB", (256, 256))`` + ``thumbnail((256, 256), LANCZOS)`` + JPEG (quality 85, as
  the product's thumbnails) into a ``BytesIO``, and the SHA-256 of the file; nothing written;
* ``processes``: ``pressdesk.services.photos.ingest.ingest_photos`` into a fresh SQLite catalogue,
  library and thumbnail cache (``PRESSDESK_CACHE_DIR``), as shipped: 2 worker processes do
  the file work, the calling process commits;
* ``threads``: the same call with its worker pool swapped for a ``ThreadPoolExecutor(2)``
  (what shipped before the measurement below chose processes);
* experiments: ``processes-nofsync`` / ``threads-nofsync`` (``os.fsync``,
  ``os.fdatasync`` and the library's batch flush no-ops) and ``processes-3`` (3 workers);
* ``NAME@TAG`` runs variant NAME importing pressdesk from the tree given by ``--alt
  TAG=DIR`` (e.g. a copy of ``src/`` with a proposed patch), to compare in the same run.

It prints files/s per run, the median and the best (other processes only ever slow a run
down), the ratio ingest/bare (target >= 0.9) as the median of the per-round ratios (the
variants of a round run back to back, under the same load from elsewhere; the verdict uses
it), CPU time per file (all threads and worker processes), peak RSS, and how many cores
other processes kept busy meanwhile. ``--breakdown`` re-runs the bare loop and the ingests with
per-stage timers (wall and CPU per file; the worker stages are timed in the ``threads``
variant only, as timers cannot reach worker processes); ``--profile`` prints a CPU-time cProfile of the
committing thread's SQL work (``_store_batch``).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gc
import hashlib
import io
import json
import os
import platform
import pstats
import random
import resource
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PIL import Image, ImageChops

SIZE = (3872, 2592)
QUALITY = 90
THUMB = 256
THUMB_QUALITY = 85
WORKERS = 2
CHUNK = 1 << 20
TARGET = 0.9
PIXEL_SETS = 100  # photos with pixels of their own; later ones reuse them (see _reused_pixels)
QUIET = 0.3  # cores used by other processes below which a run counts as undisturbed
DEFAULT_VARIANTS = ("bare-process", "cli")
#: Whole-process variants: the wall time of a process from its start to its exit.
WHOLE = ("bare-process", "cli")

# --------------------------------------------------------------------------- photo generation

MAKES = (
    ("Canon", "Canon EOS 5D Mark IV"),
    ("NIKON CORPORATION", "NIKON D850"),
    ("SONY", "ILCE-7M3"),
    ("FUJIFILM", "X-T4"),
)
PEOPLE = (
    "Shimon Peres",
    "Benjamin Netanyahu",
    "Reuven Rivlin",
    "Tzipi Livni",
    "Vladimir Putin",
    "Angela Merkel",
    "Ban Ki-moon",
    "Isaac Herzog",
)
PLACES = ("Jerusalem", "Tel Aviv", "Moscow", "Berlin", "New York", "Haifa", "Eilat")
EVENTS = ("meets", "welcomes", "speaks with", "visits the office of", "awards a medal to")
KEYWORDS = (
    "politics",
    "diplomacy",
    "president",
    "prime minister",
    "visit",
    "ceremony",
    "press conference",
    "state visit",
    "Knesset",
    "security",
    "economy",
    "culture",
    "ירושלים",
    "пресса",
)
PHOTOGRAPHERS = ("Amos Ben Gershom", "Kobi Gideon", "Haim Zach", "Mark Neyman", "Avi Ohayon")
UTF8_MARKER = b"\x1b%G"
XMP_SIG = b"http://ns.adobe.com/xap/1.0/\x00"


def _segment(marker: int, payload: bytes) -> bytes:
    """One JPEG marker segment."""
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def _dataset(record: int, number: int, value: bytes | str) -> bytes:
    """One IIM dataset (standard two-byte length)."""
    data = value.encode("utf-8") if isinstance(value, str) else value
    return bytes([0x1C, record, number]) + struct.pack(">H", len(data)) + data


def _resource(res_id: int, data: bytes) -> bytes:
    """One Photoshop image resource with an empty name."""
    pad = b"\x00" if len(data) % 2 else b""
    return b"8BIM" + struct.pack(">HxxI", res_id, len(data)) + data + pad


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def metadata_segments(index: int) -> bytes:
    """EXIF, XMP and IPTC (APP13) segments for photo ``index``, as a camera and a
    captioning tool would leave them."""
    rng = random.Random(index)
    make, model = rng.choice(MAKES)
    people = rng.sample(PEOPLE, rng.randint(1, 3))
    place = rng.choice(PLACES)
    caption = (
        f"{people[0]} {rng.choice(EVENTS)} {people[-1] if len(people) > 1 else 'guests'} "
        f"in {place}, photo {index + 1}."
    )
    credit = "GPO"
    byline = rng.choice(PHOTOGRAPHERS)
    copyright_ = f"© {2010 + index % 15} Government Press Office"
    keywords = rng.sample(KEYWORDS, rng.randint(3, 6))
    taken = f"{2010 + index % 15}:{1 + index % 12:02d}:{1 + index % 28:02d} 12:{index % 60:02d}:00"

    exif = Image.Exif()
    exif[0x010F] = make
    exif[0x0110] = model
    exif[0x0112] = 6 if index % 5 == 0 else 1  # some portrait shots
    exif[0x0131] = "Firmware 1.2.0"
    exif[0x0132] = taken
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = taken
    sub[0x9004] = taken
    sub[0x829A] = (1, 250)
    sub[0x829D] = (56, 10)
    sub[0x8827] = 400
    exif_bytes = exif.tobytes()
    if not exif_bytes.startswith(b"Exif\x00\x00"):
        exif_bytes = b"Exif\x00\x00" + exif_bytes

    iim = _dataset(1, 90, UTF8_MARKER) + b"".join(
        [
            _dataset(2, 0, b"\x00\x04"),
            _dataset(2, 120, caption),
            _dataset(2, 110, credit),
            _dataset(2, 116, copyright_),
            _dataset(2, 80, byline),
            *(_dataset(2, 25, kw) for kw in keywords),
        ]
    )
    irb = _resource(0x0404, iim) + _resource(0x0425, hashlib.md5(iim).digest())

    persons = "".join(f"<rdf:li>{_xml(p)}</rdf:li>" for p in people)
    subjects = "".join(f"<rdf:li>{_xml(k)}</rdf:li>" for k in keywords)
    xmp = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about=""\n'
        '    xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"\n'
        '    xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"\n'
        f'    photoshop:Credit="{credit}">\n'
        f'   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{_xml(caption)}'
        "</rdf:li></rdf:Alt></dc:description>\n"
        f"   <dc:creator><rdf:Seq><rdf:li>{_xml(byline)}</rdf:li></rdf:Seq></dc:creator>\n"
        f"   <dc:subject><rdf:Bag>{subjects}</rdf:Bag></dc:subject>\n"
        f"   <Iptc4xmpExt:PersonInImage><rdf:Bag>{persons}</rdf:Bag>"
        "</Iptc4xmpExt:PersonInImage>\n"
        "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n"
        + (" " * 99 + "\n") * 20  # the padding editors leave for in-place updates
        + '<?xpacket end="w"?>'
    )
    return (
        _segment(0xE1, exif_bytes)
        + _segment(0xE1, XMP_SIG + xmp.encode("utf-8"))
        + _segment(0xED, b"Photoshop 3.0\x00" + irb)
    )


class PixelMaker:
    """Photo-like pixels: smooth blotches and a gradient under sensor-like noise.

    The full-size noise is made once per channel (the slow part) and each photo takes a
    different crop of it, so every photo differs while generation stays at ~0.3 s each.
    """

    MARGIN = 256

    def __init__(self) -> None:
        w, h = SIZE
        self.noise = [Image.effect_noise((w + self.MARGIN, h + self.MARGIN), 10) for _ in "RGB"]
        self.gradient = Image.linear_gradient("L").resize(SIZE)

    def channel(self, rng: random.Random, which: int) -> Image.Image:
        w, h = SIZE
        low = Image.effect_noise((w // 32, h // 32), 60).resize(SIZE, Image.Resampling.BICUBIC)
        mid = Image.effect_noise((w // 4, h // 4), 40).resize(SIZE, Image.Resampling.BILINEAR)
        gradient = self.gradient.transpose(Image.Transpose.ROTATE_180) if which else self.gradient
        base = Image.blend(Image.blend(low, gradient, 0.4), mid, 0.3)
        x, y = rng.randrange(self.MARGIN), rng.randrange(self.MARGIN)
        return ImageChops.add(base, self.noise[which].crop((x, y, x + w, y + h)), 1.0, -128)

    def jpeg(self, index: int) -> bytes:
        """The JPEG (SOI, camera metadata, then Pillow's JFIF, tables and scan)."""
        rng = random.Random(10_000 + index)
        image = Image.merge("RGB", [self.channel(rng, i) for i in range(3)])
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=QUALITY)
        data = buffer.getvalue()
        return data[:2] + metadata_segments(index) + data[2:]


def _reused_pixels(pool: Path, index: int) -> bytes | None:
    """Photo ``index`` >= PIXEL_SETS: the compressed pixels of photo ``index % PIXEL_SETS``
    under its own metadata (a different file, the same decoding work; generating pixels
    costs seconds a photo on a loaded machine). None when that photo is not there yet."""
    if index < PIXEL_SETS:
        return None
    source = pool / f"cam_{index % PIXEL_SETS:04d}.jpg"
    if not source.is_file():
        return None
    data = source.read_bytes()
    skip = 2 + len(metadata_segments(index % PIXEL_SETS))
    return data[:2] + metadata_segments(index) + data[skip:]


def photo_set(workdir: Path, n: int) -> Path:
    """A folder holding exactly ``n`` generated photos (hard links into the cached pool)."""
    pool = workdir / "pool"
    pool.mkdir(parents=True, exist_ok=True)
    maker: PixelMaker | None = None
    missing = [i for i in range(n) if not (pool / f"cam_{i:04d}.jpg").is_file()]
    started = time.perf_counter()
    for count, index in enumerate(missing, 1):
        target = pool / f"cam_{index:04d}.jpg"
        tmp = target.with_suffix(".part")
        data = _reused_pixels(pool, index)
        if data is None:
            maker = maker or PixelMaker()
            data = maker.jpeg(index)
        tmp.write_bytes(data)
        tmp.replace(target)
        if count % 25 == 0 or count == len(missing):
            print(
                f"  generated {count}/{len(missing)} photos "
                f"({time.perf_counter() - started:.0f} s)",
                file=sys.stderr,
            )
    folder = workdir / f"set-{n}"
    wanted = {f"cam_{i:04d}.jpg" for i in range(n)}
    if folder.is_dir() and {p.name for p in folder.iterdir()} != wanted:
        shutil.rmtree(folder)
    if not folder.is_dir():
        tmp_folder = workdir / f".set-{n}.part"
        shutil.rmtree(tmp_folder, ignore_errors=True)
        tmp_folder.mkdir()
        for name in sorted(wanted):
            os.link(pool / name, tmp_folder / name)
        tmp_folder.rename(folder)
    return folder


def warm(files: list[Path]) -> int:
    """Read every file once so that all variants start with them in the page cache."""
    total = 0
    for path in files:
        with path.open("rb") as fh:
            while block := fh.read(CHUNK):
                total += len(block)
    return total


# --------------------------------------------------------------------------- variants (child)

Stages = dict[str, float]


class Clock:
    """Wall time and CPU time (this process and the worker processes it has reaped) of the
    timed part of a variant only: imports, catalogue creation and setup stay outside."""

    seconds = 0.0
    cpu = 0.0

    @staticmethod
    def _cpu() -> float:
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.process_time() + children.ru_utime + children.ru_stime

    def __enter__(self) -> Clock:
        self._start, self._cpu0 = time.perf_counter(), self._cpu()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self._start
        self.cpu = self._cpu() - self._cpu0


def bare_one(path: Path, stages: Stages | None = None) -> tuple[str, int]:
    """The floor for one file: draft-mode thumbnail to memory and the file's SHA-256."""
    t0, c0 = time.perf_counter(), time.thread_time()
    with Image.open(path) as im:
        im.draft("RGB", (THUMB, THUMB))
        im.thumbnail((THUMB, THUMB), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        im.convert("RGB").save(buffer, "JPEG", quality=THUMB_QUALITY)
    t1, c1 = time.perf_counter(), time.thread_time()
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    if stages is not None:
        stages["thumbnail"] += t1 - t0
        stages["thumbnail [cpu]"] += c1 - c0
        stages["sha256"] += time.perf_counter() - t1
        stages["sha256 [cpu]"] += time.thread_time() - c1
    return digest.hexdigest(), len(buffer.getvalue())


def run_bare(folder: Path, run_dir: Path, stages: Stages | None, clock: Clock) -> int:
    """The bare loop over two threads (no catalogue, no copies, nothing written)."""
    files = sorted(folder.glob("*.jpg"))
    with clock, ThreadPoolExecutor(max_workers=WORKERS) as pool:
        results = list(pool.map(lambda p: bare_one(p, stages), files))
    return len(results)


class _ThreadPool:
    """The ingest's WorkerPool interface on a ThreadPoolExecutor (the ``threads`` variant)."""

    def __init__(
        self, task: Callable[[Any, Path], Any], settings: Any, workers: int, **_options: Any
    ) -> None:
        self.task, self.settings, self.workers = task, settings, max(1, workers)
        self.pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="ingest")

    def __enter__(self) -> _ThreadPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def results(
        self, paths: list[Path], check_cancel: Callable[[], None] | None = None
    ) -> Iterator[Any]:
        from pressdesk.storage.worker_pool import Outcome

        in_flight: deque[tuple[int, Path, Any]] = deque()
        queue = deque(enumerate(paths))
        while queue or in_flight:
            while queue and len(in_flight) < self.workers * 3:
                index, path = queue.popleft()
                in_flight.append((index, path, self.pool.submit(self.task, self.settings, path)))
            index, path, future = in_flight.popleft()
            error = future.exception()
            value = None if error is not None else future.result()
            yield Outcome(index, path, value=value, error=error)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def run_ingest(
    folder: Path, run_dir: Path, stages: Stages | None, clock: Clock, *, how: str = "processes"
) -> int:
    """A full ingest into a fresh catalogue, library and thumbnail cache under ``run_dir``.

    ``how``: ``processes`` (as shipped), ``threads`` (the worker pool swapped for a
    ThreadPoolExecutor), ``*-nofsync`` (os.fsync and os.fdatasync no-ops), ``processes-3``
    (3 workers).
    """
    from pressdesk.catalogue import open_catalogue
    from pressdesk.services.photos import ingest

    cat = open_catalogue(run_dir / "c.sqlite")
    workers = 3 if how == "processes-3" else WORKERS
    patches: list[tuple[Any, str, Any]] = []
    if how.startswith("threads"):
        from pressdesk.services.photos import head_start

        patches.append((head_start, "WorkerPool", _ThreadPool))
    if how.endswith("-nofsync"):
        patches.append((os, "fsync", lambda fd: None))
        patches.append((os, "fdatasync", lambda fd: None))
        from pressdesk.storage import library

        if hasattr(library.PhotoLibrary, "flush"):
            patches.append((library.PhotoLibrary, "flush", lambda self, stored: None))
    if stages is not None:
        patches.extend(_stage_timers(stages, cat))
    saved = [(obj, name, getattr(obj, name)) for obj, name, _ in patches]
    for obj, name, value in patches:
        setattr(obj, name, value)
    gc.freeze()  # as the program does once started (pressdesk.cli.main.run; the app likewise)
    try:
        with clock:
            result = ingest.ingest_photos(cat, [folder], workers=workers)
    finally:
        for obj, name, value in saved:
            setattr(obj, name, value)
        cat.close()
    if result.errors or result.duplicates:
        raise SystemExit(f"unexpected ingest result: {result.errors[:3]} {result.duplicates[:3]}")
    return len(result.added)


def _timed(stages: Stages, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn``, adding its wall time and its thread's CPU time to ``stages[name]``."""
    lock = threading.Lock()

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            return fn(*args, **kwargs)
        finally:
            with lock:
                stages[name] += time.perf_counter() - start
                stages[f"{name} [cpu]"] += time.thread_time() - cpu

    return wrapper


def _stage_timers(stages: Stages, cat: Any) -> list[tuple[Any, str, Any]]:
    """Patches that time each stage of the ingest (summed over threads) into ``stages``."""
    from pressdesk.core.photos import thumbnails
    from pressdesk.services import ingest_worker as worker  # where the file work lives
    from pressdesk.services.photos import ingest
    from pressdesk.storage import library
    from pressdesk.storage import thumbnails as thumbs

    original_write = cat.write

    @contextmanager
    def timed_write() -> Iterator[Any]:
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            with original_write() as session:
                yield session
        finally:
            stages["main: batch transaction"] += time.perf_counter() - start
            stages["main: batch transaction [cpu]"] += time.thread_time() - cpu

    timed = [
        (library.PhotoLibrary, "stage", "stage (copy+SHA-256)"),
        (os, "fsync", "  fsync (wherever called)"),
        (worker, "read_photo", "read_photo (metadata)"),
        (worker, "write_thumbnail", "write_thumbnail"),
        (thumbnails, "probe", "  of which probe() again"),
        (thumbs, "make_thumbnail", "  of which make_thumbnail"),
        (ingest, "_store_batch", "main: _store_batch (SQL)"),
    ]
    patches: list[tuple[Any, str, Any]] = [
        (obj, name, _timed(stages, label, getattr(obj, name))) for obj, name, label in timed
    ]
    patches.append((cat, "write", timed_write))
    flush = _timed(stages, "main: flush a batch to disk", library.PhotoLibrary.flush)
    patches.append((library.PhotoLibrary, "flush", flush))
    return patches


VARIANTS: dict[str, Callable[[Path, Path, Stages | None, Clock], int]] = {
    "bare": run_bare,
    "processes": run_ingest,
    "threads": lambda f, r, s, c: run_ingest(f, r, s, c, how="threads"),
    "processes-nofsync": lambda f, r, s, c: run_ingest(f, r, s, c, how="processes-nofsync"),
    "threads-nofsync": lambda f, r, s, c: run_ingest(f, r, s, c, how="threads-nofsync"),
    "processes-3": lambda f, r, s, c: run_ingest(f, r, s, c, how="processes-3"),
}


def _profile_store() -> cProfile.Profile:
    """cProfile around every ``_store`` call (the committing thread's SQL work)."""
    from pressdesk.services.photos import ingest

    profiler = cProfile.Profile(time.thread_time)  # CPU time: robust to other load
    name = "_store_batch"
    original = getattr(ingest, name)

    def store(*args: Any) -> Any:
        profiler.enable()
        try:
            return original(*args)
        finally:
            profiler.disable()

    setattr(ingest, name, store)
    return profiler


def child(variant: str, folder: Path, run_dir: Path, breakdown: bool, profile: bool) -> None:
    """Run one variant once and print a JSON line with its timing and peak memory."""
    run_dir.mkdir(parents=True, exist_ok=True)
    os.environ["PRESSDESK_CACHE_DIR"] = str(run_dir / "cache")
    stages: Stages | None = defaultdict(float) if breakdown else None
    base = variant.split("@")[0]
    profiler = _profile_store() if profile else None
    clock = Clock()
    files = VARIANTS[base](folder, run_dir, stages, clock)
    out: dict[str, Any] = {
        "variant": variant,
        "files": files,
        "seconds": clock.seconds,
        "cpu": clock.cpu,
        "rss_mb": peak_rss_mb(),
        "workers_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "stages": dict(stages or {}),
    }
    if profiler is not None:
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(18)
        out["profile"] = text.getvalue()
    print(json.dumps(out))


def peak_rss_mb() -> float:
    """Peak resident memory of this process: VmHWM, which (unlike ru_maxrss) does not carry
    over the parent's peak across fork+exec; ru_maxrss where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --------------------------------------------------------------------------- driver (parent)


def _busy_seconds() -> float | None:
    """CPU seconds spent by everything on this machine so far (Linux), else None."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(v) for v in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def others_busy(interval: float = 1.0) -> float | None:
    """CPU cores kept busy by other processes over the next ``interval`` seconds."""
    before = _busy_seconds()
    time.sleep(interval)
    after = _busy_seconds()
    return None if before is None or after is None else (after - before) / interval


def settle(limit: float, seconds: float) -> float | None:
    """Wait (up to ``seconds``) until other processes use less than ``limit`` cores."""
    start = time.monotonic()
    said = -1
    while True:
        busy = others_busy()
        waited = time.monotonic() - start
        if busy is None or busy < limit or waited >= seconds:
            return busy
        if said < 0 or waited - said >= 30:
            said = int(waited)
            print(f"  waiting for a quieter machine ({busy:.2f} cores busy)", file=sys.stderr)


# The bare loop as a program of its own: the floor a whole ``photo add`` process is
# compared with (its Python start-up and Pillow import included, as the CLI's are).
BARE_PROGRAM = f"""
import hashlib, io, sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from PIL import Image

def one(path):
    with Image.open(path) as im:
        im.draft("RGB", ({THUMB}, {THUMB}))
        im.thumbnail(({THUMB}, {THUMB}), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        im.convert("RGB").save(buffer, "JPEG", quality={THUMB_QUALITY})
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read({CHUNK}):
            digest.update(block)
    return digest.hexdigest()

files = sorted(p for p in Path(sys.argv[1]).iterdir() if p.suffix == ".jpg")
with ThreadPoolExecutor(max_workers={WORKERS}) as pool:
    print(len(list(pool.map(one, files))))
"""


def whole_command(variant: str, folder: Path, run_dir: Path) -> tuple[list[str], dict[str, str]]:
    """The command line of a whole-process variant, and its environment. ``cli`` is what a
    user runs, ``pressdesk photo add FOLDER``, into a catalogue made beforehand (untimed)."""
    env = dict(os.environ)
    if variant.split("@")[0] == "bare-process":
        return [sys.executable, "-c", BARE_PROGRAM, str(folder)], env
    run_dir.mkdir(parents=True, exist_ok=True)
    env["PRESSDESK_CACHE_DIR"] = str(run_dir / "cache")
    cat = run_dir / "c.sqlite"
    base = [sys.executable, "-m", "pressdesk", "--catalogue", str(cat)]
    base += ["--library", str(run_dir / "library")]
    subprocess.run([*base, "release", "list"], env=env, check=True, capture_output=True)
    return [*base, "photo", "add", str(folder)], env


def run_whole(
    variant: str, folder: Path, run_dir: Path, alts: dict[str, Path] | None = None
) -> dict[str, Any]:
    """Time a whole process (start to exit): wall, CPU of it and its children, peak RSS of
    its largest process, and ``others`` (cores other processes kept busy meanwhile)."""
    cmd, env = whole_command(variant, folder, run_dir)
    if "@" in variant:
        src = (alts or {})[variant.split("@", 1)[1]]
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH")]))
    files = len([p for p in folder.iterdir() if p.suffix == ".jpg"])
    before_busy = _busy_seconds()
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as fout, tempfile.TemporaryFile("w+") as ferr:
        proc = subprocess.Popen(cmd, stdout=fout, stderr=ferr, text=True, env=env)
        _pid, status, usage = os.wait4(proc.pid, 0)  # its CPU, its workers' included
        wall = time.perf_counter() - start
        after_busy = _busy_seconds()
        proc.returncode = os.waitstatus_to_exitcode(status)
        fout.seek(0)
        ferr.seek(0)
        out, err = fout.read(), ferr.read()
    if proc.returncode != 0:
        raise SystemExit(f"{variant} failed:\n{err}")
    if variant.split("@")[0] == "cli" and f"{files} added" not in out:
        raise SystemExit(f"{variant}: unexpected output {out[-300:]!r}")
    own = usage.ru_utime + usage.ru_stime
    res: dict[str, Any] = {
        "variant": variant,
        "files": files,
        "seconds": wall,
        "cpu": own,
        "rss_mb": usage.ru_maxrss / 1024,  # the largest of the process and its workers
        "workers_rss_mb": 0.0,
        "stages": {},
    }
    if before_busy is not None and after_busy is not None:
        res["others"] = max(0.0, (after_busy - before_busy - own) / wall)
    return res


def run_child(
    variant: str,
    folder: Path,
    run_dir: Path,
    alts: dict[str, Path] | None = None,
    *,
    breakdown: bool = False,
    profile: bool = False,
) -> dict[str, Any]:
    """Run a variant in a fresh interpreter (own peak RSS); ``NAME@TAG`` variants import
    pressdesk from ``alts[TAG]``. Adds ``others``: CPU cores kept busy by other processes."""
    if variant.split("@")[0] in WHOLE:
        return run_whole(variant, folder, run_dir, alts)
    cmd = [sys.executable, __file__, "--child", variant, "--folder", str(folder)]
    cmd += ["--run-dir", str(run_dir)]
    cmd += (["--breakdown"] if breakdown else []) + (["--profile"] if profile else [])
    env = dict(os.environ)
    if "@" in variant:
        src = (alts or {})[variant.split("@", 1)[1]]
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH")]))
    before_busy, before_own = _busy_seconds(), resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env)
    wall = time.perf_counter() - start
    after_busy, after_own = _busy_seconds(), resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{variant} failed:\n{proc.stderr}")
    res: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    if before_busy is not None and after_busy is not None:
        own = (after_own.ru_utime + after_own.ru_stime) - (
            before_own.ru_utime + before_own.ru_stime
        )
        res["others"] = max(0.0, (after_busy - before_busy - own) / wall)
    return res


def print_breakdown(
    variants: list[str], folder: Path, scratch: Path, alts: dict[str, Path], keep: bool
) -> None:
    """Per-stage time per file for the bare loop and each ingest variant (in ``processes``
    variants only the committing process's stages: timers cannot reach the workers)."""
    for variant in variants:
        run_dir = scratch / f"breakdown-{variant}"
        res = run_child(variant, folder, run_dir, alts, breakdown=True)
        if not keep:
            shutil.rmtree(run_dir, ignore_errors=True)
        n = res["files"]
        print(f"\nbreakdown, {variant}: {n / res['seconds']:.1f} files/s with timers on")
        print(f"  {'stage (worker stages summed over workers)':<44}{'wall':>8}{'CPU':>8} ms/file")
        for name, total in res["stages"].items():
            if not name.endswith(" [cpu]"):
                cpu = res["stages"].get(f"{name} [cpu]", 0.0)
                print(f"  {name:<44}{1000 * total / n:8.2f}{1000 * cpu / n:8.2f}")
        print(f"  {'whole ingest (wall; CPU of all threads)':<44}", end="")
        print(f"{1000 * res['seconds'] / n:8.2f}{1000 * res['cpu'] / n:8.2f}")


def summarize(variants: list[str], results: dict[str, list[dict[str, Any]]]) -> dict[str, float]:
    """Print the table (median and best files/s, CPU per file, peak RSS) and the ratios.

    Other processes only ever slow a run down, so on a shared machine the best run is the
    better estimate of the unloaded speed; both are shown.
    """
    quiet = {v: [r for r in rs if r.get("others", 0.0) < QUIET] for v, rs in results.items()}
    if all(quiet.values()) and any(len(q) < len(results[v]) for v, q in quiet.items()):
        print(f"\n(only the runs during which other processes used < {QUIET} cores are counted)")
        results = quiet
    rates = {v: [r["files"] / r["seconds"] for r in rs] for v, rs in results.items()}
    medians = {v: statistics.median(rs) for v, rs in rates.items()}
    best = {v: max(rs) for v, rs in rates.items()}
    print(
        f"\n{'variant':<18}{'median':>7}{'best':>7}  {'runs (files/s)':<25}{'CPU/file':>9}"
        f"{'peak RSS':>10}{'workers':>9}{'others':>7}"
    )
    for variant in variants:
        rs = results[variant]
        runs = " ".join(f"{r:.1f}" for r in rates[variant])
        cpu = statistics.median(1000 * r["cpu"] / r["files"] for r in rs)
        rss = max(r["rss_mb"] for r in rs)
        wrss = max(r["workers_rss_mb"] for r in rs)
        wtext = f"{wrss:6.0f} MB" if variant.startswith("processes") else "       -"
        others = statistics.median(r.get("others", 0.0) for r in rs)
        print(
            f"{variant:<18}{medians[variant]:>7.1f}{best[variant]:>7.1f}  {runs:<25}"
            f"{cpu:>6.1f} ms{rss:>7.0f} MB{wtext:>9}{others:>7.2f}"
        )
    print(
        "(files/s; CPU/file = CPU time of all threads and worker processes per file; peak RSS "
        "= VmHWM of the variant's process; others = CPU cores busy with other processes)"
    )
    for bare in ("bare", "bare-process"):
        if bare not in medians:
            continue
        print()
        for variant in variants:
            whole = variant.split("@")[0] in WHOLE
            if variant in ("bare", "bare-process") or whole != (bare in WHOLE):
                continue
            ratio, ratio_best = medians[variant] / medians[bare], best[variant] / best[bare]
            # Each round runs the variants back to back: a ratio within a round sees the
            # same load from other machines, so their median is the steadiest figure.
            bare_by_round = {r.get("round"): r for r in results[bare]}
            pairs = [
                (r["files"] / r["seconds"]) / (b["files"] / b["seconds"])
                for r in results[variant]
                if (b := bare_by_round.get(r.get("round"))) is not None
            ] or [ratio]
            paired = statistics.median(pairs)
            verdict = "meets" if paired >= TARGET else "MISSES"
            print(
                f"ratio {variant}/{bare}: {paired:.2f} median of rounds "
                f"({min(pairs):.2f}-{max(pairs):.2f}); {ratio:.2f} of the medians, "
                f"{ratio_best:.2f} of the best ({verdict} the {TARGET}x target)"
            )
    if "threads" in medians and "processes" in medians:
        faster = max(("threads", "processes"), key=lambda v: medians[v])
        gain = medians[faster] / min(medians["threads"], medians["processes"]) - 1
        print(f"faster worker pool: {faster} (medians differ by {100 * gain:.0f} %)")
    return medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200, help="number of photos (default 200)")
    parser.add_argument(
        "--workdir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "pressdesk-bench-ingest",
        help="where generated photos are cached and runs happen",
    )
    parser.add_argument("--keep", action="store_true", help="keep each run's catalogue")
    parser.add_argument("--rounds", type=int, default=5, help="timed runs per variant")
    parser.add_argument(
        "--variants",
        default=",".join(DEFAULT_VARIANTS),
        help=f"comma-separated, from {', '.join([*WHOLE, *VARIANTS])}; NAME@TAG imports the "
        "--alt TAG",
    )
    parser.add_argument(
        "--alt",
        action="append",
        default=[],
        metavar="TAG=DIR",
        help="another src/ tree (e.g. with a proposed patch) for NAME@TAG variants",
    )
    parser.add_argument("--breakdown", action="store_true", help="per-stage timings too")
    parser.add_argument("--profile", action="store_true", help="cProfile of _store (SQL) too")
    parser.add_argument(
        "--settle",
        type=float,
        default=60.0,
        help=f"seconds to wait before each run for other load to fall below {QUIET} cores",
    )
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--run-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.folder, args.run_dir, args.breakdown, args.profile)
        return

    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    alts = {tag: Path(src).resolve() for tag, _, src in (a.partition("=") for a in args.alt)}
    unknown = [
        v
        for v in variants
        if (v.split("@")[0] not in VARIANTS and v.split("@")[0] not in WHOLE)
        or ("@" in v and v.split("@", 1)[1] not in alts)
    ]
    if unknown:
        parser.error(f"unknown variant(s) (or no --alt for their tag): {', '.join(unknown)}")
    workdir = args.workdir.resolve()
    print(f"photos: {args.n} x {SIZE[0]}x{SIZE[1]} JPEG q{QUALITY} in {workdir}", file=sys.stderr)
    folder = photo_set(workdir, args.n)
    files = sorted(folder.glob("*.jpg"))
    size = warm(files)
    print(
        f"ingest benchmark: {len(files)} photos, {size / len(files) / 1e6:.2f} MB each on "
        f"average; {os.cpu_count()} CPUs; Python {platform.python_version()}, "
        f"Pillow {Image.__version__}; {WORKERS} workers"
        + "".join(f"; @{tag} = {src}" for tag, src in alts.items())
    )
    scratch = workdir / "runs"
    shutil.rmtree(scratch, ignore_errors=True)
    results: dict[str, list[dict[str, Any]]] = {v: [] for v in variants}
    load_start = os.getloadavg()[0]
    for round_ in range(args.rounds):
        shift = round_ % len(variants)
        order = variants[shift:] + variants[:shift]
        for variant in order:
            run_dir = scratch / f"{variant}-{round_}"
            if args.settle > 0:
                settle(QUIET, args.settle)
            res = run_child(variant, folder, run_dir, alts)
            res["round"] = round_
            results[variant].append(res)
            print(
                f"  round {round_ + 1} {variant:<20} {res['files'] / res['seconds']:7.1f} files/s"
                f"  ({res['seconds']:.2f} s; others busy {res.get('others', 0):.2f} cores)",
                file=sys.stderr,
            )
            if not args.keep:
                shutil.rmtree(run_dir, ignore_errors=True)
    medians = summarize(variants, results) if args.rounds > 0 else {}
    if args.rounds > 0:
        print(
            f"load average (1 min) at the start {load_start:.1f}, at the end {os.getloadavg()[0]:.1f}"
        )
    if args.breakdown:
        chosen = [v for v in variants if v.split("@")[0] in ("bare", "threads", "processes")]
        print_breakdown(chosen or ["bare", "threads"], folder, scratch, alts, args.keep)
    if args.profile:
        for variant in [v for v in variants if v.split("@")[0] in ("processes", "threads")]:
            res = run_child(variant, folder, scratch / f"profile-{variant}", alts, profile=True)
            print(f"\ncProfile of _store, {variant} (committing thread only):")
            print("\n".join(res["profile"].strip().splitlines()[:30]))
    if args.json:
        args.json.write_text(json.dumps({"n": len(files), "medians": medians, "runs": results}))
    if not args.keep:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        main()
