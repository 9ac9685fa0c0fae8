"""Photo-desk checks over the catalogue or some releases: a few streamed queries, pure rules.

``check_catalogue`` gives the problems panel and ``pressdesk check`` their report;
``problem_counts`` gives the release list its problem column (the same check, scoped to the
releases on screen). Photo problems are reported once per release the photo is in when the
check is scoped to releases, and once (under the photo's first release) in a full check.
"""

from __future__ import annotations

import gc
import json
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.models import Participation, Person, PersonAlias, PersonShown, PhotoSlot
from pressdesk.core.checks.model import CheckReport, Finding, Problem
from pressdesk.core.checks.people import mentions, name_keys, text_key
from pressdesk.core.checks.rules import Rules
from pressdesk.services.checks import sql as q
from pressdesk.services.checks.store import ProblemStore
from pressdesk.services.house.lists import load_house_list
from pressdesk.services.jobs import JobContext, quiet
from pressdesk.services.jobs import ProgressFn as Progress
from pressdesk.services.reads.load import resolve_id


@dataclass
class _People:
    """Names of the people a check may mention, and how to find them in captions.

    Keyed by the id as the database aggregated it (text), so that the hot loop never
    converts ids it does not report.
    """

    names: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    _keys: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _not_tagged: dict[str, Finding] = field(default_factory=dict)
    _not_participant: dict[str, Finding] = field(default_factory=dict)

    def name(self, pid: str) -> str:
        return self.names.get(pid, f"person {pid}")

    def keys(self, pid: str) -> tuple[str, ...]:
        found = self._keys.get(pid)
        if found is None:
            found = self._keys[pid] = name_keys([self.name(pid), *self.aliases.get(pid, ())])
        return found

    def not_tagged(self, pid: str) -> Finding:
        if pid not in self._not_tagged:
            self._not_tagged[pid] = Rules.not_tagged(int(pid), self.name(pid))
        return self._not_tagged[pid]

    def not_participant(self, pid: str) -> Finding:
        if pid not in self._not_participant:
            self._not_participant[pid] = Rules.not_participant(int(pid), self.name(pid))
        return self._not_participant[pid]


def _load_people(session: Session, scope: Sequence[int] | None) -> _People:
    people = _People()
    name_q = select(Person.id, Person.display_name)
    alias_q = select(PersonAlias.person_id, PersonAlias.alias)
    if scope is not None:
        ids = (
            select(Participation.person_id)
            .where(Participation.release_id.in_(scope))
            .union(
                select(PersonShown.person_id).where(
                    PersonShown.photo_id.in_(
                        select(PhotoSlot.photo_id).where(PhotoSlot.release_id.in_(scope))
                    )
                )
            )
        )
        wanted = set(session.scalars(ids))
        if not wanted:
            return people
        name_q = name_q.where(Person.id.in_(wanted))
        alias_q = alias_q.where(PersonAlias.person_id.in_(wanted))
    people.names.update((str(pid), name) for pid, name in session.execute(name_q))
    for pid, alias in session.execute(alias_q):
        people.aliases[str(pid)].append(alias)
    return people


