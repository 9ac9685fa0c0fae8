"""Dump everything a whole-catalogue check reports, to compare two revisions of the checks.

    python bench/check_same.py CATALOGUE OUT.jsonl          # this checkout
    PYTHONPATH=/path/to/other/src python bench/check_same.py CATALOGUE OTHER.jsonl
    cmp OUT.jsonl OTHER.jsonl

Writes, one JSON value a line: every problem of ``check_catalogue`` (the store the problems
panel reads), in report order; the counts by severity, rule and release; the problem counts
of ``problem_counts(cat, None)`` (the list's "with problems" filter) and of every release
checked on its own in pages of 500 (the list's column); the releases and photos looked at.
The command line's own output (``pressdesk check`` and ``--json``) is compared with ``cmp``.
"""

from __future__ import annotations

import json
import sys

from sqlalchemy import select

from pressdesk.catalogue import open_catalogue
from pressdesk.catalogue.models import Release
from pressdesk.services.checks.run import check_catalogue, problem_counts


def main(argv: list[str]) -> int:
    """Command-line entry point."""
    if len(argv) != 2:
        print(__doc__)
        return 2
    cat = open_catalogue(argv[0])
    with open(argv[1], "w", encoding="utf-8") as out:

        def put(value: object) -> None:
            out.write(json.dumps(value, ensure_ascii=False, sort_keys=True) + "\n")

        report = check_catalogue(cat)
        try:
            for p in report.problems:
                put(p.to_json())
            put({"releases": report.releases, "photos": report.photos})
            put({"severity": report.tally("severity"), "by_code": report.by_code()})
            put({"per_release": sorted(report.per_release().items())})
            put({"fixable": report.fixable_count})
        finally:
            report.close()
        put({"with_problems": sorted(problem_counts(cat, None).items())})
        with cat.read() as s:
            ids = list(s.scalars(select(Release.id).order_by(Release.id)))
        put({"column": sorted(problem_counts(cat, ids).items())})
    cat.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
