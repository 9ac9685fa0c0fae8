"""English: issuer lines "(Communicated by ...)", and the people and place finders of the
title grammar (``mentions``, ``grammar``, ``lexicon``, ``places``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..lexicon import NAME_PARTICLES
from ..lexicon import words as _wordset
from ..models import ParsedPerson
from .common import first_name_alone
from .en_names import not_a_name
from .names import all_common_words, is_common_word, is_first_name

CODE = "en"
_ISSUER = re.compile(
    r"\(?\s*(?:communicated|contributed)\s+by\s*:?\s+(?:the\s+)?"
    r"(?P<who>[^()\n]{2,150}?)\s*\)?\s*\.?",
    re.I,
)
NAV_WORDS = _wordset(
    """home news events updates press releases release room newsroom media centre center
    gallery galleries photos videos video multimedia live streaming share print back menu
    search related links contact us about sitemap site map subscribe login log in sign
    english hebrew arabic russian français español deutsch skip to content main navigation
    accessibility toggle top policy policies ministry ministries government prime
    minister's office president president's topics more all previous next
    page speeches statements spokesperson's messages briefings documents channels
    advertisement rss world politics opinion opinions business sport culture health science
    technology tech elections archaeology analysis features blogs podcasts magazine
    breaking middle east u.s. - facebook instagram twitter youtube telegram whatsapp linkedin
    pinterest reddit tiktok flipboard"""
)
# The label of a line naming the text's source ("Source: Apo-Opa"): never the title.
SOURCE_LABELS = r"source"
# The word of a news section's label over the title ("Top News", "Latest Updates").
SECTION_WORDS = _wordset("news headlines updates")

# Days other than the report's own: a sentence naming one tells of another event, unless the
# lead paragraph names the same ("Yesterday X met Y" after a lead about today's talks).
OTHER_DAYS = {
    "yesterday": re.compile(r"(?i)\byesterday\b|\bthe day before\b"),
    "earlier": re.compile(
        r"(?i)\bearl(?:y|ier) (?:this|last) (?:week|month|year)\b|"
        r"\b(?:a|one|two|three|four|five|six|several|few|\d+) (?:days|weeks|months|years) ago\b"
    ),
    # "X recently paid a visit to Moscow to hold talks with Y" after a lead about today's
    # meeting; a lead that itself says "recently held talks" makes that the report's event.
    "recently": re.compile(
        r"(?i)\brecently\s+(?:paid|visited|met|held|hosted|received|attended|travell?ed|"
        r"called|spoke|talked|toured|led|headed|went)\b"
    ),
}

# A spokesperson's title: someone who reports on an event, not a participant in it.
SPOKESPERSON = re.compile(r"(?i)\bspokes(?:man|woman|person)\b|\bpress\s+secretary\b")

# Lines a release page prints above its title that are never the title: a release's genre
# label, an embargo, the site's greeting.
PAGE_LABELS = re.compile(
    r"(?i)(?:for\s+immediate\s+release|immediate\s+release|readout|media\s+note|"
    r"press\s+statement|fact\s+sheet|press\s+release|news\s+release|statement|"
    r"embargoed\b.{0,80}|welcome\s+to\s+(?:the\s+)?[A-Z].{2,80})"
)

# A U.S. readout names its spokesperson: "The below is attributable to Spokesperson X:".
_ATTRIBUTABLE = re.compile(
    r"(?i)(?:the\s+)?(?:below|above|following)\s+is\s+attributable\s+to\s+(?P<who>[^:\n]{3,120}?)\s*:?"
)
# A release's closing line naming its office: "Issued by the Communication Unit of ...", and
# a wire's "Distributed by APO Group on behalf of the Presidency ..." (the office is the
# one on whose behalf it was sent).
_ISSUED = re.compile(
    r"(?i:issued|released|distributed)\s+by\s+(?:(?i:the)\s+)?"
    r"(?:[^()\n]{2,60}?\s+on\s+behalf\s+of\s+(?:(?i:the)\s+)?)?"
    r"(?P<who>[A-Z][^()\n]{2,150}?)\s*\.?"
)
# An issuing office on a line of its own: "Office of the Spokesperson".
_OFFICE_LINE = re.compile(
    r"(?P<who>Office\s+of\s+the\s+(?:Spokesperson|Spokesman|Press\s+Secretary|Spokeswoman))"
)


def issuer_of(line: str) -> str | None:
    """The issuing office when a line is an issuer line ("(Communicated by the ...)",
    "The below is attributable to Spokesperson ...:", "Office of the Spokesperson")."""
    if len(line) > 180:
        return None
    s = line.strip()
    m = _ISSUER.fullmatch(s) or _OFFICE_LINE.fullmatch(s) or _ATTRIBUTABLE.fullmatch(s)
    if m is None and len(s.split()) <= 25:
        m = _ISSUED.fullmatch(s)
        if m is not None and not _title_case(m.group("who")):
            return None  # "Released by the X, the statement said ...": a sentence
    return m.group("who").strip() if m else None


_OFFICE_LINKS = _wordset("of the and for on in at to de")


def _title_case(name: str) -> bool:
    """An office's name: its words capitalised but for the links ("of the", "and")."""
    return all(
        w[:1].isupper() or w.casefold() in _OFFICE_LINKS or not w[:1].isalpha()
        for w in name.replace(",", " ").split()
    )