def _creator(text: str | None, cache: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    if not text or text == "[]":
        return ()
    found = cache.get(text)
    if found is None:
        value = json.loads(text)
        found = tuple(str(v) for v in value) if isinstance(value, list) else ()
        if len(cache) < 50_000:
            cache[text] = found
    return found


@dataclass
class _Run:
    """One check: its scope, rules and what it found so far."""

    session: Session
    scope: Sequence[int] | None
    rules: Rules
    people: _People
    problems: list[Problem] | ProblemStore = field(default_factory=list)
    photos: set[int] = field(default_factory=set)  # (scoped checks; a full one counts rows)
    photo_rows: int = 0
    releases: set[int] = field(default_factory=set)
    check_cancel: Callable[[], None] | None = None
    every_release: bool = False  # photo problems under each of the photo's releases

    @property
    def add(self) -> Callable[[Problem], None]:
        sink = self.problems
        return sink.add if isinstance(sink, ProblemStore) else sink.append

    def rows(self, result: Iterable[Any]) -> Iterable[Any]:
        """``result``'s rows, asking every few thousand rows whether to stop."""
        return result if self.check_cancel is None else self._cancellable(result)

    def _cancellable(self, result: Iterable[Any]) -> Iterator[Any]:
        check = self.check_cancel
        assert check is not None
        for n, row in enumerate(result):
            if not n & 4095:
                check()
            yield row

    def slots(self) -> None:
        seen: set[int] = set()  # photos of the current release (slots come by release)
        current = None
        add = self.add
        for row in self.rows(q.slot_rows(self.session, self.scope)):
            rid, pos, s_cap, s_credit, s_copy, pid, name, p_cap, p_credit, p_copy = row[:10]
            if rid != current:
                current = rid
                seen.clear()
                self.releases.add(rid)
            if pid is None:
                add(Rules.empty_slot(s_cap).at(rid, pos, None))
                continue
            if pid in seen:
                continue  # the same photo twice in one release: checked once
            seen.add(pid)
            for finding in self.rules.slot((s_cap, s_credit, s_copy), (p_cap, p_credit, p_copy)):
                add(finding.at(rid, pos, pid, name))
            self._people(rid, pos, pid, name, p_cap or s_cap, row[10], row[11])

    def _people(
        self,
        rid: int,
        pos: int,
        pid: int,
        name: str,
        caption: str | None,
        shown_ids: str | None,
        part_ids: str | None,
    ) -> None:
        shown = shown_ids.split(",") if shown_ids else ()
        taking_part = part_ids.split(",") if part_ids else ()
        add, people = self.add, self.people
        for person in shown:
            if person not in taking_part:
                add(people.not_participant(person).at(rid, pos, pid, name))
        if not caption:
            return
        key = ""
        for person in taking_part:
            if person in shown:
                continue
            keys = people.keys(person)
            if not keys:
                continue
            key = key or text_key(caption)
            if mentions(key, keys):
                add(people.not_tagged(person).at(rid, pos, pid, name))

    def photos_pass(self) -> None:
        cache: dict[str, tuple[str, ...]] = {}
        add = self.add
        for pid, name, credit, copyright_, creator, no_caption, rid in self.rows(
            q.photo_rows(self.session, self.scope, self.every_release)
        ):
            if self.scope is None and not self.every_release:
                self.photo_rows += 1  # (one row per photo)
            else:
                self.photos.add(pid)
            found = self.rules.photo(credit, copyright_, _creator(creator, cache), rid is not None)
            if rid is None:  # in no release: the slot rules never see it
                found += self.rules.unattached(bool(no_caption), credit, copyright_)
            for finding in found:
                add(finding.at(rid, None, pid, name))

    def details(self) -> None:
        cache: dict[str, tuple[str, ...]] = {}
        for row in self.rows(q.detail_rows(self.session, self.scope, self.every_release)):
            pid, name, embedded, *checked, rid = row
            values: dict[str, Any] = {
                f.name: list(_creator(v, cache)) if f.is_list else v
                for f, v in zip(q.DETAIL_FIELDS, checked, strict=True)
            }
            found = self.rules.limits(values)
            try:
                theirs = json.loads(embedded) if embedded else {}
            except ValueError:
                theirs = {}
            if isinstance(theirs, dict):
                found += self.rules.embedded(values, theirs)
            for finding in found:
                self.add(finding.at(rid, None, pid, name))

    def credit_variants(self) -> None:
        by_photo: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for pid, rid, credit in q.credit_variants(self.session, self.scope):
            by_photo[pid].append((rid, credit or ""))
        scope = set(self.scope) if self.scope is not None else None
        for pid, credits in by_photo.items():
            finding = self.rules.credited_differently(list(dict.fromkeys(credits)))
            if finding is None:
                continue
            releases = sorted({rid for rid, _c in credits})
            if scope is not None:
                targets = [r for r in releases if r in scope]
            else:
                targets = releases if self.every_release else releases[:1]
            for rid in targets:
                self.add(finding.at(rid, None, pid))


PASSES = (
    ("slots", "Checking photo slots and people"),
    ("photos_pass", "Checking credits against the house list"),
    ("details", "Comparing with the files and the IPTC limits"),
    ("credit_variants", "Comparing credits across releases"),
)


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
    can find a million) and the store, finished, is returned; otherwise a sorted list.
    ``progress`` hears about each pass; ``check_cancel`` is called every few thousand rows
    and may raise to stop (nothing is written, so stopping is always safe). With
    ``every_release`` a full check reports a photo's problems under each of its releases
    (as scoped checks do) instead of once under its first release.
    """
    if scope is not None and not scope:
        return (store.finish() if store is not None else []), 0, 0
    run = _Run(session, scope, Rules(load_house_list(session)), _load_people(session, scope))
    run.check_cancel, run.every_release = check_cancel, every_release
    if store is not None:
        run.problems = store
    collecting = gc.isenabled()
    gc.disable()  # the passes build many small objects and no cycles: no GC pauses
    try:
        for step, (name, label) in enumerate(PASSES):
            if progress:
                progress(step, len(PASSES), label)
            getattr(run, name)()
        if progress:
            progress(len(PASSES), len(PASSES), "")
    finally:
        if collecting:
            gc.enable()
    releases = len(run.releases)
    if scope is None:
        releases = session.scalar(select(func.count(PhotoSlot.release_id.distinct()))) or 0
    if isinstance(run.problems, ProblemStore):
        return run.problems.finish(), releases, run.photo_rows or len(run.photos)
    return sorted(run.problems, key=Problem.sort_key), releases, run.photo_rows or len(run.photos)


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
