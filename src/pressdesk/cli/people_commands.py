"""``people list|show|merge|alias|code``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pressdesk.cli.context import EXIT_OK, CommandContext, add_json_flag
from pressdesk.core.wording import count

if TYPE_CHECKING:
    from pressdesk.services.reads.records import PersonRecord


def register(top_sub: Any, parser_class: Any) -> None:
    """Add the ``people`` group."""
    people = top_sub.add_parser("people", help="list, show, merge and edit people")
    sub = people.add_subparsers(dest="people_command", metavar="ACTION", parser_class=parser_class)
    sub.required = True

    p = sub.add_parser("list", help="list people (by sort name, or matching --query)")
    p.add_argument("--query", metavar="Q", help="words of a name or alias")
    p.add_argument("--limit", type=int, default=200, help="at most this many (default 200)")
    add_json_flag(p)
    p.set_defaults(func=cmd_people_list)

    p = sub.add_parser("show", help="show one person")
    p.add_argument("id", help="person id or uid")
    add_json_flag(p)
    p.set_defaults(func=cmd_people_show)

    p = sub.add_parser(
        "merge",
        help="merge duplicates into the first person",
        description="The others' names become aliases; their titles, releases, photos and "
        "code move to KEEP_ID, and they are removed.",
    )
    p.add_argument("keep", metavar="KEEP_ID", help="the person to keep (id or uid)")
    p.add_argument(
        "others", nargs="+", metavar="OTHER_ID", help="duplicates to merge into it (ids or uids)"
    )
    add_json_flag(p)
    p.set_defaults(func=cmd_people_merge)

    p = sub.add_parser("alias", help="add names under which a person is found")
    p.add_argument("id", help="person id or uid")
    p.add_argument("names", nargs="+", metavar="NAME", help="alias to add")
    add_json_flag(p)
    p.set_defaults(func=cmd_people_alias)

    p = sub.add_parser(
        "code",
        help="set a person's code for code replacements",
        description="With code bn, writing \\bn\\ in any field of 'photo set', 'release set' "
        "or the app expands to the person's current title and name. '' removes the code.",
    )
    p.add_argument("id", help="person id or uid")
    p.add_argument("code", help="letters or digits, e.g. bn")
    add_json_flag(p)
    p.set_defaults(func=cmd_people_code)


def print_person(ctx: CommandContext, p: PersonRecord) -> None:
    """Human-readable view of one person."""
    ctx.line(f"Person {p.id}  ({p.uid})  {p.name}")
    ctx.line(f"{'Sort name:':<13}{p.sort_name}")
    if p.code:
        ctx.line(f"{'Code:':<13}\\{p.code}\\  →  {p.label}")
    if p.aliases:
        ctx.line(f"{'Aliases:':<13}{'; '.join(p.aliases)}")
    for title, first, last in p.title_dates:
        seen = " – ".join(str(d) for d in (first, last) if d) if (first or last) else ""
        ctx.line(f"{'Title:':<13}{title}" + (f"  ({seen})" if seen else ""))
    ctx.line(f"{'Releases:':<13}{p.releases}")


def _person_id(ctx: CommandContext, ref: str) -> int:
    """A person's id from an id or uid (refused, naming it, when there is no such person)."""
    from pressdesk.services.people.codes import show_person

    if ref.strip().isdigit():  # the merge itself names a missing id
        return int(ref)
    return show_person(ctx.catalogue, ref).id


def cmd_people_list(ctx: CommandContext) -> int:
    from pressdesk.services.people.admin import find_people

    people = find_people(ctx.catalogue, ctx.args.query or "", limit=ctx.args.limit)
    if ctx.json:
        ctx.emit_json([p.to_json() for p in people])
        return EXIT_OK
    for p in people:
        title = f"  ({p.label[: -len(p.name)].strip()})" if p.label != p.name else ""
        code = f"  \\{p.code}\\" if p.code else ""
        ctx.line(f"{p.id:>6}  {p.name}{title}{code}  [{count(p.releases, 'release')}]")
    if not people:
        ctx.line("No people match." if ctx.args.query else "No people yet.")
    return EXIT_OK


def cmd_people_show(ctx: CommandContext) -> int:
    from pressdesk.services.people.codes import show_person

    ctx.show(show_person(ctx.catalogue, ctx.args.id), print_person)
    return EXIT_OK


def cmd_people_merge(ctx: CommandContext) -> int:
    from pressdesk.services.people.admin import merge_people

    others = [_person_id(ctx, o) for o in ctx.args.others]
    keep = _person_id(ctx, ctx.args.keep)
    record = merge_people(ctx.catalogue, keep, others, actor="cli").value
    ctx.show(record, print_person)
    return EXIT_OK


def cmd_people_alias(ctx: CommandContext) -> int:
    from pressdesk.services.people.codes import add_aliases

    ctx.show(add_aliases(ctx.catalogue, ctx.args.id, ctx.args.names, actor="cli"), print_person)
    return EXIT_OK


def cmd_people_code(ctx: CommandContext) -> int:
    from pressdesk.services.people.codes import set_code

    ctx.show(set_code(ctx.catalogue, ctx.args.id, ctx.args.code, actor="cli"), print_person)
    return EXIT_OK
