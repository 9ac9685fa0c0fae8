"""Limits shared by every way text comes into a catalogue, stated once."""

from __future__ import annotations

#: The most characters one text may hold: the whole text of a release (a file, a page's text
#: or pasted text) and any single field of a record, also when it comes back from a bundle.
MAX_TEXT_CHARS = 2 * 1024 * 1024


def too_long(what: str, length: int) -> str:
    """The end of a message refusing a text over the limit: '<what> is too large (…)'."""
    return (
        f"{what} is too large ({length:,} characters; the limit is {MAX_TEXT_CHARS:,} characters)"
    )
