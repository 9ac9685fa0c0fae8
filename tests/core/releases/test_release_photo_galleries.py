"""Galleries and reposts: several photos a page, credits before or after their captions, an
institution's own credit ("Official X Photo by Y"), agency captions of two sentences. Every
text is made up in the shape of the genre (other names, other sites), none copied."""

from __future__ import annotations

import pytest

from pressdesk.core.releases import parse_release_text
from pressdesk.core.releases.credit_lines import credit_line, normalise_credit
from pressdesk.core.releases.photos import split_credit


def _photos(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.caption, p.credit) for p in parse_release_text(text).photos]


CREDIT_FIRST = """Inside the Palace: The Chancellor's State Visit

Sign up for our daily briefing

March 3: The Chancellor and her husband were welcomed at the palace for the first state visit of the year. The banquet was meant to be a quiet affair. It was not. Our first gallery of the visit is here.

Official Federal Chancellery Photo by Ines Walden

The Chancellor greets the honour guard in the courtyard before the talks.

Official Federal Chancellery Photo by Ines Walden

Foreign Minister Tomas Brandt, left, listens as the two delegations sit down.

Official Federal Chancellery Photo by Jonas Reuter

Children from a local school sing for the guests.
"""


def test_credits_printed_above_their_captions_pair_downwards() -> None:
    assert _photos(CREDIT_FIRST) == [
        (
            "The Chancellor greets the honour guard in the courtyard before the talks.",
            "Ines Walden/Federal Chancellery",
        ),
        (
            "Foreign Minister Tomas Brandt, left, listens as the two delegations sit down.",
            "Ines Walden/Federal Chancellery",
        ),
        ("Children from a local school sing for the guests.", "Jonas Reuter/Federal Chancellery"),
    ]


CAPTION_FIRST = """Governor tours the flooded valley

The governor visits the pumping station at Ellmoor.

Photo: Karin Holt/AFP

Rescue workers show the governor the new levee.

Photo: Karin Holt/AFP

The governor speaks with residents at the shelter.

Photo: Tom Reyes/Reuters

The governor said the state would pay for the repairs.
"""


def test_credits_under_their_captions_pair_upwards() -> None:
    assert _photos(CAPTION_FIRST) == [
        ("The governor visits the pumping station at Ellmoor.", "Karin Holt/AFP"),
        ("Rescue workers show the governor the new levee.", "Karin Holt/AFP"),
        ("The governor speaks with residents at the shelter.", "Tom Reyes/Reuters"),
    ]


TWO_INLINE = """Minister visits the port

Minister Lea Vos visited the port of Halden on Monday and met the harbour board.

The minister heard about the new container terminal and the plans for the coming years.

Photo: Piet Kramer

Minister Vos: "This port is the gate of our region and it will grow with the region."

Photo: Piet Kramer

She then met the dock workers' union and toured the shipyard.
"""


def test_two_photos_in_an_article_take_no_paragraph_as_caption() -> None:
    assert _photos(TWO_INLINE) == [(None, "Piet Kramer"), (None, "Piet Kramer")]


AGENCY_BLOCKS = """Monday, 4 May 2015

The Prime Minister in Oslo, day one



Prime Minister Anton Berg arrives at Gardermoen airport, May 4, 2015.
--- REUTERS/Nils Dahl



OSLO, NORWAY - MAY 4: Prime Minister Anton Berg lays a wreath at the national monument in Oslo. He will meet the King tomorrow before flying to Bergen.
---Ola Strand/Getty Images


Prime Minister Anton Berg waves to the crowd outside the parliament in Oslo. The visit is the first in ten years.
---KARI LUND/AFP/Getty Images
"""


def test_a_gallery_of_caption_and_credit_blocks_keeps_two_sentence_captions() -> None:
    assert _photos(AGENCY_BLOCKS) == [
        (
            "Prime Minister Anton Berg arrives at Gardermoen airport, May 4, 2015.",
            "Nils Dahl/REUTERS",
        ),
        (
            "OSLO, NORWAY - MAY 4: Prime Minister Anton Berg lays a wreath at the national "
            "monument in Oslo. He will meet the King tomorrow before flying to Bergen.",
            "Ola Strand/Getty Images",
        ),
        (
            "Prime Minister Anton Berg waves to the crowd outside the parliament in Oslo. The "
            "visit is the first in ten years.",
            "KARI LUND/AFP/Getty Images",
        ),
    ]


def test_one_prose_paragraph_over_a_closing_credit_is_no_caption() -> None:
    text = (
        "MOFA photo\nMINSK, 3 June - The foreign minister met his counterpart in Vientiane.\n\n"
        "In reply, the minister conveyed greetings from his president. He also renewed the "
        "invitation to visit the country.\nMOFA photo"
    )
    assert [p.caption for p in parse_release_text(text).photos] == [None, None]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Official White House Photo by Dana Morrow", "Dana Morrow/White House"),
        ("Official Élysée Photo by Jules Martin", "Jules Martin/Élysée"),
        ("State Department photo by Lina Ortiz", "Lina Ortiz/State Department"),
        (
            "Ministry of Foreign Affairs photo by Dana Morrow",
            "Dana Morrow/Ministry of Foreign Affairs",
        ),
        ("UN Photo/Kerem Adler", "Kerem Adler/UN"),
        ("U.S. Army photo by Dana Morrow", "Dana Morrow/U.S. Army"),
        ("Attached photo credit: Moran Tal (GPO)", "Moran Tal/GPO"),
        ("--- AFP/Jules Martin", "Jules Martin/AFP"),
        ("—— DANA MORROW/AFP/Getty Images", "DANA MORROW/AFP/Getty Images"),
    ],
)
def test_an_institution_names_its_own_photo(line: str, credit: str) -> None:
    parts = credit_line(line)
    assert parts is not None
    assert normalise_credit(parts.credit) == credit


def test_a_person_before_the_label_is_a_caption_not_an_institution() -> None:
    assert credit_line("President Obama Photo by Dana Morrow") is None
    assert split_credit("The mayor greets President Obama Photo by Dana Morrow") == (
        "The mayor greets President Obama",
        "Dana Morrow",
    )


def test_an_official_credit_run_into_a_caption_is_split_whole() -> None:
    assert split_credit(
        "The two leaders walk to the East Room. Official White House Photo by Dana Morrow"
    ) == (
        "The two leaders walk to the East Room.",
        "Dana Morrow/White House",
    )
