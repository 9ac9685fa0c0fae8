"""Photo captions and credits: a caption line split from the credit it carries (run in,
in brackets, glued on), and whether a line ends with a credit. Lines that are only a credit
are read in ``credit_lines``."""

from __future__ import annotations

import re

from . import lang
from .credit_lines import (
    BARE_SLASHED,
    CaptionParts,
    bare_label,
    credit_line,
    final_stop,
    is_press_office,
    looks_like_credit,
    normalise_credit,
)
from .credits import GPO as _GPO
from .credits import (
    SLASHED_GPO,
    agency_only,
    agency_pattern,
    dedupe_caption,
    file_name,
    gallery_counter,
    labelled_caption,
    photographer_first,
    source_form,
    source_label,
)
from .lexicon import NAME_PARTICLES
from .notices import closing_notice, dated_copyright, notice_start
from .text import collapse_spaces

__all__ = [
    "CaptionParts",
    "bare_label",
    "caption_parts",
    "credit_line",
    "dated_copyright",
    "fold_agency",
    "has_trailing_credit",
    "is_press_office",
    "normalise_credit",
    "split_credit",
]

# A run-in credit closing a caption: "... Netanyahu Photo by Mark Neiman (GPO)".
_RUN_IN = lang.pattern(
    lambda: (
        r"(?<![^\W\d_])(?:(?i:"
        + lang.alternatives("PHOTO_KINDS")
        + r")\s+(?i:"
        + lang.alternatives("PHOTO_LABELS")
        + r")|"
        + lang.alternatives("RUN_IN_LABELS")
        + r")(?:\s+[Cc]redit)?(?:\s+by\s*:?|\s*:|\s+[–—](?=\s))"  # "... Фото — ТАСС"
        r"\s*(?=[^\W_])"
    )
)
# An agency first, then its photographer, closing a caption after its last sentence.
_TRAILING_AGENCY_FIRST = lang.pattern(
    lambda: (
        r"(?<=[.!?]\s)((?i:"
        + agency_pattern()
        + r")(?:\s+(?i:"
        + lang.alternatives("PHOTO_LABELS")
        + r"))?\s*/\s*[^\W\d_][^/(),;:]{2,50}?)\.?$"
    )
)
# A bracketed agency closing a longer paragraph is the wire's sign-off ("... said in a
# statement. (ANI)"), not a photo's credit.
_SIGN_OFF_WORDS = 30
# A web site named as a photo's source, in lower case: "kremlin.ru", "gov.il".
_SITE = re.compile(r"(?:[\w-]+\.)+[^\W\d_]{2,}")
# The word that opens an institution's own credit ("... Official White House Photo by X").
_OFFICIAL = lang.pattern(
    lambda: r"(?i)(?<!\w)(?:" + (lang.alternatives("OFFICIAL_PHOTO") or "(?!)") + r")\s"
)
# What is left of a lost label before a credit: "caption : GPO/Mark Neiman".
_COLON_CREDIT = re.compile(r"\s+:\s*([^:]{3,80})$")
_RUN_IN_GPO = re.compile(r"(?<![^\W\d_])Photo\s+((?:[^\W\d_][\w.'’-]*\s+){1,4})(" + _GPO + r")$")

# The same at the end of a caption: "... in his sukkah Amos Ben Gershom/GPO".
_TRAILING_SLASHED = lang.pattern(
    lambda: (
        r"(?<=\s)((?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]*\s*/\s*(?:"
        + _GPO
        + "|"
        + agency_pattern()
        + r"))\.?$"
    )
)


def _matching_open(s: str) -> int:
    """Index of the "(" matching the final ")" of ``s``, or -1."""
    depth = 0
    for i in range(len(s) - 1, -1, -1):
        if s[i] == ")":
            depth += 1
        elif s[i] == "(":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _leading_credit(s: str) -> tuple[str, str | None]:
    """ "(Photo: X) caption": a credit in brackets opening the caption."""
    close = s.find(")" if s[:1] == "(" else "]") if s[:1] in "([" else -1
    if close < 0 or len(s[close + 1 :].split()) < 2:
        return s, None
    parts = credit_line(s[: close + 1])
    if parts is None or parts.credit is None:
        return s, None
    return s[close + 1 :].strip(" -–|"), parts.credit


