"""How likely a photo belongs in an empty photo slot of a release, and why.

Each kind of evidence adds to the log-odds that the photo is the one the slot printed
(naive Bayes, evidence taken as independent): the slot's printed caption against the
photo's own caption and headline, the day the photo was taken against the release's event
date, the people shown against the release's participants, the photo's credit against the
slot's. Evidence that is missing (no date in the file, nobody tagged) adds nothing. The
weights are set by judgement of what each piece of evidence is worth, not fitted to a test
set; ``bench/match.py`` measures how well they do.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from pressdesk.core.releases.dates import first_date
from pressdesk.core.text_keys import fold

# Log-odds: before any evidence, one candidate in about ten is the right photo.
PRIOR = -2.2
TEXT_SLOPE, TEXT_NEUTRAL = 6.0, 0.25  # similarity 0.25 says nothing; 1.0 adds 4.5
# A photo taken more than a few days from the event is almost never a photo of it.
SAME_DAY, NEXT_DAY, NEAR_DAYS, FAR = 2.5, 1.0, -0.5, -6.0
PEOPLE_EACH, PEOPLE_MAX, PEOPLE_NONE = 1.2, 2.4, -1.5
CREDIT_AGREES, CREDIT_CONTRADICTS = 0.7, -1.0

_WORD = re.compile(r"\w+")
# Function words of the desk's languages: they say nothing about which photo is meant.
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "he",
        "her",
        "his",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "our",
        "she",
        "that",
        "the",
        "their",
        "they",
        "this",
        "to",
        "was",
        "were",
        "will",
        "with",
        "who",
        "after",
        "before",
        "during",
        "over",
        "under",
        "into",
        "about",
        "between",
        "while",
        "which",
        "also",
        "more",
        "than",
        "not",
        "no",
        "new",
        "first",
        "של",
        "את",
        "על",
        "עם",
        "אל",
        "גם",
        "כי",
        "זה",
        "זו",
        "הוא",
        "היא",
        "הם",
        "הן",
        "או",
        "בין",
        "לא",
        "כל",
        "אשר",
        "עד",
        "מן",
        "и",
        "в",
        "во",
        "на",
        "с",
        "со",
        "к",
        "по",
        "за",
        "из",
        "от",
        "до",
        "о",
        "об",
        "для",
        "при",
        "как",
        "что",
        "это",
        "он",
        "она",
        "они",
        "не",
        "но",
        "а",
        "или",
        "же",
        "у",
        "над",
        "под",
        "между",
        "после",
        "перед",
    ]
)


@dataclass(frozen=True)
class SlotFacts:
    """What a release says about one of its empty slots."""

    release_id: int
    position: int
    caption: str | None
    credit: str | None
    event_date: dt.date | None
    participants: frozenset[int] = frozenset()

    @property
    def day(self) -> dt.date | None:
        """The day the slot's photo was taken, as far as the release says: a date its
        caption writes ("Jerusalem, 21 March 2013"), else the event date."""
        found = first_date(self.caption) if self.caption else None
        return found.date if found else self.event_date


@dataclass(frozen=True)
class PhotoFacts:
    """What the catalogue knows about a candidate photo."""

    photo_id: int
    caption: str | None
    headline: str | None
    taken: dt.date | None
    credit: str | None
    shown: frozenset[int] = frozenset()
    shown_names: dict[int, str] = field(default_factory=dict)


class Reason(str):
    """A reason for a proposal: its English text, and the ``template`` ("{}" for each
    value) and ``args`` it was made from, so that a window can say it in its language."""

    template: str
    args: tuple[str, ...]

    def __new__(cls, template: str, *args: object) -> Reason:
        made = super().__new__(cls, template.format(*args))
        made.template = template
        made.args = tuple(str(a) for a in args)
        return made


#: Every reason the scoring gives (the app translates each; a test checks they all are).
SAME_DAY_REASON = "taken on the event date ({})"
NEXT_DAY_REASON = "taken a day from the event date ({})"
NEAR_DAYS_REASON = "taken {} days from the event date"
FAR_REASON = "taken on {}, {} days from the event date"
NOBODY_REASON = "nobody shown takes part in the release"
SHOWS_ONE_REASON = "shows {}, who takes part"
SHOWS_MANY_REASON = "shows {}, who take part"
CAPTION_REASON = "caption {} alike"
CREDIT_AGREES_REASON = "credit {} agrees with the release"
CREDIT_DIFFERS_REASON = "credit {} differs from {}"
REASONS = (
    SAME_DAY_REASON,
    NEXT_DAY_REASON,
    NEAR_DAYS_REASON,
    FAR_REASON,
    NOBODY_REASON,
    SHOWS_ONE_REASON,
    SHOWS_MANY_REASON,
    CAPTION_REASON,
    CREDIT_AGREES_REASON,
    CREDIT_DIFFERS_REASON,
)


@dataclass(frozen=True)
class Scored:
    """A photo proposed for a slot: probability 0..1 and the reasons, strongest first."""

    photo_id: int
    score: float
    reasons: tuple[str, ...]


def words(text: str | None) -> list[str]:
    """The content words of a text, folded (case, accents, points)."""
    if not text:
        return []
    return [w for w in _WORD.findall(fold(text)) if len(w) > 1 and w not in STOPWORDS]


class Rarity:
    """Inverse document frequency over the texts of one matching run: a name that few
    photos carry says more than a word that most do."""

    def __init__(self, texts: Iterable[Sequence[str]]) -> None:
        self.df: Counter[str] = Counter()
        self.n = 0
        for ws in texts:
            self.n += 1
            self.df.update(set(ws))

    def weight(self, word: str) -> float:
        return math.log((self.n + 1) / (self.df.get(word, 0) + 0.5)) + 0.1


def text_similarity(slot: Sequence[str], photo: Sequence[str], rarity: Rarity) -> float:
    """How much of the slot's caption the photo's text says (rare words counting more),
    with a little weight on how much of the photo's text the slot says."""
    a, b = set(slot), set(photo)
    if not a or not b:
        return 0.0
    shared = sum(rarity.weight(w) for w in a & b)
    covered = shared / sum(rarity.weight(w) for w in a)
    back = shared / sum(rarity.weight(w) for w in b)
    return 0.8 * covered + 0.2 * back


