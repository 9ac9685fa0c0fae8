"""Bylines: a paragraph that is nothing but the names of the report's writers ("Диана
Аванесян", "(איתמר אייכנר)", "(Jane Roe and John Doe)"). Journalists are neither
participants nor mentioned, so the people finder never reads such a paragraph."""

from __future__ import annotations

import re

from . import lang

_NOT_BYLINE = re.compile(r"[.:;!?,\d]")


_HANDLE = re.compile(
    r"^(?P<name>[^()|@]{3,40}?)\s*\(@\w{2,30}\)"
)  # "Jane Roe (@JaneRoe) 4 minutes ago"
_SITE_AFTER = re.compile(r"^(?P<name>[^|]{3,40}?)\s*\|\s*\S.{0,40}$")  # "Jane Roe | Site News"


def is_byline(paragraph: str) -> bool:
    """Is ``paragraph`` one or two personal names of two or three words each, alone (in
    parentheses or not), with no sentence around them; or a writer's name with a social
    handle after it ("X (@handle) 4 minutes ago") or the site's name after a bar ("X |
    Site News")?"""
    s = paragraph.strip()
    signed = _HANDLE.match(s) or (_SITE_AFTER.match(s) if len(s) <= 70 else None)
    if signed is not None and _one_name(signed.group("name").strip()):
        return True
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
