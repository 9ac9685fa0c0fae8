"""Photo-desk check benchmark: the full check next to a plain scan of the photo table.

    python bench/check.py CATALOGUE.sqlite [--photos 100000] [--repeat 3] [--breakdown]
    python bench/check.py --url postgresql+psycopg://USER@HOST/DB [...]

A SQLite file that does not exist is first generated with ``bench/make_catalogue.py``
(``--photos`` photos, one release per five photos); an existing one is reused. A server
database must already be filled (``make_catalogue.py --url``). In one run, warm (after one
untimed pass), it times:

* ``plain scan``: every column of every photo row streamed through SQLAlchemy Core, doing
  nothing with it (the floor any pass over the photos pays);
* ``raw scan``: the same rows through the database driver alone;
* ``full check``: ``check_catalogue(cat)``, every rule over the whole catalogue;
* ``one release``: ``check_catalogue(cat, id)`` for releases spread over the catalogue;
* ``list column``: ``problem_counts`` for a page of 50 releases (the release list).

``--breakdown`` also times each of the check's queries/passes on its own.

``--whole`` (the figures the README quotes) instead times whole processes, in turns over
``--repeat`` rounds (at least 5; ``--only`` picks the processes): ``plain`` (a program that
opens the catalogue and streams every photo row through SQLAlchemy Core, the floor),
``check`` (``pressdesk check``, its lines to /dev/null) and ``app`` (the problems panel
offscreen, running a whole-catalogue check as the window does until it shows its first
pages: the time to the first page), and with ``--against`` the same ``check`` and ``app``
run from another source tree. For each: wall median and range, the median of the per-round
ratios to ``plain``, and peak memory (the largest RSS of the process and its children, from
``wait4``).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from pressdesk.catalogue import Catalogue, open_catalogue
from pressdesk.catalogue.models import Photo, Release
from pressdesk.core.checks.rules import Rules
from pressdesk.services.checks import run as checks
from pressdesk.services.checks import sql as checks_sql
from pressdesk.services.checks.passes import Passes, load_people
from pressdesk.services.house.lists import load_house_list


def timed(fn: Callable[[], Any], repeat: int) -> tuple[list[float], Any]:
    """Seconds of ``repeat`` runs after one warm-up run, and the last result."""
    result = fn()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - started)
    return samples, result


def plain_scan(cat: Catalogue) -> int:
    """Stream every column of every photo row, doing nothing with them."""
    n = 0
    with cat.read() as s:
        for _row in checks_sql.stream(s, select(Photo.__table__)):
            n += 1
    return n


def raw_scan(cat: Catalogue) -> int:
    """Every column of every photo row through the database driver alone (no SQLAlchemy
    type processing): the floor of any pass over the photos in Python."""
    n = 0
    with cat.read() as s:
        result = s.connection().exec_driver_sql("SELECT * FROM photo")
        while rows := result.fetchmany(5000):
            n += len(rows)
    return n


def breakdown(cat: Catalogue) -> dict[str, float]:
    """Time each pass of a full check on its own, then all of them merged in report order."""
    out: dict[str, float] = {}
    gc.disable()  # as run_checks does
    with cat.read() as s:
        started = time.perf_counter()
        house = load_house_list(s)
        people = load_people(s, None)
        out["load house list + people"] = time.perf_counter() - started
        for name in ("slots", "photo_pass", "details", "credit_variants"):
            run = Passes(s, None, Rules(house), people)
            started = time.perf_counter()
            for _item in getattr(run, name)():
                pass
            out[name] = time.perf_counter() - started
        run = Passes(s, None, Rules(house), people)
        started = time.perf_counter()
        for _placed in run.in_order():
            pass
        out["all passes, merged in order"] = time.perf_counter() - started
    gc.enable()
    return out


PLAIN_PROGRAM = """
import sys
from sqlalchemy import select
from pressdesk.catalogue import open_catalogue
from pressdesk.catalogue.models import Photo
from pressdesk.services.checks import sql
cat = open_catalogue(sys.argv[1])
with cat.read() as s:
    print(sum(1 for _row in sql.stream(s, select(Photo.__table__))))
