"""Where the reported event happens: the city (or venue) named with "in" or "to"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pressdesk.core.text_keys import fold

from . import gazetteer, visits
from . import lexicon as lx
from .lang.common import dateline_city
from .lang.en_venues import named_venue, venue_with_city
from .lang.en_visits import visited_city, visited_country
from .lang.names import all_common_words, is_first_name
from .text import unquoted
from .tokens import Token, country_length, tokenize

_LOWER_PREFIX = re.compile(r"[a-z]{1,3}-[^\W\d_]")
_INNER_LOWER = lx.words("de la le du del des sur am upon on di da es el")  # "Dar es Salaam"
_AT_OFFICE = re.compile(
    r"\bat\s+(?:his|her|their|the)\s+([^\W\d_][\w’'-]+)\s+(?:office|offices|residence|home|bureau|"
    r"headquarters)\b"
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
_ARRIVAL = re.compile(
    r"\b(?:reached|arrived\s+in|arrives\s+in|landed\s+in)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)
_DC = re.compile(r",?\s+D\.?C\.?(?![\w.])")
_VISIT_VERBS = lx.words("visited visits visit visiting toured tours reached")
# What is talked about, not where the event is ("the situation in X", "the war in X"), and
# a post ("the embassy in X", "ambassador to X") that says where an office is ("met the
# envoy in X" is where they met).
_TOPICS = lx.words(
    "situation situations conflict war wars fighting violence attack attacks bombing bombings "
    "shooting terror terrorism unrest protests riots crisis elections election escalation "
    "construction settlement settlements investment investments embassy embassies consulate "
    "consulates mission missions"
)
# Membership, not a place: "who serve in Tzahal", "enlisted in the Navy", "invest in X".
_MEMBER_VERBS = lx.words(
    "serve serves served serving enlist enlists enlisted enlisting employed work works worked "
    "working invest invests invested investing"
)
_POSTS = lx.words("ambassador ambassadors envoy envoys consul consuls representative")
_WHEN = lx.WEEKDAYS | set(lx.MONTHS)
_EXCLUDED = (
    lx.OFFICES | lx.ORGS | lx.THINGS | lx.STOPWORDS | lx.DEMONYMS | lx.WEEKDAYS | set(lx.MONTHS)
)


@dataclass(frozen=True)
class _Found:
    kind: str  # "city", "country" or "multi"
    text: str
    after_capital: bool
    here: bool = False  # "in Rashtrapati Bhavan here": a venue in the dateline's city


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
    if country_length(words, 0) and not gazetteer.is_city(" ".join(w.bare for w in words)):
        return "country"  # "to Sri Lanka Yury Materiy" (but "Mexico City" is a city)
    if the or words[-1].possessive:
        return None
    if len(words) > 1 and gazetteer.is_city(" ".join(w.bare for w in words)):
        return "city"  # "New Delhi", "Sharm el-Sheikh": a known city whatever its words
    if len(words) > 1 and is_first_name(words[0].bare, "en"):
        return None  # "Speaking to Miriam Peretz": a person
    bare = " ".join(w.bare for w in words)
    if not gazetteer.is_city(bare) and all_common_words(bare, "en"):
        return None  # "a visit to Presidency", "in Parliament": everyday words, not a town
    if any(w.folded in _EXCLUDED or w.office or w.demonym or w.acronym for w in words):
        return None
    if words[0].modifier or words[0].portfolio:
        return None
    return "city"


def _candidates(text: str, visited: str | None = None) -> list[_Found]:
    toks = tokenize(text)
    out: list[_Found] = []
    for i, tok in enumerate(toks):
        visit = tok.folded in _VISIT_VERBS
        leaving = tok.text == "for" and any(
            t.folded in _LEAVE_VERBS for t in toks[max(0, i - 8) : i]
        )
        opening = tok.text == "In"  # "In Tokyo he met ...": a known city only
        if (tok.text not in ("in", "to") and not (visit or leaving or opening)) or i + 1 >= len(
            toks
        ):
            continue
        if i > 0 and (
            toks[i - 1].folded in _TOPICS
            or (tok.text == "to" and toks[i - 1].folded in _POSTS)
            or (tok.text == "in" and _member(toks, i))
        ):
            continue  # "the situation in X", "the embassy to X", "who serve in Tzahal"
        if _past_visit(toks, i):
            continue  # "returned from a visit to Washington": an earlier journey
        if _to_be_held(toks, i):
            continue  # "the Forum, to be held in Baku in October": another, later event
        if tok.text == "in" and _residence(toks, i):
            continue  # "accredited with residence in Tokyo": where the envoy lives
        j = i + 1
        the = toks[j].folded == "the"
        words, end = _phrase(toks, j + 1 if the else j)
        if not words:
            continue
        kind = _kind(words, the)
        if kind is None:
            continue
        phrase = text[words[0].start : words[-1].end]
        if kind == "city" and _modifier(toks, end) and not gazetteer.is_city(phrase):
            continue  # "in Eurovision celebrations", "in Hamas captivity": not a town
        dc = _DC.match(text, words[-1].end)
        if dc and kind == "city":
            phrase += dc.group(0)  # "Washington DC", "Washington, D.C."
        clean = phrase if phrase.endswith("D.C.") else phrase.rstrip(".,")
        if (visit or opening) and not (kind == "country" or gazetteer.is_city(clean)):
            continue  # "visited X": only a city the gazetteer knows
        if kind == "city" and not visits.fits(clean, visited):
            continue  # on a visit to India, "in Jerusalem" is named in passing
        prev = toks[i - 1] if i > 0 else None
        after_capital = prev is not None and prev.cap and (prev.office or prev.org or prev.acronym)
        if _is_list(toks, end, kind):
            kind = "multi"
        here = end < len(toks) and toks[end].folded == "here"
        out.append(_Found(kind, clean, after_capital, here))
    return out


def _modifier(toks: list[Token], end: int) -> bool:
    """Is the capitalised phrase ending before ``end`` followed by the lower-case noun it
    qualifies ("Eurovision celebrations")? A function word, a time word or a verb's past
    form after it ("in Kfar Aza on Monday", "in Ramallah received") leaves it a place."""
    if end >= len(toks) or not toks[end].word or toks[end].cap:
        return False
    nxt = toks[end].folded
    return nxt not in lx.STOPWORDS and nxt not in _WHEN and not nxt.endswith("ed")


def _member(toks: list[Token], i: int) -> bool:
    """Is the "in" at ``i`` one of membership ("serve in X", "serve in X and in Y")?"""
    k = i - 1
    while k > 0 and (toks[k].cap or toks[k].text in ("and", "or", ",", "in", "the")):
        k -= 1
    return toks[k].folded in _MEMBER_VERBS


def _residence(toks: list[Token], i: int) -> bool:
    """Is the "in" at ``i`` where someone lives or is posted: "resident in X", "based in X",
    "with residence in X" (not "at his residence in X", where an event is held)?"""
    prev = toks[i - 1].folded if i > 0 else ""
    if prev in ("resident", "based"):
        return True
    return prev == "residence" and i > 1 and toks[i - 2].folded == "with"


_EARLIER = lx.words("from after following since previous last earlier recent")


def _past_visit(toks: list[Token], i: int) -> bool:
    """Is ``toks[i]`` ("to"/"in") the end of a past journey: "from a visit to", "after his
    trip to", "his previous visit to"?"""
    if i == 0 or toks[i - 1].folded not in ("visit", "visits", "trip", "tour", "journey"):
        return False
    return any(t.folded in _EARLIER for t in toks[max(0, i - 5) : i - 1])


