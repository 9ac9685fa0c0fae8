"""``pressdesk check`` and ``pressdesk house``: the JSON contract, exit status, reports."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from pressdesk.cli.main import main
from tests.checks.conftest import SEED, SEED_CAPTION
from tests.support.photo_files import camera_jpeg

CONTRACT_KEYS = {"severity", "code", "message", "release_id", "photo_id"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def desk(migrated_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """Catalogue arguments for a catalogue holding the seed release (id 1)."""
    args = ["--catalogue", migrated_target, "--library", str(tmp_path / "library")]
    assert run(capsys, *args, "release", "import", str(SEED))[0] == 0
    return args


def _photo(tmp_path: Path, name: str, **meta: object) -> str:
    return str(camera_jpeg(tmp_path / name, seed=len(name), **meta))  # type: ignore[arg-type]


def test_check_json_contract_and_exit_status(
    desk: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(capsys, *desk, "check", "--json")
    assert code == 0  # an empty slot is a warning
    assert [p["code"] for p in json.loads(out)["problems"]] == ["empty-slot"]
    wrong = _photo(
        tmp_path,
        "wrong.jpg",
        caption=SEED_CAPTION,
        credit="Getty Images",
        copyright="Getty Images",
        persons=("Shimon Peres", "Vladimir Putin"),
    )
    assert run(capsys, *desk, "photo", "add", wrong, "--release", "1")[0] == 0
    code, out, _err = run(capsys, *desk, "check", "--json")
    problems = json.loads(out)["problems"]
    assert code == 1
    assert all(set(p) >= CONTRACT_KEYS for p in problems)
    errors = [p for p in problems if p["severity"] == "error"]
    assert [(e["code"], e["release_id"], e["photo_id"]) for e in errors] == [
        ("slot-credit-mismatch", 1, 1)
    ]
    assert errors[0]["field"] == "credit" and errors[0]["fix"] is None
    run(capsys, *desk, "photo", "set", "1", "--credit", "GPO", "--copyright", "GPO")
    code, out, _err = run(capsys, *desk, "check", "--release", "1", "--json")
    # the catalogue now differs from the file (a warning), and nothing else
    assert code == 0
    assert {p["code"] for p in json.loads(out)["problems"]} == {
        "embedded-credit-differs",
        "embedded-copyright-differs",
    }


def test_bad_usage_exits_2_with_one_sentence(
    desk: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, *desk, "check", "--release", "77")
    assert code == 2 and out == "" and err.count("\n") == 1 and "release" in err and "77" in err
    code, _out, err = run(capsys, *desk, "check", "--report", "problems.pdf")
    assert code == 2 and ".csv or .html" in err and "Traceback" not in err
    code, _out, err = run(capsys, *desk, "check", "--report", "/no/such/folder/r.csv")
    assert code == 2 and "does not exist" in err


def test_reports_csv_and_escaped_html(
    desk: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = "<script>alert('x')</script> & Co"
    photo = _photo(tmp_path, "h.jpg", caption=SEED_CAPTION, credit=hostile, copyright="GPO")
    run(capsys, *desk, "photo", "add", photo, "--release", "1")
    csv_path, html_path = tmp_path / "desk.csv", tmp_path / "desk.html"
    assert run(capsys, *desk, "check", "--report", str(csv_path))[0] == 1
    rows = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8"))))
    assert {"slot-credit-mismatch", "not-in-house-list"} <= {r["code"] for r in rows}
    assert any(hostile in r["message"] for r in rows)
    assert run(capsys, *desk, "check", "--report", str(html_path))[0] == 1
    page = html_path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; Co" in page
    assert "src=" not in page and "href=" not in page  # self-contained


def test_check_fix_applies_every_one_click_fix(
    desk: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bare = _photo(tmp_path, "bare.jpg")
    run(capsys, *desk, "photo", "add", bare, "--release", "1")
    code, out, _err = run(capsys, *desk, "check", "--json")
    assert code == 1 and {p["code"] for p in json.loads(out)["problems"]} >= {"missing-credit"}
    code, out, err = run(capsys, *desk, "check", "--fix", "--json")
    assert (code, json.loads(out)) == (0, {"problems": []}) and "applied" in err
    code, out, _err = run(capsys, *desk, "photo", "show", "1", "--json")
    photo = json.loads(out)
    assert (photo["caption"], photo["credit"], photo["copyright"]) == (SEED_CAPTION, "GPO", "GPO")


def test_house_commands(
    desk: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(capsys, *desk, "house", "list", "--json")
    assert code == 0 and "GPO" in {e["canonical"] for e in json.loads(out)}
    code, out, _err = run(
        capsys,
        *desk,
        "house",
        "add",
        "Flash90",
        "--copyright",
        "Flash90",
        "--variant",
        "Flash 90",
        "--json",
    )
    assert code == 0 and json.loads(out)["variants"] == ["Flash 90"]
    code, _out, err = run(capsys, *desk, "house", "variant", "Flash90", "GPO")
    assert code == 2 and "already stands for 'GPO'" in err
    photo = _photo(tmp_path, "p.jpg", caption="c", credit="Reuters", copyright="Reuters")
    run(capsys, *desk, "photo", "add", photo)
    code, out, _err = run(capsys, *desk, "house", "apply", "GPO/Kobi Gideon", "1", "--json")
    assert code == 0 and {c["field"] for c in json.loads(out)["changes"]} == {
        "credit",
        "copyright",
        "source",
    }
    code, out, _err = run(capsys, *desk, "house", "preset", "Flash90", "--credit", "Flash90")
    assert code == 0 and "Flash90" in out
    assert run(capsys, *desk, "house", "preset", "Flash90", "--remove")[0] == 0
    assert run(capsys, *desk, "house", "apply", "Flash90", "1")[0] == 2
