"""Hebrew titles and the people named after them: a title from the lexicon completed by a
portfolio, country or adjective, then the name, with the cues of each person's role."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .. import gazetteer
from ..models import ParsedPerson
from .common import Found, another_day, assemble, day_classes, lead_sentence
from .he_lexicon import (
    _AFTER_TITLE,
    _LETTER,
    _NEEDS_PORTFOLIO,
    _TITLE_FIRST,
    AMBIGUOUS_FIRST,
    CODE,
    ESCORT_CUES,
    MENTIONED_CUES,
    NAMED_AFTER,
    OFFICE_VOICES,
    OTHER_DAYS,
    PREFIXES,
    RANKS,
    SITE_STAFF,
    STOP,
    SUBJECT_VERBS,
    TITLES,
    _cue,
    opens_quote,
    role_cues,
    speaks,
    strip_prefix,
    time_cues,
    without_article,
    words,
)
from .he_names import (
    _RELATIONS,
    _conjoined,
    _everyday,
    _name_at,
    _norm,
    _relation_last,
    _spouse_at,
)
from .he_words import PORTFOLIOS, nationality_adjective
from .names import is_first_name


def _title_at(toks: Sequence[str], i: int) -> tuple[int, str] | None:
    """A title starting at token ``i`` (its first word may carry a prefix): (end, base form)."""
    first = toks[i]
    candidates = [first] + [first[n:] for n in (1, 2, 3) if first[:n] in PREFIXES]
    for base in candidates:
        if _norm(base) not in _TITLE_FIRST:
            continue
        for size in range(5, 0, -1):
            phrase = (base, *toks[i + 1 : i + size])
            if len(phrase) == size and tuple(map(_norm, phrase)) in TITLES:
                j, title = _extend(toks, i + size, " ".join(phrase))
                # a country completes the title ("נשיא גרמניה יואכים גאוק"): the name follows
                placed = any(_is_place_word(w) for w in toks[i + size : j])
                k = j if placed else _complement(toks, j)
                words_ = title.split() + list(toks[j:k])
                start = max(j, k)
                ranks, rank_words = _ranks_after(toks, start)
                if ranks > start:  # "הרמטכ"ל רב אלוף", "ראש השב"כ הנכנס אלוף (מיל')"
                    return ranks, " ".join(words_ + rank_words)
                while len(words_) > 1 and words_[-1] in _AFTER_TITLE:
                    words_.pop()  # "שגריר אוסטרליה הנכנס": "incoming" is not the title
                return start, " ".join(words_)
    return None


# Military and police ranks, written between an office and the name as part of the title
# ("הרמטכ"ל רב אלוף אביב כוכבי"); forms of address (מר, ד"ר, ח"כ) are not.
_MILITARY = frozenset(
    {'רא"ל', "אלוף", 'תא"ל', 'אל"מ', 'סא"ל', 'רס"ן', "סרן", 'סג"ם', 'רס"ר', "ניצב", 'תנ"צ',
     'נצ"מ', 'רנ"ג', "רב-אלוף", "תת-אלוף", "תת-ניצב"}
)  # fmt: skip
_RESERVE = frozenset({"מיל'", "מיל", "במיל'"})


def _ranks_after(toks: Sequence[str], k: int) -> tuple[int, list[str]]:
    """Military ranks at ``k`` and a reserve mark "(מיל')": (end, the words as written)."""
    j, out = k, []
    while j < len(toks):
        w = _norm(toks[j])
        if w in ("רב", "תת") and j + 1 < len(toks) and _norm(toks[j + 1]) in ("אלוף", "ניצב"):
            out.append(f"{toks[j]} {toks[j + 1]}")
            j += 2
        elif w in _MILITARY:
            out.append(toks[j])
            j += 1
        elif (
            out
            and w == "("
            and j + 2 < len(toks)
            and toks[j + 1] in _RESERVE
            and toks[j + 2] == ")"
        ):
            out.append(f"({toks[j + 1]})")
            j += 3
        else:
            break
    return j, out


_IN_TITLE = frozenset({"של", "בית", "משרד", "לשכת", "ממשלת", "מדינת", "ממשלה"})


# An Arabic name may open with a kunya, "father of" or "mother of" ("אבו מאזן").
_KUNYA = frozenset({"אבו", "אום"})


def _starts_name(w: str) -> bool:
    return _norm(w) in RANKS or w in _KUNYA or (is_first_name(w, CODE) and w not in AMBIGUOUS_FIRST)


def _complement(toks: Sequence[str], j: int) -> int:
    """Where the name starts after the words that complete a title ("נשיאת איחוד הקהילות
    היהודיות באיטליה נעמי ...", "הנספח הצבאי בשגרירות ישראל באיטליה, אל"מ ..."): the first
    known first name or rank within six words; ``j`` when none is found."""
    for p in range(j, min(len(toks), j + 7)):
        w = toks[p]
        if w == "," and p > j:
            return p if _name_at(toks, p, titled=True) is not None else j
        if _starts_name(w):
            return p
        if p > j and _title_at(toks, p) is not None:
            return j  # "הנשיא יתלווה הרמטכ"ל ...": another title, another person
        if not re.match(f"[{_LETTER}]", w) or (w in STOP and w not in _IN_TITLE):
            return j
        if opens_quote(w):
            return j  # "ביקר הנשיא ב״מצפה X״": a quoted name of a place, not the title
        if _conjoined(w) and (w[1:] in _RELATIONS or w[1:] in RANKS or _everyday(w)):
            return j  # "... ובת זוגו", "... ורעייתו": another person's relation, not the title
    return j


def _is_place_word(word: str) -> bool:
    return gazetteer.lookup(word, CODE) is not None


def _extend(toks: Sequence[str], j: int, title: str) -> tuple[int, str]:
    """Complete a title: a portfolio ("שר החוץ"), a country ("נשיא רוסיה"), an adjective of
    nationality ("השגריר הרוסי"), "של" plus a country, "ב" plus a country or city."""
    parts = [title]
    if (
        title in _NEEDS_PORTFOLIO
        and j < len(toks)
        and (toks[j].startswith("ה") or toks[j] in PORTFOLIOS)  # "שר החוץ", "שר חוץ"
        and toks[j] not in STOP
    ):
        parts.append(toks[j])
        j += 1
    for _ in range(3):
        if j >= len(toks):
            break
        w = toks[j]
        size, place = gazetteer.longest_place(list(toks[j : j + 3]), CODE)
        city_title = title.endswith(("עיריית", "מועצת"))
        # A construct head takes a country ("נשיא צרפת"); a definite title cannot ("ראש
        # הממשלה", "שר החוץ"): the word after it starts the name ("שר החוץ ישראל כץ").
        construct = not parts[-1].split()[-1].startswith("ה")
        if place is not None and size and construct and (place.kind == "country" or city_title):
            parts.extend(toks[j : j + size])
            j += size
            continue
        if w == "של" and j + 1 < len(toks):
            size, place = gazetteer.longest_place(list(toks[j + 1 : j + 4]), CODE)
            if place is not None:
                parts.extend(toks[j : j + 1 + size])
                j += 1 + size
                continue
        if w.startswith("ב") and len(w) > 2 and _is_place_word(w[1:]) and "שגריר" in title:
            parts.append(w)
            j += 1
            continue
        if w.startswith("ה") and w.endswith(("י", "ית")) and w not in STOP and len(w) > 3:
            parts.append(w)  # "השגריר הרוסי", "שר החוץ האמריקאי"
            j += 1
            continue
        if nationality_adjective(w):
            parts.append(w)  # "שר חוץ ישראלי", "שר מצרי": no name, an adjective
            j += 1
            continue
        break
    return j, " ".join(parts)


def _not_a_person_before(word: str) -> bool:
    """Is ``word`` (a prefix aside) a place or institution named after the person that
    follows, or the site's own reporter?"""
    return strip_prefix(word, lambda w: w in NAMED_AFTER or w in SITE_STAFF) is not None


