"""Importing release texts: parse, match people, save each release in one transaction.

Re-importing identical text finds the release it made before (by the text's checksum) and
changes nothing. Where the text or the parser changed, parsed values are refreshed, but a
value a person corrected (provenance ``user``) is never overwritten.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.models import Participation, PhotoSlot, Release
from pressdesk.core.releases import (
    ParsedPerson,
    ParsedRelease,
    ParsedSlot,
    ReleaseParseError,
    load_release_file,
    parse_release_text,
)
from pressdesk.core.releases.lang import (
    could_be_person,
    looks_like_name,
    nickname_form,
    without_nickname,
)
from pressdesk.services.history import (
    DECIDED_BY_PERSON,
    provenance_of,
    record_change,
    set_provenance,
)
from pressdesk.services.jobs import JobContext, quiet
from pressdesk.services.ops import Changes
from pressdesk.services.people.authority import (
    add_aliases,
    create_person,
    find_person,
    note_title,
    prefer_fuller_name,
)
from pressdesk.services.people.matching import PeopleMatcher
from pressdesk.services.reads.load import load_releases
from pressdesk.services.reads.records import (
    RELEASE_FIELDS,
    SLOT_FIELDS,
    FileError,
    ReleaseRecord,
)
from pressdesk.services.undo.steps import record_barrier
from pressdesk.storage.special import not_a_file

RELEASE_SUFFIXES = {".txt", ".html", ".htm"}


@dataclass(frozen=True)
class ImportedRelease:
    """One imported file: the release it became and what happened to it."""

    path: str
    release: ReleaseRecord
    created: bool
    changed_fields: tuple[str, ...]
    new_people: tuple[str, ...]
    # How sure the parser was of each value; people matched by another spelling and
    # strings left out because they do not look like names (``release import --json``).
    confidence: dict[str, Any] = field(default_factory=dict)

    @property
    def changes(self) -> Changes:
        people = (p.person_id for p in self.release.participants)
        return Changes.of(releases=[self.release.id], people=people)


@dataclass
class ImportResult:
    imported: list[ImportedRelease] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)

    @property
    def changes(self) -> Changes:
        out = Changes()
        for imported in self.imported:
            out |= imported.changes
        return out


def collect_release_files(paths: Iterable[Path]) -> tuple[list[Path], list[FileError]]:
    """Expand folders (recursively, sorted) into release files; report paths that are
    missing or not files (a FIFO is never opened: reading it would wait for a writer)."""
    files: list[Path] = []
    errors: list[FileError] = []
    for path in paths:
        why = not_a_file(path)
        if why is not None:
            errors.append(FileError(str(path), f"{path} {why}."))
        elif path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in RELEASE_SUFFIXES
            )
            if not found:
                errors.append(FileError(str(path), f"{path} holds no .txt or .html release files."))
            files.extend(found)
        else:
            files.append(path)
    return files, errors


def text_checksum(text: str) -> str:
    """Checksum of a release text, insensitive to Unicode normalisation and line endings."""
    norm = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass
class PeopleOutcome:
    """What linking a release's people did: new people, people matched by spelling, and
    strings that did not look like a name and were left out."""

    new: list[str] = field(default_factory=list)
    matched: dict[str, str] = field(default_factory=dict)  # name in text -> how
    skipped: list[str] = field(default_factory=list)


def acceptable(person: ParsedPerson) -> bool:
    """Import never makes a person of a string that does not look like a name in its
    language; a titled single word (a surname after a title) is accepted."""
    return could_be_person(person.name, person.title)


def record_form(person: ParsedPerson) -> ParsedPerson:
    """The person as the authority records them: a nickname written inside the name is an
    alias, not part of the name ("Isaac ‘Bougie’ Herzog" is Isaac Herzog, also known as
    "Bougie Herzog" and by the form in the text)."""
    plain = without_nickname(person.name)
    if plain == person.name:
        return person
    nick = nickname_form(person.name)
    extra = [person.name, *([nick] if nick else [])]
    return replace(person, name=plain, aliases=(*extra, *person.aliases))


def name_aliases(person: ParsedPerson) -> list[str]:
    """The other forms of a person's name in the text that are names themselves ("Rivlin",
    "Ривлина"), not a title with a name ("President and First Lady Rivlin")."""
    own = set(person.name.casefold().split())
    return [a for a in person.aliases if looks_like_name(a) or _part_of(a, own)]


def _part_of(alias: str, own: set[str]) -> bool:
    """A part of the person's own name ("Putin" for "Vladimir Putin"): a name, whatever
    everyday word it also spells."""
    words = alias.casefold().split()
    return bool(words) and all(w in own for w in words)


def _people(
    session: Session,
    release: Release,
    parsed: Sequence[ParsedPerson],
    overwrite: bool,
    authority: PeopleMatcher,
) -> PeopleOutcome:
    """Link parsed participants to the authority."""
    outcome = PeopleOutcome()
    if not overwrite:
        return outcome
    session.execute(delete(Participation).where(Participation.release_id == release.id))
    seen: set[int] = set()
    for position, written in enumerate(parsed):
        person = record_form(written)
        if acceptable(person):
            pid, how = authority.match(session, person)
        else:  # not a name to make a person of, but a name the authority knows is linked
            pid, how = find_person(session, person.name), "name"
            if pid is None:
                outcome.skipped.append(written.name)
                continue
        aliases = name_aliases(person)
        if pid is None:
            pid = create_person(session, person.name, aliases).id
            outcome.new.append(written.name)
            authority.added(person.name, pid)
        else:
            if how in ("name", "surname"):
                prefer_fuller_name(session, pid, person.name)
            if how != "name":
                outcome.matched[written.name] = how
            add_aliases(session, pid, [person.name, *aliases])
            authority.added(person.name, pid)
        if pid in seen:
            continue
        seen.add(pid)
        note_title(session, pid, person.title, release.event_date)
        session.add(
            Participation(
                release_id=release.id,
                person_id=pid,
                title=person.title,
                role=person.role,
                position=position,
                name_in_text=written.name,
            )
        )
    return outcome


def _slots(
    session: Session, release: Release, parsed: ParsedRelease, prov: dict[str, str], actor: str
) -> list[str]:
    """Add or refresh the photo slots; slots a person edited keep their values."""
    existing = {
        s.position: s
        for s in session.scalars(select(PhotoSlot).where(PhotoSlot.release_id == release.id))
    }
    changed: list[str] = []
    for position, slot in enumerate(parsed.photos):
        row = existing.get(position)
        if row is None:
            session.add(
                PhotoSlot(
                    release_id=release.id,
                    position=position,
                    caption=slot.caption,
                    credit=slot.credit,
                    copyright=slot.copyright,
                )
            )
            for name in SLOT_FIELDS:
                set_provenance(
                    session, "release", release.uid, f"photos[{position}].{name}", "parsed"
                )
            continue
        for name in SLOT_FIELDS:
            key = f"photos[{position}].{name}"
            new = getattr(slot, name)
            if prov.get(key) in DECIDED_BY_PERSON or getattr(row, name) == new:
                continue
            record_change(
                session, actor, "release", release.uid, key, getattr(row, name), new, "parsed"
            )
            setattr(row, name, new)
            changed.append(key)
    return changed


def save_parsed(
    session: Session,
    parsed: ParsedRelease,
    *,
    checksum: str,
    source_name: str,
    actor: str = "import",
    authority: PeopleMatcher | None = None,
) -> tuple[int, bool, list[str], PeopleOutcome]:
    """Save one parsed release (create or refresh); returns id, created, changed fields and
    what linking its people did."""
    authority = authority or PeopleMatcher()
    release = session.scalar(select(Release).where(Release.source_sha256 == checksum))
    created = release is None
    changed: list[str] = []
    if release is None:
        release = Release(source_sha256=checksum, **{f: getattr(parsed, f) for f in RELEASE_FIELDS})
        release.body = parsed.body or ""
        session.add(release)
        session.flush()
        for name in RELEASE_FIELDS:
            set_provenance(session, "release", release.uid, name, "parsed", source_name)
        prov: dict[str, str] = {}
    else:
        prov = provenance_of(session, "release", release.uid)
        for name in RELEASE_FIELDS:
            new: Any = getattr(parsed, name)
            if name == "body":
                new = new or ""
            if prov.get(name) in DECIDED_BY_PERSON or getattr(release, name) == new:
                continue
            record_change(
                session, actor, "release", release.uid, name, getattr(release, name), new, "parsed"
            )
            setattr(release, name, new)
            changed.append(name)
    changed += _slots(session, release, parsed, prov, actor)
    overwrite_people = created or prov.get("participants") not in DECIDED_BY_PERSON
    if not created and overwrite_people:
        current = [
            (p.person_id, p.title, p.role)
            for p in session.scalars(
                select(Participation)
                .where(Participation.release_id == release.id)
                .order_by(Participation.position)
            )
        ]
        wanted = [
            (find_person(session, p.name), p.title, p.role)
            for p in parsed.participants
            if acceptable(p) or find_person(session, p.name) is not None
        ]
        overwrite_people = wanted != current
    outcome = _people(session, release, parsed.participants, overwrite_people, authority)
    if created:
        set_provenance(session, "release", release.uid, "participants", "parsed", source_name)
    elif overwrite_people:
        changed.append("participants")
    return release.id, created, changed, outcome


def import_release_files(
    cat: Catalogue,
    paths: Sequence[Path],
    *,
    actor: str = "import",
    ctx: JobContext | None = None,
) -> ImportResult:
    """Import release files and folders; each file in its own transaction.

    A file that cannot be read or parsed is reported with one clear sentence and the rest go
    on. Results come back in the order of the files.
    """
    files, errors = collect_release_files(paths)
    result = ImportResult(errors=list(errors))
    authority = PeopleMatcher()
    ctx = ctx or quiet()
    for n, path in enumerate(files):
        ctx.check()
        ctx.progress(n, len(files), path.name)
        try:
            text, parsed = load_release_file(path)
            checksum = text_checksum(text)
        except ReleaseParseError as exc:
            result.errors.append(FileError(str(path), str(exc)))
            continue
        result.imported.append(_save(cat, parsed, checksum, str(path), actor, authority))
    ctx.progress(len(files), len(files), "")
    return result


def import_release_text(
    cat: Catalogue, text: str, *, source_name: str = "pasted text", actor: str = "import"
) -> ImportedRelease:
    """Import pasted release text."""
    parsed = parse_release_text(text, filename=None)
    return _save(cat, parsed, text_checksum(text), source_name, actor)


def _save(
    cat: Catalogue,
    parsed: ParsedRelease,
    checksum: str,
    source_name: str,
    actor: str,
    authority: PeopleMatcher | None = None,
) -> ImportedRelease:
    with cat.write() as session:
        rid, created, changed, outcome = save_parsed(
            session,
            parsed,
            checksum=checksum,
            source_name=source_name,
            actor=actor,
            authority=authority,
        )
        record_barrier(session, f"Import {Path(source_name).name}", actor)
        session.flush()
        record = load_releases(session, [rid])[0]
    return ImportedRelease(
        source_name,
        record,
        created,
        tuple(changed),
        tuple(outcome.new),
        confidence_report(parsed, outcome),
    )


def confidence_report(
    parsed: ParsedRelease, outcome: PeopleOutcome | None = None
) -> dict[str, Any]:
    """The ``"confidence"`` object of ``release import --json``: 0..1 per field and photo,
    and per person the confidence and how the person was matched to the authority."""
    out: dict[str, Any] = dict(parsed.confidence)
    people = []
    for p in parsed.participants:
        entry: dict[str, Any] = {"name": p.name, "confidence": round(p.confidence, 2)}
        if outcome is not None:
            if p.name in outcome.skipped:
                entry["match"] = "not a name: left out"
            elif p.name in outcome.matched:
                entry["match"] = outcome.matched[p.name]
            elif p.name in outcome.new:
                entry["match"] = "new"
            else:
                entry["match"] = "known"
        people.append(entry)
    out["people"] = people
    return out


@dataclass(frozen=True)
class ReviewedRelease:
    """A release as the archivist checked it in the import preview: the source (pasted text,
    or a file imported unchanged) and the values corrected before saving. ``fields`` holds
    only corrected release fields (``event_date`` as a date or None); ``photos`` and
    ``people``, when given, replace the parsed lists; ``separate`` names the people the
    archivist said are not the known person the preview suggested (each becomes a new one)."""

    text: str | None = None
    path: Path | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    photos: tuple[ParsedSlot, ...] | None = None
    people: tuple[ParsedPerson, ...] | None = None
    separate: tuple[str, ...] = ()

    @property
    def corrected(self) -> bool:
        """Did the archivist change anything the parser read?"""
        changed_lists = self.photos is not None or self.people is not None
        return bool(self.fields or self.separate) or changed_lists


def apply_review(parsed: ParsedRelease, review: ReviewedRelease) -> ParsedRelease:
    """The parsed release with the archivist's corrections."""
    unknown = set(review.fields) - set(RELEASE_FIELDS)
    if unknown:
        raise ValueError(f"Releases have no field(s) {', '.join(sorted(unknown))}.")
    changes: dict[str, Any] = dict(review.fields)
    if review.photos is not None:
        changes["photos"] = tuple(review.photos)
    if review.people is not None:
        changes["participants"] = tuple(review.people)
    return replace(parsed, **changes)


