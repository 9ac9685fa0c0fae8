"""Ingest benchmark: ``pressdesk photo add FOLDER`` next to a bare loop on the same files.

    python bench/ingest.py [--n 200] [--rounds 5] [--settle 0] [--workdir DIR] [--keep]
                           [--variants bare-process,cli,...] [--alt TAG=SRC_DIR ...]
                           [--breakdown] [--profile] [--no-compile] [--json OUT.json]

Modules: this driver (rounds, the summary and its ratios), ``ingest_photos.py`` (the
generated photos), ``ingest_whole.py`` (the whole-process variants, the default),
``ingest_variants.py`` (the in-process variants and their stage timers).

The default variants are whole processes, each timed from its start to its exit:
``cli`` is ``pressdesk photo add FOLDER`` into an empty catalogue made beforehand
(untimed), ``bare-process`` the bare loop as a program of its own (two threads: read,
SHA-256, draft-mode thumbnail into memory); ``bare-copy-process`` (not a default) the same
loop writing each file's copy while hashing it and flushing the copies once at the end,
what any ingest into a library must do besides; ``workers-process`` (not a default) the
command's own worker pool alone, started as ``photo add`` starts it, with no catalogue:
the ceiling any work on the main process can reach. pressdesk is byte-compiled first, as
an installed copy is (``--no-compile``: not).

It generates ``N`` camera-like JPEGs (3872x2592, about 10 megapixels, quality 90, about 3.7 MB
each: gradients, blotches and sensor-like noise, so they compress like photos) carrying EXIF
(Make, Model, DateTimeOriginal, Orientation), IPTC IIM in a Photoshop APP13 block (caption,
credit, copyright, by-line, keywords, the 1:90 UTF-8 marker, a current IPTC digest) and XMP
(dc:description, dc:subject, dc:creator, photoshop:Credit, Iptc4xmpExt:PersonInImage). They
are cached in ``DIR/pool`` (default ``$TMPDIR/pressdesk-bench-ingest``) so reruns are quick;
``DIR/set-N`` holds hard links to the first ``N``.

After reading every file once (to warm the page cache) it times, in the same run and in a
rotating order, each variant in its own subprocess. The in-process variants (their
imports and catalogue creation not timed):

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
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from ingest_photos import QUALITY, SIZE, photo_set, warm
from ingest_variants import VARIANTS, WORKERS, child
from ingest_whole import _busy_seconds, compile_sources, run_whole, settle
from PIL import Image

TARGET = 0.9
QUIET = 0.3  # cores used by other processes below which a run counts as undisturbed
DEFAULT_VARIANTS = ("bare-process", "cli")
#: Whole-process variants: the wall time of a process from its start to its exit.
WHOLE = ("bare-process", "bare-copy-process", "workers-process", "cli")


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
    floors = ("bare", "bare-process", "bare-copy-process")  # (the last: not the issue's)
    for bare in floors:
        if bare not in medians:
            continue
        print()
        for variant in variants:
            whole = variant.split("@")[0] in WHOLE
            if whole != (bare in WHOLE) or variant in floors[: floors.index(bare) + 1]:
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
            said = f" ({verdict} the {TARGET}x target)" if bare != floors[-1] else ""
            print(
                f"ratio {variant}/{bare}: {paired:.2f} median of rounds "
                f"({min(pairs):.2f}-{max(pairs):.2f}); {ratio:.2f} of the medians, "
                f"{ratio_best:.2f} of the best{said}"
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
    parser.add_argument(
        "--no-compile",
        action="store_true",
        help="do not byte-compile pressdesk first (with PYTHONDONTWRITEBYTECODE set and no "
        "__pycache__, each run then compiles its sources, as the figures before 15:50 on "
        "2026-12-03 did)",
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
    if not args.no_compile:
        compiled = compile_sources(alts)
        print("byte-compiled first (as an installed copy is): " + ", ".join(map(str, compiled)))
    scratch = workdir / f"runs-{os.getpid()}"  # (two runs sharing a workdir keep apart)
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
