"""The benchmark loaders' shared parts: which generated columns each table of the catalogue
has (``Layout``), and the rows written so far (``Progress``)."""

from __future__ import annotations

import time
from collections.abc import Callable

import _synth
from sqlalchemy import inspect

from pressdesk.catalogue import Catalogue


class Layout:
    """The generator's columns that the catalogue's tables have, per table.

    The schema moves on (new migrations); a column the generator knows but the table lacks
    is left out, and a required column the generator does not fill stops the run.
    """

    def __init__(self, cat: Catalogue) -> None:
        insp = inspect(cat.engine)
        self.columns: dict[str, tuple[str, ...]] = {}
        self.pick: dict[str, Callable[[_synth.Row], _synth.Row] | None] = {}
        problems = []
        for table, cols in _synth.COLUMNS.items():
            have = {c["name"]: c for c in insp.get_columns(table)}
            keep = tuple(i for i, c in enumerate(cols) if c in have)
            self.columns[table] = tuple(cols[i] for i in keep)
            self.pick[table] = None if len(keep) == len(cols) else _picker(keep)
            for name, col in have.items():
                required = not col["nullable"] and col.get("default") is None
                if required and name not in cols and col.get("autoincrement") is not True:
                    problems.append(f"{table}.{name}")
        if problems:
            raise SystemExit(
                "the catalogue has required columns the generator does not fill: "
                + ", ".join(problems)
                + " (update bench/_synth.py)"
            )

    def rows(self, table: str, rows: list[_synth.Row]) -> list[_synth.Row]:
        pick = self.pick[table]
        return rows if pick is None else [pick(r) for r in rows]


def _picker(keep: tuple[int, ...]) -> Callable[[_synth.Row], _synth.Row]:
    def pick(row: _synth.Row) -> _synth.Row:
        return tuple(row[i] for i in keep)

    return pick


class Progress:
    """Rows written per table and overall rate."""

    def __init__(self, total_releases: int) -> None:
        self.start = time.perf_counter()
        self.rows: dict[str, int] = dict.fromkeys(_synth.COLUMNS, 0)
        self.total_releases = total_releases
        self.last_print = 0.0

    def add(self, table: str, n: int) -> None:
        self.rows[table] += n

    @property
    def total(self) -> int:
        return sum(self.rows.values())

    def maybe_print(self, force: bool = False) -> None:
        now = time.perf_counter()
        if not force and now - self.last_print < 10:
            return
        self.last_print = now
        elapsed = now - self.start
        done = self.rows["release"]
        print(
            f"  {elapsed:7.1f}s  releases {done:>9,}/{self.total_releases:,}  "
            f"photos {self.rows['photo']:>10,}  rows {self.total:>11,}  "
            f"({self.total / max(elapsed, 1e-9):,.0f} rows/s)",
            flush=True,
        )
