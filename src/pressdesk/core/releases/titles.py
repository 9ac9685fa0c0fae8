"""Where an English title begins and ends around a name: a title after the name set off by
commas ("Lutz Kipp, the president of the University of Kiel"), a rank after an office and a
comma ("Chief of Staff, Lt.-Gen. X"), and a style between the office and the name ("Speaker
of the Bundestag Prof. X", "Saudi Foreign Minister Prince X") that belongs to the name.
"""

from __future__ import annotations

from . import lexicon as lx
from .grammar import chain_end, person_after, retired_mark, title_text
from .role_cues import AGENTS
from .tokens import Token

# Words after an office that style the person rather than name an office of theirs.
STYLES = lx.words("prof. prince princess")
# Ranks that may follow an office and a comma ("Chief of Staff, General X").
_RANK_WORDS = lx.RANKS | {"general"}
# Modifiers that always wait for their office: a line ending in one was wrapped.
_OPEN_MODIFIERS = lx.words("prime deputy vice acting foreign")
_APPOSITIVE_STOP = frozenset({",", ";", ".", "(", ")", "!", "?", ":"})
_MAX_APPOSITIVE = 25
# Lower-case words that open a clause or an escort after a title set off by a comma.
_CLAUSE_WORDS = lx.words("together along accompanied who which whose while when where during with")
_MAX_POSSESSOR = 4
_AGENT_LINKS = frozenset({"to", "of", "for"})


def _agent_end(toks: list[Token], start: int, end: int) -> int:
    """After the last "adviser to", "envoy of", "spokesman for" inside ``toks[start:end]``
    that an office follows without an article: where the principal's own title begins
    ("adviser to Secretary of State X": X is the Secretary of State; "Special Envoy of the
    Secretary-General X" stays one title, X the envoy); ``start`` when there is none."""
    for j in range(end - 3, start - 1, -1):
        if (
            toks[j].folded in AGENTS
            and toks[j + 1].folded in _AGENT_LINKS
            and toks[j + 2].cap
            and any(t.office for t in toks[j + 2 : end])
        ):
            return j + 2
    return start


def _possessor_end(toks: list[Token], start: int) -> int:
    """ "Israel's Ambassador ...", "President Trump's special representative ...": the end of
    a possessive owner at ``start`` (capitalised words ending in 's), or ``start``."""
    j = start
    while j < len(toks) and j - start < _MAX_POSSESSOR and toks[j].word and toks[j].cap:
        if toks[j].possessive:
            return j + 1
        j += 1
    return start


def _lowercase_other(tok: Token) -> bool:
    """A lower-case word outside the title's vocabulary ("and dozens of ...")."""
    return (
        tok.word
        and not tok.cap
        and not (tok.office or tok.modifier or tok.portfolio or tok.rank or tok.demonym)
    )


def _other_phrase(toks: list[Token], j: int) -> bool:
    """Does a lower-case phrase of other words start at ``j`` (after "and", "the" aside)?"""
    if j < len(toks) and toks[j].folded == "the":
        j += 1
    return j < len(toks) and _lowercase_other(toks[j])


