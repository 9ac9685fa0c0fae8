"""The house list and presets: pre-filled by migration 0003, edited through the services."""

from __future__ import annotations

import importlib

import pytest
from alembic import command
from sqlalchemy import func, select

from pressdesk.catalogue import open_catalogue
from pressdesk.catalogue.migrate import alembic_config, head_revision
from pressdesk.catalogue.models import Agency, AgencyVariant, CreditPreset
from pressdesk.core.checks.credits import clean_part, part_key
from pressdesk.services.errors import InvalidInputError, NotFoundError
from pressdesk.services.house import lists as house

MIGRATION = importlib.import_module("pressdesk.catalogue.migrations.versions.0003_house_list")
CORPUS_PHOTOGRAPHERS = {"Amos Ben Gershom", "Moshe Milner", "Kobi Gideon", "Mark Neiman"}


def test_a_new_catalogue_has_gpo_and_its_photographers(cat) -> None:
    entries = {r.canonical: r for r in house.list_house(cat)}
    gpo = entries["GPO"]
    assert gpo.kind == "agency" and gpo.required_copyright == "GPO"
    assert "Government Press Office" in gpo.variants
    photographers = {r.canonical for r in entries.values() if r.kind == "photographer"}
    assert CORPUS_PHOTOGRAPHERS | {"Haim Zach", "Avi Ohayon"} <= photographers
    assert all(entries[name].required_copyright == "GPO" for name in CORPUS_PHOTOGRAPHERS)
    presets = {p.name: p for p in house.list_presets(cat)}
    assert (presets["GPO"].credit, presets["GPO"].copyright) == ("GPO", "GPO")
    assert presets["GPO/Moshe Milner"].credit == "GPO/Moshe Milner"


def test_the_frozen_key_of_the_migration_is_the_checks_key() -> None:
    for canonical, _kind, _req, variants in MIGRATION.HOUSE_LIST:
        for text in (canonical, *variants):
            assert MIGRATION.variant_key(text) == part_key(clean_part(text)), text


def test_running_the_data_migration_again_adds_nothing_and_keeps_edits(catalogue_target) -> None:
    cat = open_catalogue(catalogue_target)
    try:
        house.add_variant(cat, "GPO", "Lishkat HaItonut")
        house.update_agency(cat, "Moshe Milner", required_copyright="Moshe Milner")
        with cat.read() as s:
            before = {
                t: s.scalar(select(func.count()).select_from(t))
                for t in (Agency, AgencyVariant, CreditPreset)
            }
        with cat.engine.begin() as conn:
            cfg = alembic_config(conn)
            command.stamp(cfg, "0002")
            command.upgrade(cfg, "0003")  # 0003 again, over its own rows and the desk's
            command.stamp(cfg, head_revision())
        with cat.read() as s:
            after = {
                t: s.scalar(select(func.count()).select_from(t))
                for t in (Agency, AgencyVariant, CreditPreset)
            }
        assert after == before
        milner = next(r for r in house.list_house(cat) if r.canonical == "Moshe Milner")
        assert milner.required_copyright == "Moshe Milner"
        assert (
            "Lishkat HaItonut"
            in next(r for r in house.list_house(cat) if r.canonical == "GPO").variants
        )
    finally:
        cat.close()


def test_adding_renaming_and_removing_entries(cat) -> None:
    flash = house.add_agency(cat, "Flash90", required_copyright="Flash90", variants=["Flash 90"])
    assert flash.variants == ("Flash 90",)
    renamed = house.update_agency(cat, "flash 90", canonical="Flash90 Images")
    assert renamed.canonical == "Flash90 Images" and "Flash90" in renamed.variants
    with pytest.raises(InvalidInputError, match="already stands for 'GPO'"):
        house.add_variant(cat, "Flash90 Images", "Government Press Office")
    with pytest.raises(InvalidInputError, match="in the house list already"):
        house.add_agency(cat, "government  press office")
    with pytest.raises(InvalidInputError, match="canonical form"):
        house.remove_variant(cat, "Flash90 Images")
    assert house.remove_variant(cat, "Flash 90").variants == ("Flash90",)
    house.remove_agency(cat, "Flash90 Images")
    assert "Flash90 Images" not in {r.canonical for r in house.list_house(cat)}
    with pytest.raises(NotFoundError):
        house.remove_agency(cat, "Flash90 Images")
    with pytest.raises(InvalidInputError, match="not a kind"):
        house.add_agency(cat, "Somebody", kind="person")


def test_presets_are_created_changed_and_removed(cat) -> None:
    made = house.add_preset(cat, "Flash90", credit="Flash90", copyright="Flash90")
    assert made.source is None
    changed = house.update_preset(cat, "flash90", source="Flash90", copyright="")
    assert (changed.credit, changed.copyright, changed.source) == ("Flash90", None, "Flash90")
    with pytest.raises(InvalidInputError, match="exists already"):
        house.add_preset(cat, "FLASH90", credit="x")
    with pytest.raises(InvalidInputError, match="sets nothing"):
        house.add_preset(cat, "Empty")
    house.remove_preset(cat, made.id)
    assert "Flash90" not in {p.name for p in house.list_presets(cat)}
