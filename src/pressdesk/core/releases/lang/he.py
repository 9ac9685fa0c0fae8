"""Hebrew: issuer lines, titles, names and places, with one-letter prefixes stripped by rule.

Hebrew writes the prepositions and the article as one-letter prefixes (ו, ה, ב, ל, מ, ש, כ
and their combinations: ולנשיא, כשהגיע, בירושלים). A prefix is only removed when what is left
is a word the parser knows (a title, a first name, a place), so a name that begins with one
of those letters (משה, בנימין, הרצוג) is never cut.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .. import gazetteer
from ..lexicon import words as _wordset
from ..models import ParsedPerson
from .common import Found, assemble, first_name_alone
from .names import all_common_words, common_words, is_common_word, is_first_name, is_surname

CODE = "he"
_LETTER = "\u05d0-\u05ea"
_WORD = re.compile(
    rf"[{_LETTER}](?:[{_LETTER}]|['\"\u05f3\u05f4](?=[{_LETTER}])|-(?=[{_LETTER}]))*['\u05f3]?"
    r"|\S"
)
PREFIXES = ("וכש", "כש", "ושה", "וש", "ומה", "ומ", "וב", "ול", "וה", "שה", "שב", "של", "ש", "ו", "ה",
            "ב", "ל", "מ", "כ")  # fmt: skip

# Titles in their base form, as word tuples; a longer title wins over a shorter one.
_TITLE_TEXT = """ראש הממשלה; ראש הממשלה החליפי; ממלא מקום ראש הממשלה; סגן ראש הממשלה;
ראש הממשלה לשעבר; ראש ממשלת; נשיא המדינה; נשיאת המדינה; הנשיא; הנשיאה; נשיא; נשיאת;
נשיא המדינה לשעבר; השר; השרה; שר; שרת; סגן השר; סגן שר; סגנית שר; סגנית השר;
השגריר; השגרירה; שגריר; שגרירת; הקונסול; קונסול; הקונסולית; ח"כ; חבר הכנסת; חברת הכנסת;
יו"ר; יו"ר הכנסת; יושב ראש; יושבת ראש; יושב ראש הכנסת; ראש העיר; ראש עיריית;
הרמטכ"ל; ראש המטה הכללי; רב-אלוף; רב אלוף; רא"ל; אלוף; האלוף; תת-אלוף; תא"ל; אל"מ;
סא"ל; מזכיר המדינה; מזכירת המדינה; מזכ"ל; המזכיר הכללי; מזכיר הממשלה; המלך; המלכה;
מלך; מלכת; הנסיך; הנסיכה; נסיך; הקנצלר; הקנצלרית; קנצלר; קנצלרית; מנכ"ל; מנכ"לית;
המנכ"ל; המנכ"לית; דובר; דוברת; הרב; הרב הראשי; הרבנים הראשיים; השופט; השופטת;
נשיאת בית המשפט העליון; נשיא בית המשפט העליון; ראש המוסד; ראש השב"כ; ראש האופוזיציה;
היועץ; היועצת; יועץ; יועצת; ראש המועצה; ראש מועצת; השליח; שליח; הציר; ציר;
הנספח; נספח; הנספחת; נספחת; שגריר ישראל; שגרירת ישראל; נשיא בית הנבחרים; יו"ר בית הנבחרים;
יושב ראש בית הנבחרים; הרבנית; הנגיד; נגיד; המפכ"ל; ראש הממשל; מנהיג; מנהיגת"""
TITLES: frozenset[tuple[str, ...]] = frozenset(
    tuple(t.split()) for t in _TITLE_TEXT.replace("\n", " ").split(";") if t.strip()
)
_TITLE_FIRST = frozenset(t[0] for t in TITLES)
_NEEDS_PORTFOLIO = frozenset({"שר", "שרת", "השר", "השרה", "סגן שר", "סגנית שר"})
HONORIFICS = frozenset({"מר", "גב'", "גברת", 'ד"ר', "פרופ'", "פרופסור", 'עו"ד', "רעייתו", "רעייתה"})
# Words that end a name: function words, common verbs of the genre, times of day.
STOP = _wordset(
    """עם של את על אל כי גם הוא היא הם הן אשר זה זו זאת לא כל יום היום אתמול מחר אך אבל
    וכן כן או בין לפני אחרי במהלך בעת כאשר בו בה לו לה שלו שלה עוד רק כבר מאוד הבוקר הערב
    השבוע החודש השנה בבוקר בערב בצהריים אמר אמרה ציין ציינה הוסיף הוסיפה נפגש נפגשה נפגשו
    קיבל קיבלה ביקר ביקרה הגיע הגיעה שוחח שוחחה בירך בירכה הודה הודתה מסר מסרה השתתף השתתפה
    השתתפו כתב כתבה חתם חתמה פתח פתחה נאם נאמה הציג הציגה הדגיש הדגישה אירח אירחה העניק
    העניקה הביע הביעה קרא קראה דיבר דיברה טען טענה הבהיר הבהירה התקשר התקשרה שלח שלחה גינה
    פגש פגשה יצא יצאה נחת נחתה ייפגש תיפגש יבקר תבקר ישתתף תשתתף לשכת משרד בית ממשלת ממשלה
    מדינת במסגרת בנוכחות בהשתתפות בליווי יחד ובו ובה שבו שבה בלשכתו בלשכתה במעונו במעונה
    במשרדו במשרדה נשיא שר ראש סגן נמסר נמסרה התקיים התקיימה נערך נערכה הוענק הוענקה נחתם
    נחתמה הגיעו יצאו אמרו ציינו המנוח המנוחה לשעבר היוצא היוצאת הנבחר הנבחרת החדש החדשה
    כפי כדי צפוי צפויה צפויים קיים קיימה קיימו השיב השיבה ביקש ביקשה הודיע הודיעה החל החלה
    סייר סיירה דנו שיבח שיבחה הזמין הזמינה הזמינו פתחו הביעו בירכו אירחו הדגישו
    הוסיפו הודו נשא נשאה נאם הגיש הגישה העביר העבירה חתמו סקר סקרה סקרו הניח הניחה ענה ענתה
    תודה ברוכים הבאים אמש כעת עתה מחר שם כאן לאחר מכן בסיום בפתח לקראת אצל אחר אחרת
    לנו לכם להם לי לך אותו אותה אותם אותנו עליו עליה עלינו איתו איתה איתם ממנו ממנה בהם
    שלנו שלכם שלהם אנו אנחנו אני אתה אתם"""
)
# Cues in the sentence before a name.
PARTICIPANT_CUES = _wordset(
    """נפגש נפגשה נפגשו פגש פגשה פגישה פגישת עם אירח אירחה קיבל קיבלה בהשתתפות בנוכחות בליווי
    בלוויית השתתף השתתפה השתתפו שוחח שוחחה שיחה ביקר ביקרה הצטרף הצטרפה התקשר התקשרה
    ייפגש תיפגש ישתתף תשתתף יבקר תבקר ליווה ליוותה השתתפות השתתפותו השתתפותה השתתפותם
    הצטרפו"""
)
MENTIONED_CUES = _wordset(
    """המנוח המנוחה לזכר לזכרו לזכרה ז"ל מכתב איגרת בשם מסר ציטט ציטטה דברי ע"ש הקודמת הקודם
    בעבר הזכיר הזכירה שעבר הצהרות הצהרת לדברי דברי בזמנו הלוויה קבר קברו אזכרה
    האחרונה מוקדם זוכר זוכרת נזכר נזכרה זכור זכורה"""
)


