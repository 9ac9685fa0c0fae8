"""The hand-checked corpus: every field must score at least 95%."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pressdesk.core.releases import parse_release_file
from pressdesk.core.releases.evaluation import evaluate, format_report, release_to_record

pytestmark = pytest.mark.corpus  # (reads the shared corpus)

REPO = Path(__file__).resolve().parents[3]
DATA = REPO / "tests" / "data" / "releases"


def _corpus() -> Path:
    path = Path(os.environ.get("PRESSDESK_CORPUS") or REPO / ".." / "shared" / "corpus")
    releases = path / "releases" if (path / "releases").is_dir() else path
    if not (releases / "expected.json").is_file():
        if os.environ.get("CI"):
            pytest.fail(f"the release corpus is missing at {releases}")
        pytest.skip(f"the release corpus is not at {releases} (set PRESSDESK_CORPUS)")
    return releases


def test_every_field_scores_at_least_95_percent() -> None:
    releases = _corpus()
    expected = json.loads((releases / "expected.json").read_text(encoding="utf-8"))
    got = {}
    for name in expected:
        path = releases / name if (releases / name).is_file() else DATA / name
        if path.is_file():
            got[name] = release_to_record(parse_release_file(path))
    result = evaluate(got, expected, files=list(expected))
    report = format_report(result)
    assert len(result.files) == len(expected) >= 21, report
    assert result.below(0.95) == {}, report
