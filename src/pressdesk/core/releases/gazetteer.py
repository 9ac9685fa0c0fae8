"""Places from knowledge: the GeoNames cities shipped as ``data/gazetteer.tsv`` (English,
Hebrew and Russian names), the names GeoNames lacks for capitals and the largest cities
(``data/gazetteer_names.tsv``) and the country names of ``data/countries.tsv``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from pressdesk.core.text_keys import fold


@dataclass(frozen=True)
class Place:
    """A known place: its English name, country code, population and kind."""

    name: str
    country: str
    population: int
    kind: str  # "city" or "country"


def _data(name: str) -> list[list[str]]:
    text = resources.files("pressdesk.core.releases").joinpath("data", name).read_text("utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]


@dataclass
class _Index:
    by_lang: dict[str, dict[str, Place]]


def _add(index: dict[str, Place], key: str, place: Place) -> None:
    old = index.get(key)
    if (
        old is None
        or (old.kind == "city" and place.kind == "country")
        or (old.kind == place.kind and place.population > old.population)
    ):
        index[key] = place


@lru_cache(maxsize=1)
def _index() -> _Index:
    by_lang: dict[str, dict[str, Place]] = {"en": {}, "he": {}, "ru": {}}
    for row in _data("gazetteer.tsv"):
        name, country, population = row[0], row[1], int(row[2] or 0)
        place = Place(name, country, population, "city")
        _add(by_lang["en"], fold(name), place)
        if name.endswith(" City"):  # "New York City" is "New York" (a country keeps its name)
            _add(by_lang["en"], fold(name.removesuffix(" City")), place)
        for lang, col in (("he", 3), ("ru", 4)):
            for alt in row[col].split("|") if len(row) > col and row[col] else ():
                _add(by_lang[lang], fold(alt), place)
    for row in _data("gazetteer_names.tsv"):  # names GeoNames lacks ("וושינגטון")
        known = by_lang["en"].get(fold(row[0]))
        if known is None or known.country != row[1]:
            continue
        for lang, col in (("he", 2), ("ru", 3)):
            for alt in row[col].split("|") if len(row) > col and row[col] else ():
                _add(by_lang[lang], fold(alt), known)
    for row in _data("countries.tsv"):
        place = Place(row[0], "", 10**9, "country")
        _add(by_lang["en"], fold(row[0]), place)
        for lang, col in (("he", 1), ("ru", 2)):
            for alt in row[col].split("|"):
                _add(by_lang[lang], fold(alt), place)
    return _Index(by_lang)


def lookup(name: str, lang: str = "en") -> Place | None:
    """The known place called ``name`` in ``lang`` (case- and accent-insensitive), or None."""
    return _index().by_lang.get(lang, {}).get(fold(name))


def is_city(name: str, lang: str = "en") -> bool:
    place = lookup(name, lang)
    return place is not None and place.kind == "city"


def is_country(name: str, lang: str = "en") -> bool:
    place = lookup(name, lang)
    return place is not None and place.kind == "country"


def longest_place(words: list[str], lang: str, *, limit: int = 4) -> tuple[int, Place | None]:
    """How many of ``words`` (from the start) spell the longest known place, and that place."""
    for size in range(min(limit, len(words)), 0, -1):
        place = lookup(" ".join(words[:size]), lang)
        if place is not None:
            return size, place
    return 0, None


def location_of(place: str | None, lang: str | None = "en") -> dict[str, str]:
    """A release's place as photo location fields (``city``, ``country``, ``country_code``):
    each comma-separated part looked up in the gazetteer (a known city gives its country's
    ISO code too, and the country's name in the release's language when the place does not
    say it); an unknown part beside a known city is the sublocation (a venue); a place
    with no known part is taken as a city, with a last part as the country."""
    parts = [p.strip() for p in (place or "").split(",") if p.strip()]
    if not parts:
        return {}
    language = (lang or "en").split("-")[0].lower()
    out: dict[str, str] = {}
    unknown = []
    for part in parts:
        known = lookup(part, language) or lookup(part, "en")
        if known is not None and known.kind == "country":
            out.setdefault("country", part)
        elif known is not None:
            out.setdefault("city", part)
            if known.country:
                out.setdefault("country_code", known.country)
        else:
            unknown.append(part)
    if unknown and out.get("city"):
        out["sublocation"] = unknown[0]
    if not out.get("city") and not out.get("country"):
        out["city"] = parts[0]
        if len(parts) > 1:
            out["country"] = parts[-1]
    if out.get("country_code") and not out.get("country"):
        name = country_name(out["country_code"], language)
        if name:
            out["country"] = name
    return out


def country_name(code: str, language: str) -> str | None:
    """The country of an ISO 3166 code in ``language``'s words (CLDR, through Babel):
    IL -> "ישראל" in Hebrew, "Israel" in English; None when unknown."""
    from babel import Locale, UnknownLocaleError  # (loaded when a place is looked up)

    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse("en")
    return locale.territories.get(code.upper())