def find_people(
    body: Sequence[str],
    *,
    headline: str | None = None,
    subheadline: str | None = None,
    summary: str | None = None,
    captions: Sequence[str | None] = (),
) -> tuple[ParsedPerson, ...]:
    from ..people import find_people as _find_people  # the title grammar, loaded when used

    people = _find_people(
        list(body),
        headline=headline,
        subheadline=subheadline,
        summary=summary,
        captions=tuple(captions),
    )
    return tuple(replace(p, confidence=_confidence(p)) for p in people if not _not_a_person(p))


def _not_a_person(p: ParsedPerson) -> bool:
    """One word that is a country or a big city ("at official Jerusalem residence"; a small
    town's name may be a surname: Obama), an everyday word after a royal title ("Queen
    Mother"; "Prince Charles" has a first name), or an everyday word
    closing an office's complement ("the chair of the UNGA Legal Affairs Panel")."""
    from .. import gazetteer

    words = p.name.split()
    if len(words) != 1 or is_first_name(words[0], CODE):
        return False
    if p.title and _royal(p.title) and is_common_word(words[0], CODE):
        return True  # "Queen Mother": a royal title's everyday word, no first name
    if p.title and _ends_in_adjective(p.title):
        return True  # "CEO of the Jewish Federations": the noun the title's adjective qualifies
    place = gazetteer.lookup(words[0])
    if place is not None and place.population >= 200_000:  # a small town may be a surname
        return True
    return bool(p.title and " of " in f" {p.title} " and is_common_word(words[0], CODE))


def _royal(title: str) -> bool:
    return any(w.casefold() in ROYAL_TITLES for w in title.replace("-", " ").split())


def _ends_in_adjective(title: str) -> bool:
    """Does a title end in a nationality or a qualifying word ("CEO of the Jewish")? No
    English title does: the word after it is the noun it qualifies, not a name."""
    from .. import lexicon as lx

    last = title.split()[-1].casefold()
    return (last in lx.DEMONYMS or last in lx.MODIFIERS) and last not in lx.OFFICES


def _confidence(p: ParsedPerson) -> float:
    """Titled full names are sure; a known first name helps; a surname alone is a guess."""
    words = p.name.split()
    if len(words) == 1:
        return 0.6 if p.title else 0.5
    known_first = is_first_name(words[0], CODE)
    if p.title:
        return 0.95 if known_first else 0.85
    return 0.8 if known_first else 0.55


def find_place(
    *,
    headline: str | None,
    subheadline: str | None,
    summary: str | None,
    body: Sequence[str],
    datelines: Sequence[str] = (),
    captions: Sequence[str | None] = (),
) -> tuple[str | None, float]:
    from ..places import find_place as _find_place

    return _find_place(
        headline=headline,
        subheadline=subheadline,
        summary=summary,
        body=list(body),
        datelines=datelines,
        captions=captions,
    )


_NAME_WORD = re.compile(r"[^\W\d_][\w.'’-]*")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # "Ayadah M.A. Alsaidi"


