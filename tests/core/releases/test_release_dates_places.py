"""Event date and place: the phrasings releases use, and the cases that must stay empty."""

from __future__ import annotations

import datetime as dt

import pytest

from pressdesk.core.releases import parse_release_text
from pressdesk.core.releases.dates import month_number

ISSUER = "(Communicated by the Office of the Mayor)"


def parse(body: str, headline: str = "Mayor meets guests", extra: str = ""):  # type: ignore[no-untyped-def]
    return parse_release_text(f"{headline}\n\n{extra}{ISSUER}\n\n{body}")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On Thursday, 8 November 2012, Mayor Lena Hartmann met the board.", "2012-11-08"),
        ("Mayor Lena Hartmann today (Saturday, 17 November 2012) met the board.", "2012-11-17"),
        (
            "Mayor Lena Hartmann this morning (Wednesday), 1 February 2012, met the board.",
            "2012-02-01",
        ),
        ("Mayor Lena Hartmann departed on Sunday, July 28, 2013, for Oslo.", "2013-07-28"),
        ("Mayor Lena Hartmann will leave tomorrow (Wednesday 10 September 2014).", "2014-09-10"),
        ("Mayor Lena Hartmann met the board on 8 Novemebr 2012.", "2012-11-08"),
        ("Mayor Lena Hartmann met the board on the 5th of March 2013.", "2013-03-05"),
        ("Mayor Lena Hartmann met the board (18 May 2008) in Bergen.", "2008-05-18"),
    ],
)
def test_date_phrasings(sentence: str, expected: str) -> None:
    assert parse(sentence).event_date == dt.date.fromisoformat(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "Today (19 October) Mayor Lena Hartmann met the board, as she did in 2008.",
        "Mayor Lena Hartmann met the board on Friday, 4 December, and will return in 2010.",
        "Mayor Lena Hartmann met the board on February 25.",
    ],
)
def test_no_year_means_no_date(sentence: str) -> None:
    assert parse(sentence).event_date is None


def test_first_dated_event_wins_over_later_dates() -> None:
    r = parse(
        "Mayor Lena Hartmann today (Saturday, 17 November 2012) spoke with the board.\n\n"
        "Yesterday (Friday, 16 November 2012), she spoke with the council.",
        headline="Mayor speaks with board 18 November 2012",
    )
    assert r.event_date == dt.date(2012, 11, 17)


def test_headline_date_used_only_when_the_body_has_none() -> None:
    r = parse(
        "Mayor Lena Hartmann this morning (Monday) met the board.", "Mayor meets board 3 May 2021"
    )
    assert r.event_date == dt.date(2021, 5, 3)


def test_stated_date_is_kept_when_the_weekday_disagrees() -> None:
    r = parse("On Friday, 8 November 2012, Mayor Lena Hartmann met the board.")
    assert r.event_date == dt.date(2012, 11, 8)
    assert any("Friday" in w for w in r.warnings)


def test_month_names_in_other_languages() -> None:
    assert month_number("ноября") == 11
    assert month_number("בנובמבר") == 11
    assert month_number("Sept") == 9
    assert month_number("Marching") is None


@pytest.mark.parametrize(
    ("headline", "body", "place"),
    [
        ("Mayor meets harbour board in Bergen", "Mayor Lena Hartmann met the board.", "Bergen"),
        ("Mayor to leave on official visit to Oslo", "Mayor Lena Hartmann leaves today.", "Oslo"),
        (
            "Mayor attends forum in Sharm a-Sheikh",
            "Mayor Lena Hartmann attended.",
            "Sharm a-Sheikh",
        ),
        (
            "Mayor meets board",
            "Mayor Lena Hartmann met the board at City Hall in Tromsø.",
            "Tromsø",
        ),
        (
            "Mayor meets board",
            "Mayor Lena Hartmann, at her Bergen office, met the board.",
            "Bergen",
        ),
        (
            "Mayor meets board",
            "Mayor Lena Hartmann met the board at Hotel Bristol.",
            "Hotel Bristol",
        ),
        (
            "Mayor on state visit to Norway",
            "Mayor Lena Hartmann flew to Norway and then to her summer house in Lillehammer.",
            "Lillehammer",
        ),
    ],
)
def test_place_constructions(headline: str, body: str, place: str) -> None:
    assert parse(body, headline).place == place


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("Mayor on state visit to Norway", "Mayor Lena Hartmann arrived in Norway today."),
        (
            "Mayor to leave on visits to Norway and Denmark",
            "Mayor Lena Hartmann will begin her visit in Oslo.",
        ),
        (
            "Mayor departs",
            "Mayor Lena Hartmann will visit the Nordic Council (Oslo, Bergen and Tromsø).",
        ),
        (
            "Mayor departs",
            "She meets the board (8 March in Oslo) and the council (9 March in Bergen).",
        ),
        (
            "Mayor meets board",
            "Mayor Lena Hartmann received the Man of the Year in Dialogue award.",
        ),
    ],
)
def test_no_place_for_countries_tours_and_non_places(headline: str, body: str) -> None:
    assert parse(body, headline).place is None


def test_place_from_the_summary_then_a_single_city_in_the_body() -> None:
    r = parse(
        "Mayor Lena Hartmann met the board at the Town Hall.",
        extra="    The mayor met the board at the Town Hall in Bergen.\n\n",
    )
    assert r.place == "Bergen"
    r = parse('Mayor Lena Hartmann met the board.\n\nShe said, "Welcome here in Narvik."')
    assert r.place == "Narvik"


def test_the_search_tools_date_stamp_dates_only_an_event_of_today() -> None:
    r = parse_release_text(
        "date 2023-04-24\n\nMayor Lena Hartmann met the harbour board at City Hall in Bergen."
    )
    assert r.headline is None
    assert r.event_date is None  # the stamp is when the page was stored, not the event
    r = parse_release_text(
        "date 2023-04-24 Mayor meets the harbour board\n\n"
        "Mayor Lena Hartmann met the harbour board today at City Hall in Bergen."
    )
    assert r.headline == "Mayor meets the harbour board"
    assert r.event_date == dt.date(2023, 4, 24)


def test_known_cities_departures_and_the_dc_suffix() -> None:
    def place(body: str) -> str | None:
        return parse_release_text(f"Mayors meet\n\n{body}").place

    assert place("Mayor Lena Hartmann met Mayor Ola Lind at the Town Hall in New Delhi.") == (
        "New Delhi"
    )
    assert place("Mayor Lena Hartmann departs today (June 19) for Ankara.") == "Ankara"
    assert place("Mayor Lena Hartmann left on Monday for Washington DC, where she will speak.") == (
        "Washington DC"
    )
    assert place(
        "Mayor Lena Hartmann met Governor Ola Lind today in Washington, D.C. They spoke."
    ) == ("Washington, D.C.")
    # a person after "to", a capitalised word after a city and a comma are no places
    assert place("The talks were useful. Speaking to Miriam Lind, the mayor thanked her.") is None
    assert (
        place(
            "Mayor Hartmann spoke.\n\nIn a ceremony at the Town Hall in Bergen, Hartmann accepted it."
        )
        == "Bergen"
    )


def test_hebrew_venue_named_anywhere_and_russian_non_breaking_hyphen() -> None:
    assert parse_release_text("ראש העיר יוסף לוי הגיע היום לכנסת ונפגש עם חברי הוועדה.").place == (
        "הכנסת"
    )
    r = parse_release_text("Сегодня в Санкт\u2011Петербурге мэр открыл новую набережную.")
    assert r.place == "Санкт\u2011Петербург"
