"""One record per person whatever form a release writes the name in: a nickname inside the
name, an English form of a Hebrew first name, a diminutive, a Hebrew surname spelt without
its vowel letter. Made-up releases in the shape of the genre."""

from __future__ import annotations

from pathlib import Path

from pressdesk.services.people.admin import find_people
from pressdesk.services.releases.import_ import import_release_files


def _files(tmp_path: Path, *texts: str) -> list[Path]:
    out = []
    for n, text in enumerate(texts):
        path = tmp_path / f"r{n}.txt"
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out


def _release(body: str) -> str:
    return f"Visit\n\n(Communicated by the President's Office)\n\n{body}\n"


def test_a_nickname_inside_a_name_is_an_alias_not_part_of_the_record(cat, tmp_path) -> None:
    texts = (
        _release("Opposition leader Avraham ‘Avi’ Dror met students in Haifa on 2 May 2015."),
        _release("MK Avraham Dror visited Eilat on 3 May 2015."),
        _release("Minister Yael (Yali) Barak met Avraham Dror in Tel Aviv on 4 May 2015."),
    )
    result = import_release_files(cat, _files(tmp_path, *texts))
    people = {p.name: p for p in find_people(cat)}
    assert set(people) == {"Avraham Dror", "Yael Barak"}
    assert {"Avraham ‘Avi’ Dror", "Avi Dror"} <= set(people["Avraham Dror"].aliases)
    assert "Yali Barak" in people["Yael Barak"].aliases
    written = [p.name_in_text for r in result.imported for p in r.release.participants]
    assert written[0] == "Avraham ‘Avi’ Dror"  # the release keeps the form in its text


def test_an_english_first_name_and_its_hebrew_form_are_one_person(cat, tmp_path) -> None:
    texts = (
        _release("President Isaac Tamir met the mayor of Haifa on 2 May 2015."),
        "ביקור\n\n(נמסר מדוברות בית הנשיא)\n\nהנשיא יצחק תמיר נפגש היום עם ראש העיר חיפה.\n",
        _release("Minister Jacob Navon visited Eilat on 5 May 2015."),
        "ביקור\n\n(נמסר מדוברות בית הנשיא)\n\nהשר יעקב נבון ביקר היום באילת.\n",
    )
    import_release_files(cat, _files(tmp_path, *texts))
    assert sorted(p.name for p in find_people(cat)) == ["Isaac Tamir", "Jacob Navon"]


def test_a_diminutive_of_a_known_first_name_is_that_person(cat, tmp_path) -> None:
    texts = (
        _release("Deputy Foreign Minister Danny Ofer met the ambassador on 2 May 2015."),
        _release("Deputy Foreign Minister Daniel Ofer visited Rome on 3 May 2015."),
    )
    import_release_files(cat, _files(tmp_path, *texts))
    assert [p.name for p in find_people(cat)] == ["Danny Ofer"]


def test_a_hebrew_surname_without_its_vowel_letter_is_the_same_person(cat, tmp_path) -> None:
    text = (
        "ביקור\n\n(נמסר מדוברות בית הנשיא)\n\n"
        "נשיא המדינה ראובן ריבלין אירח היום את נשיא גרמניה.\n\n"
        "הנשיא רבלין המשיך ואמר כי היחסים חזקים.\n"
    )
    import_release_files(cat, _files(tmp_path, text))
    people = find_people(cat)
    assert [p.name for p in people if "ריבלין" in p.name or "רבלין" in p.name] == ["ראובן ריבלין"]
