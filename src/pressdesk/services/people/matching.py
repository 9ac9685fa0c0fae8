"""Finding the authority's person for a name as a release writes it: by name or alias, by a
spelling in another script (Rivlin, ריבלין, Ривлин), or by a typo ("Reuven Rivin")."""

from __future__ import annotations

from difflib import SequenceMatcher

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk.catalogue.models import PersonAlias, PersonTitle
from pressdesk.core.releases import ParsedPerson
from pressdesk.core.releases.lang import expand_title, first_name_forms, same_first_name
from pressdesk.core.releases.text import detect_language
from pressdesk.core.releases.translit import (
    close_spelling,
    name_skeleton,
    skeleton,
    surname_skeleton,
)
from pressdesk.core.text_keys import fold
from pressdesk.services.people.authority import find_person

# How a name was matched: "name" (a name or alias the authority holds), "surname" (a
# surname alone and the one known person of that surname, or the other way round), "script"
# (the same sounds in another script), "typo" (one word of a known full name misspelt), "new".
HOW = ("name", "surname", "script", "typo", "new")


class PeopleMatcher:
    """The people authority as one import sees it: exact names and aliases first, then a
    spelling in another script (the surname's sound skeleton, or the whole name's when the
    surname is too short to tell: "Obama", "Обама"), then a typo of a known full name.
    The aliases are read once, when first needed."""

    def __init__(self, separate: frozenset[str] = frozenset()) -> None:
        self.separate = separate  # names the archivist said are not the person suggested
        self._surnames: dict[str, set[int]] | None = None
        self._full: dict[str, set[int]] = {}
        # The folded last word of each full name, and each one-word name, with their people:
        # "Netanyahu" alone and "Benjamin Netanyahu" are one person when only one is known.
        self._last: dict[str, set[int]] = {}
        self._one_word: dict[str, set[int]] = {}
        self._has_full: set[int] = set()
        self._firsts: dict[int, set[str]] = {}  # the sounds of each person's first names
        self._first_words: dict[int, set[str]] = {}  # and their written first names
        # Full names by each word left out: a typo changes one word, so a misspelt name
        # shares one of these keys with the name it misspells (no scan of every name).
        self._one_word_off: dict[tuple[int, tuple[str, ...]], list[tuple[str, int]]] = {}

    def _load(self, session: Session) -> dict[str, set[int]]:
        if self._surnames is None:
            self._surnames = {}
            rows = session.execute(select(PersonAlias.alias, PersonAlias.person_id)).all()
            for alias, pid in rows:
                self._remember(alias, pid)
        return self._surnames

    def _remember(self, name: str, pid: int) -> None:
        if self._surnames is None:
            return
        words = name.split()
        if not words:
            return
        sounds = [skeleton(w) for w in words]  # each word once: surname and whole name
        folded = fold(name).split()
        if len(folded) > 1:
            self._last.setdefault(folded[-1], set()).add(pid)
            self._has_full.add(pid)
            # the sounds of the first name's other forms too: "Isaac" is "Yitzhak", יצחק
            firsts = self._firsts.setdefault(pid, set())
            firsts.add(sounds[0])
            firsts.update(skeleton(form) for form in first_name_forms(words[0]))
            self._first_words.setdefault(pid, set()).add(folded[0])
        elif folded:
            self._one_word.setdefault(folded[0], set()).add(pid)
        if len(words) > 1:
            for off in _one_word_off(name):
                self._one_word_off.setdefault(off, []).append((name, pid))
            self._full.setdefault(" ".join(k for k in sounds if k), set()).add(pid)
        if len(sounds[-1]) >= 3:
            self._surnames.setdefault(sounds[-1], set()).add(pid)

    def added(self, name: str, pid: int) -> None:
        """A name now known as ``pid`` (a person just made, or an alias just added)."""
        self._remember(name, pid)

    def match(self, session: Session, person: ParsedPerson) -> tuple[int | None, str]:
        """(person id, how it matched: "name", "script", "typo") or (None, "new")."""
        pid = find_person(session, person.name)
        if pid is None:
            for alias in person.aliases:
                pid = find_person(session, alias) if " " in alias.strip() else None
                if pid is not None:
                    break
        if pid is not None:
            return pid, "name"
        if person.name in self.separate:
            return None, "new"
        surnames = self._load(session)
        by_surname = self._by_surname(person)
        if by_surname is not None and _titles_agree(session, by_surname, person.title):
            return by_surname, "surname"
        nickname = self._by_diminutive(person)
        if nickname is not None and _titles_agree(session, nickname, person.title):
            return nickname, "surname"
        nearby = (n for key in _one_word_off(person.name) for n in self._one_word_off.get(key, ()))
        typo = {p for n, p in nearby if close_spelling(n, person.name)}
        if len(typo) == 1:
            return typo.pop(), "typo"
        key = surname_skeleton(person.name)
        owners = surnames.get(key, set()) if len(key) >= 3 else set()
        words = person.name.split()
        if len(words) > 1:  # "Sara Netanyahu" is not "Benjamin Netanyahu", whatever the script
            first = skeleton(words[0])
            owners = {p for p in owners if p not in self._has_full or _near(first, self._firsts[p])}
        if not owners and " " in person.name.strip():
            owners = self._full.get(name_skeleton(person.name), set())
        if len(owners) == 1 and not _same_script_known(session, person.name, owners):
            owner = next(iter(owners))
            # a surname alone in another script links when its title names the same office
            # ("ראש הממשלה נתניהו" and "Prime Minister Benjamin Netanyahu")
            if len(words) > 1 or _titles_agree(session, owner, person.title):
                return owner, "script"
        return None, "new"

    def _by_surname(self, person: ParsedPerson) -> int | None:
        """The one known person a surname-only reference names, or the one person known only
        by the surname of a full name; None when none or two or more share the surname.
        A bare word links only when the release gave it a title ("Prime Minister Netanyahu");
        a full name takes a one-word record only when it has a title too ("Sara Netanyahu",
        untitled, is not "Prime Minister Netanyahu")."""
        words = fold(person.name).split()
        if not words:
            return None
        if len(words) == 1:
            owners = self._last.get(words[0], set()) if person.title else set()
        else:  # a one-word record that never got a full name of its own
            if not person.title:
                return None
            owners = self._one_word.get(words[-1], set()) - self._has_full
        if len(owners) != 1 or person.name in self.separate:
            return None
        return next(iter(owners))

    def _by_diminutive(self, person: ParsedPerson) -> int | None:
        """The one known person of the same surname whose first name the release wrote as a
        known diminutive ("Ruvi Rivlin" for "Reuven Rivlin"); "Sara Netanyahu" is none."""
        words = fold(person.name).split()
        if len(words) < 2:
            return None
        owners = {
            p
            for p in self._last.get(words[-1], set())
            if any(same_first_name(words[0], f) for f in self._first_words.get(p, ()))
        }
        return next(iter(owners)) if len(owners) == 1 else None


