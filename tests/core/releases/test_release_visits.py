"""A visit abroad, on made-up releases: a city of another country is named in passing, and
two or more cities of the visited country make a tour with no one place."""

from __future__ import annotations

from pressdesk.core.releases import parse_release_text
from pressdesk.core.releases.places import find_place, visited_country
from pressdesk.core.releases.visits import country_code, fits, is_tour


def test_country_codes_come_from_knowledge_in_each_language() -> None:
    assert country_code("India") == "IN"
    assert country_code("the US") == "US"
    assert country_code("רואנדה", "he") == "RW"
    assert country_code("Россия", "ru") == "RU"
    assert country_code("Springfield") is None


def test_a_city_fits_a_visit_only_in_the_visited_country() -> None:
    assert fits("Mumbai", "IN") and not fits("Jerusalem", "IN")
    assert fits("Jerusalem", None)
    assert fits("Unknownville", "IN")  # an unknown place is never ruled out
    assert is_tour(["Mumbai", "Chandigarh", "Singapore"], "IN")
    assert not is_tour(["Mumbai", "Mumbai"], "IN")


def test_the_visited_country_is_read_from_the_visit_words() -> None:
    assert visited_country(["Foreign Minister to visit Brazil next week"]) == "BR"
    assert visited_country(["The president departs for the US tonight"]) == "US"
    assert visited_country(["During his Kenya visit the minister met farmers"]) == "KE"
    assert visited_country(["The minister met the mayor of Haifa"]) is None
    assert visited_country(["The minister will visit Paris"]) is None  # the city says where
    assert visited_country(["500,000 tourists visited Spain last year"]) is None
    assert visited_country(["He met the visiting US President"]) is None
    assert visited_country(["a farewell visit to Israel's closest friend"]) is None


def test_a_state_visit_with_stops_in_two_cities_has_no_one_place() -> None:
    text = (
        "President to visit Brazil\n\n"
        "The President will open a water conference in Sao Paulo on Monday.\n\n"
        "He will later meet the President of Brazil in Brasilia and address the Congress.\n\n"
        "The two countries will sign agreements on agriculture and science."
    )
    assert parse_release_text(text).place is None


def test_a_home_city_in_the_remarks_of_a_departing_leader_is_not_the_place() -> None:
    place, _ = find_place(
        headline="Prime Minister departs for Japan",
        subheadline=None,
        summary=None,
        body=[
            "Prime Minister X made the following remarks upon leaving for Japan:",
            "I will thank our hosts for opening a trade office in Jerusalem last year.",
        ],
    )
    assert place is None


def test_a_dateline_at_home_is_not_the_place_of_a_visit_abroad() -> None:
    text = (
        "WARSAW, 3 July (PAP) - The Polish foreign minister met the President of Ghana "
        "during his visit to Ghana, the ministry said.\n\n"
        "The two discussed trade and education."
    )
    assert parse_release_text(text).place is None


def test_a_visit_with_one_city_of_the_country_keeps_it() -> None:
    place, _ = find_place(
        headline="Foreign Minister visits Kenya",
        subheadline=None,
        summary=None,
        body=["The Foreign Minister met the President of Kenya in Nairobi on Tuesday."],
    )
    assert place == "Nairobi"


def test_what_is_talked_about_in_a_city_is_not_the_place() -> None:
    body = [
        "The two leaders met on Friday and discussed the current security situation in Haifa.",
        "They also spoke about moving the embassy to Haifa and about the war in Tyre.",
    ]
    assert find_place(headline=None, subheadline=None, summary=None, body=body)[0] is None


def _he(headline: str | None, *body: str) -> str | None:
    from pressdesk.core.releases.lang import he

    return he.find_place(headline=headline, subheadline=None, summary=None, body=list(body))[0]


def test_hebrew_quoted_speech_and_topics_name_no_place() -> None:
    assert (
        _he('השר נפגש עם עמיתו: "תודה על ההכרה בירושלים כבירתנו"', "השר נועד עם עמיתו בחיפה.")
        == "חיפה"
    )
    assert _he(None, "השר נפגש היום עם השגריר ודנו במצב ובמלחמה בעזה.") is None
    assert _he(None, 'יו"ר הוועדה נפגש היום עם השגריר ודן בהפגנות בתל אביב.') is None


def test_hebrew_visit_abroad_rules_out_a_home_city_and_a_home_venue() -> None:
    lead = 'ראש הממשלה אמר בעת ביקורו בקניה: "אנחנו נבנה בירושלים ובכל מקום"'
    assert _he(None, lead, "הפגישה נערכה בבית הנשיא.") is None
    assert _he(None, "השר יצא לביקור בצרפת.", "השר נפגש עם עמיתו בפריז.") == "פריז"


