"""The small grammar of titles and names: "Deputy Prime Minister and Minister of Foreign
Affairs", "H.E. Mr.", "Abu al-Gheit", "Thomas E. Donilon", "Abdullah II", "Jacob “Jack” Lew".
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .complements import city_at, named_institution, seat_at
from .text import collapse_spaces
from .tokens import CONNECTORS, Token, country_length

MAX_CHAIN = 24
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_NICK_OPEN = frozenset("“\"‘'")
_NICK_CLOSE = frozenset("”\"’'")
_HONORIFIC_FIRST = frozenset(p[0] for p in lx.HONORIFIC_PHRASES)
_COMPASS = lx.words("north south east west")  # "South African", "North Korean"


def _kind(tokens: list[Token], i: int) -> str | None:
    tok = tokens[i]
    if not tok.word and tok.text != "&":
        return None
    if tok.folded in CONNECTORS:
        return "conn"
    if tok.possessive:
        return None
    if tok.office:
        return "office"
    if tok.rank:
        return "rank"
    if country_length(tokens, i) or _city_before_office(tokens, i):
        return "country"
    if tok.modifier or tok.portfolio or tok.org or tok.demonym or tok.acronym:
        return "other"
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if (
        tok.cap
        and nxt is not None
        and nxt.demonym
        and (tok.folded in _COMPASS or _country_adjective(tok, nxt))
    ):
        return "other"  # "North Korean", "Sri Lankan", "Costa Rican"
    if tok.cap and tok.folded in lx.THINGS and nxt is not None and nxt.office and i > 0:
        # "Sports and Special Events Minister": a portfolio of title-case things
        return "other" if _kind(tokens, i - 1) in ("other", "conn") else None
    return None


def _country_adjective(tok: Token, nxt: Token) -> bool:
    """Is ``tok nxt`` the adjective of a country of two words ("Sri Lankan" of "Sri Lanka",
    "Costa Rican" of "Costa Rica")?"""
    return any(
        len(key) == 2 and key[0] == tok.folded and nxt.folded[:4] == key[1][:4]
        for key in lx.COUNTRIES
    )


def _city_before_office(tokens: list[Token], i: int) -> bool:
    """ "Berlin Mayor", "Sderot Mayor": a known city (of any size, but not a first name:
    "Anna Secretary General") before an office is part of the title."""
    return i + 1 < len(tokens) and tokens[i + 1].office and city_at(tokens, i, smallest=0) == i + 1


def chain_end(tokens: list[Token], i: int) -> int:
    """End (exclusive) of a title starting at ``i``, or ``i`` when none starts there.

    A title is a run of office words, ranks, modifiers, portfolios, nationalities, countries
    and organisations joined by "of", "the", "to", "for", "and", "at"; it must hold an office.
    """
    n = len(tokens)
    j = i
    prev: str | None = None
    has_office = False
    last_good = i
    linked = False  # a connector seen: the words now complete the office
    while j < n and j - i < MAX_CHAIN:
        if seat_at(tokens, j) and prev != "office":  # "White House spokesman"
            j = last_good = j + 2
            prev = "other"
            continue
        if prev == "rank" and (size := retired_mark(tokens, j)):
            j = last_good = j + size  # "Interior Minister Brig (R) X": the rank's mark
            continue
        if prev is not None and _bracketed_acronym(tokens, j):
            j += 3  # "European Commission (EC) President": the body's acronym, in the title
            continue
        kind = _kind(tokens, j)
        if kind is None:
            ext = _complement_at(tokens, j, prev, has_office, linked)
            if ext > j:
                j = last_good = ext
                prev = "other"
                continue
            break
        if kind == "conn":
            word = tokens[j].folded
            nxt = j + 1
            if prev is None or (word == "and" and nxt < n and tokens[nxt].folded == "the"):
                break
            if word != "the" and nxt < n and tokens[nxt].folded == "the":
                nxt += 1
            city = city_at(tokens, nxt) if nxt < n and word in ("of", "to") else nxt
            if city > nxt or (
                nxt < n and word in ("of", "to", "for") and _kind(tokens, nxt) is None
            ):
                ext = max(city, named_institution(tokens, nxt))
                if ext > nxt:  # "Prime Minister of the Hellenic Republic", "Mayor of Jerusalem"
                    j = last_good = ext
                    prev, linked = "other", True
                    continue
                place = _place_before_comma(tokens, nxt) if word != "for" else 0
                if place:
                    last_good = j = place
                break
            if nxt >= n or _kind(tokens, nxt) == "conn":
                break
            if word == "and" and _kind(tokens, nxt) == "country":
                break
            prev, linked = "conn", True
            j += 1
            continue
        if prev in ("office", "rank") and kind not in ("office", "rank"):
            break
        j += max(1, country_length(tokens, j)) if kind == "country" else 1
        has_office = has_office or kind == "office"
        prev = kind
        last_good = j
    return last_good if has_office else i


def retired_mark(tokens: list[Token], j: int) -> int:
    """How many tokens a retired officer's mark takes at ``j`` ("(R)", "(Retd)", "(Retd.)")."""
    if j + 2 >= len(tokens) or tokens[j].text != "(" or tokens[j + 1].folded not in lx.RETIRED:
        return 0
    k = j + 2 + (tokens[j + 2].text == ".")
    return k + 1 - j if k < len(tokens) and tokens[k].text == ")" else 0


