"""People in a release: one record per person, with title, role and the short forms seen."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lang import is_spokesperson
from .lang.common import day_classes, lead_sentence
from .lang.en import OTHER_DAYS
from .lang.names import is_common_word
from .mentions import Mention, find_mentions
from .models import ParsedPerson
from .text import name_key

_SOURCE_RANK = {"body": 0, "headline": 1, "subheadline": 2, "summary": 3, "caption": 4}


@dataclass
class _Group:
    keys: tuple[str, ...]
    mentions: list[Mention] = field(default_factory=list)

    @property
    def body(self) -> list[Mention]:
        return [m for m in self.mentions if m.source == "body"]

    def first_order(self) -> tuple[int, int]:
        ranked = [(_SOURCE_RANK[m.source], m.order) for m in self.mentions]
        return min(ranked)


def _keys(m: Mention) -> tuple[str, ...]:
    keys = (name_key(w).strip("\"'«»") for w in m.name.split())
    return tuple(k for k in keys if k)


_NICK_MARKS = "()\"'‘’“”"


def _nickname_forms(keys: tuple[str, ...]) -> list[tuple[str, ...]]:
    """ "Benjamin (Benny) Gantz" also answers to "Benny Gantz" and "Benjamin Gantz"."""
    nick = [j for j, k in enumerate(keys) if k[:1] in _NICK_MARKS and k[-1:] in _NICK_MARKS]
    if len(nick) != 1 or nick[0] == 0:
        return [keys]
    j = nick[0]
    plain = keys[j].strip(_NICK_MARKS)
    return [keys, keys[:j] + keys[j + 1 :], (plain, *keys[j + 1 :])]


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    return any(_contains_one(form, small) for form in _nickname_forms(big))


def _without_middle_initials(keys: tuple[str, ...]) -> tuple[str, ...]:
    middle = tuple(k for k in keys[1:-1] if len(k.strip(".")) > 1)
    return (keys[0], *middle, keys[-1]) if len(keys) > 2 else keys


def _contains_one(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    if len(big) > len(small) >= 2 and _without_middle_initials(big) == small:
        return True  # "Donald J Trump", "Sergey V. Lavrov": a middle initial left out
    n = len(small)
    if any(big[i : i + n] == small for i in range(len(big) - n + 1)):
        return True
    # "B. Netanyahu" is "Benjamin Netanyahu": initials stand for the first names
    return (
        1 < n <= len(big)
        and small[-1] == big[-1]
        and all(
            a == b or (len(a) == 1 and b.startswith(a))
            for a, b in zip(small[:-1], big[len(big) - n : -1], strict=True)
        )
    )


_GLUED = ("in", "at", "on", "of", "to", "and", "with", "for", "by")


def _space_lost(key: str, groups: list[_Group]) -> _Group | None:
    """The person whose surname, named in full elsewhere in the release, a word spells with
    a short function word glued on ("Lauin" for "Lau in"), or None."""
    for tail in _GLUED:
        stem = key[: -len(tail)]
        if key.endswith(tail) and len(stem) >= 3:
            owners = [g for g in groups if len(g.keys) > 1 and g.keys[-1] == stem]
            if len(owners) == 1:
                return owners[0]
    return None


def _principal_of_spouse(m: Mention, g: _Group) -> bool:
    """ "Prime Minister Cohen and his wife Sara Cohen": a titled surname alone is the office
    holder, not the spouse named in full with the same surname."""
    return m.title is not None and not m.relation and all(x.relation for x in g.mentions)


def _latest_before(g: _Group, order: int) -> int:
    return max((x.order for x in g.mentions if x.order < order), default=-1)


def _surname_and_words(m: Mention, groups: list[_Group]) -> bool:
    """A headline or caption in title case glues everyday words to a surname the body names
    in full ("Ghandour Receives Credentials of Ambassadors"): only the surname is a name."""
    words = m.name.split()
    if m.source == "body" or len(words) < 2:
        return False
    surnames = {g.keys[-1] for g in groups if len(g.keys) > 1}
    return name_key(words[0]) in surnames and all(is_common_word(w, "en") for w in words[1:])


def _cluster(mentions: list[Mention]) -> list[_Group]:
    ordered = sorted(mentions, key=lambda m: (_SOURCE_RANK[m.source], m.order))
    groups: list[_Group] = []
    singles: list[Mention] = []
    for m in ordered:
        keys = _keys(m)
        if not keys:
            continue
        if len(keys) < 2 or _surname_and_words(m, groups):
            singles.append(m)
            continue
        match = next(
            (
                g
                for g in groups
                if len(g.keys) > 1 and (_contains(g.keys, keys) or _contains(keys, g.keys))
            ),
            None,
        )
        if match is None:
            groups.append(_Group(keys, [m]))
            continue
        match.mentions.append(m)
        fuller = _without_middle_initials(keys) == match.keys  # the same name, initial added
        if len(keys) > len(match.keys) and (m.source == "body" or not match.body or fuller):
            match.keys = keys
    for m in sorted(singles, key=lambda m: m.order):
        key = _keys(m)[0]
        candidates = [g for g in groups if key in g.keys and not _principal_of_spouse(m, g)]
        if not candidates and (lost := _space_lost(key, groups)):
            lost.mentions.append(m)  # "Rabbi Lauin his sukkah": "Lau in", a space lost
            continue
        if len(candidates) > 1:
            same_title = [g for g in candidates if any(x.title == m.title for x in g.mentions)]
            order = m.order
            candidates = sorted(
                same_title or candidates, key=lambda g: _latest_before(g, order), reverse=True
            )
        if candidates:
            candidates[0].mentions.append(m)
        else:
            groups.append(_Group((key,), [m]))
    surnames = {g.keys[0] for g in groups if len(g.keys) == 1}
    return [
        g
        for g in groups
        if not (len(g.mentions) == 1 and g.mentions[0].coordinated and g.keys[0] in surnames)
    ]


def _canonical(g: _Group) -> Mention:
    full = [m for m in g.mentions if _keys(m) == g.keys] or g.mentions
    return min(full, key=lambda m: (_SOURCE_RANK[m.source] > 0, m.order))


def _title(g: _Group, key: str) -> str | None:
    """The title at the first full-name mention in the body ("his counterpart Benjamin
    Netanyahu" gives none, whatever "Prime Minister Netanyahu" later says); the headline,
    summary and captions, or a shorter form, only when the body never gives the full name."""
    ordered = sorted(g.mentions, key=lambda m: (_SOURCE_RANK[m.source], m.order))
    body = [m for m in ordered if name_key(m.name) == key and m.source == "body"]
    if body:
        return body[0].title
    full = [m for m in ordered if name_key(m.name) == key and m.title]
    if full:
        return full[0].title
    titled = [m for m in ordered if m.title]
    return titled[0].title if titled else None


def _cased(name: str, g: _Group) -> str:
    """A name printed in capitals ("YINGLUCK SHINAWATRA, the Thai Prime Minister, ...") in
    the case another mention writes it, else in title case."""
    if not name.isupper() or len(name) < 4:
        return name
    key = name_key(name)
    written = [m.name for m in g.mentions if not m.name.isupper() and name_key(m.name) == key]
    return written[0] if written else name.title()


def _negative(m: Mention) -> bool:
    return m.negative or m.sentence_negative


def _spokesperson(g: _Group) -> bool:
    """A spokesperson or press secretary reports on the event: a source, not a participant,
    unless named in an escort ("accompanied by his spokesman X")."""
    titled = any(m.title and is_spokesperson(m.title) for m in g.mentions)
    return titled and not any(m.escort and not m.referred for m in g.body)


def _role(g: _Group) -> str:
    """Participant when a mention takes part (the lead, a meeting word, the subject of a
    meeting verb, a meeting still to come, a photo of the event) and the first does not
    only refer to the person; mentioned otherwise."""
    body = sorted(g.body, key=lambda m: m.order)
    shown = [m for m in g.mentions if m.source != "body"]
    if _spokesperson(g):
        return "mentioned"
    if not body:
        return "mentioned" if all(_negative(m) for m in g.mentions) else "participant"
    first = body[0]
    if _negative(first):
        return "mentioned"
    active = [m for m in body if not (_negative(m) or m.in_quote or m.referred)]
    if any(m.paragraph == 0 or m.trigger or m.subject for m in active):
        return "participant"
    if first.sentence_start and not (first.in_quote or first.referred or first.speaker):
        return "participant"
    if any(m.planned and not _negative(m) for m in body):
        return "participant"
    if any(not _negative(m) for m in shown) and not all(m.referred for m in body):
        return "participant"
    return "mentioned"


def _aliases(g: _Group, name: str) -> tuple[str, ...]:
    """Short forms and spelling variants seen in the text ("Peres", "President Peres")."""
    own = set(g.keys)
    seen: list[str] = []
    for m in sorted(g.mentions, key=lambda m: m.order):
        if not set(_keys(m)) <= own:
            continue
        forms = [m.name]
        if m.title and len(m.words) == 1:
            forms.append(f"{m.title} {m.name}")
        for form in forms:
            if form != name and form not in seen:
                seen.append(form)
    return tuple(seen)


_EDITORIAL = re.compile(r"\[([A-Z][\w.'’-]*)\]")


def _unbracket(paragraph: str) -> str:
    """ "Vice President [Mike] Pence": an editor's bracketed name is part of the name."""
    return _EDITORIAL.sub(r"\1", paragraph)


def _lead(body: list[str]) -> str:
    """The lead: the first sentence of the first paragraph of prose ("Dr." ends none)."""
    from .tokens import sentences, tokenize

    paragraph = next((p for p in body if _prose(p)), body[0] if body else "")
    first = next(iter(sentences(tokenize(paragraph))), [])
    return paragraph[first[0].start : first[-1].end] if first else lead_sentence(body)


def _prose(paragraph: str) -> bool:
    """A paragraph of prose, not a title line left in the body: it ends a sentence or is long."""
    text = paragraph.rstrip(" ”’\"'")
    return text.endswith((".", "!", "?")) or len(text.split()) >= 12


def find_people(
    body: list[str],
    *,
    headline: str | None = None,
    subheadline: str | None = None,
    summary: str | None = None,
    captions: tuple[str | None, ...] = (),
) -> tuple[ParsedPerson, ...]:
    """Every named person in a release, in order of first appearance in the body."""
    counter = [0]
    mentions: list[Mention] = []
    lead = day_classes(_lead([summary, *body] if summary else body), OTHER_DAYS)
    for i, paragraph in enumerate(body):
        mentions.extend(find_mentions(_unbracket(paragraph), "body", i, counter, lead))
    extra = [("headline", headline), ("subheadline", subheadline), ("summary", summary)]
    extra += [("caption", c) for c in captions]
    for source, text in extra:
        if text:
            mentions.extend(find_mentions(text, source, 0, counter, lead))
    people: list[ParsedPerson] = []
    for g in sorted(_cluster(mentions), key=lambda g: g.first_order()):
        name = _cased(_canonical(g).name, g)
        people.append(ParsedPerson(name, _title(g, name_key(name)), _role(g), _aliases(g, name)))
    return tuple(people)
