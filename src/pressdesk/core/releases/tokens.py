"""Word tokens for the people finder, with the word classes the title grammar needs."""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon as lx

_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}"  # H.E.  D.C.  U.S.
    r"|[^\W\d_]{1,4}\.-[^\W\d_]{1,4}\."  # Lt.-Gen.
    r"|[^\W\d_][\w’'\-]*"  # words, hyphenated words, possessives
    r"|\d+(?:[.,:/]\d+)*"
    r"|\S"
)
_DOTTED = lx.words("""mr mrs ms dr amb dep st prof lt gen col maj capt sgt adm gov sen rep hon jr sr mme rev
    brig cmdr cpt pres no vol jan feb mar apr jun jul aug sep sept oct nov dec mt ft md mohd retd rtd
    muhd""")
_QUOTES_OPEN = frozenset("“‘«„")
_QUOTES_CLOSE = frozenset("”’»")
_QUOTES_BOTH = frozenset("\"'")
_SENTENCE_END = frozenset(".!?")
CONNECTORS = frozenset(["of", "the", "to", "for", "and", "&", "on", "at"])
_PARTICLE_HYPHEN = re.compile(
    r"(?:al|el|ad|ar|as|at|an|ash|ibn|bin|ben|bar|abu|abd)-[^\W\d_]", re.I
)
_POSSESSIVE = ("’s", "'s", "’S", "'S")
# A lower-case letter then a capital inside a word: "McDonald" has one, a row of menu words
# run together ("RediffmailMoneyBusiness") more.
_GLUED_WORDS = re.compile(r"[a-z][A-Z]")


_NOT_NAME = (
    lx.OFFICES
    | lx.MODIFIERS
    | lx.PORTFOLIOS
    | lx.ORGS
    | lx.THINGS
    | lx.STOPWORDS
    | lx.DEMONYMS
    | lx.WEEKDAYS
    | lx.HEADLINE_VERBS
    | lx.CALENDAR
    | lx.POSTPOSED
    | frozenset(lx.MONTHS)
    | (lx.RANKS - {"major"})  # "Admiral Eva Strand"; "Major" is also a surname
)


def _parts(folded: str) -> list[str]:
    return [p for p in re.split(r"[-–]", folded) if p]


class Token:
    """One token of a sentence: its text, its position in the paragraph, its word classes
    (office, modifier, nationality, ...) and whether it sits inside a quotation."""

    __slots__ = (
        "acronym",
        "bare",
        "cap",
        "demonym",
        "end",
        "folded",
        "in_quote",
        "modifier",
        "name_word",
        "office",
        "org",
        "particle",
        "portfolio",
        "possessive",
        "rank",
        "start",
        "text",
        "word",
    )

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.in_quote = False
        self.word = text[0].isalpha()
        if not self.word:
            self.bare = self.folded = text
            self.possessive = self.cap = self.acronym = self.office = self.rank = False
            self.modifier = self.portfolio = self.org = self.demonym = False
            self.particle = self.name_word = False
            return
        bare = text.rstrip("-")
        if text.endswith(_POSSESSIVE):
            bare = text[:-2]
        elif text.endswith(("’", "'")) and len(text) > 2:
            bare = text[:-1]
        self.bare = bare
        self.possessive = bare != text.rstrip("-")
        f = self.folded = bare.casefold()
        self.cap = self.word and text[0].isupper()
        letters = bare.replace(".", "")
        self.acronym = 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()
        parts = _parts(f) if "-" in f or "–" in f else []
        self.office = (
            f in lx.OFFICES
            or (bool(parts) and any(p in lx.OFFICES for p in parts) and not self.possessive)
            or (self.cap and clipped_office(f))
        )
        self.rank = f in lx.RANKS or f in lx.POSTPOSED  # "Ambassador Extraordinary"
        self.modifier = f in lx.MODIFIERS or (bool(parts) and all(p in lx.MODIFIERS for p in parts))
        self.portfolio = f in lx.PORTFOLIOS
        self.org = self.cap and f in lx.ORGS
        self.demonym = self.cap and (
            is_demonym(f) or (bool(parts) and all(is_demonym(p) for p in parts))
        )
        self.particle = self.word and (
            text in lx.NAME_PARTICLES or bool(_PARTICLE_HYPHEN.match(text))
        )
        self.name_word = self._could_be_name()

    def _could_be_name(self) -> bool:
        if not self.cap or (self.acronym and self.folded not in lx.ROMAN_NUMERALS):
            return False
        bare = self.bare
        if len(bare) == 2 and bare.endswith(".") and bare[0].isupper():
            return True  # an initial, "E."
        f = self.folded
        if f in lx.NAME_ABBREVIATIONS:
            return True  # "Md. Joynal Abedin": an abbreviated first name
        if "." in f or f in _NOT_NAME or self.office or self.demonym:
            return False
        if any(len(_GLUED_WORDS.findall(part)) > 1 for part in bare.split("-")):
            return False  # "RediffmailMoneyBusiness": a menu's words run together
        return not plural_of(f, lx.OFFICES | lx.ORGS)

    def __repr__(self) -> str:
        return f"Token({self.text!r})"


_DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i", "ans", "ians", "is")


