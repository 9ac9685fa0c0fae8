"""First-name lists shipped as data (``data/first_names_*.txt``), one set per language."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from pressdesk.core.text_keys import fold


@lru_cache(maxsize=8)
def first_names(lang: str) -> frozenset[str]:
    """The folded first names known for ``lang`` (empty for a language without a list)."""
    return _names(f"first_names_{lang}.txt")


@lru_cache(maxsize=8)
def surnames(lang: str) -> frozenset[str]:
    """The folded surnames known for ``lang`` (empty for a language without a list)."""
    return _names(f"surnames_{lang}.txt")


def _names(filename: str) -> frozenset[str]:
    path = resources.files("pressdesk.core.releases").joinpath("data", filename)
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return frozenset()
    out: set[str] = set()
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        out.update(fold(w) for w in line.split())
    return frozenset(out)


def is_first_name(word: str, lang: str) -> bool:
    return fold(word.rstrip(".")) in first_names(lang)


def is_surname(word: str, lang: str) -> bool:
    return fold(word.rstrip(".")) in surnames(lang)


@lru_cache(maxsize=8)
def common_words(lang: str) -> frozenset[str]:
    """The folded common words of ``lang`` (``data/common_words_*.txt``, built from wordfreq
    by ``tools/build_wordlists``; empty for a language without a list)."""
    return _names(f"common_words_{lang}.txt")


def is_common_word(word: str, lang: str) -> bool:
    """A word of the language's everyday vocabulary that is not a known name; a hyphenated
    word only when each part is one of three letters or more ("Mad-Logic", not "Ki-moon")."""
    key = fold(word.strip(".,;:\"“”‘’'()"))
    if not key or key in first_names(lang) or key in surnames(lang):
        return False
    words = common_words(lang)
    parts = [p for p in key.replace("–", "-").split("-") if p]
    if len(parts) > 1 and any(len(p) < 3 for p in parts):
        return False
    return bool(parts) and all(p in words for p in parts)


def all_common_words(name: str, lang: str) -> bool:
    """Is every word of ``name`` an everyday word, none of them a known name ("Useful
    Links", "Event Notices", "פגישה מדינית")? Such a phrase is not a person's name."""
    words = name.split()
    return bool(words) and all(is_common_word(w, lang) for w in words)
