"""Named venues and the city around them, on made-up releases of the genre: a venue named
with "at" is the place when no city is given, a room gives its building, "here" and a
dateline give the city, a visit's host city beats the venue of its lead."""

from __future__ import annotations

import pytest

from pressdesk.core.releases import parse_release_text
from pressdesk.core.releases.lang.en_venues import named_venue
from pressdesk.core.releases.places import find_place


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        ("The President received the envoy at Beit Aghion on Monday.", "Beit Aghion"),
        ("The minister hosted her counterpart at the Foreign Ministry.", "Foreign Ministry"),
        ("Talks were held at the Presidential Palace in the morning.", "Presidential Palace"),
        ("The Queen met him at the Oval Room in the Royal Palace.", "Royal Palace"),
        ("A dinner was given at the Prime Minister's Residence.", "Prime Minister's Residence"),
        ("The guests were received at Istana Merdeka.", "Istana Merdeka"),
    ],
)
def test_a_building_named_with_at_is_a_venue(sentence: str, venue: str) -> None:
    assert named_venue(sentence) == venue


@pytest.mark.parametrize(
    "sentence",
    [
        "He spoke at the Council of Europe about the treaty.",
        "She met the ambassador at the invitation of the Speaker.",
        "The ministers met at the G7 Trade Ministers' Meeting.",
        "He gave a speech at UNESCO.",
        "They met at Ottawa on Friday.",
        "The minister arrived at Poland's request.",
        "The talks ended at the Ministry.",
        "He was received at Maria Lopez's home.",
        "The meeting started at Noon Monday.",
    ],
)
def test_an_event_a_body_a_city_or_a_person_is_no_venue(sentence: str) -> None:
    assert named_venue(sentence) is None


def test_a_venue_in_the_lead_is_the_place_when_the_body_names_only_earlier_trips() -> None:
    text = (
        "Premier calls on President at Istana Negara\n\n"
        "Prime Minister Aida Rahman on Sunday paid a courtesy call on President Omar Kassim "
        "at Istana Negara.\n\n"
        "She briefed the president on her recent visits to Tokyo and to Seoul, his press "
        "secretary said. She went to Seoul on 3 May."
    )
    assert parse_release_text(text).place == "Istana Negara"


def test_a_venue_followed_by_here_is_in_the_datelines_city() -> None:
    text = (
        "Envoys present credentials\n\n"
        "Nairobi: Envoys of three states presented their credentials to the President at a "
        "ceremony held in State House here today.\n\n"
        "The envoys of Chile, Ghana and Laos then met the foreign minister."
    )
    assert parse_release_text(text).place == "Nairobi"


def test_a_venue_followed_by_here_without_a_dateline_is_the_venue() -> None:
    body = ["The visiting premier attended a reception at Istana Merdeka here on Friday."]
    place, _ = find_place(headline=None, subheadline=None, summary=None, body=body)
    assert place == "Istana Merdeka"


def test_on_a_visit_the_host_city_of_the_body_beats_the_venue_of_the_lead() -> None:
    body = [
        "The Prime Minister on Tuesday received the visiting President at the PM House.",
        "The President, who reached Nairobi last night, is on a three-day visit to Kenya.",
    ]
    place, _ = find_place(headline=None, subheadline=None, summary=None, body=body)
    assert place == "Nairobi"


def test_a_headline_venue_holds_even_when_the_visit_tours_several_cities() -> None:
    text = (
        "Thai premier receives welcome at Rashtrapati Bhavan, meets Prime Minister\n\n"
        "The Thai Prime Minister on Monday was welcomed at Rashtrapati Bhavan, on a four-day "
        "visit to India.\n\n"
        "He will leave for Mumbai on Tuesday and fly on to Kolkata and Chennai on Thursday."
    )
    assert parse_release_text(text).place == "Rashtrapati Bhavan"


