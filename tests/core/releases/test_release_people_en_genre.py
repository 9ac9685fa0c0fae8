"""English names in the shapes press pages print them (made-up text): an envoy after his
country in the possessive, abbreviated first names, and what is no person at all (a royal
title's everyday word, buildings, streets and a country's divisions, an organisation's name
after its "of", a site's menu words run together)."""

from __future__ import annotations

from pressdesk.core.releases.lang import looks_like_name
from pressdesk.core.releases.parser import parse_release_text
from pressdesk.services.releases.import_ import acceptable


def _people(text: str) -> dict[str, tuple[str | None, str]]:
    parsed = parse_release_text(text)
    return {p.name: (p.title, p.role) for p in parsed.participants if acceptable(p)}


def test_a_name_after_a_country_in_the_possessive_is_found() -> None:
    people = _people(
        "New envoys accredited\n\n"
        "President Tamsin Orrell accepted the credentials of five ambassadors on Monday. "
        "Among them were Peru's Anselmo Quiroga Vidal, Sri Lanka's Devika R. Pathirana and "
        "Norway's Halvard Lystad.\n"
    )
    assert {"Anselmo Quiroga Vidal", "Devika R. Pathirana", "Halvard Lystad"} <= set(people)


def test_an_abbreviated_first_name_stays_in_the_name() -> None:
    people = _people(
        "Minister calls on President\n\n"
        "Minister Farida Qasem called on President Rowshan Karim on Sunday, "
        "the president's press secretary Md. Anwarul Hoque told reporters.\n"
    )
    assert "Md. Anwarul Hoque" in people
    assert "Md" not in people and "Anwarul Hoque" not in people


def test_a_royal_titles_everyday_word_is_no_person() -> None:
    people = _people(
        "The visit to Eswatia\n\n"
        "President Olu Adeyemi met King Letsie-II and will call on Queen Mother during "
        "the second day of his visit.\n"
    )
    assert "Mother" not in people
    assert "Letsie-II" in people


def test_buildings_streets_and_divisions_are_no_people() -> None:
    people = _people(
        "The Governor receives the envoy\n\n"
        "The envoy was received at the Governor's Palace, Raj Niwas, in the state capital. "
        "Later she met Chief Minister Arvind Sethi at his official Tilak Marg residence. "
        "She said Uttar Pradesh and Madhya Pradesh offered much to investors.\n"
    )
    assert not {"Raj Niwas", "Tilak Marg", "Uttar Pradesh", "Madhya Pradesh"} & set(people)
    assert "Arvind Sethi" in people
    assert not looks_like_name("Moscow Oblast")
    assert not looks_like_name("Rashtrapati Bhavan")


def test_an_organisations_name_after_its_of_is_no_person() -> None:
    people = _people(
        "Talks in Yerevan\n\n"
        "President Aram Vardanyan received Prime Minister Levan Gelashvili. "
        "He hoped Georgia would attend the summit of the International Organization of "
        "La Concorde later this year.\n"
    )
    assert "La Concorde" not in people
    assert {"Aram Vardanyan", "Levan Gelashvili"} <= set(people)


def test_menu_words_run_together_are_no_name() -> None:
    people = _people(
        "MailNewsBusiness VideosSportShopping\n\n"
        "Prime Minister Ilse Vandermeer met President Tomas Brandt on Friday.\n"
    )
    assert set(people) == {"Ilse Vandermeer", "Tomas Brandt"}
    assert looks_like_name("Ronald McDonald")  # one capital inside a name is a name


def test_a_meeting_recently_held_elsewhere_is_another_event() -> None:
    people = _people(
        "Foreign ministers meet\n\n"
        "Foreign Minister Dara Mehrani met Foreign Minister Ilka Sorvali in Helsinki on Monday. "
        "Mehrani recently paid a visit to Oslo to hold talks with his Norwegian counterpart "
        "Sigurd Aasland.\n"
    )
    assert people["Ilka Sorvali"][1] == "participant"
    assert people["Sigurd Aasland"][1] == "mentioned"


def test_a_lead_that_says_recently_makes_it_the_reported_event() -> None:
    people = _people(
        "Minister receives phone call\n\n"
        "The Minister of Foreign Affairs, Dr. Awa Njie, recently held talks with the Foreign "
        "Minister of Iceland, H.E. Katla Jonsdottir.\n\n"
        "The two ministers agreed to keep in touch.\n"
    )
    assert people["Katla Jonsdottir"][1] == "participant"


