"""Where the reported event happens: the city (or venue) named with "in" or "to"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from . import gazetteer
from . import lexicon as lx
from .lang.common import dateline_city
from .lang.names import is_first_name
from .text import unquoted
from .tokens import Token, tokenize

_LOWER_PREFIX = re.compile(r"[a-z]{1,3}-[^\W\d_]")
_INNER_LOWER = lx.words("de la le du del des sur am upon on di da")
_AT_OFFICE = re.compile(
    r"\bat\s+(?:his|her|their|the)\s+([^\W\d_][\w’'-]+)\s+(?:office|offices|residence|home|bureau|"
    r"headquarters)\b"
)
_VENUE = re.compile(
    r"\bat\s+((?:Hotel|Hall|Centre|Center|Stadium|Theatre|Theater|Museum|Palace|Castle|"
    r"Auditorium)\s+[^\W\d_][\w’'-]+(?:\s+[^\W\d_][\w’'-]+){0,2})"
)
# "in her Haifa office", "in his Jerusalem residence"
_IN_OFFICE = re.compile(
    r"\bin\s+(?:his|her|their)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+"
    r"(?:office|offices|residence|home|bureau|headquarters)\b"
)
# Venues that name no city: "at the Knesset", "at the President's Residence".
_KNOWN_VENUE = re.compile(
    r"\b(?:at|in)\s+the\s+((?:Knesset|President[’']s\s+Residence|Prime\s+Minister[’']s\s+"
    r"(?:Office|Residence)|White\s+House|Kremlin|Elys[ée]e\s+Palace|Foreign\s+Ministry|"
    r"Ministry\s+of\s+Foreign\s+Affairs|United\s+Nations\s+Headquarters))\b"
)
# A named airport is a venue: "seen off at the Velana International Airport".
_AIRPORT = re.compile(
    r"\bat\s+(?:the\s+)?((?:[A-Z][\w’'-]+\s+){1,4}(?:International\s+)?Airport)\b"
)
# A telephone call happens nowhere: the dateline of its readout is where it was issued.
_CALL = re.compile(
    r"\b(?:tele)?phone\s+(?:call|conversation)s?\b|\bspoke\s+(?:by|on\s+the)\s+(?:tele)?phone\b",
    re.IGNORECASE,
)
# A speaker says where the event is: "welcome you here in Jerusalem".
_HERE_IN = re.compile(r"\bhere\s+in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?")
_LEAVE_VERBS = lx.words(
    "departs depart departed departing left leave leaves leaving flew flies fly travels travel "
    "travelled traveled heads headed"
)
_DC = re.compile(r",?\s+D\.?C\.?(?![\w.])")
_VISIT_VERBS = lx.words("visited visits visit visiting toured tours reached")
_WHEN = lx.WEEKDAYS | set(lx.MONTHS)
_EXCLUDED = (
    lx.OFFICES | lx.ORGS | lx.THINGS | lx.STOPWORDS | lx.DEMONYMS | lx.WEEKDAYS | set(lx.MONTHS)
)


@dataclass(frozen=True)
class _Found:
    kind: str  # "city", "country" or "multi"
    text: str
    after_capital: bool


def _phrase(toks: list[Token], j: int) -> tuple[list[Token], int]:
    words: list[Token] = []
    n = len(toks)
    while j < n and len(words) < 5:
        t = toks[j]
        if t.text in ("DC", "D.C.", "D.C"):
            break
        if t.word and (t.cap or (_LOWER_PREFIX.match(t.text) and words)):
            words.append(t)
            j += 1
            if t.possessive:
                break
            continue
        if (
            words
            and t.text in _INNER_LOWER
            and j + 1 < n
            and toks[j + 1].cap
            and toks[j + 1].folded not in _WHEN  # "in New York on Sunday": a time, not a name
        ):
            words.append(t)
            j += 1
            continue
        break
    return words, j


def _kind(words: list[Token], the: bool) -> str | None:
    key = tuple(w.folded for w in words)
    for k in (key, ("the", *key)):
        if k in lx.COUNTRIES or k in lx.REGIONS:
            return "country"
    if the or words[-1].possessive:
        return None
    if len(words) > 1 and gazetteer.is_city(" ".join(w.bare for w in words)):
        return "city"  # "New Delhi", "Sharm el-Sheikh": a known city whatever its words
    if len(words) > 1 and is_first_name(words[0].bare, "en"):
        return None  # "Speaking to Miriam Peretz": a person
    if any(w.folded in _EXCLUDED or w.office or w.demonym or w.acronym for w in words):
        return None
    if words[0].modifier or words[0].portfolio:
        return None
    return "city"


def _candidates(text: str) -> list[_Found]:
    toks = tokenize(text)
    out: list[_Found] = []
    for i, tok in enumerate(toks):
        visit = tok.folded in _VISIT_VERBS
        leaving = tok.text == "for" and any(
            t.folded in _LEAVE_VERBS for t in toks[max(0, i - 8) : i]
        )
        if (tok.text not in ("in", "to") and not visit and not leaving) or i + 1 >= len(toks):
            continue
        j = i + 1
        the = toks[j].folded == "the"
        words, end = _phrase(toks, j + 1 if the else j)
        if not words:
            continue
        kind = _kind(words, the)
        if kind is None:
            continue
        phrase = text[words[0].start : words[-1].end]
        dc = _DC.match(text, words[-1].end)
        if dc and kind == "city":
            phrase += dc.group(0)  # "Washington DC", "Washington, D.C."
        clean = phrase if phrase.endswith("D.C.") else phrase.rstrip(".,")
        if visit and not (kind == "country" or gazetteer.is_city(clean)):
            continue  # "visited X": only a city the gazetteer knows
        prev = toks[i - 1] if i > 0 else None
        after_capital = prev is not None and prev.cap and (prev.office or prev.org or prev.acronym)
        if _is_list(toks, end, kind):
            kind = "multi"
        out.append(_Found(kind, clean, after_capital))
    return out


def _is_list(toks: list[Token], j: int, kind: str) -> bool:
    """True when the place is the first of several ("to Latvia and Lithuania")."""
    if j >= len(toks):
        return False
    sep = toks[j].text
    if sep == "(":
        close = next((k for k in range(j, min(len(toks), j + 30)) if toks[k].text == ")"), None)
        inner = toks[j + 1 : close] if close else []
        return bool(inner) and inner[0].cap and any(t.text == "," for t in inner)
    if sep not in (",", "and"):
        return False
    k = j + 1
    the = k < len(toks) and toks[k].folded == "the"
    words, end = _phrase(toks, k + 1 if the else k)
    if not words:
        return False
    second = _kind(words, the)
    if second is None:
        return False
    if second == "city" and not gazetteer.is_city(" ".join(w.bare for w in words)):
        return False  # "in Jerusalem, Herzog accepted": a list names known places
    if sep == "," and kind == "city" and second == "country":
        return end < len(toks) and toks[end].text in (",", "and") and _is_list(toks, end, "city")
    return True


def _first(text: str | None) -> _Found | None:
    """The first city or list of places in ``text``; several different cities count as a list."""
    first: _Found | None = None
    for found in _candidates(text or ""):
        if found.kind == "multi":
            return found
        if found.kind == "city":
            if first is not None and found.text != first.text:
                return _Found("multi", first.text, first.after_capital)
            first = first or found
    return first


def _scored(place: str | None, base: float) -> tuple[str | None, float]:
    if place is None:
        return None, 0.0
    known = gazetteer.lookup(place.removeprefix("the ")) is not None
    return place, min(1.0, base + 0.15) if known else base - 0.2


def find_place(
    *,
    headline: str | None,
    subheadline: str | None,
    summary: str | None,
    body: list[str],
    datelines: Sequence[str] = (),
    captions: Sequence[str | None] = (),
) -> tuple[str | None, float]:
    """The city of the main event, a named venue when no city is given, else None; with a
    confidence (higher when the gazetteer knows the city).

    Titles come first, then the lead paragraph, the summary, a dateline's city, then a city
    named only once in the body outside quotations (a speaker's "here in X" counts). A trip
    to several places, or only a country, gives None. (``captions`` are not read: English
    annotators take no city from a caption alone.)
    """
    lead = body[0] if body else ""
    for text in (headline, subheadline, lead):
        found = _first(text)
        if found is not None:
            return (None, 0.6) if found.kind == "multi" else _scored(found.text, 0.75)
        if text is lead:
            m = _AT_OFFICE.search(lead) or _IN_OFFICE.search(lead)
            if m and _kind(tokenize(m.group(1)), False) == "city":
                return _scored(m.group(1), 0.7)
    found = _first(summary)
    if found is not None:
        return (None, 0.6) if found.kind == "multi" else _scored(found.text, 0.7)
    call = any(_CALL.search(t or "") for t in (headline, subheadline, lead))
    city = None if call else dateline_city(datelines, "en")
    if city is not None:
        return _scored(city, 0.7)
    m = _KNOWN_VENUE.search(lead) or _AIRPORT.search(lead)
    if m and not any(_HERE_IN.search(p) for p in body):
        return m.group(1), 0.5  # a venue in the lead outweighs a city named in passing later
    cities: list[str] = []
    for paragraph in body:
        here = " ".join(m.group(0) for m in _HERE_IN.finditer(paragraph))
        for found in _candidates(f"{unquoted(paragraph)} {here}"):
            if found.kind == "multi":
                return None, 0.5
            if found.kind == "city" and not found.after_capital and found.text not in cities:
                cities.append(found.text)
    if len(cities) == 1:
        return _scored(cities[0], 0.6)
    for paragraph in body:
        m = _IN_OFFICE.search(paragraph)
        if m and gazetteer.is_city(m.group(1)):
            return m.group(1), 0.6
    m = _VENUE.search(lead)
    if m and not cities:
        return m.group(1), 0.5
    for paragraph in body[:3]:
        m = _KNOWN_VENUE.search(paragraph) or _AIRPORT.search(paragraph)
        if m and not cities:
            return m.group(1), 0.4
    return None, 0.0
