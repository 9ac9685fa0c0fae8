"""Numbered photo blocks ("Picture 1: ... - Picture by X, The Daily") and a photographer
credited with a newspaper ("X, The Daily" -> "X/The Daily"). Made-up pages of the genre."""

from __future__ import annotations

from textwrap import dedent

import pytest

from pressdesk.core.releases import parse_release_text
from pressdesk.core.releases.photo_labels import numbered_label
from pressdesk.core.releases.photos import normalise_credit


def photos(text: str) -> list[tuple[str | None, str | None]]:
    found = parse_release_text(dedent(text).lstrip("\n"))
    return [(p.caption, p.credit) for p in found.photos]


def test_a_numbered_caption_over_several_lines_closed_by_its_credit() -> None:
    got = photos(
        """
        Picture 1: Mayor
        Lena Hartmann greets the visiting teachers from Graz
        at the city hall of Vienna. - Picture by DAN LEVI, The Daily Courier
        Picture 2: The teachers
        tour the old library. - Picture by DAN LEVI, The Daily Courier
        The teachers stayed two days in Vienna and met the mayor.
        """
    )
    assert got == [
        (
            "Mayor Lena Hartmann greets the visiting teachers from Graz at the city hall of Vienna.",
            "DAN LEVI/The Daily Courier",
        ),
        ("The teachers tour the old library.", "DAN LEVI/The Daily Courier"),
    ]


def test_a_numbered_caption_on_one_line_with_a_photo_credit() -> None:
    got = photos(
        """
        Minister opens the bridge

        Photo 1: Minister Varga cuts the ribbon. Photo: Anna Kis/Reuters

        Minister Varga opened the new bridge over the Danube on Monday in Budapest.
        """
    )
    assert got == [("Minister Varga cuts the ribbon.", "Anna Kis/Reuters")]


def test_a_russian_numbered_caption() -> None:
    got = photos(
        """
        Министр открыл мост

        Фото 1: Министр Иван Петров открывает мост. Фото: Михаил Метцель/ТАСС

        Министр Иван Петров открыл в понедельник новый мост через реку в Казани.
        """
    )
    assert got == [("Министр Иван Петров открывает мост.", "Михаил Метцель/ТАСС")]


def test_a_numbered_label_is_never_the_title() -> None:
    found = parse_release_text(
        "Picture 1: Mayor Lena Hartmann in Graz. - Picture by Dan Levi, The Daily Courier\n"
        "Mayor Lena Hartmann visited Graz on Monday and met the teachers of the city.\n"
    )
    assert found.headline is None or not found.headline.startswith("Picture")


@pytest.mark.parametrize(
    ("line", "numbered"),
    [
        ("Picture 1: Mayor", True),
        ("Photo 12 - The mayor", True),
        ("Фото 3. Министр", True),
        ("Pictures of the week", False),
        ("Photo: Dan Levi", False),
        ("1 of 12", False),
    ],
)
def test_numbered_labels(line: str, numbered: bool) -> None:
    assert bool(numbered_label(line)) is numbered


@pytest.mark.parametrize(
    ("raw", "credit"),
    [
        ("EKAR KEAPU, The Daily", "EKAR KEAPU/The Daily"),
        ("Mark Neiman, Daily Courier", "Mark Neiman/Daily Courier"),
        ("Иван Петров, Коммерсантъ", "Иван Петров/Коммерсантъ"),
        ("Israel Embassy, Athens", "Israel Embassy, Athens"),  # an office, copied as written
        ("Dan Levi, Jerusalem", "Dan Levi, Jerusalem"),  # a place, not an outlet
        ("Dan Levi, Avi Cohen", "Dan Levi, Avi Cohen"),  # two photographers
    ],
)
def test_a_photographer_and_an_outlet_after_a_comma(raw: str, credit: str) -> None:
    assert normalise_credit(raw) == credit


def test_a_name_and_office_line_is_no_photo_credit() -> None:
    got = photos(
        """
        Readout of the Mayor's meeting with the teachers of Graz

        Lena Hartmann, Mayor of Vienna

        The Mayor met the teachers of Graz today. They spoke about schools.
        """
    )
    assert got == []
