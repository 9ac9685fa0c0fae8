"""Where a search with its records spends its time: the median duration of each SQL
statement it runs (execute + fetch), from the engine's cursor events."""

from __future__ import annotations

import statistics
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.search import search_ids
from pressdesk.services.reads.load import load_people, load_photos, release_summaries

LIMIT = 50


@contextmanager
def statement_timer(cat: Catalogue) -> Iterator[dict[str, list[float]]]:
    """Collect the duration of every SQL statement the engine runs, by statement text."""
    times: dict[str, list[float]] = defaultdict(list)

    def before(conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        conn.info.setdefault("bench_t0", []).append(time.perf_counter())

    def after(conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        start = conn.info["bench_t0"].pop()
        times[" ".join(statement.split())].append((time.perf_counter() - start) * 1000)

    event.listen(cat.engine, "before_cursor_execute", before)
    event.listen(cat.engine, "after_cursor_execute", after)
    try:
        yield times
    finally:
        event.remove(cat.engine, "before_cursor_execute", before)
        event.remove(cat.engine, "after_cursor_execute", after)


def breakdown(cat: Catalogue, raw: str, prefix_last: bool, runs: int) -> list[tuple[float, str]]:
    """Median time of each statement a search with its records runs for ``raw`` (execute +
    fetch)."""

    def run() -> None:
        with cat.read() as session:
            hits = search_ids(session, raw, limit=LIMIT, prefix_last=prefix_last)
            release_summaries(session, hits.releases)
            load_photos(session, hits.photos)
            load_people(session, hits.people)

    run()
    with statement_timer(cat) as times:
        for _ in range(runs):
            run()
    return sorted(((statistics.median(v), k) for k, v in times.items()), reverse=True)
