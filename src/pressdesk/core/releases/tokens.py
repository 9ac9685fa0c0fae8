"""Word tokens for the people finder, with the word classes the title grammar needs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from . import lexicon as lx

_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}"  # H.E.  D.C.  U.S.
    r"|[^\W\d_]{1,4}\.-[^\W\d_]{1,4}\."  # Lt.-Gen.
    r"|[^\W\d_][\w’'\-]*"  # words, hyphenated words, possessives
    r"|\d+(?:[.,:/]\d+)*"
    r"|\S"
)
_DOTTED = lx.words("""mr mrs ms dr amb dep st prof lt gen col maj capt sgt adm gov sen rep hon jr sr mme rev
    brig cmdr cpt pres no vol jan feb mar apr jun jul aug sep sept oct nov dec mt ft""")
_QUOTES_OPEN = frozenset("“‘«„")
_QUOTES_CLOSE = frozenset("”’»")
_QUOTES_BOTH = frozenset("\"'")
_SENTENCE_END = frozenset(".!?")
CONNECTORS = frozenset(["of", "the", "to", "for", "and", "&", "on", "at"])
_PARTICLE_HYPHEN = re.compile(
    r"(?:al|el|ad|ar|as|at|an|ash|ibn|bin|ben|bar|abu|abd)-[^\W\d_]", re.I
)
_POSSESSIVE = ("’s", "'s", "’S", "'S")


@dataclass
class Token:
    """One token of a sentence: its text, its position in the paragraph, and quote context."""

    text: str
    start: int
    end: int
    in_quote: bool = False

    @cached_property
    def word(self) -> bool:
        return self.text[0].isalpha()

    @cached_property
    def bare(self) -> str:
        """The word without a possessive ending ("Peres’" -> "Peres")."""
        t = self.text
        if t.endswith(_POSSESSIVE):
            return t[:-2]
        if t.endswith(("’", "'")) and len(t) > 2:
            return t[:-1]
        return t.rstrip("-")

    @cached_property
    def possessive(self) -> bool:
        return self.bare != self.text.rstrip("-")

    @cached_property
    def folded(self) -> str:
        return self.bare.casefold()

    @cached_property
    def cap(self) -> bool:
        return self.word and self.text[0].isupper()

    @cached_property
    def acronym(self) -> bool:
        letters = self.bare.replace(".", "")
        return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()

    def _parts(self) -> list[str]:
        return [p for p in re.split(r"[-–]", self.folded) if p]

    @cached_property
    def office(self) -> bool:
        f = self.folded
        return f in lx.OFFICES or (
            "-" in f and any(p in lx.OFFICES for p in self._parts()) and not self.possessive
        )

    @cached_property
    def rank(self) -> bool:
        return self.folded in lx.RANKS

    @cached_property
    def modifier(self) -> bool:
        f = self.folded
        return f in lx.MODIFIERS or ("-" in f and all(p in lx.MODIFIERS for p in self._parts()))

    @cached_property
    def portfolio(self) -> bool:
        return self.folded in lx.PORTFOLIOS

    @cached_property
    def org(self) -> bool:
        return self.cap and self.folded in lx.ORGS

    @cached_property
    def demonym(self) -> bool:
        f = self.folded
        return self.cap and (
            f in lx.DEMONYMS or ("-" in f and all(p in lx.DEMONYMS for p in self._parts()))
        )

    @cached_property
    def particle(self) -> bool:
        """A lower-case name particle ("van", "al-Gheit")."""
        return self.word and (
            self.text in lx.NAME_PARTICLES or bool(_PARTICLE_HYPHEN.match(self.text))
        )

    @cached_property
    def name_word(self) -> bool:
        """Could this word be part of a personal name?"""
        if not self.cap or (self.acronym and self.folded not in lx.ROMAN_NUMERALS):
            return False
        if len(self.bare) == 2 and self.bare.endswith(".") and self.bare[0].isupper():
            return True  # an initial, "E."
        f = self.folded
        if "." in f:
            return False
        return not (
            f in lx.OFFICES
            or f in lx.MODIFIERS
            or f in lx.PORTFOLIOS
            or f in lx.ORGS
            or f in lx.THINGS
            or f in lx.STOPWORDS
            or f in lx.DEMONYMS
            or f in lx.WEEKDAYS
            or f in lx.MONTHS
            or self.office
            or self.demonym
        )


def tokenize(paragraph: str) -> list[Token]:
    """Tokens of a paragraph; abbreviations such as "Mr." and initials keep their dot."""
    raw = [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(paragraph)]
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
    for i, tok in enumerate(out):
        t = tok.text
        if t in _QUOTES_OPEN:
            in_quote = True
        elif t in _QUOTES_CLOSE:
            in_quote = False
        elif t in _QUOTES_BOTH:
            nxt = out[i + 1] if i + 1 < len(out) else None
            opening = (
                nxt is not None and nxt.start == tok.end and (i == 0 or out[i - 1].end < tok.start)
            )
            in_quote = opening if t == "'" else not in_quote
        tok.in_quote = in_quote
    return out


def sentences(tokens: list[Token]) -> list[list[Token]]:
    """Split a paragraph's tokens into sentences at . ! ? and ;."""
    out: list[list[Token]] = []
    current: list[Token] = []
    for tok in tokens:
        current.append(tok)
        if tok.text in _SENTENCE_END or tok.text == ";":
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
    for size in (4, 3, 2, 1):
        if i + size > len(tokens):
            continue
        words = tokens[i : i + size]
        if not words[0].cap or not all(w.word or w.text == "&" for w in words):
            continue
        key = tuple(w.folded for w in words)
        if key in lx.COUNTRIES or key in lx.REGIONS:
            return size
    return 0
