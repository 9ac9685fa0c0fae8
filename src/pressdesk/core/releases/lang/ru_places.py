"""Russian places: the city of the event in the nominative ("в Иерусалиме" -> "Иерусалим"),
a venue, none for a trip to several cities (read by ``ru.find_place``)."""

from __future__ import annotations

from collections.abc import Sequence

from .. import gazetteer
from ..text import unquoted
from .common import dateline_city
from .ru_morph import CODE, _doc, _Tok, _tokens, nominative

# A city that completes a post or an institution ("консул Израиля в Санкт-Петербурге",
# "посольства в Москве") says where the post is, not where the event is.
_POST_STEMS = ("консул", "посол", "посольств", "представител", "миссии", "миссия", "отделени",
               "корреспондент", "офис", "бюро", "генконсул")  # fmt: skip


def _cities_in(text: str) -> list[tuple[str, bool, bool]]:
    """Places named with "в"/"во" in ``text``, in the nominative: (name, a known city, the
    first of a list "в Иркутск, Хабаровск и Владивосток"). A city is what the gazetteer
    knows, whatever the tagger calls it; another place the tagger marks is a venue."""
    doc = _doc(unquoted(text))
    toks = _tokens(doc)
    loc_starts = {span.start for span in doc.spans if span.type == "LOC"}
    out: list[tuple[str, bool, bool]] = []
    for k, tok in enumerate(toks[:-1]):
        if tok.text.casefold() not in ("в", "во") or not toks[k + 1].text[:1].isupper():
            continue
        before = [t.text.casefold() for t in toks[max(0, k - 5) : k]]
        if any(t.lemma.casefold().startswith(_POST_STEMS) for t in toks[max(0, k - 5) : k]):
            continue
        journey = "из" in before[-4:]  # "из Нью-Йорка в Вашингтон": on the way
        run = [t for t in toks[k + 1 : k + 4]]
        size, name = _known_city(run)
        if size:
            end = k + 1 + size
            after = toks[end].text if end < len(toks) else ""
            nxt = toks[end + 1] if end + 1 < len(toks) else None
            listed = after in (",", "и") and nxt is not None and bool(_known_city([nxt])[0])
            out.append((name, True, listed or journey))
        elif toks[k + 1].start in loc_starts:
            base = nominative(toks[k + 1].text, toks[k + 1].case, "Geox")
            if gazetteer.lookup(base, CODE) is None:  # a country is no venue
                out.append((base, False, False))
    return out


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
    venue: str | None = None
    for n, text in enumerate(texts):
        if not text:
            continue
        found = _cities_in(text)
        cities = list(dict.fromkeys(name for name, city, _ in found if city))
        if any(listed for _, city, listed in found if city) or len(cities) > 1:
            return None, 0.5  # several cities: a trip
        if cities:
            return cities[0], 0.9 if n < 3 else 0.7
        venue = venue or next((name for name, city, _ in found if not city), None)
    city = dateline_city(datelines, CODE)
    if city is not None:
        return city, 0.7
    found = [f for c in captions for f in _cities_in(c or "") if f[1]]
    shown = {name for name, _, _ in found}
    if len(shown) == 1 and not any(listed for _, _, listed in found):
        return shown.pop(), 0.6
    return venue, 0.4 if venue else 0.0
