"""People: names, titles at the first full mention, short forms, roles."""

from __future__ import annotations

from pressdesk.core.releases import ParsedPerson, name_key, parse_release_text

ISSUER = "(Communicated by the Office of the Mayor)"


def people(
    body: str, *, headline: str = "Mayor meets guests", extra: str = ""
) -> dict[str, ParsedPerson]:
    text = f"{headline}\n\n{extra}{ISSUER}\n\n{body}"
    return {p.name: p for p in parse_release_text(text).participants}


def roles(found: dict[str, ParsedPerson]) -> dict[str, tuple[str | None, str]]:
    return {name: (p.title, p.role) for name, p in found.items()}


def test_nationality_and_office_before_the_name() -> None:
    found = people("Mayor Lena Hartmann met today with Danish Foreign Minister Jens Lund.")
    assert roles(found) == {
        "Lena Hartmann": ("Mayor", "participant"),
        "Jens Lund": ("Danish Foreign Minister", "participant"),
    }


def test_compound_title_with_and_and_of() -> None:
    found = people(
        "Deputy Prime Minister and Minister of Foreign Affairs Ana Costa met with "
        "Agriculture and Rural Development Minister Paulo Reis and the Minister of Housing "
        "Rui Matos."
    )
    assert found["Ana Costa"].title == "Deputy Prime Minister and Minister of Foreign Affairs"
    assert found["Paulo Reis"].title == "Agriculture and Rural Development Minister"
    assert found["Rui Matos"].title == "Minister of Housing"


def test_title_set_off_by_a_comma_before_the_name() -> None:
    found = people("Mayor Lena Hartmann met the Mayor of Oslo, Kari Nordmann, at City Hall.")
    assert found["Kari Nordmann"].title == "Mayor of Oslo"


def test_title_after_the_name_when_nothing_comes_before() -> None:
    found = people(
        "Mayor Lena Hartmann will meet with Piet Janssen, Secretary-General of the Harbour "
        "Authority of the North Sea, and with Marta Ruiz, OECD Deputy Secretary General."
    )
    assert found["Piet Janssen"].title == (
        "Secretary-General of the Harbour Authority of the North Sea"
    )
    assert found["Marta Ruiz"].title == "OECD Deputy Secretary General"
    assert found["Marta Ruiz"].role == "participant"


def test_title_before_wins_over_role_after() -> None:
    found = people("Mayor Lena Hartmann met with MP Hans Vik, Rapporteur for harbour affairs.")
    assert found["Hans Vik"].title == "MP"


def test_honorifics_articles_and_new_are_dropped() -> None:
    found = people(
        "New Ambassador of Norway, H.E. Mr. Ole Berg, presented his credentials to Mayor "
        "Lena Hartmann. Dr. Eva Lind, the new Swedish consul, also attended."
    )
    assert found["Ole Berg"].title == "Ambassador of Norway"
    assert "Eva Lind" in found
    assert all(not name.startswith(("Mr", "Dr", "H.E.")) for name in found)


def test_lower_case_title_after_a_possessive() -> None:
    found = people(
        "Mayor Lena Hartmann met the delegation together with her foreign policy adviser "
        "Nina Holm and her special adviser Erik Dahl."
    )
    assert found["Nina Holm"].title == "foreign policy adviser"
    assert found["Erik Dahl"].title == "special adviser"


def test_ranks_stay_in_the_title() -> None:
    found = people("Mayor Lena Hartmann met Army Chief-of-Staff Lt.-Gen. Karl Sten today.")
    assert found["Karl Sten"].title == "Army Chief-of-Staff Lt.-Gen."


def test_short_forms_are_one_person() -> None:
    result = parse_release_text(
        f"Mayor Hartmann opens harbour\n\n{ISSUER}\n\n"
        "Mayor Lena Hartmann opened the harbour today. Hartmann said the harbour matters. "
        "Mayor Hartmann’s speech was short."
    )
    assert [p.name for p in result.participants] == ["Lena Hartmann"]
    assert set(result.participants[0].aliases) >= {"Hartmann", "Mayor Hartmann"}


def test_surname_only_when_nothing_fuller_appears() -> None:
    found = people("Mayor Lena Hartmann met with Danish Premier Lund and President Moreau.")
    assert roles(found) == {
        "Lena Hartmann": ("Mayor", "participant"),
        "Lund": ("Danish Premier", "participant"),
        "Moreau": ("President", "participant"),
    }


def test_royal_names_with_numerals() -> None:
    found = people("Mayor Lena Hartmann was received by Norwegian King Harald V and Prince Olav.")
    assert roles(found)["Harald V"] == ("Norwegian King", "participant")
    assert roles(found)["Olav"] == ("Prince", "participant")


def test_particles_initials_and_diacritics_in_names() -> None:
    found = people(
        "Mayor Lena Hartmann met Egyptian Minister Omar al-Rashid, Belgian Minister Jan "
        "Van den Berg, US Senator John F. Miller and Czech Envoy Jiří Dvořák."
    )
    assert {"Omar al-Rashid", "Jan Van den Berg", "John F. Miller", "Jiří Dvořák"} <= set(found)