def looks_like_name(name: str) -> bool:
    """A personal name in Latin script: capitalised words (particles aside), not all of them
    office, organisation, place, menu or headline-verb words."""
    from ..tokens import tokenize

    words = [w.strip("\"“”‘’'") for w in name.split()]
    core = [w for w in words if w not in NAME_PARTICLES]  # "bin" aside: "X bin Y bin Z Al W"
    if not 1 <= len(core) <= 6 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    toks = [t for t in tokenize(name) if t.word]
    if not toks or not all(t.cap or t.particle for t in toks):
        return False
    if any(w.casefold().strip(".") in NAV_WORDS for w in words) and len(words) > 1:
        nav = sum(w.casefold() in NAV_WORDS for w in words)
        if nav == len(words):
            return False
    particle = any(t.particle or t.folded in NAME_PARTICLES for t in toks)
    if not_a_name(name):
        return False  # a place, a country, an agency: "Bodh Gaya", "Getty Images"
    if all_common_words(name, CODE) and not particle:
        return False  # everyday words, no particle ("Bin Laden"): "Useful Links"
    inner = toks[1:-1]
    return all(
        t.name_word or t.particle or (t in inner and _INITIALS.fullmatch(t.text)) for t in toks
    )


# -- dates (read by the shared ``dates`` module; month and weekday names in ``lexicon``) ---
MONTHS: dict[str, int] = {}  # English months are whole words (lexicon.MONTHS), not stems
MONTH_PREFIXES: tuple[str, ...] = ()
# Words just before a date that tie it to the event ("on Tuesday, 8 May", "today").
DATE_ANCHORS = (
    r"today|tonight|tomorrow|yesterday|this\s+(?:morning|afternoon|evening)|"
    r"last\s+night|on|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday"
)
DATE_JOINERS = ""
SHORT_DATE_LEADS = r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|on)"
WEEKDAY_PATTERNS = tuple(
    rf"\b{day}\b"
    for day in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)
TODAY = r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b"
YESTERDAY = r"\b(?:yesterday|last\s+night)\b"  # the day before the dateline's date
YEAR_WORDS = ""  # a word after the year of a date ("2013 года")
# A heading over a list of other stories that ends the article ("Related News", "Read also:").
RELATED_HEADINGS = (
    r"related\s+(?:news|articles?|stories|posts|content|coverage)|read\s+(?:also|more)|"
    r"see\s+also|more\s+(?:news|stories)\s+on\s+this\s+topic|you\s+may\s+also\s+like|"
    # the readers' comments under it ("Comments (0)", "No comments:", "Leave a Reply")
    r"(?:\d+\s+|no\s+)?comments?(?:\s*\(\d+\))?|post\s+a\s+comment|leave\s+a\s+(?:comment|reply)"
)

