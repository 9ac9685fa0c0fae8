"""``undo``: take back the last change made to the catalogue (from the app or here)."""

from __future__ import annotations

from typing import Any

from pressdesk.cli.context import EXIT_OK, CommandContext, add_json_flag


def register(sub: Any) -> None:
    """Add ``undo`` to the top-level commands."""
    p = sub.add_parser(
        "undo",
        help="undo the last change made to this catalogue",
        description="Undo the last change made to this catalogue, by anyone, from the app or "
        "the command line: an edit, a preset, a fix. Refused, with nothing changed, when "
        "that change cannot be undone (an import) or when its fields were changed again "
        "since.",
    )
    add_json_flag(p)
    p.set_defaults(func=cmd_undo)


def cmd_undo(ctx: CommandContext) -> int:
    from pressdesk.services.undo.apply import undo_last

    result = undo_last(ctx.catalogue, actor="cli")
    step = result.value
    if ctx.json:
        ctx.emit_json({"undone": step.to_json(), "changes": result.changes.to_json()})
    else:
        touched = ", ".join(
            f"{what} {', '.join(map(str, sorted(ids)))}"
            for what, ids in (
                ("release", result.changes.releases),
                ("photo", result.changes.photos),
            )
            if ids
        )
        ctx.line(
            f"Undone: {step.label} ({touched}), made {step.at:%Y-%m-%d %H:%M} UTC by {step.actor}."
        )
    return EXIT_OK
