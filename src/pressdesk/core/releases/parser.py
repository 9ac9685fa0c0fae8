"""Reading a press release from text, HTML or a file into a :class:`ParsedRelease`."""

from __future__ import annotations

import datetime as dt
import re
import stat
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from ..limits import MAX_TEXT_CHARS, too_long
from . import lang
from .bylines import is_byline
from .confidence import field_confidence
from .cut_words import without_cut_word
from .datelines import is_dateline_only, opening_datelines
from .dates import (
    FoundDate,
    first_date,
    iso_date,
    iter_dates,
    names_day_month,
    names_weekday,
    weekday_warning,
)
from .encoding import decode_release
from .htmltext import html_to_text
from .layout import Layout, analyse
from .models import ParsedPerson, ParsedRelease, ParsedSlot, ReleaseParseError
from .photos import normalise_credit
from .text import detect_language, normalise_text

MAX_CHARS = MAX_TEXT_CHARS
# A longer file holds more than MAX_CHARS characters in any encoding (UTF-8 takes at most 4
# bytes a character), so it is refused before it is read.
MAX_BYTES = 4 * MAX_CHARS
ANALYSIS_LIMIT = 60_000  # characters of body read for people and place
_HTML_SNIFF = re.compile(
    r"(?is)^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b|<meta\b|<div\b|<p\b)"
)
_HTML_TAGS = re.compile(r"(?i)</(?:p|div|body|html|span|a|td|li)>")


def parse_release_text(text: str, *, filename: str | None = None) -> ParsedRelease:
    """Parse the plain text of a release (as pasted, or as scraped from a web page)."""
    where = f" in {filename}" if filename else ""
    if len(text) > MAX_CHARS:
        raise ReleaseParseError(f"{too_long(f'The release text{where}', len(text))}.")
    clean = normalise_text(text)
    language = detect_language(clean)
    kit = lang.kit(language)
    layout = analyse(clean)
    warnings: list[str] = []
    photos = tuple(
        ParsedSlot(
            slot.caption,
            normalise_credit(slot.credit) or normalise_credit(slot.copyright),
            slot.copyright,
        )
        for slot in layout.slots
    )
    body_text = "\n\n".join(layout.body)
    found, date_confidence = _event_date(layout, body_text)
    if found is not None and (warning := weekday_warning(found)):
        warnings.append(warning)
    lead, cut = _analysed_part(layout.body)
    if cut:
        warnings.append(
            f"the text is very long: people and place were read from its first "
            f"{ANALYSIS_LIMIT:,} characters"
        )
    summary = layout.summary[:ANALYSIS_LIMIT] if layout.summary else None
    place, place_confidence = kit.find_place(
        headline=layout.headline,
        subheadline=layout.subheadline,
        summary=summary,
        body=[para for para in lead if not is_dateline_only(para)],  # the lead: first prose
        datelines=(*layout.datelines, *opening_datelines(layout.body[:3])),
        captions=tuple(p.caption for p in photos[:200]),
    )
    read = lead if cut else without_cut_word(lead, clean, language)
    people = kit.find_people(
        [p for p in read if not is_byline(p)],
        headline=layout.headline,
        subheadline=None if is_byline(layout.subheadline or "") else layout.subheadline,
        summary=summary,
        captions=(
            *(p.caption[:2000] if p.caption else None for p in photos[:200]),
            *layout.labels,  # a person heading the page's section is its subject
        ),
    )
    people = _not_photographers(people, photos)
    if layout.headline is None:
        warnings.append("no title line was found")
    if layout.issuer is None:
        warnings.append("no issuer line (Communicated by ...) was found")
    warnings.extend(f"photo {n} has no credit" for n, s in enumerate(photos, 1) if not s.credit)
    return ParsedRelease(
        headline=layout.headline,
        subheadline=layout.subheadline,
        summary=layout.summary,
        body=body_text,
        issuer=layout.issuer,
        event_date=found.date if found else None,
        place=place,
        language=language,
        photos=photos,
        participants=people,
        source_url=layout.source_url,
        warnings=tuple(warnings),
        confidence=field_confidence(layout, photos, date_confidence, place, place_confidence),
    )


