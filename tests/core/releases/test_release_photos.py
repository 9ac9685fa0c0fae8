"""Photo slots: every way a release prints a photo's caption, credit and copyright."""

from __future__ import annotations

from textwrap import dedent

import pytest

from pressdesk.core.releases import ParsedSlot, parse_release_text
from pressdesk.core.releases.photos import dedupe_caption, normalise_credit

BODY = (
    "(Communicated by the Office of the Mayor)\n\n"
    "Mayor Lena Hartmann met today with the visiting delegation in Vienna."
)


def slots(text: str) -> tuple[ParsedSlot, ...]:
    return parse_release_text(dedent(text).lstrip("\n")).photos


@pytest.mark.parametrize(
    ("written", "house"),
    [
        ("GPO", "GPO"),
        ("Photo: GPO", "GPO"),
        ("Photo: Ruth Almog GPO", "Ruth Almog/GPO"),
        ("Photo by: Ruth Almog, GPO", "Ruth Almog/GPO"),
        ("Photo by Ruth Almog (GPO)", "Ruth Almog/GPO"),
        ("GPO/Ruth Almog", "Ruth Almog/GPO"),
        ("Copyright: GPO/Ruth Almog", "Ruth Almog/GPO"),
        ("Ruth Almog/GPO", "Ruth Almog/GPO"),
        ("Photo by Ruth Almog, Government Press Office", "Ruth Almog/GPO"),
        ("Photo:MFA", "MFA"),
        ("Archive photo: Reuters", "Reuters"),
        ("MFA archive photo", "MFA"),
        ("Israel Embassy, Madrid", "Israel Embassy, Madrid"),
        ("Ruth Almog", "Ruth Almog"),
    ],
)
def test_credit_normalisation(written: str, house: str) -> None:
    assert normalise_credit(written) == house


def test_caption_printed_twice_is_printed_once() -> None:
    assert dedupe_caption("Mayor at the  harbour Mayor at the harbour") == "Mayor at the harbour"
    assert dedupe_caption("Mayor at the harbour") == "Mayor at the harbour"


def test_zoom_block_with_copyright_and_photo_line() -> None:
    found = slots(
        """
        Mayor opens harbour

          • icon_zoom.png
            Mayor Hartmann at the harbour Mayor Hartmann at the harbour Copyright: GPO
            Photo: GPO

            (Communicated by the Office of the Mayor)

            Mayor Lena Hartmann opened the new harbour today.
        """
    )
    assert found == (ParsedSlot("Mayor Hartmann at the harbour", "GPO", "GPO"),)


def test_copyright_value_broken_over_a_line() -> None:
    found = slots(
        """
        Mayor opens harbour

          • icon_zoom.png
            The new harbour The new harbour Copyright: GPO/
            Ruth Almog
            (Communicated by the Office of the Mayor)
            Mayor Lena Hartmann opened the new harbour today.
        """
    )
    assert found == (ParsedSlot("The new harbour", "Ruth Almog/GPO", "GPO/Ruth Almog"),)


def test_copyright_only_gives_the_credit() -> None:
    found = slots(
        """
        Mayor opens harbour
          • icon_zoom.png
            The new harbour The new harbour Copyright: Tomas Berg
            (Communicated by the Office of the Mayor)
            Mayor Lena Hartmann opened the new harbour today.
        """
    )
    assert found == (ParsedSlot("The new harbour", "Tomas Berg", "Tomas Berg"),)


def test_caption_with_credit_in_parentheses() -> None:
    found = slots(f"Mayor opens harbour\n\nThe new harbour (Photo: Israel Embassy, Oslo)\n\n{BODY}")
    assert found == (ParsedSlot("The new harbour", "Israel Embassy, Oslo", None),)


def test_credit_alone_in_parentheses_has_no_caption() -> None:
    found = slots(f" Mayor opens harbour\n\n\n(Photo: GPO/Ruth Almog)\n\n{BODY}")
    assert found == (ParsedSlot(None, "Ruth Almog/GPO", None),)


def test_credit_line_under_a_caption_line() -> None:
    text = f"{BODY}\n\nThe mayor and the delegation at the harbour\n(Photo: MFA)\n\nMore text follows here."
    assert slots(text) == (ParsedSlot("The mayor and the delegation at the harbour", "MFA", None),)


def test_credit_line_under_the_title_is_not_a_caption() -> None:
    found = slots(
        "Statements by Mayor Lena Hartmann\nPhoto by: Ruth Almog, GPO \n\n"
        "Mayor Lena Hartmann made the following statement today in Vienna."
    )
    assert found == (ParsedSlot(None, "Ruth Almog/GPO", None),)


def test_credit_run_into_the_caption() -> None:
    found = slots(
        "Mayor meets delegation Photo by Ruth Almog (GPO)\n\nMayor meets delegation\n\n" + BODY
    )
    assert found == (ParsedSlot("Mayor meets delegation", "Ruth Almog/GPO", None),)


