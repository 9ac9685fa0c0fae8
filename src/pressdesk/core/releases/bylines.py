"""Bylines: a paragraph that is nothing but the names of the report's writers ("Диана
Аванесян", "(איתמר אייכנר)", "(Jane Roe and John Doe)"). Journalists are neither
participants nor mentioned, so the people finder never reads such a paragraph."""

from __future__ import annotations

import re

from . import lang

_AND = re.compile(r"\s+(?:and|&|и)\s+", re.I)
_NOT_BYLINE = re.compile(r"[.:;!?,\d]")
_HEBREW_AND = "ו"


def is_byline(paragraph: str) -> bool:
    """Is ``paragraph`` one or two personal names of two or three words each, alone (in
    parentheses or not), with no sentence around them?"""
    s = paragraph.strip()
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1].strip()
    if not s or len(s) > 70 or _NOT_BYLINE.search(s) or "(" in s or ")" in s:
        return False
    names = _AND.split(s)
    if len(names) == 1:
        names = _hebrew_pair(s) or names
    return len(names) <= 2 and all(_one_name(n) for n in names)


def _hebrew_pair(s: str) -> list[str] | None:
    """ "מורן אזולאי ואטילה שומפלבי": two names joined by the prefix ו on the second."""
    words = s.split()
    for i in range(2, len(words) - 1):
        w = words[i]
        if w.startswith(_HEBREW_AND) and len(w) > 2:
            return [" ".join(words[:i]), " ".join([w[1:], *words[i + 1 :]])]
    return None


def _one_name(name: str) -> bool:
    return 2 <= len(name.split()) <= 3 and lang.looks_like_name(name)
