"""Where the title of a release page is: rules of the genre, on made-up pages."""

from __future__ import annotations

from textwrap import dedent

from pressdesk.core.releases import parse_release_text
from pressdesk.core.releases.clutter import is_clutter


def parse(text: str):  # type: ignore[no-untyped-def]
    return parse_release_text(dedent(text).lstrip("\n"))


def test_letterhead_labels_and_an_office_line_before_the_title() -> None:
    found = parse(
        """
        (WIRETAG) – gio 4 marzo 2021 [Ministry Logo]

        MINISTRY OF FOREIGN AFFAIRS

        Office of the Spokesperson

        For Immediate Release

        READOUT

        March 3, 2021

        Minister Okafor's Meeting with Swedish Trade Envoy Lind

        Minister of Foreign Affairs Amara Okafor met with Swedish Trade Envoy Erik Lind today in Stockholm. They discussed shipping.
        """
    )
    assert found.headline == "Minister Okafor's Meeting with Swedish Trade Envoy Lind"
    assert found.issuer == "Office of the Spokesperson"
    assert "For Immediate Release" not in found.body


def test_site_greeting_and_a_person_heading_the_section_are_not_the_title() -> None:
    found = parse(
        """
        Welcome to the Northern Council. Working together.

        Secretary-General Ingrid Aalto


        Readout of the Secretary-General's meeting with the Mayor of Tromsø

        Oslo, 2 May 2019

        The Secretary-General today met with the Mayor of Tromsø. They spoke about fisheries.
        """
    )
    assert found.headline == "Readout of the Secretary-General's meeting with the Mayor of Tromsø"
    assert "Ingrid Aalto" in [p.name for p in found.participants]


def test_a_page_title_repeated_at_the_start_of_the_next_line_stays_the_title() -> None:
    found = parse(
        """
        Mayor Hartmann

        Mayor Hartmann opens the new bridge

        (Communicated by the Office of the Mayor)

        Mayor Lena Hartmann opened the bridge today in Linz, with the city council.
        """
    )
    assert found.headline == "Mayor Hartmann"


def test_a_site_name_above_a_longer_title_is_not_the_title() -> None:
    found = parse(
        """
        date 2024-05-02 Harbour Herald
        Mayor opens the new quay in a festive ceremony | watch

        The mayor opened the quay today. Many people came to see it.
        """
    )
    assert found.headline == "Mayor opens the new quay in a festive ceremony | watch"


def test_a_title_ending_with_a_full_stop_above_a_photo_block() -> None:
    found = parse(
        """
        The council welcomed the visiting mayors.

        Photo: City Press Office

        The council of the city welcomed the mayors of four towns today. They toured the hall.
        """
    )
    assert found.headline == "The council welcomed the visiting mayors."


def test_a_first_sentence_followed_by_prose_is_not_a_title() -> None:
    found = parse(
        """
        The mayor met the envoy of Chile today in Linz.

        They spoke about trade and about the new harbour, and signed a letter.
        """
    )
    assert found.headline is None


def test_a_news_flash_title_printed_after_its_body_above_the_stamp() -> None:
    found = parse(
        """
        שר התחבורה נפגש היום עם ראש העיר בחיפה. השניים דנו בתחבורה הציבורית.
        בפגישה השתתפו גם בכירי המשרד.
        שר התחבורה נפגש עם ראש העיר חיפה: סיכום על קו חדש
        עודכן לאחרונה: 3.4.2022 / 10:15
        """
    )
    assert found.headline == "שר התחבורה נפגש עם ראש העיר חיפה: סיכום על קו חדש"


def test_genre_labels_in_every_language_are_clutter() -> None:
    for line in ("Press Release", "Media Note", "הודעה לעיתונות", "Пресс-релиз"):
        assert is_clutter(line), line
    assert not is_clutter("Statement by the Mayor on the floods")


def test_link_lines_and_a_sentence_opening_verb_give_no_person() -> None:
    found = parse(
        """
        Mayor meets the envoy of Chile

        The mayor met the envoy of Chile, Ana Rojas, today in Linz.

        Watch Rojas address the council

        Can't see video? - Click Here

        Click Here for more reports by Peter Kovac
        """
    )
    names = {p.name for p in found.participants}
    assert "Ana Rojas" in names
    assert not names & {"Watch Rojas", "Peter Kovac"}


def test_a_city_and_a_date_after_a_name_in_a_caption_are_not_the_name() -> None:
    from pressdesk.core.releases.lang import en

    found = {p.name for p in en.find_people(["Mayor Hartmann and Envoy Rojas Vienna May 3 2019"])}
    assert "Rojas" in found and not any("Vienna" in name for name in found)


def test_a_big_city_or_an_office_complements_last_word_is_no_person() -> None:
    from pressdesk.core.releases.lang import en

    found = {
        p.name
        for p in en.find_people(
            [
                "The mayor sat down with the envoys at the official Vienna residence.",
                "She was proud to hold the chair of the Regional Water Board. Mayor Obama spoke.",
            ]
        )
    }
    assert "Vienna" not in found and "Board" not in found
    assert "Obama" in found  # a small town's name may be a surname


def test_a_clipped_office_word_before_a_name_is_a_title() -> None:
    from pressdesk.core.releases.lang import en
    from pressdesk.core.releases.tokens import clipped_office

    found = en.find_people(
        ["Mayor Lena Hartmann welcomed Chilean President Ana Rojas. She thanked Preside Rojas."]
    )
    assert [p.name for p in found if "Rojas" in p.name] == ["Ana Rojas"]
    assert clipped_office("preside") and not clipped_office("secret")
