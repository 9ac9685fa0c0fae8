"""Page clutter that is never a title, a person or body text, in any language: navigation and
accessibility lines, rows of menu words, section labels, gallery file names, bylines and
time stamps ("Updated: 24.01.2017 10:32")."""

from __future__ import annotations

import re

from . import lang
from .credits import file_name
from .dates import iter_dates, month_number
from .lexicon import MONTHS

# The words of each language (``lang``): skip links ("Skip to content", "דלג לתוכן").
_SKIP = lang.pattern(lambda: r"(?i)^(?:" + lang.alternatives("SKIP_LINES") + r")$")
# Share and print buttons: "Share this article on WhatsApp:", "שתף קטע נבחר", "Поделиться".
_BUTTON = lang.pattern(
    lambda: r"(?i)^(?:" + lang.alternatives("BUTTON_WORDS") + r")(?:\s+\S+){0,4}\s*:?$"
)
_FILE = re.compile(r"(?i)^(?:\S+\.(?:jpe?g|png|gif|webp|tiff?|bmp|heic)\s*)+$")
_BYLINE = lang.pattern(lambda: r"(?i)^(?:" + lang.alternatives("BYLINES") + r")$")
_TIME = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?::\d{2})?(?!\d)")
_STAMP_WORDS = lang.pattern(lambda: r"(?i)(?:" + lang.alternatives("STAMP_WORDS") + r")")
# A wire service's tag opening a stamp line: "(AGENPARL) – mer 19 luglio 2023".
_WIRE_TAG = re.compile(r"^\(?[A-Z]{3,12}\)\s*[–—-]\s*\S.{0,80}?\b(?:19|20)\d\d\b")
# "24.01.2017", "24/1/17"; year first ("2021-4-23 06:55"), as some sites print a stamp
_NUMERIC_DATE = re.compile(
    r"(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d\d([./-])\d{1,2}\1\d{1,2})(?!\d)"
)
_DOMAIN = lang.pattern(lambda: r"(?i)\.(?:" + lang.alternatives("DOMAINS") + r")$")
_SPLIT = re.compile(r"\s*[|•·/»›>]\s*|\s+")
# A breadcrumb trail's separators: "Site > Section > Title", "Home » News » ...".
_CRUMB = re.compile(r"\s+(?:>|»|›|→)\s+")
_SLASH_CRUMB = re.compile(r"\s+[/|]\s+")
_FILES = re.compile(r"\s*[|,;]\s*|\s+(?!\(\d)")  # "name (2)": a copy's number stays


def is_breadcrumb(content: str) -> bool:
    """A breadcrumb trail: the site, its sections and often the page's own title, parted by
    ">" / "»" / "›" ("Site > Section > Title"): two separators, or one after a menu word;
    parted by "/" or "|", two separators after a menu word ("Home / News / Title")."""
    s = content.strip()
    parts = [p for p in _CRUMB.split(s) if p]
    nav = lang.nav_words()
    if len(parts) >= 2 and all(len(p) <= 200 for p in parts):
        return len(parts) >= 3 or parts[0].casefold() in nav
    parts = [p for p in _SLASH_CRUMB.split(s) if p]
    return len(parts) >= 3 and all(len(p) <= 200 for p in parts) and parts[0].casefold() in nav


def crumb_sections(content: str) -> list[str]:
    """The sections a breadcrumb trail names before its last part ("Home > News > Leaders in
    Action > the title" -> "Home", "News", "Leaders in Action"); none for any other line."""
    if not is_breadcrumb(content):
        return []
    s = content.strip()
    parts = [p.strip() for p in _CRUMB.split(s) if p.strip()]
    if len(parts) < 2:
        parts = [p.strip() for p in _SLASH_CRUMB.split(s) if p.strip()]
    return parts[:-1]


def is_file_row(content: str) -> bool:
    """A gallery's row of image file names ("IMG-20140716-WA0084|IMG-20140716-WA0085")."""
    parts = [p for p in _FILES.split(content.strip()) if p]
    return bool(parts) and all(file_name(p) for p in parts)


def is_menu_row(content: str) -> bool:
    """A row of navigation words ("Home | News | Events", "Новости Политика Экономика")."""
    s = content.strip()
    if not s or len(s) > 200 or s[-1:] in ".!?:;,":
        return False
    parts = [p.strip("()[]\"'«»") for p in _SPLIT.split(s) if p.strip("()[]\"'«»")]
    if not parts:
        return False
    nav = lang.nav_words()
    hits = sum(1 for p in parts if p.casefold() in nav)
    if hits == len(parts) and (len(parts) >= 2 or len(s) <= 20):
        return True
    connectors = lang.word_set("AND_WORDS")
    domains = sum(1 for p in parts if _DOMAIN.search(p))
    if len(parts) <= 6 and domains * 2 >= len(parts):
        return True  # sister sites: "МК АвтоВзгляд Охотники.ру WomanHit.ru"
    capitalised = all(
        not p[:1].islower() or p.casefold() in nav
        for p in parts
        if p[:1].isalpha() and p.casefold() not in connectors
    )
    share = hits / len(parts)
    return capitalised and (
        (len(parts) >= 3 and share >= 0.6) or (len(parts) >= 10 and share >= 0.4)
    )


