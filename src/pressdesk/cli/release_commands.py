"""``release import``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pressdesk.cli.context import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, CommandContext, add_json_flag
from pressdesk.core.wording import count


def register(sub: Any) -> None:
    """Add ``release import`` to the ``release`` group."""
    p = sub.add_parser(
        "import",
        help="import release files (.txt, .html; folders recursively)",
        description="Import the text of press releases. Each file becomes a release with its "
        "photo slots (captions, credits) and participants. Importing the same text again "
        "changes nothing; values you corrected are never overwritten.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="release files or folders")
    add_json_flag(p)
    p.set_defaults(func=cmd_release_import)


def cmd_release_import(ctx: CommandContext) -> int:
    from pressdesk.services.releases.import_ import import_release_files

    paths = [Path(p).expanduser() for p in ctx.args.paths]
    result = import_release_files(ctx.catalogue, paths, ctx=ctx.job())
    for err in result.errors:
        ctx.warn(f"pressdesk: {err.error}")
    if ctx.json:
        ctx.emit_json(
            [{**i.release.to_json(), "confidence": i.confidence} for i in result.imported]
        )
    else:
        for item in result.imported:
            r = item.release
            if item.created:
                state = "imported"
            elif item.changed_fields:
                state = "updated " + ", ".join(item.changed_fields)
            else:
                state = "unchanged"
            people = count(len(r.participants), "person")
            if item.new_people:
                people += f" ({len(item.new_people)} new)"
            ctx.line(
                f"{r.id:>6}  {state:<10} {(r.headline or '(no headline)')[:60]}  "
                f"[{count(len(r.photos), 'photo slot')}, {people}]  {item.path}"
            )
    if result.errors:
        return EXIT_PROBLEMS if result.imported else EXIT_USAGE
    return EXIT_OK
