"""Words for messages: counted nouns ("1 photo", "2 photos", "1,000 releases") and names
made safe to print."""

from __future__ import annotations

import unicodedata

_IRREGULAR = {"person": "people", "was": "were", "fix": "fixes", "is": "are"}


def plural(word: str) -> str:
    """The English plural of one of our nouns (regular -s, a few listed exceptions)."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    head, _, last = word.rpartition(" ")
    if head:  # "photo slot" -> "photo slots"
        return f"{head} {plural(last)}"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def count(n: int, word: str, many: str | None = None) -> str:
    """``n`` and the noun in the right number, with thousands separators."""
    return f"{n:,} {word if n == 1 else (many or plural(word))}"


#: Marks that reorder the text around them (Unicode bidi formatting characters): a file
#: name holding one can make a message read differently from what it says.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(text: str) -> str:
    """``text`` with control characters (a terminal's escape sequences, line breaks) and
    bidi marks written as escapes (``\\x1b``, ``\\u202e``), so that a hostile file name
    printed in a message can neither drive the terminal nor reorder the message."""
    if text.isprintable():
        return text
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if ch in _BIDI or unicodedata.category(ch) == "Cc"
        else ch
        for ch in text
    )
