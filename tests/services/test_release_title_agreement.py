"""A surname alone in another script links to the known person only when its title names
the same office, whatever the language of either title (made-up releases)."""

from __future__ import annotations

from pathlib import Path

from pressdesk.core.releases.lang import expand_title
from pressdesk.services.people.admin import find_people
from pressdesk.services.releases.import_ import import_release_files

EN = "Mayor visits port\n\nMayor Reuven Rivlin visited the port of Haifa on 2 March 2015.\n"
HE_MAYOR = "ראש העיר ביקר בנמל\n\nראש העיר ריבלין ביקר היום בנמל חיפה.\n"
HE_AMBASSADOR = "השגריר ביקר בנמל\n\nהשגריר ריבלין ביקר היום בנמל חיפה.\n"
RU_MAYOR = "Мэр посетил порт\n\nМэр Ривлин посетил порт в Хайфе.\n"


def _import(cat: object, tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    result = import_release_files(cat, [path])
    assert result.errors == []


def test_titles_in_three_languages_name_one_office() -> None:
    assert expand_title("ראש הממשלה") == expand_title("Prime Minister") == "prime minister"
    assert expand_title("רה״מ") == "prime minister"  # gershayim or quotation mark alike
    assert expand_title("Премьер-министр") == "prime minister"
    assert expand_title("Министр иностранных дел России") == "foreign minister россии"
    assert expand_title("Minister of Foreign Affairs") == "foreign minister"
    assert expand_title("השגריר") == expand_title("Ambassador") == "ambassador"


def test_a_surname_in_another_script_with_the_same_office_links(cat, tmp_path: Path) -> None:
    _import(cat, tmp_path, "a", EN)
    _import(cat, tmp_path, "b", HE_MAYOR)
    _import(cat, tmp_path, "c", RU_MAYOR)
    (person,) = find_people(cat)
    assert person.name == "Reuven Rivlin"
    assert {"ריבלין", "Ривлин"} <= set(person.aliases)


def test_a_surname_in_another_script_with_another_office_is_a_new_person(
    cat, tmp_path: Path
) -> None:
    _import(cat, tmp_path, "a", EN)
    _import(cat, tmp_path, "b", HE_AMBASSADOR)
    assert sorted(p.name for p in find_people(cat)) == ["Reuven Rivlin", "ריבלין"]
