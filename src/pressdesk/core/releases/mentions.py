"""Finding mentions of people in a sentence: "Russian Foreign Minister Sergey Lavrov",
"the President of Rwanda, Paul Kagame", "Pierre Vimont, Secretary-General of ...".
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from . import lexicon as lx
from .text import collapse_spaces
from .tokens import CONNECTORS, Token, country_length, sentences, tokenize

TRIGGERS = lx.words("""with met meet meets meeting meetings welcomed welcome welcomes welcoming received
    receive receives receiving hosted hosts host hosting joined joins accompanied presence
    participating participated participate participants attended attend attends attending
    including alongside spoke speak speaks talked talks telephoned called visited""")
NEGATIVES = lx.words("""birth born death died dies killed murdered assassinated memory late previous founder
    founded anniversary legacy tribute commemorate commemorating commemoration book books
    novel wrote written""")
_DETERMINERS = lx.words("the a an his her their its our this that these those")
_PLACE_PREPOSITIONS = lx.words("in at to from near into across toward towards via")
_OPEN_QUOTES = frozenset("“‘\"'«")
_MAX_CHAIN = 24


@dataclass(frozen=True)
class Mention:
    """One mention of a person in one sentence."""

    name: str
    words: tuple[str, ...]  # folded name words (particles and initials included)
    title: str | None
    source: str  # "body", "headline", "subheadline", "summary", "caption"
    paragraph: int
    order: int
    in_quote: bool
    trigger: bool
    negative: bool
    sentence_negative: bool
    sentence_start: bool
    bare: bool
    coordinated: bool = False


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
    if country_length(tokens, i):
        return "country"
    if tok.modifier or tok.portfolio or tok.org or tok.demonym:
        return "other"
    if tok.acronym:
        return "other"
    return None


def _chain(tokens: list[Token], i: int) -> int:
    """End of a title chain starting at ``i`` (exclusive), or ``i`` when there is none."""
    n = len(tokens)
    j = i
    prev: str | None = None
    has_office = False
    last_good = i
    while j < n and j - i < _MAX_CHAIN:
        kind = _kind(tokens, j)
        if kind is None:
            break
        if kind == "conn":
            if prev is None:
                break
            nxt = j + 1
            if tokens[j].folded == "and" and nxt < n and tokens[nxt].folded == "the":
                break
            if tokens[j].folded != "the" and nxt < n and tokens[nxt].folded == "the":
                nxt += 1
            if nxt >= n or _kind(tokens, nxt) in (None, "conn"):
                break
            if tokens[j].folded == "and" and _kind(tokens, nxt) == "country":
                break
            prev = "conn"
            j += 1
            continue
        if prev in ("office", "rank") and kind not in ("office", "rank"):
            break
        if kind == "country":
            j += country_length(tokens, j)
        else:
            j += 1
        has_office = has_office or kind == "office"
        prev = kind
        last_good = j
    return last_good if has_office else i


def _honorifics(tokens: list[Token], k: int) -> int:
    """Skip "Mr.", "H.E. Mr.", "His Excellency" from ``k``."""
    n = len(tokens)
    while k < n:
        if tokens[k].folded in lx.HONORIFICS:
            k += 1
            continue
        for phrase in lx.HONORIFIC_PHRASES:
            size = len(phrase)
            if tuple(t.folded for t in tokens[k : k + size]) == phrase:
                k += size
                break
        else:
            return k
    return k


def _name(tokens: list[Token], k: int) -> int:
    """End (exclusive) of a personal name starting at ``k``, or ``k`` when there is none."""
    n = len(tokens)
    j = k
    while j < n and j - k < 5:
        tok = tokens[j]
        if tok.name_word or (
            j > k and tok.cap and tok.folded in lx.MONTHS and not _number_next(tokens, j)
        ):
            size = country_length(tokens, j)
            if size > 1 or (size == 1 and not (j + 1 < n and tokens[j + 1].name_word)):
                break
            j += 1
            if tok.possessive or (j > k + 1 and tok.folded in lx.ROMAN_NUMERALS):
                break
            continue
        if tok.particle and (tok.text.count("-") or _name_follows(tokens, j + 1)):
            j += 1
            if tok.text.count("-") and tok.possessive:
                break
            continue
        break
    while j > k and (tokens[j - 1].particle and "-" not in tokens[j - 1].text):
        j -= 1
    words = tokens[k:j]
    if not any(len(t.bare) > 2 or (len(t.bare) == 2 and t.bare[1] != ".") for t in words):
        return k
    if words and words[0].folded in lx.ROMAN_NUMERALS:
        return k
    return j


def _name_follows(tokens: list[Token], j: int) -> bool:
    while j < len(tokens) and tokens[j].particle and "-" not in tokens[j].text:
        j += 1
    return j < len(tokens) and tokens[j].name_word


def person_after(tokens: list[Token], k: int) -> tuple[int, int]:
    """(name start, name end) of a person named at ``k`` (after honorifics), or (k, k)."""
    h = _honorifics(tokens, k)
    end = _name(tokens, h)
    if end == h:
        return k, k
    nxt = tokens[end] if end < len(tokens) else None
    if nxt is not None and nxt.cap and (nxt.org or nxt.folded in lx.THINGS):
        return k, k
    return h, end


def _number_next(tokens: list[Token], j: int) -> bool:
    return j + 1 < len(tokens) and tokens[j + 1].text[:1].isdigit()


def _name_text(tokens: list[Token]) -> str:
    return " ".join(t.bare for t in tokens)


def _title_text(paragraph: str, tokens: list[Token]) -> str | None:
    while tokens and (tokens[0].folded in lx.TITLE_DROP or tokens[0].folded in CONNECTORS):
        tokens = tokens[1:]
    while tokens and tokens[-1].folded in CONNECTORS:
        tokens = tokens[:-1]
    if not tokens:
        return None
    return collapse_spaces(paragraph[tokens[0].start : tokens[-1].end])


class _SentenceScan:
    def __init__(self, paragraph: str, toks: list[Token], source: str, para: int) -> None:
        self.paragraph, self.toks, self.source, self.para = paragraph, toks, source, para
        self.found: list[tuple[int, int, str, tuple[str, ...], str | None, bool, bool]] = []
        words = [t.folded for t in toks]
        self.sentence_negative = (words[:1] == ["next"]) or any(
            a in ("next", "last") and b in lx.WEEKDAYS | {"week", "month", "year"}
            for a, b in pairwise(words)
        )

    def run(self) -> None:
        toks = self.toks
        n = len(toks)
        i = 0
        while i < n:
            tok = toks[i]
            if not tok.word:
                i += 1
                continue
            end = _chain(toks, i)
            if end > i:
                i = self._titled(i, end)
                continue
            k = _honorifics(toks, i)
            if k == i and (after := self._coordinated(i)):
                i = after
                continue
            name_end = _name(toks, k)
            if name_end > k and (k > i or self._bare_ok(i, name_end)):
                self._add(i, k, name_end, None, bare=k == i)
                i = name_end
                continue
            i = max(k, i + 1)

    def _titled(self, i: int, end: int) -> int:
        toks = self.toks
        k, comma = end, False
        if k < len(toks) and toks[k].text == "," and not toks[end - 1].possessive:
            k, comma = k + 1, True
        h, name_end = person_after(toks, k)
        if name_end > h and (not comma or h > k or name_end - h >= 2):
            self._add(i, h, name_end, _title_text(self.paragraph, toks[i:end]), bare=False)
            return name_end
        return end

    def _bare_ok(self, i: int, end: int) -> bool:
        toks = self.toks
        if sum(1 for t in toks[i:end] if not t.particle) < 2:
            return False
        prev = toks[i - 1] if i > 0 else None
        if prev is not None:
            if prev.cap or prev.folded in _DETERMINERS or prev.folded in _PLACE_PREPOSITIONS:
                return False
            if prev.text in _OPEN_QUOTES:
                return False
            before = toks[i - 2] if i > 1 else None
            if (
                prev.text == ","
                and before is not None
                and before.word
                and not (before.cap or before.office)
            ):
                return False
        nxt = toks[end] if end < len(toks) else None
        return not (nxt is not None and nxt.cap and not toks[end - 1].possessive)

    def _coordinated(self, i: int) -> int:
        """ "Will and Ariel Durant": two people sharing the surname that follows."""
        toks = self.toks
        if i + 3 >= len(toks) or toks[i + 1].folded != "and":
            return 0
        first = toks[i]
        if not first.name_word or country_length(toks, i) or (i > 0 and toks[i - 1].cap):
            return 0
        if i > 0 and toks[i - 1].folded in _DETERMINERS | _PLACE_PREPOSITIONS:
            return 0
        end = _name(toks, i + 2)
        if end - (i + 2) != 2 or toks[i + 2].particle:
            return 0
        nxt = toks[end] if end < len(toks) else None
        if nxt is not None and nxt.cap:
            return 0
        surname = toks[end - 1]
        self._add(i, i, i + 1, None, bare=True, coordinated=True, extra=surname)
        self._add(i + 2, i + 2, end, None, bare=True)
        return end

    def _add(
        self,
        start: int,
        name_start: int,
        name_end: int,
        title: str | None,
        *,
        bare: bool,
        coordinated: bool = False,
        extra: Token | None = None,
    ) -> None:
        words = self.toks[name_start:name_end] + ([extra] if extra is not None else [])
        self.found.append(
            (
                start,
                name_start,
                _name_text(words),
                tuple(w.folded for w in words),
                title,
                bare,
                coordinated,
            )
        )
        if title is None and not coordinated:
            self._appositive(len(self.found) - 1, name_end)

    def _appositive(self, index: int, name_end: int) -> None:
        """ "Pierre Vimont, Secretary-General of the ...": a title after the name."""
        toks = self.toks
        k = name_end
        if k >= len(toks) or toks[k].text != ",":
            return
        start = k + 1
        end = _chain(toks, start)
        if end == start:
            return
        if person_after(toks, end)[1] > end:
            return
        stop = start
        while stop < len(toks) and toks[stop].text not in {",", ";", ".", "(", ")", "!", "?"}:
            stop += 1
            if stop - start > 25:
                return
        title = _title_text(self.paragraph, toks[start:stop])
        s, ns, name, words, _, bare, coordinated = self.found[index]
        self.found[index] = (s, ns, name, words, title, bare, coordinated)


def find_mentions(paragraph: str, source: str, para: int, counter: list[int]) -> list[Mention]:
    """All person mentions in one paragraph, in order; ``counter`` numbers them globally."""
    out: list[Mention] = []
    for sentence in sentences(tokenize(paragraph)):
        scan = _SentenceScan(paragraph, sentence, source, para)
        scan.run()
        folded = [t.folded for t in sentence]
        for start, name_start, name, words, title, bare, coordinated in scan.found:
            before = folded[:start]
            last_trigger = max((j for j, w in enumerate(before) if w in TRIGGERS), default=-1)
            window = folded[last_trigger + 1 : name_start]
            counter[0] += 1
            out.append(
                Mention(
                    name=name,
                    words=words,
                    title=title,
                    source=source,
                    paragraph=para,
                    order=counter[0],
                    in_quote=sentence[name_start].in_quote,
                    trigger=last_trigger >= 0,
                    negative=any(w in NEGATIVES for w in window),
                    sentence_negative=scan.sentence_negative,
                    sentence_start=all(not t.word for t in sentence[:start]),
                    bare=bare,
                    coordinated=coordinated,
                )
            )
    return out