def test_hebrew_office_is_a_place_only_after_a_preposition() -> None:
    assert _he(None, "לשכת ראש הממשלה הודיעה כי הנציג ייפגש עם גורמים בלבנון.") is None
    assert _he(None, "השר נפגש עם השגריר בלשכת ראש הממשלה.") == "לשכת ראש הממשלה"


def _ru(*body: str, headline: str | None = None) -> str | None:
    from pressdesk.core.releases.lang import ru

    return ru.find_place(headline=headline, subheadline=None, summary=None, body=list(body))[0]


def test_russian_visit_to_a_country_with_stops_in_several_of_its_cities_has_no_place() -> None:
    assert (
        _ru(
            "На этой неделе во Франции проходит визит министра культуры.",
            "Поездка началась в Париже со встречи с коллегой.",
            "Затем делегация отправилась в Лион.",
        )
        is None
    )


def test_russian_background_sentences_name_no_place() -> None:
    assert (
        _ru(
            "Министры провели переговоры по телефону.",
            "Ранее министр встретился с послом в Берлине.",
            "Напомним, что в Вене в прошлом году прошел саммит.",
        )
        is None
    )


def test_russian_sidelines_give_the_venue_in_the_nominative() -> None:
    assert _ru("Министры поговорили в кулуарах Зимнего дворца.") == "Зимний дворец"


def test_russian_city_of_the_visited_country_beats_a_city_abroad() -> None:
    assert (
        _ru(
            "Президент находится с визитом в Германии.",
            "Он посетил мемориал в Берлине, а затем выехал в Прагу и вернулся.",
        )
        == "Берлин"
    )


def test_an_invitation_to_visit_is_not_the_visit_of_the_event() -> None:
    assert visited_country(["The president invited the minister to visit Chile soon."]) is None
    assert _he(None, "השר נפגש עם עמיתו בוושינגטון. עמיתו הזמין אותו לביקור בפרו.") == ("וושינגטון")
    assert (
        _ru("Министр встретился с коллегой в Вене.", "Коллега пригласил его с визитом в Перу.")
        == "Вена"
    )


def test_everyday_words_after_in_or_to_are_no_town() -> None:
    place, _ = find_place(
        headline="First visit to Presidency by the new premier",
        subheadline=None,
        summary=None,
        body=["The premier held a meeting in Parliament and later in Lahore with the president."],
    )
    assert place == "Lahore"


def test_hebrew_knows_the_capitals_geonames_lacks() -> None:
    assert _he(None, "ראש הממשלה נפגש עם נשיא פרו בוושינגטון.") == "וושינגטון"


def _en(*body: str, headline: str | None = None) -> str | None:
    return find_place(headline=headline, subheadline=None, summary=None, body=list(body))[0]


def test_a_named_venue_ends_at_a_lower_case_word_and_may_end_in_its_kind() -> None:
    assert _en("The forum opened at the Hotel Royal near the sea on Wednesday.") == "Hotel Royal"
    assert _en("The ceremony took place at the Grand Lisboa Convention Center.") == (
        "Grand Lisboa Convention Center"
    )


def test_membership_after_in_is_no_place() -> None:
    assert _en("The minister thanked the young people who serve in Tzahal and in Magav.") is None


def test_a_sentence_opening_in_a_known_city_names_the_place() -> None:
    lead = "The Minister of Economy is on a visit to Japan. In Osaka he opened the pavilion."
    assert _en(lead) == "Osaka"
    assert _en("In Brief the minister said the talks went well.") is None


def test_a_past_journey_is_not_the_place_or_the_visit() -> None:
    lead = "The Prime Minister met the Defense Minister in Haifa. He returned from a visit to Rome."
    assert _en(lead) == "Haifa"
    assert visited_country(["He returned on Monday from a visit to Italy."]) is None


def test_hebrew_stops_in_two_cities_after_and_in_are_a_tour() -> None:
    assert _he(None, "השר יצא היום לביקור באיטליה ובו ייפגש עם עמיתיו ברומא ובמילאנו.") is None


def test_hebrew_institution_named_after_its_city_gives_the_city() -> None:
    assert _he(None, "השרה ביקרה היום באוניברסיטת חיפה ונפגשה עם חוקרים.") == "חיפה"
    assert _he(None, "השר נפגש היום בעיריית באר שבע עם ראש העיר.") == "באר שבע"


def test_hebrew_residences_are_venues() -> None:
    assert _he(None, "ראש הממשלה אירח הערב במעון ראש הממשלה את השגריר.") == "מעון ראש הממשלה"
