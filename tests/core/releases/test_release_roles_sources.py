"""Who reports, whose agent, who comes along: roles decided by cues of the genre, checked
on made-up English releases (none is a copy of a corpus text)."""

from __future__ import annotations

from textwrap import dedent

from pressdesk.core.releases import parse_release_text


def roles(text: str) -> dict[str, str]:
    r = parse_release_text(dedent(text).lstrip("\n"))
    return {p.name: p.role for p in r.participants}


def test_a_spokesperson_reporting_on_talks_is_only_mentioned() -> None:
    found = roles(
        """
        Mayor Lena Hartmann met Governor Ola Lind in Bergen on Tuesday.

        The talks were open and friendly, City Hall spokesman Per Dahl said.

        Press Secretary Karin Berg told reporters that the two agreed to meet again.
        """
    )
    assert found["Lena Hartmann"] == "participant"
    assert found["Ola Lind"] == "participant"
    assert found["Per Dahl"] == "mentioned"
    assert found["Karin Berg"] == "mentioned"


def test_a_spokesperson_in_the_delegation_takes_part() -> None:
    found = roles(
        """
        Mayor Lena Hartmann arrived in Oslo on Monday.

        She was accompanied by Deputy Mayor Ola Lind and her spokeswoman Karin Berg.
        """
    )
    assert found["Ola Lind"] == "participant"
    assert found["Karin Berg"] == "participant"


def test_the_principal_of_an_envoy_is_only_mentioned() -> None:
    found = roles(
        """
        Mayor Lena Hartmann on Sunday received Tor Vik, Governor Ola Lind's special adviser, in Bergen.

        Special envoy of President Arne Moen, Per Dahl, also met the mayor.

        The Mayor thanked Vik and spoke of Senator Karl Berg's support.
        """
    )
    assert found["Lena Hartmann"] == "participant"
    assert found["Tor Vik"] == "participant"
    assert found["Per Dahl"] == "participant"
    assert found["Ola Lind"] == "mentioned"
    assert found["Arne Moen"] == "mentioned"
    assert found["Karl Berg"] == "mentioned"


def test_an_envoy_for_a_country_and_a_possessive_visit_take_part() -> None:
    found = roles(
        """
        During Governor Ola Lind's first official visit, Mayor Lena Hartmann welcomed him in Bergen.

        Earlier, Special Representative for Norway Per Dahl greeted the governor at the airport.
        """
    )
    assert found["Ola Lind"] == "participant"
    assert found["Per Dahl"] == "participant"


def test_an_entourage_and_a_forum_headed_by_someone_take_part() -> None:
    found = roles(
        """
        Mayor Lena Hartmann arrived in Oslo for a two-day visit.

        The Mayor's entourage included Treasurer Ola Lind, Adviser on Trade Per Dahl and senior officials.

        The City Forum, headed by Speaker Karin Berg, hosted the Mayor in the evening.
        """
    )
    for name in ("Lena Hartmann", "Ola Lind", "Per Dahl", "Karin Berg"):
        assert found[name] == "participant", name


def test_a_list_with_ages_shares_the_sentence_start() -> None:
    found = roles(
        """
        Mayor Lena Hartmann flew to Oslo this morning with two young guests.

        Ola Lind, 16 and Per Dahl, 12, were invited by the Mayor to the final.
        """
    )
    assert found["Ola Lind"] == "participant"
    assert found["Per Dahl"] == "participant"


def test_a_courtesy_call_and_a_see_off_put_people_in_the_visit() -> None:
    found = roles(
        """
        Minister Ola Lind concluded his official visit to Norway.

        Minister Lind was seen-off at the airport by Minister Per Dahl.

        Minister Lind also paid a courtesy call on the Speaker of the Storting, Karin Berg.
        """
    )
    assert found["Per Dahl"] == "participant"
    assert found["Karin Berg"] == "participant"


def test_an_official_who_only_comments_later_is_mentioned() -> None:
    found = roles(
        """
        Mayor Lena Hartmann on Thursday welcomed delegates at the harbour conference in Bergen.

        The conference is the largest ever held in the city.

        Treasurer Ola Lind said it is one of the largest gatherings of its kind.
        """
    )
    assert found["Lena Hartmann"] == "participant"
    assert found["Ola Lind"] == "mentioned"


def test_a_sentence_about_another_day_tells_of_another_event() -> None:
    found = roles(
        """
        Mayor Lena Hartmann visited Oslo on Thursday for talks with Governor Ola Lind. The two discussed the harbour. Hartmann met with Senator Karl Moen early this week, and two days ago she hosted Judge Arne Dahl.
        """
    )
    assert found["Lena Hartmann"] == "participant"
    assert found["Ola Lind"] == "participant"
    assert found["Karl Moen"] == "mentioned"
    assert found["Arne Dahl"] == "mentioned"


def test_a_lead_about_earlier_this_week_makes_that_the_reported_time() -> None:
    found = roles(
        """
        Earlier this week, Mayor Lena Hartmann hosted Governor Ola Lind in Bergen.

        Earlier this week the mayor also met with Senator Karl Moen.
        """
    )
    assert found["Karl Moen"] == "participant"


def test_an_office_held_then_and_a_last_visit_are_another_time() -> None:
    found = roles(
        """
        Prime Minister Anna Lund will leave tomorrow for Paris, where she will meet President Marc Dubois.

        Lund last visited France in 2019, when she met then-President Paul Girard.

        She last met with Senator Jean Roux at the summit, the then Foreign Minister Luc Blanc recalled.
        """
    )
    assert found["Marc Dubois"] == "participant"
    for name in ("Paul Girard", "Jean Roux", "Luc Blanc"):
        assert found[name] == "mentioned", name


def test_a_reporters_byline_in_parentheses_is_no_person() -> None:
    found = roles(
        """
        Mayor meets governor

        Mayor Lena Hartmann met Governor Ola Lind in Bergen on Tuesday.

        (Dana Levi and Tom Berg)

        The two discussed the harbour.
        """
    )
    assert set(found) == {"Lena Hartmann", "Ola Lind"}