def import_reviewed(
    cat: Catalogue, review: ReviewedRelease, *, actor: str = "user"
) -> ImportedRelease:
    """Import a release checked in the preview: the corrected values are saved as typed by
    a person (provenance ``user``), so a later re-import never overwrites them."""
    if review.path is not None:
        text, parsed = load_release_file(review.path)
        source = str(review.path)
    else:
        text = review.text or ""
        parsed = parse_release_text(text)
        source = "pasted text"
    corrected = apply_review(parsed, review)
    with cat.write() as session:
        rid, created, changed, outcome = save_parsed(
            session,
            corrected,
            checksum=text_checksum(text),
            source_name=source,
            actor=actor,
            authority=PeopleMatcher(separate=frozenset(review.separate)),
        )
        release = session.get(Release, rid)
        assert release is not None
        marks = list(review.fields)
        if review.photos is not None:
            marks += [f"photos[{n}].{f}" for n in range(len(review.photos)) for f in SLOT_FIELDS]
        if review.people is not None or review.separate:
            marks.append("participants")
        for name in marks:
            set_provenance(session, "release", release.uid, name, "user", actor)
        record_barrier(session, f"Import {Path(source).name}", actor)
        session.flush()
        record = load_releases(session, [rid])[0]
    return ImportedRelease(
        source,
        record,
        created,
        tuple(changed),
        tuple(outcome.new),
        confidence_report(corrected, outcome),
    )