def test_a_person_an_album_is_dedicated_to_is_only_mentioned() -> None:
    people = _people(
        "Prime ministers meet\n\n"
        "Prime Minister Aurel Vasilescu met his counterpart Petros Kallergis at the Palace. "
        "They will open an exhibition dedicated to the first envoy Iancu Manolescu.\n"
    )
    assert people["Iancu Manolescu"][1] == "mentioned"


def test_a_title_set_off_by_a_comma_ends_before_an_escort() -> None:
    people = _people(
        "State visit\n\n"
        "H.E. Baraka Mwinyi, President of the Republic of Zanvia together with his wife, "
        "First Lady Neema Mwinyi, welcomed President Lin Haoran at the State House.\n"
    )
    assert people["Baraka Mwinyi"][0] == "President of the Republic of Zanvia"


def test_an_acronym_in_brackets_stays_inside_the_title() -> None:
    people = _people(
        "Courtesy call\n\n"
        "Prime Minister Ruma Akter went to Brussels at the invitation of European Commission "
        "(EC) President Greta Lindqvist.\n"
    )
    assert people["Greta Lindqvist"][0] == "European Commission (EC) President"


def _place(text: str) -> str | None:
    return parse_release_text(text).place


def test_a_city_with_a_lower_case_word_inside_is_whole() -> None:
    text = (
        "State visit\n\n"
        "President Ama Owusu welcomed President Liu Wenbo at the State House in Dar es Salaam "
        "on Monday.\n"
    )
    assert _place(text) == "Dar es Salaam"


def test_a_former_country_name_is_no_city() -> None:
    text = (
        "The President leaves on a state visit\n\n"
        "President Kavi Raman left on Saturday for a visit to Gabon and Swaziland.\n\n"
        "During the visit to Swaziland, he will be received by the King.\n"
    )
    assert _place(text) is None


def test_wire_datelines_with_an_agency_give_the_city() -> None:
    caps = (
        "MINSK, JUNE 4, BELINFORM. President Oleg Varkov on June 4 received Prime Minister "
        "Tamar Gelovani, who arrived on an official visit, the press office said.\n"
    )
    dash = (
        "Ministers meet\n\n"
        "Riga, LETA – Foreign Minister Ilze Ozola met her Lithuanian counterpart Rokas "
        "Valys on the sidelines of the regional summit.\n"
    )
    assert _place(caps) == "Minsk"
    assert _place(dash) == "Riga"


def test_a_later_event_to_be_held_in_a_city_is_not_the_place() -> None:
    text = (
        "Minister receives delegation\n\n"
        "Foreign Minister Elnur Aliyev received a delegation led by Secretary General Omar "
        "Rashed.\n\n"
        "They said the business forum, to be held in Ganja next month, will deepen ties.\n"
    )
    assert _place(text) is None


def test_a_retired_officers_rank_belongs_to_the_title() -> None:
    people = _people(
        "Envoy calls on minister\n\n"
        "ISLAMABAD: The envoy called on Minister for Interior Brig (R) Tariq Mehmood Shah here "
        "on Thursday. Later she met Lt Gen (Retd.) Nadeem Aslam Khan and Col Rashid Baig.\n"
    )
    assert people["Tariq Mehmood Shah"][0] == "Minister for Interior Brig (R)"
    assert people["Nadeem Aslam Khan"][0] == "Lt Gen (Retd.)"
    assert people["Rashid Baig"][0] == "Col"


def test_a_rank_after_an_organisations_name_keeps_the_office_before_it() -> None:
    people = _people(
        "Delegation\n\n"
        "The delegation included Director General Frontier Works Organisation Maj Gen Imran "
        "Qadir Malik.\n"
    )
    assert people["Imran Qadir Malik"][0] == (
        "Director General Frontier Works Organisation Maj Gen"
    )


def test_a_dateline_with_a_long_tag_in_brackets_gives_the_city() -> None:
    dash = (
        "LAHORE (Metro Desk / Punjab News - 4th May, 2021 ) :The provincial minister met the "
        "visiting envoy on Tuesday.\n"
    )
    closed = (
        "DOHA, (Gulf Wire / QNA - 3rd Jan, 2022) Foreign Minister Salim Nasser met the envoy "
        "of Chile on Monday.\n"
    )
    assert _place(dash) == "Lahore"
    assert _place(closed) == "Doha"
