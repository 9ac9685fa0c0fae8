"""No junk person out of any release of the development corpus (issue 13).

The development corpus the junk rules were written on (the shared releases and batches 1-7
under tests/data/releases; batches 8 and 9 were added after their first-sight score and their
junk is not judged or fixed yet: see README, "Release parsing") is imported with the real command line into one fresh catalogue, and every person it creates
is checked against strings judged by hand, from the corpus's own junk report, not to be a
person or not to be a person's name: verbs, honorifics, offices and organisations glued on or
taken for names, buildings named after people, calendar words, names cut short, two names
run together, the writers of a report (bylines), and a nickname kept inside a record's name.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pressdesk.cli.main import main

pytestmark = pytest.mark.corpus

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data" / "releases"
JUDGED_BATCHES = range(1, 8)  # the batches whose people were judged by hand

# Judged by hand: none of these is a person (nor an alias of one).
NOT_A_PERSON = {
    "Extraordinary",  # "Ambassador Extraordinary and Plenipotentiary X": the title
    "Plenipotentiary Alexander Matsegora",
    "Sheikh Abdullah bin Zayed Al Nahyan",  # the honorific glued on
    "Governors",  # "Central Bank Governors"
    "Federations",  # "CEO of the Jewish Federations"
    "Inter",  # "Director General Inter Services Intelligence"
    "Protocal",  # "Chief Protocal Officer Jimmy Ovia"
    "Ho Chi Minh Mausoleum",  # a building named after a person
    "Serena Hotels",  # a company
    "Wreath Laid",  # a headline: "Wreath Laid before Friendship Tower"
    "Shabbos Parshas Haazinu",  # a day of the Jewish calendar
    "Lauin",  # "Rabbi Lauin his sukkah": "Lau in", a space lost
    "Кнессет Юлий Эдельштейн",  # "спикер Кнессета Юлий Эдельштейн": the office's genitive
    "Вестервелле Лавров",  # two people run together
    "בנימין נתניהו נועד",  # a verb glued on ("met")
    "בנצי ליזרוביץ נודע",  # a verb glued on ("learnt"); the site's reporter besides
    "מילכה ויסברג כך",  # an adverb glued on ("thus")
    "ג׳ק",  # "ג׳ק לו" cut short
    "גאי ריצ",  # "גאי ריצ’י" cut at the apostrophe
    "אחמד חאג׳י קדירוב",  # "במסגד אחמד חאג׳י קדירוב": a mosque's name
    "רבלין",  # ריבלין spelt without its yod: not a second person
    "YINGLUCK SHINAWATRA",  # a record's name is not in capitals
    "Isaac ‘Bougie’ Herzog",  # a record's name carries no nickname
    "Benjamin (Benny) Gantz",
}
# The writers of a report, named in a byline: neither participants nor mentioned.
BYLINES = {"Диана Аванесян", "איתמר אייכנר", "מורן אזולאי", "בנצי ליזרוביץ"}
# Forms the text really writes, kept as aliases of the right person (not records).
ALIAS_OK = {"YINGLUCK SHINAWATRA", "Isaac ‘Bougie’ Herzog", "Benjamin (Benny) Gantz", "רבלין"}


def _corpus_files() -> list[Path]:
    shared = Path(os.environ.get("PRESSDESK_CORPUS") or REPO.parent / "shared" / "corpus")
    releases = shared / "releases"
    if not (releases / "expected.json").is_file():
        if os.environ.get("CI"):
            pytest.fail(f"the release corpus is missing at {releases}")
        pytest.skip(f"the release corpus is not at {releases} (set PRESSDESK_CORPUS)")
    files = sorted(releases.glob("*.txt"))
    files += sorted(f for n in JUDGED_BATCHES for f in (DATA / f"batch-{n}").glob("*.txt"))
    assert len(files) >= 133
    return files


def test_no_junk_person_comes_out_of_the_development_corpus(tmp_path, capsys) -> None:
    files = _corpus_files()
    args = ["--catalogue", str(tmp_path / "corpus.sqlite")]
    assert main([*args, "release", "import", *map(str, files)]) == 0
    capsys.readouterr()
    assert main([*args, "people", "list", "--limit", "100000", "--json"]) == 0
    people = json.loads(capsys.readouterr().out)
    assert len(people) > 200  # the corpus names real people ...
    names = {p["name"] for p in people}
    aliases = {a for p in people for a in p["aliases"]} - ALIAS_OK
    junk = sorted((NOT_A_PERSON | BYLINES) & (names | aliases))
    assert junk == [], f"not people, made people of: {junk}"
    # ... and a few known people stay whole, one record each
    assert {"Isaac Herzog", "Benjamin Gantz", "Reuven Rivlin", "Alexander Matsegora"} <= names
    assert not {"Daniel Ayalon", "יצחק הרצוג"} & names  # Danny Ayalon; Isaac Herzog
