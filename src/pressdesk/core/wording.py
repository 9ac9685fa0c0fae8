"""Counted nouns for messages: "1 photo", "2 photos", "1,000 releases"."""

from __future__ import annotations

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
