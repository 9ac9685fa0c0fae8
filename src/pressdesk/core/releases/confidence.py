"""How sure the parser is of each value it read: 0 (a guess, or nothing found) to 1."""

from __future__ import annotations

from collections.abc import Sequence

from .layout import Layout
from .models import ParsedSlot


def field_confidence(
    layout: Layout,
    photos: Sequence[ParsedSlot],
    date_confidence: float,
    place: str | None,
    place_confidence: float,
) -> dict[str, float]:
    """Per-field confidence of one parsed release (keys as in ``release import --json``)."""
    out: dict[str, float] = {}
    if layout.headline is None:
        out["headline"] = 0.0
    else:
        words = len(layout.headline.split())
        out["headline"] = 0.9 if 3 <= words <= 25 else 0.6
    out["subheadline"] = 0.7 if layout.subheadline else 0.0
    out["summary"] = 0.7 if layout.summary else 0.0
    out["issuer"] = 0.95 if layout.issuer else 0.0
    out["event_date"] = round(date_confidence, 2)
    out["place"] = round(place_confidence, 2) if place else 0.0
    for n, slot in enumerate(photos):
        score = 0.9
        if slot.credit is None:
            score = 0.4
        elif slot.caption is None:
            score = 0.7
        out[f"photos[{n}]"] = score
    return out
