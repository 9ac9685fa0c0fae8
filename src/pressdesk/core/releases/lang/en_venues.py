"""English venues: the named building or site an event is held at ("at Bangabhaban", "at the
Foreign Ministry", "at the President's Residence", "at the Mansudae Assembly Hall"), the
place of a release that names no city (read by ``places.find_place``)."""

from __future__ import annotations

import re

from .. import gazetteer
from .. import lexicon as lx
from .names import common_words, first_names

# "at" and a run of capitalised words, with inner "of (the)"/"for (the)" and name particles
# ("Palace of the Nations", "Centre for Peace", "Casa de Nariño").
_AT = re.compile(
    r"\bat\s+(?:the\s+)?("
    r"[A-Z][\w’'.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?|de\s+|la\s+|del\s+)?[A-Z][\w’'.-]*)*)"
)
# A room in a building: "at the Oval Office in the White House" is at the White House.
_IN = re.compile(r"\s+in\s+" + _AT.pattern.removeprefix(r"\bat\s+"))
# A building as the host: "today Government House welcomed diplomats", "the White House
# hosted" (its last word must be a kind of building: "Rivlin welcomed" is a person).
_HOST = re.compile(
    r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+(?:welcomed|welcomes|hosted|hosts)\b"
)
_AFTER_COMMA = re.compile(r",\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")
_WHEN = lx.words("today yesterday tomorrow tonight earlier later")
# The last word that makes a phrase a building or a site ("Royal Palace", "PM House").
KINDS = lx.words(
    """palace palais residence house hall room office offices ministry building centre center
    museum memorial monument hotel castle airport stadium theatre theater auditorium
    chancellery parliament embassy consulate gardens garden square mausoleum cemetery temple
    mosque church cathedral synagogue library university college campus complex base
    airbase forest park headquarters secretariat villa lodge manor fort citadel capitol
    bhavan bhawan niwas nivas sadan"""
)
# Words that make it an event or a body, not a building: "at the G20 Ministers' Meeting",
# "at the Council of Europe", "at the United Nations".
_NOT_VENUE = lx.words(
    """conference summit forum festival session plenary meeting meetings ceremony dinner lunch
    breakfast reception talks games olympics expo fair exhibition council commission union
    nations league organisation organization agency committee government party assembly
    alliance initiative invitation request age end beginning time"""
)


def named_venue(text: str | None) -> str | None:
    """The first venue named with "at" in ``text``, without its article, or a building that
    hosts the event ("Government House welcomed the envoys"); None when there is none."""
    host = _HOST.search(text or "")
    words = host.group(1).split() if host else []
    while words and (words[0].casefold() in _WHEN or words[0].casefold() in lx.WEEKDAYS):
        words.pop(0)  # "Today Rideau Hall welcomed ..."
    if len(words) > 1 and words[-1].casefold() in KINDS and is_venue(" ".join(words)):
        return " ".join(words)
    for m in _AT.finditer(text or ""):
        phrase = _trimmed(m.group(1))
        if phrase and is_venue(phrase):
            outer = _IN.match(text or "", m.end()) if phrase == m.group(1) else None
            if outer and is_venue(_trimmed(outer.group(1))):
                return _trimmed(outer.group(1))  # "at the Oval Office in the White House"
            return phrase
    return None


def venue_with_city(text: str | None) -> str | None:
    """The first venue named with "at" in ``text``, or the known city written after it
    ("at the Jackson International Airport, Port Moresby" -> "Port Moresby")."""
    venue = named_venue(text)
    if venue is None:
        return None
    after = _AFTER_COMMA.match((text or "").split(venue, 1)[1])
    words = after.group(1).split() if after else []
    size, city = gazetteer.longest_place(words, "en")
    return " ".join(words[:size]) if city is not None and city.kind == "city" else venue


def _trimmed(phrase: str) -> str:
    """The phrase up to its sentence's end, a possessive last word dropped ("at Moscow's")."""
    words: list[str] = []
    for word in phrase.split():
        if word.endswith("."):
            bare = word.rstrip(".")
            if len(bare) > 2 or not bare.isupper():  # "D.C." and "U.S." are no sentence end
                words.append(bare)
                break
        words.append(word)
    while words and words[-1].endswith(("’s", "'s", "’", "'")):
        words.pop()
    return " ".join(words)


def is_venue(phrase: str) -> bool:
    """Is ``phrase`` the name of a building or site: its last word a kind of building
    ("Royal Palace", "Foreign Ministry"), or a proper name of no everyday words that is no
    known city, country, person or acronym ("Bangabhaban", "Rashtrapati Bhawan")?"""
    words = phrase.split()
    folded = [w.casefold().strip("’'") for w in words]
    if gazetteer.lookup(phrase) is not None:
        return False  # a city or a country is no venue
    if folded[-1] in KINDS:
        return len(words) > 1  # "at the Ministry", "at the Palace": one named before
    if any(w in _NOT_VENUE for w in folded):
        return False
    if folded[0] in KINDS and folded[0] != "office" and len(words) > 1:
        return True  # the kind first: "Hotel Bristol", "Palais Schaumburg", "Villa Madama"
    if len(words) == 1 and words[0].isupper():
        return False  # "at UNESCO", "at AIPAC": a body or its conference
    if folded[0] in first_names("en") or any(
        w in lx.DEMONYMS or gazetteer.is_country(w) for w in folded
    ):
        return False  # a person ("at Anna Lee's"), a country's body ("at Israeli Tech")
    common = common_words("en")
    return not any(w in common or w in lx.MONTHS or w in lx.WEEKDAYS for w in folded)