_HELD = lx.words("held hosted organized organised convened staged")


def _to_be_held(toks: list[Token], i: int) -> bool:
    """Is the "in" at ``i`` where a thing described as still "to be held" takes place?"""
    folded = [t.folded for t in toks[max(0, i - 3) : i]]
    return len(folded) == 3 and folded[:2] == ["to", "be"] and folded[2] in _HELD


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


def _first(text: str | None, visited: str | None = None) -> _Found | None:
    """The first city or list of places in ``text``; several different cities count as a list."""
    first: _Found | None = None
    for found in _candidates(text or "", visited):
        if found.kind == "multi":
            return found
        if found.kind == "city":
            if first is not None and found.text != first.text:
                return _Found("multi", first.text, first.after_capital)
            first = first or found
    return first


def _as_dateline(city: str, datelines: Sequence[str]) -> str:
    """``city`` as the dateline spells the same place ("New York City" under "New York,")."""
    dateline = dateline_city(datelines, "en")
    if dateline is None or fold(dateline) == fold(city):
        return city
    same = gazetteer.lookup(dateline) is not None and gazetteer.lookup(dateline) == (
        gazetteer.lookup(city)
    )
    return dateline if same else city


def _host_city(body: list[str], visited: str | None) -> str | None:
    """On a visit to a country, the known city of that country the guest reached ("who
    reached Islamabad last night", "arrived in Lusaka"): the venue of the lead is in it."""
    if visited is None:
        return None
    found = {
        m.group(1)
        for paragraph in body
        for m in _ARRIVAL.finditer(unquoted(paragraph))
        if visits.city_country(m.group(1)) == visited
    }
    return found.pop() if len(found) == 1 else None


