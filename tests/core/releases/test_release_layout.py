"""Page layouts: headline, subheadline, summary, issuer line and a clean body."""

from __future__ import annotations

from textwrap import dedent

import pytest

from pressdesk.core.releases import parse_release_text

LAYOUT_1 = """\
Mayor Hartmann opens new harbour 3 May 2015

Hartmann opens the new harbour

  •   Mayor Hartmann opens new harbour
    The harbour will serve ferries to the islands and the mainland.
  • icon_zoom.png
    Mayor Hartmann at the harbour Mayor Hartmann at the harbour Copyright: GPO
    {spaces}
    (Communicated by the Office of the Mayor)

    Mayor Lena Hartmann today (Sunday, 3 May 2015) opened the new harbour in Bergen.

    The harbour cost two billion kroner.
    {spaces}
  • <iframe width="463" height="260" src="
""".format(spaces="     ")

LAYOUT_2 = """\
The harbour will serve ferries to the islands and to the mainland.

 Mayor Hartmann opens new harbour


The mayor at the harbour (Photo: Tomas Berg)

(Communicated by the Office of the Mayor)

Mayor Lena Hartmann opened the new harbour in Bergen on 3 May 2015.
"""


def test_layout_1_page() -> None:
    r = parse_release_text(LAYOUT_1)
    assert r.headline == "Mayor Hartmann opens new harbour 3 May 2015"
    assert r.subheadline == "Hartmann opens the new harbour"
    assert r.summary == "The harbour will serve ferries to the islands and the mainland."
    assert r.issuer == "Office of the Mayor"
    assert r.body == (
        "Mayor Lena Hartmann today (Sunday, 3 May 2015) opened the new harbour in Bergen.\n\n"
        "The harbour cost two billion kroner."
    )


def test_layout_2_page_indented_title_after_a_summary_sentence() -> None:
    r = parse_release_text(LAYOUT_2)
    assert r.headline == "Mayor Hartmann opens new harbour"
    assert r.subheadline is None
    assert r.summary == "The harbour will serve ferries to the islands and to the mainland."
    assert r.body.startswith("Mayor Lena Hartmann opened")
    assert "Photo" not in r.body


def test_no_title_line_when_the_excerpt_starts_with_a_summary_sentence() -> None:
    r = parse_release_text(
        "The talks were meant to prepare next week's summit of the two cities.\n\n"
        "Communicated by the Mayor's Office\n\n"
        "Mayor Lena Hartmann met her Danish counterpart on 3 May 2015."
    )
    assert r.headline is None
    assert r.summary is not None and r.summary.startswith("The talks were meant")
    assert r.issuer == "Mayor's Office"


@pytest.mark.parametrize(
    ("line", "issuer"),
    [
        ("(Communicated by the Office of the Mayor)", "Office of the Mayor"),
        ("Communicated by the Mayor’s Bureau", "Mayor’s Bureau"),
        ("Communicated by City Hall Bureau", "City Hall Bureau"),
        ("(Contributed by the Mayor's Bureau)", "Mayor's Bureau"),
        ("(Communicated by the Office of the Mayor) ", "Office of the Mayor"),
    ],
)
def test_issuer_line_variants(line: str, issuer: str) -> None:
    r = parse_release_text(f"Mayor opens harbour\n\n{line}\n\nMayor Lena Hartmann spoke today.")
    assert r.issuer == issuer
    assert "Communicated" not in r.body and "Contributed" not in r.body


def test_issuer_at_the_end_of_a_summary_line() -> None:
    r = parse_release_text(
        "Talks on harbour safety held in Bergen (Communicated by the City Spokesperson)\n"
        "Mayor Lena Hartmann met on 3 May 2015 in Bergen with the harbour masters."
    )
    assert r.issuer == "City Spokesperson"


def test_quoted_earlier_communique_is_not_the_issuer() -> None:
    r = parse_release_text(
        "Visit of the Mayor to Oslo\n\n"
        "    Mayor Lena Hartmann is in Oslo until Friday for a series of meetings.\n\n"
        "    Communiqué from the Mayor's Office:\n\n"
        "    The Mayor of Bergen will depart on Tuesday for a visit to Oslo."
    )
    assert r.issuer is None


def test_repeated_title_lines_and_clutter_leave_the_body() -> None:
    r = parse_release_text(
        dedent(
            """\
            Mayor opens harbour

            (Communicated by the Office of the Mayor)

            Mayor Lena Hartmann opened the harbour today.

             Mayor opens harbour

              • icon_zoom.png
            The ferry  terminal
            (Photo: Tomas Berg)

            She will also attend a dinner hosted by the harbour board.
            """
        )
    )
    assert r.body == (
        "Mayor Lena Hartmann opened the harbour today.\n\n"
        "She will also attend a dinner hosted by the harbour board."
    )
    assert [p.caption for p in r.photos] == ["The ferry terminal"]


def test_nav_label_and_dateline_are_not_titles() -> None:
    r = parse_release_text(
        "Mayor News\n\nMayor meets harbour masters\n\n10 July 2017\n\n"
        "(Communicated by the Office of the Mayor)\n\n"
        "Mayor Lena Hartmann this morning (Monday) met the harbour masters."
    )
    assert r.headline == "Mayor meets harbour masters"
    assert r.event_date is not None and r.event_date.isoformat() == "2017-07-10"


def test_hard_wrapped_plain_text_is_rejoined_into_paragraphs() -> None:
    r = parse_release_text(
        "Mayor opens harbour\n\n(Communicated by the Office of the Mayor)\n\n"
        "Mayor Lena Hartmann opened the new harbour today in the presence of\n"
        "the harbour board and many residents.\n\nA second paragraph."
    )
    assert r.body.split("\n\n") == [
        "Mayor Lena Hartmann opened the new harbour today in the presence of "
        "the harbour board and many residents.",
        "A second paragraph.",
    ]


def test_source_url_line_is_kept_apart() -> None:
    r = parse_release_text(
        "Mayor opens harbour\n\nSource: https://example.org/harbour\n\n"
        "(Communicated by the Office of the Mayor)\n\nMayor Lena Hartmann opened the harbour."
    )
    assert r.source_url == "https://example.org/harbour"
    assert "example.org" not in r.body
