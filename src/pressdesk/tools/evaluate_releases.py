"""Evaluate release import against hand-checked expectations.

``python -m pressdesk.tools.evaluate_releases DIR`` imports every release file of DIR into a
temporary catalogue (the real import: parser, people authority, database) and compares the
stored records with ``DIR/expected.json``: per-field accuracy and every miss. Exit status 1
when a field scores below ``--threshold``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pressdesk.catalogue import open_catalogue
from pressdesk.core.releases.evaluation import EvaluationResult, evaluate, format_report
from pressdesk.services.records import ReleaseRecord
from pressdesk.services.release_import import collect_release_files, import_release_files


def record_to_expected(r: ReleaseRecord) -> dict[str, Any]:
    """A stored release in the shape of ``expected.json``."""
    return {
        "headline": r.headline,
        "subheadline": r.subheadline,
        "issuer": r.issuer,
        "event_date": r.event_date.isoformat() if r.event_date else None,
        "place": r.place,
        "photos": [
            {"caption": s.caption, "credit": s.credit, "copyright": s.copyright} for s in r.photos
        ],
        "participants": [
            {"name": p.name_in_text or p.name, "title": p.title}
            for p in r.participants
            if p.role == "participant"
        ],
        "mentioned_only": [
            p.name_in_text or p.name for p in r.participants if p.role == "mentioned"
        ],
    }


def evaluate_dir(folder: Path, extra: Sequence[Path] = ()) -> EvaluationResult:
    """Import DIR's release files (and ``extra`` files) into a fresh catalogue and score them."""
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    found, _ = collect_release_files([folder, *extra])
    files: list[Path] = []
    for f in found:  # each release once, whatever paths name it (a name is its key)
        if f.name in expected and f.name not in {g.name for g in files}:
            files.append(f)
    with tempfile.TemporaryDirectory(prefix="pressdesk-eval-") as tmp:
        cat = open_catalogue(Path(tmp) / "eval.sqlite")
        try:
            result = import_release_files(cat, files)
        finally:
            cat.close()
    got = {Path(item.path).name: record_to_expected(item.release) for item in result.imported}
    return evaluate(got, expected, files=[f.name for f in files])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pressdesk.tools.evaluate_releases",
        description="Import a folder of releases and score it against its expected.json.",
    )
    parser.add_argument("folder", type=Path, help="folder with release files and expected.json")
    parser.add_argument(
        "--extra",
        type=Path,
        action="append",
        default=[],
        help="further release files scored against the same expected.json",
    )
    parser.add_argument(
        "--threshold",
        type=float,
        default=0.95,
        help="lowest acceptable score per field (default 0.95)",
    )
    args = parser.parse_args(argv)
    if not (args.folder / "expected.json").is_file():
        sys.stderr.write(f"evaluate_releases: {args.folder / 'expected.json'} does not exist.\n")
        return 2
    result = evaluate_dir(args.folder, args.extra)
    print(format_report(result))
    low = result.below(args.threshold)
    if low:
        print("\nBelow the threshold: " + ", ".join(f"{k} {v:.1%}" for k, v in low.items()))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
