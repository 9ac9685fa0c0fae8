"""Honorifics of South and South-East Asian and Gulf English are no part of a name, an Irish
head of government's office is a title, and a credited photographer is no person (made-up
text)."""

from __future__ import annotations

from pressdesk.core.releases.parser import parse_release_text
from pressdesk.services.releases.import_ import acceptable


def _people(text: str) -> dict[str, str | None]:
    parsed = parse_release_text(text)
    return {p.name: p.title for p in parsed.participants if acceptable(p)}


def test_shri_and_smt_are_left_out_of_the_name() -> None:
    people = _people(
        "Chief Minister receives delegation\n\n"
        "Chief Minister Shri Arvind Kelkar met Smt. Lalita Deshmane, Mayor of Pune, "
        "at his office on Tuesday.\n"
    )
    assert "Arvind Kelkar" in people
    assert not {"Shri Arvind Kelkar", "Smt. Lalita Deshmane"} & set(people)


def test_sayyid_and_datuk_are_left_out_of_the_name() -> None:
    people = _people(
        "Talks in Muscat\n\n"
        "Foreign Minister Sayyid Hamad bin Faisal al Harthy held talks with Malaysian "
        "Foreign Minister Datuk Rahim Osman in Muscat on Sunday.\n"
    )
    assert "Hamad bin Faisal al Harthy" in people
    assert "Sayyid Hamad bin Faisal al Harthy" not in people
    assert "Rahim Osman" in people and "Datuk Rahim Osman" not in people


def test_taoiseach_is_a_title() -> None:
    people = _people(
        "Leaders meet in Brussels\n\n"
        "Taoiseach Ciaran Moloney met President Ilse Vandamme in Brussels on Monday.\n"
    )
    assert people.get("Ciaran Moloney") == "Taoiseach"
    assert "Taoiseach Ciaran Moloney" not in people


def test_a_photographer_named_in_a_credit_is_no_person() -> None:
    people = _people(
        "Minister visits the port\n\n"
        "Minister Dalia Orbach visited the port of Ashdod on Monday and met its workers. "
        "| Report: Noam Selig, photo: Avner Tzur, GPO\n\n"
        "The minister at the port\n"
        "Photo: Avner Tzur/GPO\n"
    )
    assert "Dalia Orbach" in people
    assert "Avner Tzur" not in people
