"""Datelines of the news genre, on made-up texts: a city opening the lead with a date or an
agency tag, a wire dateline on its own line, a city line above the date line."""

from __future__ import annotations

import pytest

from pressdesk.core.releases import parse_release_text
from pressdesk.core.releases.datelines import opening_dateline


@pytest.mark.parametrize(
    ("paragraph", "city"),
    [
        ("BERLIN, (APP) : The foreign minister on Friday opened the new consulate.", "BERLIN"),
        ("Hanoi, March 2 (VNA) — The deputy prime minister received the delegation.", "Hanoi"),
        ("Tbilisi, October 12. /Agency/", "Tbilisi"),
        ("NAIROBI (Reuters) - Kenya's president met the envoy on Tuesday.", "NAIROBI"),
        ("NEW DELHI — The two ministers signed three agreements.", "NEW DELHI"),
        ("Jerusalem, 4 May 2015 – The President received the credentials.", "Jerusalem"),
        ("МОСКВА, 14 января. /ТАСС/. Министр провел переговоры с коллегой.", "МОСКВА"),
        ("Nairobi: The President received four envoys at State House today.", "Nairobi"),
        ("Lima:The two ministers signed a memorandum on fisheries.", "Lima"),
    ],
)
def test_a_paragraph_opening_with_a_dateline_gives_its_city(paragraph: str, city: str) -> None:
    found = opening_dateline(paragraph)
    assert found is not None and found.split(",")[0] == city


@pytest.mark.parametrize(
    "paragraph",
    [
        "Jerusalem, the capital of Israel, hosted the summit of the region's ministers.",
        "Paris: a city of light where the talks went on for hours and ended late.",
        "Lima - the minister said - will host the next round of the talks in May.",
        "Minister Kaplan, 4 May 2015 – The President received the credentials.",
        "Haifa:",
    ],
)
def test_a_sentence_opening_with_a_city_is_no_dateline(paragraph: str) -> None:
    assert opening_dateline(paragraph) is None


def test_a_wire_dateline_in_the_lead_gives_the_place() -> None:
    text = (
        "Minister opens trade fair\n\n"
        "HANOI, (VNA) : The trade minister on Thursday opened the annual fair with his "
        "Laotian counterpart.\n\n"
        "The two ministers toured the pavilions and met exhibitors."
    )
    assert parse_release_text(text).place == "Hanoi"


def test_a_wire_dateline_on_a_line_of_its_own_gives_the_place() -> None:
    text = (
        "Delegation lays flowers at the memorial\n\n"
        "Delegation lays flowers at the memorial.\n"
        "Tbilisi, October 12. /Agency/\n"
        "Members of the visiting delegation laid flowers at the memorial on Sunday.\n"
        "They then toured the old town."
    )
    assert parse_release_text(text).place == "Tbilisi"


def test_a_city_line_above_the_date_line_is_one_dateline_not_the_title() -> None:
    text = (
        "Geneva\n\n"
        "4 May 2015\n\n"
        "Readout of the High Commissioner's meeting with the Foreign Minister of Peru\n\n"
        "The High Commissioner met with the Foreign Minister of Peru.\n"
        "They discussed the situation of migrants in the region."
    )
    parsed = parse_release_text(text)
    assert parsed.place == "Geneva"
    assert parsed.headline != "Geneva"
    assert parsed.event_date is not None and parsed.event_date.isoformat() == "2015-05-04"


def test_a_label_line_of_cities_is_no_dateline() -> None:
    text = (
        "Haifa:\nEilat:\n\n"
        "Minister visits the port\n\n"
        "The transport minister visited the port on Monday and met its workers."
    )
    assert parse_release_text(text).place is None


def test_a_dateline_paragraph_above_the_lead_is_not_the_lead() -> None:
    text = (
        "Israel-Peru Political Consultations\n\n"
        "(Communicated by the Foreign Ministry Spokesperson)\n"
        "Jerusalem, June 3, 2004\n\n"
        "The Deputy Director General departs today for Lima, the Peruvian capital, at the "
        "head of a delegation to the yearly consultations.\n\n"
        "The delegation will discuss bilateral issues with their Peruvian counterparts."
    )
    assert parse_release_text(text).place == "Lima"
