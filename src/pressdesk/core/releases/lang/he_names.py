"""Hebrew names: where a name starts and ends (prefixes, verbs, places and plurals end
it), spouses named after a relation word, and whether a string looks like a name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import gazetteer
from .common import first_name_alone
from .he_lexicon import (
    _AFTER_TITLE,
    _LETTER,
    _PREFIX_LETTERS,
    _TITLE_FIRST,
    AMBIGUOUS_FIRST,
    CODE,
    HONORIFICS,
    NAV_WORDS,
    RANKS,
    STOP,
    strip_prefix,
)
from .names import all_common_words, common_words, is_common_word, is_first_name, is_surname


def _is_big_place(word: str) -> bool:
    """A country or a sizeable city; small localities share their names with surnames."""
    place = gazetteer.lookup(word, CODE)
    return place is not None and (place.kind == "country" or place.population >= 20000)


def _is_home_place(word: str) -> bool:
    """After a one-letter preposition ("בחיפה", "מצרפת"): a country, an Israeli town or a
    world city; a small foreign town shares too many letters with surnames ("מאייר")."""
    place = gazetteer.lookup(word, CODE)
    if place is None:
        return False
    if place.kind == "country":
        return True
    return place.population >= (20000 if place.country in ("IL", "PS") else 1_000_000)


def _is_name_word(w: str) -> bool:
    if len(w) < 2 or not re.match(f"[{_LETTER}]", w) or w in STOP or w in HONORIFICS:
        return False
    if w in _TITLE_FIRST:
        return False
    if w[:1] in "בלמ" and _is_home_place(w[1:]):
        return False
    return not _is_big_place(w) or _known(w)


def _norm(w: str) -> str:
    return w.replace("״", '"').replace("׳", "'")


def _known(w: str) -> bool:
    return is_first_name(w, CODE) or is_surname(w, CODE)


def _prefixed(w: str) -> bool:
    """An unknown word that opens with a one-letter prefix is most likely a prefixed common
    word ("לרגל", "לאזרחי", "בפורומים"), not a name."""
    return w[:1] in _PREFIX_LETTERS and len(w) >= 4 and not _known(w) and not w.startswith("וו")


def _everyday(w: str) -> bool:
    """An everyday Hebrew word (a verb, a noun), also behind a one-letter prefix ("ששוחח",
    "ודן"), that is not a known first name or surname: never part of a name."""
    if _known(w):
        return False
    if is_common_word(w, CODE):
        return True
    if w.endswith("ו") and len(w) >= 4 and is_common_word(w[:-1], CODE):
        return True  # a verb's plural: "שוחחו", "קיבלו"
    if len(w) >= 6 and w.endswith(("יהן", "יהם", "ותיו", "ותיה", "ותיהם")):
        return True  # a noun with a possessive ending: "סיפוריהן" (their stories)
    return w[:1] in _PREFIX_LETTERS and len(w) >= 3 and is_common_word(w[1:], CODE)


_RELATIONS = frozenset({"רעייתו", "רעייתה", "אשתו", "בעלה", "זוגו", "זוגה"})


def _relation_last(title: str) -> bool:
    """Does a title end with a spouse word ("... ורעייתו", "... ובת זוגו")?"""
    last = title.split()[-1] if title.split() else ""
    return last in _RELATIONS or (last[:1] == "ו" and last[1:] in _RELATIONS)


def _conjoined(w: str) -> bool:
    """ "ו" + a word ("ודן", "ואמר"): "and ...", not a name ("וו" is the letter V: "ווין")."""
    return w[:1] == "ו" and not w.startswith("וו") and len(w) >= 3


def _prefixed_word(w: str) -> bool:
    return w[:1] in _PREFIX_LETTERS and len(w) >= 3 and is_common_word(w[1:], CODE)


# A monarch's or pope's number after the name ("עבדאללה השני", "צ'ארלס השלישי").
ORDINALS = frozenset({"הראשון", "השני", "השלישי", "הרביעי", "החמישי", "השישי", "השביעי"})


def _skip_address(toks: Sequence[str], j: int, *, titled: bool) -> int:
    while j < len(toks) and (
        _norm(toks[j]) in RANKS or toks[j] in HONORIFICS or (titled and toks[j] in _AFTER_TITLE)
    ):
        j += 1
    return j


def _boundary(toks: Sequence[str], k: int) -> bool:
    """Does a name end before token ``k`` (the end, punctuation, a stop word, ז"ל, "and")?"""
    if k >= len(toks):
        return True
    w = toks[k]
    return (
        not w[:1].isalpha()
        or w in STOP
        or _norm(w) == 'ז"ל'
        or (w.startswith("ו") and not w.startswith("וו") and len(w) > 2)
        or strip_prefix(w, lambda x: x in STOP) is not None
        or (w[:1] in "בלמ" and not _known(w) and _is_home_place(w[1:]))  # "בירושלים"
    )


def _name_at(toks: Sequence[str], j: int, *, titled: bool) -> tuple[int, str] | None:
    """The name at ``j``: after a title or form of address, one to three name words ending
    where a name ends; without one, a known first name and a known surname (or words up to
    such an ending)."""
    start = j
    j = _skip_address(toks, j, titled=titled)
    addressed = titled or (j > start and toks[start] != ",")
    if j >= len(toks) or not _is_name_word(toks[j]):
        return None
    first = toks[j]
    if _everyday(first) and (len(first) >= 5 or _conjoined(first) or _prefixed_word(first)):
        return None  # "הנשיא הצרפתי, ששוחח", "מלך ירדן ודן": a verb or a noun, not a name
    if addressed:
        if (
            not _known(first)
            and first[:1] in "ולבכה"
            and len(first) >= 4
            and not _set_off_name(toks, j)
        ):
            return None  # "ראש הממשלה ומקרון", "הנשיא לרגל": not a name after the title
        if first in AMBIGUOUS_FIRST and j + 1 < len(toks) and _everyday(toks[j + 1]):
            return None  # "הנשיא נטע עץ": a verb and its object, not a first name
    else:
        bare = strip_prefix(first, lambda w: is_first_name(w, CODE))
        if bare is None or bare in AMBIGUOUS_FIRST:
            return None
        first = bare
    words = [first]
    k = j + 1
    while k < len(toks) and len(words) < 5:
        if (
            toks[k] == "("
            and k + 3 < len(toks)
            and toks[k + 2] == ")"
            and _is_name_word(toks[k + 1])
            and _is_name_word(toks[k + 3])
            and len(words) == 1
        ):
            words.append(f"({toks[k + 1]})")  # "ראובן (רובי) ריבלין": a nickname
            k += 3
            continue
        if addressed and len(words) == 1 and _closing_surname(toks, k):
            words.append(toks[k])  # "שגריר ארה"ב ג׳ק לו.": a surname spelt like a function word
            k += 1
            break
        extra = any(w.startswith("(") for w in words) + sum(w in NAME_PARTICLES for w in words)
        if len(words) >= 3 + extra or not _is_name_word(toks[k]):
            break
        w = toks[k]
        if w in STOP or _norm(w) == 'ז"ל':
            break
        if _everyday(w) and (len(w) >= 5 or _conjoined(w)):
            break  # "שרה נתניהו קיבלו": a verb ends the name (short words may be names: "די")
        if _everyday(w) and is_surname(words[-1], CODE) and not is_first_name(words[-1], CODE):
            break  # "בנימין נתניהו נועד", "מילכה ויסברג כך": a known surname ends the name
        # after a known surname a prefixed word is the next phrase ("הנשיא טראמפ בפלורידה")
        if is_surname(words[-1], CODE) and not is_first_name(words[-1], CODE) and _prefixed(w):
            break
        if not _known(w) and w.endswith(("ים", "ות")) and len(w) > 4:
            break  # a plural participle or noun ("נושאים", "הודעות"), not a surname
        if not (
            addressed or _known(w) or (not _prefixed(w) and ("'" in w or _boundary(toks, k + 1)))
        ):
            break
        words.append(w)
        k += 1

    # the longest run that ends where a name ends; an unknown prefixed-looking word only in a
    # run closed by punctuation ("מר חואן מנואל ריבס,")
    def stop(words: list[str]) -> int:  # the token after the name (a nickname is 3 tokens)
        return j + len(words) + (2 if len(words) > 1 and words[1].startswith("(") else 0)

    while len(words) > 1:
        end = stop(words)
        closed = end >= len(toks) or not toks[end][:1].isalpha() or toks[end] in STOP
        closed = closed or _in_place(toks, end)  # "... מוראלס בוושינגטון"
        # a third name word must itself close the name ("ברק אובמה מצא זמן": a verb)
        plain = [w for w in words if not w.startswith("(") and w not in NAME_PARTICLES]
        ends = (
            _boundary(toks, end)
            or _in_place(toks, end)
            or ((len(plain) < 3 or len(plain) < len(words)) and is_surname(words[-1], CODE))
        )
        if ends and (closed or not any(_prefixed(w) for w in words[1:])):
            break
        words.pop()
    if words[-1].startswith("("):
        words.pop()
    if len(words) == 1 and not addressed:
        return None
    if stop(words) < len(toks) and toks[stop(words)] in ORDINALS:
        words.append(toks[stop(words)])  # "עבדאללה השני": a monarch's number
    return stop(words), " ".join(words)


def _set_off_name(toks: Sequence[str], j: int) -> bool:
    """Two or three unknown words after a title, closed by a comma or a full stop, none an
    everyday word, a function word or a known word behind a prefix ("שגריר תאילנד הנכנס
    בוניארית ויצ׳יאנפונטו, את ..."): a foreign name set off like an apposition, whatever
    letter it opens with."""
    k = j
    while k < len(toks) and toks[k][:1].isalpha():
        k += 1
    run = toks[j:k]
    if not 2 <= len(run) <= 3 or k >= len(toks) or toks[k] not in (",", "."):
        return False
    return not any(
        w in STOP or _everyday(w) or _known(w) or _known(w[1:]) or prefixed_form(w) for w in run
    )


def _in_place(toks: Sequence[str], k: int) -> bool:
    """Is token ``k`` a known place behind "in", "to" or "from" ("בוושינגטון"): the phrase
    before it has ended."""
    w = toks[k] if k < len(toks) else ""
    return (
        w[:1] in "בלמ"
        and len(w) > 3
        and not _known(w)
        and gazetteer.lookup(w[1:], CODE) is not None
    )


def _closing_surname(toks: Sequence[str], k: int) -> bool:
    """A short function word right after a titled first name that closes the sentence
    ("... ג׳ק לו."): no sentence ends "<title> <name> to-him", so it is the surname."""
    w = toks[k]
    end = k + 1 >= len(toks) or toks[k + 1] in (".", "!", "?")
    return end and w in STOP and len(w) <= 3 and not is_surname(toks[k - 1], CODE)


def _spouse_at(toks: Sequence[str], j: int) -> tuple[int, str] | None:
    """ "ורעייתו מיכל", "ורעייתו, נחמה ריבלין", "ובת זוגו דניאלה שאדט": a spouse, named by
    first name only or in full (a relation, so no title)."""
    if j + 1 >= len(toks):
        return None
    if strip_prefix(toks[j], lambda w: w in ("רעייתו", "רעייתה", "אשתו", "בעלה")) is not None:
        k = j + 1
    elif strip_prefix(toks[j], lambda w: w in ("בת", "בן")) is not None and toks[j + 1] in (
        "זוגו",
        "זוגה",
    ):
        k = j + 2
    else:
        return None
    if k < len(toks) and toks[k] == ",":
        k += 1
    if k >= len(toks):
        return None
    name = toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) else ""
    if is_first_name(name, CODE) and not (
        is_surname(nxt, CODE) or (_is_name_word(nxt) and not _everyday(nxt) and len(nxt) > 2)
    ):
        return k + 1, name  # "ורעייתו נחמה שוחחו": the first name alone
    return _name_at(toks, k, titled=True)