def _cue(tokens: set[str], cues: frozenset[str]) -> bool:
    """Does one of ``tokens``, a one-letter prefix aside, belong to ``cues``?"""
    return any(strip_prefix(t, lambda w: w in cues) is not None for t in tokens)


ISSUER_HEADS = ("לשכת", "דוברות", "משרד", "בית", "מטה", "שגרירות", "הנהלת", "אגף", "יחידת",
                "מחלקת", "הלשכה", "הדוברות", "דובר", "דוברת", "לע\"מ", "המשרד", "מזכירות")  # fmt: skip
_ISSUER = re.compile(
    r"^\(?\s*(?:נמסר|נמסרה|מסר|מסרה|הודעת|הודעה)\s*:?\s+(?:על\s*ידי\s+|ע\"י\s+)?"
    r"(?P<who>[^()\n]{2,120}?)\s*\)?\s*\.?$"
)
_ISSUER_ALONE = re.compile(r"^\(?\s*(?P<who>(?:ה?דוברות|ה?לשכת)\s[^()\n]{2,80}?)\s*\)?\s*\.?$")
NAV_WORDS = _wordset(
    """דף הבית ראשי חדשות עדכונים הודעות לעיתונות תפריט חיפוש צור קשר אודות שתף הדפס English
    English العربية Русский עברית נגישות דלג לתוכן כניסה הרשמה גלריה תמונות וידאו מבזקים פוליטי
    מדיני ביטחוני כלכלה ספורט תרבות דעות"""
)
# A genre label or the site's greeting above the title: never the title.
PAGE_LABELS = re.compile(
    r"(?:הודעה\s+ל(?:עיתונות|תקשורת)|הודעת\s+דוברות|מבזק|ברוכים\s+הבאים\s+ל\S.{2,80})"
)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def strip_prefix(word: str, known: Callable[[str], bool]) -> str | None:
    """``word`` without the shortest one-letter prefix that leaves a known word, else None."""
    if known(word):
        return word
    for size in (1, 2, 3):
        if len(word) - size < 2:
            break
        head, rest = word[:size], word[size:]
        if head in PREFIXES and known(rest):
            return rest
    return None


