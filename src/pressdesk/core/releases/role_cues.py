"""English cues of a person's part in a reported event, beyond the meeting words of
``mentions``: whose agent or possession a name only is, who is the source of a statement,
who is in an escort, and what may stand between two names of one list."""

from __future__ import annotations

from itertools import pairwise

from . import lexicon as lx
from .tokens import Token

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
    laid inspected reviewed inaugurated paid pays talks talked"""
)
# Words that put a person outside the event (earlier events, works, commemorations).
NEGATIVES = lx.words(
    """birth born death died dies killed murdered assassinated memory late previous founder
    founded anniversary legacy tribute commemorate commemorating commemoration book books
    novel wrote written message messages letter letters behalf greetings condolences
    regards funeral grave tomb previously served dedicated"""
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
_FUTURE = lx.words("will shall 'll going")
DETERMINERS = lx.words("the a an his her their its our this that these those")
_TIME_WORDS = lx.WEEKDAYS | {"week", "month", "year"}
_SUBJECT_REACH = 10
_NOT_FINITE = DETERMINERS | {"to"}
# Nouns after a possessive name that keep the person in the event ("X's visit"); any other
# noun makes the name a reference ("President Trump's special representative", "Obama's back").
_EVENT_NOUNS = lx.words(
    """visit visits meeting meetings talks trip tour arrival call conversation delegation
    entourage welcome reception speech address remarks invitation hosts host"""
)
# Agents of another person: "special envoy of President X", "adviser to X", "spokesman for X".
AGENTS = lx.words(
    """envoy envoys emissary representative representatives spokesman spokeswoman
    spokesperson adviser advisor advisers advisors aide aides messenger"""
)
# Words of an escort: "accompanied by his spokesman X", "the delegation included X".
ESCORTS = lx.words(
    """accompanied accompanying entourage delegation delegations suite retinue included
    includes including"""
)
# Words of a photo's list of who is shown ("Also pictured are X", "Picture shows X").
_PICTURED = lx.words("pictured photographed")
_PICTURE_NOUNS = lx.words("picture pictures photo photos photograph image")
_SHOW_VERBS = lx.words("shows show showing shown depicts")
_SIDES = lx.words("left right")
_ORDER_MARKS = lx.words("l-r r-l l.-r. l-to-r")
# Verbs after a name that make the person a source of what is reported ("X said", "X tweeted").
_ATTRIBUTIONS = lx.words("said says told tells tweeted tweets stated states added adds noted")


def list_gap(t: Token) -> bool:
    """May ``t`` stand between two names of one list ("X, 18 and Y", "X and Britain's Y")?"""
    return t.folded in {",", "and", "&", "the"} or t.text.isdigit() or (t.possessive and t.cap)


def principal(sentence: list[Token], start: int, name_start: int, end: int) -> bool:
    """Is the name there only as another person's principal ("President Trump's special
    representative", "special envoy of President X") or as a possessor ("Obama's back")?"""
    if sentence[end - 1].possessive and end < len(sentence) and sentence[end].word:
        return not any(t.folded in _EVENT_NOUNS for t in sentence[end : end + 3])
    head = sentence[max(0, start - 2) : name_start]
    return any(
        a.folded in AGENTS
        and b.folded in {"of", "to", "for"}
        # "envoy of President X", not "envoy for Gaza" nor "Envoy of the Secretary-General X"
        and head[j + 2 : j + 3] != []
        and head[j + 2].cap
        and any(t.office for t in head[j + 2 :])
        for j, (a, b) in enumerate(pairwise(head))
    )


def pictured(before: list[str]) -> bool:
    """Is the name in a photo's list of who is shown ("Also pictured, from left, are X",
    "Picture shows (from left to right) X, Y", "(L-R) X, Y")? The people a photo of the
    event shows take part in it."""
    if any(w in _PICTURED or w in _ORDER_MARKS for w in before):
        return True
    return any(
        (a in _PICTURE_NOUNS and b in _SHOW_VERBS) or (a == "from" and b in _SIDES)
        for a, b in pairwise(before)
    )


def speaker(folded: list[str], end: int) -> bool:
    """Is the name the source of what is reported ("X said", "X tweeted")?"""
    return end < len(folded) and folded[end] in _ATTRIBUTIONS


def subject_of(folded: list[str], end: int) -> bool:
    """Is the name the subject of a verb of the event ("X met Y")? A verb of speech ends
    the search: what follows it is what was said ("X said that Y would visit ...")."""
    for j in range(end, min(len(folded), end + _SUBJECT_REACH)):
        if folded[j] in SPEECH_VERBS or folded[j] in _ATTRIBUTIONS:
            return False
        if folded[j] in SUBJECT_VERBS and (j == 0 or folded[j - 1] not in _NOT_FINITE):
            return True
    return False


def is_trigger(word: str) -> bool:
    """A meeting word, also when a line break left a hyphen inside it ("recei-ved")."""
    return word in TRIGGERS or ("-" in word and word.replace("-", "") in TRIGGERS)


def sentence_start(sentence: list[Token], start: int) -> bool:
    return all(
        not t.word or t.possessive or t.folded in DETERMINERS or t.folded in lx.TITLE_DROP
        for t in sentence[:start]
    )


def negative_window(window: list[str]) -> bool:
    """A negative word between the last meeting word and the name ("the funeral of"); a
    "letter of credence" is the credentials ceremony itself, not a letter."""
    for j, w in enumerate(window):
        if w in NEGATIVES and not (
            w.startswith("letter") and window[j + 1 : j + 3] == ["of", "credence"]
        ):
            return True
    return False


def referred(folded: list[str], start: int) -> bool:
    """Is a name at ``start`` inside a reported topic or a "said that" clause?"""
    before = folded[:start]
    meeting = max((j for j, w in enumerate(before) if w in TRIGGERS), default=-1)
    if any(w in TOPICS for w in before[:meeting]):
        return True  # "spoke about ... his meeting with X"
    that = [j for j, w in enumerate(before) if w == "that"]
    return bool(that) and any(w in SPEECH_VERBS for w in before[: that[-1]])


def planned(folded: list[str], start: int, trigger: int) -> bool:
    """ "I will meet with X", "I'll also be meeting with X": a meeting still to come."""
    return trigger >= 0 and any(
        w in _FUTURE or w.endswith(("'ll", "’ll")) for w in folded[:trigger]
    )


def time_before(folded: list[str], start: int) -> bool:
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


def then_office(sentence: list[Token], start: int, name_start: int) -> bool:
    """ "then-President X", "the then Prime Minister X": an office held at another time."""
    return any(
        t.folded == "then" or t.folded.startswith("then-")
        for t in sentence[max(0, start - 1) : name_start]
    )