# -- page furniture and credits (read by the shared ``clutter`` and ``photos`` modules) ------
SKIP_LINES = (
    r"skip\s+to\s+(?:main\s+)?(?:content|navigation|menu)|jump\s+to\s+\w+|"
    r"search(?:\s+(?:form|box|site|(?:this|the)\s+site))?|"  # a search box's label
    r"accessibility(?:\s+\w+)?|toggle\s+navigation|you\s+are\s+here:?.*|"
    # a link's words: "Click Here for more reports by X", "Can't see video? - Click Here"
    r"(?:.{0,40}\W\s*)?click\s+here\b.{0,80}|"
    # a page's own anchors and print-view links, often glued to the site's name:
    # "top of page", "Site.com« Back to articlePrint this article"
    r"(?:back\s+to\s+|go\s+to\s+)?(?:top|bottom)\s+of\s+(?:the\s+)?page|"
    r".{0,40}(?:«|‹|<)\s*back\s+to\s+\w+.{0,60}|(?:.{0,40}\W)?print\s+this\s+(?:article|page|story)|"
    r"(?:\S+\s+){1,5}logo|logo|(?:article|main|site|open|close)\s+menu|"  # and a menu's button
    # another story's title run into the article: "Also Read | Minister X opens ..."
    r"(?:also\s+read|read\s+(?:also|more)|see\s+also|related)\s*[|:]\s*\S.*|"
    # an office's contact line: "Ministry of X, Building, City | Tel Number: 00960 332-3400"
    r".{0,160}\b(?:tel(?:ephone)?|phone|fax)(?:\s+(?:number|no\.?))?\s*:\s*[+(\d].*"
)
BUTTON_WORDS = r"share|print|email|tweet"
BYLINES = (
    r"(?:by|written\s+by|posted\s+by|reporter)\s*:?\s+\S+(?:\s+\S+){0,4}|(?:\S+\s+){1,3}staff\s*,?|"
    # a paper's own desk as the byline: "F.P. Report", "Staff Report", "News Desk"
    r"(?:[A-Z]\.){1,4}\s*report|(?:staff|news|web|monitoring|online)\s+(?:report|desk)"
)
STAMP_WORDS = (  # and a feed's relative time ("4 minutes ago")
    r"updated|last\s+updated|published|posted|date\s+published|\d+\s+(?:minutes?|hours?)\s+ago"
)
AND_WORDS = frozenset({"and", "&"})
DOMAINS = r"com|org|net|info"
CAPITALS = "A-Z"  # letters that open a sentence
PHOTO_LABELS = r"photo(?:graph)?s?|photographer|pictures?|foto|images?"  # "Photo: GPO" (case aside)
# What kind of photo a label names ("Archive photo:", "File photo:", "Photo illustration:").
PHOTO_KINDS = (  # and where the page put it ("Attached photo credit:", "Featured image:")
    r"archive|file|illustrative|illustration|handout|stock|attached|featured|main|cover|header|top"
)
# An institution's own photo, its photographer after it: "Official White House Photo by X".
OFFICIAL_PHOTO = r"official"
# A gallery's counter printed by a photo ("3 / 12", "Photo 3 of 12"): no caption.
GALLERY_COUNTER = r"(?:(?:photo|image|picture|slide)\s+)?\d{1,3}\s*(?:/|of)\s*\d{1,3}"
# A label that opens a caption rather than a credit ("Pictured: ...", "In the photo: ...").
CAPTION_LABELS = r"pictured(?:\s+(?:above|below|here|from\s+left))?|in\s+the\s+(?:photo|picture)"
# A credit given as a courtesy ("Photo courtesy of X", "Courtesy: X").
COURTESY = r"courtesy(?:\s+of)?"
# Photo sources named in a dependent form after the label, with their base form (none in
# English: "Photo: press office" is written in the base form already).
SOURCE_FORMS: dict[str, str] = {}
RUN_IN_LABELS = r"Photographer|PHOTOGRAPHER|Photographs?|PHOTOGRAPHS?|Photos?|PHOTOS?|Foto|Credit|CREDIT|Images?|IMAGES?|Pictures?|PICTURES?"  # "... in Moscow Photo by Mark Neiman (GPO)"
AGENCIES = (
    r"AP|Associated\s+Press|AFP|EPA|Reuters|Getty\s+Images|Flash\s*90|TASS|RIA\s+Novosti|Sputnik|EPA-EFE|"
    r"Xinhua|Anadolu|GPO|Global\s+Look\s+Press|Shutterstock|"
    # national news agencies whose photographers' credits a release reprints
    r"Yonhap|Kyodo(?:\s+News)?|Jiji(?:\s+Press)?|Bernama|Antara|IRNA|WAFA|KCNA|MENA|WAM|"
    r"ANI|PTI|BSS|VNA|PNA|dpa|EFE|ANSA|Belga|Lusa|UPI|Ukrinform|BelTA|Kazinform|ANP|PAP|Pool|"
    r"PA(?:\s+(?:Wire|Media|Images))?"  # the UK's Press Association: "(Ben Birchall/PA)"
)
PRESS_OFFICES = r"press\s+(?:office|service)|spokesperson's\s+unit"

