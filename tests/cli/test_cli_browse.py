"""The command-line contract for release list/show and search, and its exit codes."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pressdesk.catalogue import open_catalogue
from pressdesk.cli.main import main
from tests.support.rows import add_participation, add_person, add_photo, add_release, add_slot

RELEASE_KEYS = {
    "id",
    "uid",
    "headline",
    "subheadline",
    "summary",
    "body",
    "issuer",
    "event_date",
    "place",
    "language",
    "keywords",
    "photos",
    "participants",
    "created_at",
    "updated_at",
}


@pytest.fixture
def filled(migrated_target: str, tmp_path: Path) -> str:
    cat = open_catalogue(migrated_target, tmp_path / "lib")
    with cat.write() as s:
        r = add_release(
            s,
            headline="Pres Peres meets Russian President Putin in Moscow",
            issuer="Office of the President",
            event_date=dt.date(2012, 11, 8),
            place="Moscow",
            language="en",
            body="Para one.\n\nPara two.",
        )
        photo = add_photo(s, "p.jpg", caption="Peres and Putin", credit="GPO")
        add_slot(s, r, 0, photo, caption="Peres and Putin", credit="GPO", copyright="GPO")
        peres = add_person(s, "Shimon Peres", "Peres")
        add_participation(s, r, peres, "President")
        add_release(s, headline="Second release", body="Other text")
    cat.close()
    return migrated_target


def run(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse's usage errors and --help
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_release_list_json(filled, capsys) -> None:
    code, out, err = run(capsys, "--catalogue", filled, "release", "list", "--json")
    assert code == 0 and err == ""
    rows = json.loads(out)
    assert [r["headline"] for r in rows] == [
        "Second release",
        "Pres Peres meets Russian President Putin in Moscow",
    ]
    assert rows[1]["photo_count"] == 1


def test_release_show_json_has_the_contract_keys(filled, capsys) -> None:
    _, out, _ = run(capsys, "--catalogue", filled, "release", "list", "--json")
    rid = next(r["id"] for r in json.loads(out) if r["photo_count"])
    code, out, _ = run(capsys, "--catalogue", filled, "release", "show", str(rid), "--json")
    assert code == 0
    rec = json.loads(out)
    assert set(rec) == RELEASE_KEYS
    assert rec["event_date"] == "2012-11-08"
    assert rec["photos"] == [
        {
            "position": 0,
            "caption": "Peres and Putin",
            "credit": "GPO",
            "copyright": "GPO",
            "photo_id": rec["photos"][0]["photo_id"],
        }
    ]
    assert rec["participants"][0]["name"] == "Shimon Peres"
    assert rec["participants"][0]["role"] == "participant"
    # by uid too
    code, out2, _ = run(capsys, "--catalogue", filled, "release", "show", rec["uid"], "--json")
    assert code == 0 and json.loads(out2)["id"] == rid


def test_release_show_text(filled, capsys) -> None:
    code, out, _ = run(capsys, "--catalogue", filled, "release", "list", "--json")
    rid = json.loads(out)[1]["id"]
    code, out, _ = run(capsys, "--catalogue", filled, "release", "show", str(rid))
    assert code == 0
    assert "Headline:    Pres Peres meets" in out and "Participant: Shimon Peres, President" in out


def test_search_json(filled, capsys) -> None:
    code, out, _ = run(capsys, "--catalogue", filled, "search", "Peres", "--json")
    assert code == 0
    result = json.loads(out)
    assert set(result) == {"releases", "photos", "people"}
    assert len(result["releases"]) == 1 and len(result["photos"]) == 1
    assert result["people"][0]["name"] == "Shimon Peres"
    assert result["photos"][0]["credit"] == "GPO"


def test_search_with_or_and_minus(filled, capsys) -> None:
    code, out, _ = run(capsys, "--catalogue", filled, "search", "--json", "--", "Putin", "-Peres")
    assert code == 0 and json.loads(out)["releases"] == []
    code, out, _ = run(capsys, "--catalogue", filled, "search", "Second OR Moscow", "--json")
    assert len(json.loads(out)["releases"]) == 2


def test_search_minus_word_needs_no_double_dash(filled, capsys) -> None:
    """``search Peres -Putin``: a -word is a word of the query, not an unknown option; the
    search's own options still work wherever they stand."""
    for args in (
        ["search", "Putin", "-Peres", "--json"],
        ["--json", "search", "Putin", "NOT", "Peres"],
        ["search", "--limit", "5", "Putin", "-Peres", "--json"],
        ["search", "--limit=5", "--json", "Putin -Peres"],
    ):
        code, out, err = run(capsys, "--catalogue", filled, *args)
        assert code == 0, (args, err)
        assert json.loads(out)["releases"] == [], args
    code, out, _ = run(capsys, "--catalogue", filled, "search", "Putin", "-Merkel", "--json")
    assert len(json.loads(out)["releases"]) == 1
    code, _, err = run(capsys, "--catalogue", filled, "search", "-Putin")
    assert code == 2 and "needs at least one word to find" in err
    code, _, err = run(capsys, "--catalogue", filled, "search", "Putin", "--catalogue", "x")
    assert code == 2 and "--catalogue" in err  # a global option after the command: refused


def test_environment_variable_names_the_catalogue(filled, capsys, monkeypatch) -> None:
    monkeypatch.setenv("PRESSDESK_CATALOGUE", filled)
    code, out, _ = run(capsys, "release", "list", "--json")
    assert code == 0 and len(json.loads(out)) == 2


def test_default_catalogue_is_created_in_the_data_dir(capsys) -> None:
    code, out, _ = run(capsys, "release", "list")
    assert code == 0 and "No releases yet" in out
    assert (Path(os.environ["PRESSDESK_DATA_DIR"]) / "catalogue.sqlite").exists()


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["release", "show", "999999"], "No release with id 999999"),
        (["release", "show", "not-an-id"], "'not-an-id' is not a release id"),
        (["release", "list", "--limit", "zero"], "'zero' is not a whole number"),
        (["release", "frobnicate"], "invalid choice"),
        (["search"], "the following arguments are required"),
        (["search", "Peres", "OR"], "'OR' needs a word on each side"),
        (["search", "--", "-Peres"], "needs at least one word to find"),
    ],
)
def test_bad_usage_exits_2_with_one_sentence(filled, capsys, args, fragment) -> None:
    code, _, err = run(capsys, "--catalogue", filled, *args)
    assert code == 2
    assert fragment in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_unusable_catalogues_exit_2_without_traceback(tmp_path: Path) -> None:
    notdb = tmp_path / "notes.txt"
    notdb.write_text("hello")
    cases = [
        (str(notdb), "is not a SQLite database"),
        (str(tmp_path), "is a folder"),
        ("postgresql+psycopg://nobody@127.0.0.1:1/x", "Cannot open the catalogue"),
        ("nosuchdb://x/y", "No database driver"),
    ]
    for target, fragment in cases:
        proc = subprocess.run(
            [sys.executable, "-m", "pressdesk", "--catalogue", target, "release", "list"],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert proc.returncode == 2, (target, proc.stderr)
        assert fragment in proc.stderr and "Traceback" not in proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1


def test_help_for_each_command(capsys) -> None:
    for args in (
        ["release", "list", "--help"],
        ["release", "show", "--help"],
        ["search", "--help"],
    ):
        code, out, _ = run(capsys, *args)
        assert code == 0 and "--json" in out
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "--catalogue" in out and "search" in out
