"""Start-up cost of a command, whole process, against a bare Python baseline (run by hand).

    python bench/startup.py [--runs 9] [--catalogue PATH]

Times, as whole processes started one after another in turns (baseline, then each command,
then the baseline again ...), so that the machine's load affects all alike:

- baseline: ``python -c "import sqlalchemy.orm, sqlite3"`` (what any catalogue command needs);
- ``pressdesk release list --json`` on a small catalogue (one release; made if missing);
- ``pressdesk search Peres --json`` on the same catalogue;
- ``pressdesk --help``.

Prints each one's wall-time median and range over the runs, the median (and range) of the
per-run ratios to the baseline of the same run, and the median CPU time (user + system of the
process) with its ratio to the baseline's, which a busy machine disturbs less. Target (issue 15): ``release list`` at most 1.25x the baseline, and
``--help`` without SQLAlchemy at all (checked with ``-X importtime`` below the table).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "tests" / "data" / "releases" / "seed-peres-putin.txt"


CPU: dict[str, list[float]] = {}
LOAD = 0.0


def timed(cmd: list[str], name: str = "") -> float:
    """Wall time of a whole process; its CPU time (user + system) is kept in CPU[name]."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    CPU.setdefault(name, []).append(cpu)
    return wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--catalogue", type=Path)
    args = parser.parse_args()
    global LOAD
    LOAD = os.getloadavg()[0]
    tmp = tempfile.TemporaryDirectory(prefix="pressdesk-startup-")
    cat = args.catalogue or Path(tmp.name) / "small.sqlite"
    py = sys.executable
    tool = [py, "-m", "pressdesk"]
    if not cat.exists():
        subprocess.run(
            [*tool, "--catalogue", str(cat), "release", "import", str(SEED)],
            stdout=subprocess.DEVNULL,
            check=True,
        )
    commands = {
        "baseline": [py, "-c", "import sqlalchemy.orm, sqlite3"],
        "release list": [*tool, "--catalogue", str(cat), "release", "list", "--json"],
        "search": [*tool, "--catalogue", str(cat), "search", "Peres", "--json"],
        "--help": [*tool, "--help"],
    }
    for cmd in commands.values():  # warm the page cache and the .pyc files
        timed(cmd)
    times: dict[str, list[float]] = {name: [] for name in commands}
    ratios: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        base = timed(commands["baseline"], "baseline")
        times["baseline"].append(base)
        for name, cmd in commands.items():
            if name != "baseline":
                t = timed(cmd, name)
                times[name].append(t)
                ratios[name].append(t / base)
    print(f"load average before: {LOAD:.1f}, after: {os.getloadavg()[0]:.1f} ({args.runs} runs)")
    print(
        f"{'command':<15}{'median ms':>10}{'range ms':>14}{'ratio (median, range)':>24}"
        f"{'CPU ms':>8}{'CPU ratio':>10}"
    )
    base_cpu = statistics.median(CPU["baseline"])
    for name, values in times.items():
        r = ratios[name] or [1.0]
        cpu = statistics.median(CPU[name])
        print(
            f"{name:<15}{statistics.median(values) * 1000:>10.0f}"
            f"{f'{min(values) * 1000:.0f}-{max(values) * 1000:.0f}':>14}"
            f"{f'{statistics.median(r):.2f} ({min(r):.2f}-{max(r):.2f})':>24}"
            f"{cpu * 1000:>8.0f}{cpu / base_cpu:>10.2f}"
        )
    out = subprocess.run(
        [py, "-X", "importtime", "-m", "pressdesk", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    heavy = [m for m in ("sqlalchemy", "alembic", "PIL", "PySide6", "exifread") if f" {m}" in out]
    print(f"\n--help imports: {', '.join(heavy) or 'none of sqlalchemy, alembic, PIL, PySide6'}")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
