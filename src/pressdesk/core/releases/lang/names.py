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
