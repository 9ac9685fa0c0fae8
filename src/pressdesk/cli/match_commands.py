"""``match``: photos of the catalogue proposed for the empty slots of releases."""

from __future__ import annotations

import argparse
import re
from typing import Any

from pressdesk.cli.context import EXIT_OK, CommandContext, add_json_flag
from pressdesk.core.wording import count
from pressdesk.services.errors import InvalidInputError


def _score(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"'{text}' is not a score between 0 and 1")
    return value


_SLOT_REF = re.compile(r"(\d+):(\d+)(?:=(\d+))?")


def _slot_ref(text: str) -> tuple[int, int, int | None]:
    """``RELEASE:SLOT[=PHOTO]`` (SLOT as ``match`` prints it, 1 for the first) ->
    (release id, position, photo id or None)."""
    m = _SLOT_REF.fullmatch(text.strip())
    if m is None or int(m.group(2)) < 1:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not RELEASE:SLOT or RELEASE:SLOT=PHOTO (ids, and the slot's number "
            "as match prints it, 1 for the first), as in 12:1=345"
        )
    photo = m.group(3)
    return int(m.group(1)), int(m.group(2)) - 1, int(photo) if photo else None


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
        "attached (a photo at most once per release), in one step that 'pressdesk undo' "
        "takes back; --reject and --assign review those picks in the same step.",
    )
    p.add_argument("--release", metavar="ID", help="only this release")
    p.add_argument("--apply", action="store_true", help="attach the proposals that pass")
    p.add_argument(
        "--reject",
        type=_slot_ref,
        action="append",
        default=[],
        metavar="RELEASE:SLOT[=PHOTO]",
        help="with --apply: never attach PHOTO there (the slot's next candidate may be), or "
        "leave the slot empty when no photo is given (repeat)",
    )
    p.add_argument(
        "--assign",
        type=_slot_ref,
        action="append",
        default=[],
        metavar="RELEASE:SLOT=PHOTO",
        help="with --apply: attach PHOTO to that empty slot whatever its score, e.g. "
        "another candidate than the best (repeat); with the others, one undoable step",
    )
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
    # the review is checked before the scoring, which reads every candidate photo
    if (a.reject or a.assign) and not a.apply:
        raise InvalidInputError("--reject and --assign review what --apply attaches: add --apply.")
    assigned = [(rid, pos, pid) for rid, pos, pid in a.assign if pid is not None]
    if len(assigned) != len(a.assign):
        raise InvalidInputError("--assign needs a photo: RELEASE:SLOT=PHOTO, as in 12:1=345.")
    if a.apply:
        match.check_assignments(ctx.catalogue, assigned, a.reject)
    floor = match.LIST_FLOOR if a.min_score is None else a.min_score
    found = match.propose(ctx.catalogue, a.release, floor=floor, progress=ctx.job().progress)
    ctx.end_progress()
    proposals = match.proposals_list(found)
    attached: list[match.Proposal] = []
    if a.apply:
        picks = match.reviewed(
            found,
            match.DEFAULT_MIN_SCORE if a.min_score is None else a.min_score,
            rejected=a.reject,
            assigned=assigned,
        )
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
    if not proposals and not attached:
        ctx.line("No photo in the catalogue seems to belong in an empty slot.")
    if a.apply:
        ctx.line(f"Attached {count(len(attached), 'photo')}.")
    return EXIT_OK
