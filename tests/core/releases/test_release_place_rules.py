"""Where the event is: rules of the genre and of each language, on made-up texts."""

from __future__ import annotations

from pressdesk.core.releases import gazetteer, parse_release_text
from pressdesk.core.releases.lang import he, ru
from pressdesk.core.releases.places import find_place


def test_a_dateline_gives_the_city_when_the_text_names_none() -> None:
    place, _ = find_place(
        headline="Readout of the Secretary-General's meeting with the envoy",
        subheadline=None,
        summary=None,
        body=["The Secretary-General today met with the envoy of Peru."],
        datelines=["New York, 4 May 2015"],
    )
    assert place == "New York"


def test_a_city_called_city_is_known_without_the_word_and_a_country_keeps_its_name() -> None:
    place = gazetteer.lookup("New York")
    assert place is not None and place.kind == "city"
    kuwait = gazetteer.lookup("Kuwait")
    assert kuwait is not None and kuwait.kind == "country"


def test_a_city_named_only_inside_a_quotation_is_not_the_place() -> None:
    body = [
        "The minister met the ambassador of Chile this afternoon.",
        "He said: “Our thoughts are with the families of the victims of the attack in Haifa.”",
    ]
    assert find_place(headline=None, subheadline=None, summary=None, body=body)[0] is None


def test_a_speaker_saying_here_in_names_the_place() -> None:
    body = [
        "The president received the visiting prime minister at the residence.",
        "He said: “It is an honour to host you here in Haifa, my friend, and to talk.”",
    ]
    assert find_place(headline=None, subheadline=None, summary=None, body=body)[0] == "Haifa"


def test_russian_city_of_a_post_is_not_the_place_and_a_tagged_org_city_is() -> None:
    body = ["Губернатор встретился с послом Франции в Москве Жаном Дюпоном."]
    assert ru.find_place(headline=None, subheadline=None, summary=None, body=body)[0] is None
    body = ["Сегодня в Санкт-Петербурге открылся новый офис фонда."]
    place, _ = ru.find_place(headline=None, subheadline=None, summary=None, body=body)
    assert place == "Санкт-Петербург"


def test_russian_trip_to_several_cities_and_a_journey_give_no_place() -> None:
    body = ["Министр отправилась в Казань, Самару и Омск с рабочим визитом."]
    assert ru.find_place(headline=None, subheadline=None, summary=None, body=body)[0] is None
    place, _ = ru.find_place(
        headline=None,
        subheadline=None,
        summary=None,
        body=["Министр прибыла с визитом во Францию."],
        captions=["Министр в поезде из Лиона в Париж"],
    )
    assert place is None


def test_russian_captions_give_the_city_when_the_text_names_none() -> None:
    place, _ = ru.find_place(
        headline="Министр возложил венок",
        subheadline=None,
        summary=None,
        body=["Министр возложил венок к памятнику на холме."],
        captions=["Министр у памятника в Париже. 3 мая 2015 года"],
    )
    assert place == "Париж"


def test_hebrew_trip_to_several_cities_gives_no_place_and_an_airport_is_a_venue() -> None:
    body = ["השר צפוי לטוס בשבוע הבא לביקור בפריז, רומא ומדריד, ויקיים פגישות."]
    assert he.find_place(headline=None, subheadline=None, summary=None, body=body)[0] is None
    body = ['ראש ממשלת יוון התקבל בנתב"ג ע"י השר, ולאחר מכן ייפגש עם הנשיא בכנסת.']
    assert he.find_place(headline=None, subheadline=None, summary=None, body=body)[0] == 'נתב"ג'


def test_the_parser_passes_the_dateline_to_the_place_finder() -> None:
    found = parse_release_text(
        "Readout of the Secretary-General's meeting with the envoy\n\n"
        "New York, 4 May 2015\n\n"
        "The Secretary-General today met with the envoy of Peru. They spoke about trade.\n"
    )
    assert found.place == "New York"


def test_a_telephone_call_has_no_place_even_under_a_dateline() -> None:
    place, _ = find_place(
        headline="Readout of the minister's telephone conversation with the envoy",
        subheadline=None,
        summary=None,
        body=["The minister spoke by telephone with the envoy of Peru this morning."],
        datelines=["Geneva, 4 May 2015"],
    )
    assert place is None
    place, _ = find_place(
        headline="Readout of the minister's meeting with the envoy",
        subheadline=None,
        summary=None,
        body=["The minister met the envoy of Peru this morning."],
        datelines=["Geneva, 4 May 2015"],
    )
    assert place == "Geneva"


def test_a_named_airport_is_the_venue_when_no_city_is_given() -> None:
    body = [
        "The foreign minister concluded her visit to Chile.",
        "She was seen off at the Arturo Merino Benitez International Airport by officials.",
    ]
    place, _ = find_place(headline=None, subheadline=None, summary=None, body=body)
    assert place == "Arturo Merino Benitez International Airport"


def test_a_venue_in_the_lead_outweighs_a_city_named_in_passing_later() -> None:
    body = [
        "The visiting premier was received by the president at the Kremlin on Friday.",
        "He recalled the floods that struck the region around Rostov last spring.",
        "“We remember the victims in Kazan and everywhere,” he added.",
        "The talks covered trade in Omsk and beyond, the ministry said.",
    ]
    place, _ = find_place(headline=None, subheadline=None, summary=None, body=body)
    assert place == "Kremlin"
    body[2:] = ["“It is a pleasure to be here in Moscow,” he added."]
    place, _ = find_place(headline=None, subheadline=None, summary=None, body=body)
    assert place == "Moscow"


def test_a_weekday_or_month_after_a_city_is_a_time_not_part_of_its_name() -> None:
    for lead, city in (
        ("The minister landed in New York on Sunday for a two-day visit.", "New York"),
        ("The minister will meet the envoy in San Diego in May.", "San Diego"),
    ):
        place, _ = find_place(headline=None, subheadline=None, summary=None, body=[lead])
        assert place == city