def split_credit(text: str) -> tuple[str, str | None]:
    """Split a credit off a caption: "(Photo: X)", "Photo by X (GPO)", "Photo X GPO" closing
    it, or "(Photo: X)" opening it. A page's separator after it ("(Photo: X) |") is no part
    of either."""
    s = _without_agency_tail(text.rstrip().removesuffix("|").rstrip())
    rest, lead = _leading_credit(s.lstrip())
    if lead is not None:
        return rest, lead
    if s.endswith("]") and (start := s.rfind("[")) > 0:  # "... [צילום: AP]"
        parts = credit_line(s[start:])
        if parts is not None and parts.credit is not None:
            return s[:start].rstrip(), parts.credit
    if s.endswith(")"):
        start = _matching_open(s)
        if start >= 0:
            parts = credit_line(s[start:])
            if parts is not None and parts.credit is not None:
                return s[:start].rstrip(), parts.credit
            inner = s[start + 1 : -1].strip()
            if SLASHED_GPO.fullmatch(inner):  # "(Ruth Almog/GPO)" with no label
                return s[:start].rstrip(), inner
    start = s.rfind("(")
    if start > 0 and ")" not in s[start:]:  # "... (Photo: X/GPO": the page lost the ")"
        parts = credit_line(s[start:] + ")")
        if parts is not None and parts.credit is not None:
            return s[:start].rstrip(), parts.credit
    if len(s) > 600:
        return s, None
    m = _RUN_IN_GPO.search(s)
    if m:
        return s[: m.start()].rstrip(), m.group(1) + m.group(2)
    last = None
    for last in _RUN_IN.finditer(s):  # noqa: B007 - we want the last match
        pass
    if last is not None:
        tail = final_stop(s[last.end() :])
        lower = tail[:1].islower() and not _SITE.fullmatch(tail)  # "Фото: kremlin.ru" is a site
        if 0 < len(tail) <= 60 and looks_like_credit(tail) and not lower:
            for opening in _OFFICIAL.finditer(s[: last.start()]):  # "... Official X Photo by Y"
                credit = source_label(final_stop(s[opening.start() :]), official=True)
                if credit is not None:
                    return s[: opening.start()].rstrip(), credit
            return s[: last.start()].rstrip(), tail
    m = _TRAILING_AGENCY_FIRST.search(s)
    if m and (turned := photographer_first(m.group(1))) is not None:
        return s[: m.start()].rstrip(), turned  # "... in Seoul. AFP PHOTO / DAN LEVI"
    m = _TRAILING_SLASHED.search(s)
    if m and len(s[: m.start()].split()) >= 2:
        start = _photographer_start(s, m.start(), m.group(1))
        return s[:start].rstrip(), s[start:].rstrip(".").strip()
    if (
        s.endswith(")")
        and (start := _matching_open(s)) > 0
        and agency_only(s[start + 1 : -1])
        and len(s[:start].split()) <= _SIGN_OFF_WORDS
        and not _spells(s[:start], s[start + 1 : -1])
    ):
        return s[:start].rstrip(), s[start + 1 : -1].strip()  # "... 2016. (GPO)"
    sourced = _run_in_source(s)
    if sourced is not None:
        return sourced
    m = _COLON_CREDIT.search(s)
    tail = m.group(1).strip() if m else ""
    if m and (BARE_SLASHED.fullmatch(tail) or SLASHED_GPO.fullmatch(tail)) and m.start() > 8:
        return s[: m.start()].rstrip(), m.group(1).strip()
    return s, None


_AGENCY_TAIL = re.compile(r"\)\s+([A-Z][A-Z .&'’-]{1,40})$")


def _without_agency_tail(s: str) -> str:
    """ "... (AP Photo/Dan Levi) ASSOCIATED PRESS": a feed's agency name in capitals printed
    after the bracketed credit is no part of the caption."""
    m = _AGENCY_TAIL.search(s)
    if m is None or not agency_only(m.group(1).title()):
        return s
    return s[: m.start() + 1]