@lru_cache(maxsize=4096)
def is_demonym(folded: str) -> bool:
    """A nationality word: a known one, its plural ("Gambians", "Israelis"), or a country's
    last word with a demonym ending ("Lankan" of Sri Lanka, "Bissauan")."""
    if folded in lx.DEMONYMS or (folded.endswith("s") and folded[:-1] in lx.DEMONYMS):
        return True
    stems = _country_last_words()
    return any(
        folded.endswith(end) and folded[: -len(end)] in stems
        for end in _DEMONYM_ENDINGS
        if len(folded) > len(end) + 3
    )


@lru_cache(maxsize=1)
def _country_last_words() -> frozenset[str]:
    """The last word of each country's name that is no generic noun ("lanka", "bissau"; not
    "republic" or "islands")."""
    last = {p[-1].split("-")[-1] for p in lx.COUNTRIES}
    return frozenset(w for w in last if len(w) >= 4 and w.isalpha() and w not in lx.GEO_NOUNS)


@lru_cache(maxsize=4096)
def plural_of(folded: str, nouns: frozenset[str]) -> bool:
    """The plural of an office or organisation noun that is an everyday word ("Governors",
    "Federations"): a group, never a name word. A word that is also a known name
    ("Banks") stays one."""
    from .lang.names import is_common_word

    if len(folded) < 4 or not folded.endswith("s"):
        return False
    stems = {folded[:-1], folded[:-2] if folded.endswith("es") else ""}
    if folded.endswith("ies"):
        stems.add(folded[:-3] + "y")
    return bool(stems & nouns) and is_common_word(folded, "en")


@lru_cache(maxsize=4096)
def clipped_office(folded: str) -> bool:
    """An office word with its last letters lost ("Preside Mukherjee" for "President"): five
    letters or more, at most three missing, and no word or name of its own."""
    from .lang.names import is_common_word, is_first_name

    if len(folded) < 5 or not folded.isalpha():
        return False
    if not any(o.startswith(folded) and 0 < len(o) - len(folded) <= 3 for o in lx.OFFICES):
        return False
    return not is_common_word(folded, "en") and not is_first_name(folded, "en")


def _split_lost_space(m: re.Match[str]) -> list[Token]:
    """ "Ministers-Saryu Rai": a hyphen between an office word and a capitalised word outside
    the lexicon is a dash that lost its spaces: the office, then the name."""
    text, start = m.group(), m.start()
    head, dash, tail = text.partition("-")
    if not dash or "-" in tail or not tail[:1].isupper() or not head[:1].isalpha():
        return [Token(text, start, m.end())]
    office = head.casefold()
    if office not in lx.OFFICES and not (office.endswith("s") and office[:-1] in lx.OFFICES):
        return [Token(text, start, m.end())]
    rest = Token(tail, start + len(head) + 1, m.end())
    if not rest.name_word:
        return [Token(text, start, m.end())]
    return [Token(head, start, start + len(head)), rest]


def tokenize(paragraph: str) -> list[Token]:
    """Tokens of a paragraph; abbreviations such as "Mr." and initials keep their dot."""
    return list(_tokenize(paragraph))


@lru_cache(maxsize=8)
def _tokenize(paragraph: str) -> tuple[Token, ...]:
    raw = [t for m in _TOKEN.finditer(paragraph) for t in _split_lost_space(m)]
    out: list[Token] = []
    for tok in raw:
        prev = out[-1] if out else None
        if (
            tok.text == "."
            and prev is not None
            and prev.end == tok.start
            and prev.word
            and (prev.text.casefold() in _DOTTED or (len(prev.text) == 1 and prev.text.isupper()))
        ):
            out[-1] = Token(prev.text + ".", prev.start, tok.end)
            continue
        out.append(tok)
    in_quote = False
    opener = ""
    for i, tok in enumerate(out):
        t = tok.text
        if t in _QUOTES_OPEN:
            in_quote, opener = True, t
        elif in_quote and opener == "‘" and tok.word and t.endswith("’"):
            tok.in_quote = True  # ‘Lenny’: the closing quote is glued to the word
            in_quote = False
            continue
        elif t in _QUOTES_CLOSE:
            in_quote = False
        elif t in _QUOTES_BOTH:
            nxt = out[i + 1] if i + 1 < len(out) else None
            opening = (
                nxt is not None and nxt.start == tok.end and (i == 0 or out[i - 1].end < tok.start)
            )
            in_quote = opening if t == "'" else not in_quote
        tok.in_quote = in_quote
    return tuple(out)


def sentences(tokens: list[Token]) -> list[list[Token]]:
    """Split a paragraph's tokens into sentences at . ! ? and ;."""
    out: list[list[Token]] = []
    current: list[Token] = []
    for tok in tokens:
        current.append(tok)
        if tok.text in _SENTENCE_END:  # a ";" separates items of a list, not sentences
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


_PLACE_FIRST = frozenset(p[0] for p in lx.COUNTRIES | lx.REGIONS)


def country_length(tokens: list[Token], i: int) -> int:
    """How many tokens from ``i`` spell a country or region name (0 if none)."""
    if not tokens[i].cap or tokens[i].folded not in _PLACE_FIRST:
        return 0
    for size in (5, 4, 3, 2, 1):
        if i + size > len(tokens):
            continue
        words = tokens[i : i + size]
        if not words[0].cap or not all(w.word or w.text == "&" for w in words):
            continue
        key = tuple(w.folded for w in words)
        if key in lx.COUNTRIES or key in lx.REGIONS:
            return size
    return 0
