"""The ingest benchmark's whole-process variants: ``pressdesk photo add FOLDER`` and the bare
loop as a program of its own, each timed from its start to its exit (wall, CPU of it and its
workers, peak memory), and the measure of how busy other processes keep the machine."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from ingest_photos import CHUNK
from ingest_variants import THUMB, THUMB_QUALITY, WORKERS


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

# The bare loop that also copies each file, as the library must: read it once, hash it and
# write the copy in the same pass (the way ``PhotoLibrary.stage`` does), thumbnail the copy,
# and flush the copies' file system once at the end (``syncfs``, as each ingest batch
# does). Not the baseline: it shows how much of the gap to the bare loop is the copy.
BARE_COPY_PROGRAM = f"""
import ctypes, hashlib, io, os, sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from PIL import Image

out = Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)

def one(path):
    digest = hashlib.sha256()
    copy = out / path.name
    with path.open("rb", buffering=0) as fin, copy.open("wb", buffering=0) as fout:
        while block := fin.read({CHUNK}):
            digest.update(block)
            fout.write(block)
    with Image.open(copy) as im:
        im.draft("RGB", ({THUMB}, {THUMB}))
        im.thumbnail(({THUMB}, {THUMB}), Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        im.convert("RGB").save(buffer, "JPEG", quality={THUMB_QUALITY})
    return digest.hexdigest()

files = sorted(p for p in Path(sys.argv[1]).iterdir() if p.suffix == ".jpg")
with ThreadPoolExecutor(max_workers={WORKERS}) as pool:
    print(len(list(pool.map(one, files))))
fd = os.open(out, os.O_RDONLY)
ctypes.CDLL(None, use_errno=True).syncfs(fd)
os.close(fd)
"""


# The command's own file work and nothing else: ``photo add``'s worker pool started as the
# command starts it (``head_start``: copy and hash into the library, metadata, thumbnail
# file), every answer read, the staged copies swept; no catalogue, no SQLAlchemy, no
# commits. Not the baseline: the ceiling any work on the main process (its imports,
# its SQL) can reach, because the workers' part stays.
WORKERS_PROGRAM = """
import sys
from pathlib import Path
from pressdesk.services.photos.head_start import head_start
head = head_start([Path(sys.argv[1])], Path(sys.argv[2]))
n = sum(1 for outcome in head.pool.results() if outcome.error is None and not outcome.crashed)
head.close()
print(n)
"""


def whole_command(variant: str, folder: Path, run_dir: Path) -> tuple[list[str], dict[str, str]]:
    """The command line of a whole-process variant, and its environment. ``cli`` is what a
    user runs, ``pressdesk photo add FOLDER``, into a catalogue made beforehand (untimed)."""
    env = dict(os.environ)
    if variant.split("@")[0] == "bare-process":
        return [sys.executable, "-c", BARE_PROGRAM, str(folder)], env
    if variant.split("@")[0] == "bare-copy-process":
        return [sys.executable, "-c", BARE_COPY_PROGRAM, str(folder), str(run_dir / "copies")], env
    run_dir.mkdir(parents=True, exist_ok=True)
    env["PRESSDESK_CACHE_DIR"] = str(run_dir / "cache")
    if variant.split("@")[0] == "workers-process":
        return [sys.executable, "-c", WORKERS_PROGRAM, str(folder), str(run_dir / "library")], env
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


def compile_sources(alts: dict[str, Path]) -> list[Path]:
    """Byte-compile the pressdesk packages the runs import (the installed one and each
    ``--alt`` tree), as installing a wheel does: otherwise, with ``PYTHONDONTWRITEBYTECODE``
    set (as on the shared machine) and no ``__pycache__`` in a source tree, every ``cli``
    run compiles pressdesk's modules again (about 0.15-0.2 s of CPU), a cost no installed
    copy pays. Returns the package folders compiled."""
    spec = importlib.util.find_spec("pressdesk")
    roots = [Path(p) for p in (spec.submodule_search_locations or [])] if spec else []
    roots += [src / "pressdesk" for src in alts.values() if (src / "pressdesk").is_dir()]
    for root in roots:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(root)], check=True)
    return roots