_CREDIT_PARTS = re.compile(r"[/,;|]")


def _not_photographers(
    people: Sequence[ParsedPerson], photos: Sequence[ParsedSlot]
) -> tuple[ParsedPerson, ...]:
    """Leave out whoever a photo credit of the same page names as its photographer ("X/GPO",
    "X, PPA Pool"): the byline or caption that also names them makes no person of them. This
    works on the parsed credits, in every language; ``photographers.credited`` keeps the
    English finder from taking a name glued to an agency in running text."""
    shot = {
        part.strip().casefold()
        for slot in photos
        if slot.credit
        for part in _CREDIT_PARTS.split(slot.credit)
        if len(part.split()) >= 2
    }
    return tuple(p for p in people if p.name.casefold() not in shot)


def _event_date(layout: Layout, body_text: str) -> tuple[FoundDate | None, float]:
    """The body's first (anchored) full date, else a dateline's, else the titles' or
    summary's; a page's publication/update stamp only when nothing else gives a date."""
    found = first_date(body_text)
    dated = [d.date for line in layout.datelines for d in iter_dates(line)]
    if found is not None and found.date in dated:  # the body repeats the dateline's date
        return _day_before(found, layout.body[:1]), 0.75
    if found is not None and _other_weekday(found, layout.body[:1]):
        return None, 0.0  # "(Agency - 11th June, 2020) ... on Wednesday": the filing date
    if found is not None:
        return found, 0.9 if found.anchored else 0.75
    for extra in (*layout.datelines, layout.headline, layout.subheadline, layout.summary):
        if not extra:
            continue
        found = next(iter_dates(extra), None)
        if found is not None and extra in layout.datelines:
            return _day_before(found, layout.body[:1]), 0.7
        if found is not None:
            return found, 0.7
        iso = iso_date(extra)
        if iso is not None:
            return FoundDate(iso, 0, 0, False, None), 0.6
    lead = " ".join(layout.body[:2])
    for slot in layout.slots:  # a caption's date, when the body names its weekday
        found = next(iter_dates(slot.caption or ""), None)
        if found is not None and (
            names_weekday(lead, found.date) or names_day_month(body_text[:3000], found.date)
        ):
            return found, 0.6
    # a publication stamp only when the text says the event was that day ("today", "היום")
    stamped = [f for f in map(_stamp_date, layout.stamps) if f is not None]
    if stamped and _today().search(body_text[:1500]):
        return stamped[0], 0.3
    return None, 0.0


def _other_weekday(found: FoundDate, lead: list[str]) -> bool:
    """A date heading the lead (a dateline's, not tied to the event by "on") whose first
    sentence puts the event on another weekday: the date the report was filed, and the
    event's own date is not written."""
    if found.anchored or not lead or found.start > 120 or found.end > len(lead[0]):
        return False
    first = _FIRST_SENTENCE.match(lead[0][found.end :])
    sentence = first.group(0) if first else ""
    named = [day for day in _WEEK if names_weekday(sentence, day)]
    return bool(named) and found.date.weekday() not in {d.weekday() for d in named}


_WEEK = [dt.date(2024, 1, d) for d in range(1, 8)]  # a Monday to a Sunday


def _day_before(found: FoundDate, lead: list[str]) -> FoundDate:
    """A dateline's date, or the day before it when the lead's first sentence puts the event
    "yesterday" ("New York, 19 February 2013" / "In a telephone conversation yesterday, ...")."""
    first = _FIRST_SENTENCE.match(lead[0]) if lead else None
    if first is None or not _yesterday().search(first.group(0)):
        return found
    return replace(found, date=found.date - dt.timedelta(days=1), weekday=None)


_FIRST_SENTENCE = re.compile(r".{0,400}?(?:[.!?](?=\s|$)|$)", re.S)


@lru_cache(maxsize=1)
def _yesterday() -> re.Pattern[str]:
    """ "yesterday", "אתמול", "вчера": each language module's words for the day before."""
    return re.compile("(?i)" + "|".join(k.YESTERDAY for k in lang.kits()))


@lru_cache(maxsize=1)
def _today() -> re.Pattern[str]:
    """ "today", "היום", "сегодня": each language module's words for the day of writing."""
    return re.compile("(?i)" + "|".join(k.TODAY for k in lang.kits()))


