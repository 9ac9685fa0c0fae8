"""What may complete an English title after "of", "for", "to" or "in" when the words are
not in the title lexicon: a named institution closed by an organisation word ("Prime
Minister of the Hellenic Republic", "Coordinator for the Middle East Peace Process"), a
known city ("Mayor of Jerusalem", "Consul General in New York"), a house of an institution
("White House", "Downing Street").
"""

from __future__ import annotations

from . import lexicon as lx
from .tokens import Token

_MAX_NAMED = 4
# Two-word seats of government used as the owner of an office ("White House spokesman").
SEATS = frozenset({("white", "house"), ("downing", "street"), ("blue", "house")})
# Nouns that close an institution's name but are not organisation words elsewhere.
_INSTITUTION_ENDS = lx.words("process programme program initiative")
_MIN_CITY = 100_000  # a small town's name may be a first name or a surname


def seat_at(tokens: list[Token], i: int) -> bool:
    """Is token ``i`` the first word of a seat of government ("White House")?"""
    if i + 1 >= len(tokens) or not (tokens[i].cap and tokens[i + 1].cap):
        return False
    return (tokens[i].folded, tokens[i + 1].folded) in SEATS


def named_institution(tokens: list[Token], k: int) -> int:
    """End of a capitalised name closed by an organisation word at ``k`` ("Hellenic
    Republic", "Middle East Peace Process", "Jewish Federations"), or ``k``. Every word is
    capitalised and none possessive; the closing word is an organisation or programme noun."""
    j = k
    while j < len(tokens) and j - k < _MAX_NAMED:
        tok = tokens[j]
        if not (tok.word and tok.cap) or tok.possessive:
            return k
        if j > k and (tok.org or tok.folded in _INSTITUTION_ENDS):
            return j + 1
        if tok.office:
            return k
        j += 1
    return k


def city_at(tokens: list[Token], k: int, *, smallest: int = _MIN_CITY) -> int:
    """End of a known city at ``k`` ("Jerusalem", "New York"), or ``k``; a town under
    ``smallest`` is not taken, nor a small town's name that is also a first name ("Anna",
    "David")."""
    from . import gazetteer
    from .lang.names import is_first_name

    words: list[str] = []
    j = k
    while j < len(tokens) and j - k < 3 and tokens[j].cap and tokens[j].word:
        words.append(tokens[j].bare)
        j += 1
    if not words:
        return k
    size, place = gazetteer.longest_place(words, "en")
    if place is None or place.kind != "city" or place.population < smallest:
        return k
    if size == 1 and place.population < _MIN_CITY and is_first_name(words[0], "en"):
        return k  # "Anna", a town: a first name; "Berlin", a capital, is the city
    return k + size
