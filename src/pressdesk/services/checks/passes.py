"""The check's passes: a few streamed queries, pure rules, findings placed in report order.

Each pass streams its rows in report order (release, slot, photo) and yields what it finds
as ``((release key, slot key, photo key), Placed)``; :meth:`Passes.in_order` merges them
and orders each place's findings (severity, rule, message), so a whole-catalogue check can
hand its problems on one at a time, never holding or sorting a million of them.
"""

from __future__ import annotations

import heapq
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk.catalogue.models import Participation, Person, PersonAlias, PersonShown, PhotoSlot
from pressdesk.core.checks.model import NO_RELEASE, SEVERITIES, Finding, Placed
from pressdesk.core.checks.people import mentions, name_keys, text_key
from pressdesk.core.checks.rules import Rules
from pressdesk.services.checks import sql as q

#: ((release key, slot key, photo key), the finding placed): the keys sort as the report
#: does (a problem in no release last, a photo's own before its slots').
Item = tuple[tuple[int, int, int], Placed]
_PLACE = itemgetter(0)
_SEVERITY = {s: n for n, s in enumerate(SEVERITIES)}


def _within_place(placed: Placed) -> tuple[int, str, str]:
    f = placed.finding
    return _SEVERITY[f.severity], f.code, f.text  # one place: the same message prefix


@dataclass
class People:
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


def load_people(session: Session, scope: Sequence[int] | None) -> People:
    """The people of the releases in ``scope`` (None: everybody), with their aliases."""
    people = People()
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
class Passes:
    """One check: its scope, rules, and the passes that stream what they find."""

    session: Session
    scope: Sequence[int] | None
    rules: Rules
    people: People
    every_release: bool = False  # photo problems under each of the photo's releases
    check_cancel: Callable[[], None] | None = None
    progress: Callable[[int], None] | None = None  # hears the release the slots pass is at
    photos: set[int] = field(default_factory=set)  # (scoped checks; a full one counts rows)
    photo_rows: int = 0
    releases: set[int] = field(default_factory=set)

    def in_order(self) -> Iterator[Placed]:
        """Every finding of every pass, in report order."""
        merged = heapq.merge(
            self.slots(), self.photo_pass(), self.details(), self.credit_variants(), key=_PLACE
        )
        place: tuple[int, int, int] | None = None
        here: list[Placed] = []  # the findings at one place (a few)
        for key, placed in merged:
            if key == place:
                here.append(placed)
                continue
            if len(here) > 1:
                here.sort(key=_within_place)  # stable: ties keep the passes' order
            yield from here
            place, here = key, [placed]
        if len(here) > 1:
            here.sort(key=_within_place)
        yield from here

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

    def slots(self) -> Iterator[Item]:
        """Slots by release and position: missing fields, credits, people."""
        seen: set[int] = set()  # photos of the current release (slots come by release)
        current = None
        rules, progress = self.rules, self.progress
        for row in self.rows(q.slot_rows(self.session, self.scope)):
            rid, pos, s_cap, s_credit, s_copy, pid, name, p_cap, p_credit, p_copy = row[:10]
            if rid != current:
                current = rid
                seen.clear()
                self.releases.add(rid)
                if progress is not None:
                    progress(rid)
            if pid is None:
                yield (rid, pos, 0), Placed(rid, pos, None, None, Rules.empty_slot(s_cap))
                continue
            if pid in seen:
                continue  # the same photo twice in one release: checked once
            seen.add(pid)
            for finding in rules.slot((s_cap, s_credit, s_copy), (p_cap, p_credit, p_copy)):
                yield (rid, pos, pid), Placed(rid, pos, pid, name, finding)
            if row[10] or row[11]:
                for finding in self._people(p_cap or s_cap, row[10], row[11]):
                    yield (rid, pos, pid), Placed(rid, pos, pid, name, finding)

    def _people(
        self, caption: str | None, shown_ids: str | None, part_ids: str | None
    ) -> list[Finding]:
        shown = shown_ids.split(",") if shown_ids else ()
        taking_part = part_ids.split(",") if part_ids else ()
        people = self.people
        out = [people.not_participant(p) for p in shown if p not in taking_part]
        if not caption:
            return out
        key = ""
        for person in taking_part:
            if person in shown:
                continue
            keys = people.keys(person)
            if not keys:
                continue
            key = key or text_key(caption)
            if mentions(key, keys):
                out.append(people.not_tagged(person))
        return out

    def photo_pass(self) -> Iterator[Item]:
        """Every photo: the house list's rules; a photo in no release, its missing fields."""
        cache: dict[str, tuple[str, ...]] = {}
        rules = self.rules
        counting = self.scope is None and not self.every_release  # one row per photo
        for pid, name, credit, copyright_, creator, no_caption, rid in self.rows(
            q.photo_rows(self.session, self.scope, self.every_release)
        ):
            if counting:
                self.photo_rows += 1
            else:
                self.photos.add(pid)
            found = rules.photo(credit, copyright_, _creator(creator, cache), rid is not None)
            if rid is None:  # in no release: the slot rules never see it
                found += rules.unattached(bool(no_caption), credit, copyright_)
            rkey = NO_RELEASE if rid is None else rid
            for finding in found:
                yield (rkey, -1, pid), Placed(rid, None, pid, name, finding)

    def details(self) -> Iterator[Item]:
        """Photos with a value over its IIM limit or unlike the file's own."""
        cache: dict[str, tuple[str, ...]] = {}
        fields = [(f.name, f.is_list) for f in q.DETAIL_FIELDS]
        for row in self.rows(q.detail_rows(self.session, self.scope, self.every_release)):
            pid, name, embedded, *checked, rid = row
            values: dict[str, Any] = {
                name_: list(_creator(v, cache)) if is_list else v
                for (name_, is_list), v in zip(fields, checked, strict=True)
            }
            found = self.rules.limits(values)
            try:
                theirs = json.loads(embedded) if embedded else {}
            except ValueError:
                theirs = {}
            if isinstance(theirs, dict):
                found += self.rules.embedded(values, theirs)
            rkey = NO_RELEASE if rid is None else rid
            for finding in found:
                yield (rkey, -1, pid), Placed(rid, None, pid, name, finding)

    def credit_variants(self) -> Iterator[Item]:
        """Photos credited differently by their releases (few: held, then sorted)."""
        by_photo: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for pid, rid, credit in q.credit_variants(self.session, self.scope):
            by_photo[pid].append((rid, credit or ""))
        scope = set(self.scope) if self.scope is not None else None
        found: list[Item] = []
        for pid, credits in by_photo.items():
            finding = self.rules.credited_differently(list(dict.fromkeys(credits)))
            if finding is None:
                continue
            releases = sorted({rid for rid, _c in credits})
            if scope is not None:
                targets = [r for r in releases if r in scope]
            else:
                targets = releases if self.every_release else releases[:1]
            found.extend(((rid, -1, pid), Placed(rid, None, pid, None, finding)) for rid in targets)
        found.sort(key=_PLACE)
        yield from found
