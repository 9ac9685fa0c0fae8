"""Where a whole-catalogue check keeps its problems: a scratch SQLite file, not memory.

A check of a million photos can find a million problems; held as objects they took 800 MB.
The check writes them here in batches as it goes; the report, the command line and the
problems panel read them back in order, a page at a time, and counts (per severity, rule or
release) are SQL. The file is deleted when the store is closed or garbage-collected.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import tempfile
import threading
import weakref
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, overload

from pressdesk.core.checks.model import NO_RELEASE, SEVERITIES, Finding, Fix, Placed, Problem
from pressdesk.core.checks.model import where as _where
from pressdesk.core.checks.pages import Rule, rule_order

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


def _row(p: Problem) -> tuple[Any, ...]:
    fix = None
    if p.fix is not None:
        f = p.fix
        fix = json.dumps(
            [f.action, f.label, f.field, f.value, f.expected, f.photo_id, f.release_id,
             f.position, f.person_id],
            ensure_ascii=False,
        )  # fmt: skip
    return (
        NO_RELEASE if p.release_id is None else p.release_id,
        -1 if p.position is None else p.position,
        p.photo_id or 0,
        SEVERITIES.index(p.severity),
        p.code,
        p.message,
        p.release_id,
        p.photo_id,
        p.field,
        p.position,
        p.suggestion,
        fix,
        f"{p.message.casefold()}\n{p.code}",
    )


def _fix_head(f: Fix | None) -> tuple[str, int | None, int | None, int | None, str] | None:
    """A fix's JSON up to its photo id, its own ids, and its closing part (see _placed_row)."""
    if f is None:
        return None
    head = json.dumps([f.action, f.label, f.field, f.value, f.expected], ensure_ascii=False)
    tail = json.dumps(f.person_id) + "]"
    return head[:-1], f.photo_id, f.release_id, f.position, tail


def _json_id(value: int | None) -> str:
    return "null" if value is None else str(value)


class _Rows:
    """Store rows for placed findings, what each finding holds worked out once (rules hand
    out the same finding objects again and again)."""

    def __init__(self) -> None:
        self._seen: dict[int, tuple[Any, ...]] = {}

    def __call__(self, placed: Placed) -> tuple[Any, ...]:
        rid, pos, pid, name, finding = placed
        known = self._seen.get(id(finding))
        if known is None:
            known = self._learn(finding)
        _f, sev, code, field, text, suggestion, fix = known
        message = f"{_where(rid, pos, pid, name)}: {text}"
        fix_json = None
        if fix is not None:
            head, f_photo, f_release, f_position, tail = fix
            fix_json = (
                f"{head}, {_json_id(pid if f_photo is None else f_photo)}, "
                f"{_json_id(rid if f_release is None else f_release)}, "
                f"{_json_id(pos if f_position is None else f_position)}, {tail}"
            )
        return (
            NO_RELEASE if rid is None else rid,
            -1 if pos is None else pos,
            pid or 0,
            sev,
            code,
            message,
            rid,
            pid,
            field,
            pos,
            suggestion,
            fix_json,
            f"{message.casefold()}\n{code}",
        )

    def _learn(self, f: Finding) -> tuple[Any, ...]:
        if len(self._seen) >= 50_000:
            self._seen.clear()  # findings made per photo (not cached by the rules)
        known = (f, SEVERITIES.index(f.severity), f.code, f.field, f.text, f.suggestion,
                 _fix_head(f.fix))  # fmt: skip
        self._seen[id(f)] = known  # (holding f keeps its id from being reused)
        return known


def _problem(row: Sequence[Any]) -> Problem:
    fix = row[6]
    return Problem(
        severity=row[0],
        code=row[1],
        message=row[2],
        release_id=row[3],
        photo_id=row[4],
        field=row[5],
        fix=Fix(*json.loads(fix)) if fix else None,
        position=row[7],
        suggestion=row[8],
    )


