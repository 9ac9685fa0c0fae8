"""Hebrew word lists: titles, forms of address, stop words, role cues and menu words,
with the tokenizer and the one-letter prefix rule they are read with."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..lexicon import words as _wordset

CODE = "he"
_LETTER = "\u05d0-\u05ea"
# A geresh may be typed as a right single quote after ג, ז, צ, ת ("ריצ’י" for "ריצ'י").
_WORD = re.compile(
    rf"[{_LETTER}](?:[{_LETTER}]|['\"\u05f3\u05f4](?=[{_LETTER}])|(?<=[גזצץת])\u2019(?=[{_LETTER}])"
    rf"|-(?=[{_LETTER}]))*['\u05f3]?"
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
יושב ראש בית הנבחרים; הרבנית; הנגיד; נגיד; המפכ"ל; ראש הממשל; מנהיג; מנהיגת;
ראש המל"ל; ראש אמ"ן; ראש אכ"א; ראש אגף; ראש מטה; ראש הסגל; מפכ"ל; מפכ"ל המשטרה; המפקח הכללי;
מבקר המדינה; מבקרת המדינה; נציב; נציבת; היועץ המשפטי לממשלה; היועצת המשפטית לממשלה;
היועמ"ש; היועמ"שית; מזכיר הממשלה; מזכירת הממשלה; המזכיר הצבאי; המזכירה הצבאית;
היועץ לביטחון לאומי; ראש המטה לביטחון לאומי; דובר צה"ל; מפקד; המפקד; מפקדת; אלוף פיקוד;
סגן ראש העיר; סגנית ראש העיר; ראש העירייה; ראש מועצת; ראשת העיר; ראשת הממשלה; השגרירה;
שגרירה; הקונסול הכללי; הקונסולית הכללית; קונסול כבוד; חבר הכנסת; חברת הכנסת; ח"כית;
סגן הנשיא; סגנית הנשיא; סגן נשיא; סגנית נשיא; ראש הרשות; יו"ר הרשות"""
TITLES: frozenset[tuple[str, ...]] = frozenset(
    tuple(t.split()) for t in _TITLE_TEXT.replace("\n", " ").split(";") if t.strip()
)
_TITLE_FIRST = frozenset(t[0] for t in TITLES)
_NEEDS_PORTFOLIO = frozenset({"שר", "שרת", "השר", "השרה", "סגן שר", "סגנית שר"})
HONORIFICS = frozenset(
    {"מר", "גב'", "גברת", 'ד"ר', "דוקטור", "פרופ'", "פרופסור", 'עו"ד', "רעייתו", "רעייתה"}
)  # fmt: skip
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
    שלנו שלכם שלהם אנו אנחנו אני אתה אתם לכבוד"""
)
# Places and institutions named after a person: a name right after one of these words
# ("במסגד אחמד קדירוב", "ברחוב הרצל", "על שם X") is the place's name, not a person.
NAMED_AFTER = _wordset(
    """מסגד כנסייה כנסיית רחוב רח' שדרות שד' כיכר אצטדיון היכל מוזיאון מלון בית-ספר אולם
    גן פארק יער נמל גשר מנהרת מרכז קריית מכללת אוניברסיטת ספריית שם יד"""
)
# The site's own reporters and photographers ("לכתבינו X נודע", "צלמנו X"): site staff are
# neither participants nor mentioned.
SITE_STAFF = _wordset("כתבנו כתבתנו כתבינו כתבותינו צלמנו צלמתנו צלמינו")
# Cues in the sentence before a name.
PARTICIPANT_CUES = _wordset(
    """נפגש נפגשה נפגשו פגש פגשה פגישה פגישת עם אירח אירחה קיבל קיבלה בהשתתפות בנוכחות בליווי
    בלוויית השתתף השתתפה השתתפו שוחח שוחחה שיחה ביקר ביקרה הצטרף הצטרפה התקשר התקשרה
    ייפגש תיפגש ישתתף תשתתף יבקר תבקר ליווה ליוותה השתתפות השתתפותו השתתפותה השתתפותם
    הצטרפו ליוו ילווה תלווה ילוו נכח נכחה נכחו משלחת כללה"""
)
MENTIONED_CUES = _wordset(
    """המנוח המנוחה לזכר לזכרו לזכרה ז"ל מכתב איגרת בשם מסר ציטט ציטטה דברי ע"ש הקודמת הקודם
    בעבר הזכיר הזכירה שעבר הצהרות הצהרת לדברי דברי בזמנו הלוויה קבר קברו אזכרה
    האחרונה מוקדם זוכר זוכרת נזכר נזכרה זכור זכורה דאז הנצחת הנצחתו הנצחתה מורשת
    מורשתו מורשתה"""
)


def _cue(tokens: set[str], cues: frozenset[str]) -> bool:
    """Does one of ``tokens``, a one-letter prefix aside, belong to ``cues``?"""
    return any(strip_prefix(t, lambda w: w in cues) is not None for t in tokens)


# Mentioned cues that put the sentence at another time ("בעבר", "בשבוע שעבר", "בשבוע הבא",
# "אני זוכר") wherever they stand before the name; the other mentioned cues (a letter, a
# grave, "לזכר") only count between the last meeting word and the name ("נפגש ... בטקס לזכר
# X" vs "לזכר ... נפגש עם X").
OTHER_TIME_CUES = _wordset(
    """בעבר שעבר בזמנו הקודמת הקודם האחרונה מוקדם זוכר זוכרת נזכר נזכרה זכור זכורה הזכיר
    הזכירה הבא הבאה"""
)


# Days other than the report's own (see ``common.another_day``); "last week" and "earlier" are
# among OTHER_TIME_CUES.
OTHER_DAYS = {
    "yesterday": re.compile(r"(?:^|[\s(])ו?(?:אתמול|שלשום)(?=[\s,.)]|$)"),
    "earlier": re.compile(
        r"(?:^|\s)לפני\s+(?:\S+\s+)?(?:ימים|שבועות|חודשים|שנים|יום|שבוע|חודש)(?=[\s,.]|$)"
    ),
}

# An office whose statement a report quotes ("לשכת ראש הממשלה הודיעה כי "..."", "לפי
# הלשכה"): the quotation is the release itself, not someone's words about the event.
OFFICE_VOICES = _wordset("לשכת הלשכה דוברות הדוברות הודעת ההודעה")

# Verbs of the event right after a name make the person their subject ("... ורעייתו שרה
# נתניהו קיבלו את פניו").
SUBJECT_VERBS = _wordset(
    """נפגש נפגשה נפגשו פגש פגשה פגשו אירח אירחה אירחו קיבל קיבלה קיבלו ביקר ביקרה ביקרו
    השתתף השתתפה השתתפו שוחח שוחחה שוחחו הצטרף הצטרפה הצטרפו ליווה ליוותה ליוו סייר סיירה
    סיירו חתם חתמה חתמו העניק העניקה העניקו הגיש הגישה הגישו"""
)

# Verbs of speech right after a name (or a colon opening a quotation): the person is the
# source of what is reported ("X, אמר כי ...", "שר החוץ X: "...""), not by that alone a
# participant.
SPEECH_VERBS = _wordset(
    """אמר אמרה אמרו ציין ציינה ציינו מסר מסרה הוסיף הוסיפה הבהיר הבהירה הדגיש הדגישה
    טען טענה כתב כתבה צייץ צייצה הגיב הגיבה מסרו הגיבו"""
)


def speaks(after: Sequence[str]) -> bool:
    """Do the words right after a name make the person the source of a statement: a verb of
    speech (a comma aside) or a colon before a quotation?"""
    rest = [t for t in after[:3] if t != ","]
    if not rest:
        return False
    if rest[0] == ":":  # at the end of a sentence the quotation opens the next one
        return len(rest) == 1 or rest[1] in ('"', "״", "“", "”", "'")
    return rest[0] in SPEECH_VERBS


# Words of an escort or delegation: a spokesperson named there comes along.
ESCORT_CUES = _wordset("בליווי בלוויית משלחת ליווה ליוותה ליוו ילווה תלווה ילוו")


def time_cues(tokens: Sequence[str]) -> frozenset[str]:
    """The words of another time in ``tokens``, in base form ("בשבוע שעבר" -> "שעבר")."""
    found = (strip_prefix(t, lambda w: w in OTHER_TIME_CUES) for t in tokens)
    return frozenset(w for w in found if w)


def role_cues(before: Sequence[str], lead_times: frozenset[str] = frozenset()) -> tuple[bool, bool]:
    """(participant cue, mentioned cue) of the words before a name in its sentence: the
    nearest cue decides, but another time anywhere in the sentence makes it a mention. A
    time the lead sentence names (``lead_times``, "סייר בשבוע שעבר") is the report's own
    time, not another one."""
    last_participant = max(
        (j for j, t in enumerate(before) if _cue({t}, PARTICIPANT_CUES)), default=-1
    )
    window = [t for t in before[last_participant + 1 :] if not (time_cues([t]) & lead_times)]
    mentioned = _cue(set(window), MENTIONED_CUES) or bool(time_cues(before) - lead_times)
    return last_participant >= 0, mentioned


_QUOTE_MARKS = '"״“”'


def opens_quote(token: str) -> bool:
    """A one-letter prefix glued to an opening quotation mark ("ב״מצפה", "ל"הארץ"): the
    quotation opens inside the word. An acronym ("מנכ"ל", "ש"ס", "ח"כית") has no prefix
    before its mark or few letters after it."""
    for size in (1, 2, 3):
        head, mark, rest = token[:size], token[size : size + 1], token[size + 1 :]
        if mark and mark in _QUOTE_MARKS and head in PREFIXES:
            return len(rest) >= 3 and not any(c in _QUOTE_MARKS for c in rest)
    return False


NAV_WORDS = _wordset(
    """דף הבית ראשי חדשות עדכונים הודעות לעיתונות תפריט חיפוש צור קשר אודות שתף הדפס English
    English العربية Русский עברית נגישות דלג לתוכן כניסה הרשמה גלריה תמונות וידאו מבזקים פוליטי
    מדיני ביטחוני כלכלה ספורט תרבות דעות"""
)
# A genre label or the site's greeting above the title: never the title.
PAGE_LABELS = re.compile(
    r"(?:הודעה\s+ל(?:עיתונות|תקשורת)|הודעת\s+דוברות|מבזק|ברוכים\s+הבאים\s+ל\S.{2,80})"
)


def without_article(title: str) -> str:
    """A title in its base form: the definite article of its first word dropped ("השר" ->
    "שר", "הרמטכ"ל רב אלוף" -> "רמטכ"ל רב אלוף"), as an English title drops "the". Only a
    title word of the lexicon loses its ה (every one of them that starts with ה is definite),
    so a word whose own first letter is ה keeps it."""
    first, _, rest = title.partition(" ")
    norm = first.replace("״", '"').replace("׳", "'")
    if len(first) > 2 and first.startswith("ה") and (norm in _TITLE_FIRST or norm in RANKS):
        return f"{first[1:]} {rest}".strip()
    return title


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


_AFTER_TITLE = frozenset(
    {"המנוח", "המנוחה", "לשעבר", "היוצא", "היוצאת", "הנבחר", "הנבחרת", "החדש", "החדשה",
     "הנכנס", "הנכנסת", ","}
)  # fmt: skip
# Ranks and forms of address written between a title (or a comma) and the name:
# "יו"ר הכנסת, ח"כ יולי אדלשטיין", "הנספח הצבאי, אל"מ ליעד זק", "הרב הראשי הרב ...".
RANKS = frozenset(
    {'ח"כ', 'אל"מ', 'סא"ל', 'תא"ל', 'רא"ל', 'רס"ר', 'רס"ן', 'סג"ם', "סרן", "אלוף", "האלוף",
     "הרב", "רב", "השופט", "השופטת", 'עו"ד', 'ד"ר', "דוקטור", "פרופ'", "פרופסור", "מר", "גב'", "גברת",
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
        "נטע",  # planted, a sapling
        "פני",  # the face of ("לקבל את פני")
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