def _bracketed_acronym(tokens: list[Token], j: int) -> bool:
    """An acronym in brackets inside a title, a title word after it ("(EC) President",
    "Minister of State (MoS) for External Affairs")."""
    if j + 3 >= len(tokens) or tokens[j].text != "(" or tokens[j + 2].text != ")":
        return False
    inner, nxt = tokens[j + 1], tokens[j + 3]
    short = inner.acronym or (inner.word and inner.bare[:1].isupper() and len(inner.bare) <= 4)
    return short and (_kind(tokens, j + 3) is not None or nxt.office)


def _complement_at(
    tokens: list[Token], j: int, prev: str | None, office: bool, linked: bool
) -> int:
    """End of words outside the lexicon that still complete the title at ``j``: "in" and a
    known city or country after an office ("Consul General of Israel in New York"), or the
    rest of an institution's name after a connector ("for the Middle East Peace Process")."""
    tok = tokens[j]
    if tok.folded == "in" and office and prev is not None and j + 1 < len(tokens):
        size = country_length(tokens, j + 1)
        return j + 1 + size if size else max(city_at(tokens, j + 1), j)
    if linked and prev in ("other", "country"):
        return named_institution(tokens, j)
    return j


def _place_before_comma(tokens: list[Token], k: int) -> int:
    """ "Mayor of Oslo, Kari Nordmann": an unknown place ending a title just before a comma."""
    end = k
    while end < len(tokens) and end - k < 3 and tokens[end].name_word:
        end += 1
    return end if end > k and end < len(tokens) and tokens[end].text == "," else 0


def skip_honorifics(tokens: list[Token], k: int) -> int:
    """Skip "Mr.", "H.E. Mr.", "His Excellency" from ``k``; "Sheikh" stays before a name of
    one word ("Sheikh Hasina"), and "Don" is one only before a first name ("Don Felipe")."""
    n = len(tokens)
    while k < n:
        folded = tokens[k].folded
        if folded in lx.NAME_HONORIFICS and _one_word_name(tokens, k + 1):
            return k
        if folded in lx.HONORIFICS or (
            folded in lx.FIRST_NAME_HONORIFICS and _first_name_at(tokens, k + 1)
        ):
            k += 1
            continue
        if tokens[k].folded not in _HONORIFIC_FIRST:
            return k
        for phrase in lx.HONORIFIC_PHRASES:
            size = len(phrase)
            if tuple(t.folded for t in tokens[k : k + size]) == phrase:
                k += size
                break
        else:
            return k
    return k


def _one_word_name(tokens: list[Token], k: int) -> bool:
    h = skip_honorifics(tokens, k)
    return name_end(tokens, h) == h + 1


def _first_name_at(tokens: list[Token], k: int) -> bool:
    from .lang.names import is_first_name

    return k < len(tokens) and tokens[k].name_word and is_first_name(tokens[k].bare, "en")


def _nickname(tokens: list[Token], j: int) -> int:
    """How many tokens a nickname inside a name takes at ``j`` (0 for none): “Jack” or
    (Benny) between two name words; a closing quote may be glued to the word (‘Bougie’)."""
    n = len(tokens)
    glued = j + 2 < n and tokens[j].text in _NICK_OPEN and tokens[j + 1].text[-1:] in _NICK_CLOSE
    if glued and tokens[j + 1].cap and len(tokens[j + 1].bare) > 1 and tokens[j + 2].name_word:
        return 2
    opener = tokens[j].text if j < n else ""
    closers = _NICK_CLOSE if opener in _NICK_OPEN else {")"} if opener == "(" else set()
    if (
        closers
        and j + 3 < n
        and tokens[j + 1].name_word
        and tokens[j + 2].text in closers
        and tokens[j + 3].name_word
    ):
        return 3
    return 0


