"""Folding text into matching keys: case- and diacritics-insensitive, quotes unified."""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u05f3": "'"})
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, strip diacritics (Latin accents, Hebrew points), unify quotes and spaces."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACE.sub(" ", unicodedata.normalize("NFC", stripped).casefold()).strip()


def name_key(name: str) -> str:
    """The key two spellings of one person's name share ("José" and "jose")."""
    return fold(name).replace(".", "").strip()
