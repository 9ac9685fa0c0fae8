"""Pure-Python press-release parser: headline, issuer, date, place, photo slots, people."""

from __future__ import annotations

from .models import ParsedPerson, ParsedRelease, ParsedSlot, ReleaseParseError
from .parser import (
    load_release_file,
    parse_release_file,
    parse_release_html,
    parse_release_text,
)
from .text import name_key, normalise_text

__all__ = [
    "ParsedPerson",
    "ParsedRelease",
    "ParsedSlot",
    "ReleaseParseError",
    "load_release_file",
    "name_key",
    "normalise_text",
    "parse_release_file",
    "parse_release_html",
    "parse_release_text",
]
