"""English titles: where a title begins and ends around a name (made-up releases)."""

from __future__ import annotations

from pressdesk.core.releases import ParsedPerson, parse_release_text
from pressdesk.core.releases.layout import analyse

ISSUER = "(Communicated by the Office of the Mayor)"


def people(body: str, *, headline: str = "Mayor meets guests") -> dict[str, ParsedPerson]:
    text = f"{headline}\n\n{ISSUER}\n\n{body}"
    return {p.name: p for p in parse_release_text(text).participants}


def titles(body: str) -> dict[str, str | None]:
    return {name: p.title for name, p in people(body).items()}


def test_title_after_the_name_drops_its_article() -> None:
    found = titles(
        "Mayor Lena Hartmann met with Dr. Piet Janssen, the rector of the University of "
        "Utrecht, and with Ana Ruiz, the director of the City Library."
    )
    assert found["Piet Janssen"] == "rector of the University of Utrecht"
    assert found["Ana Ruiz"] == "director of the City Library"


def test_title_after_the_name_drops_a_possessive_owner() -> None:
    found = titles(
        "Mayor Lena Hartmann hosted Tomas Berg, Norway's Ambassador to Chile and Peru, and "
        "Ida Voss, Governor Carl Holm's special adviser for harbour affairs, at City Hall."
    )
    assert found["Tomas Berg"] == "Ambassador to Chile and Peru"
    assert found["Ida Voss"] == "special adviser for harbour affairs"


def test_title_after_the_name_stops_before_a_phrase_of_other_words() -> None:
    found = titles(
        "The mayor met community leaders, among them Dan Ross, chairman of Hillel and dozens "
        "of other volunteers."
    )
    assert found["Dan Ross"] == "chairman of Hillel"


def test_title_after_the_name_keeps_its_acronym_in_brackets() -> None:
    found = titles(
        "Mayor Lena Hartmann met Rosa Lind, director of the Harbour Safety Agency (HSA), and "
        "Omar Said, head of the port (north side)."
    )
    assert found["Rosa Lind"] == "director of the Harbour Safety Agency (HSA)"
    assert found["Omar Said"] == "head of the port"


def test_a_list_of_names_each_with_its_title_after_it() -> None:
    found = titles(
        "Present at the ceremony were Li Wen, Chinese ambassador to Chile, Zhao Ming, deputy "
        "governor of Yunnan, Sun Hui, vice-minister of Culture, and other guests."
    )
    assert found == {
        "Li Wen": "Chinese ambassador to Chile",
        "Zhao Ming": "deputy governor of Yunnan",
        "Sun Hui": "vice-minister of Culture",
    }


def test_a_rank_after_an_office_and_a_comma() -> None:
    found = titles(
        "Mayor Lena Hartmann welcomed the Chief of Staff, Lt.-Gen. Arne Dahl, and the "
        "Commander of the Navy, Admiral Eva Strand."
    )
    assert found["Arne Dahl"] == "Chief of Staff, Lt.-Gen."
    assert found["Eva Strand"] == "Commander of the Navy, Admiral"


def test_a_style_between_the_office_and_the_name_is_not_the_title() -> None:
    found = titles(
        "Mayor Lena Hartmann met the Speaker of the Bundestag Prof. Klaus Adler, Saudi "
        "Foreign Minister Prince Khalid Al Fahd and Prince Henrik."
    )
    assert found["Klaus Adler"] == "Speaker of the Bundestag"
    assert found["Khalid Al Fahd"] == "Saudi Foreign Minister"
    assert found["Henrik"] == "Prince"


def test_title_words_of_the_lexicon() -> None:
    found = titles(
        "Mayor Lena Hartmann met South African Trade Minister Sipho Dlamini, the visiting "
        "Chilean President Ana Soto, External Affairs Minister Ravi Rao, Foreign Minister "
        "and Alternate Prime Minister Ron Adar, United Nations Secretary General Kofi Mensah "
        "and military attache Ivan Petrov."
    )
    assert found == {
        "Lena Hartmann": "Mayor",
        "Sipho Dlamini": "South African Trade Minister",
        "Ana Soto": "visiting Chilean President",
        "Ravi Rao": "External Affairs Minister",
        "Ron Adar": "Foreign Minister and Alternate Prime Minister",
        "Kofi Mensah": "United Nations Secretary General",
        "Ivan Petrov": "military attache",
    }


