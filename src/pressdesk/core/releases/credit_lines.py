"""Credit lines: a line (or parenthesis) that is only a photo's credit or copyright notice,
and the house form of a credit (photographer plus GPO as ``X/GPO``, agencies after names)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lang
from .credits import GPO as _GPO
from .credits import (
    agency_only,
    agency_pattern,
    is_photographer,
    outlet_form,
    photographer_first,
    source_form,
)
from .notices import SITE_NOTICE, dated_copyright, named_copyright
from .text import collapse_spaces

_NAME = r"([^/(),;:]{2,60}?)"
_GPO_ALONE = re.compile(_GPO, re.I)
_GPO_FIRST = re.compile(_GPO + r"\s*/\s*" + _NAME, re.I)
_GPO_AFTER = re.compile(_NAME + r"\s*(?:/|,|-|–|\bfor\b)\s*" + _GPO, re.I)
_GPO_PAREN = re.compile(_NAME + r"\s*\(\s*" + _GPO + r"\s*\)", re.I)
_GPO_SPACE = re.compile(_NAME + r"\s+" + _GPO, re.I)


def _courtesy() -> str:
    """ "courtesy of" and its kin in every language ("Photo courtesy of X", "Courtesy: X")."""
    return lang.alternatives("COURTESY")


def _label() -> str:
    """A photo label with the kind of photo it names, before or after it ("Archive photo",
    "Photo illustration", "צילום ארכיון", "Архивное фото")."""
    kinds = lang.alternatives("PHOTO_KINDS")
    labels = lang.alternatives("PHOTO_LABELS")
    return r"(?:(?:" + kinds + r")\s+)?(?:" + labels + r")(?:\s+(?:" + kinds + r"))?"


# "Flash90, illustrative", "פלאש 90, אילוסטרציה", "ТАСС (архив)": the kind after the credit.
_KIND_AFTER = lang.pattern(
    lambda: r"\s*(?:,|\(|-|–|/)\s*(?:" + lang.alternatives("PHOTO_KINDS") + r")\s*\)?$", re.I
)


# A whole line (or parenthesis) that is a credit: "Photo: GPO", "Photo by: X, GPO",
# "Archive photo: Reuters", "Photo credit: X", "Photo by X (GPO)", "Photo:MFA", "Фото — ТАСС".
_LABELLED = lang.pattern(
    lambda: (
        r"(?:(?:credit|" + _label() + r")"
        r"(?:\s+credit)?"
        r"(?:\s+by\s*:?|\s*:|\s+[-–—]\s+|\s+(?:" + _courtesy() + r")\s*:?)|"
        r"(?:" + _courtesy() + r")\s*:?|"
        r"(?:" + lang.alternatives("PHOTO_LABELS") + r")\s*/(?=[^/]+$))"  # "Photo/Xinhua"
        r"\s*(\S.{0,79})"
    ),
    re.I,
)
# "X \\ agency": a slash printed backwards, as right-to-left pages often do.
_BACKSLASH = re.compile(r"\s*\\\s*")
# A credit that lists several roles ("Photo: X, Sound: Y", "צילום: X, סאונד: Y"): the photo's
# credit is the first; the next role's label (a word or two and a colon) ends it.
_NEXT_ROLE = re.compile(r",\s*[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?\s*:\s*\S.*$")
_ARCHIVE_SUFFIX = re.compile(r"(\S.{0,59}?)\s+archive\s+(?:photo|picture)s?", re.I)
_COPYRIGHT = re.compile(r"(?:copyright|©)\s*:?\s*(\S.{0,119})", re.I)
_LABEL_PREFIX = lang.pattern(
    lambda: (
        r"^(?:(?:" + _label() + r")"
        r"(?:\s+credit)?"
        r"(?:\s+by)?(?:\s+(?:"
        + _courtesy()
        + r"))?|credit|copyright|©|"
        + _courtesy()
        + r")\s*(?::|\s[-–—](?=\s))?\s*"
        r"|^(?:" + lang.alternatives("PHOTO_LABELS") + r")\s*/\s*(?=[^/]+$)"  # "Photo/Xinhua"
    ),
    re.I,
)

# A credit's last word that is an abbreviation keeps its full stop ("State Dept.").
ABBREVIATED_END = re.compile(r"(?i)(?:^|[\s/])(?:dept|inc|ltd|co|corp|govt|gov|assn|intl|bros)\.$")


@dataclass(frozen=True)
class CaptionParts:
    """What one caption line says: caption, the credit as written, the copyright value."""

    caption: str | None
    credit: str | None
    copyright: str | None


def normalise_credit(raw: str | None) -> str | None:
    """House form of a credit: photographer plus GPO becomes ``X/GPO``; others as written."""
    if raw is None:
        return None
    s = _BACKSLASH.sub("/", collapse_spaces(raw)).strip(" ;,")
    s = s if ABBREVIATED_END.search(s) else s.strip(" .")
    while s.startswith("(") and s.endswith(")"):
        s = s[1:-1].strip()
    s = _LABEL_PREFIX.sub("", s, count=1).strip(" ;,")
    s = _NEXT_ROLE.sub("", s).strip(" ;,")
    s = _KIND_AFTER.sub("", s).strip(" ;,")
    s = s if ABBREVIATED_END.search(s) else s.strip(" .")
    m = _ARCHIVE_SUFFIX.fullmatch(s)
    if m:
        s = m.group(1).strip()
    if not s:
        return None
    if _GPO_ALONE.fullmatch(s):
        return "GPO"
    for rx in (_GPO_FIRST, _GPO_PAREN, _GPO_AFTER, _GPO_SPACE):
        m = rx.fullmatch(s)
        if m and not _GPO_ALONE.fullmatch(m.group(1).strip()):
            return f"{m.group(1).strip()}/GPO"
    return photographer_first(s) or outlet_form(s) or _agency_form(s)


_AGENCY_AFTER = lang.pattern(
    lambda: r"([^/(),;:]{2,60}?)\s*(?:/|,|\(|–|-)\s*(" + agency_pattern() + r")\s*\)?"
)


# A press office named as the credit on a line of its own ("Пресс-служба главы правительства").
_PRESS_OFFICE = lang.pattern(
    lambda: r"(?i)^(?:" + lang.alternatives("PRESS_OFFICES") + r")\b.{0,80}$"
)
# "Kobi Gideon/GPO" with no label: a photographer's name slashed to a known agency.
_NAME_WORD = r"[^\W\d_][\w.'’-]*"
BARE_SLASHED = lang.pattern(
    lambda: (
        r"((?:"
        + _NAME_WORD
        + r"\s+){0,3}"
        + _NAME_WORD
        + r")(?:\s*/\s*(?:"
        + _GPO
        + "|"
        + agency_pattern()
        + r"))+"  # "SAUL LOEB/AFP/Getty Images": an agency and its distributor
    )
)
# Dashes a blog prints before a credit under its caption ("--- REUTERS/Jason Reed").
_LEAD_DASHES = re.compile(r"^(?:[-–—]{2,}|[–—](?=\s))\s*")
# "MFA photo", "Reuters photos": a source (an acronym or a known agency) and the word photo.
_SOURCE_PHOTO = lang.pattern(
    lambda: r"([A-Z]{2,6}|(?i:" + agency_pattern() + r"))\s+(?i:photo(?:graph)?s?|pictures?)"
)


def _agency_form(s: str) -> str:
    """ "קובי גדעון, לע"מ", "Kobi Gideon / Reuters", "X (ТАСС)" -> "X/agency"; else as written."""
    m = _AGENCY_AFTER.fullmatch(s)
    if m and not agency_only(m.group(1).strip()):
        return f"{m.group(1).strip()}/{m.group(2)}"
    return re.sub(r"\s*/\s*", "/", s) if 1 <= s.count("/") <= 3 and len(s) < 100 else s


