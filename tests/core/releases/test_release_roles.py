"""Who takes part and who is only mentioned: rules of the genre, with made-up texts."""

from __future__ import annotations

from textwrap import dedent

from pressdesk.core.releases import parse_release_text


def people(text: str) -> dict[str, tuple[str | None, str]]:
    r = parse_release_text(dedent(text).lstrip("\n"))
    return {p.name: (p.title, p.role) for p in r.participants}


def test_a_reported_topic_and_a_said_that_clause_refer_to_people() -> None:
    found = people(
        """
        (Communicated by the Harbour Office)

        Mayor Lena Hartmann today met Governor Ola Lind in Bergen.

        The two spoke about the budget and about her meeting with Minister Petra Vold.

        Mayor Hartmann told Governor Lind that her talks with Senator Karl Moen were useful.

        She will brief him on the outcome of the meeting between Mayor Hartmann and Judge Arne Dahl.
        """
    )
    assert found["Lena Hartmann"][1] == "participant"
    assert found["Ola Lind"][1] == "participant"
    for name in ("Petra Vold", "Karl Moen", "Arne Dahl"):
        assert found[name][1] == "mentioned", name


def test_another_time_before_the_name_and_memorials() -> None:
    found = people(
        """
        (Communicated by the Harbour Office)

        Mayor Lena Hartmann will leave on Sunday for Oslo, following Governor Ola Lind's visit to Bergen last year.

        In Oslo she will meet Governor Lind, who is expected to visit again next year.

        She previously met Lind when both attended the funeral of former Mayor Nils Berg.

        Next Tuesday, Senator Karl Moen will open the quay.
        """
    )
    assert found["Lena Hartmann"][1] == "participant"
    assert found["Ola Lind"][1] == "participant"
    assert found["Nils Berg"][1] == "mentioned"
    assert found["Karl Moen"][1] == "mentioned"


def test_spouse_nickname_brackets_and_a_planned_meeting_in_a_quotation() -> None:
    found = people(
        """
        Mayor Lena ‘Lenny’ Hartmann and her husband Tor left for Oslo on Monday.

        “I will meet with Governor [Ola] Lind and with Senator Karl (Kalle) Moen,” she said.
        """
    )
    assert "Lena ‘Lenny’ Hartmann" in found
    assert found["Tor"] == (None, "participant")
    assert found["Ola Lind"][1] == "participant"
    assert found["Karl (Kalle) Moen"][1] == "participant"


def test_a_person_in_a_caption_takes_part_but_not_one_at_a_grave() -> None:
    r = parse_release_text(
        dedent(
            """
            Mayors in Oslo

            Mayor Hartmann and Governor Lind at Berg's grave (Photo: AP)

            Mayor Lena Hartmann on Tuesday welcomed guests.

            Later, Governor Ola Lind stressed that the harbour matters.
            """
        ).lstrip("\n")
    )
    found = {p.name: p.role for p in r.participants}
    assert found["Ola Lind"] == "participant"
    assert found["Berg"] == "mentioned"


def test_the_page_ends_at_previous_article_and_at_is_a_preposition() -> None:
    found = people(
        """
        Harbour news

        Mayor Lena Hartmann opened the quay in Bergen on Tuesday with Governor Ola Lind.

        Previous articleHarbour news
        Next articleQuay news
        Kari Nordmann is a news analyst and a senior editor at Harbour Times.
        """
    )
    assert set(found) == {"Lena Hartmann", "Ola Lind"}


def test_a_letter_of_credence_and_a_list_after_semicolons() -> None:
    found = people(
        """
        (Communicated by the Harbour Office)

        Mayor Lena Hartmann received the credentials of new consuls on Tuesday.

        The first to present his letter of credence was the Consul of Norway, Ola Lind.

        In Oslo she will meet with Governor Per Dahl; Speaker Karl Moen; and Judge Arne Berg.
        """
    )
    assert found["Ola Lind"][1] == "participant"
    for name in ("Per Dahl", "Karl Moen", "Arne Berg"):
        assert found[name][1] == "participant", name


def test_russian_graves_and_mountains_refer_to_people() -> None:
    from pressdesk.core.releases.lang import ru

    found = {
        p.name: p.role
        for p in ru.find_people(
            [
                "Президент Финляндии Микко Сало встретился сегодня в Хельсинки с мэром Ольгой Ивановой.",
                "Затем Сало возложил венок к могиле основателя города Петра Смирнова.",
            ]
        )
    }
    assert found["Микко Сало"] == "participant"
    assert "mentioned" in (found.get("Пётр Смирнов"), found.get("Петр Смирнов"))


def test_a_hebrew_plural_participle_ends_a_name() -> None:
    from pressdesk.core.releases.lang import he

    names = [
        p.name for p in he.find_people(["ראש העיר יוסף לוי ושר החוץ דנה כהן נושאים כעת הצהרה."])
    ]
    assert names == ["יוסף לוי", "דנה כהן"]


def test_a_meeting_not_yet_held_and_a_second_attribution_line() -> None:
    r = parse_release_text(
        dedent(
            """
            Office of the Spokesperson

            The below is attributable to Spokesperson Tom Berg:

            Mayor Lena Hartmann met Governor Ola Lind today in Bergen.

            Lind has yet to meet with Senator Karl Moen, as the law requires.
            """
        ).lstrip("\n")
    )
    found = {p.name: p.role for p in r.participants}
    assert r.issuer == "Office of the Spokesperson"
    assert "Tom Berg" not in found
    assert found["Karl Moen"] == "mentioned"


def test_russian_titles_with_vice_a_dash_and_two_genitive_complements() -> None:
    from pressdesk.core.releases.lang import ru

    found = {
        p.name: p.title
        for p in ru.find_people(
            [
                "В церемонии приняли участие вице-губернатор Новгорода Ольга Петрова и "
                "министр труда и социальной защиты Финляндии – Микко Сало."
            ]
        )
    }
    assert found["Ольга Петрова"] == "вице-губернатор Новгорода"
    assert found["Микко Сало"] == "министр труда и социальной защиты Финляндии"


def test_guests_of_another_event_listed_with_including_are_mentions() -> None:
    found = people(
        """
        (Communicated by the Harbour Office)

        Following the funeral of former Mayor Nils Berg on Friday, Mayor Lena Hartmann held meetings in Bergen.

        Among the guests who came for the funeral, including Governor Ola Lind, Senator Karl Moen and Judge Arne Dahl, she met with Minister Per Vik.
        """
    )
    assert found["Nils Berg"][1] == "mentioned"
    assert found["Lena Hartmann"][1] == "participant"
    for name in ("Ola Lind", "Karl Moen", "Arne Dahl"):
        assert found[name][1] == "mentioned", name
    assert found["Per Vik"][1] == "participant"


def test_a_city_before_an_office_and_a_republic_in_a_title() -> None:
    found = people(
        """
        (Communicated by the Harbour Office)

        Mayor Lena Hartmann met Berlin Mayor Karl Moen and the Ambassador of the Socialist Republic of Vietnam, H.E. Tran Van Binh, in Bergen.
        """
    )
    assert found["Karl Moen"][0] == "Berlin Mayor"
    assert found["Tran Van Binh"][0] == "Ambassador of the Socialist Republic of Vietnam"
