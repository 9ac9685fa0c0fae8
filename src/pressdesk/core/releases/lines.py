"""The lines of a release page and the parts found in them (shared by the layout modules)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lang
from .clutter import is_clutter
from .lexicon import words

_BULLETS = "•·▪◦●■►–-*"
MAX_TITLE = 400  # a longer line is never a title
# Markup, an attribute, an icon's file, a template's identifier left as text ("spot_img").
_ARTEFACT = re.compile(
    r"(?i)^(?:<\s*/?\s*[a-z][a-z0-9]*\b|[\w-]+\s*=\s*\")|icon_\w+\.(?:png|gif)|"
    r"^[a-z]+(?:_[a-z0-9]+)+$"
)
URL_LINE = re.compile(r"(?i)(?:source|url|link)?\s*:?\s*(https?://\S{3,500})")
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
_OPEN_QUOTES = '"“„«'


def reports_speech(content: str) -> bool:
    """A quotation opened after five words of reporting and closing the line
    ('The office said that "..."'): a sentence even without its full stop."""
    s = content.rstrip()
    if not s or s[-1] not in '"”»':
        return False
    opening = max(s.rfind(q, 0, len(s) - 1) for q in _OPEN_QUOTES)
    return opening > 0 and len(s[:opening].split()) >= 5 and len(s) - opening > 10


INNER_STOP = lang.pattern(
    lambda: r"(?<![\w)])([\w)]+)[.!?;]\s+[\"“" + lang.characters("CAPITALS") + "]"
)
ABBREVIATIONS = words(
    "mr mrs ms dr dep pres amb gen lt col st prof jr sr no vol sen rep gov maj capt sgt adm "
    "rev hon vs etc fm pm dfm sept jan feb mar apr jun jul aug sep oct nov dec inc ltd co "
    "sec dept govt univ corp intl assn ft mt ave"
)


@dataclass
class Line:
    """One line of the release with its layout features."""

    index: int
    raw: str
    content: str
    indent: int
    bullet: bool

    @property
    def blank(self) -> bool:
        return not self.content


@dataclass
class Slot:
    """A photo found on the page, before final clean-up."""

    lines: list[int]
    caption: str | None = None
    credit: str | None = None
    copyright: str | None = None
    zoom: bool = False


@dataclass
class Layout:
    """The parts of a release page, as located in its lines."""

    lines: list[Line]
    headline: str | None = None
    subheadline: str | None = None
    summary: str | None = None
    issuer: str | None = None
    body: list[str] = field(default_factory=list)
    slots: list[Slot] = field(default_factory=list)
    datelines: list[str] = field(default_factory=list)
    stamps: list[str] = field(default_factory=list)  # publication/update time stamps
    source_url: str | None = None
    issuer_line: int | None = None  # a text line that ended with "(Communicated by ...)"
    labels: list[str] = field(default_factory=list)  # a person heading the page's section


# A page template's placeholder left unrendered ("{{hitsCtrl.values.hits}}"): never text.
_PLACEHOLDER = re.compile(r"\{\{[^{}\n]{1,80}\}\}")


def split_lines(text: str) -> list[Line]:
    """Split text into lines, noting indentation and a leading bullet (a template's
    unrendered placeholders dropped)."""
    out: list[Line] = []
    for i, raw in enumerate(text.split("\n")):
        stripped = _PLACEHOLDER.sub("", raw).strip() if "{{" in raw else raw.strip()
        indent = len(raw) - len(raw.lstrip())
        bullet = bool(stripped) and stripped[0] in _BULLETS and stripped[1:2] in ("", " ", "\t")
        content = stripped[1:].strip() if bullet else stripped
        out.append(Line(i, raw, content, indent, bullet))
    return out


def issuer_of(content: str) -> str | None:
    """The issuing office when a line is an issuer line, in any known language
    ("(Communicated by the ...)", "(נמסר מלשכת ...)", "(Сообщение пресс-службы ...)")."""
    return lang.issuer_of(content)


def is_sentence(content: str) -> bool:
    """True for prose (a sentence ending in . ! or ?), as opposed to a title line."""
    count = len(content.split())
    if SENTENCE_END.search(content) and count >= 5:
        return True
    if count < 8:
        return False
    if content.rstrip().endswith(":"):
        return True
    if count >= 12 and reports_speech(content):
        return True  # a long line closing a quotation it reports: a sentence without its stop
    return any(
        len(m.group(1)) > 1 and m.group(1).casefold() not in ABBREVIATIONS
        for m in INNER_STOP.finditer(content)
    )


def several_sentences(content: str) -> bool:
    """True for two or more full sentences closed by a stop: prose, never a photo's caption."""
    return bool(SENTENCE_END.search(content)) and any(
        len(m.group(1)) > 1 and m.group(1).casefold() not in ABBREVIATIONS
        for m in INNER_STOP.finditer(content)
    )


def is_artefact(line: Line) -> bool:
    if len(line.content.split()) <= 12 and bool(_ARTEFACT.search(line.content)):
        return True
    return is_clutter(line.content)
