"""A sound skeleton of a name that Latin, Hebrew and Cyrillic spellings share
("Rivlin", "ריבלין" and "Ривлин" all give "rvln"), and a fuzzy match for typos. The letters
of each script and its spelling rules are in the language modules (``SOUNDS``, ...)."""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from pressdesk.core.text_keys import fold

from . import lang

_NOT_CONSONANT = re.compile(r"[aeiouy'\"\s.-]")


@lru_cache(maxsize=1)
def _rules() -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[tuple[str, str]], dict]:
    """Every language module's sound rules (``lang``): digraphs read first ("ג'", "дж"),
    final letters that write a vowel, ordered spelling rules (Latin "sch", "ch", ...), and
    the letters of each script mapped to the Latin consonant classes."""
    digraphs: list[tuple[str, str]] = []
    finals: list[tuple[str, str]] = []  # (silent final letters, letters of their script)
    rules: list[tuple[str, str]] = []
    letters: dict[str, str] = {}
    for module in lang.kits():
        digraphs += module.SOUND_DIGRAPHS
        if module.SILENT_FINALS:
            finals.append((module.SILENT_FINALS, "".join(module.SOUNDS)))
        rules += module.SOUND_RULES
        letters.update(module.SOUNDS)
    return digraphs, finals, rules, letters


@lru_cache(maxsize=65536)  # names share their words: an authority is read word by word
def skeleton(word: str) -> str:
    """The consonant skeleton of one word in any script a language module knows."""
    digraphs, finals, rules, letters = _rules()
    w = fold(word)
    for a, b in digraphs:
        w = w.replace(a, b)
    for silent, script in finals:
        if len(w) > 2 and w[-1] in silent and w[-2] in script:
            w = w[:-1]  # a final ה or א writes a vowel: נחמה is Nechama, Нехама
    for a, b in rules:  # Latin spellings first: the other scripts map to the classes
        w = w.replace(a, b)
    w = "".join(letters.get(ch, ch) for ch in w)
    w = _NOT_CONSONANT.sub("", w)
    return re.sub(r"(.)\1+", r"\1", w)


def surname_skeleton(name: str) -> str:
    words = name.split()
    return skeleton(words[-1]) if words else ""


def name_skeleton(name: str) -> str:
    """The skeletons of every word of a name ("Barack Obama" and "Барак Обама": "vrk vm"),
    for names whose surname alone is too short to tell apart."""
    return " ".join(k for k in (skeleton(w) for w in name.split()) if k)


def close_spelling(a: str, b: str, *, threshold: float = 0.88) -> bool:
    """Two spellings of one name in one script that differ by a typo ("Rivin", "Rivlin")."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    wa, wb = fa.split(), fb.split()
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    if sum(x != y for x, y in zip(wa, wb, strict=True)) != 1:
        return False
    return difflib.SequenceMatcher(None, fa, fb).ratio() >= threshold
