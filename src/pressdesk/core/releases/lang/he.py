"""Hebrew: issuer lines, titles, names and places, with one-letter prefixes stripped by rule.

Hebrew writes the prepositions and the article as one-letter prefixes (ו, ה, ב, ל, מ, ש, כ
and their combinations: ולנשיא, כשהגיע, בירושלים). A prefix is only removed when what is left
is a word the parser knows (a title, a first name, a place), so a name that begins with one
of those letters (משה, בנימין, הרצוג) is never cut.
"""

from __future__ import annotations

import re

from .he_lexicon import (
    _LETTER,
    AMBIGUOUS_FIRST,
    CODE,
    HONORIFICS,
    MENTIONED_CUES,
    NAV_WORDS,
    PAGE_LABELS,
    PARTICIPANT_CUES,
    PREFIXES,
    RANKS,
    STOP,
    TITLES,
    strip_prefix,
    words,
)
from .he_names import (
    NAME_PARTICLES,
    ORDINALS,
    ROYAL_TITLES,
    first_name_cut,
    looks_like_name,
    prefixed_form,
    verb_form,
)
from .he_people import find_people
from .he_places import find_place

# The label of a line naming the text's source ("מקור: ..."): never the title.
SOURCE_LABELS = r"מקור"
# The word of a news section's label over the title ("חדשות היום", "מבזקים").
SECTION_WORDS = frozenset({"חדשות", "מבזקים", "עדכונים"})

# The language interface (see lang/__init__): this module's own names and those of he_lexicon,
# he_names and he_people.
__all__ = [
    "AGENCIES",
    "AMBIGUOUS_FIRST",
    "AND_WORDS",
    "BUTTON_WORDS",
    "BYLINES",
    "CAPITALS",
    "CAPTION_LABELS",
    "CODE",
    "COURTESY",
    "DATE_ANCHORS",
    "DATE_JOINERS",
    "DIMINUTIVES",
    "DOMAINS",
    "GALLERY_COUNTER",
    "HONORIFICS",
    "ISSUER_HEADS",
    "MENTIONED_CUES",
    "MONTHS",
    "MONTH_PREFIXES",
    "NAME_PARTICLES",
    "NAV_WORDS",
    "OFFICIAL_PHOTO",
    "ORDINALS",
    "PAGE_LABELS",
    "PARTICIPANT_CUES",
    "PHOTO_KINDS",
    "PHOTO_LABELS",
    "PREFIXES",
    "PRESS_OFFICES",
    "RANKS",
    "ROYAL_TITLES",
    "RUN_IN_LABELS",
    "SHORT_DATE_LEADS",
    "SILENT_FINALS",
    "SKIP_LINES",
    "SOUNDS",
    "SOUND_DIGRAPHS",
    "SOUND_RULES",
    "SOURCE_FORMS",
    "STAMP_WORDS",
    "STOP",
    "TITLES",
    "TITLE_ABBREVIATIONS",
    "TITLE_EQUIVALENTS",
    "TODAY",
    "WEEKDAY_PATTERNS",
    "find_people",
    "find_place",
    "first_name_cut",
    "issuer_of",
    "looks_like_name",
    "prefixed_form",
    "strip_prefix",
    "verb_form",
    "words",
]

ISSUER_HEADS = ("לשכת", "דוברות", "משרד", "בית", "מטה", "שגרירות", "הנהלת", "אגף", "יחידת",
                "מחלקת", "הלשכה", "הדוברות", "דובר", "דוברת", "לע\"מ", "המשרד", "מזכירות")  # fmt: skip
# A spokesperson's title ("דובר צה\"ל", "דוברת הנשיא"; not the office "דוברות"): someone who
# reports on an event, not a participant in it.
SPOKESPERSON = re.compile(r"(?:^|\s)ה?דובר(?:ת)?(?=\s|$)")
_ISSUER = re.compile(
    r"^\(?\s*(?:נמסר|נמסרה|מסר|מסרה|הודעת|הודעה)\s*:?\s+(?:על\s*ידי\s+|ע\"י\s+)?"
    r"(?P<who>[^()\n]{2,120}?)\s*\)?\s*\.?$"
)
_ISSUER_ALONE = re.compile(r"^\(?\s*(?P<who>(?:ה?דוברות|ה?לשכת)\s[^()\n]{2,80}?)\s*\)?\s*\.?$")


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
YESTERDAY = r"אתמול|אמש"  # the day before the dateline's date
YEAR_WORDS = ""  # a word after the year of a date ("2013 года")
# A heading over a list of other stories that ends the article ("כתבות נוספות", "עוד בנושא").
RELATED_HEADINGS = (  # and the readers' comments under it ("3 תגובות", "תגובות (0)")
    r"כתבות\s+(?:נוספות|קשורות)|עוד\s+(?:באותו\s+)?(?:בנושא|נושא)|קראו\s+(?:עוד|גם)|"
    r"(?:\d+\s+)?תגובות(?:\s*\(\d+\))?"
)

