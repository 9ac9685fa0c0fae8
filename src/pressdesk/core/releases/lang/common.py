"""What the language modules share: a found mention of a person, and how mentions become
people (one per person, the fullest name, the first title, a role, a confidence)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pressdesk.core.text_keys import fold

from ..models import ParsedPerson

SOURCE_RANK = {"body": 0, "headline": 1, "subheadline": 2, "summary": 3, "caption": 4}


@dataclass(frozen=True)
class Found:
    """One mention of a person, in base form, with the cues that decide the role."""

    name: str
    title: str | None
    source: str
    paragraph: int
    order: int
    participant_cue: bool = False
    mentioned_cue: bool = False
    confidence: float = 0.8
    written: str | None = None  # the form in the text, when the base form differs
    escort: bool = False  # named in an escort or delegation ("בליווי", "в сопровождении")
    relation: bool = False  # named as another person's spouse ("ורעייתו שרה נתניהו")
    speaker: bool = (
        False  # the source of a statement ("X אמר כי", "X: "...""): not by itself taking part
    )


def _words(name: str) -> tuple[str, ...]:
    """The folded words that identify a name (a nickname in parentheses left out)."""
    words = (w for w in name.split() if not (w.startswith("(") and w.endswith(")")))
    return tuple(fold(w).strip(".") for w in words if fold(w).strip("."))


_MATRES = re.compile("(?<=.)[וי](?=.)")


def _spelling(word: str) -> str:
    """A Hebrew word without the vowel letters ו and י inside it: plene and defective
    spellings of one name ("ריבלין", "רבלין") are one word."""
    return _MATRES.sub("", word) if len(word) > 3 else word


def _same_person(full: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """ "Netanyahu" and "B. Netanyahu" name "Benjamin Netanyahu"; "Peres" names "Shimon Peres";
    "הנשיא רבלין" names "ראובן ריבלין" (the surname spelt without its vowel letter)."""
    if not other or not full:
        return False
    if other[-1] != full[-1] and not (
        len(other) == 1 and _spelling(other[-1]) == _spelling(full[-1])
    ):
        return False
    if len(other) == 1:
        return True
    firsts = other[:-1]
    return len(firsts) <= len(full) - 1 and all(
        f == g or (len(f) == 1 and g.startswith(f)) for f, g in zip(firsts, full[:-1], strict=False)
    )


@dataclass
class _Group:
    words: tuple[str, ...]
    mentions: list[Found]


def assemble(found: list[Found]) -> tuple[ParsedPerson, ...]:
    """Cluster mentions into people, ordered by first appearance (body before titles)."""
    ordered = sorted(found, key=lambda f: (SOURCE_RANK[f.source], f.order))
    groups: list[_Group] = []
    for f in sorted(ordered, key=lambda f: -len(_words(f.name))):
        words = _words(f.name)
        if not words:
            continue
        match = next(
            (
                g
                for g in groups
                if (
                    _same_person(g.words, words)
                    or _same_person(words, g.words)
                    or _spouse_by_first_name(f, words, g)
                )
                and not _principal_of_spouse(f, g)
            ),
            None,
        )
        if match is None:
            groups.append(_Group(words, [f]))
            continue
        match.mentions.append(f)
        if len(words) > len(match.words):
            match.words = words
    people: list[tuple[tuple[int, int], ParsedPerson]] = []
    # the release's first named person, when named in its lead paragraph: the lead's subject
    lead = [f.order for f in found if f.source == "body" and f.paragraph == 0]
    opening = min(lead, default=-1)
    for g in groups:
        g.mentions.sort(key=lambda f: (SOURCE_RANK[f.source], f.order))
        full = [m for m in g.mentions if _words(m.name) == g.words]
        name = full[0].name
        title = _title(full, g.mentions)
        aliases: list[str] = []
        for m in g.mentions:
            for form in (m.name, m.written):
                if form and form != name and form not in aliases:
                    aliases.append(form)
        confidence = max(m.confidence for m in g.mentions)
        if len(g.words) == 1:
            confidence = min(confidence, 0.6)
        if not _could_be_person(name, title):
            continue  # "הנשיא נכחו", "Байден Фотография": no name in its language
        first = (SOURCE_RANK[g.mentions[0].source], g.mentions[0].order)
        person = ParsedPerson(name, title, role(g.mentions, opening), tuple(aliases), confidence)
        people.append((first, person))
    people.sort(key=lambda item: item[0])
    return tuple(p for _, p in people)


def _spouse_by_first_name(f: Found, words: tuple[str, ...], g: _Group) -> bool:
    """ "ורעייתו נחמה" after "נחמה ריבלין": a spouse named by first name is the person the
    release names in full with that first name."""
    return f.relation and len(words) == 1 and len(g.words) > 1 and g.words[0] == words[0]


def _could_be_person(name: str, title: str | None) -> bool:
    """The import's test (``could_be_person``): only what looks like a name in its language
    comes out as a person, so the parser's people are the catalogue's."""
    from . import could_be_person

    return could_be_person(name, title)


def _principal_of_spouse(f: Found, g: _Group) -> bool:
    """ "ראש הממשלה נתניהו ורעייתו שרה נתניהו": a titled surname alone is the office holder,
    not the spouse named in full with the same surname."""
    return (
        len(_words(f.name)) == 1
        and f.title is not None
        and not f.relation
        and all(m.relation for m in g.mentions)
    )


def is_spokesperson(title: str) -> bool:
    from . import is_spokesperson as spokesperson

    return spokesperson(title)


def _title(full: list[Found], mentions: list[Found]) -> str | None:
    """The title at the first full-name mention in the body (none when it has none); the
    headline, summary, captions or a shorter form only when the body never gives the full
    name. ``full`` and ``mentions`` are in order, body first."""
    if full and full[0].source == "body":
        return full[0].title
    titled = [m for m in full if m.title] or [m for m in mentions if m.title]
    return titled[0].title if titled else None


def role(mentions: list[Found], opening: int = -1) -> str:
    """Participant when a mention takes part (a meeting word, the lead, a title line) and
    none only refers to the person; mentioned otherwise. The person the lead opens with
    (``opening``, the order of the first mention in the lead) takes part even as the
    speaker ("הנשיא הנבחר X אמר היום בנאומו ...": the speech is the event)."""
    body = [m for m in mentions if m.source == "body"]
    if any(m.title and is_spokesperson(m.title) for m in mentions) and not any(
        m.escort for m in body
    ):
        return "mentioned"  # a spokesperson reports on the event
    if not body:
        return "mentioned" if all(m.mentioned_cue for m in mentions) else "participant"
    if any(
        m.source in ("headline", "subheadline", "summary")
        and m.participant_cue
        and not m.mentioned_cue
        for m in mentions
    ):
        return "participant"  # the title line or the summary reports the person's meeting
    if all(m.mentioned_cue for m in body):
        return "mentioned"
    if any(m.participant_cue and not m.mentioned_cue for m in body):
        return "participant"
    if any(m.title and not (m.mentioned_cue or m.speaker) for m in body):
        return "participant"  # a titled person in the report takes part unless referred to
    if any(m.relation and not m.mentioned_cue for m in body):
        return "participant"  # a spouse named beside the person comes along
    first = body[0]
    if first.paragraph == 0 and not (first.mentioned_cue or first.speaker):
        return "participant"
    if first.order == opening and not first.mentioned_cue:
        return "participant"
    if any(m.source in ("headline", "subheadline", "caption") for m in mentions):
        return "participant"
    return "mentioned"


def day_classes(text: str, days: Mapping[str, re.Pattern[str]]) -> frozenset[str]:
    """The days other than the report's own that ``text`` names ("yesterday", "tomorrow",
    "earlier", "later"), by a language's ``OTHER_DAYS``."""
    return frozenset(day for day, rx in days.items() if rx.search(text))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


