"""A check asks the database a fixed number of questions, however many photos there are;
and the caption matcher finds whole names only."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from pressdesk.core.checks.people import mentions, name_keys, text_key
from pressdesk.core.text_keys import fold
from pressdesk.services.checks.run import check_catalogue, problem_counts
from pressdesk.services.jobs import Cancelled, JobContext
from tests.support.rows import add_participation, add_person, add_photo, add_release, add_slot


@contextmanager
def counting(cat) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(cat.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(cat.engine, "before_cursor_execute", count)


def _fill(cat, releases: int, start: int) -> list[int]:
    ids = []
    with cat.write() as s:
        putin = add_person(s, f"Vladimir Putin {start}", "Putin")
        for r in range(releases):
            release = add_release(s, headline=f"Release {start + r}")
            add_participation(s, release, putin, "Russian President")
            ids.append(release.id)
            for n in range(4):
                photo = add_photo(
                    s,
                    f"p{start}-{r}-{n}.jpg",
                    caption=f"Putin in Moscow {n}",
                    credit=("GPO", "Reuters", "Government Press Office", None)[n],
                    copyright="GPO",
                    embedded={"caption": f"Putin in Moscow {n}", "credit": "Getty Images"},
                )
                add_slot(s, release, n, photo, caption="Putin", credit="Photo: GPO")
            add_slot(s, release, 4, None, caption="Not attached yet")
    return ids


def test_queries_do_not_grow_with_the_catalogue(cat) -> None:
    small = _fill(cat, 2, 0)
    with counting(cat) as few:
        first = check_catalogue(cat)
    _fill(cat, 20, 100)
    with counting(cat) as many:
        second = check_catalogue(cat)
    assert {p.code for p in first.problems} >= {
        "person-named-not-tagged",
        "slot-credit-mismatch",
        "embedded-credit-differs",
        "empty-slot",
    }
    assert len(second.problems) == 11 * len(first.problems)
    assert len(many) == len(few) <= 12
    with counting(cat) as page:
        problem_counts(cat, small + list(range(3, 23)))
    assert len(page) <= 12


def test_caption_matching_is_by_whole_names_folded() -> None:
    keys = name_keys(["Shimon Peres", "Peres", "President Peres", "Mr"])
    assert "mr" not in keys
    assert mentions(text_key("President PERES meets Putin"), keys)
    assert mentions(text_key("Pérès, in Moscow"), keys)
    assert not mentions(text_key("Peresvet monastery"), keys)
    assert not mentions(text_key("Ami Peress"), keys)
    assert mentions(text_key("הנשיא שמעון פרס"), name_keys(["שמעון פרס"]))
    for text in ("Dep.FM  Ayalon", "U.S. Navy photo", "Amb. Šedivý"):
        assert text_key(text) == " ".join(fold(text).replace(".", "").split())


class Stop(Exception):
    pass


def test_progress_and_cancel_for_the_app(cat) -> None:
    _fill(cat, 2, 0)
    steps: list[tuple[int, int, str]] = []
    check_catalogue(
        cat, ctx=JobContext(lambda done, total, text: steps.append((done, total, text)))
    )
    # one pass over the releases (the passes run merged): from the start, through each
    # release, to the end; never backwards
    assert steps[0][:2] == (0, 1) and steps[-1][:2] == (1, 1)
    fractions = [done / total for done, total, _text in steps]
    assert fractions == sorted(fractions) and len(steps) >= 4  # start, two releases, end

    cancelled = JobContext()
    cancelled.cancel()
    with pytest.raises(Cancelled):
        check_catalogue(cat, ctx=cancelled)
    assert gc.isenabled()