def _spells(before: str, acronym: str) -> bool:
    """Does the bracket define an acronym of the words before it ("the Palestinian Authority
    (PA)")? Then it is no agency's credit."""
    letters = [ch for ch in acronym if ch.isalpha()]
    words_ = [w for w in before.split() if w[:1].isupper()][-len(letters) :] if letters else []
    return len(words_) == len(letters) and all(
        w[0].casefold() == ch.casefold() for w, ch in zip(words_, letters, strict=True)
    )


def _run_in_source(s: str) -> tuple[str, str] | None:
    """A caption closed by a label and a source in a dependent form, no colon ("... глав
    государств. Фото из Telegram-канала губернатора X"): the caption and the source."""
    last = None
    for last in _LABEL_WORD.finditer(s):  # noqa: B007 - the last label opens the credit
        pass
    if last is None or last.start() == 0:
        return None
    source = source_form(s[last.start() :])
    return (s[: last.start()].rstrip(), source) if source is not None else None


_LABEL_WORD = lang.pattern(
    lambda: r"(?<![^\W\d_])(?:" + lang.alternatives("RUN_IN_LABELS") + r")(?=\s)"
)
# "caption (Photo: VNA)Highly valuing ...", "caption (Credit: X/GPO) The meeting was ...": a
# page that lost the break after a caption's credit in brackets; the next paragraph starts
# with a capital after the bracket.
_GLUED_PARAGRAPH = lang.pattern(
    lambda: (
        r"(\((?i:(?:" + lang.alternatives("PHOTO_LABELS") + r")(?:\s+credit)?|credit)"
        r"\s*:[^()\n]{1,80}\))\s?"
        r"(?=[" + lang.characters("CAPITALS") + r"])"
    )
)


def unglue_credits(text: str) -> str:
    """Break a line after a caption's bracketed credit glued to the next paragraph."""
    return _GLUED_PARAGRAPH.sub("\\1\n", text)


def _photographer_start(s: str, start: int, credit: str) -> int:
    """Where a glued "Name Name/GPO" credit starts: at the first known first name of the
    capitalised run ("... President Isaac Herzog Haim Zach/GPO" -> "Haim Zach/GPO")."""
    from .lang.names import is_first_name

    names = credit.split("/")[0].split()
    offset, found = start, start
    for word in names[:-1]:
        at = s.index(word, offset)
        if is_first_name(word, "en") and word.casefold() not in NAME_PARTICLES:
            found = at
        offset = at + len(word)
    return found


def caption_parts(text: str) -> CaptionParts:
    """Parse a caption line: the caption (printed once), its credit and its copyright."""
    copyright_value = None
    body = text
    idx, cut = notice_start(body)
    if idx >= 0:
        copyright_value = collapse_spaces(body[idx + cut :]) or None
        body = body[:idx]
    body = dedupe_caption(body)
    body, credit = split_credit(body)
    caption = dedupe_caption(body).strip() or None
    if caption is not None and credit is not None:
        caption = caption.rstrip(" |·•–—-").strip() or None  # "caption | Photo: X"
    if caption is not None and (file_name(caption) or gallery_counter(caption)):
        caption = None
    if caption is not None:
        caption = labelled_caption(caption) or caption
    caption, credit = fold_agency(caption, credit)
    return CaptionParts(caption, credit, copyright_value)


def fold_agency(caption: str | None, credit: str | None) -> tuple[str | None, str | None]:
    """ "ТАСС Фото: Михаил Метцель", "AP, Reuters" over "Photo: X": agencies printed before the
    label are the credit's, never a caption."""
    if caption is None or credit is None or not agency_only(caption):
        return caption, credit
    agency = caption.strip(" .,;:")
    return None, credit if agency in credit else f"{credit}/{agency}"


def has_trailing_credit(content: str) -> bool:
    """True when a line ends with a credit or holds a ``Copyright:`` notice."""
    if "copyright:" in content.casefold():
        return True
    if notice_start(content)[1] > 1 or closing_notice(content):
        return True
    return split_credit(content)[1] is not None
