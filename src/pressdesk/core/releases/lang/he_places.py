"""Hebrew places: the city of the event in its base form ("בירושלים" -> "ירושלים"), a venue,
none for a trip to several cities (read by ``he.find_place``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import gazetteer, lexicon, visits
from ..text import unquoted
from .common import dateline_city
from .he_lexicon import CODE, STOP, words
from .names import is_common_word

# An institution named after its city: the event is in that city ("באוניברסיטת חיפה").
_INSTITUTIONS = frozenset({"אוניברסיטת", "עיריית", "נמל", "מכללת"})
# Offices are places only after a preposition ("בלשכת ראש הממשלה", "למשרד החוץ").
_OFFICES = ("לשכת", "משרד")
_VENUE_COUNTRY = {"הבית הלבן": "US", "הקרמלין": "RU", "ארמון האליזה": "FR"}  # else Israel's
VENUES = ("בית הנשיא", "משכן הנשיא", "מעון הנשיא", "מעון ראש הממשלה", "משכן הכנסת", "הכנסת", "לשכת ראש הממשלה", "משרד ראש הממשלה", "משרד החוץ",
          "משרד הביטחון", "יד ושם", "הר הרצל", "הכותל המערבי", "הבית הלבן",
          "הקרמלין", "ארמון האליזה", 'נתב"ג', "נמל התעופה בן גוריון")  # fmt: skip


def find_place(
    *,
    headline: str | None,
    subheadline: str | None,
    summary: str | None,
    body: Sequence[str],
    datelines: Sequence[str] = (),
    captions: Sequence[str | None] = (),
) -> tuple[str | None, float]:
    """The city of the event in its base form ("בירושלים" -> "ירושלים"), else a venue; None
    for a trip to several cities ("בברלין, וינה ופריז"). The dateline's city, then the
    captions' one city, when the text names none."""
    texts = [headline, subheadline, body[0] if body else None, summary, *body[1:4]]
    visited = visited_country([headline, subheadline, summary, *body[:3]])
    spoken = [t and without_speech(t) for t in texts]
    if visits.is_tour([c for t in spoken if t for c in _cities_after_b(words(t))], visited, CODE):
        return None, 0.5  # a visit to a country with stops in two of its cities
    venue: str | None = None
    for n, text in enumerate(spoken):
        if not text:
            continue
        toks = words(text)
        for i, w in enumerate(toks):
            for pre in ("ב", "וב", "שב"):
                if not w.startswith(pre) or len(w) <= len(pre) + 1:
                    continue
                rest = [w[len(pre) :], *toks[i + 1 : i + 3]]
                shift = 0
                if rest[0] in _INSTITUTIONS:  # "באוניברסיטת חיפה", "בעיריית באר שבע"
                    rest, shift = list(toks[i + 1 : i + 4]), 1
                size, place = gazetteer.longest_place(rest, CODE)
                if i > 0 and _is_topic(toks[i - 1]):
                    continue  # "המלחמה ברפיח", "הבנייה בירושלים": what is talked about
                if place is not None and size == 1 and _possessive_noun(rest[0], place):
                    continue  # "ביומה" (on her day) is no Yuma
                if place is not None and place.kind == "city" and _building_after(rest, size):
                    venue = venue or " ".join(rest[: size + 1])  # "בלנקסטר האוס": a building
                    continue
                if place is not None and place.kind == "city":
                    if not visits.fits(" ".join(rest[:size]), visited, CODE):
                        continue  # on a visit to Rwanda, "בירושלים" is named in passing
                    if _city_list(toks, i + shift + size):
                        return None, 0.5  # several cities: a trip
                    return " ".join(rest[:size]), 0.9 if n < 3 else 0.7
                if venue is None:
                    venue = _venue(rest)
    city = dateline_city(datelines, CODE)
    if city is not None and visits.fits(city, visited, CODE):
        return city, 0.7
    shown = {c for cap in captions if cap for c in _cities_after_b(words(cap))}
    if len(shown) == 1 and visits.fits(next(iter(shown)), visited, CODE):
        return shown.pop(), 0.6
    if venue is None and visited is None:  # "בביקורו בהר ברכה": a settlement visited
        toured = {p for t in [*texts, *captions] if t for p in _visited_settlements(words(t))}
        if len(toured) == 1:
            return toured.pop(), 0.5
    confidence = 0.5
    if venue is None:  # a venue named anywhere: "לכנסת", "את סוכת בית הנשיא"
        venue = next(
            (v for text in texts if text for v in _venues_in(words(text))),
            None,
        )
        confidence = 0.4
    home = _VENUE_COUNTRY.get(venue or "", "IL" if venue in VENUES else visited)
    if venue is None or (visited and home != visited):
        return None, 0.0  # on a visit to Rwanda, "בבית הנשיא" is not Jerusalem's
    return venue, confidence


