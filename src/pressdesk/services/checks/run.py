"""Photo-desk checks over the catalogue or some releases: a few streamed queries, pure rules.

``check_catalogue`` gives the problems panel and ``pressdesk check`` their report;
``problem_counts`` gives the release list its problem column (the same check, scoped to the
releases on screen). Photo problems are reported once per release the photo is in when the
check is scoped to releases, and once (under the photo's first release) in a full check.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.models import PhotoSlot
from pressdesk.core.checks.model import ERROR, CheckReport, Placed, Problem
from pressdesk.core.checks.rules import Rules
from pressdesk.services.checks.passes import Passes, load_people
from pressdesk.services.checks.store import ProblemStore
from pressdesk.services.house.lists import load_house_list
from pressdesk.services.jobs import JobContext, quiet
from pressdesk.services.jobs import ProgressFn as Progress
from pressdesk.services.reads.load import resolve_id

LABEL = "Checking slots, photos, credits and people"


def _passes(
    session: Session,
    scope: Sequence[int] | None,
    progress: Progress | None,
    check_cancel: Callable[[], None] | None,
    every_release: bool,
) -> Passes:
    run = Passes(session, scope, Rules(load_house_list(session)), load_people(session, scope))
    run.check_cancel, run.every_release = check_cancel, every_release
    if progress is not None:
        low, high = session.execute(
            select(func.min(PhotoSlot.release_id), func.max(PhotoSlot.release_id))
        ).one()
        if low is not None:
            span = max(1, high - low)
            run.progress = lambda rid: progress(rid - low, span, LABEL)
    return run


def _totals(run: Passes, session: Session) -> tuple[int, int]:
    """How many releases and photos a finished check looked at."""
    releases = len(run.releases)
    if run.scope is None:
        releases = session.scalar(select(func.count(PhotoSlot.release_id.distinct()))) or 0
    return releases, run.photo_rows or len(run.photos)


def run_checks(
    session: Session,
    scope: Sequence[int] | None = None,
    *,
    progress: Progress | None = None,
    check_cancel: Callable[[], None] | None = None,
    every_release: bool = False,
    store: ProblemStore | None = None,
) -> tuple[Sequence[Problem], int, int]:
    """Every rule over the catalogue (``scope`` None) or the releases in ``scope``.

    Returns the problems (in report order), and how many releases and photos were looked
    at. With a ``store`` the problems go there as they are found (a whole-catalogue check
    can find a million) and the store, finished, is returned; otherwise a list.
    ``progress`` hears how far through the releases the check is; ``check_cancel`` is
    called every few thousand rows and may raise to stop (nothing is written, so stopping
    is always safe). With ``every_release`` a full check reports a photo's problems under
    each of its releases (as scoped checks do) instead of once under its first release.
    """
    if scope is not None and not scope:
        return (store.finish() if store is not None else []), 0, 0
    run = _passes(session, scope, progress, check_cancel, every_release)
    problems: list[Problem] = []
    with _no_gc():
        if progress:
            progress(0, 1, LABEL)
        if store is not None:
            store.add_placed(run.in_order())
        else:
            problems = [placed.problem() for placed in run.in_order()]
        if progress:
            progress(1, 1, "")
    releases, photos = _totals(run, session)
    return (store.finish() if store is not None else problems), releases, photos


@contextmanager
def _no_gc() -> Iterator[None]:
    """The passes build many small objects and no cycles: no GC pauses."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


@dataclass
class CheckStream:
    """A whole-catalogue check handing on its problems one at a time as it finds them, in
    report order (iterate once); the counts are complete when the iteration ends."""

    cat: Catalogue
    ctx: JobContext | None
    errors: int = 0
    warnings: int = 0
    fixable: int = 0
    releases: int = 0
    photos: int = 0
    seconds: float = 0.0

    def __iter__(self) -> Iterator[Placed]:
        started = time.perf_counter()
        with self.cat.read() as s, _no_gc():
            ctx = self.ctx
            if ctx is None:  # nobody to tell, nothing to cancel: no checks on the way
                run = _passes(s, None, None, None, False)
            else:
                run = _passes(s, None, ctx.progress, ctx.check, False)
            counts = [0, 0]
            fixable = 0
            for placed in run.in_order():
                finding = placed.finding
                counts[finding.severity != ERROR] += 1
                if finding.fix is not None:
                    fixable += 1
                yield placed
            self.errors, self.warnings, self.fixable = counts[0], counts[1], fixable
            self.releases, self.photos = _totals(run, s)
        self.seconds = time.perf_counter() - started


def stream_catalogue(cat: Catalogue, *, ctx: JobContext | None = None) -> CheckStream:
    """Check the whole catalogue, its problems streamed (see :class:`CheckStream`)."""
    return CheckStream(cat, ctx)


def check_catalogue(
    cat: Catalogue,
    release_id: int | str | None = None,
    *,
    ctx: JobContext | None = None,
) -> CheckReport:
    """Check the whole catalogue, or one release (id or uid; NotFoundError if unknown).

    A whole-catalogue report keeps its problems in a :class:`ProblemStore` (a scratch file,
    deleted when the report is closed or dropped); one release's are a tuple.
    Read-only; ``progress`` and ``check_cancel`` serve the app's job helper.
    """
    ctx = ctx or quiet()
    progress, check_cancel = ctx.progress, ctx.check
    started = time.perf_counter()
    store = ProblemStore() if release_id is None else None
    try:
        with cat.read() as s:
            rid = resolve_id(s, "release", release_id) if release_id is not None else None
            problems, releases, photos = run_checks(
                s,
                [rid] if rid is not None else None,
                progress=progress,
                check_cancel=check_cancel,
                store=store,
            )
    except BaseException:
        if store is not None:
            store.close()
        raise
    return CheckReport(
        problems if store is not None else tuple(problems),
        release_id=rid,
        releases=releases if rid is None else 1,
        photos=photos,
        seconds=time.perf_counter() - started,
    )


def problem_counts(cat: Catalogue, release_ids: Iterable[int] | None) -> dict[int, int]:
    """Problems per release: the release list's problem column. Equal to
    ``len(check_catalogue(cat, rid).problems)`` for each release.

    With ids, every id given has an entry (0 when clean). With None, one pass over the whole
    catalogue gives the releases that have problems (the list's "with problems" filter),
    counted in SQL in the problems' store.
    """
    if release_ids is None:
        store = ProblemStore()
        try:
            with cat.read() as s:
                run_checks(s, None, every_release=True, store=store)
            return {rid: n for rid, n in store.tally("release_id").items() if rid is not None}
        finally:
            store.close()
    ids = sorted(set(release_ids))
    counts = dict.fromkeys(ids, 0)
    if not ids:
        return counts
    with cat.read() as s:
        for n in range(0, len(ids), 500):
            problems, _r, _p = run_checks(s, ids[n : n + 500])
            for p in problems:
                if p.release_id in counts:
                    counts[p.release_id] += 1
    return counts
