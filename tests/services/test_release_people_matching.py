"""Import links people across scripts and typos, never makes junk people, reports confidence,
and saves the archivist's corrections from the preview as typed by a person."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

from pressdesk.cli.main import main
from pressdesk.core.releases import ParsedPerson, ParsedSlot
from pressdesk.services.history import provenance_of
from pressdesk.services.people.admin import find_people
from pressdesk.services.reads.browse import show_release
from pressdesk.services.releases.import_ import (
    ReviewedRelease,
    import_release_files,
    import_reviewed,
)

EN = "Mayor visits port\n\n(Communicated by the Mayor's Office)\n\nMayor Reuven Rivlin visited the port of Haifa on 2 March 2015.\n"
HE = "ראש העיר ביקר בנמל\n\n(נמסר מלשכת ראש העיר)\n\nראש העיר ראובן ריבלין ביקר היום בחיפה.\n"
RU = "Мэр посетил порт\n\n(Сообщение пресс-службы мэрии)\n\nМэр Реувен Ривлин посетил порт в Хайфе.\n"
TYPO = "Mayor tours school\n\nMayor Reuven Rivin toured a school in Haifa on 3 March 2015.\n"
JUNK = "Home | News | Events\n\nHome News Events\n\nMinister Dana Katz opened a library in Eilat on 1 May 2015.\n"


def _files(tmp_path: Path, **texts: str) -> list[Path]:
    out = []
    for name, text in texts.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out


def test_one_person_across_scripts_and_a_typo(cat, tmp_path: Path) -> None:
    result = import_release_files(cat, _files(tmp_path, a=EN, b=HE, c=RU, d=TYPO))
    assert result.errors == []
    ids = {p.person_id for r in result.imported for p in r.release.participants}
    assert len(ids) == 1  # Rivlin, ריבלין, Ривлин and the typo "Rivin" are one record
    person = find_people(cat)[0]
    assert person.name == "Reuven Rivlin"
    assert {"ראובן ריבלין", "Реувен Ривлин", "Reuven Rivin"} <= set(person.aliases)
    matches = [r.confidence["people"][0]["match"] for r in result.imported]
    assert matches == ["new", "script", "script", "typo"]


def test_a_surname_that_only_sounds_alike_in_the_same_script_is_a_new_person(cat, tmp_path) -> None:
    first = "Consul visits\n\nConsul Anna Peres visited Haifa on 1 June 2015.\n"
    second = "Consul visits\n\nConsul Marco Perez visited Haifa on 2 June 2015.\n"
    import_release_files(cat, _files(tmp_path, a=first, b=second))
    assert sorted(p.name for p in find_people(cat)) == ["Anna Peres", "Marco Perez"]


def test_menu_words_never_become_people(cat, tmp_path: Path) -> None:
    result = import_release_files(cat, _files(tmp_path, a=JUNK))
    assert [p.name for p in find_people(cat)] == ["Dana Katz"]
    assert result.imported[0].release.headline != "Home | News | Events"


def test_release_import_json_carries_confidence(migrated_target, tmp_path: Path, capsys) -> None:
    (path,) = _files(tmp_path, a=EN)
    args = ["--catalogue", migrated_target, "--library", str(tmp_path / "lib")]
    assert main([*args, "--json", "release", "import", str(path)]) == 0
    (obj,) = json.loads(capsys.readouterr().out)
    conf = obj["confidence"]
    assert {"headline", "issuer", "event_date", "place", "people"} <= set(conf)
    assert 0.0 <= conf["place"] <= 1.0 and conf["issuer"] > 0.9
    assert conf["people"][0]["name"] == "Reuven Rivlin"
    assert obj["headline"] == "Mayor visits port"  # the contract's keys stay as they were


def test_corrections_from_the_preview_are_saved_as_typed(cat, tmp_path: Path) -> None:
    review = ReviewedRelease(
        text=EN,
        fields={"place": "Haifa port", "event_date": dt.date(2015, 3, 3)},
        photos=(ParsedSlot("The port at dawn", "Dana Katz/GPO", None),),
        people=(ParsedPerson("Reuven Rivlin", "Mayor of Haifa", "participant"),),
    )
    imported = import_reviewed(cat, review)
    r = show_release(cat, imported.release.id)
    assert (r.place, r.event_date) == ("Haifa port", dt.date(2015, 3, 3))
    assert [(s.caption, s.credit) for s in r.photos] == [("The port at dawn", "Dana Katz/GPO")]
    assert [(p.name, p.title) for p in r.participants] == [("Reuven Rivlin", "Mayor of Haifa")]
    with cat.read() as s:
        prov = provenance_of(s, "release", uuid.UUID(r.uid))
    assert prov["place"] == "user" and prov["participants"] == "user"
    assert prov["headline"] == "parsed"
    # the same text imported again keeps every correction
    (path,) = _files(tmp_path, a=EN)
    again = import_release_files(cat, [path]).imported[0].release
    assert (again.place, again.photos[0].caption) == ("Haifa port", "The port at dawn")


DATA = Path(__file__).resolve().parents[1] / "data" / "releases"


def test_a_site_menu_of_everyday_words_never_becomes_people(migrated_target, tmp_path, capsys):
    """en56 (a real page) ends in menu headings; importing it makes people of names only."""
    args = ["--catalogue", migrated_target, "--library", str(tmp_path / "lib"), "--json"]
    assert main([*args, "release", "import", str(DATA / "batch-4" / "en56.txt")]) == 0
    capsys.readouterr()
    assert main([*args, "people", "list"]) == 0
    names = {p["name"] for p in json.loads(capsys.readouterr().out)}
    assert "Benjamin Netanyahu" in names
    assert not names & {"Useful Links", "Newsletter Subscribe", "Selected Articles"}
    assert not names & {"Event Notices", "Mad-Logic Internet Solutions"}


def test_a_short_surname_links_across_scripts_by_the_whole_name(cat, tmp_path: Path) -> None:
    en = "President meets\n\nPresident Barack Obama met students in Haifa on 2 May 2015.\n"
    ru = "Президент встретился\n\nПрезидент Барак Обама встретился со студентами в Хайфе.\n"
    he = "השרה נפגשה עם תלמידים\n\nשרת החינוך נחמה גל נפגשה היום בחיפה עם תלמידים.\n"
    ru2 = "Министр встретилась\n\nМинистр образования Нехама Гал встретилась в Хайфе.\n"
    result = import_release_files(cat, _files(tmp_path, a=en, b=ru, c=he, d=ru2))
    names = sorted(p.name for p in find_people(cat))
    assert names == ["Barack Obama", "נחמה גל"]  # "Obama", "גל": too short to link alone
    assert [r.confidence["people"][0]["match"] for r in result.imported][1::2] == [
        "script",
        "script",
    ]


def test_aliases_are_names_not_titles(cat) -> None:
    """A release's other forms of a name become aliases only when they are names."""
    forms = ("Rivlin", "President and First Lady Rivlin", "President Rivlin")
    person = ParsedPerson("Reuven Rivlin", "President", "participant", forms)
    import_reviewed(cat, ReviewedRelease(text=EN, people=(person,)))
    (found,) = find_people(cat)
    assert "Rivlin" in found.aliases
    assert not [a for a in found.aliases if a.startswith("President")]


