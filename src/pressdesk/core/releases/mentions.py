"""Finding mentions of people in a sentence: "Russian Foreign Minister Sergey Lavrov",
"the President of Rwanda, Paul Kagame", "Pierre Vimont, Secretary-General of ...",
"publisher Axel Springer", "Will and Ariel Durant" — with the cues that decide a role.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from . import lexicon as lx
from .grammar import (
    chain_end,
    name_end,
    name_text,
    name_words,
    person_after,
    skip_honorifics,
    title_text,
)
from .lang.common import another_day
from .lang.en import OTHER_DAYS
from .lang.names import is_common_word, is_first_name
from .photographers import credited
from .role_cues import ESCORTS, list_gap, principal, speaker
from .titles import appositive, owner_before_office, rank_after_comma, title_before
from .tokens import Token, country_length, sentences, tokenize

# Words before a person that put them in the reported event ("met with", "joined by").
TRIGGERS = lx.words(
    """with met meet meets meeting meetings welcomed welcome welcomes welcoming received
    receive receives receiving hosted hosts host hosting joined joins accompanied presence
    participating participated participate participants attended attend attends attending
    including alongside spoke speak speaks talked talks telephoned called visited present
    presented presents presenting entourage delegation delegations suite retinue included
    includes headed led accompanying greeted greets greeting call calls seen-off see-off"""
)
# Finite verbs after a person that make them a subject of the event ("X met Y").
SUBJECT_VERBS = lx.words(
    """met meets meeting welcomed welcomes received receives hosted hosts spoke speaks
    visited visits attended attends joined joins held holds participated participates
    arrived arrives departed departs toured tours signed signs addressed addresses
    meet welcome receive host visit attend join hold participate arrive tour sign address
    presented presents witnessed witness greeted greets led leads headed heads chaired chairs
    laid inspected reviewed inaugurated"""
)
# Words that put a person outside the event (earlier events, works, commemorations).
NEGATIVES = lx.words(
    """birth born death died dies killed murdered assassinated memory late previous founder
    founded anniversary legacy tribute commemorate commemorating commemoration book books
    novel wrote written message messages letter letters behalf greetings condolences
    regards funeral grave tomb previously served"""
)
# Words that make what follows a reported topic, not the event: "spoke about his meeting
# with X", "briefed them on the outcome of the meeting between X and Y".
TOPICS = lx.words("about regarding concerning outcome")
# Verbs of speech whose "that" clause reports what was said ("told X that ... Y").
SPEECH_VERBS = lx.words(
    """said says told tells added adds stressed stresses noted notes emphasized emphasised
    emphasizes emphasises explained explains clarified stated states warned warns clear
    remarked remarks recalled recalls reported reports"""
)
# Nouns after a possessive name that make the person a reference ("Gandhi's grave").
MEMORIAL_NOUNS = lx.MEMORIAL_NOUNS
_SPOUSES = lx.words("wife husband spouse")
_FUTURE = lx.words("will shall 'll going")
_DETERMINERS = lx.words("the a an his her their its our this that these those")
_PLACE_PREPOSITIONS = lx.words(
    """in at to from near into across toward towards via visited visit visits visiting toured
    tour touring left leaving reached landed entered"""
)
_OPEN_QUOTES = frozenset("“‘\"'«")
_TIME_WORDS = lx.WEEKDAYS | {"week", "month", "year"}
_SUBJECT_REACH = 10
_LIST_WORDS = frozenset({"including", "alongside"})
_NOT_FINITE = _DETERMINERS | {"to"}


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
            if capitalised or prev.folded in _DETERMINERS or prev.folded in _PLACE_PREPOSITIONS:
                return False
            if prev.text in _OPEN_QUOTES:
                return False
            before = toks[i - 2] if i > 1 else None
            # "the Egyptian paper, Al Akhbar": an apposition to a common noun is a thing.
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


def _subject(folded: list[str], end: int) -> bool:
    for j in range(end, min(len(folded), end + _SUBJECT_REACH)):
        if folded[j] in SUBJECT_VERBS and (j == 0 or folded[j - 1] not in _NOT_FINITE):
            return True
    return False


def _sentence_start(sentence: list[Token], start: int) -> bool:
    return all(
        not t.word or t.possessive or t.folded in _DETERMINERS or t.folded in lx.TITLE_DROP
        for t in sentence[:start]
    )


def _negative_window(window: list[str]) -> bool:
    """A negative word between the last meeting word and the name ("the funeral of"); a
    "letter of credence" is the credentials ceremony itself, not a letter."""
    for j, w in enumerate(window):
        if w in NEGATIVES and not (
            w.startswith("letter") and window[j + 1 : j + 3] == ["of", "credence"]
        ):
            return True
    return False


def _referred(folded: list[str], start: int) -> bool:
    """Is a name at ``start`` inside a reported topic or a "said that" clause?"""
    before = folded[:start]
    meeting = max((j for j, w in enumerate(before) if w in TRIGGERS), default=-1)
    if any(w in TOPICS for w in before[:meeting]):
        return True  # "spoke about ... his meeting with X"
    that = [j for j, w in enumerate(before) if w == "that"]
    return bool(that) and any(w in SPEECH_VERBS for w in before[: that[-1]])


def _planned(folded: list[str], start: int, trigger: int) -> bool:
    """ "I will meet with X", "I'll also be meeting with X": a meeting still to come."""
    return trigger >= 0 and any(
        w in _FUTURE or w.endswith(("'ll", "’ll")) for w in folded[:trigger]
    )


def _time_before(folded: list[str], start: int) -> bool:
    """ "Next Tuesday, ... X": another time named before the person; "has yet to meet X",
    "has never met X": no meeting at all."""
    before = folded[:start]
    if before[:1] == ["next"]:
        return True
    if any(a == "yet" and b == "to" for a, b in pairwise(before)) or "never" in before:
        return True
    # "Lund last visited France in 2019, when ...": "last" before a meeting verb, too
    return any(
        a in ("next", "last") and (b in _TIME_WORDS or (a == "last" and b in TRIGGERS))
        for a, b in pairwise(before)
    )


def _then_office(sentence: list[Token], start: int, name_start: int) -> bool:
    """ "then-President X", "the then Prime Minister X": an office held at another time."""
    return any(
        t.folded == "then" or t.folded.startswith("then-")
        for t in sentence[max(0, start - 1) : name_start]
    )


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
            last_trigger = max((j for j, w in enumerate(before) if w in TRIGGERS), default=-1)
            # "for the funeral, including X": a list word does not close what came before
            opener = max(
                (j for j, w in enumerate(before) if w in TRIGGERS and w not in _LIST_WORDS),
                default=-1,
            )
            window = folded[max(opener + 1, prev_end) : f.name_start]
            gap = sentence[prev_end : f.start]
            listed = prev_end > 0 and bool(gap) and all(list_gap(t) for t in gap)
            negative = _negative_window(window) or (listed and prev_negative)
            if not f.coordinated:  # "Will and Ariel Durant" share what comes before them
                prev_end = f.end
            prev_negative = negative  # "for the funeral, including X, Y and Z": the list shares it
            # "Mika Lipsker, 18 and Alon Eizarayev, 13, ...": a list shares its sentence's start
            start = _sentence_start(sentence, f.start) or (listed and prev_start)
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
                    trigger=last_trigger >= 0,
                    subject=_subject(folded, f.end),
                    negative=memorial or negative,
                    sentence_negative=other_day
                    or _time_before(folded, f.start)
                    or _then_office(sentence, f.start, f.name_start),
                    sentence_start=start,
                    bare=f.bare,
                    coordinated=f.coordinated,
                    referred=_referred(folded, f.start)
                    or principal(sentence, f.start, f.name_start, f.end),
                    planned=in_quote and _planned(folded, f.start, last_trigger),
                    escort=any(w in ESCORTS for w in before),
                    speaker=speaker(folded, f.end),
                )
            )
    return out
