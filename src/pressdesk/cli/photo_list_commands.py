"""``photo list``: every photo in the catalogue, filtered."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from pressdesk.cli.context import EXIT_OK, CommandContext, add_json_flag


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date; write it as YYYY-MM-DD"
        ) from None


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number")
    return int(text)


def register(photo_sub: Any) -> None:
    """Add ``photo list`` to the ``photo`` group."""
    p = photo_sub.add_parser(
        "list",
        help="list photos, filtered",
        description="Every photo in the catalogue, newest first (best match first with "
        "--text), including photos in no release. Filters combine (all must hold); --credit, "
        "--photographer and --person match part of the value, case aside.",
    )
    p.add_argument("--unattached", action="store_true", help="only photos in no release")
    p.add_argument("--release", metavar="ID", help="only photos of this release")
    p.add_argument("--credit", metavar="T", help="credit line contains T")
    p.add_argument("--photographer", metavar="T", help="a creator contains T")
    p.add_argument("--person", metavar="T", help="a person shown whose name contains T")
    p.add_argument("--keyword", metavar="W", help="has keyword W")
    p.add_argument("--from", dest="date_from", type=_date, metavar="D", help="taken on or after")
    p.add_argument("--to", dest="date_to", type=_date, metavar="D", help="taken on or before")
    p.add_argument(
        "--problems", action="store_true", help="only photos lacking caption, credit or copyright"
    )
    p.add_argument("--text", metavar="Q", help="full-text query (as for 'search')")
    p.add_argument("--limit", type=_count, default=100, metavar="N", help="at most N (100)")
    p.add_argument("--offset", type=_count, default=0, metavar="N", help="skip the first N")
    add_json_flag(p)
    p.set_defaults(func=cmd_photo_list)


def cmd_photo_list(ctx: CommandContext) -> int:
    from pressdesk.services.reads.photos import PhotoFilter, list_photos

    a = ctx.args
    flt = PhotoFilter(
        unattached=a.unattached,
        release=a.release,
        credit=a.credit,
        photographer=a.photographer,
        person=a.person,
        keyword=a.keyword,
        date_from=a.date_from,
        date_to=a.date_to,
        problems=a.problems,
        text=a.text,
    )
    photos = list_photos(ctx.catalogue, flt, limit=a.limit, offset=a.offset)
    if ctx.json:
        ctx.emit_json([p.to_json() for p in photos])
        return EXIT_OK
    for p in photos:
        where = ", ".join(map(str, p.releases)) or "no release"
        ctx.line(
            f"{p.id:>7}  {(p.taken_at or '')[:10]:<10}  {(p.credit or '—')[:24]:<24}  "
            f"{' '.join((p.caption or p.original_name).split())[:60]}  [{where}]"
        )
    if not photos:
        ctx.line("No photos match." if a.offset == 0 else "No more photos.")
    return EXIT_OK