# -- page furniture and credits (read by the shared ``clutter`` and ``photos`` modules) ------
SKIP_LINES = (  # a skip link, also glued to the anchor it skips ("תוכן מרכזי בעמודדלג על ...")
    r"דלג\s+ל?\S+|הצהרת\s+נגישות|נגישות|חיפוש(?:\s+ב\S+(?:\s+\S+)?)?|"
    r".{0,40}דלג\s+(?:על|אל|ל)\s*\S+(?:\s+\S+){0,3}|"
    r"לוגו(?:\s+\S+){0,5}|(?:\S+\s+){1,5}לוגו|"  # a logo's alternative text
    r"תפריט(?:\s+\S+)?|"  # a menu's button ("תפריט כתבה")
    r"(?:קראו\s+(?:עוד|גם)|עוד\s+בנושא)\s*[|:]\s*\S.*|"  # another story's title
    r".{0,160}(?<![\u05d0-\u05ea])(?:טל['׳]?|טלפון|פקס)\s*:?\s*[+(\d].*"  # a contact line
)
BUTTON_WORDS = r"שתף|הדפס|שלח"
BYLINES = r"(?:מאת|כתב(?:ת)?)\s*:?\s+\S+(?:\s+\S+){0,4}"
STAMP_WORDS = (  # a Hebrew-calendar year beside a date is a site's date banner ("... התשע"ב")
    r"לפני\s+\d+\s+(?:דקות|שעות)|"  # a feed's relative time
    r"עודכן|עדכון\s+אחרון|פורסם|תאריך\s+פרסום|ה?תש[א-ת][\"״׳']?[א-ת](?![א-ת])"
)
AND_WORDS = frozenset({"ו"})
DOMAINS = r"co\.il"
CAPITALS = "\u05d0-\u05ea"  # no capitals: any letter may open a sentence
PHOTO_LABELS = r"צילומים|צילום|תצלום|קרדיט(?:\s+צילום)?"
PHOTO_KINDS = r"אילוסטרציה|ארכיון"  # "צילום אילוסטרציה:", "צילום ארכיון:", ", אילוסטרציה"
OFFICIAL_PHOTO = ""  # Hebrew names the office after the label ("צילום: דוברות ...")
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


# Title abbreviations (with gershayim) and the titles they stand for.
TITLE_ABBREVIATIONS = {
    'רה"מ': "ראש הממשלה",
    'רוה"מ': "ראש הממשלה",
    'שה"ח': "שר החוץ",
    'סשה"ח': "סגן שר החוץ",
    'ח"כ': "חבר הכנסת",
}

# Offices in English words, so that a Hebrew title agrees with the English one of the same
# person (``expand_title``); with and without the article, as titles are written.
TITLE_EQUIVALENTS = {
    "ראש הממשלה": "prime minister",
    "ראש ממשלת": "prime minister",
    "ראשת הממשלה": "prime minister",
    "סגן ראש הממשלה": "deputy prime minister",
    "נשיא המדינה": "president",
    "נשיאת המדינה": "president",
    "הנשיא": "president",
    "הנשיאה": "president",
    "נשיא": "president",
    "נשיאת": "president",
    "שר החוץ": "foreign minister",
    "שרת החוץ": "foreign minister",
    "שר הביטחון": "defense minister",
    "שר האוצר": "finance minister",
    "השר": "minister",
    "השרה": "minister",
    "שר": "minister",
    "שרת": "minister",
    "השגריר": "ambassador",
    "השגרירה": "ambassador",
    "שגריר": "ambassador",
    "שגרירת": "ambassador",
    "ראש העיר": "mayor",
    "ראשת העיר": "mayor",
    'יו"ר הכנסת': "knesset speaker",
    "מזכיר המדינה": "secretary of state",
    "מזכירת המדינה": "secretary of state",
    'הרמטכ"ל': "chief of staff",
    'רמטכ"ל': "chief of staff",
    "ראש המטה הכללי": "chief of staff",
    "הקנצלר": "chancellor",
    "קנצלר": "chancellor",
    "הקנצלרית": "chancellor",
    "קנצלרית": "chancellor",
    "המלך": "king",
    "מלך": "king",
    "המלכה": "queen",
    "מלכת": "queen",
    "חבר הכנסת": "member of knesset",
    "חברת הכנסת": "member of knesset",
    'מזכ"ל': "secretary general",
    "המזכיר הכללי": "secretary general",
    "מזכיר הכללי": "secretary general",
    "מלכה": "queen",
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
