"""What importing a release would do with its people, for the import preview to show
before anything is saved: each name known, matched by another spelling (to confirm), new,
or left out because it does not look like a name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.models import Person
from pressdesk.core.releases import ParsedPerson
from pressdesk.services.people.authority import find_person
from pressdesk.services.people.matching import PeopleMatcher
from pressdesk.services.releases.import_ import acceptable


@dataclass(frozen=True)
class PersonPreview:
    """How one parsed name would be linked: ``how`` is "name" (a known name or alias),
    "script" (the same name in another script), "typo" (a misspelling of a known name),
    "new" (a new person) or "left out" (not a name); ``person`` is the known person's name."""

    name: str
    how: str
    person_id: int | None = None
    person: str | None = None

    @property
    def to_confirm(self) -> bool:
        """A link by sound or spelling, or a string that will be left out: worth a look."""
        return self.how in ("script", "typo", "left out")


def preview_people(cat: Catalogue, people: Sequence[ParsedPerson]) -> list[PersonPreview]:
    """How importing would link each of ``people`` to the people authority (nothing is
    written)."""
    matcher = PeopleMatcher()
    out: list[PersonPreview] = []
    with cat.read() as session:
        for person in people:
            if acceptable(person):
                pid, how = matcher.match(session, person)
            else:
                pid, how = find_person(session, person.name), "name"
                if pid is None:
                    out.append(PersonPreview(person.name, "left out"))
                    continue
            known = session.get(Person, pid) if pid is not None else None
            name = known.display_name if known is not None else None
            out.append(PersonPreview(person.name, how if pid else "new", pid, name))
    return out