def appositive(paragraph: str, toks: list[Token], end: int) -> tuple[str | None, int]:
    """A title after the name at ``end``, set off by a comma: (title, token after it).

    Leading articles and a possessive owner are left out ("X, Israel's Ambassador to the
    UN" -> "Ambassador to the UN"); the title runs to the next comma or stop, but not past
    "and" opening a lower-case phrase of other words ("president of Hadassah and dozens of
    other leaders") nor a word opening a clause or an escort ("together with his wife"); an acronym in brackets right after it is kept ("League (ADL)").
    """
    if end >= len(toks) or toks[end].text != ",":
        return None, end
    start = end + 1
    while start < len(toks) and toks[start].folded in lx.TITLE_DROP:
        start += 1
    start = _possessor_end(toks, start)
    stop = chain_end(toks, start)
    agent = _agent_end(toks, start, stop) > start  # "X, adviser to Secretary of State Y,"
    if stop == start or (person_after(toks, stop)[1] > stop and not agent):
        return None, end
    n = len(toks)
    while stop < n and toks[stop].text not in _APPOSITIVE_STOP:
        if toks[stop].folded == "and" and _other_phrase(toks, stop + 1):
            break
        if toks[stop].folded in _CLAUSE_WORDS and not toks[stop].cap:
            break  # "President of X together with his wife, ...": the title ends there
        stop += 1
        if stop - start > _MAX_APPOSITIVE:
            return None, end
    last = stop
    bracket = stop + 2 < n and toks[stop].text == "(" and toks[stop + 2].text == ")"
    if bracket and toks[stop + 1].acronym:
        last = stop + 3
    return title_text(paragraph, toks[start:last]), last


def without_styles(toks: list[Token]) -> list[Token]:
    """A title's words without a style closing it when an office comes before the style
    ("Speaker of the Bundestag Prof." -> "Speaker of the Bundestag"); a style alone
    ("Prince Philippe") is the title."""
    j = len(toks)
    while j > 1 and toks[j - 1].folded in STYLES and toks[j - 2].folded != "crown":
        j -= 1
    if j < len(toks) and any(t.office for t in toks[:j]):
        return toks[:j]
    return toks


def rank_after_comma(toks: list[Token], k: int) -> tuple[int, int, int]:
    """ "Chief of staff, General Benjamin Gantz": ranks at ``k`` (after an office and a
    comma) then a name: (rank end, name start, name end), or (k, k, k)."""
    j = k
    while j < len(toks) and (toks[j].folded in _RANK_WORDS or (j > k and retired_mark(toks, j))):
        j += retired_mark(toks, j) or 1
    if j == k:
        return k, k, k
    h, stop = person_after(toks, j)
    return (j, h, stop) if stop > h else (k, k, k)


def owner_before_office(toks: list[Token], i: int) -> bool:
    """ "with Google CEO Sundar Pichai", "and Schleswig-Holstein Minister-President X": a
    capitalised word the lexicon does not know, after a lower-case word, right before an
    office, names what the office belongs to (a company, a region, a party) and is part of
    the title. A known first name is not ("met Kerry Secretary ..." is left alone)."""
    from .lang.names import is_first_name

    if i == 0 or i + 1 >= len(toks):
        return False
    tok, prev, nxt = toks[i], toks[i - 1], toks[i + 1]
    if tok.possessive or not (tok.name_word and prev.word and not prev.cap):
        return False
    if not (nxt.office or nxt.modifier):
        return False
    return not is_first_name(tok.bare, "en")


def cut_title(line: str, following: str) -> bool:
    """Does a title run from the end of ``line`` onto ``following`` ("... met with the PNG
    Prime" / "Minister Peter O'Neill")? The line ends in a word that qualifies an office
    and cannot end a phrase (Prime, Deputy, Vice, ...), the next line opens with an office."""
    last = line.rstrip().rsplit(None, 1)[-1:] or [""]
    first = following.lstrip().split(None, 1)[:1] or [""]
    word = last[0].casefold()
    if not last[0][:1].isupper() or word not in _OPEN_MODIFIERS:
        return False
    return first[0][:1].isupper() and first[0].casefold().strip(",.") in lx.OFFICES


def title_before(paragraph: str, toks: list[Token], i: int, end: int) -> str | None:
    """The title text of the chain ``toks[i:end]`` standing before a name; an agent's
    office before it is another person's ("adviser to Secretary of State X" -> "Secretary
    of State")."""
    return title_text(paragraph, without_styles(toks[_agent_end(toks, i, end) : end]))


__all__ = [
    "STYLES",
    "appositive",
    "cut_title",
    "owner_before_office",
    "rank_after_comma",
    "title_before",
    "without_styles",
]
