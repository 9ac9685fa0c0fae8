"""Where a whole-catalogue check keeps its problems: a scratch SQLite file, not memory.

A check of a million photos can find a million problems; held as objects they took 800 MB.
The check writes them here in batches as it goes; the report, the command line and the
problems panel read them back in order, a page at a time; counts per release are SQL. The
file is deleted when the store is closed or garbage-collected.

A check writes its problems in report order, so while nothing has been written out of order
(and no release replaced) the rows' own order is the report's: reads need no index, and the
counts per rule and severity and each rule's first page, kept on the way, answer the panel's
first questions without reading the file. The folded text the panel's filter searches is
filled in when a filter first asks for it, not while the check writes.
"""

from __future__ import annotations

import contextlib
import operator
import os
import sqlite3
import tempfile
import threading
import weakref
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter
from typing import Any, overload

from pressdesk.core.checks.model import SEVERITIES, Placed, Problem
from pressdesk.core.checks.pages import Rule, rule_order
from pressdesk.services.checks.store_rows import (
    PlacedRows,
    folded_text,
    problem_row,
    read_problem,
    stored_problem,
)

PAGE = 500
BATCH = 5000

_COLUMNS = (
    "rkey, pkey, photo_key, sev, code, message, release_id, photo_id, field, position, "
    "suggestion, fix, folded"
)
_ORDER = "rkey, pkey, photo_key, sev, code, message, rowid"
_INDEXED = "rkey, pkey, photo_key, sev, code"
_FIELDS = (
    "severity_name(sev), code, message, release_id, photo_id, field, fix, position, suggestion"
)
_KEY = itemgetter(0, 1, 2, 3, 4, 5)  # a row's place in report order
_RULE = itemgetter(4, 3)  # (code, sev)
_CODE = itemgetter(4)
_FIX = itemgetter(11)


def _remove(path: str) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path + suffix)


class _Kept:
    """What a store learns from its rows as they are written: whether they came in report
    order, how many of each (rule, severity) and with a fix, and each rule's first page."""

    def __init__(self) -> None:
        self.in_order = True
        self.last: tuple[Any, ...] | None = None
        self.rules: Counter[tuple[str, int]] = Counter()
        self.fixable = 0
        self.first: dict[str, list[tuple[Any, ...]]] = {}

    def learn(self, rows: list[tuple[Any, ...]]) -> None:
        if self.in_order:
            keys = list(map(_KEY, rows))
            if self.last is not None:
                keys.insert(0, self.last)
            self.in_order = not any(map(operator.gt, keys, keys[1:]))
            self.last = keys[-1]
        found = Counter(map(_RULE, rows))
        self.rules.update(found)
        self.fixable += len(rows) - list(map(_FIX, rows)).count(None)
        for code in {c for c, _sev in found}:
            kept = self.first.setdefault(code, [])
            if len(kept) < PAGE:
                kept.extend([r for r in rows if r[4] == code][: PAGE - len(kept)])

    def count(self, code: str) -> int:
        return sum(n for (c, _sev), n in self.rules.items() if c == code)


def _kept_tally(kept: _Kept, column: str) -> dict[Any, int]:
    """:meth:`ProblemStore.tally` unfiltered, from the counts kept (not per release)."""
    counts: Counter[Any] = Counter()
    if column == "fixable":
        counts.update({True: kept.fixable, False: sum(kept.rules.values()) - kept.fixable})
    else:
        for (code, sev), n in kept.rules.items():
            counts[SEVERITIES[sev] if column == "severity" else code] += n
    return {value: n for value, n in counts.items() if n}