"""

APP_PROGRAM = """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
app = QApplication([])
from pressdesk.app.jobs import JobRunner
from pressdesk.services.reads.desk import check
from pressdesk.app.problems_panel import ProblemsPanel
from pressdesk.catalogue import open_catalogue
cat = open_catalogue(sys.argv[1])
jobs = JobRunner()
panel = ProblemsPanel(None, jobs)
panel.resize(900, 400)
panel.show()
panel.filtered.connect(app.quit)
failed = []
jobs.run(check, cat, None, on_done=panel.show_report, on_error=lambda e, tb: (failed.append(tb), app.quit()))
app.exec()
if failed:
    sys.exit(failed[0])
print(sum(len(items) for _rule, items in panel.model.groups), "problems shown")
jobs.shutdown()
"""


def whole(
    cmd: list[str], ok: tuple[int, ...] = (0, 1), env: dict[str, str] | None = None
) -> tuple[float, float, float]:
    """Wall seconds of a whole process, the peak RSS (MB) of it and its children and their
    CPU seconds (``ok``: the exit codes that mean it worked; 1 for a check that found
    errors; ``env``: extra environment variables)."""
    started = time.perf_counter()
    with open(os.devnull, "w") as sink:
        proc = subprocess.Popen(
            cmd, stdout=sink, stderr=subprocess.DEVNULL, env={**os.environ, **(env or {})}
        )
        _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in ok:
        raise SystemExit(f"{cmd[:4]} failed with {status}")
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def run_whole(
    target: str,
    repeat: int,
    against: Path | None = None,
    app: bool = True,
    only: set[str] | None = None,
) -> None:
    """The whole-process comparison (see the module docstring); ``only``: the processes to
    time (``plain`` always)."""
    py = sys.executable
    tool = [py, "-m", "pressdesk", "--catalogue", target, "check"]
    commands = {
        "plain": [py, "-c", PLAIN_PROGRAM, target],
        "check": tool,
    }
    envs: dict[str, dict[str, str]] = {}
    if against is not None:  # the same command with another revision's source tree
        commands["check-against"] = tool
        envs["check-against"] = {"PYTHONPATH": str(against.resolve())}
    if app:
        commands["app"] = [py, "-c", APP_PROGRAM, target]
        if against is not None:
            commands["app-against"] = commands["app"]
            envs["app-against"] = envs["check-against"]
    if only:
        commands = {k: v for k, v in commands.items() if k == "plain" or k in only}
    times: dict[str, list[float]] = {k: [] for k in commands}
    peaks: dict[str, list[float]] = {k: [] for k in commands}
    ratios: dict[str, list[float]] = {k: [] for k in commands}
    cpu: dict[str, list[float]] = {k: [] for k in commands}
    print(f"load average {os.getloadavg()[0]:.1f}; {repeat} rounds, in turns")
    for round_ in range(repeat):
        names = list(commands)
        names = names[round_ % len(names) :] + names[: round_ % len(names)]
        print(f"round {round_ + 1}, load average {os.getloadavg()[0]:.1f}", flush=True)
        for name in names:
            ok = (0, 1) if name.startswith("check") else (0,)
            seconds, peak, used = whole(commands[name], ok, envs.get(name))
            times[name].append(seconds)
            peaks[name].append(peak)
            cpu[name].append(used)
            print(
                f"  round {round_ + 1} {name:<14} {seconds:7.1f} s  CPU {used:6.1f} s "
                f"{peak:6.0f} MB",
                flush=True,
            )
        for name in commands:
            ratios[name].append(times[name][-1] / times["plain"][-1])
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    print(
        f"{'process':<14}{'median s':>9}{'range s':>14}{'x plain (median, range)':>26}"
        f"{'CPU s':>8}{'CPU x plain':>12}{'peak MB':>9}"
    )
    base_cpu = statistics.median(cpu["plain"])
    for name in commands:
        t, r, c = times[name], ratios[name], statistics.median(cpu[name])
        print(
            f"{name:<14}{statistics.median(t):>9.1f}{f'{min(t):.1f}-{max(t):.1f}':>14}"
            f"{f'{statistics.median(r):.2f} ({min(r):.2f}-{max(r):.2f})':>26}"
            f"{c:>8.1f}{c / base_cpu:>12.2f}{max(peaks[name]):>9.0f}"
        )


def line(label: str, samples: list[float], extra: str = "") -> None:
    best, med = min(samples), statistics.median(samples)
    print(f"  {label:<22} best {best * 1000:9.1f} ms   median {med * 1000:9.1f} ms  {extra}")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("catalogue", nargs="?", type=Path, help="SQLite catalogue (made if missing)")
    ap.add_argument("--url", help="a filled server catalogue instead")
    ap.add_argument("--photos", type=int, default=100_000, help="photos when generating")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--breakdown", action="store_true", help="time each pass of the check")
    ap.add_argument("--whole", action="store_true", help="whole processes, in turns (README)")
    ap.add_argument(
        "--against",
        type=Path,
        help="with --whole: also time 'check' (and the app) run from this source folder "
        "(another revision's src/, e.g. from 'git archive REV src | tar -x -C DIR', then DIR/src)",
    )
    ap.add_argument(
        "--only",
        help="with --whole: the processes to time besides plain, comma-separated "
        "(check, check-against, app, app-against)",
    )
    ap.add_argument("--no-app", action="store_true", help="with --whole: leave out the app")
    args = ap.parse_args(argv)
    if (args.catalogue is None) == (args.url is None):
        ap.error("give either CATALOGUE.sqlite or --url")
    target: str | Path = args.url or args.catalogue
    if args.catalogue is not None and not args.catalogue.exists():
        import make_catalogue  # bench/ is on sys.path when this script runs

        photos = args.photos
        code = make_catalogue.main(
            [
                str(args.catalogue),
                "--photos",
                str(photos),
                "--releases",
                str(max(1, photos // 5)),
                "--people",
                str(max(100, photos // 50)),
            ]
        )
        if code:
            return code
    if args.whole:
        only = set(args.only.split(",")) if args.only else None
        run_whole(str(target), max(5, args.repeat), args.against, not args.no_app, only)
        return 0
    cat = open_catalogue(target)
    try:
        with cat.read() as s:
            n_photos = s.scalar(select(func.count()).select_from(Photo)) or 0
            n_releases = s.scalar(select(func.count()).select_from(Release)) or 0
            release_ids = list(s.scalars(select(Release.id).order_by(Release.id)))
        print(f"{cat.location}: {n_photos:,} photos, {n_releases:,} releases")
        scan, rows = timed(lambda: plain_scan(cat), args.repeat)
        raw, _n = timed(lambda: raw_scan(cat), args.repeat)
        full, report = timed(lambda: checks.check_catalogue(cat), args.repeat)
        step = max(1, len(release_ids) // 20)
        sample = release_ids[::step][:20]
        single, _r = timed(lambda: [checks.check_catalogue(cat, rid) for rid in sample], 1)
        page = release_ids[-50:]
        counts, _c = timed(lambda: checks.problem_counts(cat, page), args.repeat)
        print(f"timings (warm, {args.repeat} runs):")
        line("plain scan of photo", scan, f"({rows:,} rows, SQLAlchemy Core, typed)")
        line("raw scan of photo", raw, "(the driver alone)")
        line(
            "full check",
            full,
            f"({len(report.problems):,} problems, "
            f"{report.error_count:,} errors; {min(full) / min(scan):.1f}x the plain scan)",
        )
        line("one release (mean)", [single[0] / len(sample)], f"(over {len(sample)} releases)")
        line("list column, 50", counts, "(problem_counts for a page of releases)")
        print("problems by rule:")
        for code, n in report.by_code().items():
            print(f"  {code:<32} {n:>10,}")
        if args.breakdown:
            print("full check, pass by pass:")
            for name, seconds in breakdown(cat).items():
                print(f"  {name:<28} {seconds * 1000:9.1f} ms")
    finally:
        cat.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
