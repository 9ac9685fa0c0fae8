"""The evaluator: several folders at once, per language, either spelling of a matched person,
and the first-sight table."""

from __future__ import annotations

import json
from pathlib import Path

from pressdesk.tools.evaluate_releases import (
    TABLE_TITLE,
    append_first_sight,
    evaluate_dirs,
    first_sight_row,
    main,
)


def _batch(folder: Path, files: dict[str, tuple[str, dict]]) -> Path:
    folder.mkdir(parents=True)
    expected = {}
    for name, (text, record) in files.items():
        (folder / name).write_text(text, encoding="utf-8")
        expected[name] = record
    (folder / "expected.json").write_text(json.dumps(expected, ensure_ascii=False), "utf-8")
    return folder


def _record(**over) -> dict:
    base = {
        "headline": None,
        "issuer": None,
        "event_date": None,
        "place": None,
        "photos": [],
        "participants": [],
        "mentioned_only": [],
    }
    base.update(over)
    return base


def test_several_folders_per_language_each_release_once(tmp_path: Path) -> None:
    en = "Mayor visits port\n\nMayor Reuven Rivlin visited Haifa on 2 March 2015.\n"
    he = "ראש העיר ביקר בנמל\n\n(נמסר מלשכת ראש העיר)\n\nראש העיר ראובן ריבלין ביקר היום בחיפה.\n"
    one = _batch(
        tmp_path / "batch-1",
        {
            "en01.txt": (
                en,
                _record(
                    language="en",
                    headline="Mayor visits port",
                    event_date="2015-03-02",
                    place="Haifa",
                    participants=[{"name": "Reuven Rivlin", "title": "Mayor"}],
                ),
            )
        },
    )
    two = _batch(
        tmp_path / "batch-2",
        {
            "he01.txt": (
                he,
                _record(
                    language="he",
                    headline="ראש העיר ביקר בנמל",
                    issuer="לשכת ראש העיר",
                    place="חיפה",
                    participants=[{"name": "ראובן ריבלין", "title": "ראש העיר"}],
                ),
            )
        },
    )
    result = evaluate_dirs([one, two, one])  # a folder named twice is scored once
    assert len(result.files) == 2
    assert set(result.by_language) == {"en", "he"}
    assert result.by_language["he"].scores["participants"] == 1.0
    assert result.overall() == 1.0, [m for m in result.misses]
    table = tmp_path / "README.md"
    table.write_text("# Bench\n\nText.\n", encoding="utf-8")
    append_first_sight(table, first_sight_row("batch-1", result, "abc1234"))
    append_first_sight(table, first_sight_row("batch-2", result, "abc1235"))
    text = table.read_text(encoding="utf-8")
    assert text.count(TABLE_TITLE) == 1
    rows = [ln for ln in text.splitlines() if ln.startswith("| batch-")]
    assert [r.split(" | ")[0] for r in rows] == ["| batch-1", "| batch-2"]
    assert "| 1/1/0 | 100.0% |" in rows[0] and rows[0].endswith("| abc1234 |")


def test_main_writes_a_first_sight_row_and_fails_below_the_threshold(tmp_path: Path) -> None:
    folder = _batch(
        tmp_path / "b",
        {
            "x.txt": (
                "Minister visits\n\nMinister Dana Katz visited Eilat.\n",
                _record(place="Paris"),
            )
        },
    )
    table = tmp_path / "t.md"
    code = main([str(folder), "--first-sight", "b", "--table", str(table)])
    assert code == 1  # place and headline are wrong
    assert "| b |" in table.read_text(encoding="utf-8")
