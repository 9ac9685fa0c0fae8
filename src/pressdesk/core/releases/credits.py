"""Credit and caption forms of the press-photo genre, in every language with a module.

Rules of how the web credits a press photo, not of one site: a photographer named after an
agency ("Reuters/Dan Levi", "AP Photo/Dan Levi") is credited ``photographer/agency``; a
photographer and a press office ("Name, press office") likewise; a copyright notice naming a
person ("© Dan Levi 2016") is a photo's notice, not a site's; a caption opened by its own
label ("Pictured: ...") is the text after the label; a camera's file name is no caption.
"""

from __future__ import annotations

import re

from . import lang
from .lexicon import ORGS
from .text import collapse_spaces

# A camera's or phone's file name standing where a caption would be, with or without its
# extension: "IMG_1234.jpg", "IMG-20140716-WA0084", "DSC_0042", "P1010123", "_MG_1234".
_EXTENSION = r"\.(?:jpe?g|png|gif|webp|tiff?|bmp|heic)"
_CAMERA_FILE = re.compile(
    r"(?i)^(?:(?:IMG|DSCN?|DSCF|DCIM|PXL|MVIMG|_MG|PIC|SAM|GOPR|WP|photo|image|screenshot)"
    r"[-_ ]?\d[\w-]*|P\d{7}|WhatsApp\s+Image\s[\w .-]+)"
    r"(?:\s?\(\d{1,3}\))?(?:" + _EXTENSION + r")?$"  # "photo_2020-11-04 (2)": a second copy
)
_ANY_FILE = re.compile(r"(?i)^[^/\\\s][^/\\]{0,119}" + _EXTENSION + r"$")

_CAPTION_LABEL = lang.pattern(
    lambda: r"(?i)(?:^|(?<=\s))(?:" + lang.alternatives("CAPTION_LABELS") + r")\s*:\s*"
)


_COUNTER = lang.pattern(lambda: r"(?i)(?:" + lang.alternatives("GALLERY_COUNTER") + r")")


def gallery_counter(s: str) -> bool:
    """A gallery's counter on its own line ("3 / 12", "Photo 3 of 12", "Фото 3 из 12")."""
    return bool(_COUNTER.fullmatch(s.strip()))


def file_name(s: str) -> bool:
    """A line that is an image's file name ("IMG_1234.jpg", "IMG-20140716-WA0084")."""
    s = s.strip()
    return bool(_CAMERA_FILE.fullmatch(s) or _ANY_FILE.fullmatch(s))


def labelled_caption(s: str) -> str | None:
    """The caption after its own label ("Pictured: X", "На фото: X", "בתמונה: X"), without
    what a page prints before the label (a source, a byline) or the full stop that parts it
    from the credit; None when the text has no caption label."""
    m = None
    for m in _CAPTION_LABEL.finditer(s):  # noqa: B007 - the last label opens the caption
        pass
    if m is None:
        return None
    text = s[m.end() :].strip()
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1].rstrip()
    return text or None


GPO = r"(?:GPO|G\.P\.O\.?|Government\s+Press\s+Office)"
SLASHED_GPO = re.compile(
    r"(?:[^\W\d_][\w.'’ -]{1,40}/\s*"
    + GPO
    + r"(?:/[\w ]{1,20})?|"
    + GPO
    + r"\s*/\s*[^\W\d_][\w.'’ -]{1,40})",
    re.I,
)


def agency_pattern() -> str:
    """News and government photo agencies as each language's credits name them (``lang``)."""
    return r"(?:" + lang.alternatives("AGENCIES") + r")"


def _anyagency_pattern() -> str:
    return r"(?:" + agency_pattern() + "|" + GPO + ")"


_AGENCY_ONLY = lang.pattern(
    lambda: _anyagency_pattern() + r"(?:\s*[,/]\s*" + _anyagency_pattern() + r")*"
)


