"""Copyright notices on a page: a photo's notice ("© Dan Levi 2016", "June 27, 2016 © Department
of State", "caption Copyright Dan Levi") told apart from a site's footer ("© 2016 Ministry of
Foreign Affairs. All rights reserved")."""

from __future__ import annotations

import re

from . import lang
from .credits import SLASHED_GPO, agency_only

SITE_NOTICE = re.compile(r"(?i)\b(?:19|20)\d\d\b|rights\s+reserved|©\s*\d")
# A date then "© holder" closing a line: a photo's notice ("Rome 27, 2016 © Prime Minister's
# office", "... June 27, 2016 © Department of State"); a site footer puts the year after ©.
_DATED_COPYRIGHT = re.compile(
    r"(?:(?:[A-Z][a-z]{2,8}\.?\s+)?\d{1,2},?\s+)?(?:19|20)\d\d\.?\s*©\s*"
    r"(?P<holder>[^\W\d_][^\d©|]{2,60}?)\s*\.?$"
)
_COPYRIGHT_WORD = re.compile(r"(?<=\s)(?:Copyright|COPYRIGHT)\s*:?\s*(?=[^\W\d_])")


def dated_copyright(content: str) -> tuple[str, str] | None:
    """A line closed by a date and "© holder": (the text before the date, the holder)."""
    m = _DATED_COPYRIGHT.search(content)
    if m is None or SITE_NOTICE.search(m.group("holder")) or len(m.group("holder").split()) > 6:
        return None
    return content[: m.start()].strip(), m.group("holder").strip()


_YEAR = re.compile(r"(?:^|\s)(?:19|20)\d\d(?:$|\s)")
_FOOTER = re.compile(r"(?i)rights\s+reserved|\bsite\b|\bwebsite\b|\bcontents?\b")


def named_copyright(holder: str) -> str | None:
    """The photographer of a copyright notice that names a person, with or without a year
    ("Dan Levi 2016", "2016 Dan Levi" -> "Dan Levi"); None for a site's notice (a year and
    an organisation, "all rights reserved")."""
    h = holder.strip(" .,")
    if _FOOTER.search(h) or not _YEAR.search(f" {h} "):
        return None
    name = _YEAR.sub(" ", f" {h} ").strip(" ,.")
    words = name.split()
    return name if 2 <= len(words) <= 4 and lang.looks_like_name(name) else None


def notice_start(body: str) -> tuple[int, int]:
    """Where a caption's copyright notice starts and the length of its mark: "Copyright:",
    "©", or "Copyright Dan Levi" closing the caption; (-1, 0) when there is none."""
    idx = body.casefold().rfind("copyright:")
    if idx >= 0:
        return idx, len("copyright:")
    idx = body.rfind("©")
    if idx >= 0:
        return idx, 1
    for m in _COPYRIGHT_WORD.finditer(body):
        tail = body[m.end() :].strip()
        if len(body[: m.start()].split()) >= 2 and photo_holder(tail):
            return m.start(), m.end() - m.start()
    return -1, 0


def closing_notice(content: str) -> bool:
    """ "caption © Dan Levi": a photo's notice closing a caption, not a site's footer."""
    idx = content.rfind("©")
    return (
        idx > 0
        and len(content[:idx].split()) >= 2
        and not content[:idx].rstrip().endswith(("opyright", "OPYRIGHT"))
        and photo_holder(content[idx + 1 :])
    )


def photo_holder(holder: str) -> bool:
    """A notice's holder that is a photographer or an agency, with or without a year ("Dan
    Levi", "Dan Levi 2016", "Reuters"), as a photo is credited; a site's footer names its
    owner ("© Ministry of Foreign Affairs"), which is no photo's notice."""
    h = holder.strip(" .,;")
    if not h or not h[0].isupper() or len(h.split()) > 5:
        return False
    if named_copyright(h) or agency_only(h) or SLASHED_GPO.fullmatch(h):
        return True
    return not SITE_NOTICE.search(h) and lang.looks_like_name(h)