def lead_sentence(body: Sequence[str]) -> str:
    """The first sentence of the body: the lead that names the reported event."""
    return _SENTENCE_END.split(body[0].strip(), maxsplit=1)[0] if body else ""


def another_day(sentence: str, lead: frozenset[str], days: Mapping[str, re.Pattern[str]]) -> bool:
    """Does ``sentence`` report a day the lead paragraph does not ("Yesterday X met Y" after
    a lead about today's talks)? Such a sentence tells of another event: its people are only
    mentioned there. A lead that itself says "yesterday" makes yesterday the report's day."""
    return bool(day_classes(sentence, days) - lead)


def dateline_city(datelines: Sequence[str], code: str) -> str | None:
    """The city a dateline opens with ("New York, 4 December 2013", "МОСКВА, 14 января"),
    when the gazetteer knows it; a city in capitals is given in title case."""
    from .. import gazetteer

    for line in datelines:
        head = line.split(",")[0].strip(" .–-")
        if not head or len(head.split()) > 3:
            continue
        place = gazetteer.lookup(head, code)
        if place is not None and place.kind == "city":
            return head.title() if head.isupper() else head
    return None


def first_name_alone(name: str, title: str, lang: str, royal: frozenset[str]) -> bool:
    """Is ``name`` a first name only (a known first name, not a surname) after an office
    title ("President Jimmy", "נשיא גואטמלה ג'ימי")? Such a string is a name whose surname
    was cut off. A royal or consort title is followed by a first name alone ("Prince
    Charles", "First Lady Michal"), so those are kept."""
    from .names import is_first_name, is_surname

    name = name.replace("\u05f3", "'")  # the Hebrew geresh written for an apostrophe: ג׳ק
    if not is_first_name(name, lang) or is_surname(name, lang):
        return False
    return not any(w.casefold() in royal for w in title.replace("-", " ").split())
