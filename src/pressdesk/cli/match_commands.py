"""``match``: photos of the catalogue proposed for the empty slots of releases."""

from __future__ import annotations

import argparse
from typing import Any

from pressdesk.cli.context import EXIT_OK, CommandContext, add_json_flag
from pressdesk.core.wording import count


def _score(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"'{text}' is not a score between 0 and 1")
    return value


def register(sub: Any) -> None:
    """Add the top-level ``match`` command."""
    p = sub.add_parser(
        "match",
        help="propose catalogue photos for releases' empty photo slots",
        description="For each empty slot (of one release, or of all), the photos most likely "
        "to belong there, best first, scored 0 to 1 with the reasons: the slot's printed "
        "caption against the photo's own caption and headline, the day taken against the "
        "event date, the people shown against the participants, the credit against the "
        "slot's. With --apply, the best photo of each slot at or above --min-score is "
        "attached (a photo at most once per release), in one step.",
    )
    p.add_argument("--release", metavar="ID", help="only this release")
    p.add_argument("--apply", action="store_true", help="attach the proposals that pass")
    p.add_argument(
        "--min-score",
        type=_score,
        default=None,
        metavar="S",
        help="show and attach only proposals scoring at least S (attaching: default 0.5)",
    )
    add_json_flag(p)
    p.set_defaults(func=cmd_match)


def cmd_match(ctx: CommandContext) -> int:
    from pressdesk.services.photos import match

    a = ctx.args
    floor = match.LIST_FLOOR if a.min_score is None else a.min_score
    found = match.propose(ctx.catalogue, a.release, floor=floor, progress=ctx.job().progress)
    ctx.end_progress()
    proposals = match.proposals_list(found)
    attached: list[match.Proposal] = []
    if a.apply:
        picks = match.chosen(found, match.DEFAULT_MIN_SCORE if a.min_score is None else a.min_score)
        attached = match.attach_proposals(ctx.catalogue, picks, actor="cli").value
    if ctx.json:
        out: dict[str, Any] = {"proposals": [p.to_json() for p in proposals]}
        if a.apply:
            out["attached"] = [p.to_json() for p in attached]
        ctx.emit_json(out)
        return EXIT_OK
    last = None
    for p in proposals:
        if (p.release_id, p.position) != last:
            last = (p.release_id, p.position)
            ctx.line(f"Release {p.release_id}, slot {p.position + 1}:")
        ctx.line(f"  photo {p.photo_id:>7}  {p.score:.2f}  " + "; ".join(p.reasons))
    if not proposals:
        ctx.line("No photo in the catalogue seems to belong in an empty slot.")
    if a.apply:
        ctx.line(f"Attached {count(len(attached), 'photo')}.")
    return EXIT_OK
