"""``release list``, ``release show`` and ``search``."""

from __future__ import annotations

import argparse
import textwrap
from typing import TYPE_CHECKING, Any

from pressdesk.cli.context import EXIT_OK, CommandContext, add_json_flag

if TYPE_CHECKING:
    from pressdesk.services.reads.records import ReleaseRecord, ReleaseSummary

# The release list's orders (``services.reads.browse.SORT_COLUMNS``, checked by a test), named here
# so that building the parser loads no SQLAlchemy.
SORT_CHOICES = ("created", "date", "headline", "id", "issuer")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be 1 or more")
    return value


def register_release(sub: Any) -> None:
    """Add ``release list`` and ``release show`` to the ``release`` group."""
    p = sub.add_parser("list", help="list releases, newest first")
    p.add_argument("--limit", type=_positive, default=100, help="how many (default 100)")
    p.add_argument("--offset", type=int, default=0, help="skip this many")
    p.add_argument("--sort", choices=SORT_CHOICES, default="created")
    p.add_argument("--ascending", action="store_true", help="oldest/first-letter first")
    add_json_flag(p)
    p.set_defaults(func=cmd_release_list)

    p = sub.add_parser("show", help="show one release with its photo slots and participants")
    p.add_argument("id", help="release id or uid")
    add_json_flag(p)
    p.set_defaults(func=cmd_release_show)


def register_search(sub: Any) -> None:
    p = sub.add_parser(
        "search",
        help="full-text search over releases, captions, credits and people",
        description='Words must all match; "two words" is a phrase; word* is a prefix; '
        "a OR b matches either; -word (or NOT word) leaves out what contains it: "
        "search Peres -Putin. Releases are found by the captions and credits printed in "
        "them too.",
    )
    p.add_argument("query", nargs="+", help="words to search for")
    p.add_argument("--limit", type=_positive, default=50, help="results per kind (default 50)")
    add_json_flag(p)
    p.set_defaults(func=cmd_search)


def _summary_line(r: ReleaseSummary) -> str:
    date = r.event_date.isoformat() if r.event_date else "----------"
    photos = f"{r.photo_count} photo" + ("" if r.photo_count == 1 else "s")
    return f"{r.id:>6}  {date}  {(r.headline or '(no headline)')[:70]}  [{photos}]"


def cmd_release_list(ctx: CommandContext) -> int:
    from pressdesk.services.reads.browse import list_releases

    a = ctx.args
    rows = list_releases(
        ctx.catalogue, limit=a.limit, offset=a.offset, sort=a.sort, descending=not a.ascending
    )
    if ctx.json:
        ctx.emit_json([r.to_json() for r in rows])
    elif not rows:
        ctx.line("No releases yet. Import some with: pressdesk release import FILE…")
    else:
        for r in rows:
            ctx.line(_summary_line(r))
    return EXIT_OK


def print_release(ctx: CommandContext, r: ReleaseRecord) -> None:
    """Human-readable view of one release."""
    ctx.line(f"Release {r.id}  ({r.uid})")
    for label, value in (
        ("Headline", r.headline),
        ("Subheadline", r.subheadline),
        ("Summary", r.summary),
        ("Issuer", r.issuer),
        ("Date", r.event_date.isoformat() if r.event_date else None),
        ("Place", r.place),
        ("Language", r.language),
    ):
        if value:
            ctx.line(f"{label + ':':<13}{value}")
    for slot in r.photos:
        attached = f"photo {slot.photo_id}" if slot.photo_id else "no file attached"
        ctx.line(f"Photo {slot.position + 1}: {slot.caption or '(no caption)'}")
        ctx.line(
            f"{'':9}credit {slot.credit or '-'}; copyright {slot.copyright or '-'}; {attached}"
        )
    for p in r.participants:
        title = f", {p.title}" if p.title else ""
        ctx.line(f"{'Mentioned' if p.role == 'mentioned' else 'Participant'}: {p.name}{title}")
    if r.body:
        ctx.line()
        for para in r.body.split("\n\n"):
            ctx.line(textwrap.fill(para, 90))
            ctx.line()


def cmd_release_show(ctx: CommandContext) -> int:
    from pressdesk.services.reads.browse import show_release

    record = show_release(ctx.catalogue, ctx.args.id)
    ctx.show(record, print_release)
    return EXIT_OK


def cmd_search(ctx: CommandContext) -> int:
    from pressdesk.services.reads.browse import search

    result = search(ctx.catalogue, " ".join(ctx.args.query), limit=ctx.args.limit)
    if ctx.json:
        ctx.emit_json(result.to_json())
        return EXIT_OK
    if not (result.releases or result.photos or result.people):
        ctx.line("Nothing found.")
        return EXIT_OK
    if result.releases:
        ctx.line(f"Releases ({len(result.releases)}):")
        for r in result.releases:
            ctx.line(_summary_line(r))
    if result.photos:
        ctx.line(f"Photos ({len(result.photos)}):")
        for p in result.photos:
            ctx.line(f"{p.id:>6}  {(p.caption or p.original_name)[:70]}  [{p.credit or '-'}]")
    if result.people:
        ctx.line(f"People ({len(result.people)}):")
        for person in result.people:
            ctx.line(f"{person.id:>6}  {person.name}")
    return EXIT_OK
