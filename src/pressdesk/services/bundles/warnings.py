"""What an export cannot write into a photo's copy as the catalogue has it, said before it
writes: values cut to an IPTC IIM byte limit, and photos whose metadata can only go to an
XMP sidecar (HEIC). The export dialog shows them first; ``export --json`` lists them; the
bundle's index.html marks the photos concerned."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pressdesk.catalogue import Catalogue
from pressdesk.core.checks.limits import cuts
from pressdesk.core.photos.fields import EDITABLE, FieldValues
from pressdesk.core.photos.writer import carries_iim, embeds
from pressdesk.services.bundles.collect import PlannedPhoto, plan_bundle


@dataclass(frozen=True)
class ExportWarning:
    """One thing a photo's copy will not say as the catalogue does."""

    photo_id: int
    field: str | None  # the field cut, or None for the whole photo (sidecar only)
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"photo_id": self.photo_id, "field": self.field, "message": self.message}


def write_values(planned: PlannedPhoto) -> FieldValues:
    """The values a photo copy carries: the catalogue's fields; a photo without a job id of
    its own carries the release's uid as job id."""
    p = planned.record
    values = {f.name: getattr(p, f.name) for f in EDITABLE}
    return FieldValues(values, job_id=p.job_id or planned.job_id)


def sidecar_warning(planned: PlannedPhoto, why: str) -> ExportWarning:
    p = planned.record
    return ExportWarning(
        p.id,
        None,
        f"Photo {p.id} ({p.original_name}) {why}, so its copy is the original unchanged and "
        "the catalogue's caption, credit and other fields are only in the XMP sidecar beside "
        "it, which many viewers do not read.",
    )


def photo_warnings(planned: PlannedPhoto) -> list[ExportWarning]:
    """The warnings one photo's copy will have (before anything is written)."""
    p = planned.record
    if not embeds(p.format):
        return [sidecar_warning(planned, f"is {p.format}, which pressdesk cannot write into")]
    if not carries_iim(p.format):
        return []  # (WebP: XMP only, which holds every value whole)
    return [
        ExportWarning(p.id, cut.field.name, f"Photo {p.id} ({p.original_name}): {cut.message}")
        for cut in cuts(write_values(planned))
    ]


def export_warnings(cat: Catalogue, refs: Sequence[str | int]) -> list[ExportWarning]:
    """The warnings exporting the releases ``refs`` would give, in photo order."""
    with cat.read() as session:
        plan = plan_bundle(session, refs)
    return [w for planned in plan.photos for w in photo_warnings(planned)]