def test_unnamed_office_holders_are_not_people() -> None:
    found = people(
        "Mayor Lena Hartmann met the Danish Deputy Prime Minister, the Swedish Ambassador "
        "and Norwegian Ambassador Ole Berg."
    )
    assert set(found) == {"Lena Hartmann", "Ole Berg"}


def test_title_comes_from_the_first_full_mention_in_the_body() -> None:
    found = people(
        "Mayor Lena Hartmann met Lord Mayor Tom Reed today. Tom Reed, Chairman of the "
        "Harbour Board, thanked her.",
        headline="Hartmann meets Deputy Mayor Reed",
    )
    assert found["Tom Reed"].title == "Lord Mayor"


def test_title_from_summary_or_caption_when_the_body_has_no_full_name() -> None:
    found = people(
        "Mayor Hartmann welcomed Consul Berg at City Hall.",
        extra="Mayor Hartmann with the new Swedish consul, Mr. Anders Berg (Photo: GPO)\n\n",
    )
    assert roles(found)["Anders Berg"] == ("Swedish consul", "participant")


def test_person_named_only_in_a_caption_is_a_participant() -> None:
    found = people(
        "Mayor Lena Hartmann opened the harbour today.",
        extra="Mayor Hartmann with Danish Mayor Kaj Holt (Photo: GPO)\n\n",
    )
    assert roles(found)["Kaj Holt"] == ("Danish Mayor", "participant")


def test_mentioned_only_people() -> None:
    found = people(
        "Mayor Lena Hartmann met today with Danish Mayor Kaj Holt. "
        "The two discussed a book by Sven and Ingrid Lund about the old port.\n\n"
        "The event marked 100 years since the birth of the harbour's founder, engineer Ole "
        "Brun. Hartmann also recalled that the late President Anne Dahl opened the old port.\n\n"
        "Holt said that Governor Per Sand supports the plan.\n\n"
        "Next Tuesday, the report will be presented in the presence of Councillor Eva Moen."
    )
    assert roles(found) == {
        "Lena Hartmann": ("Mayor", "participant"),
        "Kaj Holt": ("Danish Mayor", "participant"),
        "Sven Lund": (None, "mentioned"),
        "Ingrid Lund": (None, "mentioned"),
        "Ole Brun": ("engineer", "mentioned"),
        "Anne Dahl": ("late President", "mentioned"),
        "Per Sand": ("Governor", "mentioned"),
        "Eva Moen": ("Councillor", "mentioned"),
    }


def test_person_addressed_in_a_quote_is_mentioned() -> None:
    found = people(
        "Mayor Lena Hartmann met today with Danish Mayor Kaj Holt.\n\n"
        'Hartmann said: "I thank President Moreau for his support."'
    )
    assert roles(found)["Moreau"] == ("President", "mentioned")


def test_people_met_later_in_the_release_are_participants() -> None:
    found = people(
        "Mayor Lena Hartmann will leave tomorrow on a visit to Oslo.\n\n"
        "During the visit, Hartmann will meet with Paul Vik, Chairman of the Port Authority, "
        "and will be accompanied by Culture Minister Siri Aas."
    )
    assert roles(found)["Paul Vik"] == ("Chairman of the Port Authority", "participant")
    assert roles(found)["Siri Aas"] == ("Culture Minister", "participant")


def test_subject_of_a_meeting_verb_is_a_participant() -> None:
    found = people(
        "The two discussed the new ferry line.\n\n"
        "Norway’s Transport Minister Siri Aas met Mayor Lena Hartmann on Monday."
    )
    assert found["Siri Aas"].role == "participant"


def test_things_and_places_are_not_people() -> None:
    found = people(
        "Mayor Lena Hartmann visited Los Angeles and the Iron Dome battery, spoke to the "
        'paper, Al Akhbar, and read "Facing Tomorrow" with the Dalai Lama during Operation '
        "Cast Lead at the Palais Royal."
    )
    assert set(found) == {"Lena Hartmann"}


def test_name_forms_with_and_without_diacritics_match() -> None:
    result = parse_release_text(
        f"Mayor meets Mayor José Álvarez\n\n{ISSUER}\n\n"
        "Mayor Lena Hartmann met Spanish Mayor Jose Alvarez today."
    )
    names = [p.name for p in result.participants]
    assert names == ["Lena Hartmann", "Jose Alvarez"]
    assert name_key("José  Álvarez") == name_key("jose alvarez") == "jose alvarez"
    assert "José Álvarez" in result.participants[1].aliases


def test_nickname_in_quotes_stays_in_the_name() -> None:
    found = people("Mayor Lena Hartmann met US Ambassador Jacob “Jack” Lane. Jack Lane spoke.")
    assert set(found) == {"Lena Hartmann", "Jacob “Jack” Lane"}


def test_a_later_meeting_noun_does_not_make_a_subject() -> None:
    found = people(
        "Mayor Lena Hartmann met the harbour board.\n\n"
        "She recalled that Governor Per Sand opposed the meeting of the two boards."
    )
    assert found["Per Sand"].role == "mentioned"
