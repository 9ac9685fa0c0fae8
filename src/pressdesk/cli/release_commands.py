"""``release import`` and ``release set``."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pressdesk.cli.context import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, CommandContext, add_json_flag
from pressdesk.core.templates import codes_in
from pressdesk.core.wording import count, printable
from pressdesk.services.errors import InvalidInputError


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
                f"[{count(len(r.photos), 'photo slot')}, {people}]  {printable(str(item.path))}"
            )
    if result.errors:
        return EXIT_PROBLEMS if result.imported else EXIT_USAGE
    return EXIT_OK


class _PersonArg(argparse.Action):
    """``--participant NAME[=TITLE]`` and ``--mentioned NAME`` into one ordered list."""

    def __call__(self, parser: Any, namespace: Any, value: Any, option: Any = None) -> None:
        people = list(getattr(namespace, "people", None) or [])
        name, _, title = str(value).partition("=")
        if not name.strip():
            parser.error(f"{option} needs a name, as in {option} 'Shimon Peres=President'")
        role = "mentioned" if option == "--mentioned" else "participant"
        people.append((name.strip(), title.strip() or None, role))
        namespace.people = people


SET_FIELDS = {
    "headline": "headline",
    "subheadline": "subheadline",
    "summary": "summary",
    "issuer": "issuer",
    "date": "event_date",
    "place": "place",
}


def register_set(sub: Any) -> None:
    """Add ``release set`` to the ``release`` group."""
    p = sub.add_parser(
        "set",
        help="edit a release's fields and people",
        description="Change fields of a release (values you set are never overwritten by a "
        "re-import). Giving --participant or --mentioned replaces the release's people with "
        "those given, in that order. \\code\\ expands to a person's current title and name.",
    )
    p.add_argument("id", help="release id or uid")
    for flag, name in SET_FIELDS.items():
        meta = "YYYY-MM-DD" if flag == "date" else "TEXT"
        p.add_argument(f"--{flag}", dest=name, metavar=meta, help=f"set the {flag} ('' clears)")
    p.add_argument(
        "--participant",
        action=_PersonArg,
        metavar="NAME[=TITLE]",
        help="a person who took part, with the title used in this release (repeat)",
    )
    p.add_argument("--mentioned", action=_PersonArg, metavar="NAME", help="a person mentioned")
    add_json_flag(p)
    p.set_defaults(func=cmd_release_set, people=None)


def cmd_release_set(ctx: CommandContext) -> int:
    from pressdesk.cli.browse_commands import print_release
    from pressdesk.services.releases.edit import ParticipantInput, set_release

    a = ctx.args
    fields = {n: getattr(a, n) for n in SET_FIELDS.values() if getattr(a, n) is not None}
    if not fields and a.people is None:
        raise InvalidInputError("Nothing to set: give a field such as --headline or --participant.")
    people = None if a.people is None else [ParticipantInput(*p) for p in a.people]
    record = set_release(ctx.catalogue, a.id, fields, people, actor="cli").value
    warn_unknown_codes(ctx, f"release {record.id}", record.to_json(), fields)
    ctx.show(record, print_release)
    return EXIT_OK


def warn_unknown_codes(
    ctx: CommandContext, record: str, obj: dict[str, Any], given: Mapping[str, Any]
) -> None:
    """Say which ``\\code\\`` in the values this command saved names nobody (they stay as
    typed), naming the record and the field; the fields not given are not looked at. For a
    mapping (captions by language) only the keys given count."""
    from pressdesk.services.reads.history import field_value

    for name, value in given.items():
        saved = field_value(obj, name)  # a location's parts stand under "location"
        if isinstance(value, Mapping) and isinstance(saved, Mapping):
            texts = [saved.get(k) for k in value]
        else:
            texts = saved if isinstance(saved, list) else [saved]
        codes = dict.fromkeys(c for t in texts if isinstance(t, str) for c in codes_in(t))
        for code in codes:
            ctx.warn(
                f"pressdesk: no person has the code \\{code}\\ in {record}'s {name} (left as "
                "typed); 'pressdesk people code ID CODE' gives one."
            )