def test_a_plural_organisation_is_no_person() -> None:
    found = titles(
        "Mayor Lena Hartmann met Sara Cohn, CEO of the Jewish Federations in Canada, and "
        "Paul Weiss, head of the Teachers Unions of Ontario."
    )
    assert found["Sara Cohn"] == "CEO of the Jewish Federations in Canada"
    assert found["Paul Weiss"] == "head of the Teachers Unions of Ontario"
    assert "Federations" not in found


def test_a_nickname_form_is_the_same_person() -> None:
    found = people(
        "Mayor Lena Hartmann met the Chief of Staff, General Daniel (Danny) Levin. "
        "Danny Levin, the chief of staff, said the visit was a success."
    )
    assert "Danny Levin" not in found
    assert found["Daniel (Danny) Levin"].title == "Chief of Staff, General"


def test_a_portfolio_of_title_case_things_before_the_office() -> None:
    found = titles(
        "Mayor Lena Hartmann met Culture and Special Events Minister Ana Tora and the Youth "
        "and Games Minister Ravi Rao."
    )
    assert found["Ana Tora"] == "Culture and Special Events Minister"
    assert found["Ravi Rao"] == "Youth and Games Minister"


def test_a_title_wrapped_over_two_lines() -> None:
    text = (
        "Visit to the islands\n\n"
        "The mayor flew in on Monday.\n"
        "She met with the Fijian Prime\n"
        "Minister Ana Tora and discussed trade between\n"
        "the two countries.\n"
        "She thanked the Deputy\n"
        "Harbour Master for the tour.\n"
    )
    found = {p.name: p.title for p in parse_release_text(text).participants}
    assert found["Ana Tora"] == "Fijian Prime Minister"
    body = analyse(text).body
    assert any("the Fijian Prime Minister Ana Tora and" in p for p in body)
    assert any(p.endswith("She thanked the Deputy") for p in body)  # no office after it


def test_an_institution_or_a_city_completes_the_title() -> None:
    found = titles(
        "Mayor Lena Hartmann met the Prime Minister of the Hellenic Republic Nikos Dimas, UN "
        "Special Coordinator for the Middle East Peace Process Tor Lund, Mayor of Jerusalem "
        "Dan Avi, Governor of New York Kate Hollis and Consul General of Israel in Chicago "
        "Asaf Ron."
    )
    assert found["Nikos Dimas"] == "Prime Minister of the Hellenic Republic"
    assert found["Tor Lund"] == "UN Special Coordinator for the Middle East Peace Process"
    assert found["Dan Avi"] == "Mayor of Jerusalem"
    assert found["Kate Hollis"] == "Governor of New York"
    assert found["Asaf Ron"] == "Consul General of Israel in Chicago"


def test_houses_of_parliament_agencies_and_seats_of_government() -> None:
    found = titles(
        "Mayor Lena Hartmann met the Speaker of the House of Representatives Kevin Moore, "
        "Head of the Mossad Dan Barak, White House Press Secretary Jen Ross and Crown "
        "Prince of Bahrain Salman Al Khalifa."
    )
    assert found["Kevin Moore"] == "Speaker of the House of Representatives"
    assert found["Dan Barak"] == "Head of the Mossad"
    assert found["Jen Ross"] == "White House Press Secretary"
    assert found["Salman Al Khalifa"] == "Crown Prince of Bahrain"


def test_prof_is_a_form_of_address() -> None:
    found = titles(
        "Mayor Lena Hartmann met the Governor of the Central Bank, Prof. Amir Yarden, and "
        "Prof. Dina Levi."
    )
    assert found["Amir Yarden"] == "Governor of the Central Bank"
    assert found["Dina Levi"] is None


def test_the_owner_of_an_office_before_it() -> None:
    found = titles(
        "Mayor Lena Hartmann met with Contoso CEO Satya Rao, with Bavaria-Nord "
        "Minister-President Karl Brandt and with Likud MK Dana Stern."
    )
    assert found["Satya Rao"] == "Contoso CEO"
    assert found["Karl Brandt"] == "Bavaria-Nord Minister-President"
    assert found["Dana Stern"] == "Likud MK"


def test_a_possessive_or_a_first_name_before_an_office_is_no_owner() -> None:
    found = titles(
        "Mayor Lena Hartmann met Japan's Deputy Foreign Minister Kenji Sato and talked with "
        "Anna Secretary General Ruth Bar."
    )
    assert found["Kenji Sato"] == "Deputy Foreign Minister"
    assert found["Ruth Bar"] == "Secretary General"