def issuer_of(line: str) -> str | None:
    """The office of a Hebrew issuer line: "(נמסר מלשכת ראש הממשלה)" -> "לשכת ראש הממשלה"."""
    s = line.strip()
    if len(s) > 160 or not re.search(f"[{_LETTER}]", s):
        return None
    m = _ISSUER.match(s)
    if m:
        who = m.group("who").strip()
        first, _, rest = who.partition(" ")
        bare = strip_prefix(first, lambda w: w in ISSUER_HEADS)
        if bare is None:
            return None
        return f"{bare} {rest}".strip()
    m = _ISSUER_ALONE.match(s)
    if m and len(m.group("who").split()) <= 6 and s.startswith(("(", "דוברות", "הדוברות")):
        return m.group("who").strip()
    return None


def _title_at(toks: Sequence[str], i: int) -> tuple[int, str] | None:
    """A title starting at token ``i`` (its first word may carry a prefix): (end, base form)."""
    first = toks[i]
    candidates = [first] + [first[n:] for n in (1, 2, 3) if first[:n] in PREFIXES]
    for base in candidates:
        if base not in _TITLE_FIRST:
            continue
        for size in range(5, 0, -1):
            phrase = (base, *toks[i + 1 : i + size])
            if len(phrase) == size and phrase in TITLES:
                j, title = _extend(toks, i + size, " ".join(phrase))
                # a country completes the title ("נשיא גרמניה יואכים גאוק"): the name follows
                placed = any(_is_place_word(w) for w in toks[i + size : j])
                k = j if placed else _complement(toks, j)
                words_ = title.split() + list(toks[j:k])
                while len(words_) > 1 and words_[-1] in _AFTER_TITLE:
                    words_.pop()  # "שגריר אוסטרליה הנכנס": "incoming" is not the title
                return max(j, k), " ".join(words_)
    return None


def _base_title(title: str) -> str:
    """A title without its article ("השגריר" -> "שגריר") unless an adjective agrees with it
    ("הנספח הצבאי ...", "הרב הראשי ...") or the bare form is no title."""
    parts = title.split()
    head = parts[0]
    if not head.startswith("ה") or (len(parts) > 1 and parts[1].startswith("ה")):
        return title
    bare = head[1:]
    if bare == "רב":
        return title  # "הרב": the form of address keeps its article
    return " ".join([bare, *parts[1:]]) if bare in _TITLE_FIRST else title


_IN_TITLE = frozenset({"של", "בית", "משרד", "לשכת", "ממשלת", "מדינת", "ממשלה"})


