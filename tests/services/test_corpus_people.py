"""No junk person out of any release of the corpus (issue 13): a hand-judged snapshot.

The whole corpus (the shared releases and batches 1-11 under tests/data/releases) is imported
with the real command line into one fresh catalogue, and every person record it creates is
looked up in ``tests/data/releases/people_judged.tsv``, where each name was judged by hand
once: ``person`` (a person named in a release, in a form the guide accepts) or ``not`` (not a
person, or not a person's name: a place, an organisation, a verb or honorific glued on, a
name cut short, a photographer or a report's writer). The test fails on

- a record whose name was judged ``not`` (junk), or an alias that was;
- a record whose name was never judged: a change to the parser made a new name, and someone
  must look at it and add it to the file as ``person`` or ``not`` (with where it comes from).

A new batch is added to ``JUDGED_BATCHES`` once the people it creates have been judged.
"""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

import pytest

from pressdesk.cli.main import main

pytestmark = pytest.mark.corpus

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data" / "releases"
JUDGED = DATA / "people_judged.tsv"
JUDGED_BATCHES = range(1, 12)  # the batches whose people were judged by hand
# Forms the text really writes, kept as aliases of the right person (never records).
ALIAS_OK = {"YINGLUCK SHINAWATRA", "Isaac ‘Bougie’ Herzog", "Benjamin (Benny) Gantz", "רבלין"}


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", name).replace("’", "'").replace("׳", "'").strip()


def _judged() -> dict[str, str]:
    out: dict[str, str] = {}
    for n, line in enumerate(JUDGED.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, verdict, *_ = line.split("\t")
        assert verdict in ("person", "not"), f"{JUDGED.name}:{n}: verdict {verdict!r}"
        assert _key(name) not in out, f"{JUDGED.name}:{n}: {name!r} judged twice"
        out[_key(name)] = verdict
    return out


def _corpus_files() -> list[Path]:
    shared = Path(os.environ.get("PRESSDESK_CORPUS") or REPO.parent / "shared" / "corpus")
    releases = shared / "releases"
    if not (releases / "expected.json").is_file():
        if os.environ.get("CI"):
            pytest.fail(f"the release corpus is missing at {releases}")
        pytest.skip(f"the release corpus is not at {releases} (set PRESSDESK_CORPUS)")
    files = sorted(releases.glob("*.txt"))
    files += sorted(f for n in JUDGED_BATCHES for f in (DATA / f"batch-{n}").glob("*.txt"))
    assert len(files) >= 197
    return files


def test_the_judged_file_holds_both_verdicts() -> None:
    verdicts = _judged()
    assert sum(v == "person" for v in verdicts.values()) > 300
    assert sum(v == "not" for v in verdicts.values()) > 40  # the junk seen so far, named


def test_every_person_out_of_the_corpus_was_judged_a_person(tmp_path, capsys) -> None:
    files = _corpus_files()
    args = ["--catalogue", str(tmp_path / "corpus.sqlite")]
    assert main([*args, "release", "import", *map(str, files)]) == 0
    capsys.readouterr()
    assert main([*args, "people", "list", "--limit", "100000", "--json"]) == 0
    people = json.loads(capsys.readouterr().out)
    verdicts = _judged()
    names = {_key(p["name"]) for p in people}
    aliases = {_key(a) for p in people for a in p["aliases"]} - {_key(a) for a in ALIAS_OK}
    junk = sorted(n for n in names | aliases if verdicts.get(n) == "not")
    assert junk == [], f"not people, made people of: {junk}"
    unjudged = sorted(names - set(verdicts))
    assert unjudged == [], (
        f"new names out of the corpus, never judged: {unjudged}; look at each in its "
        f"release and add it to {JUDGED.relative_to(REPO)} as person or not"
    )
    # ... and a few known people stay whole, one record each
    assert {"Isaac Herzog", "Benjamin Gantz", "Reuven Rivlin", "Alexander Matsegora"} <= names
    assert not {"Daniel Ayalon", "יצחק הרצוג"} & names  # Danny Ayalon; Isaac Herzog