def _near(first: str, known: set[str]) -> bool:
    """Does the sound of a first name come near one of a person's first names (Benjamin,
    בנימין: "bnmn", "vnmn")? Sara is not Benjamin."""
    return any(SequenceMatcher(None, first, k).ratio() >= 0.6 for k in known)


def _titles_agree(session: Session, pid: int, title: str | None) -> bool:
    """May ``title`` and the person's known titles name one person? Yes when either has none,
    or when one known title and ``title`` end in the same word or one holds the other
    ("Prime Minister", "Israeli Prime Minister"), abbreviations written out ("PM");
    "Minister" is not "Ambassador"."""
    known = session.scalars(select(PersonTitle.title).where(PersonTitle.person_id == pid)).all()
    if not title or not known:
        return True
    new = expand_title(title)
    for old in map(expand_title, known):
        if old.split()[-1:] == new.split()[-1:] or old in new or new in old:
            return True
    return False


def _one_word_off(name: str) -> list[tuple[int, tuple[str, ...]]]:
    """The name's folded words with each one left out in turn (and which one)."""
    words = fold(name).split()
    if len(words) < 2:
        return []
    return [(i, (*words[:i], *words[i + 1 :])) for i in range(len(words))]


def _same_script_known(session: Session, name: str, owners: set[int]) -> bool:
    """A skeleton match only links across scripts: "Peres" must not take "Perez"."""
    script = detect_language(name)
    aliases = session.scalars(
        select(PersonAlias.alias).where(PersonAlias.person_id.in_(owners))
    ).all()
    return all(detect_language(a) == script for a in aliases)
