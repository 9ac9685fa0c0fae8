"""English: what a string written like a name still cannot be — a place, a photo agency, a
site's or an organisation's name ("Bodh Gaya", "Getty Images", "Israel Cloud", "Guinea
Bissau"). Read by ``en.looks_like_name``; knowledge only (the gazetteer, the country
lexicon, the first-name and everyday-word lists), no strings of any release."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon as lx
from .names import is_common_word, is_first_name

CODE = "en"


@lru_cache(maxsize=1)
def _agency() -> re.Pattern[str]:
    from .en import AGENCIES

    return re.compile(rf"(?i)(?:{AGENCIES})")


def not_a_name(name: str) -> bool:
    """Is a capitalised phrase a place, a country, an agency or a thing rather than a person:
    a known place of two words or more whose first word is no first name ("Bodh Gaya"), a
    phrase that opens with a country of two words or more or is a country ("Guinea Bissau",
    "Equatorial Guinea Manuel ..."), a photo agency ("Getty Images"), or a country and an
    everyday word ("Israel Cloud")?"""
    from .. import gazetteer
    from ..tokens import country_length, tokenize

    toks = [t for t in tokenize(name) if t.word or t.text == "&"]
    if len(toks) == 1:  # "Guinea-Bissau"; "Israel" or "Chad" may be a first name
        return country_length(toks, 0) == 1 and not is_first_name(toks[0].bare, CODE)
    if not toks:
        return False
    if _agency().fullmatch(name.strip()):
        return True
    first, last = toks[0], toks[-1]
    if last.folded in lx.PLACE_ENDINGS and last.cap:
        return True  # "Himachal Pradesh", "Rashtrapati Bhavan": a division or a building
    known_first = is_first_name(first.bare, CODE)
    if not known_first and gazetteer.lookup(name) is not None:
        return True
    size = country_length(toks, 0)
    if size > 1 or size == len(toks):
        return True
    return size == 1 and is_common_word(last.bare, CODE) and not last.particle