# English building words written in Hebrew letters after a name: "לנקסטר האוס" (Lancaster
# House), "קרנגי הול", "מדיסון סקוור גארדן" - a building named after a city is no city.
_BUILDINGS_AFTER = frozenset(
    {"האוס", "הול", "פאלאס", "פלאס", "סקוור", "סטריט", "פארק", "סנטר", "טאוור", "גארדן",
     "גרדן", "קאסל", "הוטל", "סטדיום", "ארנה"}
)  # fmt: skip


# The construct nouns that open Hebrew settlement names ("הר ברכה", "כפר עציון", "גבעת
# זאב", "מעלה אדומים"): after a visit word, such a phrase names the place visited.
_SETTLEMENT_HEADS = frozenset(
    {"הר", "כפר", "גבעת", "קריית", "קרית", "נווה", "רמת", "מעלה", "מצפה", "עין", "אלון",
     "גבעות", "מבוא", "נוף", "רמות", "שדות"}
)  # fmt: skip


def _visited_settlements(toks: Sequence[str]) -> list[str]:
    """Settlements named right after a visit word: "בביקורו בהר ברכה" -> "הר ברכה" (two
    words, the second no definite noun: "בבית הספר" is a school, not a place name)."""
    out: list[str] = []
    for i, w in enumerate(toks[:-2]):
        nxt, name = toks[i + 1], toks[i + 2]
        if w not in _VISIT_WORDS or not nxt.startswith("ב"):
            continue
        if nxt[1:] in _SETTLEMENT_HEADS and name[:1].isalpha() and not name.startswith("ה"):
            out.append(f"{nxt[1:]} {name}")
    return out


def _possessive_noun(word: str, place: gazetteer.Place) -> bool:
    """A small foreign town spelt like an everyday noun with a possessive ending ("יומה":
    her day, "יום" + ה): the noun, not the town."""
    if place.kind != "city" or place.country in ("IL", "PS") or place.population >= 1_000_000:
        return False
    if word[-1:] not in "הו" or len(word) <= 3:
        return False
    stem = word[:-2] + _FINAL.get(word[-2], word[-2])  # "יומ" is written "יום"
    return stem in STOP or is_common_word(stem, CODE)


_FINAL = {"מ": "ם", "נ": "ן", "צ": "ץ", "פ": "ף", "כ": "ך"}


def _building_after(rest: Sequence[str], size: int) -> bool:
    """Does a building word follow the city's name ("לנקסטר האוס")?"""
    return size < len(rest) and rest[size] in _BUILDINGS_AFTER


def _city_list(toks: Sequence[str], k: int) -> bool:
    """Does a list of cities follow ("בברלין, וינה ופריז": ", וינה" or "ופריז")?"""
    if k >= len(toks):
        return False
    nxt = toks[k]
    if nxt == "," and k + 1 < len(toks):
        return gazetteer.longest_place([toks[k + 1], *toks[k + 2 : k + 4]], CODE)[1] is not None
    for pre in ("וב", "ו"):  # "ופריז", "ובמינכן"
        if nxt.startswith(pre) and len(nxt) > len(pre) + 1:
            _size, place = gazetteer.longest_place([nxt[len(pre) :], *toks[k + 1 : k + 3]], CODE)
            if place is not None and place.kind == "city":
                return True
    return False


def _cities_after_b(toks: list[str]) -> list[str]:
    out: list[str] = []
    for i, w in enumerate(toks):
        pre = next((p for p in ("וב", "שב", "ב") if w.startswith(p) and len(w) > len(p) + 1), "")
        if pre:
            rest = [w[len(pre) :], *toks[i + 1 : i + 3]]
            size, place = gazetteer.longest_place(rest, CODE)
            if place is not None and place.kind == "city":
                out.append(" ".join(rest[:size]))
    return out


def _venues_in(toks: list[str]) -> list[str]:
    out: list[str] = []
    for i, w in enumerate(toks):
        for pre in ("", "ב", "ל", "וב", "ול", "שב", "של"):
            if w.startswith(pre) and len(w) > len(pre) + 1:
                found = _venue([w[len(pre) :], *toks[i + 1 : i + 3]])
                if found and not pre and found.startswith(_OFFICES):
                    break  # "לשכת ראש הממשלה הודיעה": the office speaking, not a place
                if found:
                    out.append(found)
                    break
    return out


def _venue(rest: list[str]) -> str | None:
    joined = " ".join(rest)
    for v in VENUES:
        if joined.startswith(v) or ("ה" + joined).startswith(v):
            return v
    return _named_building(rest)


