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


RUN_IN_CASES = {
    "photograph_label": (
        "Leaders meet in Oslo\n\nThe two prime ministers walk past the guard of honour in Oslo. "
        "Photograph: Nils Dahl/Reuters\n\nThe talks lasted two hours and covered trade.",
        ("The two prime ministers walk past the guard of honour in Oslo.", "Nils Dahl/Reuters"),
    ),
    "site_as_source": (
        "Президент принял премьер-министра в Казани\n\nПрезидент и премьер-министр в Казани. "
        "Фото: government.ru\n\nВ ходе встречи стороны обсудили торговлю и транспорт.",
        ("Президент и премьер-министр в Казани.", "government.ru"),
    ),
    "source_in_genitive_run_in": (
        "Мэр встретил делегацию из Казани\n\nМэр приветствует гостей. Фото из Telegram-канала "
        "мэра города Ивана Петрова\n\nВ ходе встречи стороны обсудили торговлю.",
        ("Мэр приветствует гостей.", "Telegram-канал мэра города Ивана Петрова"),
    ),
    "second_role_ends_the_credit": (
        "ראש העירייה נפגשה עם מורים\n\nראש העירייה עם המורים (צילום: דן לוי/ לע״מ, סאונד: רות שטיין/ לע״מ)\n\n"
        "ראש העירייה נפגשה היום עם משלחת של מורים מחיפה בבניין העירייה.",
        ("ראש העירייה עם המורים", "דן לוי/לע״מ"),
    ),
    "backslash_without_spaces": (
        'ראש העירייה נפגשה עם מורים\n\nראש העירייה עם המורים (צילום: דן לוי\\לע"מ)\n\n'
        "ראש העירייה נפגשה היום עם משלחת של מורים מחיפה בבניין העירייה.",
        ("ראש העירייה עם המורים", 'דן לוי/לע"מ'),
    ),
}


@pytest.mark.parametrize("case", list(RUN_IN_CASES))
def test_credits_closing_a_caption(case: str) -> None:
    text, photo = RUN_IN_CASES[case]
    assert _photos(text) == [photo]


def test_a_caption_printed_again_with_a_separator_and_its_credit() -> None:
    text = (
        "ראש העירייה נפגשה עם מורים\n\nמבזקים - חדשות מתפרצות\nמבזקים - חדשות מתפרצות | צילום: "
        "אתר העירייה\n\nראש העירייה נפגשה היום עם משלחת של מורים מחיפה בבניין העירייה."
    )
    assert _photos(text) == [("מבזקים - חדשות מתפרצות", "אתר העירייה")]


def test_a_bracketed_credit_glued_to_the_next_paragraph_ends_the_caption() -> None:
    text = (
        "Envoys present credentials in Lima\n"
        "The new envoys presented their credentials to the president in Lima on May 3.\n"
        "Ambassador Rosa Ortiz presents her credentials to the president (Photo: ANDINA)Welcoming "
        "the envoys, the president said trade would grow.\n"
        "He hoped they would enjoy their stay."
    )
    parsed = parse_release_text(text)
    assert [(p.caption, p.credit) for p in parsed.photos] == [
        ("Ambassador Rosa Ortiz presents her credentials to the president", "ANDINA")
    ]
    assert any(p.startswith("Welcoming the envoys") for p in parsed.body.split("\n\n"))