def test_a_known_name_links_even_where_it_could_not_make_a_new_person(cat) -> None:
    """ "Trump" alone is an everyday word: no new person, but the known Donald Trump."""
    mentioned = (ParsedPerson("Trump", None, "mentioned"),)
    first = import_reviewed(cat, ReviewedRelease(text=TYPO, people=mentioned))
    assert not first.release.participants and first.new_people == ()
    trump = (ParsedPerson("Donald Trump", None, "participant"),)
    import_reviewed(cat, ReviewedRelease(text=EN, people=trump))
    again = import_reviewed(cat, ReviewedRelease(text=JUNK, people=mentioned))
    assert [p.name for p in again.release.participants] == ["Donald Trump"]


def test_the_preview_tells_how_each_person_would_be_linked(cat, tmp_path: Path) -> None:
    from pressdesk.services.releases.preview import preview_people

    import_release_files(cat, _files(tmp_path, a=EN))
    people = (
        ParsedPerson("Реувен Ривлин", "Мэр", "participant"),
        ParsedPerson("Reuven Rivin", None, "participant"),
        ParsedPerson("Reuven Rivlin", None, "participant"),
        ParsedPerson("Dana Katz", None, "mentioned"),
        ParsedPerson("Useful Links", None, "mentioned"),
    )
    seen = [(p.how, p.person, p.to_confirm) for p in preview_people(cat, people)]
    assert seen == [
        ("script", "Reuven Rivlin", True),
        ("typo", "Reuven Rivlin", True),
        ("name", "Reuven Rivlin", False),
        ("new", None, False),
        ("left out", None, True),
    ]
    assert len(find_people(cat)) == 1  # the preview wrote nothing