def is_stamp(content: str) -> bool:
    """A publication or update time stamp ("Updated: 24.01.2017 10:32", "12:05 24/01/2017")."""
    s = content.strip()
    if _WIRE_TAG.match(s) and len(s) <= 100:
        return True
    if len(s) > 80:
        return False
    if _STAMP_WORDS.search(s) and (
        _TIME.search(s) or _NUMERIC_DATE.search(s) or re.search(r"\d{4}", s)
    ):
        return True
    if _TIME.search(s):  # "Tuesday, 24 January 2017 12:30": a full date and a time of day
        for found in iter_dates(s):
            rest = (s[: found.start] + s[found.end :]).strip()
            rest = _TIME.sub("", rest).strip(" ,|-–()")
            if len(rest.split()) <= 3:
                return True
    rest = _TIME.sub("", _NUMERIC_DATE.sub("", s)).strip(" ,|-–")
    if _TIME.search(s) and _NUMERIC_DATE.search(s):  # "26-02-2013, 19:21. Posted: admin"
        return len(rest.split()) <= 3
    return bool(_TIME.search(s)) and rest == ""


_NUMBER = re.compile(r"\d[\d\s.,]{0,9}")
# A link of a few words with its arrow ("לכל המבזקים ←", "All news →", "« Back"): furniture.
_ARROW_LINK = re.compile(
    r"(?:[←→‹›]|«(?=\s))\s*(?:\S+\s+){0,3}\S+|(?:\S+\s+){0,3}\S+(?:\s*[←→‹›]|\s»)"
)
# A weather widget's temperature, after its city or not ("29.2 C", "-3°C", "Haifa 17°c"):
# the site's, never the release's.
_TEMPERATURE = re.compile(
    r"(?:[^\W\d_][\w'’-]*\s+){0,3}[-+−]?\d{1,2}(?:[.,]\d)?\s*(?:°\s*[CFcf\u0421]?|[CF\u0421])"
)


def printed_twice(content: str) -> bool:
    """A row of tags or menu words the page printed twice in one line (a mobile and a desktop
    copy, one of them with a tag or two more): "Putin Merkel Moscow Talks Putin Merkel Moscow
    Talks". No sentence repeats itself so."""
    words_ = content.split()
    n = len(words_)
    return any(
        words_[:k] == words_[n - k :] and n - 2 * k <= 2
        for k in range(max(3, n // 2 - 1), n // 2 + 1)
    )


def is_weather(content: str) -> bool:
    """A weather widget's temperature line."""
    return _TEMPERATURE.fullmatch(content.strip()) is not None


def is_date_part(content: str) -> bool:
    """A line that is only a number (a view counter, "372"; a year, "2024"), a month's name
    or a weekday's: an archive's date navigation or a page's counters, never a title."""
    s = content.strip(" .,|")
    if _NUMBER.fullmatch(s):
        return True
    words = s.split()
    if not words or len(words) > 2 or any(ch.isdigit() for ch in s):
        return False
    if len(words) == 1:
        w = words[0].casefold()
        if month_number(w) is not None and (w in MONTHS or not w.isascii()):
            return True  # "Июль", "July": a month's archive, not a misspelt word
    return _WEEKDAY.fullmatch(s.casefold()) is not None


# A weekday's name alone ("Четверг", "Thursday", "יום חמישי"), from each language's patterns.
_WEEKDAY = lang.pattern(
    lambda: "|".join(f"(?:{rx})\\w{{0,3}}" for k in lang.kits() for rx in k.WEEKDAY_PATTERNS)
)


def is_clutter(content: str) -> bool:
    """Navigation, accessibility, menu rows, file names, bylines: never a title or body."""
    s = content.strip()
    if not s:
        return False
    if len(re.sub(r"[\W_]", "", s)) <= 1:  # "|", "x", a lone bullet: page furniture
        return True
    return bool(
        is_date_part(s)
        or is_weather(s)
        or _ARROW_LINK.fullmatch(s)
        or printed_twice(s)
        or _SKIP.match(s)
        or _FILE.match(s)
        or is_file_row(s)
        or is_breadcrumb(s)
        or _BYLINE.match(s)
        or _BUTTON.match(s)
        or is_menu_row(s)
        or is_stamp(s)
        or lang.is_page_label(s)
    )
