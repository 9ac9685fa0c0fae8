"""The history view says who was added to or removed from a release by name."""

from __future__ import annotations

import datetime as dt

from pressdesk.app.history_view import HistoryModel
from pressdesk.services.reads.history import HistoryEntry


def test_participants_show_names_with_their_ids(qtbot) -> None:
    at = dt.datetime(2026, 12, 3, 12, 0, tzinfo=dt.UTC)
    entry = HistoryEntry(
        7,
        at,
        "participants",
        [[1, "President", "participant"]],
        [[1, "President", "participant"], [3, None, "mentioned"]],
        "user",
        "cli",
        names={1: "Shimon Peres", 3: "Barack Obama"},
    )
    model = HistoryModel()
    model.set_entries([entry])
    assert model.data(model.index(0, 2)) == "Shimon Peres (#1), President"
    assert model.data(model.index(0, 3)) == (
        "Shimon Peres (#1), President; Barack Obama (#3) [mentioned]"
    )
    assert entry.to_json()["new"][1] == [3, None, "mentioned"]  # --json keeps the ids
