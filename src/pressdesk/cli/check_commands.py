"""``check`` (photo-desk checks, reports, one-click fixes) and ``house`` (house list and
credit presets)."""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from pressdesk.cli.context import EXIT_OK, EXIT_PROBLEMS, CommandContext, add_json_flag
from pressdesk.core.checks.model import CheckReport
from pressdesk.core.checks.report import report_csv, report_html
from pressdesk.core.wording import count
from pressdesk.services.checks.fix import fix_problems
from pressdesk.services.checks.run import check_catalogue
from pressdesk.services.errors import InvalidInputError
from pressdesk.services.house import lists as house
from pressdesk.services.house.presets import apply_preset

REPORT_KINDS = {".csv": "CSV", ".html": "HTML", ".htm": "HTML"}


def register(sub: Any) -> None:
    """Add ``check`` and ``house`` to the top-level commands."""
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

    h = sub.add_parser("house", help="the house list (agencies, photographers) and credit presets")
    hsub = h.add_subparsers(dest="house_command", metavar="ACTION", parser_class=type(h))
    hsub.required = True
    a = hsub.add_parser("list", help="list agencies and photographers with their variants")
    add_json_flag(a)
    a.set_defaults(func=cmd_house_list)
    a = hsub.add_parser("add", help="add an agency or photographer")
    a.add_argument("name", help="canonical credit form, e.g. 'GPO' or 'Amos Ben Gershom'")
    a.add_argument("--photographer", action="store_true", help="a photographer, not an agency")
    a.add_argument("--copyright", metavar="TEXT", help="copyright notice its photos must carry")
    a.add_argument("--variant", metavar="TEXT", action="append", default=[], help="(repeat)")
    add_json_flag(a)
    a.set_defaults(func=cmd_house_add)
    a = hsub.add_parser("variant", help="add another written form of an entry")
    a.add_argument("name", help="the entry (any of its forms, or its id)")
    a.add_argument("variant", help="the other form, e.g. 'Government Press Office'")
    add_json_flag(a)
    a.set_defaults(func=cmd_house_variant)
    a = hsub.add_parser("remove", help="remove an entry (with its variants) or one variant")
    a.add_argument("name", help="the entry or variant")
    a.add_argument("--variant", action="store_true", help="remove only this written form")
    a.set_defaults(func=cmd_house_remove)
    a = hsub.add_parser("presets", help="list credit presets")
    add_json_flag(a)
    a.set_defaults(func=cmd_presets)
    a = hsub.add_parser("preset", help="create or change a credit preset")
    a.add_argument("name")
    for name in ("credit", "copyright", "source"):
        a.add_argument(f"--{name}", metavar="TEXT", help=f"the {name} it applies ('' clears)")
    a.add_argument("--remove", action="store_true", help="delete the preset")
    add_json_flag(a)
    a.set_defaults(func=cmd_preset)
    a = hsub.add_parser("apply", help="apply a credit preset to photos (one step)")
    a.add_argument("preset", help="preset name or id")
    a.add_argument("photos", nargs="+", metavar="PHOTO_ID")
    add_json_flag(a)
    a.set_defaults(func=cmd_apply)


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
    target = Path(path).expanduser().resolve()
    text = report_csv(report) if _report_kind(path) == "CSV" else report_html(report, source=source)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
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
    counts = Counter(p.severity for p in report.problems)
    errors, warnings = counts.get("error", 0), counts.get("warning", 0)
    where = (
        f"release {report.release_id}"
        if report.release_id is not None
        else f"{count(report.releases, 'release')} and {count(report.photos, 'photo')}"
    )
    text = f"{count(errors, 'error')}, {count(warnings, 'warning')} in {where}."
    fixable = len(report.fixable())
    if fixable:
        text += f" {fixable:,} can be fixed with 'pressdesk check --fix'."
    return text


