"""Finding mentions of people in a sentence: "Russian Foreign Minister Sergey Lavrov",
"the President of Rwanda, Paul Kagame", "Pierre Vimont, Secretary-General of ...",
"publisher Axel Springer", "Will and Ariel Durant" — with the cues that decide a role.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon as lx
from .grammar import (
    chain_end,
    name_end,
    name_text,
    name_words,
    person_after,
    retired_mark,
    skip_honorifics,
    title_text,
)
from .lang.common import another_day
from .lang.en import OTHER_DAYS
from .lang.en_venues import KINDS as VENUE_KINDS
from .lang.names import is_common_word, is_first_name
from .photographers import credited
from .role_cues import DETERMINERS as _DETERMINERS
from .role_cues import (
    ESCORTS,
    TRIGGERS,
    is_trigger,
    list_gap,
    negative_window,
    pictured,
    planned,
    principal,
    referred,
    sentence_start,
    speaker,
    subject_of,
    then_office,
    time_before,
)
from .titles import appositive, owner_before_office, rank_after_comma, title_before
from .tokens import Token, country_length, sentences, tokenize

# Nouns after a possessive name that make the person a reference ("Gandhi's grave").
MEMORIAL_NOUNS = lx.MEMORIAL_NOUNS
_SPOUSES = lx.words("wife husband spouse")
_PLACE_PREPOSITIONS = lx.words(
    """in at to from near into across toward towards via visited visit visits visiting toured
    tour touring left leaving reached landed entered"""
)
_OPEN_QUOTES = frozenset("“‘\"'«")
# Kinds of building: a name in apposition to one ("the Palace, X") or qualifying one ("the X
# residence") names the building. (Offices and ministries are left out: people head them.)
_BUILDINGS = VENUE_KINDS - lx.words(
    "office offices ministry parliament embassy consulate university college secretariat"
)
_LIST_WORDS = frozenset({"including", "alongside"})


def owning_country(toks: list[Token], i: int) -> int:
    """Start of a country named in the possessive just before ``i`` ("Sri Lanka's Devinda
    ...", "Bolivia's Jaime ..."), or ``i`` when there is none: the country's envoy or leader
    follows. (An office after it keeps its title without the possessive, as the guide says:
    "Israel's President X" -> "President".)"""
    if i == 0 or not toks[i - 1].possessive:
        return i
    for size in (1, 2, 3, 4, 5):
        if i - size >= 0 and country_length(toks, i - size) == size:
            return i - size
    return i


def _named_thing(toks: list[Token], i: int) -> bool:
    """Does a capitalised thing's or organisation's noun and "of" come just before ``i``
    ("Order of", "Program of the", "Organization of")? What follows is the rest of its name."""
    j = i - 1
    if j >= 0 and toks[j].folded == "the":
        j -= 1
    noun = toks[j - 1] if j >= 1 else None
    # "the International Organization of La Francophonie": an organisation's noun too
    return (
        noun is not None
        and toks[j].folded == "of"
        and noun.cap
        and (noun.folded in lx.THINGS or noun.folded in lx.ORGS)
    )


@dataclass(frozen=True)
class Mention:
    """One mention of a person in one sentence, with the cues used to decide the role."""

    name: str
    words: tuple[str, ...]  # folded name words
    title: str | None
    source: str  # "body", "headline", "subheadline", "summary", "caption"
    paragraph: int
    order: int
    in_quote: bool
    trigger: bool  # a meeting word comes before it in the sentence
    subject: bool  # it is the subject of a meeting verb
    negative: bool  # a negative cue sits between the last trigger and the name
    sentence_negative: bool  # the sentence is about another time ("Next Tuesday")
    sentence_start: bool
    bare: bool  # no title and no honorific
    coordinated: bool = False
    referred: bool = False  # inside a reported topic or a "said that" clause
    planned: bool = False  # a meeting the speaker will hold, named in a quotation
    escort: bool = False  # an escort word before it ("accompanied by", "the delegation included")
    speaker: bool = False  # a verb of attribution follows it ("X said")
    relation: bool = False  # named as another person's spouse ("and his wife Sara Cohen")


@dataclass
class _Found:
    start: int
    name_start: int
    end: int
    name: str
    words: tuple[str, ...]
    title: str | None
    bare: bool
    coordinated: bool = False


class _SentenceScan:
    def __init__(self, paragraph: str, toks: list[Token]) -> None:
        self.paragraph, self.toks = paragraph, toks
        self.found: list[_Found] = []
        self.appositive_end = 0  # token after the last title read after a name
        self.country_end = -1  # token after the last country of several words

    def run(self) -> list[_Found]:
        toks = self.toks
        i = 0
        while i < len(toks):
            if not toks[i].word:
                i += 1
                continue
            end = chain_end(toks, i)
            if end == i and owner_before_office(toks, i):
                end = chain_end(toks, i + 1)  # "Google CEO Sundar Pichai"
            if end > i:
                i = self._titled(i, end)
                continue
            if (after := self._ranked(i)) > i:
                i = after
                continue
            if (size := country_length(toks, i)) > 1:
                i = self.country_end = i + size  # no name starts inside "Trinidad and Tobago"
                continue
            if toks[i].folded in _SPOUSES and (after := self._spouse(i)):
                i = after
                continue
            k = skip_honorifics(toks, i)
            if k == i and (after := self._coordinated(i)):
                i = after
                continue
            end = name_end(toks, k)
            if end > k and (k > i or self._bare_ok(i, end) or self._memorial(i, end)):
                self._add(i, k, end, None, bare=k == i)
                i = end
                continue
            i = max(k, i + 1)
        return self.found

    def _ranked(self, i: int) -> int:
        """ "Lt Gen (Retd) X", "Col X": ranks alone before a name are its title."""
        toks = self.toks
        j = i
        while j < len(toks) and (toks[j].rank or (j > i and retired_mark(toks, j))):
            j += retired_mark(toks, j) or 1
        if j == i or not toks[i].cap:
            return i
        h, stop = person_after(toks, j)
        if stop - h < 2:
            return i
        k = i  # "Director General Inter Services Intelligence Lt Gen X": the office before
        while (
            k > 0 and toks[k - 1].word and (toks[k - 1].cap or toks[k - 1].folded in ("of", "for"))
        ):
            k -= 1
        k = next((m for m in range(k, i) if toks[m].office), i)
        self._add(k, h, stop, title_text(self.paragraph, toks[k:j]), bare=False)
        return stop

    def _spouse(self, i: int) -> int:
        """ "his wife Sara": a spouse named by first name only takes part with the person."""
        toks = self.toks
        j = i + 1
        if j >= len(toks) or not toks[j].name_word:
            return 0
        if j + 1 < len(toks) and (toks[j + 1].name_word or toks[j + 1].particle):
            return 0  # "his wife Sara Netanyahu": a full name, read the usual way
        self._add(i, j, j + 1, None, bare=False)
        return j + 1

    def _memorial(self, i: int, end: int) -> bool:
        """ "at Gandhi's grave": one name word before a memorial noun is a person."""
        toks = self.toks
        return (
            end == i + 1
            and toks[i].possessive
            and end < len(toks)
            and toks[end].folded in MEMORIAL_NOUNS
        )

    def _titled(self, i: int, end: int) -> int:
        toks = self.toks
        k, comma = end, False
        if k < len(toks) and toks[k].text == "," and not toks[end - 1].possessive:
            k, comma = k + 1, True
        if comma and i < self.appositive_end:
            return end  # "X, Chinese ambassador, Y, ...": the title is X's, not Y's
        h, stop = person_after(toks, k)
        if not comma and (longer := self._inner_word(i, end)):
            end = longer
            h, stop = person_after(toks, end)
        if stop > h and (not comma or h > k or stop - h >= 2):
            self._add(i, h, stop, title_before(self.paragraph, toks, i, end), bare=False)
            return stop
        if comma:  # "Chief of staff, General Benjamin Gantz"
            rank, h, stop = rank_after_comma(toks, k)
            if stop > h:
                self._add(i, h, stop, title_text(self.paragraph, toks[i:rank]), bare=False)
                return stop
        return end

    def _inner_word(self, i: int, end: int) -> int:
        """ "Chief Protocal Officer Jimmy Ovia": one capitalised word between a qualifier
        that opens a title ("Chief", "Deputy") and an office word is a word of the title,
        when a name follows the office; the end of that longer title, or 0."""
        toks = self.toks
        if end + 1 >= len(toks) or not all(t.modifier for t in toks[i:end] if t.word):
            return 0
        inner = toks[end]
        if not inner.cap or inner.possessive or is_first_name(inner.bare, "en"):
            return 0
        longer = chain_end(toks, end + 1)
        if longer == end + 1 or not toks[end + 1].office:
            return 0
        start, after = person_after(toks, longer)
        return longer if after > start else 0

    def _bare_ok(self, i: int, end: int) -> bool:
        """A name with no title: two or more name words, not part of a longer capitalised
        phrase, and not after an article, a place preposition or an opening quote."""
        toks = self.toks
        if sum(1 for t in toks[i:end] if t.word and not t.particle) < 2:
            return False
        prev = toks[i - 1] if i > 0 else None
        if (prev is None or prev.text in ".!?:") and is_common_word(toks[i].bare, "en"):
            return False  # "Watch Netanyahu address ...": a sentence's first word, a verb
        if toks[i].particle and "-" not in toks[i].text:
            return False  # "la Guardia Real": a name opens with no lower-case particle
        if prev is not None:
            if prev.particle and "-" not in prev.text:
                return False  # "Escuadra de Batidores": inside a longer name
            capitalised = prev.cap and i != self.country_end  # "in Trinidad and Tobago X"
            if owning_country(toks, i) < i:
                capitalised = False  # "Bolivia's Jaime Aparicio": the country's envoy
            if capitalised or prev.folded in _DETERMINERS or prev.folded in _PLACE_PREPOSITIONS:
                return False
            if prev.text in _OPEN_QUOTES:
                return False
            before = toks[i - 2] if i > 1 else None
            # "the Egyptian paper, Al Akhbar": an apposition to a common noun is a thing;
            # "the Presidential Palace, Rashtrapati Bhavan": to a building, a building.
            if (
                prev.text == ","
                and before is not None
                and before.word
                and (
                    not (before.cap or before.office or before.folded in lx.PERSON_NOUNS)
                    or before.folded in _BUILDINGS
                )
            ):
                return False
            if _named_thing(toks, i):
                return False  # "the Order of Stara Planina", "the Program of Concerted Action"
        nxt = toks[end] if end < len(toks) else None
        if nxt is not None and not nxt.cap and nxt.folded in _BUILDINGS:
            return is_first_name(toks[i].bare, "en")  # "the Lok Kalyan Marg residence"
        return not (nxt is not None and nxt.cap and not toks[end - 1].possessive)

    def _coordinated(self, i: int) -> int:
        """ "Will and Ariel Durant": two people sharing the surname that follows."""
        toks = self.toks
        if i + 3 >= len(toks) or toks[i + 1].folded != "and":
            return 0
        if not toks[i].name_word or country_length(toks, i):
            return 0
        if i > 0 and (toks[i - 1].cap or toks[i - 1].folded in _DETERMINERS | _PLACE_PREPOSITIONS):
            return 0
        end = name_end(toks, i + 2)
        if end - (i + 2) != 2 or toks[i + 2].particle:
            return 0
        if end < len(toks) and toks[end].cap:
            return 0
        surname = toks[end - 1]
        first = f"{toks[i].bare} {surname.bare}"
        self.found.append(
            _Found(i, i, i + 1, first, (toks[i].folded, surname.folded), None, True, True)
        )
        self._add(i + 2, i + 2, end, None, bare=True)
        return end

    def _add(self, start: int, name_start: int, end: int, title: str | None, *, bare: bool) -> None:
        if credited(self.toks, name_start, end):
            return  # a photographer or an agency: "REUTERS/Jason Reed", "Photo credit: X"
        words = self.toks[name_start:end]
        found = _Found(
            start,
            name_start,
            end,
            name_text(self.paragraph, words),
            name_words(words),
            title,
            bare,
        )
        if title is None:
            found.title, after = appositive(self.paragraph, self.toks, end)
            self.appositive_end = max(self.appositive_end, after)
        self.found.append(found)


def find_mentions(
    paragraph: str,
    source: str,
    para: int,
    counter: list[int],
    lead: frozenset[str] = frozenset(),
) -> list[Mention]:
    """All person mentions in one paragraph, in order; ``counter`` numbers them globally;
    ``lead`` holds the other days the lead paragraph names (``lang.common.day_classes``)."""
    out: list[Mention] = []
    for sentence in sentences(tokenize(paragraph)):
        folded = [t.folded for t in sentence]
        other_day = bool(sentence) and another_day(
            paragraph[sentence[0].start : sentence[-1].end], lead, OTHER_DAYS
        )
        prev_end = 0  # a negative word before an earlier name is that name's, not this one's
        prev_negative = prev_start = False
        for f in _SentenceScan(paragraph, sentence).run():
            before = folded[: f.start]
            last_trigger = max((j for j, w in enumerate(before) if is_trigger(w)), default=-1)
            # "for the funeral, including X": a list word does not close what came before
            opener = max(
                (j for j, w in enumerate(before) if w in TRIGGERS and w not in _LIST_WORDS),
                default=-1,
            )
            window = folded[max(opener + 1, prev_end) : f.name_start]
            gap = sentence[prev_end : f.start]
            listed = prev_end > 0 and bool(gap) and all(list_gap(t) for t in gap)
            negative = negative_window(window) or (listed and prev_negative)
            if not f.coordinated:  # "Will and Ariel Durant" share what comes before them
                prev_end = f.end
            prev_negative = negative  # "for the funeral, including X, Y and Z": the list shares it
            # "Mika Lipsker, 18 and Alon Eizarayev, 13, ...": a list shares its sentence's start
            start = sentence_start(sentence, f.start) or (listed and prev_start)
            prev_start = start
            counter[0] += 1
            memorial = (
                sentence[f.end - 1].possessive
                and f.end < len(sentence)
                and sentence[f.end].folded in MEMORIAL_NOUNS
            )
            in_quote = sentence[f.name_start].in_quote
            out.append(
                Mention(
                    name=f.name,
                    words=f.words,
                    title=f.title,
                    source=source,
                    paragraph=para,
                    order=counter[0],
                    in_quote=in_quote,
                    trigger=last_trigger >= 0 or pictured(before),
                    subject=subject_of(folded, f.end),
                    negative=memorial or negative,
                    sentence_negative=other_day
                    or time_before(folded, f.start)
                    or then_office(sentence, f.start, f.name_start),
                    sentence_start=start,
                    bare=f.bare,
                    coordinated=f.coordinated,
                    referred=referred(folded, f.start)
                    or principal(sentence, f.start, f.name_start, f.end),
                    planned=in_quote and planned(folded, f.start, last_trigger),
                    # "..., his press secretary X told reporters": a source, not an escort
                    escort=any(w in ESCORTS for w in before) and not speaker(folded, f.end),
                    speaker=speaker(folded, f.end),
                    relation=f.name_start > 0 and folded[f.name_start - 1] in _SPOUSES,
                )
            )
    return out
