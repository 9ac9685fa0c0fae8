"""English cues of a person's part in a reported event, beyond the meeting words of
``mentions``: whose agent or possession a name only is, who is the source of a statement,
who is in an escort, and what may stand between two names of one list."""

from __future__ import annotations

from itertools import pairwise

from . import lexicon as lx
from .tokens import Token

# Nouns after a possessive name that keep the person in the event ("X's visit"); any other
# noun makes the name a reference ("President Trump's special representative", "Obama's back").
_EVENT_NOUNS = lx.words(
    """visit visits meeting meetings talks trip tour arrival call conversation delegation
    entourage welcome reception speech address remarks invitation hosts host"""
)
# Agents of another person: "special envoy of President X", "adviser to X", "spokesman for X".
_AGENTS = lx.words(
    """envoy envoys emissary representative representatives spokesman spokeswoman
    spokesperson adviser advisor advisers advisors aide aides messenger"""
)
# Words of an escort: "accompanied by his spokesman X", "the delegation included X".
ESCORTS = lx.words(
    """accompanied accompanying entourage delegation delegations suite retinue included
    includes including"""
)
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
        a.folded in _AGENTS
        and b.folded in {"of", "to", "for"}
        and any(t.office for t in head[j + 2 :])  # "envoy of President X", not "envoy for Gaza"
        for j, (a, b) in enumerate(pairwise(head))
    )


def speaker(folded: list[str], end: int) -> bool:
    """Is the name the source of what is reported ("X said", "X tweeted")?"""
    return end < len(folded) and folded[end] in _ATTRIBUTIONS