def _remove(path: str) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path + suffix)


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
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -8000"):
            self._db.execute(f"PRAGMA {pragma}")
        self._db.execute(
            "CREATE TABLE problem (rkey INTEGER, pkey INTEGER, photo_key INTEGER, sev INTEGER, "
            "code TEXT, message TEXT, release_id INTEGER, photo_id INTEGER, field TEXT, "
            "position INTEGER, suggestion TEXT, fix TEXT, folded TEXT)"
        )
        self._pending: list[tuple[Any, ...]] = []
        self._indexed = False
        self._code_indexed = False
        self._len: int | None = None
        self._page: tuple[int, list[Problem]] = (-1, [])

    # -- writing -----------------------------------------------------------------------
    def add(self, problem: Problem) -> None:
        """Add a problem (written in batches)."""
        self._pending.append(_row(problem))
        if len(self._pending) >= BATCH:
            self.flush()

    def extend(self, problems: Iterable[Problem]) -> None:
        for p in problems:
            self.add(p)

    def add_placed(self, found: Iterable[Placed]) -> None:
        """Add findings at their places (the same rows as their problems would give)."""
        row, pending = _Rows(), self._pending
        for placed in found:
            pending.append(row(placed))
            if len(pending) >= BATCH:
                self.flush()

    def flush(self) -> None:
        if not self._pending:
            return
        with self._lock:
            self._db.execute("BEGIN")
            self._db.executemany(
                f"INSERT INTO problem ({_COLUMNS}) VALUES ({', '.join('?' * 13)})", self._pending
            )
            self._db.execute("COMMIT")
            self._pending.clear()
            self._changed()

    def finish(self) -> ProblemStore:
        """All written: index for reading in order. (The message, last in the order, is
        left out of the index: SQLite sorts each run of equal keys, a few rows, itself.)"""
        self.flush()
        with self._lock:
            if not self._indexed:
                self._db.execute(f"CREATE INDEX ix_order ON problem ({_INDEXED})")
                self._indexed = True
        return self

    def _by_rule(self) -> None:
        """The index for reading one rule's problems, made when first asked for (the panel
        does; the command line never does)."""
        with self._lock:
            if not self._code_indexed:
                self._db.execute(f"CREATE INDEX ix_code ON problem (code, {_INDEXED})")
                self._code_indexed = True

    def replace_releases(self, release_ids: Iterable[int], problems: Iterable[Problem]) -> None:
        """Swap in the problems of releases checked again."""
        ids = [(rid,) for rid in release_ids]
        with self._lock:
            self.flush()
            self._db.execute("BEGIN")
            self._db.executemany("DELETE FROM problem WHERE rkey = ?", ids)
            self._db.executemany(
                f"INSERT INTO problem ({_COLUMNS}) VALUES ({', '.join('?' * 13)})",
                [_row(p) for p in problems],
            )
            self._db.execute("COMMIT")
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

    def __len__(self) -> int:
        if self._len is None:
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
        if code is not None:
            self._by_rule()
        where, args = self._filter(code, text, severity)
        rows = self._query(
            f"SELECT {_FIELDS} FROM problem{where} ORDER BY {_ORDER} LIMIT ? OFFSET ?",
            [*args, limit, offset],
        )
        return [_problem(r) for r in rows]

    @staticmethod
    def _filter(
        code: str | None, text: str, severity: int, fixable: bool = False
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
        if code is not None:
            self._by_rule()
        where, args = self._filter(code, text, severity, fixable)
        after: list[Any] = []
        while True:
            keyset = f"({_ORDER}) > ({', '.join('?' * 7)})" if after else ""
            if keyset:
                keyset = (" AND " if where else " WHERE ") + keyset
            rows = self._query(
                f"SELECT {_FIELDS}, {_ORDER} FROM problem{where}{keyset} ORDER BY {_ORDER} LIMIT ?",
                [*args, *after, PAGE * 4],
            )
            yield from (_problem(r) for r in rows)
            if len(rows) < PAGE * 4:
                return
            after = list(rows[-1][9:])

    def __iter__(self) -> Iterator[Problem]:
        return self.scan()

    def tally(self, column: str, *, text: str = "", severity: int = 0) -> dict[Any, int]:
        """How many problems per value of ``column`` (severity, code, release_id), with the
        same filters as :meth:`page`."""
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
