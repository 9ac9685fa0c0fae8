"""Finding calendar dates in release text ("8 November 2012", "July 28, 2013", ...)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from . import lang
from .lexicon import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

_WORD = r"[^\W\d_]{3,12}"
_DAY = r"(?<![\d/.])(\d{1,2})(?:st|nd|rd|th)?"
# A year in full, or its last two digits after an apostrophe ("19 сентября ‘24", "Sept. 13 '17")
_YEAR = r"(\d{4}|['‘’ʼ]\d{2})(?![\d/])"
# "8 November 2012", "5th of March 2013", "10 Sept. 2014", "8 בנובמבר 2012"
_DMY = re.compile(_DAY + r"\s+(?:of\s+)?(" + _WORD + r")\.?,?\s+" + _YEAR)
# "July 28, 2013", "November 8th 2012", "May 4-5, 2014" (a range: its first day kept)
_MDY = re.compile(
    r"(?<![^\W\d_])(" + _WORD + r")\.?\s+" + _DAY + r"(?:\s*[–—-]\s*(\d{1,2}))?,?\s+" + _YEAR
)
# A range's first day before a "day month year" date: "4 – 5 November 2014", "5-6 May".
_RANGE_START = re.compile(r"(?<![\d/.])(\d{1,2})\s*[–—-]\s*$")
# A weekday shortly before a date: "Thursday, 8 November", "(Sunday 27 February".
_WEEKDAY_BEFORE = re.compile(r"([^\W\d_]{6,9})\W{0,3}$")
_ISO_LINE = re.compile(
    r"(?i)(?:(?:date|dated|posted|published|updated)\s*:?\s*)?(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ][\d:.+Z-]{0,20})?"
)
# "24.1.2017", "24/01/2017": day first (Israeli, Russian and European use); month first only
# when the day cannot be a month ("7/28/2013").
_NUMERIC = re.compile(r"(?<![\d.:/])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?![\d:/]|\.\d)")
# "(יום ד', 6.7.16)": a two-digit year, read only right after a day word.
_NUMERIC_SHORT = re.compile(r"(?<![\d.:/])(\d{1,2})([./])(\d{1,2})\2(\d{2})(?![\d.:/]|\.\d)")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], tuple[tuple[str, ...], ...]]:
    """The language modules' date words as patterns: a word tying a date to the event just
    before it ("today", "ביום שלישי", "во вторник"), a day word before a date with a
    two-digit year, and each weekday's patterns (Monday first)."""
    kits = lang.kits()
    anchors = "|".join(k.DATE_ANCHORS for k in kits)
    joiners = "".join(f"{k.DATE_JOINERS}|" for k in kits if k.DATE_JOINERS)
    anchor = re.compile(rf"(?i)\b(?:{anchors})\b\W{{0,4}}(?:{joiners}\([^()]{{0,20}})?$")
    leads = re.compile(r"(?i)(?:" + "|".join(k.SHORT_DATE_LEADS for k in kits) + r")\W{0,3}$")
    weekdays = tuple(tuple(k.WEEKDAY_PATTERNS[n] for k in kits) for n in range(7))
    return anchor, leads, weekdays


@lru_cache(maxsize=1)
def month_stems() -> tuple[dict[str, int], tuple[str, ...]]:
    """Month stems of the languages that inflect month names ("декабря", "בדצמבר"), and the
    one-letter prefixes a month may carry."""
    stems: dict[str, int] = {}
    prefixes: list[str] = []
    for k in lang.kits():
        stems.update(k.MONTHS)
        prefixes += k.MONTH_PREFIXES
    return stems, tuple(prefixes)


@dataclass(frozen=True)
class FoundDate:
    """One full date found in a text, with where it starts and whether a time word anchors it."""

    date: dt.date
    start: int
    end: int
    anchored: bool
    weekday: str | None


