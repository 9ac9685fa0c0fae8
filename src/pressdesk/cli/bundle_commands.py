"""``export`` and ``bundle verify|import``: offline review bundles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pressdesk.cli.context import EXIT_OK, EXIT_PROBLEMS, CommandContext, add_json_flag
from pressdesk.core.wording import count, printable


def register(sub: Any) -> None:
    """Add the top-level ``export`` and ``bundle`` commands."""
    p = sub.add_parser(
        "export",
        help="write releases with their photos as a review bundle",
        description="Write a review bundle: a BagIt bag (folder, or zip with --zip) holding an "
        "offline index.html, catalogue.json and copies of the photos whose IPTC/XMP carry "
        "the catalogue's captions and credits. The bundle appears only when complete.",
    )
    p.add_argument("ids", nargs="+", metavar="ID", help="release ids or uids")
    p.add_argument("--out", required=True, metavar="PATH", help="the bundle folder or zip file")
    p.add_argument("--zip", action="store_true", help="write one zip file instead of a folder")
    add_json_flag(p)
    p.set_defaults(func=cmd_export)

    b = sub.add_parser("bundle", help="verify or import a review bundle")
    bsub = b.add_subparsers(dest="bundle_command", metavar="ACTION")  # parser class: b's
    bsub.required = True
    v = bsub.add_parser(
        "verify",
        help="check that a bundle is complete and unchanged",
        description="Re-hash every file of a bundle (folder or zip) against its manifests; "
        "list missing, changed and extra files. Exit status 1 when it is damaged.",
    )
    v.add_argument("path", metavar="PATH", help="bundle folder or zip file")
    add_json_flag(v)
    v.set_defaults(func=cmd_verify_bundle)
    i = bsub.add_parser(
        "import",
        help="add a bundle's releases, photos and people to this catalogue",
        description="Verify a bundle, then merge its records by uid: new records are added, "
        "changed ones updated (a person's corrections are kept), identical ones skipped.",
    )
    i.add_argument("path", metavar="PATH", help="bundle folder or zip file")
    add_json_flag(i)
    i.set_defaults(func=cmd_import_bundle)


def cmd_export(ctx: CommandContext) -> int:
    from pressdesk.services.bundles.export import export_bundle

    result = export_bundle(
        ctx.catalogue,
        ctx.args.ids,
        Path(ctx.args.out),
        as_zip=ctx.args.zip,
        ctx=ctx.job(),
    )
    ctx.end_progress()
    for warning in result.warnings:
        ctx.warn(f"pressdesk: {warning.message}")
    if ctx.json:
        ctx.emit_json(result.to_json())
    else:
        ctx.line(
            f"Wrote {result.path}: {count(result.releases, 'release')}, "
            f"{count(result.photos, 'photo')}, {count(result.bytes, 'byte')}."
        )
    return EXIT_OK


def cmd_verify_bundle(ctx: CommandContext) -> int:
    from pressdesk.services.bundles.verify import verify_bundle

    result = verify_bundle(Path(ctx.args.path), ctx=ctx.job())
    ctx.end_progress()
    if ctx.json:
        ctx.emit_json(result.to_json())
    else:
        _print_damage(ctx, result)
        if result.valid:
            ctx.line(
                f"{result.path} is complete and unchanged: {count(result.files, 'file')}, "
                f"{count(result.bytes, 'byte')}."
            )
    return EXIT_OK if result.valid else EXIT_PROBLEMS


def _print_damage(ctx: CommandContext, result: Any) -> None:
    for label, paths in (
        ("MISSING", result.missing),
        ("CHANGED", result.changed),
        ("EXTRA", result.extra),
    ):
        for path in paths:
            ctx.line(f"{label:<8} {printable(str(path))}")
    for problem in result.problems:
        ctx.line(f"PROBLEM  {printable(str(problem))}")
    if not result.valid:
        ctx.line(f"{printable(str(result.path))} is damaged.")


def cmd_import_bundle(ctx: CommandContext) -> int:
    from pressdesk.services.bundles.import_ import BundleDamagedError, import_bundle

    try:
        result = import_bundle(ctx.catalogue, Path(ctx.args.path), ctx=ctx.job())
    except BundleDamagedError as exc:
        ctx.end_progress()
        if ctx.json:
            ctx.emit_json(exc.check.to_json())
        else:
            _print_damage(ctx, exc.check)
        ctx.warn(f"pressdesk: {exc}")
        return EXIT_PROBLEMS
    ctx.end_progress()
    for other in result.unfinished:
        ctx.warn(f"pressdesk: {other.message()}.")
    if ctx.json:
        ctx.emit_json(result.to_json())
        return EXIT_OK
    if result.resumed is not None:
        ctx.line(
            f"Finished the import of {result.path}, which had stopped after "
            f"{count(result.resumed, 'record')}."
        )
    for label, entries in (
        ("added", result.added),
        ("updated", result.updated),
        ("skipped", result.skipped),
    ):
        for e in entries:
            extra = f"  ({', '.join(e.fields)})" if label == "updated" else ""
            kept = f"  kept local edits: {', '.join(e.kept)}" if e.kept else ""
            ctx.line(f"{label:<8} {e.kind:<7} {e.id:>6}  {printable(e.name)}{extra}{kept}")
    ctx.line(
        f"{len(result.added)} added, {len(result.updated)} updated, "
        f"{len(result.skipped)} unchanged."
    )
    return EXIT_OK
