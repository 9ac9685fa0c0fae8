"""A whole-catalogue check streams its problems in report order: the command line writes
each as it is found (no store, no list of a million), the same problems with the same
counts as the store the problems panel reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressdesk.cli.main import main as cli_main
from pressdesk.core.checks.model import ERROR, Problem
from pressdesk.services.checks.run import check_catalogue, run_checks, stream_catalogue
from tests.checks.test_scale import _fill
from tests.support.rows import add_photo, add_release, add_slot


def _mixed(cat) -> None:
    """Photos whose problems belong to a release other than the one their slot is in, a
    photo in two releases credited differently, photos in no release, several problems at
    one place: everything the merge has to put in order."""
    _fill(cat, 3, 0)
    with cat.write() as s:
        late = add_release(s, headline="Late")
        early = add_release(s, headline="Early")
        shared = add_photo(s, "shared.jpg", caption="Shared", credit="Reuters", copyright="x")
        bare = add_photo(s, "bare.jpg", credit="Nobody Agency")
        add_photo(s, "loose.jpg")  # in no release: three warnings
        add_photo(s, "loose2.jpg", credit="GPO", copyright="GPO")
        add_slot(s, early, 0, bare, credit="GPO")
        add_slot(s, early, 1, shared, credit="GPO")
        add_slot(s, late, 0, shared, credit="Reuters")
        add_slot(s, late, 1, shared, credit="GPO")  # the same photo twice in one release
        add_slot(s, late, 2, None, caption="To come")


def test_the_stream_is_the_report_order_and_the_stores_problems(cat) -> None:
    _mixed(cat)
    stream = stream_catalogue(cat)
    streamed = [placed.problem() for placed in stream]
    assert streamed == sorted(streamed, key=Problem.sort_key)  # the report order
    with cat.read() as s:
        listed, releases, photos = run_checks(s, None)
    assert sorted(streamed, key=repr) == sorted(listed, key=repr)
    report = check_catalogue(cat)
    try:
        assert list(report.problems) == streamed
        assert (stream.errors, stream.warnings, stream.fixable) == (
            report.error_count,
            report.warning_count,
            report.fixable_count,
        )
        assert (stream.releases, stream.photos) == (report.releases, report.photos)
        assert (releases, photos) == (report.releases, report.photos)
    finally:
        report.close()
    codes = {p.code for p in streamed}
    assert {"credited-differently", "unattached-missing-caption", "empty-slot"} <= codes
    assert streamed[-1].release_id is None  # a photo in no release comes last
    assert sum(p.severity == ERROR for p in streamed) == stream.errors > 0


def test_problems_come_out_while_the_check_is_still_running(cat) -> None:
    _fill(cat, 4, 0)
    stream = stream_catalogue(cat)
    found = iter(stream)
    first = next(found)
    assert first.release_id is not None
    assert stream.releases == 0 and stream.errors == 0  # the check has not finished
    rest = list(found)
    assert stream.releases == 4 and stream.errors + stream.warnings == len(rest) + 1


def test_the_command_writes_what_the_stored_report_holds(
    cat, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Streamed (plain ``check``) and stored (``check --report``, which needs the counts
    first) give the same lines and the same exit status."""
    _mixed(cat)
    location = str(cat.location)
    streamed = cli_main(["--catalogue", location, "check"])
    out_streamed = capsys.readouterr().out
    stored = cli_main(["--catalogue", location, "check", "--report", str(tmp_path / "r.csv")])
    out_stored = capsys.readouterr().out
    assert streamed == stored == 1
    assert out_streamed == out_stored and out_streamed.count("\n") > 20