# Nouns of a building named after them ("במלון המלך דוד", "בארמון בקינגהאם", "בהיכל
# התרבות" is a building too, but a generic one: its name must not be an everyday word).
_BUILDING_NOUNS = frozenset({"ארמון", "מלון", "היכל", "אולם", "מוזיאון", "אצטדיון", "טירת"})


def _named_building(rest: list[str]) -> str | None:
    """A building noun and its name of one or two words ("מלון המלך דוד", "ארמון
    בקינגהאם"); the name ends at punctuation, a function word or a known city."""
    if not rest or rest[0] not in _BUILDING_NOUNS:
        return None
    name: list[str] = []
    for w in rest[1:3]:
        if not w[:1].isalpha() or w in STOP or w[1:] in STOP:
            break  # ",", "עם", "ביום"
        if gazetteer.longest_place([w[1:]], CODE)[1] is not None:
            break  # "בברלין": the city after the building
        name.append(w)
    if not name or all(is_common_word(w.removeprefix("ה"), CODE) for w in name):
        return None  # "באולם הגדול": a hall, unnamed
    return " ".join([rest[0], *name])


# What is talked about, not where the event is: "המלחמה ברפיח", "הבנייה בירושלים",
# "ההכרה בירושלים", "השגרירות בירושלים" (a post), "המצב בעזה".
TOPICS = lexicon.words(
    """מלחמה המלחמה לחימה הלחימה קרבות הקרבות מצב המצב פיגוע הפיגוע פיגועים הפיגועים ירי הירי
    טרור הטרור אלימות האלימות מתיחות המתיחות הסלמה ההסלמה הפגנות ההפגנות הפגנה ההפגנה מהומות
    המהומות בחירות הבחירות בנייה הבנייה הבניה התנחלויות ההתנחלויות הכרה ההכרה שגרירות השגרירות
    שגרירויות השגרירויות קונסוליה הקונסוליה קונסול הקונסול שגריר השגריר נציגות הנציגות השקעות
    ההשקעות משבר המשבר סכסוך הסכסוך מבצע המבצע"""
)
# A visit or a journey: "בעת ביקורו ברואנדה", "לביקור בהודו", "ימריא לארה\"ב".
_VISIT_WORDS = lexicon.words(
    """ביקור ביקורו ביקורה ביקורם הביקור בביקור בביקורו בביקורה לביקור וביקור ביקר ביקרה ביקרו
    יבקר תבקר יבקרו מבקר מבקרת ימריא תמריא המריא המריאה ממריא ממריאה נסע נסעה ייסע יצא יצאה
    ייצא טס טסה יטוס נחת נחתה ינחת הגיע הגיעה יגיע"""
)
# A gershayim inside a word (ש"ס, ארה"ב, לע"מ) is no quotation mark.
_ACRONYM = re.compile(r'(?<=[\u05d0-\u05ea])"(?=[\u05d0-\u05ea])')


def _is_topic(word: str) -> bool:
    """A topic word, behind up to two one-letter prefixes ("ובמלחמה", "ובמצב")."""
    for k in range(3):
        if word[k:] in TOPICS:
            return True
        if word[k : k + 1] not in ("ו", "ב", "ל", "מ", "ש", "כ"):
            return False
    return False


def without_speech(text: str) -> str:
    """``text`` with quoted speech blanked out, acronyms' gershayim kept."""
    masked = _ACRONYM.sub("\u05f4", text)
    return "".join(
        '"' if a == "\u05f4" and b == '"' else a
        for a, b in zip(unquoted(masked), text, strict=True)
    )


def visited_country(texts: Sequence[str | None]) -> str | None:
    """The ISO code of the country of the first visit or journey in ``texts``
    ("בעת ביקורו ברואנדה" -> RW), or None."""
    for text in texts:
        toks = words(text or "")
        for i, w in enumerate(toks):
            if w not in _VISIT_WORDS or any(_is_invitation(t) for t in toks[max(0, i - 6) : i]):
                continue  # "הזמין את נתניהו לביקור בגואטמלה": a visit to come, not this one
            for j in range(i + 1, min(len(toks), i + 4)):
                nxt = toks[j]
                for pre in ("ב", "ל", "וב", "ול"):
                    if not nxt.startswith(pre) or len(nxt) <= len(pre) + 1:
                        continue
                    _size, place = gazetteer.longest_place(
                        [nxt[len(pre) :], *toks[j + 1 : j + 3]], CODE
                    )
                    if place is not None and place.kind == "country":
                        return visits.country_code(place.name)
    return None


def _is_invitation(word: str) -> bool:
    """A word of inviting ("הזמין", "והזמינה", "ההזמנה"), behind a one-letter prefix."""
    return any(word[k:].startswith(("הזמי", "הזמנ", "להזמין")) for k in (0, 1))
