"""People's codes (``\\bn\\`` in a field expands to "Prime Minister Benjamin Netanyahu"),
aliases added from the command line, and the people list with its filters."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.models import Person
from pressdesk.core.templates import TemplateError, expand_codes, normalise_code, person_label
from pressdesk.services.errors import InvalidInputError
from pressdesk.services.history import record_change
from pressdesk.services.people.admin import _add_alias
from pressdesk.services.reads.load import load_people, resolve_id
from pressdesk.services.reads.records import PersonRecord


def show_person(cat: Catalogue, ref: str | int) -> PersonRecord:
    """One person by id or uid."""
    with cat.read() as s:
        return load_people(s, [resolve_id(s, "person", ref)])[0]


def set_code(cat: Catalogue, ref: str | int, code: str, *, actor: str = "user") -> PersonRecord:
    """Give a person a code ('' removes it); a code another person has is refused."""
    try:
        new = normalise_code(code) if code.strip() else None
    except TemplateError as exc:
        raise InvalidInputError(str(exc)) from None
    with cat.write() as s:
        person = s.get(Person, resolve_id(s, "person", ref))
        assert person is not None
        if new is not None:
            owner = s.scalar(select(Person).where(Person.code == new, Person.id != person.id))
            if owner is not None:
                raise InvalidInputError(
                    f"The code {new!r} is already {owner.display_name}'s (person {owner.id}); "
                    f"remove it there first with 'pressdesk people code {owner.id} \"\"'."
                )
        if person.code != new:
            record_change(s, actor, "person", person.uid, "code", person.code, new)
            person.code = new
        s.flush()
        return load_people(s, [person.id])[0]


def add_aliases(
    cat: Catalogue, ref: str | int, names: Sequence[str], *, actor: str = "user"
) -> PersonRecord:
    """Add names under which a person is also found (kept beside the existing ones)."""
    names = [n.strip() for n in names if n.strip()]
    if not names:
        raise InvalidInputError("Give at least one alias to add.")
    with cat.write() as s:
        person = s.get(Person, resolve_id(s, "person", ref))
        assert person is not None
        before = load_people(s, [person.id])[0].aliases
        for name in names:
            _add_alias(s, person.id, name, "alias")
        after = load_people(s, [person.id])[0]
        if after.aliases != before:
            record_change(
                s, actor, "person", person.uid, "aliases", list(before), list(after.aliases)
            )
        return after


def code_lookup(session: Session) -> dict[str, str]:
    """Every code and what it expands to (current title and name)."""
    people = session.scalars(
        select(Person).where(Person.code.is_not(None)).options(selectinload(Person.titles))
    )
    return {
        p.code: person_label(
            p.display_name, [(t.title, t.first_seen, t.last_seen) for t in p.titles]
        )
        for p in people
        if p.code
    }


def expand_field_codes(
    session: Session, values: Mapping[str, Any]
) -> tuple[dict[str, Any], tuple[str, ...]]:
    """``values`` with the codes in their texts expanded; also the codes nobody has (left
    as typed). Lists of texts (creators, keywords) are expanded item by item, and the
    texts of a mapping (captions by language) value by value."""
    lookup: dict[str, str] | None = None
    unknown: list[str] = []

    def one(text: str) -> str:
        nonlocal lookup
        if "\\" not in text:
            return text
        if lookup is None:
            lookup = code_lookup(session)
        out = expand_codes(text, lookup)
        unknown.extend(out.missing)
        return out.text

    expanded: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, str):
            expanded[name] = one(value)
        elif isinstance(value, list | tuple):
            expanded[name] = [one(v) if isinstance(v, str) else v for v in value]
        elif isinstance(value, Mapping):  # captions by language, a location's parts
            expanded[name] = {k: one(v) if isinstance(v, str) else v for k, v in value.items()}
        else:
            expanded[name] = value
    return expanded, tuple(dict.fromkeys(unknown))


def people_for_codes(session: Session, names: Sequence[str]) -> list[str]:
    """Names with every item written as a code (``\\bn\\``) replaced by that person's
    name (people shown and participants name a person, not a title); a code nobody has is
    refused (InvalidInputError), as it would otherwise become a person of that name."""
    wanted = {n.strip().strip("\\").lower() for n in names if _is_code(n)}
    if not wanted:
        return list(names)
    found = dict(
        session.execute(
            select(Person.code, Person.display_name).where(Person.code.in_(wanted))
        ).all()
    )
    missing = sorted(wanted - set(found))
    if missing:  # never a person named "\\zz\\"
        code = missing[0]
        raise InvalidInputError(
            f"No person has the code \\{code}\\, so it names nobody to show or take part: "
            f"give someone that code ('pressdesk people code ID {code}') or write the name."
        )
    return [found.get(n.strip().strip("\\").lower(), n) if _is_code(n) else n for n in names]


def _is_code(name: str) -> bool:
    name = name.strip()
    return len(name) > 2 and name.startswith("\\") and name.endswith("\\")