def parse_day(taken: str | None) -> dt.date | None:
    """The day of an ISO 8601 date-time (as the catalogue stores when a photo was taken)."""
    if not taken or len(taken) < 10:
        return None
    try:
        return dt.date.fromisoformat(taken[:10])
    except ValueError:
        return None


def _date_evidence(event: dt.date | None, taken: dt.date | None) -> tuple[float, str | None]:
    if event is None or taken is None:
        return 0.0, None
    days = abs((taken - event).days)
    if days == 0:
        return SAME_DAY, Reason(SAME_DAY_REASON, event.isoformat())
    if days == 1:
        return NEXT_DAY, Reason(NEXT_DAY_REASON, taken.isoformat())
    if days <= 3:
        return NEAR_DAYS, Reason(NEAR_DAYS_REASON, days)
    return FAR, Reason(FAR_REASON, taken.isoformat(), days)


def _people_evidence(slot: SlotFacts, photo: PhotoFacts) -> tuple[float, str | None]:
    if not photo.shown or not slot.participants:
        return 0.0, None
    both = photo.shown & slot.participants
    if not both:
        return PEOPLE_NONE, Reason(NOBODY_REASON)
    names = ", ".join(sorted(photo.shown_names.get(p, f"person {p}") for p in both))
    shows = SHOWS_ONE_REASON if len(both) == 1 else SHOWS_MANY_REASON
    return min(PEOPLE_MAX, PEOPLE_EACH * len(both)), Reason(shows, names)


def score(
    slot: SlotFacts,
    photo: PhotoFacts,
    rarity: Rarity,
    credits_agree: Callable[[str, str], bool],
) -> Scored:
    """The probability that ``photo`` is the one ``slot`` printed, with the reasons."""
    evidence: list[tuple[float, str]] = []
    slot_words = words(slot.caption)
    photo_words = words(photo.caption) + words(photo.headline)
    if slot_words and photo_words:
        sim = text_similarity(slot_words, photo_words, rarity)
        evidence.append((TEXT_SLOPE * (sim - TEXT_NEUTRAL), Reason(CAPTION_REASON, f"{sim:.0%}")))
    for weight, reason in (
        _date_evidence(slot.day, photo.taken),
        _people_evidence(slot, photo),
    ):
        if reason:
            evidence.append((weight, reason))
    if slot.credit and photo.credit:
        if credits_agree(slot.credit, photo.credit):
            evidence.append((CREDIT_AGREES, Reason(CREDIT_AGREES_REASON, repr(photo.credit))))
        else:
            evidence.append(
                (
                    CREDIT_CONTRADICTS,
                    Reason(CREDIT_DIFFERS_REASON, repr(photo.credit), repr(slot.credit)),
                )
            )
    logit = PRIOR + sum(w for w, _r in evidence)
    reasons = tuple(r for _w, r in sorted(evidence, key=lambda e: -abs(e[0])))
    return Scored(photo.photo_id, 1 / (1 + math.exp(-logit)), reasons)


def assign(
    proposals: dict[tuple[int, int], list[Scored]], min_score: float
) -> dict[tuple[int, int], Scored]:
    """One photo per slot and, within a release, one slot per photo: the best-scoring pairs
    first. ``proposals`` maps (release id, position) to candidates best first; returns
    (release id, position) -> the chosen :class:`Scored`."""
    pairs = sorted(
        ((c.score, key, c) for key, cands in proposals.items() for c in cands),
        key=lambda t: (-t[0], t[1]),
    )
    chosen: dict[tuple[int, int], Scored] = {}
    used: set[tuple[int, int]] = set()  # (release id, photo id)
    for sc, key, cand in pairs:
        if sc < min_score or key in chosen or (key[0], cand.photo_id) in used:
            continue
        chosen[key] = cand
        used.add((key[0], cand.photo_id))
    return chosen
