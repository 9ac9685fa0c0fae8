"""English visits: the country or city a release's visit goes to ("to visit India", "his
visit to Laos", "India visit", "a visit to Tel Aviv"), read by ``places.find_place``; an
invitation or a past visit ("returned from a visit to X") is not the reported one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import visits

__all__ = ["visited_city", "visited_country"]


# A visit abroad: "to visit India", "departs for the US", "his visit to Laos", "India visit".
# ("visited" and "the visiting X" are left out: an earlier visit, a guest's epithet.)
_VISIT_TO = re.compile(
    r"\b(?:visit|visits|trip|tour|journey|travel(?:s|led|ed|ling|ing)?|"
    r"(?:depart(?:s|ed|ing)?|leav(?:e|es|ing)|left|head(?:s|ed)?|set(?:s)?\s+off)\s+for|"
    r"arriv(?:e|es|ed|ing)\s+in|fl(?:y|ies|ew)\s+to)\s+(?:to\s+|in\s+)?(?:the\s+)?"
    r"([A-Z][\w.]*(?:\s+(?:[A-Z][\w.]*|of|and|the)){0,4})(?![’']s)"
)
_INVITED = re.compile(r"\binvit(?:e|es|ed|ing|ation)\b", re.IGNORECASE)
_PAST_VISIT = re.compile(
    r"\b(?:from|after|following|since|previous|last|earlier|recent)\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)
_COUNTRY_VISIT = re.compile(r"\b([A-Z][\w.]+)\s+(?:(?:state|official|working)\s+)?visit\b")


def visited_country(texts: Sequence[str | None]) -> str | None:
    """The ISO code of the country of the first visit in ``texts`` ("to visit India" -> IN),
    or None (also when the first visit names a known city: "a visit to Tel Aviv" says
    where). An invitation or a past visit ("returned from a visit to X") is skipped."""
    kind, name = _first_visit(texts)
    return name if kind == "country" else None


def visited_city(texts: Sequence[str | None]) -> str | None:
    """The known city the first visit in ``texts`` names ("on a visit to Tel Aviv"), or None."""
    kind, name = _first_visit(texts)
    return name if kind == "city" else None


def _first_visit(texts: Sequence[str | None]) -> tuple[str | None, str | None]:
    """The first visit's ("country", ISO code) or ("city", name), or (None, None)."""
    for text in texts:
        found = sorted(
            (m.start(), m.group(1))
            for rx in (_VISIT_TO, _COUNTRY_VISIT)
            for m in rx.finditer(text or "")
        )
        for start, phrase in found:
            before = (text or "")[max(0, start - 60) : start]
            if _INVITED.search(before) or _PAST_VISIT.search(before):
                continue  # "invited ... to visit X", "returned from a visit to X": not this one
            words = phrase.split()
            for size in range(len(words), 0, -1):
                name = " ".join(words[:size])
                if size == len(words) and name.endswith(".") and name.count(".") == 1:
                    name = name[:-1]  # "a visit to Pakistan.": the sentence's full stop
                code = visits.country_code(name)
                if code is not None:
                    return "country", code
                if visits.city_country(name) is not None:
                    return "city", name  # "a visit to Tel Aviv": the city says where
    return None, None
