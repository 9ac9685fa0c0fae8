"""Whole runs of ``bench/search.py`` on two source trees, alternating, and their medians.

    python bench/search_runs.py CATALOGUE --baseline /path/to/old/checkout [--runs 4]
        [--repeat 20] [--json OUT.json] [--extra "more search.py options"]
        [--baseline-catalogue OTHER]

Each run is a fresh process of ``search.py --json`` (raw queries and breakdowns left out)
with ``PYTHONPATH`` set to one tree's ``src`` (``--baseline``, and ``--candidate``, by
default this checkout); the order alternates (baseline first, then candidate first, ...) so
that the machine's load hits both alike. For every query (the searches with their records,
the release list, every keystroke typed) it prints the median over the runs of its p50 and
p95, with their range, the median of its CPU p95 (the process and its PostgreSQL server),
how many queries have a median p95 under 50 ms, and the load average before each run.
``--baseline-catalogue`` gives the baseline a catalogue of its own (the same rows at the
older schema, when the candidate's migrations changed it: a copy of the file, or a database
created from the other as its template).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TARGET_MS = 50.0


def one_run(catalogue: str, tree: Path, repeat: int, extra: list[str]) -> dict[str, Any]:
    """One process of search.py on ``tree``'s sources; its JSON results."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "run.json"
        env = {**os.environ, "PYTHONPATH": str(tree / "src")}
        cmd = [sys.executable, str(HERE / "search.py"), catalogue, "--repeat", str(repeat)]
        cmd += ["--no-raw", "--no-breakdown", "--json", str(out), *extra]
        subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
        doc: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    doc["load_before"] = os.getloadavg()
    return doc


def timings(doc: dict[str, Any]) -> dict[str, dict[str, float]]:
    """p50/p95 of every query of a run, by label (the whole step: with the records)."""
    out = {}
    for r in doc["results"]:
        ms = r.get("with_records_ms") or r.get("ms")
        if ms:
            cpu = r.get("with_records_cpu_ms") or {}
            out[r["label"]] = {"p50": ms["p50"], "p95": ms["p95"], "cpu_p95": cpu.get("p95")}
    return out


def summary(runs: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per label: the median and range over the runs of p50 and p95."""
    per_run = [timings(doc) for doc in runs]
    out: dict[str, dict[str, Any]] = {}
    for label in per_run[0]:
        p50 = [t[label]["p50"] for t in per_run if label in t]
        p95 = [t[label]["p95"] for t in per_run if label in t]
        cpu = [t[label]["cpu_p95"] for t in per_run if t.get(label, {}).get("cpu_p95")]
        out[label] = {
            "p50": statistics.median(p50),
            "p95": statistics.median(p95),
            "p95_range": (min(p95), max(p95)),
            "cpu_p95": statistics.median(cpu) if cpu else None,
        }
    return out


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("catalogue", help="a SQLite catalogue file or a SQLAlchemy URL")
    ap.add_argument("--baseline", type=Path, required=True, help="checkout to compare with")
    ap.add_argument("--candidate", type=Path, default=HERE.parent, help="checkout measured")
    ap.add_argument("--runs", type=int, default=4, help="runs of each (alternating)")
    ap.add_argument("--repeat", type=int, default=20, help="timed runs per query in a run")
    ap.add_argument("--json", type=Path, help="write the runs and the medians here")
    ap.add_argument("--extra", default="", help="more options for search.py, as one string")
    ap.add_argument("--baseline-catalogue", help="the baseline's own catalogue (older schema)")
    args = ap.parse_args(argv)
    catalogues = {"baseline": args.baseline_catalogue or args.catalogue}
    catalogues["candidate"] = args.catalogue
    trees = {"baseline": args.baseline.resolve(), "candidate": args.candidate.resolve()}
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
    for n in range(args.runs):
        order = list(trees) if n % 2 == 0 else list(reversed(trees))
        for name in order:
            load = "/".join(f"{x:.1f}" for x in os.getloadavg())
            print(f"run {n + 1}/{args.runs} {name} (load {load})", flush=True)
            extra = shlex.split(args.extra)
            runs[name].append(one_run(catalogues[name], trees[name], args.repeat, extra))
            if args.json:  # (what is done so far, should the session end)
                args.json.write_text(json.dumps({"runs": runs}, ensure_ascii=False), "utf-8")
    medians = {name: summary(docs) for name, docs in runs.items()}
    labels = list(medians["candidate"])
    print(
        f"\nmedian over {args.runs} runs of each query's p50 / p95 ms (p95 range) [CPU p95], "
        "whole step:"
    )
    print(f"{'query':<34} {'baseline':>38} {'candidate':>38}")
    for label in labels:
        cells = []
        for name in trees:
            m = medians[name].get(label)
            if not m:
                cells.append("-")
                continue
            lo, hi = m["p95_range"]
            cpu = f" [{m['cpu_p95']:.1f}]" if m.get("cpu_p95") else ""
            cells.append(f"{m['p50']:6.1f} / {m['p95']:6.1f} ({lo:.0f}-{hi:.0f}){cpu}")
        print(f"{label:<34} {cells[0]:>38} {cells[1]:>38}")
    for name in trees:
        under = sum(m["p95"] < TARGET_MS for m in medians[name].values())
        loads = [f"{doc['load_before'][0]:.1f}" for doc in runs[name]]
        print(
            f"{name}: {under}/{len(medians[name])} under {TARGET_MS:g} ms (median p95); "
            f"load before its runs {', '.join(loads)}"
        )
    if args.json:
        doc = {"trees": {k: str(v) for k, v in trees.items()}, "runs": runs, "medians": medians}
        args.json.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
