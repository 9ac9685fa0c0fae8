"""Where an English name starts and ends, and which capitalised phrases are no person at all:
titles written after the office, plurals of offices, calendar words, buildings named after
a person, headline verbs, honorifics, a word inside a title, names in capitals, a space lost
before a function word, bylines. Every release here is made up in the shape of the genre."""

from __future__ import annotations

import pytest

from pressdesk.core.releases.bylines import is_byline
from pressdesk.core.releases.parser import parse_release_text
from pressdesk.services.releases.import_ import acceptable


def _people(body: str, headline: str = "Minister visits the region") -> dict[str, str | None]:
    text = f"{headline}\n\n(Communicated by the Foreign Ministry Spokesperson)\n\n{body}\n"
    return {p.name: p.title for p in parse_release_text(text).participants if acceptable(p)}


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        (
            "The ceremony was attended by Ambassador Extraordinary and Plenipotentiary "
            "Ruth Kessler and embassy staff.",
            "Ruth Kessler",
            "Ambassador Extraordinary and Plenipotentiary",
        ),
        (
            "Minister Dana Katz met President Emeritus Karl Brandt in Vienna on 2 May 2016.",
            "Karl Brandt",
            "President Emeritus",
        ),
        (
            "Chief Protocol Officer Amos Dahan greeted the guests at the airport.",
            "Amos Dahan",
            "Chief Protocol Officer",
        ),
        (
            "Chief Medcal Officer Lea Sapir briefed the delegation on 3 March 2019.",
            "Lea Sapir",
            "Chief Medcal Officer",
        ),
        (
            "The Emir received Foreign Minister Eli Levy and Sheikh Hamad bin Nasser Al Said.",
            "Hamad bin Nasser Al Said",
            None,
        ),
    ],
)
def test_a_title_takes_the_words_that_belong_to_it(body: str, name: str, title: str | None) -> None:
    people = _people(body)
    assert name in people, people
    if title is not None:
        assert people[name] == title
    assert not any(w in n.split() for n in people for w in ("Extraordinary", "Sheikh", "Emeritus"))


@pytest.mark.parametrize(
    ("body", "not_people"),
    [
        (
            "The meeting of Finance Ministers and Central Bank Governors was held in Lima.",
            {"Governors"},
        ),
        (
            "Minister Dana Katz met Tom Reed, CEO of the Jewish Federations in Canada, and "
            "Ann Cole, head of the Catholic Councils of Europe.",
            {"Federations", "Councils"},
        ),
        (
            "Minister Dana Katz laid a wreath at the Ho Chi Minh Mausoleum and visited the "
            "Lenin Statue in the city centre.",
            {"Ho Chi Minh Mausoleum", "Ho Chi Minh", "Lenin Statue"},
        ),
        (
            "On Erev Shabbos Parshas Noach, Minister Dana Katz met community leaders; on Rosh "
            "Hashanah she visited Yom Kippur Street.",
            {"Shabbos Parshas Noach", "Parshas Noach", "Rosh Hashanah", "Yom Kippur"},
        ),
        (
            "Director General Inter Services Intelligence Amir Khan and Minister Dana Katz "
            "met in Lahore.",
            {"Inter"},
        ),
    ],
)
def test_a_group_a_building_or_a_day_is_no_person(body: str, not_people: set[str]) -> None:
    people = _people(body)
    assert "Dana Katz" in people or "Governors" in not_people
    assert not not_people & set(people), people


@pytest.mark.parametrize(
    "headline",
    [
        "Wreath Laid before Friendship Tower",
        "Cornerstone Laid for New Embassy",
        "Agreement Signed in Tbilisi",
        "Serena Hotels sponsors national readers conference",
        "Exhibition Opened at Embassy",
    ],
)
def test_a_headline_verb_or_a_company_ends_no_person(headline: str) -> None:
    people = _people("Minister Dana Katz attended the event on 4 May 2017.", headline)
    assert list(people) == ["Dana Katz"], people


def test_a_name_in_capitals_is_given_in_title_case() -> None:
    # (words of up to six capitals read as acronyms: "MARIA LOPEZ" is not found at all)
    people = _people(
        "ROSALINDA GONZALEZ, the Chilean Foreign Minister, visited Port Louis on 3 May 2012. "
        "Gonzalez met the Prime Minister."
    )
    assert "Rosalinda Gonzalez" in people
    assert not any(n.isupper() for n in people)


def test_a_lost_space_before_a_function_word_is_no_new_person() -> None:
    people = _people(
        "Chief Rabbi David Gold received Minister Dana Katz. Minister Katz visits Rabbi "
        "Goldin his sukkah."
    )
    assert set(people) == {"David Gold", "Dana Katz"}, people


@pytest.mark.parametrize(
    ("paragraph", "byline"),
    [
        ("Диана Аванесян", True),
        ("(איתמר כהן)", True),
        ("(מורן לוי ואטילה שמואלי)", True),
        ("(Jane Roe and John Doe)", True),
        ("Anna Schmidt", True),
        ("Minister Dana Katz met Anna Schmidt.", False),
        ("(Communicated by the Foreign Ministry)", False),
        ("Читайте также:", False),
        ("Home News Events", False),
    ],
)
def test_a_paragraph_of_names_alone_is_a_byline(paragraph: str, byline: bool) -> None:
    assert is_byline(paragraph) is byline


def test_the_writers_of_a_report_are_no_people_of_it() -> None:
    people = _people(
        "Prime Minister Dan Meron met President Ana Ruiz in Madrid on 4 May 2017.\n\n"
        "(Tal Ronen and Ada Gil)"
    )
    assert set(people) == {"Dan Meron", "Ana Ruiz"}


@pytest.mark.parametrize(
    ("headline", "body", "name"),
    [
        (
            "PM meets US President Donald J Trump",
            "Prime Minister Dan Meron met US President Donald Trump in Davos on 4 May 2017.",
            "Donald J Trump",
        ),
        (
            "Readout of the meeting with H.E. Mr. Sergey V. Lavrov",
            "The Secretary-General met Foreign Minister Sergey Lavrov in Geneva on 2 May 2016.",
            "Sergey V. Lavrov",
        ),
        (
            "Minister visits Lima",
            "Minister Ana M. Ruiz visited Lima on 2 May 2016. Minister Ana Ruiz met students.",
            "Ana M. Ruiz",
        ),
    ],
)
def test_a_middle_initial_is_the_same_person_in_its_fuller_form(
    headline: str, body: str, name: str
) -> None:
    people = _people(body, headline)
    assert list(people)[:2].count(name) == 1, people
    assert len([n for n in people if n.split()[-1] == name.split()[-1]]) == 1, people
