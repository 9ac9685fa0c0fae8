"""Applying a credit preset (credit + copyright + source) to many photos in one step."""

from __future__ import annotations

from collections.abc import Sequence

from pressdesk.catalogue import Catalogue
from pressdesk.services.errors import InvalidInputError
from pressdesk.services.house.lists import PresetRecord, find_preset
from pressdesk.services.house.writes import AppliedChanges, write_photo_fields
from pressdesk.services.reads.load import resolve_id
from pressdesk.services.undo.steps import record_step


def apply_preset(
    cat: Catalogue,
    preset: int | str | PresetRecord,
    photo_ids: Sequence[int | str],
    actor: str = "user",
) -> AppliedChanges:
    """Give many photos a preset's credit, copyright and source, in ONE transaction.

    Fields the preset leaves empty are not touched; values already equal are not recorded.
    Every change goes into the change history with provenance ``preset`` (detail: the
    preset's name), so a later re-import never overwrites it. The result lists every change
    and names the undo step it recorded.
    """
    with cat.write() as s:
        row = find_preset(s, preset)
        values = {
            name: getattr(row, name)
            for name in ("credit", "copyright", "source")
            if getattr(row, name)
        }
        if not values:
            raise InvalidInputError(f"Preset '{row.name}' sets nothing.")
        ids: list[int] = []
        for ref in photo_ids:
            if isinstance(ref, int) or str(ref).strip().isdigit():
                ids.append(int(ref))
            else:
                ids.append(resolve_id(s, "photo", ref))
        updates = [(pid, values) for pid in dict.fromkeys(ids)]
        changes = write_photo_fields(s, updates, actor=actor, source="preset", detail=row.name)
        applied = AppliedChanges(tuple(changes))
        step = record_step(s, f"Apply preset {row.name}", [applied.entry()], actor)
    return AppliedChanges(applied.fields, step)