def _looks_like_next_clause(toks: Sequence[str], k: int) -> bool:
    """After an unknown first word: is the next word the start of a new phrase rather than a
    surname? A surname is followed by the end of the sentence, punctuation or a stop word."""
    w = toks[k]
    if w[:1] in "ובלמשה" and len(w) > 3 and strip_prefix(w, lambda x: x in STOP) is not None:
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    # a surname is followed by the end, punctuation, a stop word or "and ..." (ורעייתו)
    return not (
        nxt is None
        or not nxt[:1].isalpha()
        or nxt in STOP
        or nxt.startswith("ו")
        or is_surname(nxt, CODE)
    )


_HE_NAME = re.compile(rf"[{_LETTER}](?:[{_LETTER}'\"\u05f3\u05f4-])*")


_PREFIXES = ("וכש", "כש", "וה", "וב", "ול", "ומ", "וש", "ו", "ה", "ב", "ל", "מ", "ש", "כ")


def prefixed_form(word: str) -> bool:
    """A word that is a known word or name behind a one-letter prefix ("ששוחח": ש + שוחח,
    "ודן": ו + דן), itself neither a known name nor a word: not a name in its base form."""
    known = common_words(CODE)
    if word in known or is_first_name(word, CODE) or is_surname(word, CODE):
        return False
    for prefix in _PREFIXES:
        rest = word[len(prefix) :]
        if not word.startswith(prefix) or len(rest) < 2:
            continue
        if rest in known or is_first_name(rest, CODE) or is_surname(rest, CODE):
            return True
    return False


