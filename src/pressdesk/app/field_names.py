"""The names people see for catalogue fields and history sources, translatable.

The core names its photo fields in English (``core/photos/fields.py``: label, hint); the app
shows them through this table, so that lupdate finds each text and the Hebrew window names
fields in Hebrew. ``tests/app/test_language.py`` checks that every core field, release field
and history source has an entry here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pressdesk.app.i18n import QT_TRANSLATE_NOOP
from pressdesk.core.photos.fields import BY_NAME

CONTEXT = "Fields"

#: Catalogue field name -> label (photo fields as the core labels them, then release and
#: slot fields).
LABELS = {
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "headline": QT_TRANSLATE_NOOP("Fields", "Headline"),
    "caption": QT_TRANSLATE_NOOP("Fields", "Caption"),
    "captions": QT_TRANSLATE_NOOP("Fields", "Captions by language"),
    "alt_text": QT_TRANSLATE_NOOP("Fields", "Alt text"),
    "credit": QT_TRANSLATE_NOOP("Fields", "Credit line"),
    "copyright": QT_TRANSLATE_NOOP("Fields", "Copyright notice"),
    "creator": QT_TRANSLATE_NOOP("Fields", "Creator"),
    "source": QT_TRANSLATE_NOOP("Fields", "Source"),
    "usage_terms": QT_TRANSLATE_NOOP("Fields", "Usage terms"),
    "web_statement": QT_TRANSLATE_NOOP("Fields", "Web statement"),
    "persons_shown": QT_TRANSLATE_NOOP("Fields", "Persons shown"),
    "keywords": QT_TRANSLATE_NOOP("Fields", "Keywords"),
    "date_created": QT_TRANSLATE_NOOP("Fields", "Date created"),
    "event": QT_TRANSLATE_NOOP("Fields", "Event"),
    "sublocation": QT_TRANSLATE_NOOP("Fields", "Sublocation"),
    "city": QT_TRANSLATE_NOOP("Fields", "City"),
    "state": QT_TRANSLATE_NOOP("Fields", "Province/State"),
    "country": QT_TRANSLATE_NOOP("Fields", "Country"),
    "country_code": QT_TRANSLATE_NOOP("Fields", "Country code"),
    "instructions": QT_TRANSLATE_NOOP("Fields", "Instructions"),
    "caption_writer": QT_TRANSLATE_NOOP("Fields", "Caption writer"),
    "job_id": QT_TRANSLATE_NOOP("Fields", "Job id"),
    "camera_make": QT_TRANSLATE_NOOP("Fields", "Camera make"),
    "camera_model": QT_TRANSLATE_NOOP("Fields", "Camera model"),
    # releases
    "subheadline": QT_TRANSLATE_NOOP("Fields", "Subheadline"),
    "summary": QT_TRANSLATE_NOOP("Fields", "Summary"),
    "body": QT_TRANSLATE_NOOP("Fields", "Text"),
    "issuer": QT_TRANSLATE_NOOP("Fields", "Issuer"),
    "event_date": QT_TRANSLATE_NOOP("Fields", "Date"),
    "place": QT_TRANSLATE_NOOP("Fields", "Place"),
    "language": QT_TRANSLATE_NOOP("Fields", "Language"),
    "source_url": QT_TRANSLATE_NOOP("Fields", "Source address"),
    "participants": QT_TRANSLATE_NOOP("Fields", "People"),
    "photos": QT_TRANSLATE_NOOP("Fields", "Photos"),
    "slot_photos": QT_TRANSLATE_NOOP("Fields", "Photos in slots"),
    # groups of photo fields
    "location": QT_TRANSLATE_NOOP("Fields", "Location"),
}

#: The core's field hints (placeholders), by their English text.
HINTS = {
    "a short name for the photo": QT_TRANSLATE_NOOP("Fields", "a short name for the photo"),
    "the caption in other languages (he, en, ...)": QT_TRANSLATE_NOOP(
        "Fields", "the caption in other languages (he, en, ...)"
    ),
    "what the photo shows, for people who cannot see it": QT_TRANSLATE_NOOP(
        "Fields", "what the photo shows, for people who cannot see it"
    ),
    "separate names with ;": QT_TRANSLATE_NOOP("Fields", "separate names with ;"),
    "the address of the rights statement": QT_TRANSLATE_NOOP(
        "Fields", "the address of the rights statement"
    ),
    "separate keywords with ;": QT_TRANSLATE_NOOP("Fields", "separate keywords with ;"),
    "YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS": QT_TRANSLATE_NOOP(
        "Fields", "YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS"
    ),
    "ISO 3166 code: IL, RU, US": QT_TRANSLATE_NOOP("Fields", "ISO 3166 code: IL, RU, US"),
    "when empty, export writes the release uid": QT_TRANSLATE_NOOP(
        "Fields", "when empty, export writes the release uid"
    ),
}

#: Where a value came from (``catalogue.models.SOURCES``) and who changed it.
SOURCES = {
    "parsed": QT_TRANSLATE_NOOP("Fields", "release text"),
    "file": QT_TRANSLATE_NOOP("Fields", "file"),
    "preset": QT_TRANSLATE_NOOP("Fields", "preset"),
    "user": QT_TRANSLATE_NOOP("Fields", "user"),
    "bundle": QT_TRANSLATE_NOOP("Fields", "bundle"),
    "template": QT_TRANSLATE_NOOP("Fields", "template"),
    "fix": QT_TRANSLATE_NOOP("Fields", "fix"),
    "release": QT_TRANSLATE_NOOP("Fields", "release"),
    "person": QT_TRANSLATE_NOOP("Fields", "person"),
    "import": QT_TRANSLATE_NOOP("Fields", "import"),
    "undo": QT_TRANSLATE_NOOP("Fields", "undo"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(name: str) -> str:
    """The label of a field (``captions.he``-style keys name their language)."""
    if name in LABELS:
        return _tr(LABELS[name])
    if name in BY_NAME:
        return BY_NAME[name].label
    return name


def field_hint(name: str) -> str:
    """The placeholder of a photo field's editor."""
    hint = BY_NAME[name].hint if name in BY_NAME else ""
    return _tr(HINTS[hint]) if hint in HINTS else hint


def source_label(source: str | None) -> str:
    """A history source or actor, as people read it."""
    if not source:
        return "—"
    return _tr(SOURCES[source]) if source in SOURCES else source