def _edit_distance_at_most(a: str, b: str, limit: int) -> bool:
    """True when the Damerau-Levenshtein distance of ``a`` and ``b`` is <= ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return False
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)] <= limit


def month_number(word: str) -> int | None:
    """The month a word names: full, abbreviated, Russian, Hebrew, or slightly misspelt."""
    w = word.casefold().rstrip(".")
    if w in MONTHS:
        return MONTHS[w]
    if w in MONTH_ABBREVIATIONS:
        return MONTH_ABBREVIATIONS[w]
    stems, prefixes = month_stems()
    for stem, number in stems.items():
        bare = w[1:] if w[:1] in prefixes and w[1:] in stems else w
        if bare == stem or (len(stem) >= 3 and w.startswith(stem) and len(w) - len(stem) <= 2):
            return number
    if len(w) >= 5:
        for name, number in MONTHS.items():
            if w[:3] == name[:3] and _edit_distance_at_most(w, name, 2):
                return number
    return None


def _full_year(year: str) -> int:
    """ "2016" -> 2016; "’16" -> 2016, "'97" -> 1997 (an apostrophe stands for the century)."""
    if len(year) == 4:
        return int(year)
    short = int(year[1:])
    return 2000 + short if short < 50 else 1900 + short


def _make(day: str, month_word: str, year: str) -> dt.date | None:
    month = month_number(month_word)
    if month is None:
        return None
    try:
        return dt.date(_full_year(year), month, int(day))
    except ValueError:
        return None


def iter_dates(text: str) -> Iterator[FoundDate]:
    """Yield every full (day, month, year) date in ``text``, in order of position."""
    found: list[FoundDate] = []
    for rx, order in ((_DMY, "dmy"), (_MDY, "mdy")):
        for m in rx.finditer(text):
            if order == "dmy":
                day, month_word, year = m.group(1), m.group(2), m.group(3)
            else:
                month_word, day, year = m.group(1), m.group(2), m.group(4)
            start = m.start()
            first = _RANGE_START.search(text, 0, start) if order == "dmy" else None
            if first is not None and int(first.group(1)) < int(day):
                day, start = first.group(1), first.start(1)  # "4 – 5 November 2014"
            elif order == "mdy" and m.group(3):
                day = min(day, m.group(3), key=int)  # "May 4-5, 2014"
            date = _make(day, month_word, year)
            if date is None:
                continue
            before = text[max(0, start - 40) : start]
            weekday = None
            wm = _WEEKDAY_BEFORE.search(before)
            if wm and wm.group(1).casefold() in WEEKDAYS:
                weekday = wm.group(1)
            anchored = bool(_patterns()[0].search(before))
            found.append(FoundDate(date, start, m.end(), anchored, weekday))
    numeric = list(_NUMERIC.finditer(text))
    # One text writes its dates one way: a date that can only be month first ("7/28/2013")
    # makes the others month first too ("3/5/2013" is 5 March only on a day-first page).
    month_first = any(int(m.group(3)) > 12 >= int(m.group(1)) for m in numeric) and not any(
        int(m.group(1)) > 12 >= int(m.group(3)) for m in numeric
    )
    for m in numeric:
        day, month, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if month > 12 >= day or (month_first and month <= 12):
            day, month = month, day
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if any(f.start <= m.start() < f.end for f in found):
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        anchored = bool(_patterns()[0].search(before))
        found.append(FoundDate(date, m.start(), m.end(), anchored, None))
    for m in _NUMERIC_SHORT.finditer(text):
        before = text[max(0, m.start() - 20) : m.start()]
        if not _patterns()[1].search(before):
            continue
        day, month, year = int(m.group(1)), int(m.group(3)), 2000 + int(m.group(4))
        try:
            found.append(FoundDate(dt.date(year, month, day), m.start(), m.end(), True, None))
        except ValueError:
            continue
    found.sort(key=lambda f: f.start)
    yield from found


def first_date(text: str) -> FoundDate | None:
    """The date the text is about: the first anchored date, else the first date."""
    dates = list(iter_dates(text))
    for found in dates:
        if found.anchored:
            return found
    return dates[0] if dates else None


def iso_date(line: str) -> dt.date | None:
    """The date of a machine dateline such as "date 2023-04-24" or "Posted: 2023-04-24"."""
    m = _ISO_LINE.fullmatch(line.strip())
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def is_date_line(line: str) -> bool:
    """True when a line holds nothing but a date (a dateline such as "10 July 2017")."""
    stripped = line.strip().strip(",.")
    if not stripped or len(stripped) > 40:
        return False
    if iso_date(stripped) is not None:
        return True
    for found in iter_dates(stripped):
        rest = stripped[: found.start].strip(" ,(")
        tail = _YEAR_WORD.sub("", stripped[found.end :].strip(" ,)"), count=1).strip(" ,.)")
        return tail == "" and (rest == "" or rest.casefold() in WEEKDAYS or _dateline_place(rest))
    return False


_YEAR_WORD = lang.pattern(lambda: r"(?i)^(?:" + (lang.alternatives("YEAR_WORDS") or "(?!)") + r")$")


def _dateline_place(rest: str) -> bool:
    """The place of a dateline ("Haifa, 3 May 2001", "Jerusalem, Sunday 3 May 2001")."""
    parts = [p.strip() for p in rest.split(",") if p.strip()]
    if not parts or len(parts) > 2 or len(parts[0].split()) > 3:
        return False
    if len(parts) == 2 and parts[1].casefold() not in WEEKDAYS:
        return False
    return all(w[:1].isupper() or not w[:1].isascii() for w in parts[0].split())


def weekday_warning(found: FoundDate) -> str | None:
    """A warning when the weekday written next to a date disagrees with the date."""
    if found.weekday is None:
        return None
    actual = found.date.strftime("%A")
    if actual.casefold() != found.weekday.casefold():
        return f"the text says {found.weekday} but {found.date.isoformat()} was a {actual}"
    return None


def names_weekday(text: str, date: dt.date) -> bool:
    """Does ``text`` name the weekday of ``date`` ("on Tuesday", "во вторник", "(שלישי)")?"""
    folded = text.casefold()
    return any(re.search(rx, folded) for rx in _patterns()[2][date.weekday()])


_DAY_THEN_MONTH = re.compile(r"(?<!\d)(\d{1,2})\s+([^\W\d_]{3,12})")
_MONTH_THEN_DAY = re.compile(r"([^\W\d_]{3,12})\.?\s+(\d{1,2})(?!\d)")


def names_day_month(text: str, date: dt.date) -> bool:
    """Does ``text`` name the day and month of ``date`` ("8 декабря", "March 21", "21 במרץ")?"""
    pairs = [(m.group(1), m.group(2)) for m in _DAY_THEN_MONTH.finditer(text)]
    pairs += [(m.group(2), m.group(1)) for m in _MONTH_THEN_DAY.finditer(text)]
    return any(int(d) == date.day and month_number(w) == date.month for d, w in pairs)