def cmd_check(ctx: CommandContext) -> int:
    a = ctx.args
    if a.report:
        _report_kind(a.report)  # bad usage is reported before the work
    report = check_catalogue(ctx.catalogue, a.release)
    if a.fix and report.fixable():
        applied = fix_problems(ctx.catalogue, report.fixable(), actor="cli")
        ctx.warn(
            f"pressdesk: applied {count(len(report.fixable()), 'fix')} "
            f"({count(len(applied.changes), 'change')}); "
            "checking again."
        )
        report = check_catalogue(ctx.catalogue, a.release)
    if a.report:
        target = write_report(a.report, report, ctx.catalogue.location)
        ctx.warn(f"pressdesk: report written to {target}")
    if ctx.json:
        ctx.emit_json(report.to_json())
    else:
        for p in report.problems:
            ctx.line(f"{p.severity.upper():<8} {p.code:<30} {p.message}")
            if p.suggestion:
                ctx.line(f"{'':<39} → {p.suggestion}")
        ctx.line(_summary(report))
    return EXIT_PROBLEMS if report.has_errors else EXIT_OK


def _print_agency(ctx: CommandContext, r: house.AgencyRecord) -> None:
    rule = f"  (copyright: {r.required_copyright})" if r.required_copyright else ""
    ctx.line(f"{r.id:>4}  {r.kind:<12} {r.canonical}{rule}")
    if r.variants:
        ctx.line(f"{'':<19}also: {'; '.join(r.variants)}")


def cmd_house_list(ctx: CommandContext) -> int:
    rows = house.list_house(ctx.catalogue)
    if ctx.json:
        ctx.emit_json([r.to_json() for r in rows])
    else:
        for r in rows:
            _print_agency(ctx, r)
    return EXIT_OK


def _emit_agency(ctx: CommandContext, record: house.AgencyRecord) -> int:
    if ctx.json:
        ctx.emit_json(record.to_json())
    else:
        _print_agency(ctx, record)
    return EXIT_OK


def cmd_house_add(ctx: CommandContext) -> int:
    a = ctx.args
    record = house.add_agency(
        ctx.catalogue,
        a.name,
        kind="photographer" if a.photographer else "agency",
        required_copyright=a.copyright,
        variants=a.variant,
    )
    return _emit_agency(ctx, record)


def cmd_house_variant(ctx: CommandContext) -> int:
    return _emit_agency(ctx, house.add_variant(ctx.catalogue, ctx.args.name, ctx.args.variant))


def cmd_house_remove(ctx: CommandContext) -> int:
    if ctx.args.variant:
        record = house.remove_variant(ctx.catalogue, ctx.args.name)
        ctx.line(f"Removed '{ctx.args.name}' from {record.canonical}.")
    else:
        house.remove_agency(ctx.catalogue, ctx.args.name)
        ctx.line(f"Removed '{ctx.args.name}' from the house list.")
    return EXIT_OK


def _print_preset(ctx: CommandContext, p: house.PresetRecord) -> None:
    values = ", ".join(
        f"{k} {v!r}"
        for k, v in (("credit", p.credit), ("copyright", p.copyright), ("source", p.source))
        if v
    )
    ctx.line(f"{p.id:>4}  {p.name:<28} {values}")


def cmd_presets(ctx: CommandContext) -> int:
    rows = house.list_presets(ctx.catalogue)
    if ctx.json:
        ctx.emit_json([p.to_json() for p in rows])
    else:
        for p in rows:
            _print_preset(ctx, p)
    return EXIT_OK


def cmd_preset(ctx: CommandContext) -> int:
    a = ctx.args
    values = {"credit": a.credit, "copyright": a.copyright, "source": a.source}
    if a.remove:
        house.remove_preset(ctx.catalogue, a.name)
        ctx.line(f"Removed the preset '{a.name}'.")
        return EXIT_OK
    existing = {p.name.casefold() for p in house.list_presets(ctx.catalogue)}
    if a.name.strip().casefold() in existing:
        record = house.update_preset(ctx.catalogue, a.name, **values)
    else:
        record = house.add_preset(ctx.catalogue, a.name, **values)
    if ctx.json:
        ctx.emit_json(record.to_json())
    else:
        _print_preset(ctx, record)
    return EXIT_OK


def cmd_apply(ctx: CommandContext) -> int:
    a = ctx.args
    applied = apply_preset(ctx.catalogue, a.preset, a.photos, actor="cli")
    if ctx.json:
        ctx.emit_json(applied.to_json())
    else:
        photos = len(applied.changed.photos)
        ctx.line(
            f"Applied '{a.preset}': {count(len(applied.changes), 'change')} to "
            f"{count(photos, 'photo')}."
        )
    return EXIT_OK