def test_a_suggested_match_the_archivist_rejects_becomes_a_new_person(cat, tmp_path) -> None:
    import_release_files(cat, _files(tmp_path, a=EN))  # without a decision "Rivin" is Rivlin
    apart = import_reviewed(cat, ReviewedRelease(text=TYPO, separate=("Reuven Rivin",)))
    assert [p.name for p in apart.release.participants] == ["Reuven Rivin"]
    assert sorted(p.name for p in find_people(cat)) == ["Reuven Rivin", "Reuven Rivlin"]
    with cat.read() as s:
        prov = provenance_of(s, "release", uuid.UUID(apart.release.uid))
    assert prov["participants"] == "user"  # a re-import keeps the archivist's decision


def test_a_surname_that_is_also_an_everyday_word_is_kept_as_the_persons_alias(
    cat, tmp_path: Path
) -> None:
    text = (
        "Mayor meets envoy\n\nMayor Dana Katz met Ambassador Tom Frost in Haifa on 2 March 2015. "
        "Ambassador Frost thanked the mayor.\n"
    )
    import_release_files(cat, _files(tmp_path, a=text))
    frost = next(p for p in find_people(cat) if p.name == "Tom Frost")
    assert "Frost" in frost.aliases  # "frost" is an everyday English word, but here his name


def _release(day: int, line: str) -> str:
    return f"Minister visits port\n\n{line} visited the port of Ashdod on {day} April 2016.\n"


FULL = _release(1, "Prime Minister Dalia Korenfeld")
SURNAME = _release(2, "Prime Minister Korenfeld")


def test_a_titled_surname_links_to_the_one_known_person_of_that_surname(cat, tmp_path) -> None:
    import_release_files(cat, _files(tmp_path, a=FULL))
    result = import_release_files(cat, _files(tmp_path, b=SURNAME))  # a later import
    assert result.errors == []
    (person,) = find_people(cat)
    assert person.name == "Dalia Korenfeld"
    assert "Korenfeld" in person.aliases


def test_a_surname_seen_first_takes_the_full_name_seen_later(cat, tmp_path) -> None:
    import_release_files(cat, _files(tmp_path, a=SURNAME))
    import_release_files(cat, _files(tmp_path, b=FULL))
    (person,) = find_people(cat)
    assert person.name == "Dalia Korenfeld"


def test_a_surname_two_known_people_share_links_to_neither(cat, tmp_path) -> None:
    other = _release(3, "Minister Amos Korenfeld")
    import_release_files(cat, _files(tmp_path, a=FULL, b=other, c=SURNAME))
    names = sorted(p.name for p in find_people(cat))
    assert names == ["Amos Korenfeld", "Dalia Korenfeld", "Korenfeld"]


def test_an_abbreviated_title_agrees_with_the_title_written_out(cat, tmp_path) -> None:
    """ "PM Korenfeld", seen first, is "Prime Minister Dalia Korenfeld": "PM" is written out."""
    import_release_files(cat, _files(tmp_path, a=_release(1, "PM Korenfeld")))
    import_release_files(cat, _files(tmp_path, b=_release(2, "Prime Minister Dalia Korenfeld")))
    (person,) = find_people(cat)
    assert person.name == "Dalia Korenfeld"
    assert "Korenfeld" in person.aliases


def test_an_abbreviation_of_another_title_still_disagrees(cat, tmp_path) -> None:
    import_release_files(cat, _files(tmp_path, a=_release(1, "Amb. Korenfeld")))
    import_release_files(cat, _files(tmp_path, b=_release(2, "Prime Minister Dalia Korenfeld")))
    assert sorted(p.name for p in find_people(cat)) == ["Dalia Korenfeld", "Korenfeld"]


def test_a_known_diminutive_of_the_first_name_links_to_the_full_name(cat, tmp_path) -> None:
    """ "Ruvi" is a diminutive of "Reuven"; "Sara" is no form of "Benjamin"."""
    import_release_files(cat, _files(tmp_path, a=_release(1, "President Reuven Korenfeld")))
    import_release_files(cat, _files(tmp_path, b=_release(2, "President Ruvi Korenfeld")))
    (person,) = find_people(cat)
    assert person.name == "Reuven Korenfeld"
    assert "Ruvi Korenfeld" in person.aliases


def test_a_first_name_that_is_no_diminutive_stays_a_separate_person(cat, tmp_path) -> None:
    import_release_files(cat, _files(tmp_path, a=_release(1, "President Reuven Korenfeld")))
    import_release_files(cat, _files(tmp_path, b=_release(2, "President Rina Korenfeld")))
    assert sorted(p.name for p in find_people(cat)) == ["Reuven Korenfeld", "Rina Korenfeld"]