def agency_only(s: str) -> bool:
    """True for text that is nothing but agency names ("ТАСС", "AP, Reuters")."""
    return bool(_AGENCY_ONLY.fullmatch(s.strip(" .,;:")))


_SLASH = re.compile(r"\s*/\s*")
_NAME = r"([^\W\d_][^/(),;:\\]{1,50}?)"
# "Reuters/Dan Levi", "AP Photo/Dan Levi", "ТАСС / Иван Петров": the agency first.
_AGENCY_FIRST = lang.pattern(
    lambda: (
        r"(" + agency_pattern() + r")(?:\s+(?:" + lang.alternatives("PHOTO_LABELS") + r"))?"
        r"\s*/\s*" + _NAME
    ),
    re.I,
)
# "Иван Петров, пресс-служба мэрии", "דן לוי, דוברות הכנסת": a photographer and an office.
_NAME_OFFICE = lang.pattern(
    lambda: _NAME + r"\s*(?:,|/|–|-)\s*((?:" + lang.alternatives("PRESS_OFFICES") + r")\b.{0,60})",
    re.I,
)


# "GPO photo by Dan Levi", "Reuters photo": an agency's own label, then its photographer.
_AGENCY_LABEL = lang.pattern(
    lambda: (
        r"(" + agency_pattern() + r")\s+(?:" + lang.alternatives("PHOTO_LABELS") + r")"
        r"(?:(?:\s+by\s*:?|\s*:)\s*" + _NAME + r")?"
    ),
    re.I,
)


# An institution's own photo with its photographer: "Official White House Photo by X",
# "State Department photo by X", "UN Photo/X". The institution is a run of capitalised
# words (an acronym, "U.S.", "of the" inside), then the photo label, then the name.
_CAP = r"(?:[^\W\d_][\w&'’-]*|(?:[^\W\d_]\.){2,})"  # capitalised: checked in source_label
_INSTITUTION = _CAP + r"(?:\s+(?:of|the|for|and|&|" + _CAP + r")){0,5}"
_SOURCE_LABEL = lang.pattern(
    lambda: (
        r"(?:(?P<official>(?i:" + (lang.alternatives("OFFICIAL_PHOTO") or "(?!)") + r"))\s+)?"
        r"(?P<source>" + _INSTITUTION + r")\s+(?i:" + lang.alternatives("PHOTO_LABELS") + r")"
        r"(?:\s+by\s*:?\s*|\s*/\s*)" + r"(?P<name>[^\W\d_][^/(),;:\\]{1,50}?)"
    )
)
_INNER = frozenset({"of", "the", "for", "and", "&"})
_ACRONYM = re.compile(r"[A-Z]{2,6}|(?:[A-Z]\.){2,}")


def source_label(s: str, *, official: bool = False) -> str | None:
    """``photographer/institution`` for "Official White House Photo by X", "UN Photo/X", "State
    Department photo by X": an institution names itself (the word "official", an acronym, an
    organisation noun closing it) and then its photographer; None for any other text, and
    with ``official`` only for the first form (a caption's run-in tail)."""
    m = _SOURCE_LABEL.fullmatch(s.strip())
    if m is None or not is_photographer(m.group("name").strip()):
        return None
    source = m.group("source")
    if not all(w[:1].isupper() for w in source.split() if w not in _INNER):
        return None
    words = source.casefold().split()
    organisation = words[-1] in ORGS or (words[0] in ORGS and words[1:2] == ["of"])
    if not (
        m.group("official")
        or (
            not official
            and (
                _ACRONYM.fullmatch(source)
                or organisation
                or re.fullmatch(agency_pattern(), source, re.I)
            )
        )
    ):
        return None
    return f"{m.group('name').strip()}/{source}"