def test_credit_run_into_a_repeated_caption_without_colon() -> None:
    found = slots(
        """
        Mayor in Oslo
          • icon_zoom.png
            Mayor in Oslo 6/3/2013Photo Ruth Almog GPO Mayor in Oslo 6/3/2013Photo Ruth Almog GPO Copyright: Government Press Office
            Mayor Lena Hartmann is in Oslo until Friday for a series of meetings.
        """
    )
    assert found == (
        ParsedSlot("Mayor in Oslo 6/3/2013", "Ruth Almog/GPO", "Government Press Office"),
    )


def test_credit_line_next_to_a_zoom_block_is_the_same_photo() -> None:
    found = slots(
        """
        Mayor in Oslo
          •   The mayor is in Oslo until Friday.

            Photo: Ruth Almog

          • icon_zoom.png
            Mayor in Oslo Photo Ruth Almog GPO Mayor in Oslo Photo Ruth Almog GPO Copyright: GPO
            Mayor Lena Hartmann is in Oslo until Friday for a series of meetings.
        """
    )
    assert found == (ParsedSlot("Mayor in Oslo", "Ruth Almog/GPO", "GPO"),)


@pytest.mark.parametrize(
    ("line", "credit"),
    [("MFA archive photo", "MFA"), ("(Archive photo: Reuters)", "Reuters"), ("Photo:MFA", "MFA")],
)
def test_credit_only_lines(line: str, credit: str) -> None:
    found = slots(f" Mayor opens harbour\n\n\n{line}\n\n{BODY}")
    assert found == (ParsedSlot(None, credit, None),)


def test_photos_keep_page_order_and_a_trailing_block_counts() -> None:
    found = slots(
        f"""
        Mayor opens harbour

        The harbour at dawn (Photo: Tomas Berg)

        {BODY}

          • icon_zoom.png
            The mayor The mayor Copyright: GPO
        """
    )
    assert [s.caption for s in found] == ["The harbour at dawn", "The mayor"]


def test_site_copyright_footer_is_not_a_photo() -> None:
    assert slots(f"Mayor opens harbour\n\n{BODY}\n\nCopyright © 2013 City of Vienna") == ()


def test_credit_labels_in_other_languages() -> None:
    assert normalise_credit("Фото: Ruth Almog, GPO") == "Ruth Almog/GPO"
    assert normalise_credit("צילום: GPO") == "GPO"


def test_unlabelled_slashed_gpo_credit_and_caption_printed_on_two_lines() -> None:
    found = slots(
        "Mayor opens harbour\n\n"
        "Mayor Lena Hartmann at the harbour. (Ruth Almog/GPO)\n"
        "Mayor Lena Hartmann at the harbour. (Ruth Almog/GPO)\n\n"
        "Mayor Lena Hartmann opened the new harbour in Bergen today, her office said."
    )
    assert found == (ParsedSlot("Mayor Lena Hartmann at the harbour.", "Ruth Almog/GPO", None),)


def test_photo_credit_label_run_into_a_caption() -> None:
    found = slots(
        """
        Mayor visits the harbour

        The mayor toured the harbour on Monday with the port's director.

        Kessler (left) and Omondi (right) Photo credit: Port Authority/ City News

        She said the new quay would open in spring.
        """
    )
    assert found == (
        ParsedSlot("Kessler (left) and Omondi (right)", "Port Authority/City News", None),
    )


def test_caption_printed_twice_then_a_colon_left_of_a_lost_label() -> None:
    found = slots(
        f"""
        Minister opens the library
        • icon_zoom.png
        The minister at the library The minister at the library : GPO/Dana Levin

        {BODY}
        """
    )
    assert found == (ParsedSlot("The minister at the library", "Dana Levin/GPO", None),)


def test_image_file_name_is_no_caption_and_an_abbreviation_keeps_its_stop() -> None:
    found = slots(
        f"""
        Talks in the capital

            mayor and envoy.jpg
            (Photo credit: Foreign Dept.)

        {BODY}
        """
    )
    assert found == (ParsedSlot(None, "Foreign Dept.", None),)


def test_photographer_and_agency_in_parentheses_alone_is_a_credit() -> None:
    found = slots(
        f"""
        Talks in the capital

        {BODY}

        Maria Kowalski (GPO)
        """
    )
    assert found == (ParsedSlot(None, "Maria Kowalski/GPO", None),)


def test_date_then_copyright_holder_closes_a_photo() -> None:
    quote = " ".join(["We spoke about trade and about the harbour, and about schools."] * 4)
    found = parse_release_text(
        "Talks in the capital\n\nThe mayor met the envoy in Vienna.\n\n"
        "Vienna 3, 2019 © City Press Office\n\n"
        f"“{quote}” said the mayor  March 3, 2019 © Foreign Ministry\n"
    )
    assert found.photos == (
        ParsedSlot(None, "City Press Office", "City Press Office"),
        ParsedSlot(None, "Foreign Ministry", "Foreign Ministry"),
    )
    assert "said the mayor" in found.body and "©" not in found.body


def test_spaces_around_the_slashes_of_a_credit_go() -> None:
    assert normalise_credit("Анна Петрова/ пресс-служба мэрии/ ТАСС") == (
        "Анна Петрова/пресс-служба мэрии/ТАСС"
    )