def name_end(tokens: list[Token], k: int) -> int:
    """End (exclusive) of a personal name starting at ``k``, or ``k`` when there is none."""
    n = len(tokens)
    j = k
    while j < n and sum(not t.particle for t in tokens[k:j]) < 6:  # "bin", "al-" aside
        tok = tokens[j]
        if j > k and _city_before_date(tokens, j):
            break  # "PM Netanyahu Rome June 27 2016": a caption's place and date
        if tok.name_word or (
            j > k and tok.cap and tok.folded in lx.MONTHS and not _number_next(tokens, j)
        ):
            size = country_length(tokens, j)
            if size > 1 or (size == 1 and not (j + 1 < n and tokens[j + 1].name_word)):
                break
            j += 1
            if tok.possessive or (j > k + 1 and _roman(tok)):
                break
            continue
        if tok.particle and (tok.text.count("-") or _name_follows(tokens, j + 1)):
            j += 1
            if tok.possessive:
                break
            continue
        if j > k and _INITIALS.fullmatch(tok.text) and j + 1 < n and tokens[j + 1].name_word:
            j += 1  # "Ayadah M.A. Alsaidi": initials run together inside a name
            continue
        if j > k and (size := _nickname(tokens, j)):
            j += size
            continue
        break
    while j > k and (tokens[j - 1].particle and "-" not in tokens[j - 1].text):
        j -= 1
    words = tokens[k:j]
    if not any(len(t.bare) > 2 or (len(t.bare) == 2 and t.bare[1] != ".") for t in words):
        return k
    if words and _roman(words[0]):
        return k
    return j


def _roman(tok: Token) -> bool:
    """A monarch's number ("Abdullah II", "Felipe VI"): in capitals; "Xi" is a name."""
    return tok.folded in lx.ROMAN_NUMERALS and tok.bare.isupper()


def _city_before_date(tokens: list[Token], j: int) -> bool:
    """A known city followed by a month or a number ends a name ("Netanyahu Rome June 27")."""
    from .gazetteer import is_city

    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    dated = nxt is not None and (nxt.folded in lx.MONTHS or nxt.text[:1].isdigit())
    return dated and tokens[j].cap and is_city(tokens[j].bare)


def _name_follows(tokens: list[Token], j: int) -> bool:
    while j < len(tokens) and tokens[j].particle and "-" not in tokens[j].text:
        j += 1
    return j < len(tokens) and tokens[j].name_word


def _number_next(tokens: list[Token], j: int) -> bool:
    return j + 1 < len(tokens) and tokens[j + 1].text[:1].isdigit()


def person_after(tokens: list[Token], k: int) -> tuple[int, int]:
    """(name start, name end) of a person named at ``k`` (after honorifics), or (k, k)."""
    h = skip_honorifics(tokens, k)
    end = name_end(tokens, h)
    if end == h:
        return k, k
    nxt = tokens[end] if end < len(tokens) else None
    if nxt is not None and nxt.cap and (nxt.org or nxt.folded in lx.THINGS):
        return k, k
    if nxt is not None and nxt.cap and nxt.portfolio and end - h == 1 and _everyday(tokens[h]):
        return k, k  # "Director General Inter Services Intelligence": an organisation's name
    return h, end


def _everyday(tok: Token) -> bool:
    from .lang.names import is_common_word

    return is_common_word(tok.bare, "en")


def name_text(paragraph: str, tokens: list[Token]) -> str:
    """The name as written (possessive ending dropped, spacing collapsed)."""
    if not tokens:
        return ""
    last = tokens[-1]
    return collapse_spaces(paragraph[tokens[0].start : last.start + len(last.bare)])


def name_words(tokens: list[Token]) -> tuple[str, ...]:
    """Folded words of a name, without the quotes around a nickname."""
    return tuple(t.folded for t in tokens if t.word)


def title_text(paragraph: str, tokens: list[Token]) -> str | None:
    """A title as written, without a leading article, possessive or "new"."""
    while tokens and (tokens[0].folded in lx.TITLE_DROP or tokens[0].folded in CONNECTORS):
        tokens = tokens[1:]
    while tokens and tokens[-1].folded in CONNECTORS:
        tokens = tokens[:-1]
    if not tokens:
        return None
    return collapse_spaces(paragraph[tokens[0].start : tokens[-1].end])