def _repeated_head(s: str) -> str:
    """ "(Photo: X/GPO) (Photo: X/G": a credit printed twice, the copy cut short -> the first."""
    if s[:1] not in "([":
        return s
    close = s.find(")" if s[0] == "(" else "]")
    if close < 0:
        return s
    head, rest = s[: close + 1], s[close + 1 :].strip()
    return head if len(rest) >= 4 and head.startswith(rest) else s


def _unwrap(s: str) -> str:
    if len(s) >= 2 and (s[0], s[-1]) in (("(", ")"), ("[", "]")):
        return s[1:-1].strip()
    return s


def final_stop(value: str) -> str:
    """A short credit may end with a full stop ("Photo: Haim Zach/GPO.")."""
    v = value.strip()
    if ABBREVIATED_END.search(v):
        return v
    if v.endswith(".") and not v.endswith("..") and len(v.split()) <= 5:
        return v[:-1].rstrip()
    return v


def credit_line(content: str) -> CaptionParts | None:
    """Parse a line that is only a credit or copyright notice; None for any other line."""
    s = content.strip()
    if not s or len(s) > 140:
        return None
    s = _LEAD_DASHES.sub("", s)
    if not s:
        return None
    s = _BACKSLASH.sub("/", _unwrap(_repeated_head(s)))
    dated = dated_copyright(s)
    if dated is not None and len(dated[0].split()) <= 3:  # "Rome 27, 2016 © X": no caption
        return CaptionParts(None, dated[1], dated[1])
    m = _COPYRIGHT.fullmatch(s)
    if m:
        holder = m.group(1).strip()
        if SITE_NOTICE.search(s):
            named = named_copyright(holder)  # "© Dan Levi 2016": a photographer's notice
            return CaptionParts(None, named, holder) if named else None
        return CaptionParts(None, None, holder)
    source = source_form(s)
    if source is not None:
        return CaptionParts(None, source, None)
    m = _LABELLED.fullmatch(s)
    if m and looks_like_credit(final_stop(m.group(1))):
        value = final_stop(m.group(1))  # "Photo: © X": the © makes X the copyright too
        notice = value[1:].strip() if value.startswith("©") else None
        return CaptionParts(None, value, notice or None)
    turned = photographer_first(s)
    if turned is not None:  # "AP Photo/Dan Levi", "Reuters/Dan Levi"
        return CaptionParts(None, turned, None)
    m = _AGENCY_AFTER.fullmatch(s)
    if m and "/" not in s and is_photographer(m.group(1).strip()):  # "דן לוי, לע"מ"
        return CaptionParts(None, s, None)
    m = BARE_SLASHED.fullmatch(s)
    if m and (not m.group(1)[:1].isascii() or all(w[:1].isupper() for w in m.group(1).split())):
        return CaptionParts(None, s, None)
    m = _ARCHIVE_SUFFIX.fullmatch(s)
    if m and len(m.group(1).split()) <= 6:
        return CaptionParts(None, m.group(1).strip(), None)
    m = _SOURCE_PHOTO.fullmatch(s)
    if m:
        return CaptionParts(None, m.group(1), None)
    m = _GPO_PAREN.fullmatch(s) or _AGENCY_PAREN.fullmatch(s)
    if m and _only_a_name(m.group(1)):  # "Amos Ben-Gershom (GPO)": a photographer, no caption
        return CaptionParts(None, s, None)
    return None


_AGENCY_PAREN = lang.pattern(lambda: r"([^/(),;:]{2,60}?)\s*\(\s*" + agency_pattern() + r"\s*\)")


def _only_a_name(text: str) -> bool:
    """Two to four capitalised words opening with a known first name: a person's name and
    nothing else (no verb, no title), as a photographer is credited."""
    from .lang.names import is_first_name

    words_ = text.split()
    return (
        2 <= len(words_) <= 4
        and all(w[:1].isupper() for w in words_)
        and is_first_name(words_[0], "en")
    )


def looks_like_credit(value: str) -> bool:
    words = value.split()
    ends = value.rstrip().endswith((".", "!", "?", ":")) and not ABBREVIATED_END.search(value)
    return 0 < len(words) <= 10 and not ends


def bare_label(content: str) -> bool:
    """A credit label printed alone, its value on the next line ("Photo credit:", "צילום:")."""
    s = content.strip()
    return s.endswith(":") and bool(_LABEL_PREFIX.fullmatch(s)) and len(s) <= 30


def is_press_office(content: str) -> bool:
    """A press office on a line of its own, as a credit ("Пресс-служба ...", "Press Office")."""
    return len(content.split()) <= 8 and bool(_PRESS_OFFICE.match(content.strip()))
