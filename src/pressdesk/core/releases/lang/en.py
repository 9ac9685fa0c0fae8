"""English: issuer lines "(Communicated by ...)", and the people and place finders of the
title grammar (``mentions``, ``grammar``, ``lexicon``, ``places``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..models import ParsedPerson
from ..people import find_people as _find_people
from ..places import find_place as _find_place

CODE = "en"
_ISSUER = re.compile(
    r"\(?\s*(?:communicated|contributed)\s+by\s*:?\s+(?:the\s+)?"
    r"(?P<who>[^()\n]{2,150}?)\s*\)?\s*\.?",
    re.I,
)
NAV_WORDS = frozenset(
    """home news events updates press releases release room newsroom media centre center
    gallery galleries photos videos video multimedia live streaming share print back menu
    search related links contact us about sitemap site map subscribe login log in sign
    english hebrew arabic russian français español deutsch skip to content main navigation
    accessibility toggle top policy policies ministry ministries government prime
    minister's office president president's topics more all previous next
    page speeches statements spokesperson's messages briefings documents""".split()
)


def issuer_of(line: str) -> str | None:
    """The issuing office when a line is an issuer line ("(Communicated by the ...)")."""
    if len(line) > 180:
        return None
    m = _ISSUER.fullmatch(line.strip())
    return m.group("who").strip() if m else None


def find_people(
    body: Sequence[str],
    *,
    headline: str | None = None,
    subheadline: str | None = None,
    summary: str | None = None,
    captions: Sequence[str | None] = (),
) -> tuple[ParsedPerson, ...]:
    return _find_people(
        list(body),
        headline=headline,
        subheadline=subheadline,
        summary=summary,
        captions=tuple(captions),
    )


def find_place(
    *,
    headline: str | None,
    subheadline: str | None,
    summary: str | None,
    body: Sequence[str],
) -> tuple[str | None, float]:
    return _find_place(headline=headline, subheadline=subheadline, summary=summary, body=list(body))