def _starts_name(w: str) -> bool:
    return _norm(w) in RANKS or (is_first_name(w, CODE) and w not in AMBIGUOUS_FIRST)


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
        if not re.match(f"[{_LETTER}]", w) or (w in STOP and w not in _IN_TITLE):
            return j
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
        and toks[j].startswith("ה")
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
        break
    return j, " ".join(parts)


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


_AFTER_TITLE = frozenset(
    {"המנוח", "המנוחה", "לשעבר", "היוצא", "היוצאת", "הנבחר", "הנבחרת", "החדש", "החדשה",
     "הנכנס", "הנכנסת", ","}
)  # fmt: skip
# Ranks and forms of address written between a title (or a comma) and the name:
# "יו"ר הכנסת, ח"כ יולי אדלשטיין", "הנספח הצבאי, אל"מ ליעד זק", "הרב הראשי הרב ...".
RANKS = frozenset(
    {'ח"כ', 'אל"מ', 'סא"ל', 'תא"ל', 'רא"ל', 'רס"ר', 'רס"ן', 'סג"ם', "סרן", "אלוף", "האלוף",
     "הרב", "רב", "השופט", "השופטת", 'עו"ד', 'ד"ר', "פרופ'", "פרופסור", "מר", "גב'", "גברת",
     "רעייתו", "רעייתה", "בעלה", "אשתו"}
)  # fmt: skip
# First names that are also common words ("peace", "light"): a name only with a title, a
# form of address or a known surname of their own.
AMBIGUOUS_FIRST = frozenset(
    [
        "ישראל",
        "שלום",
        "אור",
        "חן",
        "טל",
        "גל",
        "שחר",
        "הדר",
        "עוז",
        "נוי",
        "חי",
        "אביב",
        "ברק",
        "שמש",
        "חיים",
        "נחמה",
        "ברכה",
        "תקווה",
        "גאולה",
        "שמחה",
        "ורד",
        "דור",
        "עדן",
        "נועם",
        "גיל",
        "רז",
        "זיו",
        "נוף",
        "שגיא",
        "עומר",
    ]
)
_PREFIX_LETTERS = "ובלמשהכ"


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
        if not _known(first) and first[:1] in "ולבכה" and len(first) >= 4:
            return None  # "ראש הממשלה ומקרון", "הנשיא לרגל": not a name after the title
    else:
        bare = strip_prefix(first, lambda w: is_first_name(w, CODE))
        if bare is None or bare in AMBIGUOUS_FIRST:
            return None
        first = bare
    words = [first]
    k = j + 1
    while k < len(toks) and len(words) < 4:
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
        if len(words) >= 3 + any(w.startswith("(") for w in words) or not _is_name_word(toks[k]):
            break
        w = toks[k]
        if w in STOP or _norm(w) == 'ז"ל':
            break
        if _everyday(w) and (len(w) >= 5 or _conjoined(w)):
            break  # "שרה נתניהו קיבלו": a verb ends the name (short words may be names: "די")
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
        ends = _boundary(toks, end) or is_surname(words[-1], CODE)
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
    order = 0
    sources: list[tuple[str, int, str | None]] = [("body", i, p) for i, p in enumerate(body)]
    sources += [("headline", 0, headline), ("subheadline", 0, subheadline), ("summary", 0, summary)]
    sources += [("caption", 0, c) for c in captions]
    for source, para, text in sources:
        if not text:
            continue
        for sentence in _SENTENCE.split(text):
            toks = words(sentence)
            quote_depth = 0
            i = 0
            while i < len(toks):
                t = toks[i]
                if t in ('"', "״", "“", "”"):
                    quote_depth ^= 1
                start = i
                spouse = _spouse_at(toks, i)
                title = None if spouse else _title_at(toks, i)
                if spouse is not None:
                    end, text_name = spouse
                    title_text = None
                elif title is not None:
                    name = _name_at(toks, title[0], titled=True)
                    if name is None:
                        i = title[0]
                        continue
                    end, text_name = name
                    title_text = _base_title(title[1])
                    if _relation_last(title_text):
                        title_text = None  # "ראש הממשלה ורעייתו מיכל": a relation, no title
                else:
                    name = _name_at(toks, i, titled=False)
                    if name is None:
                        i += 1
                        continue
                    end, text_name = name
                    title_text = None
                before = set(toks[:start])
                after = toks[end : end + 2]
                order += 1
                found.append(
                    Found(
                        text_name,
                        title_text,
                        source,
                        para,
                        order,
                        participant_cue=_cue(before, PARTICIPANT_CUES),
                        mentioned_cue=_cue(before | set(toks[start:end]), MENTIONED_CUES)
                        or 'ז"ל' in [_norm(w) for w in after]
                        or quote_depth == 1,
                        confidence=0.85 if title_text else 0.6,
                    )
                )
                i = end
    return assemble(found)