# -- sounds (read by the shared ``translit``: one skeleton of a name across scripts) -------
SOUND_DIGRAPHS: tuple[tuple[str, str], ...] = ()
SILENT_FINALS = ""
# Latin spellings folded to one consonant class each, in this order; g and h are one class
# because Russian writes a foreign h as г (Herzog -> Герцог).
SOUND_RULES = (
    ("sch", "s"), ("tch", "č"), ("ch", "h"), ("kh", "h"), ("sh", "s"), ("zh", "z"),
    ("tz", "z"), ("ts", "z"), ("th", "t"), ("ph", "p"), ("ck", "k"), ("dj", "j"),
    ("g", "h"), ("w", "v"), ("b", "v"), ("f", "p"), ("q", "k"), ("c", "k"), ("x", "ks"),
)  # fmt: skip
SOUNDS: dict[str, str] = {}


def prefixed_form(word: str) -> bool:
    """A known word behind a one-letter prefix (Latin script has none): never."""
    return False


# -- names cut short (read by ``could_be_person``) ----------------------------------------
ROYAL_TITLES = frozenset(
    {"king", "queen", "prince", "princess", "lady", "emir", "sheikh", "sultan", "pope", "crown"}
)


def verb_form(word: str) -> bool:
    """English has no verb form a title could be mistaken to name."""
    return False


def first_name_cut(name: str, title: str) -> bool:
    """A first name alone after an office title ("President Jimmy"): a surname cut off."""
    return first_name_alone(name, title, CODE, ROYAL_TITLES)


# Title abbreviations and the words they stand for (folded, full stop aside): "PM Netanyahu"
# and "Prime Minister Netanyahu" carry one title.
TITLE_ABBREVIATIONS = {
    "pm": "prime minister",
    "fm": "foreign minister",
    "dfm": "deputy foreign minister",
    "dpm": "deputy prime minister",
    "pres": "president",
    "amb": "ambassador",
    "sec": "secretary",
    "gen": "general",
    "mk": "member of knesset",
    "min": "minister",
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
}

# Offices written in more than one way, in the words the other languages' titles map to
# (``expand_title``): "Minister of Foreign Affairs" is "Foreign Minister".
TITLE_EQUIVALENTS = {
    "minister of foreign affairs": "foreign minister",
    "minister for foreign affairs": "foreign minister",
    "external affairs minister": "foreign minister",
    "minister of defense": "defense minister",
    "minister of defence": "defense minister",
    "defence minister": "defense minister",
    "minister of finance": "finance minister",
    "chief-of-staff": "chief of staff",
    "secretary-general": "secretary general",
    "speaker of the knesset": "knesset speaker",
    "member of the knesset": "member of knesset",
    "head of state": "president",
}

# Diminutives and short forms of first names written in Latin letters, with the full names
# they stand for: "Ruvi Rivlin" is "Reuven Rivlin", "Bibi Netanyahu" "Benjamin Netanyahu".
DIMINUTIVES = {
    "bibi": ("benjamin", "binyamin"),
    "ruvi": ("reuven", "reuben"),
    "ben": ("benjamin",),
    "benny": ("benjamin", "binyamin"),
    "bill": ("william",),
    "will": ("william",),
    "bob": ("robert",),
    "rob": ("robert",),
    "mike": ("michael",),
    "jim": ("james",),
    "joe": ("joseph",),
    "tom": ("thomas",),
    "dick": ("richard",),
    "tony": ("anthony",),
    "dave": ("david",),
    "dudi": ("david",),
    "yossi": ("yosef", "joseph"),
    "avi": ("avraham", "abraham"),
    "tzipi": ("tzipora", "tzippora"),
    "kobi": ("yaakov", "jacob"),
    "itzik": ("yitzhak", "isaac"),
    "moti": ("mordechai",),
    "motti": ("mordechai",),
    "rafi": ("rafael", "refael"),
    "shuki": ("yehoshua",),
    "alex": ("alexander",),
    "sasha": ("alexander",),
    "danny": ("daniel",),
    "dani": ("daniel",),
    # English forms of Hebrew first names: "Isaac Herzog" is "Yitzhak Herzog", יצחק הרצוג
    "isaac": ("yitzhak", "itzhak"),
    "jacob": ("yaakov", "yaacov"),
    "joseph": ("yosef",),
    "abraham": ("avraham",),
    "moses": ("moshe",),
    "solomon": ("shlomo",),
    "samuel": ("shmuel",),
    "reuben": ("reuven",),
    "benjamin": ("binyamin",),
}