class ProblemStore(Sequence[Problem]):
    """The problems of one check, in a scratch file, read back in report order (release,
    slot, photo, severity, rule, message).

    Thread-safe: the check writes from a worker thread, the panel reads from others.
    """

    def __init__(self, folder: str | None = None) -> None:
        fd, self.path = tempfile.mkstemp(prefix="pressdesk-check-", suffix=".sqlite", dir=folder)
        os.close(fd)
        self._finalizer = weakref.finalize(self, _remove, self.path)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.create_function("severity_name", 1, SEVERITIES.__getitem__, deterministic=True)
        self._db.create_function("fold_problem", 2, folded_text, deterministic=True)
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -8000"):
            self._db.execute(f"PRAGMA {pragma}")
        self._db.execute(
            "CREATE TABLE problem (rkey INTEGER, pkey INTEGER, photo_key INTEGER, sev INTEGER, "
            "code TEXT, message TEXT, release_id INTEGER, photo_id INTEGER, field TEXT, "
            "position INTEGER, suggestion TEXT, fix TEXT, folded TEXT)"
        )
        self._pending: list[tuple[Any, ...]] = []
        self._kept: _Kept | None = _Kept()  # None once a release was replaced
        self._indexed = False
        self._code_indexed = False
        self._unfolded = False  # rows written since the folded text was last filled in
        self._len: int | None = None
        self._page: tuple[int, list[Problem]] = (-1, [])

    # -- writing -----------------------------------------------------------------------
    def add(self, problem: Problem) -> None:
        """Add a problem (written in batches)."""
        self._pending.append(problem_row(problem))
        if len(self._pending) >= BATCH:
            self.flush()

    def extend(self, problems: Iterable[Problem]) -> None:
        for p in problems:
            self.add(p)

    def add_placed(self, found: Iterable[Placed]) -> None:
        """Add findings at their places (the same rows as their problems would give)."""
        row, pending = PlacedRows(), self._pending
        for placed in found:
            pending.append(row(placed))
            if len(pending) >= BATCH:
                self.flush()

    def flush(self) -> None:
        if not self._pending:
            return
        with self._lock:
            if self._kept is not None:
                self._kept.learn(self._pending)
            self._db.execute("BEGIN")
            self._db.executemany(
                f"INSERT INTO problem ({_COLUMNS}) VALUES ({', '.join('?' * 13)})", self._pending
            )
            self._db.execute("COMMIT")
            self._pending.clear()
            self._unfolded = True
            self._changed()

    def finish(self) -> ProblemStore:
        """All written. (Rows written in report order are read back without an index; the
        indexes are made when first needed.)"""
        self.flush()
        return self

    @property
    def _in_order(self) -> bool:
        """Whether the rows' own order (rowid) is the report order."""
        return self._kept is not None and self._kept.in_order

    def _order(self, code: str | None = None) -> str:
        """The ORDER BY of a read in report order: the rowid while the rows are in that
        order, else the report's keys (indexed when first asked for, with the rule first for
        reading one rule: the command line never needs that one)."""
        if self._in_order:
            return "rowid"
        with self._lock:
            if not self._indexed:
                self._db.execute(f"CREATE INDEX ix_order ON problem ({_INDEXED})")
                self._indexed = True
            if code is not None and not self._code_indexed:
                self._db.execute(f"CREATE INDEX ix_code ON problem (code, {_INDEXED})")
                self._code_indexed = True
        return _ORDER

    def replace_releases(self, release_ids: Iterable[int], problems: Iterable[Problem]) -> None:
        """Swap in the problems of releases checked again."""
        ids = [(rid,) for rid in release_ids]
        with self._lock:
            self.flush()
            self._kept = None  # out of order now, and the counts kept are stale
            self._order()  # the index, also for deleting by release
            self._db.execute("BEGIN")
            self._db.executemany("DELETE FROM problem WHERE rkey = ?", ids)
            self._db.executemany(
                f"INSERT INTO problem ({_COLUMNS}) VALUES ({', '.join('?' * 13)})",
                [problem_row(p) for p in problems],
            )
            self._db.execute("COMMIT")
            self._unfolded = True
            self._changed()

    def _changed(self) -> None:
        self._len = None
        self._page = (-1, [])

    # -- reading -----------------------------------------------------------------------
    def _query(self, sql: str, args: Sequence[Any] = ()) -> list[Any]:
        with self._lock:
            if self.closed:  # a late page request from the panel after a new check
                return []
            self.flush()
            return self._db.execute(sql, args).fetchall()

    def _known(self) -> _Kept | None:
        """What was kept while writing, if it still holds (everything flushed, nothing
        replaced, not closed)."""
        with self._lock:
            if self.closed:
                return None
            self.flush()
            return self._kept

    def __len__(self) -> int:
        if self._len is None:
            kept = self._known()
            if kept is not None:
                self._len = sum(kept.rules.values())
            else:
                rows = self._query("SELECT count(*) FROM problem")
                self._len = int(rows[0][0]) if rows else 0
        return self._len

    @overload
    def __getitem__(self, index: int) -> Problem: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Problem]: ...
    def __getitem__(self, index: int | slice) -> Problem | Sequence[Problem]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        start, rows = self._page
        if not start <= index < start + len(rows):
            start = index - index % PAGE
            rows = self.page(start, PAGE)
            self._page = (start, rows)
        return rows[index - start]

    def page(
        self, offset: int, limit: int, *, code: str | None = None, text: str = "", severity: int = 0
    ) -> list[Problem]:
        """``limit`` problems from ``offset`` in report order, optionally of one rule, with
        ``text`` in the message or rule (folded), of errors (1) or warnings (2) only."""
        kept = self._known()
        if kept is not None and code is not None and not text.strip() and not severity:
            first = kept.first.get(code, [])
            if offset + limit <= len(first) or len(first) == kept.count(code):
                return [stored_problem(r) for r in first[offset : offset + limit]]
        where, args = self._filter(code, text, severity)
        order = self._order(code)
        rows = self._query(
            f"SELECT {_FIELDS} FROM problem{where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*args, limit, offset],
        )
        return [read_problem(r) for r in rows]

    def _fold(self) -> None:
        """Fill in the folded text (message and rule, casefolded) of the rows written since
        the last time: a text filter searches it. Done when first needed rather than for
        every row while the check writes (the panel's first page waits for the check)."""
        with self._lock:
            self.flush()
            if self._unfolded and not self.closed:
                self._db.execute("BEGIN")
                self._db.execute(
                    "UPDATE problem SET folded = fold_problem(message, code) WHERE folded IS NULL"
                )
                self._db.execute("COMMIT")
                self._unfolded = False

    def _filter(
        self, code: str | None, text: str, severity: int, fixable: bool = False
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        args: list[Any] = []
        if code is not None:
            clauses.append("code = ?")
            args.append(code)
        if severity:
            clauses.append("sev = ?")
            args.append(severity - 1)
        if text.strip():
            self._fold()
            clauses.append("instr(folded, ?) > 0")
            args.append(text.strip().casefold())
        if fixable:
            clauses.append("fix IS NOT NULL")
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), args

    def scan(
        self, *, code: str | None = None, text: str = "", severity: int = 0, fixable: bool = False
    ) -> Iterator[Problem]:
        """The problems (filtered as in :meth:`page`) in report order, read a page at a
        time, each page after the last one's key (no re-reading, however far in)."""
        where, args = self._filter(code, text, severity, fixable)
        after: list[Any] = []
        while True:
            order = self._order(code)  # (the rowid, or the keys if a release was replaced)
            keyset = ""
            if after:
                keyset = "rowid > ?" if order == "rowid" else f"({_ORDER}) > ({', '.join('?' * 7)})"
                keyset = (" AND " if where else " WHERE ") + keyset
            rows = self._query(
                f"SELECT {_FIELDS}, {_ORDER} FROM problem{where}{keyset} ORDER BY {order} LIMIT ?",
                [*args, *(after[-1:] if order == "rowid" else after), PAGE * 4],
            )
            yield from (read_problem(r) for r in rows)
            if len(rows) < PAGE * 4:
                return
            after = list(rows[-1][9:])

    def __iter__(self) -> Iterator[Problem]:
        return self.scan()

    def tally(self, column: str, *, text: str = "", severity: int = 0) -> dict[Any, int]:
        """How many problems per value of ``column`` (severity, code, release_id), with the
        same filters as :meth:`page`."""
        kept = self._known()
        if kept is not None and not text.strip() and not severity and column != "release_id":
            return _kept_tally(kept, column)
        expr = {
            "severity": "severity_name(sev)",
            "code": "code",
            "release_id": "release_id",
            "fixable": "fix IS NOT NULL",
        }
        where, args = self._filter(None, text, severity)
        sql = f"SELECT {expr[column]}, count(*) FROM problem{where} GROUP BY 1"
        return {value: int(n) for value, n in self._query(sql, args)}

    def rules(self, *, text: str = "", severity: int = 0) -> list[Rule]:
        """The rules with problems (filtered as in :meth:`page`), their severity and count,
        errors first."""
        kept = self._known()
        if kept is not None and not text.strip():
            worst: dict[str, int] = {}
            counts: Counter[str] = Counter()
            for (code, sev), n in kept.rules.items():
                if not severity or sev == severity - 1:
                    worst[code] = min(worst.get(code, sev), sev)
                    counts[code] += n
            return rule_order((code, SEVERITIES[worst[code]], n) for code, n in counts.items())
        where, args = self._filter(None, text, severity)
        rows = self._query(
            f"SELECT code, severity_name(min(sev)), count(*) FROM problem{where} GROUP BY code",
            args,
        )
        return rule_order((code, sev, int(n)) for code, sev, n in rows)

    def fixable(self) -> Iterator[Problem]:
        """The problems with a one-click fix, in report order."""
        return self.scan(fixable=True)

    @property
    def closed(self) -> bool:
        return not self._finalizer.alive

    def close(self) -> None:
        """Delete the file; later reads find nothing."""
        with self._lock:
            if not self.closed:
                self._db.close()
                self._finalizer()
                self._changed()
