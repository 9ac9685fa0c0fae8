"""The problems panel over a whole catalogue's store: rules with their counts, problems
fetched a page at a time in the background, filters and re-checks answered by the store."""

from __future__ import annotations

from pressdesk.app.jobs import JobRunner
from pressdesk.app.problems_panel import CHUNK, ProblemsPanel
from pressdesk.core.checks.model import ERROR, WARNING, CheckReport, Problem
from pressdesk.services.checks.store import ProblemStore
from tests.app.waits import WAIT_MS


def _problem(n: int, code: str = "missing-credit", release: int | None = None) -> Problem:
    return Problem(
        severity=ERROR if code == "missing-credit" else WARNING,
        code=code,
        message=f"Release {release or n}, photo {n} (p{n}.jpg): no credit",
        release_id=release or n,
        photo_id=n,
        field="credit",
    )


def _store() -> ProblemStore:
    store = ProblemStore()
    store.extend(_problem(n) for n in range(1, 1201))
    store.extend(_problem(n, "house-style") for n in range(1, 31))
    return store.finish()


def test_panel_pages_a_store_in_the_background(qtbot) -> None:
    jobs = JobRunner()
    panel = ProblemsPanel(None, jobs)
    qtbot.addWidget(panel)
    store = _store()
    panel.show_report(CheckReport(store))
    model = panel.model
    qtbot.waitUntil(lambda: len(model.groups) == 2, timeout=WAIT_MS)
    (rule, first), (style, styled) = model.groups
    assert rule == ("missing-credit", ERROR, 1200) and len(first) % CHUNK == 0
    assert style == ("house-style", WARNING, 30) and len(styled) == 30
    qtbot.waitUntil(lambda: "1,200 errors, 30 warnings" in panel.summary.text(), timeout=WAIT_MS)
    parent = model.index(0, 0)
    while model.canFetchMore(parent):  # (the expanded tree may already have asked for more)
        loaded = model.rowCount(parent)
        model.fetchMore(parent)
        model.fetchMore(parent)  # asked twice before the page arrives: fetched once
        qtbot.waitUntil(lambda n=loaded: model.rowCount(parent) > n, timeout=WAIT_MS)
    assert [p.photo_id for p in model.groups[0][1]] == list(range(1, 1201))

    panel.filter.setText("p1199.jpg")
    qtbot.waitUntil(lambda: [p.photo_id for p in model.all_problems()] == [1199], timeout=WAIT_MS)
    panel.filter.clear()
    panel.replace_releases({1, 2}, [CheckReport((_problem(2, "house-style", release=2),))])
    qtbot.waitUntil(
        lambda: (
            [r for r, _items in model.groups]
            == [("missing-credit", ERROR, 1198), ("house-style", WARNING, 29)]
        ),
        timeout=WAIT_MS,
    )
    panel.show_report(CheckReport(()))  # a new report lets the store go (in a job)
    qtbot.waitUntil(lambda: store.closed, timeout=WAIT_MS)
    jobs.shutdown()


def test_a_new_report_lets_the_old_store_go_in_the_background(qtbot) -> None:
    """Closing a store deletes its file: a job does it, never the GUI thread."""
    handed: list[tuple[object, ...]] = []

    class Jobs:  # runs each job at once, noting what it was given
        def run(self, fn, *args, on_done, **_kw):  # type: ignore[no-untyped-def]
            handed.append(args)
            on_done(fn(*args, ctx=None))

    panel = ProblemsPanel(None, Jobs())
    qtbot.addWidget(panel)
    first = _store()
    old = CheckReport(first)
    panel.show_report(old)
    assert not first.closed
    panel.show_report(CheckReport(_store()))
    assert first.closed and (old,) in handed
