"""Where a Hebrew or Russian name ends and what is no person: a word after a known surname,
a surname spelt like a function word, a geresh typed as ’, a place named after a person,
the site's own reporter; an office's genitive opening a Russian name, two surnames side by
side. Every release here is made up in the shape of the genre."""

from __future__ import annotations

import pytest

from pressdesk.core.releases.parser import parse_release_text
from pressdesk.services.releases.import_ import acceptable


def _he(body: str) -> set[str]:
    text = f"הנשיא בביקור\n\n(נמסר מדוברות בית הנשיא)\n\n{body}\n"
    return {p.name for p in parse_release_text(text).participants if acceptable(p)}


def _ru(body: str) -> dict[str, str | None]:
    text = f"Визит в Израиль\n\n(Сообщение пресс-службы Президента)\n\n{body}\n"
    return {p.name: p.title for p in parse_release_text(text).participants if acceptable(p)}


@pytest.mark.parametrize(
    ("body", "name", "junk"),
    [
        ("ראש הממשלה בנימין נתניהו נועד היום עם נשיא צרפת.", "בנימין נתניהו", "נועד"),
        ("במכתב מרגש כותבת שרה נתניהו כך: תודה רבה.", "שרה נתניהו", "כך"),
        ("השר משה כהן נפגש אמש עם שגריר גרמניה.", "משה כהן", "אמש"),
        ("לדברי יאיר לפיד הודה כי השיחה הייתה טובה.", "יאיר לפיד", "הודה"),
        ("הנשיא נפגש עם דוד לוי ושוחח איתו ארוכות.", "דוד לוי", "ושוחח"),
    ],
)
def test_a_word_after_a_known_surname_ends_the_name(body: str, name: str, junk: str) -> None:
    people = _he(body)
    assert name in people, people
    assert not any(junk in p.split() for p in people)


def test_a_surname_spelt_like_a_function_word_closes_the_sentence() -> None:
    assert "ג'ק לו" in _he('יו"ר הכנסת נפגש היום עם שגריר ארה"ב בישראל ג\'ק לו.')
    assert "ג'ק" not in _he('יו"ר הכנסת נפגש היום עם שגריר ארה"ב בישראל ג\'ק לו.')


def test_a_geresh_typed_as_a_right_quote_is_part_of_the_name() -> None:
    people = _he("הנשיא שמעון פרס נפגש עם הזמרת ושם פגש גם את בעלה, גאי ריצ’י, ואת חבריה.")
    assert "גאי ריצ'י" in people or "גאי ריצ’י" in people, people
    assert "גאי ריצ" not in people


@pytest.mark.parametrize(
    ("body", "not_people"),
    [
        ("לאחר מכן ביקר הנשיא במסגד אחמד קדירוב ונפגש עם תלמידים.", {"אחמד קדירוב"}),
        ("ראש העיר ביקר ברחוב הרצל ובכיכר יצחק רבין והודה לתושבים.", {"יצחק רבין"}),
        ("לכתבינו משה לוי נודע כי הנשיא ראובן ריבלין יבקר בחיפה.", {"משה לוי"}),
        ("השר נפגש עם תלמידי בית הספר על שם דוד בן גוריון בירושלים.", {"דוד בן גוריון"}),
    ],
)
def test_a_place_named_after_a_person_or_the_sites_reporter_is_no_person(
    body: str, not_people: set[str]
) -> None:
    assert not not_people & _he(body), _he(body)


def test_an_offices_genitive_is_the_title_not_the_name() -> None:
    people = _ru(
        "Президент встретился со спикером Кнессета Юлием Эдельштейном и министром "
        "обороны Израиля Бени Ганцем."
    )
    assert "Юлий Эдельштейн" in people, people
    assert people["Юлий Эдельштейн"] == "спикер Кнессета"
    assert not any(name.startswith("Кнессет") for name in people)


def test_two_surnames_side_by_side_are_two_people() -> None:
    people = _ru(
        "Встреча министра иностранных дел России и его немецкого коллеги Гидо Вестервелле "
        'началась в Берлине.\n\n"Добро пожаловать", — поприветствовал Вестервелле Лаврова.'
    )
    assert "Гидо Вестервелле" in people and "Лавров" in people, people
    assert not any(" " in n and n.endswith("Лавров") for n in people)
