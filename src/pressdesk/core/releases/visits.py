"""A visit abroad: the country a release's event takes place in ("President X to visit
India", "בעת ביקורו ברואנדה", "в России проходит визит"), from knowledge of countries
(the gazetteer's names, ISO codes from CLDR through Babel). The languages find the visit's
words; this module says which cities fit it: a city of another country is named in
passing (the home capital of a quote, the dateline the report was filed from), and two or
more cities of the visited country make a tour, which has no one place."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from pressdesk.core.text_keys import fold

from . import gazetteer

# Short and older English names that CLDR does not give as a country's name.
_ALIASES = {
    "us": "US", "u.s.": "US", "usa": "US", "u.s.a.": "US", "america": "US",
    "united states of america": "US", "uk": "GB", "u.k.": "GB", "britain": "GB",
    "great britain": "GB", "england": "GB", "czech republic": "CZ", "ivory coast": "CI",
    "burma": "MM", "holy see": "VA", "vatican": "VA", "south korea": "KR", "north korea": "KP",
    "dprk": "KP", "russian federation": "RU", "swaziland": "SZ", "macedonia": "MK",
    "palestine": "PS", "palestinian authority": "PS", "west bank": "PS", "gaza": "PS",
    "gaza strip": "PS", "uae": "AE", "the netherlands": "NL", "holland": "NL",
}  # fmt: skip


_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO"})


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    from babel import Locale  # (loaded when a country is looked up)

    out = {
        fold(name): code
        for code, name in Locale.parse("en").territories.items()
        if code.isalpha() and code not in _NOT_COUNTRIES  # "Europe" is 150, the EU no country
    }
    out.update(_ALIASES)
    return out


def country_code(name: str, lang: str = "en") -> str | None:
    """The ISO 3166 code of the country called ``name`` in ``lang`` ("India" -> "IN",
    "רואנדה" -> "RW", "Россия" -> "RU", "the US" -> "US"), or None."""
    bare = name.removeprefix("the ").removeprefix("The ").strip()
    code = _codes().get(fold(bare))
    if code is not None:
        return code
    place = gazetteer.lookup(bare, lang)
    if place is None or place.kind != "country":
        return None
    return _codes().get(fold(place.name))


def city_country(city: str, lang: str = "en") -> str | None:
    """The ISO code of the country of a known city, or None when the gazetteer does not
    know it (an unknown place is never ruled out by a visit)."""
    place = gazetteer.lookup(city.removesuffix(", D.C.").removesuffix(" DC"), lang)
    if place is None and lang != "en":
        place = gazetteer.lookup(city)
    return place.country or None if place is not None and place.kind == "city" else None


def fits(city: str, visited: str | None, lang: str = "en") -> bool:
    """May ``city`` be the place of an event in the ``visited`` country? (A city of another
    country may not; an unknown city, or no visit, leaves it open.)"""
    if visited is None:
        return True
    home = city_country(city, lang)
    return home is None or home == visited


def is_tour(cities: Iterable[str], visited: str | None, lang: str = "en") -> bool:
    """Do two or more different cities of the ``visited`` country make the visit a tour?"""
    if visited is None:
        return False
    inside = {fold(c) for c in cities if city_country(c, lang) == visited}
    return len(inside) >= 2