_SENTENCE = re.compile(r"(?<=[.!?:;])\s+|\n")


def find_people(
    body: Sequence[str],
    *,
    headline: str | None = None,
    subheadline: str | None = None,
    summary: str | None = None,
    captions: Sequence[str | None] = (),
) -> tuple[ParsedPerson, ...]:
    """Every person named in a Hebrew release, with title and role."""
    found: list[Found] = []
    institutions: set[str] = set()
    order = 0
    sources: list[tuple[str, int, str | None]] = [("body", i, p) for i, p in enumerate(body)]
    sources += [("headline", 0, headline), ("subheadline", 0, subheadline), ("summary", 0, summary)]
    sources += [("caption", 0, c) for c in captions]
    lead = day_classes(lead_sentence(body), OTHER_DAYS)
    lead_times = time_cues(words(lead_sentence(body)))
    for source, para, text in sources:
        if not text:
            continue
        for sentence in _SENTENCE.split(text):
            toks = words(sentence)
            other_day = another_day(sentence, lead, OTHER_DAYS)
            quote_depth = 0
            office_quote = False  # the office's own statement quoted: the release speaking
            i = 0
            while i < len(toks):
                t = toks[i]
                if t in ('"', "״", "“", "”") or opens_quote(t):
                    quote_depth ^= 1
                    office_quote = quote_depth == 1 and _cue(set(toks[:i]), OFFICE_VOICES)
                start = i
                spouse = _spouse_at(toks, i)
                title = None if spouse else _title_at(toks, i)
                if spouse is not None:
                    end, text_name = spouse
                    title_text = None
                elif title is not None:
                    name = _name_at(toks, title[0], titled=True)
                    named_after = i > 0 and _not_a_person_before(toks[i - 1])  # "במלון המלך דוד"
                    if name is None or named_after or _not_a_person_before(toks[title[0] - 1]):
                        i = title[0]
                        continue
                    end, text_name = name
                    if (second := _name_after_complement(toks, end)) is not None:
                        # "מזכ"ל בני עקיבא דני הירשברג": the first name-like words are the
                        # institution the title belongs to, the second the person
                        title = (title[0], f"{title[1]} {text_name}")
                        institutions.add(text_name)
                        end, text_name = second
                    # the title in base form: its one-letter preposition or conjunction
                    # and the article of its first word gone ("לשר החוץ" -> "שר החוץ",
                    # "השר יואב גלנט" -> "שר", "הרמטכ"ל" -> "רמטכ"ל")
                    title_text = without_article(title[1])
                    if _relation_last(title_text):
                        title_text = None  # "ראש הממשלה ורעייתו מיכל": a relation, no title
                elif (counterpart := _after_counterpart(toks, i)) is not None:
                    end, text_name = counterpart  # "מקבילו נאסר בוריטה": a person noun
                    title_text = None
                elif (serving := _before_as_title(toks, i)) is not None:
                    end, text_name = serving  # "כתב ההאמנה של X Y כשגריר": X Y serves as
                    title_text = None
                else:
                    name = _name_at(toks, i, titled=False)
                    if name is None:
                        i += 1
                        continue
                    end, text_name = name
                    title_text = None
                    if i > 0 and _not_a_person_before(toks[i - 1]):
                        i = end  # "במסגד אחמד קדירוב": a mosque; "לכתבינו X": the site's staff
                        continue
                text_name = text_name.replace("\u2019", "'")  # a geresh typed as ’
                participant_cue, mentioned_cue = role_cues(toks[:start], lead_times)
                after = toks[end : end + 2]
                order += 1
                found.append(
                    Found(
                        text_name,
                        title_text,
                        source,
                        para,
                        order,
                        participant_cue=participant_cue
                        or (end < len(toks) and toks[end] in SUBJECT_VERBS),
                        mentioned_cue=mentioned_cue
                        or other_day
                        or _cue(set(toks[start:end]), MENTIONED_CUES)
                        or 'ז"ל' in [_norm(w) for w in after]
                        or (quote_depth == 1 and not office_quote),
                        confidence=0.85 if title_text else 0.6,
                        escort=_cue(set(toks[:start]), ESCORT_CUES),
                        relation=spouse is not None,
                        speaker=speaks(toks[end : end + 4]),
                    )
                )
                i = end
    # an institution a title names ("מזכ"ל בני עקיבא") is no person elsewhere either
    return assemble(_without_leading_word([f for f in found if f.name not in institutions]))


