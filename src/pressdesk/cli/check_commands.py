"""``check``: photo-desk checks, reports, one-click fixes."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pressdesk.cli.context import EXIT_OK, EXIT_PROBLEMS, CommandContext, add_json_flag
from pressdesk.core.wording import count
from pressdesk.services.errors import InvalidInputError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from pressdesk.core.checks.model import CheckReport, Problem

REPORT_KINDS = {".csv": "CSV", ".html": "HTML", ".htm": "HTML"}


def register(sub: Any) -> None:
    """Add ``check`` to the top-level commands."""
    p = sub.add_parser(
        "check",
        help="photo-desk checks: captions, credits, copyright, house list, people",
        description="Check every photo used in a release for a caption, a credit and a "
        "copyright notice; that the credit printed in the release agrees with the photo's; "
        "that the catalogue agrees with what each file embeds; house style and the house "
        "list; IPTC byte limits; people named, shown and taking part. Exit status 1 when an "
        "error is found.",
    )
    p.add_argument("--release", metavar="ID", help="check one release (id or uid)")
    p.add_argument("--report", metavar="FILE", help="also write a report: FILE.csv or FILE.html")
    p.add_argument(
        "--fix", action="store_true", help="apply every one-click fix (one step), then check again"
    )
    add_json_flag(p)
    p.set_defaults(func=cmd_check)


def _report_kind(path: str) -> str:
    kind = REPORT_KINDS.get(Path(path).suffix.lower())
    if kind is None:
        raise InvalidInputError(
            f"Cannot write a report to {path}: give a file ending in .csv or .html."
        )
    folder = Path(path).expanduser().resolve().parent
    if not folder.is_dir():
        raise InvalidInputError(
            f"Cannot write the report {path}: the folder {folder} does not exist."
        )
    return kind


def write_report(path: str, report: CheckReport, source: str) -> Path:
    """Write a CSV or HTML report atomically (a reader never sees half a file)."""
    from pressdesk.core.checks.report import write_csv, write_html

    target = Path(path).expanduser().resolve()
    as_csv = _report_kind(path) == "CSV"
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            if as_csv:
                write_csv(report, fh)
            else:
                write_html(report, fh, source=source)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # an ordinary file, not mkstemp's private one
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InvalidInputError(
            f"Cannot write the report {target} ({exc.strerror or exc})."
        ) from None
    return target


def _summary(report: CheckReport) -> str:
    return _summary_text(
        report.error_count,
        report.warning_count,
        report.fixable_count,
        report.release_id,
        report.releases,
        report.photos,
    )


def _summary_text(
    errors: int, warnings: int, fixable: int, release_id: int | None, releases: int, photos: int
) -> str:
    where = (
        f"release {release_id}"
        if release_id is not None
        else f"{count(releases, 'release')} and {count(photos, 'photo')}"
    )
    text = f"{count(errors, 'error')}, {count(warnings, 'warning')} in {where}."
    if fixable:
        text += f" {fixable:,} can be fixed with 'pressdesk check --fix'."
    return text


def cmd_check(ctx: CommandContext) -> int:
    a = ctx.args
    if a.report:
        _report_kind(a.report)  # bad usage is reported before the work
    elif not a.fix and a.release is None:
        return _stream_check(ctx)
    from pressdesk.services.checks.fix import fix_problems
    from pressdesk.services.checks.run import check_catalogue

    report = check_catalogue(ctx.catalogue, a.release)
    if a.fix and report.fixable_count:
        fixes = report.fixable()
        report.close()
        applied = fix_problems(ctx.catalogue, fixes, actor="cli")
        ctx.warn(
            f"pressdesk: applied {count(len(fixes), 'fix')} "
            f"({count(len(applied.fields), 'change')}); "
            "checking again."
        )
        del fixes, applied
        report = check_catalogue(ctx.catalogue, a.release)
    if a.report:
        target = write_report(a.report, report, ctx.catalogue.location)
        ctx.warn(f"pressdesk: report written to {target}")
    if ctx.json:
        _emit_problems(ctx, report.problems)
    else:
        for p in report.problems:
            ctx.line(f"{p.severity.upper():<8} {p.code:<30} {p.message}")
            if p.suggestion:
                ctx.line(f"{'':<39} → {p.suggestion}")
        ctx.line(_summary(report))
    failed = report.has_errors
    report.close()
    return EXIT_PROBLEMS if failed else EXIT_OK


def _stream_check(ctx: CommandContext) -> int:
    """The whole catalogue, each problem written as the check finds it (in report order;
    a million problems are never held), the summary from the counts kept on the way."""
    from pressdesk.services.checks.run import stream_catalogue

    stream = stream_catalogue(ctx.catalogue)
    if ctx.json:
        _emit_problems(ctx, (placed.problem() for placed in stream))
    else:
        write = ctx.out.write
        for placed in stream:
            finding = placed.finding
            line = f"{finding.severity.upper():<8} {finding.code:<30} {placed.message}\n"
            if finding.suggestion:
                line += f"{'':<39} → {finding.suggestion}\n"
            write(line)
        s = stream
        ctx.line(_summary_text(s.errors, s.warnings, s.fixable, None, s.releases, s.photos))
    return EXIT_PROBLEMS if stream.errors else EXIT_OK


def _emit_problems(ctx: CommandContext, problems: Iterable[Problem]) -> None:
    """``{"problems": [...]}`` as ``emit_json`` writes it, a problem at a time (a whole
    catalogue can have a million)."""
    out = ctx.out
    first = True
    for p in problems:
        out.write('{\n  "problems": [\n' if first else ",\n")
        text = json.dumps(p.to_json(), ensure_ascii=False, indent=2)
        out.write("    " + text.replace("\n", "\n    "))
        first = False
    out.write('{\n  "problems": []\n}\n' if first else "\n  ]\n}\n")
