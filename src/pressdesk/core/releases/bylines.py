"""Bylines: a paragraph that is nothing but the names of the report's writers ("Диана
Аванесян", "(איתמר אייכנר)", "(Jane Roe and John Doe)"). Journalists are neither
participants nor mentioned, so the people finder never reads such a paragraph."""

from __future__ import annotations

import re

from . import lang

_NOT_BYLINE = re.compile(r"[.:;!?,\d]")


def is_byline(paragraph: str) -> bool:
    """Is ``paragraph`` one or two personal names of two or three words each, alone (in
    parentheses or not), with no sentence around them?"""
    s = paragraph.strip()
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1].strip()
    if not s or len(s) > 70 or _NOT_BYLINE.search(s) or "(" in s or ")" in s:
        return False
    return any(
        len(names) <= 2 and all(_one_name(n) for n in names) for names in _readings(s.split())
    )


def _readings(words: list[str]) -> list[list[str]]:
    """The ways ``words`` split into names: at a word "and" ("Jane Roe and John Doe", "и"),
    or before a one-letter "and" written as a prefix ("מורן לוי ואטילה שמואלי")."""
    ands = lang.word_set("AND_WORDS")
    out = [[" ".join(words)]]
    for i, w in enumerate(words):
        if w.casefold() in ands and 0 < i < len(words) - 1:
            out.append([" ".join(words[:i]), " ".join(words[i + 1 :])])
        elif i > 0 and len(w) > 2 and any(len(a) == 1 and w.startswith(a) for a in ands):
            out.append([" ".join(words[:i]), " ".join([w[1:], *words[i + 1 :]])])
    return out


def _one_name(name: str) -> bool:
    return 2 <= len(name.split()) <= 3 and lang.looks_like_name(name)
