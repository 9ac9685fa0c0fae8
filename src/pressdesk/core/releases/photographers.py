"""Names that sit in a photo credit, not in the report: "REUTERS/Jason Reed", "Stefan
Postles/Getty Images", "Photo by X", "Attached photo credit: X (GPO)". A photographer is
neither a participant nor mentioned (the annotation guide), and an agency is no person."""

from __future__ import annotations

from functools import lru_cache

from . import lexicon as lx
from .tokens import Token

# Words that label a credit ("Photo by X", "Credit: X", "Photo credit: X").
_PHOTO_WORDS = lx.words("photo photos photograph photographs picture pictures image images")
_CREDIT_WORDS = lx.words("credit credits")


@lru_cache(maxsize=1)
def _agency_words() -> frozenset[str]:
    """The agencies' words in folded form ("reuters", "getty", "gpo", "afp")."""
    from . import lang

    raw = lang.alternatives("AGENCIES").replace("\\s+", " ").replace("\\s*", " ")
    return frozenset(w.casefold() for part in raw.split("|") for w in part.split() if w.isalpha())


def credited(toks: list[Token], start: int, end: int) -> bool:
    """Is the name ``toks[start:end]`` part of a photo credit: joined by a slash to an agency
    or glued to a slash, or right after "Photo by" or "credit:"?"""
    before = toks[start - 1] if start > 0 else None
    after = toks[end] if end < len(toks) else None
    if before is not None and before.text == "/":
        glued = before.end == toks[start].start
        other = toks[start - 2] if start > 1 else None
        if glued or (other is not None and other.folded in _agency_words()):
            return True
    if after is not None and after.text == "/":
        glued = after.start == toks[end - 1].end
        other = toks[end + 1] if end + 1 < len(toks) else None
        if glued or (other is not None and other.folded in _agency_words()):
            return True
    if start >= 2:
        label, mark = toks[start - 2], toks[start - 1]
        if label.folded in _CREDIT_WORDS and mark.text == ":":
            return True
        if label.folded in _PHOTO_WORDS and mark.folded == "by":
            return True
    return False