def test_a_country_running_into_a_name_is_no_city() -> None:
    body = [
        "The Ambassador of Chile to Sri Lanka Pedro Alvarez called on the minister at the "
        "Foreign Ministry."
    ]
    place, _ = find_place(headline=None, subheadline=None, summary=None, body=body)
    assert place == "Foreign Ministry"


def test_an_institutions_seat_is_the_place_when_no_other_city_is_named() -> None:
    body = [
        "The President met the Secretary-General on Tuesday.",
        "The meeting took place in a room of the headquarters of the United Nations "
        "Organisation in Geneva.",
    ]
    place, _ = find_place(headline=None, subheadline=None, summary=None, body=body)
    assert place == "Geneva"


def test_a_dateline_from_home_is_not_the_place_of_a_visit_to_another_city() -> None:
    text = (
        "Nairobi:The foreign minister met the Israeli prime minister on Monday.\n\n"
        "The minister is on a four-day visit to Tel Aviv to hold talks with the leadership."
    )
    assert parse_release_text(text).place == "Tel Aviv"


def test_a_building_that_hosts_the_event_is_the_venue_a_person_is_not() -> None:
    assert named_venue("Today Rideau Hall welcomed six new envoys.") == "Rideau Hall"
    assert named_venue("This morning the White House hosted the leaders.") == "White House"
    assert named_venue("Today Kowalski welcomed six new envoys.") is None


def test_where_an_envoy_resides_is_not_the_place() -> None:
    body = [
        "The Ambassador of Chile presented his credentials to the President, accredited "
        "with residence in Canberra.",
        "Dr Lee, who is based in Tokyo, also attended.",
    ]
    assert find_place(headline=None, subheadline=None, summary=None, body=body)[0] is None


def test_a_city_comma_and_a_capitalised_sentence_is_a_dateline_spelling_the_place() -> None:
    text = (
        "Foreign Minister meets counterpart\n\n"
        "New York, The Minister of Foreign Affairs met the Minister of Foreign Affairs of "
        "Chile at the United Nations Headquarters in New York City.\n\n"
        "A memorandum was signed."
    )
    assert parse_release_text(text).place == "New York"


def test_the_one_venue_of_the_captions_is_the_place_when_the_text_names_none() -> None:
    body = ["The King and Queen of Norway began a state visit to Denmark on Tuesday."]
    captions = [
        "The royal couples before the gala dinner at the Amalienborg Palace.",
        "The guests were welcomed with flags at the Amalienborg Palace.",
    ]
    place, _ = find_place(
        headline=None, subheadline=None, summary=None, body=body, captions=captions
    )
    assert place == "Amalienborg Palace"


def test_a_caption_venue_followed_by_its_city_gives_the_city() -> None:
    body = ["The Prime Minister made a two-day visit to Fiji recently."]
    captions = ["The Prime Minister inspects a guard at the Nausori International Airport, Suva."]
    place, _ = find_place(
        headline=None, subheadline=None, summary=None, body=body, captions=captions
    )
    assert place == "Suva"


def test_a_city_named_only_in_a_caption_is_not_the_place() -> None:
    body = ["The Prime Minister made a two-day visit to Fiji recently."]
    captions = ["The Prime Minister arrives in Suva."]
    place, _ = find_place(
        headline=None, subheadline=None, summary=None, body=body, captions=captions
    )
    assert place is None


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The minister took part in Eurovision celebrations on Monday.", None),
        ("He spoke of the hostages held in Hamas captivity.", None),
        ("The President met survivors in Kfar Aza on Monday.", "Kfar Aza"),
        ("The president welcomed him in Mexico City.", "Mexico City"),
        ("The minister met the envoy in Guatemala City on Friday.", "Guatemala City"),
    ],
)
def test_a_capitalised_word_qualifying_a_noun_is_no_town_a_city_named_after_a_country_is(
    sentence: str, place: str | None
) -> None:
    assert find_place(headline=None, subheadline=None, summary=None, body=[sentence])[0] == place
