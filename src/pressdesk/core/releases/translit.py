"""A sound skeleton of a name that Latin, Hebrew and Cyrillic spellings share
("Rivlin", "ריבלין" and "Ривлин" all give "rvln"), and a fuzzy match for typos."""

from __future__ import annotations

import difflib
import re

from pressdesk.core.text_keys import fold

_CYRILLIC = {
    "а": "a", "б": "v", "в": "v", "г": "h", "д": "d", "е": "e", "ё": "e", "ж": "z", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "p", "х": "h", "ц": "z", "ч": "č", "ш": "s",
    "щ": "s", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip
_HEBREW = {
    "א": "", "ב": "v", "ג": "h", "ד": "d", "ה": "h", "ו": "", "ז": "z", "ח": "h", "ט": "t",
    "י": "", "כ": "k", "ך": "k", "ל": "l", "מ": "m", "ם": "m", "נ": "n", "ן": "n", "ס": "s",
    "ע": "", "פ": "p", "ף": "p", "צ": "z", "ץ": "z", "ק": "k", "ר": "r", "ש": "s", "ת": "t",
}  # fmt: skip
# Latin spellings folded to one consonant class each; g and h are one class because Russian
# writes a foreign h as г (Herzog -> Герцог).
_LATIN = [
    ("sch", "s"), ("tch", "č"), ("ch", "h"), ("kh", "h"), ("sh", "s"), ("zh", "z"),
    ("tz", "z"), ("ts", "z"), ("th", "t"), ("ph", "p"), ("ck", "k"), ("dj", "j"),
    ("g", "h"), ("w", "v"), ("b", "v"), ("f", "p"), ("q", "k"), ("c", "k"), ("x", "ks"),
]  # fmt: skip
_NOT_CONSONANT = re.compile(r"[aeiouy'\"\s.-]")


def skeleton(word: str) -> str:
    """The consonant skeleton of one word in any of the three scripts."""
    w = fold(word).replace("ג'", "j").replace("ג׳", "j").replace("дж", "j")
    if len(w) > 2 and w[-1] in "הא" and "\u05d0" <= w[-2] <= "\u05ea":
        w = w[:-1]  # a final ה or א writes a vowel: נחמה is Nechama, Нехама
    for a, b in _LATIN:  # Latin spellings first: the other scripts map to the classes
        w = w.replace(a, b)
    w = "".join(_CYRILLIC.get(ch, _HEBREW.get(ch, ch)) for ch in w)
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