def find_place(
    *,
    headline: str | None,
    subheadline: str | None,
    summary: str | None,
    body: Sequence[str],
    datelines: Sequence[str] = (),
    captions: Sequence[str | None] = (),
) -> tuple[str | None, float]:
    """The city of the event in its base form, else a venue (``he_places``)."""
    from .he_places import find_place as _find_place

    return _find_place(
        headline=headline,
        subheadline=subheadline,
        summary=summary,
        body=body,
        datelines=datelines,
        captions=captions,
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


def looks_like_name(name: str) -> bool:
    """A personal name in Hebrew letters: no function word, verb, title or menu word."""
    parts = name.split()
    if not 1 <= len(parts) <= 5 or not all(_HE_NAME.fullmatch(w) for w in parts):
        return False
    if any(w in STOP or w in HONORIFICS or w in NAV_WORDS for w in parts):
        return False
    if all_common_words(name, CODE):
        return False  # everyday words, no name among them: "פגישה מדינית"
    if prefixed_form(parts[0]):
        return False  # a prefix left on: "ודן", "ששוחח"
    return not any(w in _TITLE_FIRST for w in parts[:1])


# -- dates (read by the shared ``dates`` module) ------------------------------------------
MONTHS = {
    "ינואר": 1, "פברואר": 2, "מרץ": 3, "מרס": 3, "אפריל": 4, "מאי": 5, "יוני": 6,
    "יולי": 7, "אוגוסט": 8, "ספטמבר": 9, "אוקטובר": 10, "נובמבר": 11, "דצמבר": 12,
}  # fmt: skip
MONTH_PREFIXES = ("ב",)  # "24 בינואר 2017"
# Words just before a date that tie it to the event ("היום", "ביום שלישי", "אתמול"), and
# what may stand between them and the date ("ה-24").
DATE_ANCHORS = r"היום|אתמול|מחר|הבוקר|הערב|ביום|ראשון|שני|שלישי|רביעי|חמישי|שישי|שבת"
DATE_JOINERS = r"ה-"
# A day word before a date with a two-digit year: "(יום ד', 6.7.16)".
SHORT_DATE_LEADS = r"יום\s+[א-ו]['׳]?|יום\s+\S+|היום"
# Each weekday named in a text, Monday first: "(שלישי)", "ביום שלישי".
WEEKDAY_PATTERNS = tuple(
    rf"(?:יום|ביום|\()\s*{day}(?![\u05d0-\u05ea])"
    for day in ("שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ראשון")
)
TODAY = r"היום|הערב|הבוקר|כעת"

# -- page furniture and credits (read by the shared ``clutter`` and ``photos`` modules) ------
SKIP_LINES = r"דלג\s+ל?\S+|הצהרת\s+נגישות|נגישות"
BUTTON_WORDS = r"שתף|הדפס|שלח"
BYLINES = r"(?:מאת|כתב(?:ת)?)\s*:?\s+\S+(?:\s+\S+){0,4}"
STAMP_WORDS = r"עודכן|עדכון\s+אחרון|פורסם|תאריך\s+פרסום"
AND_WORDS = frozenset({"ו"})
DOMAINS = r"co\.il"
CAPITALS = "\u05d0-\u05ea"  # no capitals: any letter may open a sentence
PHOTO_LABELS = r"צילומים|צילום|תצלום|קרדיט(?:\s+צילום)?"
PHOTO_KINDS = r"אילוסטרציה|ארכיון"  # "צילום אילוסטרציה:", "צילום ארכיון:", ", אילוסטרציה"
GALLERY_COUNTER = r"(?:תמונה\s+)?\d{1,3}\s*(?:/|מתוך)\s*\d{1,3}"  # "תמונה 3 מתוך 12"
CAPTION_LABELS = r"בתמונה|בתמונות"  # "בתמונה: ..." opens a caption
COURTESY = ""  # "צילום: באדיבות X" is kept as written
SOURCE_FORMS: dict[str, str] = {}
RUN_IN_LABELS = r"צילומים|צילום|תצלום|קרדיט"
AGENCIES = (
    r"לע[\"״]מ|לשכת\s+העיתונות\s+הממשלתית|פלאש\s*90|רויטרס|דובר\s+צה[\"״]ל|דו[\"״”]צ|"
    r"איי[-.\s]?(?:אף[-.\s]?)?פי|אי[-.\s]?פי[-.\s]?איי|גטי(?:\s+אימג['׳]ס)?|שטרסטוק"
)  # Hebrew spellings of AP, AFP, EPA, Getty Images, Shutterstock
PRESS_OFFICES = r"דוברות|לשכת\s+העיתונות"

# -- sounds (read by the shared ``translit``: one skeleton of a name across scripts) -------
SOUND_DIGRAPHS = (("ג'", "j"), ("ג׳", "j"))
SILENT_FINALS = "הא"  # a final ה or א writes a vowel: נחמה is Nechama
SOUND_RULES: tuple[tuple[str, str], ...] = ()
SOUNDS = {
    "א": "", "ב": "v", "ג": "h", "ד": "d", "ה": "h", "ו": "", "ז": "z", "ח": "h", "ט": "t",
    "י": "", "כ": "k", "ך": "k", "ל": "l", "מ": "m", "ם": "m", "נ": "n", "ן": "n", "ס": "s",
    "ע": "", "פ": "p", "ף": "p", "צ": "z", "ץ": "z", "ק": "k", "ר": "r", "ש": "s", "ת": "t",
}  # fmt: skip


# -- names cut short or verbs taken for names (read by ``could_be_person``) --------------
# Nobiliary particles inside a name ("אלכסנדר ון דר בלן"): a name never ends in one.
NAME_PARTICLES = frozenset({"ון", "פון", "פאן", "דר", "דה", "דל"})
# Titles a first name alone may follow: royalty and a leader's spouse ("הנסיך צ'רלס").
ROYAL_TITLES = frozenset(
    {"מלך", "המלך", "מלכה", "המלכה", "נסיך", "הנסיך", "נסיכה", "הנסיכה", "הראשונה", "רעיית"}
)


def verb_form(word: str) -> bool:
    """A verb or everyday word, not a known name: the future of the hif'il pattern (a person
    letter י/ת/נ/א, root letters around a י: "ימריא", "יגיע", "תקיים") or any word of the
    everyday vocabulary ("יוצא"): after a title it is the predicate, not a surname."""
    if is_first_name(word, CODE) or is_surname(word, CODE):
        return False
    if is_common_word(word, CODE):
        return True
    hifil = (len(word) == 5 and word[3] == "י") or (len(word) == 4 and word[2] == "י")
    return hifil and word[0] in "יתנא"


def first_name_cut(name: str, title: str) -> bool:
    """A first name alone after an office title: its surname was cut off."""
    return first_name_alone(name, title, CODE, ROYAL_TITLES)


# Title abbreviations (with gershayim) and the titles they stand for.
TITLE_ABBREVIATIONS = {
    'רה"מ': "ראש הממשלה",
    'רוה"מ': "ראש הממשלה",
    'שה"ח': "שר החוץ",
    'סשה"ח': "סגן שר החוץ",
    'ח"כ': "חבר הכנסת",
}

# Diminutives of first names in Hebrew letters and the full names they stand for.
DIMINUTIVES = {
    "ביבי": ("בנימין",),
    "רובי": ("ראובן",),
    "בני": ("בנימין",),
    "יוסי": ("יוסף",),
    "אבי": ("אברהם",),
    "ציפי": ("ציפורה",),
    "קובי": ("יעקב",),
    "איציק": ("יצחק",),
    "מוטי": ("מרדכי",),
    "רפי": ("רפאל",),
    "דודי": ("דוד",),
}
