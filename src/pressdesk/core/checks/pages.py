"""Reading a check's problems by rule, a page at a time: what the problems panel asks.

:class:`ProblemList` answers from problems in memory (one release's check);
``services.checks.store.ProblemStore`` answers the same questions from a scratch database
(a whole catalogue's). Both: ``rules`` (the rules with their counts, errors first),
``page`` (a rule's problems from an offset, in report order) and ``replace_releases``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Protocol

from pressdesk.core.checks.model import ERROR, Problem

#: (rule code, severity, how many problems)
Rule = tuple[str, str, int]


class ProblemPages(Protocol):
    def rules(self, *, text: str = "", severity: int = 0) -> list[Rule]: ...

    def page(
        self, offset: int, limit: int, *, code: str | None = None, text: str = "", severity: int = 0
    ) -> list[Problem]: ...

    def replace_releases(self, release_ids: Iterable[int], problems: Iterable[Problem]) -> None: ...


def matches(p: Problem, text: str, severity: int) -> bool:
    """The panel's filter: ``text`` (folded) in the message or rule; 0 every severity, 1
    errors only, 2 warnings only."""
    if severity and (severity == 1) != (p.severity == ERROR):
        return False
    text = text.strip().casefold()
    return not text or text in p.message.casefold() or text in p.code


def rule_order(rules: Iterable[Rule]) -> list[Rule]:
    """Errors first, then by code."""
    return sorted(rules, key=lambda r: (r[1] != ERROR, r[0]))


class ProblemList:
    """A check's problems held in memory, read like a store."""

    def __init__(self, problems: Sequence[Problem] = ()) -> None:
        self.problems = sorted(problems, key=Problem.sort_key)

    def rules(self, *, text: str = "", severity: int = 0) -> list[Rule]:
        counts: Counter[str] = Counter()
        severities: dict[str, str] = {}
        for p in self.problems:
            if matches(p, text, severity):
                counts[p.code] += 1
                if severities.get(p.code) != ERROR:  # a rule is an error if any of it is
                    severities[p.code] = p.severity
        return rule_order((code, severities[code], n) for code, n in counts.items())

    def page(
        self, offset: int, limit: int, *, code: str | None = None, text: str = "", severity: int = 0
    ) -> list[Problem]:
        found = [
            p
            for p in self.problems
            if (code is None or p.code == code) and matches(p, text, severity)
        ]
        return found[offset : offset + limit]

    def replace_releases(self, release_ids: Iterable[int], problems: Iterable[Problem]) -> None:
        ids = set(release_ids)
        kept = [p for p in self.problems if p.release_id not in ids]
        self.problems = sorted([*kept, *problems], key=Problem.sort_key)
