"""Datelines of the news genre: the city (and date, and agency) a report was filed from,
printed at the head of the text ("KABUL, (DNA) : ...", "Pyongyang, July 13 (KCNA) — ...",
"JERUSALEM (Reuters) - ...", "МОСКВА, 14 января. /ТАСС/."). A city's line above the
date's line is joined into one dateline by ``layout``."""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import gazetteer
from .dates import month_number
from .lexicon import WEEKDAYS

# Where a dateline ends and the sentence begins: a dash between spaces, an em/en dash, a colon.
_END = re.compile(r"\s[—–-]{1,2}\s|[—–]|:")
# An agency tag: "(KCNA)", "/KCNA/", "(DNA)", "/ТАСС/" (a short name, no sentence).
_AGENCY = re.compile(r"\([^()\n]{1,25}\)|/[^/\n]{1,25}/")
# A site's long tag in brackets: agencies and a date ("(UrduPoint / Pakistan Point News -
# 8th Oct, 2020 )"); a dash or comma inside it ends nothing.
_LONG_TAG = re.compile(r"\([^()\n]{1,80}\)")
# "DUBAI, (Agency / WAM - 17th Nov, 2020) Dr. X ...": a city in capitals closed by its tag.
_TAG_END = re.compile(r"\s*([A-Z][A-Z .'-]{1,30}?),?\s*(\([^()\n]{1,80}\))\s*:?\s*(?=[A-Z])")
# A wire dateline closed by its agency tag in slashes, with the sentence straight after it.
_WIRE_END = re.compile(r"[^/\n]{1,60}?/[^/\n]{1,25}/")
# A city, a comma and a sentence opened by a capitalised article or preposition, which no
# sentence has after a comma ("New York, The Minister of Foreign Affairs met ...").
_COMMA_SENTENCE = re.compile(
    r"\s*([A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2}),\s+(?:The|A|An|On|In|At)\s"
)
_WORD = re.compile(r"[^\W\d_]+")
# The country a wire adds in square brackets after the city (ANI: "Dhaka [Bangladesh]").
_BRACKETED_COUNTRY = re.compile(r"\s*\[[^\[\]]{2,40}\]$")
# A wire dateline closed by its agency's name in capitals and a full stop, the sentence
# straight after it: "YEREVAN, MARCH 2, ARMENPRESS. President ...".
_AGENCY_STOP = re.compile(r"\s*([^,\n]{2,30}),\s+([^,\n]{3,25}),\s+([A-Z][A-Z-]{1,20})\.\s")
# An agency named in capitals after the city, with no date: "Tehran, IRNA – ...".
_CAPS_AGENCY = re.compile(r"[A-Z]{2,10}")
_LANGUAGES = ("en", "he", "ru")


def _known_city(name: str) -> bool:
    return any(gazetteer.is_city(name, code) for code in _LANGUAGES)


def _only_date(rest: str) -> bool:
    """Is ``rest`` nothing but a day, a month, a weekday, a year and punctuation?"""
    words = _WORD.findall(rest)
    return all(month_number(w) is not None or w.casefold() in WEEKDAYS for w in words)


def opening_dateline(paragraph: str) -> str | None:
    """The dateline that opens ``paragraph`` as "City, rest" ("KABUL, (DNA) : Prime
    Minister ..." -> "KABUL, (DNA)"), or None. The city must be one the gazetteer knows and
    be printed in capitals or followed by a date or an agency tag, so that a sentence
    opening with a city ("Jerusalem, the capital, ...") is not taken for one."""
    found = _opening(paragraph)
    return found[0] if found else None


def is_dateline_only(paragraph: str) -> bool:
    """Is ``paragraph`` a dateline and nothing else ("Jerusalem, June 19, 2001")?"""
    found = _opening(paragraph)
    return found is not None and not paragraph[found[1] :].strip(" .,:;—–-")


def _opening(paragraph: str) -> tuple[str, int] | None:
    """The opening dateline and where the text after it starts."""
    comma = _COMMA_SENTENCE.match(paragraph)  # "New York, The Minister met ..."
    if comma is not None and _known_city(comma.group(1)):
        return comma.group(1), comma.end(1) + 1
    stop = _AGENCY_STOP.match(paragraph)
    if stop is not None and _known_city(stop.group(1)) and _only_date(stop.group(2)):
        return f"{stop.group(1)}, {stop.group(2)}, {stop.group(3)}", stop.end() - 1
    tag = _TAG_END.match(paragraph)
    if tag is not None and _known_city(tag.group(1).strip()) and tag.group(1).strip().isupper():
        return f"{tag.group(1).strip()}, {tag.group(2)}", tag.end()
    head = paragraph[:90]
    wire = _WIRE_END.match(head)  # "МОСКВА, 14 января. /ТАСС/. Министр ..."
    masked = _LONG_TAG.sub(lambda m: "x" * len(m.group()), head)  # a dash inside a tag
    end = _END.search(masked)
    if wire is not None and (end is None or end.start() > wire.end()):
        head = wire.group(0)
    elif end is not None:
        head = head[: end.start()]
    elif len(paragraph) > 60:
        return None
    m = re.match(r"\s*([^,(/]+?)\s*([,(/].*)?$", head)
    if m is None:
        return None
    city, rest = m.group(1).strip(" ."), (m.group(2) or "").strip()
    city = _BRACKETED_COUNTRY.sub("", city)  # "Dhaka [Bangladesh], December 7 (ANI):"
    if not city or len(city.split()) > 3 or not _known_city(city):
        return None
    bare = _LONG_TAG.sub(" ", _AGENCY.sub(" ", rest))
    if end is not None and _CAPS_AGENCY.fullmatch(bare.strip(", ")):
        bare = " "  # "Tehran, IRNA – ...": the agency's name alone, before a dash
    tagged = bare != rest
    if not _only_date(bare):
        return None
    if not (city.isupper() or tagged or _WORD.search(bare) or _sentence_after(paragraph, head)):
        return None  # "Haifa:" alone is a label, not a dateline
    return f"{city}, {rest.lstrip(', ')}".rstrip(", "), len(head)


def _sentence_after(paragraph: str, head: str) -> bool:
    """Does a sentence follow the city's colon ("New Delhi: Envoys of four states ...")?
    A capital opens it, unlike a description of the city ("Paris: a city of light")."""
    rest = paragraph[len(head) :]
    if not rest.startswith(":"):
        return False
    words = rest[1:].split()
    return len(words) >= 4 and words[0][:1].isupper()


def opening_datelines(paragraphs: Iterable[str]) -> list[str]:
    """The datelines opening any of ``paragraphs`` (the first few of a body)."""
    return [d for d in (opening_dateline(p) for p in paragraphs) if d]