# Feasts a greeting is sent for ("בירך לכבוד עיד אל-פיטר"): their names open like a first name.
HOLIDAYS = frozenset(
    {"עיד אל-פיטר", "עיד אל-פטר", "עיד אל פיטר", "עיד אל-אדחא", "עיד אל-אדחה", "עיד אל אדחא",
     "ראש השנה", "יום כיפור", "יום הכיפורים", "שמחת תורה", "נובורוז", "נורוז", "רמדאן"}
)  # fmt: skip


def looks_like_name(name: str) -> bool:
    """A personal name in Hebrew letters: no function word, verb, title, feast or menu word."""
    if name.replace("־", "-") in HOLIDAYS:
        return False
    parts = name.split()
    if not 1 <= len(parts) <= 5 or not all(_HE_NAME.fullmatch(w) for w in parts):
        return False
    if any(w in HONORIFICS or w in NAV_WORDS for w in parts):
        return False
    # a surname may be spelt like a short function word ("ג׳ק לו"), never a first name
    if any(w in STOP for w in parts[:-1]) or (
        parts[-1] in STOP and (len(parts) < 2 or len(parts[-1]) > 3)
    ):
        return False
    if all_common_words(name, CODE):
        return False  # everyday words, no name among them: "פגישה מדינית"
    if len(parts) >= 2 and gazetteer.lookup(name, CODE) is not None:
        return False  # a town named like a person: "קרני שומרון", "גבעת שמואל"
    if prefixed_form(parts[0]):
        return False  # a prefix left on: "ודן", "ששוחח"
    if len(parts) > 1 and _LETTER_NUMBER.fullmatch(parts[-1]):
        return False  # "שלב ב'" read as "לב ב'": a letter counts, it is no surname
    if len(parts) > 1 and not _known(parts[0]) and _verb_shape(parts[0]):
        return False  # "יוענק לקנצלרית": a verb (will be awarded), not a first name
    if any(strip_prefix(w, lambda x: x in _TITLE_FIRST) for w in parts[1:] if len(w) > 3):
        return False  # "... לקנצלרית": a title behind a prefix ends any name before it
    return not any(w in _TITLE_FIRST for w in parts[:1])


