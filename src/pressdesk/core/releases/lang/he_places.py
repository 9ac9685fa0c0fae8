"""Hebrew places: the city of the event in its base form ("בירושלים" -> "ירושלים"), a venue,
none for a trip to several cities (read by ``he.find_place``)."""

from __future__ import annotations

from collections.abc import Sequence

from .. import gazetteer
from .common import dateline_city
from .he import CODE, words

VENUES = ("בית הנשיא", "משכן הנשיא", "הכנסת", "לשכת ראש הממשלה", "משרד ראש הממשלה", "משרד החוץ",
          "משרד הביטחון", "יד ושם", "הר הרצל", "הכותל המערבי", "הבית הלבן",
          "הקרמלין", "ארמון האליזה", 'נתב"ג', "נמל התעופה בן גוריון")  # fmt: skip


def find_place(
    *,
    headline: str | None,
    subheadline: str | None,
    summary: str | None,
    body: Sequence[str],
    datelines: Sequence[str] = (),
    captions: Sequence[str | None] = (),
) -> tuple[str | None, float]:
    """The city of the event in its base form ("בירושלים" -> "ירושלים"), else a venue; None
    for a trip to several cities ("בברלין, וינה ופריז"). The dateline's city, then the
    captions' one city, when the text names none."""
    texts = [headline, subheadline, body[0] if body else None, summary, *body[1:4]]
    venue: str | None = None
    for n, text in enumerate(texts):
        if not text:
            continue
        toks = words(text)
        for i, w in enumerate(toks):
            for pre in ("ב", "וב", "שב"):
                if not w.startswith(pre) or len(w) <= len(pre) + 1:
                    continue
                rest = [w[len(pre) :], *toks[i + 1 : i + 3]]
                size, place = gazetteer.longest_place(rest, CODE)
                if place is not None and place.kind == "city":
                    if _city_list(toks, i + size):
                        return None, 0.5  # several cities: a trip
                    return " ".join(rest[:size]), 0.9 if n < 3 else 0.7
                if venue is None:
                    venue = _venue(rest)
    city = dateline_city(datelines, CODE)
    if city is not None:
        return city, 0.7
    shown = {c for cap in captions if cap for c in _cities_after_b(words(cap))}
    if len(shown) == 1:
        return shown.pop(), 0.6
    if venue is None:  # a venue named anywhere: "לכנסת", "את סוכת בית הנשיא"
        venue = next(
            (v for text in texts if text for v in _venues_in(words(text))),
            None,
        )
        return venue, 0.4 if venue else 0.0
    return venue, 0.5


def _city_list(toks: Sequence[str], k: int) -> bool:
    """Does a list of cities follow ("בברלין, וינה ופריז": ", וינה" or "ופריז")?"""
    if k >= len(toks):
        return False
    nxt = toks[k]
    if nxt == "," and k + 1 < len(toks):
        return gazetteer.longest_place([toks[k + 1], *toks[k + 2 : k + 4]], CODE)[1] is not None
    if nxt.startswith("ו") and len(nxt) > 2:
        _size, place = gazetteer.longest_place([nxt[1:], *toks[k + 1 : k + 3]], CODE)
        return place is not None and place.kind == "city"
    return False


def _cities_after_b(toks: list[str]) -> list[str]:
    out: list[str] = []
    for i, w in enumerate(toks):
        if w.startswith("ב") and len(w) > 2:
            rest = [w[1:], *toks[i + 1 : i + 3]]
            size, place = gazetteer.longest_place(rest, CODE)
            if place is not None and place.kind == "city":
                out.append(" ".join(rest[:size]))
    return out


def _venues_in(toks: list[str]) -> list[str]:
    out: list[str] = []
    for i, w in enumerate(toks):
        for pre in ("", "ב", "ל", "וב", "ול", "שב", "של"):
            if w.startswith(pre) and len(w) > len(pre) + 1:
                found = _venue([w[len(pre) :], *toks[i + 1 : i + 3]])
                if found:
                    out.append(found)
                    break
    return out


def _venue(rest: list[str]) -> str | None:
    joined = " ".join(rest)
    for v in VENUES:
        if joined.startswith(v) or ("ה" + joined).startswith(v):
            return v
    return None
