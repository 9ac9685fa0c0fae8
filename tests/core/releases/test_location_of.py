"""A release's place as photo location fields: gazetteer cities with their country's code
and the country's name in the release's language."""

from __future__ import annotations

from pressdesk.core.releases.gazetteer import country_name, location_of


def test_a_known_city_gives_its_country_in_the_release_s_language() -> None:
    assert location_of("חיפה", "he") == {"city": "חיפה", "country_code": "IL", "country": "ישראל"}
    assert location_of("Москва", "ru") == {
        "city": "Москва",
        "country_code": "RU",
        "country": "Россия",
    }
    assert location_of("Moscow", "en")["country"] == "Russia"


def test_unknown_places_and_codes() -> None:
    assert location_of("Nowhere Town", "en") == {"city": "Nowhere Town"}
    assert country_name("XX", "en") is None
    assert country_name("IL", "xx-unknown") == "Israel"