_LETTER_NUMBER = re.compile(r"[א-ת]['׳]")


# -- names cut short or verbs taken for names (read by ``could_be_person``) --------------
# Nobiliary particles inside a name ("אלכסנדר ון דר בלן"): a name never ends in one.
NAME_PARTICLES = frozenset({"ון", "פון", "פאן", "דר", "דה", "דל"})
# Titles a first name alone may follow: royalty and a leader's spouse ("הנסיך צ'רלס").
ROYAL_TITLES = frozenset(
    {"מלך", "המלך", "מלכה", "המלכה", "נסיך", "הנסיך", "נסיכה", "הנסיכה", "הראשונה", "רעיית"}
)


def verb_form(word: str) -> bool:
    """A verb or everyday word, not a known name: the future of the hif'il pattern (a person
    letter י/ת/נ/א, root letters around a י: "ימריא", "יגיע", "תקיים") or of the hitpa'el
    ("יתלווה", "תתקיים"), or any word of the everyday vocabulary ("יוצא"): after a title it
    is the predicate, not a surname."""
    if is_first_name(word, CODE) or is_surname(word, CODE):
        return False
    return is_common_word(word, CODE) or _verb_shape(word)


def _verb_shape(word: str) -> bool:
    """Does ``word`` have the shape of a verb form (see ``verb_form``), whatever it is?"""
    hifil = (len(word) == 5 and word[3] == "י") or (len(word) == 4 and word[2] == "י")
    # the future of the hitpa'el: "יתלווה", "יתארח", "תתקיים" (he/she will ...)
    hitpael = len(word) >= 5 and word.startswith(("ית", "תת"))
    # the future of the pa'al: "יחנוך", "יכתוב", "תפגוש" (a person letter, ו before the last)
    paal = len(word) == 5 and word[3] == "ו"
    # the past of the nif'al, she or they: "נטמנה", "נכנסו", "נבחרה" (נ, a root, ה or ו)
    nifal = len(word) == 5 and word[0] == "נ" and word[-1] in "הו"
    # the future of the hof'al: "יוענק", "תוצג" (he/she will be given, shown)
    hofal = len(word) in (4, 5) and word.startswith(("יו", "תו")) and word[-1] not in "הי"
    return ((hifil or paal) and word[0] in "יתנא") or hitpael or nifal or hofal


def first_name_cut(name: str, title: str) -> bool:
    """A first name alone after an office title: its surname was cut off."""
    return first_name_alone(name, title, CODE, ROYAL_TITLES)