def _stamp_date(stamp: str) -> FoundDate | None:
    """The date of a publication stamp: a full date, an ISO date, or a stamp's short
    day.month.year ("Published: 12.05.19, 14:30"), read day first."""
    found = next(iter_dates(stamp), None)
    if found is not None:
        return found
    m = _YEAR_FIRST.search(stamp)  # "2023-08-18", "2021-4-23 06:55": year, month, day
    if m is not None:
        try:
            day = dt.date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        except ValueError:
            return None
        return FoundDate(day, m.start(), m.end(), False, None)
    m = _SHORT_STAMP.search(stamp)
    if m is None:
        return None
    try:
        day = dt.date(2000 + int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
    return FoundDate(day, m.start(), m.end(), False, None)


_YEAR_FIRST = re.compile(r"(?<![\d.:/-])((?:19|20)\d\d)([./-])(\d{1,2})\2(\d{1,2})(?![\d:/])")
_SHORT_STAMP = re.compile(r"(?<![\d.:/])(\d{1,2})[./](\d{1,2})[./](\d{2})(?![\d.:/]|\.\d)")


def _analysed_part(paragraphs: list[str]) -> tuple[list[str], bool]:
    """The leading paragraphs (ANALYSIS_LIMIT characters) read for people and place."""
    out: list[str] = []
    used = 0
    for p in paragraphs:
        if used + len(p) > ANALYSIS_LIMIT:
            if not out:
                out.append(p[:ANALYSIS_LIMIT])
            return out, True
        out.append(p)
        used += len(p) + 2
    return out, False


def parse_release_html(html: str, *, filename: str | None = None) -> ParsedRelease:
    """Parse an HTML page: scripts, styles and tags are dropped, then the text is parsed."""
    where = f" in {filename}" if filename else ""
    if len(html) > MAX_CHARS * 4:
        raise ReleaseParseError(f"The HTML page{where} is too large to be a release.")
    text, url = html_to_text(html)
    parsed = parse_release_text(text, filename=filename)
    if url and parsed.source_url is None:
        parsed = replace(parsed, source_url=url)
    return parsed


def parse_release_file(path: Path | str) -> ParsedRelease:
    """Parse a .txt or .html release file; HTML is also recognised by its content.

    Raises :class:`ReleaseParseError` (one sentence naming the file) for a file that is
    missing, empty, binary, undecodable, longer than the text limit, or holds nothing like a
    release.
    """
    return load_release_file(path)[1]


def load_release_file(path: Path | str) -> tuple[str, ParsedRelease]:
    """Read a release file once: its decoded text and the release parsed from it
    (see :func:`parse_release_file` for the errors)."""
    path = Path(path)
    shown = str(path)  # messages name the file as given (a folder walk may find two x.txt)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO would block the read until written to
            raise ReleaseParseError(f"{shown} is not a regular file (a FIFO, socket or device).")
        size = info.st_size
        if size > MAX_BYTES:
            raise ReleaseParseError(
                f"{shown} is too large to be a release ({size:,} bytes: more than "
                f"{MAX_CHARS:,} characters, the limit, in any encoding)."
            )
        data = path.read_bytes()
    except ReleaseParseError:
        raise
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise ReleaseParseError(f"{shown} cannot be read ({reason}).") from None
    if len(data) > MAX_BYTES:
        raise ReleaseParseError(f"{shown} is too large to be a release.")
    text = decode_release(data, shown).text
    if not text.strip():
        raise ReleaseParseError(f"{shown} is empty.")
    suffix = path.suffix.casefold()
    head = text[:4096]
    is_html = suffix in (".html", ".htm", ".xhtml") or bool(
        _HTML_SNIFF.match(head) or len(_HTML_TAGS.findall(head)) >= 3
    )
    parsed = (
        parse_release_html(text, filename=shown)
        if is_html
        else parse_release_text(text, filename=shown)
    )
    if not parsed.body.strip() and parsed.headline is None and not parsed.photos:
        raise ReleaseParseError(f"{shown} has no recognisable release content.")
    return text, parsed
