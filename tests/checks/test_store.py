"""A whole-catalogue check keeps its problems in a scratch store, not in memory: the same
problems in the same order as an in-memory check, read a page at a time, counted in SQL."""

from __future__ import annotations

import os
import tracemalloc
from collections import Counter

import pytest

from pressdesk.core.checks.model import ERROR, WARNING, CheckReport, Fix, Problem
from pressdesk.core.checks.pages import ProblemList
from pressdesk.services.checks import store as store_mod
from pressdesk.services.checks.run import check_catalogue, problem_counts, run_checks
from pressdesk.services.checks.store import ProblemStore
from tests.checks.test_scale import _fill


def _problem(n: int, release: int | None = None) -> Problem:
    fix = Fix("set_photo_field", "Use GPO", "credit", "GPO", f"x{n}", n) if n % 3 == 0 else None
    return Problem(
        severity=ERROR if n % 4 == 0 else WARNING,
        code=("missing-credit", "house-style", "empty-slot")[n % 3],
        message=f"Release {release}, photo {n} (a{n}.jpg): the credit 'X{n}' is not GPO",
        release_id=release if release is not None else (None if n % 50 == 0 else n % 97),
        photo_id=n,
        field="credit",
        fix=fix,
        position=n % 5 if n % 2 else None,
        suggestion="Write GPO" if n % 7 == 0 else None,
    )


def test_store_reads_back_what_a_list_holds_in_report_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(store_mod, "PAGE", 7)  # many pages, keyset boundaries inside ties
    problems = [_problem(n % 300) for n in range(900)]  # every problem three times
    store = ProblemStore()
    try:
        store.extend(reversed(problems))
        store.finish()
        expected = sorted(problems, key=Problem.sort_key)
        assert list(store) == expected
        assert len(store) == 900 and store[0] == expected[0] and store[-1] == expected[-1]
        assert store[100:110] == expected[100:110]
        report = CheckReport(store)
        assert report.tally("severity") == dict(Counter(p.severity for p in problems))
        assert report.per_release() == dict(
            Counter(p.release_id for p in problems if p.release_id is not None)
        )
        assert report.fixable() == tuple(p for p in expected if p.fix is not None)
        assert report.fixable_count == len(report.fixable())
        listed = ProblemList(problems)
        for text, severity in (("", 0), ("a17.jpg", 0), ("HOUSE", 2), ("", 1)):
            assert store.rules(text=text, severity=severity) == listed.rules(
                text=text, severity=severity
            )
            for code, _sev, _n in listed.rules(text=text, severity=severity):
                assert store.page(3, 20, code=code, text=text, severity=severity) == listed.page(
                    3, 20, code=code, text=text, severity=severity
                )
        fresh = [_problem(5, release=5), _problem(6, release=5)]
        store.replace_releases([5, 11], fresh)
        listed.replace_releases([5, 11], fresh)
        assert list(store) == listed.problems
    finally:
        store.close()
    assert not os.path.exists(store.path)
    assert list(store) == [] and len(store) == 0  # a late reader finds nothing


def test_store_memory_does_not_grow_with_the_problems() -> None:
    """tracemalloc counts Python allocations (no timing): 30,000 problems held in a list
    take over 10 MB; written to the store and read back, never more than a batch lives."""
    tracemalloc.start()
    try:
        store = ProblemStore()
        for n in range(30_000):
            store.add(_problem(n))
        store.finish()
        assert sum(1 for _p in store) == 30_000
        _now, peak = tracemalloc.get_traced_memory()
        store.close()
        tracemalloc.reset_peak()
        held = [_problem(n) for n in range(30_000)]
        _now, listed = tracemalloc.get_traced_memory()
        del held
    finally:
        tracemalloc.stop()
    assert listed > 10_000_000
    assert peak < 6_000_000  # a batch of 5,000 rows and a page, whatever the total


def test_a_whole_catalogue_check_goes_to_a_store_equal_to_the_list(cat) -> None:
    ids = _fill(cat, 12, 0)
    report = check_catalogue(cat)
    try:
        assert isinstance(report.problems, ProblemStore)
        with cat.read() as s:
            listed, releases, photos = run_checks(s, None)
        assert list(report.problems) == listed
        assert (report.releases, report.photos) == (releases, photos)
        assert report.by_code() == dict(sorted(Counter(p.code for p in listed).items()))
        assert report.error_count == sum(p.severity == ERROR for p in listed)
    finally:
        report.close()
    counts = problem_counts(cat, None)
    assert counts == {r: n for r, n in problem_counts(cat, ids).items() if n}
    assert check_catalogue(cat, ids[0]).problems == tuple(
        p
        for p in sorted(run_checks_scoped(cat, ids[0]), key=Problem.sort_key)
        if p.release_id == ids[0]
    )


