"""Every photo of the catalogue, filtered (the photo browser's query and ``photo list``)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from pressdesk.catalogue.models import Keyword, PersonShown, PhotoKeyword
from pressdesk.cli.main import main
from pressdesk.services.errors import InvalidInputError
from pressdesk.services.reads.photos import PhotoFilter, count_photos, list_photos, photo_ids
from tests.support.rows import add_person, add_photo, add_release, add_slot


@pytest.fixture
def photos(cat):
    with cat.write() as s:
        r = add_release(s, headline="Peres meets Putin")
        a = add_photo(
            s,
            "a.jpg",
            caption="Peres and Putin",
            credit="GPO/Kobi Gideon",
            copyright="GPO",
            creator=["Kobi Gideon"],
            taken_at="2012-11-08T10:00:00",
        )
        b = add_photo(
            s,
            "b.jpg",
            caption="Harbour at dawn\nJaffa, 9 November",
            credit="Reuters",
            taken_at="2012-11-09T06:30:00",
        )
        c = add_photo(s, "c.jpg", credit="GPO", copyright="GPO", taken_at="2013-01-01")
        add_slot(s, r, 0, a, caption="Peres and Putin", credit="GPO")
        peres = add_person(s, "Shimon Peres")
        s.add(PersonShown(photo_id=a.id, person_id=peres.id, position=0))
        kw = Keyword(text="Diplomacy")
        s.add(kw)
        s.flush()
        s.add(PhotoKeyword(photo_id=b.id, keyword_id=kw.id))
        ids = {"release": r.id, "a": a.id, "b": b.id, "c": c.id}
    return cat, ids


def _ids(cat, **kw) -> list[int]:
    return photo_ids(cat, PhotoFilter(**kw))


def test_filters(photos) -> None:
    cat, i = photos
    assert _ids(cat) == [i["c"], i["b"], i["a"]]  # newest first
    assert _ids(cat, unattached=True) == [i["c"], i["b"]]
    assert _ids(cat, release=i["release"]) == [i["a"]]
    assert _ids(cat, credit="gpo") == [i["c"], i["a"]]
    assert _ids(cat, photographer="gideon") == [i["a"]]
    assert _ids(cat, person="peres") == [i["a"]]
    assert _ids(cat, keyword="diplomacy") == [i["b"]]
    assert _ids(cat, date_from=dt.date(2012, 11, 9)) == [i["c"], i["b"]]
    assert _ids(cat, date_to=dt.date(2012, 11, 9)) == [i["b"], i["a"]]
    assert _ids(cat, date_from=dt.date(2012, 11, 8), date_to=dt.date(2012, 11, 8)) == [i["a"]]
    assert _ids(cat, problems=True) == [i["c"], i["b"]]  # no caption / no copyright
    assert set(_ids(cat, text="harbour OR putin")) == {i["a"], i["b"]}
    assert _ids(cat, text="putin", unattached=True) == []
    assert _ids(cat, credit="100%_") == []  # (LIKE's wildcards are plain characters)
    assert count_photos(cat) == 3 and count_photos(cat, PhotoFilter(unattached=True)) == 2
    assert [p.id for p in list_photos(cat, PhotoFilter(), limit=1, offset=1)] == [i["b"]]
    with pytest.raises(InvalidInputError, match="at least one word"):
        _ids(cat, text="-putin")


def test_photo_list_command(photos, capsys, migrated_target) -> None:
    _cat, i = photos
    code = main(
        [
            "--catalogue",
            migrated_target,
            "--json",
            "photo",
            "list",
            "--unattached",
            "--credit",
            "GPO",
            "--from",
            "2012-12-01",
        ]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and [p["id"] for p in out] == [i["c"]]
    assert out[0]["releases"] == [] and "caption" in out[0]
    with pytest.raises(SystemExit) as exc:
        main(["--catalogue", migrated_target, "photo", "list", "--from", "8.11.2012"])
    assert exc.value.code == 2
    assert "is not a date" in capsys.readouterr().err


def test_photo_list_prints_one_line_a_photo(photos, capsys, migrated_target) -> None:
    """A caption of several lines (as files carry them) is one line of the listing."""
    _cat, i = photos
    code = main(["--catalogue", migrated_target, "photo", "list", "--keyword", "diplomacy"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0 and len(lines) == 1
    assert lines[0].split()[0] == str(i["b"]) and "Harbour at dawn Jaffa, 9 November" in lines[0]
