"""The parts of index.html the field schema drives: a photo's further fields (title, date
created, location, event, rights, captions in other languages), its export warnings, and
dates written in the release's own language (Babel's CLDR data: "8 בנובמבר 2012",
"8 ноября 2012 г.")."""

from __future__ import annotations

import datetime as dt
import re
from html import escape
from typing import Any

from pressdesk.core.photos.fields import GROUPS
from pressdesk.services.bundles.schema import EXTRA_FIELDS, BundlePhoto

_TIME = re.compile(r"^[T ](\d{2}:\d{2})")


def _t(value: object) -> str:
    return escape(str(value), quote=True)


def local_date(iso: str | None, language: str | None) -> str | None:
    """An ISO date in the words of ``language`` (a date-time keeps its time of day:
    "8 ноября 2012 г., 14:30"); English when the language is unknown; the text as given
    when it is no date."""
    if not iso:
        return None
    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    clock = _TIME.match(iso[10:])
    from babel import Locale, UnknownLocaleError  # (loaded when a page is made)
    from babel.dates import format_date

    try:
        locale = Locale.parse((language or "en").replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse("en")
    said = format_date(day, format="long", locale=locale)
    return f"{said}, {clock.group(1)}" if clock else said


def _location(photo: BundlePhoto) -> str | None:
    parts = [photo.extra.get(f.name) for f in GROUPS["location"] if f.name != "country_code"]
    text = ", ".join(p for p in parts if p)
    code = photo.extra.get("country_code")
    return f"{text} ({code})" if text and code else text or code


def field_rows(photo: BundlePhoto, language: str | None) -> list[tuple[str, Any, str]]:
    """(label, value, lang attribute) of the photo's further fields, in schema order."""
    rows: list[tuple[str, Any, str]] = []
    located = False
    for f in EXTRA_FIELDS:
        value = photo.extra.get(f.name)
        if f.group == "location":
            if not located:
                rows.append(("Location", _location(photo), ""))
                located = True
        elif f.value == "langs":
            rows += [(f"Caption ({lang})", text, lang) for lang, text in (value or {}).items()]
        elif f.value == "date":
            rows.append((f.label, local_date(value, language), ""))
        else:
            rows.append((f.label, "; ".join(value or ()) if f.is_list else value, ""))
    return [row for row in rows if row[1]]


def rows_html(rows: list[tuple[str, Any, str]]) -> str:
    out = []
    for label, value, lang in rows:
        lang_attr = f' lang="{_t(lang)}"' if lang else ""
        out.append(f'<dt>{_t(label)}</dt><dd dir="auto"{lang_attr}>{_t(value)}</dd>')
    return "".join(out)


def warnings_html(photo: BundlePhoto) -> str:
    """The photo's export warnings, shown on its card."""
    if not photo.warnings:
        return ""
    items = "".join(f'<li dir="auto">{_t(w)}</li>' for w in photo.warnings)
    return (
        '<div class="warned"><strong>⚠ The copy does not carry everything the catalogue '
        f"says</strong><ul>{items}</ul></div>"
    )