def run_checks_scoped(cat, rid: int) -> list[Problem]:
    with cat.read() as s:
        problems, _r, _p = run_checks(s, [rid])
    return list(problems)


def _index_names(store: ProblemStore) -> set[str]:
    rows = store._query("SELECT name FROM sqlite_master WHERE type = 'index'")
    return {name for (name,) in rows}


def _same_reads(store: ProblemStore, listed: ProblemList) -> None:
    assert list(store) == listed.problems and len(store) == len(listed.problems)
    assert store[3:40] == listed.problems[3:40]
    report = CheckReport(store)
    for column in ("severity", "code", "release_id"):
        assert report.tally(column) == dict(Counter(getattr(p, column) for p in listed.problems))
    assert report.fixable_count == sum(p.fix is not None for p in listed.problems)
    assert report.fixable() == tuple(p for p in listed.problems if p.fix is not None)
    for text, severity in (("", 0), ("a17.jpg", 0), ("HOUSE", 2), ("", 1), ("", 2)):
        assert store.rules(text=text, severity=severity) == listed.rules(
            text=text, severity=severity
        )
        for code, _sev, n in listed.rules(text=text, severity=severity):
            for offset in (0, 3, 7, n - 2):
                assert store.page(
                    offset, 7, code=code, text=text, severity=severity
                ) == listed.page(offset, 7, code=code, text=text, severity=severity)


def test_a_store_written_in_report_order_is_read_without_an_index(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A check writes in report order: the store reads its rows back in their own order
    (no index to build), answers the first pages and the counts from what it kept while
    writing, and goes over to its indexes once rows come out of order or a release is
    replaced, with the same answers."""
    monkeypatch.setattr(store_mod, "PAGE", 7)
    monkeypatch.setattr(store_mod, "BATCH", 50)  # the order is checked across batches too
    problems = sorted((_problem(n % 300) for n in range(900)), key=Problem.sort_key)
    store = ProblemStore()
    try:
        store.extend(problems)
        store.finish()
        listed = ProblemList(problems)
        _same_reads(store, listed)
        assert _index_names(store) == set()
        fresh = [_problem(5, release=5), _problem(6, release=5)]
        store.replace_releases([5, 11], fresh)
        listed.replace_releases([5, 11], fresh)
        _same_reads(store, listed)
        assert "ix_order" in _index_names(store)
    finally:
        store.close()


@pytest.mark.parametrize("where", [10, 50, 899])  # inside a batch, at a batch's start, last
def test_a_store_notices_a_row_out_of_order(monkeypatch: pytest.MonkeyPatch, where: int) -> None:
    monkeypatch.setattr(store_mod, "PAGE", 7)
    monkeypatch.setattr(store_mod, "BATCH", 50)
    problems = sorted((_problem(n % 300) for n in range(900)), key=Problem.sort_key)
    problems.insert(where, problems.pop(where - 5))  # one row five places late
    store = ProblemStore()
    try:
        store.extend(problems)
        store.finish()
        _same_reads(store, ProblemList(problems))
        assert "ix_order" in _index_names(store)
    finally:
        store.close()


def test_a_text_filter_finds_problems_written_before_and_after_it() -> None:
    """The folded text the filter searches is filled in when a filter first asks, for the
    rows written until then and again for rows written after (a release checked again)."""
    store = ProblemStore()
    store.extend(_problem(n, release=1) for n in range(20))
    store.finish()
    assert [p.photo_id for p in store.page(0, 50, text="'x7'")] == [7]
    assert store.tally("severity", text="A13.JPG") == {ERROR if 13 % 4 == 0 else WARNING: 1}
    fresh = Problem(
        WARNING, "house-style", "Release 2, photo 99: the credit 'Ж' is not GPO", 2, 99, "credit"
    )
    store.replace_releases({2}, [fresh])
    assert [p.photo_id for p in store.page(0, 50, text="'ж'")] == [99]
    assert [r[0] for r in store.rules(text="house-style")] == ["house-style"]
    assert len(list(store.scan(text="is not gpo"))) == 21
    store.close()