# Nouns for a person a name stands after as after a title ("מקבילו X", "עמיתתו, X").
_COUNTERPARTS = frozenset(
    {"מקבילו", "מקבילתו", "מקבילה", "מקבילם", "מקבילי", "עמיתו", "עמיתתו", "עמיתה", "עמיתם"}
)


def _after_counterpart(toks: Sequence[str], i: int) -> tuple[int, str] | None:
    """The name after a word for a counterpart or colleague, a comma aside."""
    if strip_prefix(toks[i], lambda w: w in _COUNTERPARTS) is None:
        return None
    k = i + 2 if i + 1 < len(toks) and toks[i + 1] == "," else i + 1
    if k >= len(toks) or _title_at(toks, k) is not None:
        return None  # "מקבילו, שר החוץ X": the title reads the name
    name = _name_at(toks, k, titled=True)
    return name if name is not None and len(name[1].split()) >= 2 else None


def _before_as_title(toks: Sequence[str], i: int) -> tuple[int, str] | None:
    """Two or three unknown words after "של", "את" or a comma and right before "כ" + a title
    ("כתב ההאמנה של X Y כשגריר ...": X Y as ambassador): a foreign name serving in that
    office."""
    if i > 0 and toks[i - 1] not in ("של", "את", ","):
        return None
    for n in (2, 3):
        k = i + n
        if k >= len(toks) or not toks[k].startswith("כ") or _title_at(toks, k) is None:
            continue
        if _norm(toks[k][1:]) not in _TITLE_FIRST:
            continue  # the title's own word, behind the one-letter "as"
        run = toks[i:k]
        if all(w[:1].isalpha() and w not in STOP and not _everyday(w) for w in run):
            return k, " ".join(run)
    return None


def _name_after_complement(toks: Sequence[str], end: int) -> tuple[int, str] | None:
    """A second name of two words or more right after a titled name, opening with a known
    first name: the titled words were the title's complement, this is the person."""
    if end >= len(toks) or not _starts_name(toks[end]) or _norm(toks[end]) in RANKS:
        return None
    name = _name_at(toks, end, titled=True)
    return name if name is not None and len(name[1].split()) >= 2 else None


def _without_leading_word(found: list[Found]) -> list[Found]:
    """ "מטה בנימין אבי רואה" read as "בנימין אבי רואה" while the release also names "אבי
    רואה" alone: the leading word belongs to what precedes (a council's name), not to the
    person's name."""
    names = {f.name for f in found}
    out = []
    for f in found:
        words = f.name.split()
        rest = " ".join(words[1:])
        if len(words) >= 3 and rest in names and is_first_name(words[0], CODE):
            f = replace(f, name=rest)
        out.append(f)
    return out