def _lead_venue(headline: str | None, summary: str | None, lead: str) -> str | None:
    """The venue the headline, summary or lead names with "at" ("at Bangabhaban", "at the
    Foreign Ministry"), or a seat of government or an airport the lead names."""
    for text in (headline, summary, lead):
        venue = named_venue(text)
        if venue is not None:
            return venue
    m = _KNOWN_VENUE.search(lead)
    return m.group(1) if m else None


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
    visited = visited_country([headline, subheadline, summary, *body[:3]])
    if _tour(visited, [headline, subheadline, summary, *body]):
        venue = named_venue(headline)  # "X receives reception at Rashtrapati Bhawan": one event
        return (venue, 0.5) if venue else (None, 0.6)  # a state visit with several stops
    for text in (headline, subheadline, lead):
        found = _first(text, visited)
        if found is not None and found.here and not gazetteer.is_city(found.text):
            city = dateline_city(datelines, "en")  # "at a ceremony in X here": the dateline's
            if city is not None:
                return _scored(city, 0.75)
        if found is not None and found.kind == "multi":
            return None, 0.6
        if found is not None:
            return _scored(_as_dateline(found.text, datelines), 0.75)
        if text is lead:
            m = _AT_OFFICE.search(lead) or _IN_OFFICE.search(lead)
            if m and _kind(tokenize(m.group(1)), False) == "city":
                return _scored(m.group(1), 0.7)
    found = _first(summary, visited)
    if found is not None:
        return (None, 0.6) if found.kind == "multi" else _scored(found.text, 0.7)
    call = any(_CALL.search(t or "") for t in (headline, subheadline, lead))
    city = None if call else dateline_city(datelines, "en")
    trip = visited_city([headline, subheadline, summary, *body[:3]])
    if trip is not None and city is not None and fold(trip) != fold(city):
        city = None  # "New Delhi: ... on a visit to Tel Aviv": filed from home
    if city is not None and visits.fits(city, visited):
        return _scored(city, 0.7)
    venue = _lead_venue(headline, summary, lead)
    if venue and not any(_HERE_IN.search(p) for p in body):
        host = _host_city(body, visited)
        return (host, 0.6) if host else (venue, 0.5)  # not a city named in passing later
    cities: list[str] = []
    seats: set[str] = set()  # "the headquarters of the United Nations in New York"
    for paragraph in body:
        here = " ".join(m.group(0) for m in _HERE_IN.finditer(paragraph))
        for found in _candidates(f"{unquoted(paragraph)} {here}", visited):
            if found.kind == "multi":
                return None, 0.5
            if found.kind == "city" and found.after_capital:
                seats.add(found.text)
            elif found.kind == "city" and found.text not in cities:
                cities.append(found.text)
    if len(cities) == 1:
        return _scored(cities[0], 0.6)
    for paragraph in body:
        m = _IN_OFFICE.search(paragraph)
        if m and gazetteer.is_city(m.group(1)):
            return m.group(1), 0.6
    for paragraph in body[:3]:
        m = _KNOWN_VENUE.search(paragraph) or _AIRPORT.search(paragraph)
        if m and not cities:
            return m.group(1), 0.4
    if not cities and len(seats) == 1 and gazetteer.is_city(next(iter(seats))):
        return seats.pop(), 0.4  # an institution's seat, when the text names no other city
    if not cities:
        return _from_captions(captions)
    return None, 0.0


def _from_captions(captions: Sequence[str | None]) -> tuple[str | None, float]:
    """When the text names no place: the one venue the photo captions name ("at the Royal
    Palace" under the photos of a state visit), or its city when the caption adds it ("at
    the Jackson International Airport, Port Moresby"). (A city named only in a caption is
    not taken: English annotators take none from a caption alone.)"""
    venues = {v for c in captions if (v := venue_with_city(c)) is not None}
    return (venues.pop(), 0.3) if len(venues) == 1 else (None, 0.0)


def _tour(visited: str | None, texts: Sequence[str | None]) -> bool:
    """Do the texts name two or more cities of the visited country (outside quotations)?"""
    if visited is None:
        return False
    found = [f.text for t in texts for f in _candidates(unquoted(t or "")) if f.kind == "city"]
    return visits.is_tour(found, visited)
