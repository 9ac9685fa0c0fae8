"""The house list (agencies and photographers with their variants) and credit presets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pressdesk.catalogue import Catalogue
from pressdesk.catalogue.models import Agency, AgencyVariant, CreditPreset
from pressdesk.core.checks.credits import KINDS, HouseEntry, HouseList, clean_part, part_key
from pressdesk.services.errors import InvalidInputError, NotFoundError

MAX_TEXT = 200


@dataclass(frozen=True)
class AgencyRecord:
    """An agency or photographer of the house list, with its other written forms."""

    id: int
    canonical: str
    kind: str
    required_copyright: str | None
    variants: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "canonical": self.canonical,
            "kind": self.kind,
            "required_copyright": self.required_copyright,
            "variants": list(self.variants),
        }


@dataclass(frozen=True)
class PresetRecord:
    """Credit + copyright + source applied to many photos at once (None leaves a field)."""

    id: int
    name: str
    credit: str | None
    copyright: str | None
    source: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "credit": self.credit,
            "copyright": self.copyright,
            "source": self.source,
        }


def _text(value: str | None, what: str, required: bool = False) -> str | None:
    text = " ".join((value or "").split())
    if not text:
        if required:
            raise InvalidInputError(f"The {what} is empty; give some text.")
        return None
    if len(text) > MAX_TEXT:
        raise InvalidInputError(f"The {what} is longer than {MAX_TEXT} characters.")
    return text


def _key(text: str) -> str:
    return part_key(clean_part(text) or text)


def _record(a: Agency) -> AgencyRecord:
    others = sorted((v.variant for v in a.variants if v.variant != a.canonical), key=str.casefold)
    return AgencyRecord(a.id, a.canonical, a.kind, a.required_copyright, tuple(others))


def _reloaded(s: Session, agency_id: int) -> AgencyRecord:
    s.flush()
    agency = s.scalars(
        select(Agency)
        .where(Agency.id == agency_id)
        .options(selectinload(Agency.variants))
        .execution_options(populate_existing=True)
    ).one()
    return _record(agency)


def _agencies(s: Session) -> list[Agency]:
    return list(
        s.scalars(select(Agency).options(selectinload(Agency.variants)).order_by(Agency.id))
    )


def load_house_list(session: Session) -> HouseList:
    """The house list as the rules use it."""
    return HouseList(
        HouseEntry(a.canonical, a.kind, a.required_copyright, tuple(v.variant for v in a.variants))
        for a in _agencies(session)
    )


def list_house(cat: Catalogue) -> list[AgencyRecord]:
    """Every agency and photographer of the house list, agencies first."""
    with cat.read() as s:
        rows = _agencies(s)
    return sorted(
        (_record(a) for a in rows), key=lambda r: (r.kind != "agency", r.canonical.casefold())
    )


def _find_agency(s: Session, ref: str | int) -> Agency:
    text = str(ref).strip()
    agency = None
    if text.isdigit():
        agency = s.get(Agency, int(text))
    if agency is None and text:
        owner = s.scalar(select(AgencyVariant.agency_id).where(AgencyVariant.key == _key(text)))
        agency = s.get(Agency, owner) if owner is not None else None
    if agency is None:
        raise NotFoundError(
            f"No agency or photographer '{text}' in the house list; "
            "'pressdesk house list' shows them."
        )
    return agency


def _add_variant(s: Session, agency: Agency, text: str) -> None:
    key = _key(text)
    if not key:
        raise InvalidInputError(f"'{text}' has no letters to match a credit by.")
    owner = s.scalar(select(AgencyVariant).where(AgencyVariant.key == key))
    if owner is None:
        s.add(AgencyVariant(agency_id=agency.id, variant=text, key=key))
    elif owner.agency_id != agency.id:
        other = s.get(Agency, owner.agency_id)
        name = other.canonical if other else owner.agency_id
        raise InvalidInputError(
            f"'{text}' already stands for '{name}' in the house list; remove it there first."
        )


def add_agency(
    cat: Catalogue,
    canonical: str,
    *,
    kind: str = "agency",
    required_copyright: str | None = None,
    variants: Sequence[str] = (),
) -> AgencyRecord:
    """Add an agency or photographer with its canonical credit form and variants."""
    name = _text(canonical, "canonical name", required=True)
    assert name is not None
    if kind not in KINDS:
        raise InvalidInputError(
            f"'{kind}' is not a kind of house-list entry (agency/photographer)."
        )
    with cat.write() as s:
        owner = s.scalar(select(AgencyVariant.agency_id).where(AgencyVariant.key == _key(name)))
        if owner is not None:
            other = s.get(Agency, owner)
            raise InvalidInputError(
                f"'{name}' is in the house list already (as '{other.canonical if other else owner}')."
            )
        agency = Agency(
            canonical=name, kind=kind, required_copyright=_text(required_copyright, "copyright")
        )
        s.add(agency)
        s.flush()
        for text in (name, *variants):
            clean = _text(text, "variant")
            if clean:
                _add_variant(s, agency, clean)
        return _reloaded(s, agency.id)


def update_agency(
    cat: Catalogue,
    ref: str | int,
    *,
    canonical: str | None = None,
    kind: str | None = None,
    required_copyright: str | None = None,
    clear_copyright: bool = False,
) -> AgencyRecord:
    """Rename an entry (the old form stays as a variant), change its kind or its rule."""
    with cat.write() as s:
        agency = _find_agency(s, ref)
        if canonical is not None:
            name = _text(canonical, "canonical name", required=True)
            assert name is not None
            _add_variant(s, agency, name)
            agency.canonical = name
        if kind is not None:
            if kind not in KINDS:
                raise InvalidInputError(f"'{kind}' is not a kind (agency/photographer).")
            agency.kind = kind
        if clear_copyright:
            agency.required_copyright = None
        elif required_copyright is not None:
            agency.required_copyright = _text(required_copyright, "copyright")
        return _reloaded(s, agency.id)


def remove_agency(cat: Catalogue, ref: str | int) -> None:
    """Remove an entry and its variants from the house list."""
    with cat.write() as s:
        s.delete(_find_agency(s, ref))


def add_variant(cat: Catalogue, ref: str | int, variant: str) -> AgencyRecord:
    """Record another written form of an entry ("Government Press Office" for GPO)."""
    text = _text(variant, "variant", required=True)
    assert text is not None
    with cat.write() as s:
        agency = _find_agency(s, ref)
        _add_variant(s, agency, text)
        return _reloaded(s, agency.id)


def remove_variant(cat: Catalogue, variant: str) -> AgencyRecord:
    """Forget a written form (the canonical form itself cannot be removed)."""
    with cat.write() as s:
        row = s.scalar(select(AgencyVariant).where(AgencyVariant.key == _key(variant)))
        if row is None:
            raise NotFoundError(f"'{variant}' is not a variant in the house list.")
        agency = s.get(Agency, row.agency_id)
        assert agency is not None
        if _key(agency.canonical) == row.key:
            raise InvalidInputError(
                f"'{variant}' is the canonical form of '{agency.canonical}'; rename the entry "
                "or remove it instead."
            )
        s.delete(row)
        return _reloaded(s, agency.id)


# ------------------------------------------------------------------------- presets


def _preset_record(p: CreditPreset) -> PresetRecord:
    return PresetRecord(p.id, p.name, p.credit, p.copyright, p.source)


def list_presets(cat: Catalogue) -> list[PresetRecord]:
    """Every credit preset, by name."""
    with cat.read() as s:
        rows = s.scalars(select(CreditPreset)).all()
        return sorted((_preset_record(p) for p in rows), key=lambda p: p.name.casefold())


def find_preset(session: Session, ref: str | int | PresetRecord) -> CreditPreset:
    """A preset by id, name (case-insensitive) or record."""
    if isinstance(ref, PresetRecord):
        ref = ref.id
    text = str(ref).strip()
    row = session.get(CreditPreset, int(text)) if text.isdigit() else None
    if row is None:
        for p in session.scalars(select(CreditPreset)):
            if p.name.casefold() == text.casefold():
                row = p
                break
    if row is None:
        raise NotFoundError(f"No credit preset '{text}'; 'pressdesk house presets' lists them.")
    return row


def add_preset(
    cat: Catalogue,
    name: str,
    *,
    credit: str | None = None,
    copyright: str | None = None,
    source: str | None = None,
) -> PresetRecord:
    """Create a credit preset (at least one of credit, copyright, source)."""
    clean = _text(name, "preset name", required=True)
    values = {
        "credit": _text(credit, "credit"),
        "copyright": _text(copyright, "copyright"),
        "source": _text(source, "source"),
    }
    if not any(values.values()):
        raise InvalidInputError(
            f"Preset '{clean}' sets nothing; give a credit, copyright or source."
        )
    with cat.write() as s:
        if any(
            p.name.casefold() == (clean or "").casefold() for p in s.scalars(select(CreditPreset))
        ):
            raise InvalidInputError(f"A preset named '{clean}' exists already.")
        row = CreditPreset(name=clean, **values)
        s.add(row)
        s.flush()
        return _preset_record(row)


def update_preset(cat: Catalogue, ref: str | int, **values: str | None) -> PresetRecord:
    """Change a preset's name, credit, copyright or source ('' clears a field)."""
    unknown = set(values) - {"name", "credit", "copyright", "source"}
    if unknown:
        raise InvalidInputError(f"Presets have no field(s) {', '.join(sorted(unknown))}.")
    with cat.write() as s:
        row = find_preset(s, ref)
        for field, value in values.items():
            if value is None:
                continue
            setattr(row, field, _text(value, f"preset {field}", required=field == "name"))
        s.flush()
        return _preset_record(row)


def remove_preset(cat: Catalogue, ref: str | int) -> None:
    """Delete a credit preset."""
    with cat.write() as s:
        s.delete(find_preset(s, ref))