def photographer_first(s: str) -> str | None:
    """``photographer/agency`` for a credit that names a photographer with an agency or a
    press office in another order or with a comma, the agency alone for "Reuters photo", an
    institution's own photo ("Official White House Photo by X"); None for any other credit."""
    institution = source_label(s)
    if institution is not None:
        return institution
    m = _AGENCY_LABEL.fullmatch(s)
    if m and m.group(2) is None:
        return m.group(1)
    if m and is_photographer(m.group(2).strip()):
        return f"{m.group(2).strip()}/{m.group(1)}"
    m = _AGENCY_FIRST.fullmatch(s)
    if m and is_photographer(m.group(2).strip()):
        return f"{m.group(2).strip()}/{m.group(1)}"
    m = _NAME_OFFICE.fullmatch(s)
    if m and is_photographer(m.group(1).strip()):
        return f"{m.group(1).strip()}/{_SLASH.sub('/', m.group(2).strip())}"
    return None


def outlet_form(s: str) -> str | None:
    """``photographer/outlet`` for a credit (already known to be one) that names a
    photographer and, after a comma, the newspaper or agency ("EKAR KEAPU, The National");
    None for any other credit."""
    m = _NAME_OUTLET.fullmatch(s)
    return f"{m.group(1)}/{m.group(2)}" if m and _outlet(m.group(1), m.group(2)) else None


# "EKAR KEAPU, The National", "Dan Levi, Daily Courier": a photographer and the outlet.
_NAME_OUTLET = re.compile(r"([^\W\d_][^/(),;:\\]{1,50}?)\s*,\s*([^\W_][^/(),;:\\]{1,40}?)")


def _outlet(name: str, outlet: str) -> bool:
    """Is ``name`` a photographer's and ``outlet`` a newspaper's or an agency's (a few
    capitalised words, not a second person, not a place)?"""
    from .gazetteer import lookup
    from .text import detect_language

    person = name if not name.isupper() else name.title()
    words = outlet.split()
    return (
        is_photographer(person)
        and len(words) <= 5
        and not words[0][:1].islower()
        and not is_photographer(outlet)
        and lookup(outlet, detect_language(outlet)) is None
    )


def is_photographer(name: str) -> bool:
    """A person's name, not a second agency ("GPO/Flash90")."""
    agency = re.compile(agency_pattern(), re.I)
    return (
        not any(ch.isdigit() for ch in name)
        and not agency.fullmatch(name)
        and (lang.looks_like_name(name))
    )


# "Фото пресс-службы мэрии", "Фото с сайта Кремля": a label, then a source in a dependent form.
_SOURCE = lang.pattern(
    lambda: (
        r"(?i)(?:"
        + lang.alternatives("PHOTO_LABELS")
        + r")\s+(?:(?:\w{1,2}|"
        + lang.alternatives("COURTESY")
        + r")\s+)?(\S+)(?:\s+(\S.{0,80}))?"
    )
)


def source_form(s: str) -> str | None:
    """The credit of "label + source in a dependent form", the source in its base form
    ("Фото пресс-службы мэрии" -> "пресс-служба мэрии"); None for any other line."""
    m = _SOURCE.fullmatch(s.strip())
    if m is None:
        return None
    base = lang.word_map("SOURCE_FORMS").get(m.group(1).casefold())
    if base is None:
        return None
    return f"{base} {m.group(2).strip().rstrip('.')}" if m.group(2) else base


def better_credit(current: str | None, new: str | None) -> str | None:
    """Of two credits for one photo, the more complete ("Moshe Milner/GPO" over "Moshe Milner")."""
    if current is None:
        return new
    if new is None or new == current:
        return current
    if current in new:
        return new
    return current


def dedupe_caption(s: str) -> str:
    """Collapse spaces and print a caption once when the page repeats it (alt text + caption)."""
    s = collapse_spaces(s)
    n = len(s)
    half = n // 2
    if n >= 3 and n % 2 == 1 and s[half] == " " and s[:half] == s[half + 1 :]:
        return s[:half]
    return s
