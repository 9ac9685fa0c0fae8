"""``history release ID`` and ``history photo ID``."""

from __future__ import annotations

import json
from typing import Any

from pressdesk.cli.context import EXIT_OK, CommandContext, add_json_flag


def register(sub: Any) -> None:
    """Add the top-level ``history`` command."""
    p = sub.add_parser(
        "history",
        help="the change history of a release or photo",
        description="Every change of a release's or photo's fields, newest first: when, "
        "from what to what, and where the new value came from (text, file, preset, template, "
        "person, bundle, fix, release or user).",
    )
    p.add_argument("kind", choices=("release", "photo"), help="what to show the history of")
    p.add_argument("id", help="its id or uid")
    p.add_argument(
        "--revert",
        metavar="FIELD",
        help="put FIELD back to the value it had before its newest change (refused when it "
        "was changed again since); prints the record",
    )
    add_json_flag(p)
    p.set_defaults(func=cmd_history)


def _short(value: Any, limit: int = 60) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        value = "; ".join(value)
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def cmd_history(ctx: CommandContext) -> int:
    from pressdesk.services.reads.history import history

    if ctx.args.revert:
        return _revert(ctx)
    entries = history(ctx.catalogue, ctx.args.kind, ctx.args.id)
    if ctx.json:
        ctx.emit_json([e.to_json() for e in entries])
        return EXIT_OK
    if not entries:
        ctx.line(f"No changes recorded for {ctx.args.kind} {ctx.args.id}.")
    for e in entries:
        limit = 240 if e.field == "participants" else 60  # who was added or removed, whole
        ctx.line(
            f"{e.at:%Y-%m-%d %H:%M}  {e.field:<22} {e.source:<8} "
            f"{_short(e.readable(e.old), limit)}  →  {_short(e.readable(e.new), limit)}"
        )
    return EXIT_OK


def _revert(ctx: CommandContext) -> int:
    from pressdesk.cli.browse_commands import print_release
    from pressdesk.cli.photo_commands import print_photo
    from pressdesk.services.reads.history import newest_change
    from pressdesk.services.revert import revert_change

    a = ctx.args
    change = newest_change(ctx.catalogue, a.kind, a.id, a.revert)
    record = revert_change(ctx.catalogue, change, actor="cli").value
    if isinstance(record, list):  # a list field of a photo: one photo, edited in a batch
        record = record[0]
    ctx.show(record, print_photo if a.kind == "photo" else print_release)
    return EXIT_OK
