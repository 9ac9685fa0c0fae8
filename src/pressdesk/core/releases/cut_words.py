"""An excerpt stops mid-word ("... and his spouse Dr Reb", "На следующий день Ат"): the last
word of a text that ends with no punctuation may be a word cut short, and no name is read
from it."""

from __future__ import annotations

import re

from .lang.names import is_first_name, is_surname

_LAST_WORD = re.compile(r"([^\W\d_][\w'’-]*)\s*$")


def without_cut_word(body: list[str], text: str, language: str) -> list[str]:
    """``body`` without its last word when ``text`` (the whole release) ends with that word
    and no punctuation, unless the text writes the word elsewhere or it is a known name."""
    if not body:
        return body
    m = _LAST_WORD.search(body[-1])
    if m is None or not text.rstrip().endswith(body[-1].rstrip()):
        return body
    word = m.group(1)
    earlier = "\n".join([*body[:-1], body[-1][: m.start(1)]])
    if is_first_name(word, language) or is_surname(word, language):
        return body
    if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", earlier):
        return body
    return [*body[:-1], body[-1][: m.start(1)].rstrip()]
