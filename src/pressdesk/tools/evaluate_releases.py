"""Evaluate release import against hand-checked expectations.

``python -m pressdesk.tools.evaluate_releases DIR [DIR...]`` imports every release file of
the folders into one temporary catalogue (the real import: parser, people authority,
database) and compares the stored records with each folder's ``expected.json``: per-field
accuracy, per language (from each record's ``"language"``), and every miss. Each release is
scored once, whatever paths name it. ``--first-sight LABEL`` appends the figures as a row of
the "First-sight scores" table of ``bench/README.md`` (or ``--table FILE``). Exit status 1
when a field scores below ``--threshold``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pressdesk.catalogue import open_catalogue
from pressdesk.core.releases.evaluation import (
    FIELDS,
    EvaluationResult,
    evaluate_by_language,
    format_report,
)
from pressdesk.services.reads.records import ReleaseRecord
from pressdesk.services.releases.import_ import collect_release_files, import_release_files

TABLE_TITLE = "## First-sight scores"
TABLE_HEADER = (
    "| batch | date | releases (en/he/ru) | overall | headline | issuer | date | place | "
    "caption | credit | copyright | participants | titles | mentioned | commit |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
)


def record_to_expected(r: ReleaseRecord) -> dict[str, Any]:
    """A stored release in the shape of ``expected.json`` (a person matched to another
    spelling in the authority also answers to that spelling)."""

    def person(p: Any) -> dict[str, Any]:
        name = p.name_in_text or p.name
        return {"name": name, "title": p.title, "also": [p.name] if p.name != name else []}

    return {
        "headline": r.headline,
        "subheadline": r.subheadline,
        "issuer": r.issuer,
        "event_date": r.event_date.isoformat() if r.event_date else None,
        "place": r.place,
        "photos": [
            {"caption": s.caption, "credit": s.credit, "copyright": s.copyright} for s in r.photos
        ],
        "participants": [person(p) for p in r.participants if p.role == "participant"],
        "mentioned_only": [person(p) for p in r.participants if p.role == "mentioned"],
    }


def _expected(folders: Sequence[Path]) -> tuple[dict[str, Any], dict[str, Path]]:
    """Expected records keyed by "folder/file" when several folders are given (by file name
    for one), and the release file each key names."""
    expected: dict[str, Any] = {}
    paths: dict[str, Path] = {}
    seen: set[Path] = set()
    for folder in folders:
        records = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        found, _ = collect_release_files([folder])
        by_name = {f.name: f for f in found}
        for name, rec in records.items():
            path = by_name.get(name)
            if path is None or path.resolve() in seen:
                continue  # each release once, whatever paths name it
            seen.add(path.resolve())
            key = name if len(folders) == 1 else f"{folder.name}/{name}"
            expected[key] = rec
            paths[key] = path
    return expected, paths


def evaluate_dirs(folders: Sequence[Path], extra: Sequence[Path] = ()) -> EvaluationResult:
    """Import the folders' release files into one fresh catalogue and score them."""
    expected, paths = _expected(folders)
    if extra and len(folders) == 1:
        for f in collect_release_files(list(extra))[0]:
            if f.name in expected and f.name not in paths:
                paths[f.name] = f
    keys = list(paths)
    with tempfile.TemporaryDirectory(prefix="pressdesk-eval-") as tmp:
        cat = open_catalogue(Path(tmp) / "eval.sqlite")
        try:
            result = import_release_files(cat, [paths[k] for k in keys])
        finally:
            cat.close()
    by_path = {str(paths[k]): k for k in keys}
    got = {by_path[item.path]: record_to_expected(item.release) for item in result.imported}
    return evaluate_by_language(got, expected, files=keys)


def evaluate_dir(folder: Path, extra: Sequence[Path] = ()) -> EvaluationResult:
    """One folder (and ``extra`` files scored against its expected.json)."""
    return evaluate_dirs([folder], extra)


def _commit() -> str:
    here = Path(__file__).resolve().parent
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=here, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=here,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:
        return "unknown"
    return (head or "unknown") + (" (uncommitted changes)" if dirty else "")


def first_sight_row(label: str, result: EvaluationResult, commit: str) -> str:
    """One row of the first-sight table: the batch's figures at first sight."""
    counts = "/".join(
        str(len(result.by_language[c].files)) if c in result.by_language else "0"
        for c in ("en", "he", "ru")
    )
    cells = [label, dt.date.today().isoformat(), counts, f"{result.overall():.1%}"]
    cells += [f"{result.scores.get(name, 0.0):.1%}" for name in FIELDS]
    cells.append(commit)
    return "| " + " | ".join(cells) + " |"


def append_first_sight(table: Path, row: str) -> None:
    """Append ``row`` to the "First-sight scores" table of ``table`` (made if missing)."""
    text = table.read_text(encoding="utf-8") if table.exists() else ""
    if TABLE_TITLE not in text:
        text = text.rstrip("\n") + f"\n\n{TABLE_TITLE}\n\n{TABLE_HEADER}\n"
    lines = text.split("\n")
    start = lines.index(TABLE_TITLE)
    end = start + 1
    while end < len(lines) and not lines[end].startswith("|"):
        end += 1
    while end < len(lines) and lines[end].startswith("|"):
        end += 1
    lines.insert(end, row)
    table.write_text("\n".join(lines), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pressdesk.tools.evaluate_releases",
        description="Import folders of releases and score them against their expected.json.",
    )
    parser.add_argument(
        "folders", type=Path, nargs="+", metavar="DIR", help="folders with expected.json"
    )
    parser.add_argument(
        "--extra",
        type=Path,
        action="append",
        default=[],
        help="further release files scored against the (one) folder's expected.json",
    )
    parser.add_argument(
        "--threshold", type=float, default=0.95, help="lowest acceptable score per field"
    )
    parser.add_argument(
        "--first-sight",
        metavar="LABEL",
        help="append the scores as a row (batch LABEL) of the first-sight table",
    )
    parser.add_argument(
        "--table",
        type=Path,
        default=Path("bench/README.md"),
        help="file holding the first-sight table (default bench/README.md)",
    )
    args = parser.parse_args(argv)
    for folder in args.folders:
        if not (folder / "expected.json").is_file():
            sys.stderr.write(f"evaluate_releases: {folder / 'expected.json'} does not exist.\n")
            return 2
    result = evaluate_dirs(args.folders, args.extra)
    print(format_report(result))
    if args.first_sight:
        row = first_sight_row(args.first_sight, result, _commit())
        append_first_sight(args.table, row)
        print(f"\nFirst-sight row added to {args.table}:\n{row}")
    low = result.below(args.threshold)
    if low:
        print("\nBelow the threshold: " + ", ".join(f"{k} {v:.1%}" for k, v in low.items()))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
