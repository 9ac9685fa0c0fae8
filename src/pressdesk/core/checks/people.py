"""Finding people's names in a caption: folded, whole words, any of their known names."""

from __future__ import annotations

from collections.abc import Iterable

from pressdesk.core.text_keys import fold

#: Names too short or too generic to be a person on their own.
_IGNORED = {"mr", "mrs", "ms", "dr", "prof", "he", "sir", "dame", "pm", "fm", "the"}


def text_key(text: str | None) -> str:
    """Caption or name folded for matching: case, diacritics and dots ignored, spaces single.

    ASCII text (most captions) takes a fast path with the same result as the full fold.
    """
    if not text:
        return ""
    if text.isascii():
        return " ".join(text.casefold().replace(".", "").split())
    return " ".join(fold(text).replace(".", "").split())


def name_keys(names: Iterable[str]) -> tuple[str, ...]:
    """Keys of a person's names worth looking for (longest first; no bare honorifics)."""
    keys = {text_key(n) for n in names}
    keys = {k for k in keys if len(k) >= 3 and k not in _IGNORED}
    return tuple(sorted(keys, key=len, reverse=True))


def mentions(caption_key: str, keys: Iterable[str]) -> bool:
    """True when one of ``keys`` occurs in ``caption_key`` as whole words."""
    for key in keys:
        if key not in caption_key:
            continue
        start = caption_key.find(key)
        while start >= 0:
            end = start + len(key)
            before = caption_key[start - 1] if start else " "
            after = caption_key[end] if end < len(caption_key) else " "
            if not before.isalnum() and not after.isalnum():
                return True
            start = caption_key.find(key, start + 1)
    return False
