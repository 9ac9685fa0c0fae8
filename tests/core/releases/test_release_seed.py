"""The client's reference example: the Peres–Putin release of 8 November 2012."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pressdesk.core.releases import ParsedSlot, parse_release_file

SEED = Path(__file__).resolve().parents[2] / "data" / "releases" / "seed-peres-putin.txt"


def test_seed_release_gives_the_briefs_record() -> None:
    r = parse_release_file(SEED)
    assert r.headline == "Pres Peres meets Russian President Putin in Moscow"
    assert r.subheadline == "Peres meets with Russian President Putin in Moscow"
    assert r.summary is not None and r.summary.startswith("They discussed the Iranian threat")
    assert r.issuer == "Office of the President"
    assert r.event_date == dt.date(2012, 11, 8)
    assert r.place == "Moscow"
    assert r.language == "en"
    assert r.photos == (
        ParsedSlot("President Peres meets with Russian President Putin in Moscow", "GPO", "GPO"),
    )
    participants = [(p.name, p.title) for p in r.participants if p.role == "participant"]
    assert participants == [
        ("Shimon Peres", "President"),
        ("Vladimir Putin", "Russian President"),
        ("Sergey Lavrov", "Russian Foreign Minister"),
        ("Sergey Yakovlev", "Russian Ambassador to Israel"),
        ("Dorit Golender", "Israeli Ambassador to Russia"),
    ]
    peres = r.participants[0]
    assert {"Peres", "President Peres"} <= set(peres.aliases)
    # Obama is addressed in a quote near the end: mentioned, not a participant.
    assert [p.name for p in r.participants if p.role == "mentioned"] == ["Obama"]


def test_seed_body_is_clean_paragraphs() -> None:
    body = parse_release_file(SEED).body
    paragraphs = body.split("\n\n")
    assert len(paragraphs) == 7  # the seven paragraphs of the release, nothing else
    assert paragraphs[0].startswith("On Thursday, 8 November 2012, President Shimon Peres")
    for clutter in ("icon_zoom", "•", "Copyright:", "Photo:", "Communicated by"):
        assert clutter not in body
    assert "Russian Deputy Prime Minister" in body
