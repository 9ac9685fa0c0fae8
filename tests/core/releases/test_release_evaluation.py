"""The scoring module: field accuracy, set F1, titles over matched people, the miss list."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pressdesk.core.releases import ParsedPerson, ParsedRelease, ParsedSlot
from pressdesk.core.releases.evaluation import FIELDS, evaluate, format_report, release_to_record


def record(**over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "headline": "Mayor’s visit",
        "issuer": "Office of the Mayor",
        "event_date": "2015-05-03",
        "place": "Bergen",
        "photos": [{"caption": "The harbour", "credit": "GPO", "copyright": None}],
        "participants": [
            {"name": "Lena Hartmann", "title": "Mayor"},
            {"name": "Ole Berg", "title": "Consul"},
        ],
        "mentioned_only": ["Anne Dahl"],
    }
    base.update(over)
    return base


def test_identical_records_score_one_and_quotes_and_nfc_are_normalised() -> None:
    got = record(headline="Mayor's  visit")
    result = evaluate({"a.txt": got}, {"a.txt": record()})
    assert result.scores == dict.fromkeys(FIELDS, 1.0)
    assert result.misses == []


def test_misses_are_listed_with_expected_and_got() -> None:
    got = record(
        place=None,
        photos=[{"caption": "The harbour", "credit": "Ruth Almog/GPO", "copyright": None}, {}],
        participants=[
            {"name": "Lena Hartmann", "title": "Lord Mayor"},
            {"name": "Kai", "title": None},
        ],
        mentioned_only=[],
    )
    result = evaluate({"a.txt": got}, {"a.txt": record()})
    assert result.scores["place"] == 0.0
    assert result.scores["photo_credit"] == 0.5  # two slots: one wrong, one extra
    assert result.scores["participants"] == 0.5  # P = 1/2, R = 1/2
    assert result.scores["titles"] == 0.0  # the one matched person has the wrong title
    assert result.scores["mentioned"] == 0.0
    fields = {(m.field, m.expected, m.got) for m in result.misses}
    assert ("place", "Bergen", None) in fields
    assert ("participants", "Ole Berg", None) in fields
    assert ("participants", None, "Kai") in fields
    assert ("mentioned", "Anne Dahl", None) in fields
    report = format_report(result)
    assert "place" in report and "expected 'Bergen', got None" in report


def test_missing_results_are_reported_or_scored_as_empty() -> None:
    expected = {"a.txt": record(), "b.txt": record()}
    lenient = evaluate({"a.txt": record()}, expected)
    assert lenient.missing == ["b.txt"] and lenient.scores["headline"] == 1.0
    strict = evaluate({"a.txt": record()}, expected, files=expected)
    assert strict.scores["headline"] == 0.5


def test_empty_sets_on_both_sides_count_as_agreement() -> None:
    result = evaluate({"a.txt": record(mentioned_only=[])}, {"a.txt": record(mentioned_only=[])})
    assert result.scores["mentioned"] == 1.0
    assert result.micro_f1["mentioned"] == 1.0


def test_release_to_record_splits_roles() -> None:
    parsed = ParsedRelease(
        headline="H",
        subheadline=None,
        summary=None,
        body="",
        issuer=None,
        event_date=dt.date(2015, 5, 3),
        place=None,
        language="en",
        photos=(ParsedSlot("c", "GPO", None),),
        participants=(
            ParsedPerson("Lena Hartmann", "Mayor", "participant"),
            ParsedPerson("Anne Dahl", None, "mentioned"),
        ),
    )
    rec = release_to_record(parsed)
    assert rec["event_date"] == "2015-05-03"
    assert rec["participants"] == [{"name": "Lena Hartmann", "title": "Mayor"}]
    assert rec["mentioned_only"] == ["Anne Dahl"]
    assert rec["photos"] == [{"caption": "c", "credit": "GPO", "copyright": None}]
