"""Russian places: the city of the event in the nominative ("в Иерусалиме" -> "Иерусалим"),
a venue, none for a trip to several cities (read by ``ru.find_place``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import gazetteer, visits
from ..text import unquoted
from .common import dateline_city
from .ru_morph import CODE, _doc, _morph, _Tok, _tokens, nominative
from .ru_venues import venue_after

# A city that completes a post, an institution or an appointment ("консул Израиля в
# Санкт-Петербурге", "посольства в Москве", "назначенным в Москву") says where the post is,
# not where the event is.
_POST_STEMS = ("консул", "посол", "посольств", "представител", "миссии", "миссия", "отделени",
               "корреспондент", "офис", "бюро", "генконсул", "назнач")  # fmt: skip


def _cities_in(text: str) -> list[tuple[str, bool, bool]]:
    """Places named with "в"/"во" in ``text``, in the nominative: (name, a known city, the
    first of a list "в Иркутск, Хабаровск и Владивосток"). A city is what the gazetteer
    knows, whatever the tagger calls it; another place the tagger marks is a venue."""
    doc = _doc(_BACKGROUND.sub(lambda m: " " * len(m.group(0)), unquoted(text)))
    toks = _tokens(doc)
    loc_starts = {span.start for span in doc.spans if span.type == "LOC"}
    per_starts = {span.start for span in doc.spans if span.type == "PER"}
    out: list[tuple[str, bool, bool]] = []
    for k, tok in enumerate(toks[:-1]):
        venue = venue_after(toks, k + 1) if tok.text.casefold() in ("в", "во") else None
        if venue is not None and _voice(toks, venue[1]):
            continue  # "В Кремле рассказали о ...": the office speaking, not the event's place
        if venue is not None and not _after_post(toks, k):
            out.append((venue[0], False, False))  # "в Большом Кремлевском дворце"
            continue
        if tok.text.casefold() not in ("в", "во") or not toks[k + 1].text[:1].isupper():
            if tok.text.casefold() == "в" and toks[k + 1].lemma in _SIDELINES:
                out.extend(_sidelines_venue(toks[k + 2 : k + 5]))
            continue
        before = [t.text.casefold() for t in toks[max(0, k - 5) : k]]
        if _after_post(toks, k) or _voice(toks, k + 2) or _voice(toks, k + 3):
            continue  # "В Кремле заявили", "в Белом доме рассказали": the source speaking
        journey = "из" in before[-4:]  # "из Нью-Йорка в Вашингтон": on the way
        run = [t for t in toks[k + 1 : k + 4]]
        size, name = _known_city(run)
        if size and _voice(toks, k + 1 + size):
            continue  # "в Москве заявили": the capital speaking
        if size:
            end = k + 1 + size
            after = toks[end].text if end < len(toks) else ""
            nxt = toks[end + 1] if end + 1 < len(toks) else None
            listed = (
                after in (",", "и")
                and nxt is not None
                and nxt.start not in per_starts  # "в Иерусалим, Обама ...": a person
                and bool(_known_city([nxt])[0])
            )
            out.append((name, True, listed or journey))
        elif toks[k + 1].start in loc_starts:
            base = nominative(toks[k + 1].text, toks[k + 1].case, "Geox")
            if gazetteer.lookup(base, CODE) is None:  # a country is no venue
                out.append((base, False, False))
    return out


# Verbs of speech in the impersonal plural after "в <office>" ("В Кремле заявили", "в МИД
# рассказали"): the office is the source of the news, not the place of the event.
_SPEECH = frozenset(
    {"заявить", "рассказать", "сообщить", "отметить", "подчеркнуть", "ответить", "пояснить",
     "уточнить", "прокомментировать", "опровергнуть", "подтвердить", "назвать", "считать",
     "раскрыть", "анонсировать", "объяснить"}
)  # fmt: skip


def _voice(toks: list[_Tok], k: int) -> bool:
    """Is the token at ``k`` (after a place) a verb of speech in the plural ("заявили")?"""
    t = toks[k] if k < len(toks) else None
    return t is not None and t.lemma in _SPEECH and t.text.casefold().endswith("и")


def _after_post(toks: list[_Tok], k: int) -> bool:
    """Does the "в" at ``k`` complete a post or an appointment ("посол ... в Москве",
    "назначенным в Москву")? A verb or a punctuation mark between them ends the search:
    "аккредитация представителя, пройдет в X" tells where the ceremony is."""
    for t in reversed(toks[max(0, k - 5) : k]):
        if t.lemma.casefold().startswith(_POST_STEMS):
            return True
        if t.pos in ("VERB", "PUNCT"):
            return False
    return False


def _known_city(run: list[_Tok]) -> tuple[int, str]:
    """How many capitalised tokens of ``run`` spell a known city (in the nominative)."""
    for size in range(min(3, len(run)), 0, -1):
        part = run[:size]
        if not all(t.text[:1].isupper() for t in part):
            continue
        base = " ".join(nominative(t.text, t.case, "Geox") for t in part)
        place = gazetteer.lookup(base.replace("\u2011", "-"), CODE)
        if place is not None and place.kind == "city":
            return size, base
    return 0, ""


def find_place(
    *,
    headline: str | None,
    subheadline: str | None,
    summary: str | None,
    body: Sequence[str],
    datelines: Sequence[str] = (),
    captions: Sequence[str | None] = (),
) -> tuple[str | None, float]:
    """The city of the event in the nominative ("в Иерусалиме" -> "Иерусалим"), else a venue;
    None for a trip to several cities. The dateline's city, then the captions' one city,
    when the text names none."""
    texts = [headline, subheadline, body[0] if body else None, summary, *body[1:4]]
    visited = visited_country([headline, subheadline, summary, *body[:3]])
    named = [name for t in texts if t for name, city, _ in _cities_in(t) if city]
    if visits.is_tour(named, visited, CODE):
        return None, 0.5  # a visit to a country with stops in two of its cities
    venue: str | None = None
    for n, text in enumerate(texts):
        if not text:
            continue
        found = [f for f in _cities_in(text) if not f[1] or visits.fits(f[0], visited, CODE)]
        cities = list(dict.fromkeys(name for name, city, _ in found if city))
        if any(listed for _, city, listed in found if city) or len(cities) > 1:
            return None, 0.5  # several cities: a trip
        if cities:
            return cities[0], 0.9 if n < 3 else 0.7
        venue = venue or next((name for name, city, _ in found if not city), None)
    call = any(_CALL.search(t or "") for t in (headline, subheadline, *body[:1]))
    city = None if call else dateline_city(datelines, CODE)
    if city is not None and visits.fits(city, visited, CODE):
        return city, 0.7
    found = [f for c in captions for f in _cities_in(c or "") if f[1]]
    shown = {name for name, _, _ in found}
    if len(shown) == 1 and not any(listed for _, _, listed in found):
        return shown.pop(), 0.6
    return venue, 0.4 if venue else 0.0


# A telephone call happens nowhere: its dateline is where the report was filed.
_CALL = re.compile(r"(?i)телефонн\w+\s+(?:разговор|беседы?|переговор)\w*|по\s+телефону")
# Background, not the reported event: a sentence opened by "Ранее" (earlier) or "Напомним"
# (let us recall), up to its full stop.
_BACKGROUND = re.compile(r"(?:^|(?<=[.!?]\s))(?:Ранее|Напомним|Как\s+сообщалось)\b[^.!?]*")
# "в кулуарах Елисейского дворца": the talk happened on the sidelines, in that venue.
_SIDELINES = frozenset({"кулуар", "кулуары"})
_VISIT_STEMS = ("визит", "поездк", "турне")
# Words before a visit that put it at another time ("после визита", "прошлого визита").
_OTHER_VISIT = frozenset({"после", "до", "прошлый", "предыдущий", "прежний", "недавний"})


def _sidelines_venue(run: list[_Tok]) -> list[tuple[str, bool, bool]]:
    """The venue after "в кулуарах" in the nominative ("Елисейского дворца" -> "Елисейский
    дворец"): a capitalised genitive word and the genitive words that follow it."""
    words: list[_Tok] = []
    for t in run:
        if t.case != "Gen" or (not words and not t.text[:1].isupper()):
            break
        words.append(t)
    if not words:
        return []
    name = _agreeing_nominative(words)
    known = gazetteer.lookup(name, CODE)
    if known is not None and known.kind == "country":
        return []
    return [(name, known is not None, False)]


def visited_country(texts: Sequence[str | None]) -> str | None:
    """The ISO code of the country of the first visit in ``texts`` ("визит в Израиль",
    "в России проходит визит", "с визитом в Израиле"), or None: a country after "в"/"во"
    within a few words of a visit word (not "визит президента России", the visitor's)."""
    for text in texts:
        toks = _tokens(_doc(text or ""))
        for i, tok in enumerate(toks):
            if not tok.lemma.startswith(_VISIT_STEMS):
                continue
            if any(t.lemma.startswith("пригла") for t in toks[max(0, i - 6) : i]):
                continue  # "пригласил посетить с визитом ...": a visit to come
            if any(t.lemma in _OTHER_VISIT for t in toks[max(0, i - 2) : i]):
                continue  # "после визита Путина в Китай": an earlier visit
            for j in range(max(1, i - 4), min(len(toks), i + 6)):
                if toks[j - 1].text.casefold() not in ("в", "во"):
                    continue
                place = gazetteer.lookup(nominative(toks[j].text, toks[j].case, "Geox"), CODE)
                if place is not None and place.kind == "country":
                    return visits.country_code(place.name)
    return None


def _agreeing_nominative(words: list[_Tok]) -> str:
    """A genitive noun phrase in the nominative, its adjectives agreeing in gender with the
    last noun ("Зимнего дворца" -> "Зимний дворец", not the neuter "Зимнее")."""
    nouns = [t for t in words if t.pos in ("NOUN", "PROPN")]
    gender = None
    if nouns:
        parse = next((p for p in _morph().parse(nouns[-1].text) if "gent" in p.tag), None)
        gender = parse.tag.gender if parse is not None else None
    out: list[str] = []
    for t in words:
        form = None
        if t.pos == "ADJ" and gender:
            adj = next((p for p in _morph().parse(t.text) if p.tag.POS == "ADJF"), None)
            inflected = adj.inflect({"nomn", "sing", gender}) if adj is not None else None
            if inflected is not None:
                word = inflected.word
                form = word[:1].upper() + word[1:] if t.text[:1].isupper() else word
        out.append(form or nominative(t.text, t.case, "Geox"))
    return " ".join(out)
